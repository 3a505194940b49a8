// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/fund/organisations.h"

#include "core/ledger/receiptdigest.h"
#include "core/pipeline/countries.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::organisations {

const QStringList &kinds()
{
    static const QStringList k{u"state"_s,  u"bank"_s, u"foundation"_s, u"private"_s,
                               u"agency"_s, u"ngo"_s,  u"commission"_s, u"other"_s};
    return k;
}

Result<QString> normaliseName(const QString &field, const QString &name)
{
    return core::normaliseName(field, name);
}

QString nameKey(const QString &name)
{
    return core::nameKey(name);
}

namespace {

const QString selectColumns =
    u"SELECT id, name, short_name, kind, country, gmg_member, iati_ref, contact, email, retired,"
    " COALESCE(merged_into, 0) FROM organisation "_s;

Organisation fromRow(const Query &q)
{
    Organisation o;
    o.id = q.integer(0);
    o.name = q.text(1);
    o.shortName = q.text(2);
    o.kind = q.text(3);
    o.country = q.text(4);
    o.gmgMember = q.integer(5) != 0;
    o.iatiRef = q.text(6);
    o.contact = q.text(7);
    o.email = q.text(8);
    o.retired = q.integer(9) != 0;
    o.mergedInto = q.integer(10);
    return o;
}

QJsonObject toJson(const Organisation &o)
{
    return {{u"name"_s, o.name},       {u"short_name"_s, o.shortName}, {u"kind"_s, o.kind},
            {u"country"_s, o.country}, {u"gmg_member"_s, o.gmgMember}, {u"iati_ref"_s, o.iatiRef},
            {u"contact"_s, o.contact}, {u"email"_s, o.email},          {u"retired"_s, o.retired}};
}

Result<Organisation> byId(Database &db, qint64 id)
{
    Query q(db, selectColumns + u"WHERE id = ?"_s);
    q.bind(id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"organisation"_s, u"fund.organisation_known"_s,
                               {ErrorArg::num(id)});
    return fromRow(q);
}

/// The row a name or short name names, without following a merge.
Result<Organisation> lookup(Database &db, const QString &nameOrShort)
{
    const QString key = nameKey(nameOrShort);
    const QString plain = nameOrShort.trimmed();
    // Rows written outside the application may lack a key: the exact name finds them.
    Query q(db, selectColumns + u"WHERE name_key = ? OR name = ? OR short_name = ? "
                                "ORDER BY name IS NOT ?, name_key IS NOT ?,"
                                " merged_into IS NOT NULL, id LIMIT 1"_s);
    q.bind(key).bind(plain).bind(plain).bind(plain).bind(key);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"organisation"_s, u"fund.organisation_known_2"_s,
                               {ErrorArg::txt(plain.left(160))});
    return fromRow(q);
}

/// Whether free text (a committee member's or a reviewer's organisation) names `o`.
bool names(const QString &text, const Organisation &o)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    return nameKey(t) == nameKey(o.name) ||
           (!o.shortName.isEmpty() && t.compare(o.shortName, Qt::CaseInsensitive) == 0);
}

/// Rewrites the free-text organisation of committee members and review assignments that name
/// `from` to `to`'s name; returns how many rows of each changed.
Result<std::pair<qint64, qint64>> retext(Database &db, const Organisation &from, const QString &to)
{
    std::pair<qint64, qint64> changed{0, 0};
    for (const auto &[table, count] : {std::pair{u"committee_member"_s, &changed.first},
                                       std::pair{u"review_assignment"_s, &changed.second}}) {
        // Table names come from the list above, never from input.
        Query q(db, u"SELECT id, organisation FROM %1 WHERE organisation <> ''"_s.arg(table));
        if (auto s = q.exec(); !s)
            return s.error();
        QList<qint64> ids;
        while (q.next()) {
            if (names(q.text(1), from) && q.text(1) != to)
                ids << q.integer(0);
        }
        for (qint64 id : ids) {
            Query u(db, u"UPDATE %1 SET organisation = ? WHERE id = ?"_s.arg(table));
            u.bind(to).bind(id);
            if (auto s = u.exec(); !s)
                return s.error();
        }
        *count = ids.size();
    }
    return changed;
}

/// Refuses a name (by its key) that another organisation, or a merged duplicate, already has.
Status nameIsFree(Database &db, const QString &name, qint64 self)
{
    Query q(db, selectColumns + u"WHERE name_key = ? AND id <> ?"_s);
    q.bind(nameKey(name)).bind(self);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return {};
    const Organisation other = fromRow(q);
    if (other.mergedInto != 0) {
        auto kept = byId(db, other.mergedInto);
        return Error::refused(
            u"name"_s, u"fund.name_merged_into"_s,
            {ErrorArg::txt(other.name), ErrorArg::txt(kept ? kept->name : QString())});
    }
    return Error::refused(u"name"_s, u"fund.name_organisation_called_already"_s,
                          {ErrorArg::txt(other.name)});
}

bool isBank(const Organisation &o)
{
    return o.kind == u"bank"_s;
}

} // namespace

Result<Organisation> checked(const Organisation &org)
{
    Organisation o = org;
    auto name = normaliseName(u"name"_s, org.name);
    if (!name)
        return name.error();
    o.name = *name;
    if (auto v = checkLine(u"name"_s, o.name, 160); !v)
        return v.error();
    auto shortName = normaliseName(u"short_name"_s, org.shortName);
    if (!shortName)
        return shortName.error();
    o.shortName = *shortName;
    if (auto v = checkLine(u"short_name"_s, o.shortName, 40, true); !v)
        return v.error();
    if (!kinds().contains(org.kind))
        return Error::badInput(
            u"kind"_s, u"fund.kind_one"_s,
            {ErrorArg::txt(org.kind.left(40)), ErrorArg::txt(kinds().join(u", "_s))});
    o.country = org.country.trimmed().toUpper();
    if (!o.country.isEmpty() && !countries::isKnown(o.country))
        return Error::badInput(u"country"_s, u"fund.country_iso_alpha_country"_s,
                               {ErrorArg::txt(org.country.left(40))});
    o.iatiRef = org.iatiRef.trimmed();
    // IATI organisation identifiers: a registration agency's country prefix, then the number.
    static const QRegularExpression iati(u"\\A[A-Z]{2}-[A-Za-z0-9][A-Za-z0-9._/-]{0,98}\\z"_s);
    if (!o.iatiRef.isEmpty() && !iati.match(o.iatiRef).hasMatch())
        return Error::badInput(u"iati_ref"_s, u"fund.iati_ref_iati_organisation"_s,
                               {ErrorArg::txt(o.iatiRef.left(60))});
    o.contact = org.contact.simplified();
    if (auto v = checkLine(u"contact"_s, org.contact, 160, true); !v)
        return v.error();
    o.email = org.email.trimmed();
    static const QRegularExpression email(u"\\A[^@\\s]+@[^@\\s.][^@\\s]*\\.[^@\\s]+\\z"_s);
    if (auto v = checkLine(u"email"_s, o.email, 254, true); !v)
        return v.error();
    if (!o.email.isEmpty() && !email.match(o.email).hasMatch())
        return Error::badInput(u"email"_s, u"fund.email_e_mail_address"_s,
                               {ErrorArg::txt(o.email.left(80))});
    return o;
}

Result<qint64> add(Database &db, const Organisation &org)
{
    auto o = checked(org);
    if (!o)
        return o.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = nameIsFree(db, o->name, 0); !s)
        return s.error();
    Query q(db, u"INSERT INTO organisation (name, short_name, kind, country, gmg_member, iati_ref,"
                " contact, email, retired, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(o->name).bind(o->shortName).bind(o->kind).bind(o->country);
    q.bind(o->gmgMember ? 1 : 0).bind(o->iatiRef).bind(o->contact).bind(o->email);
    q.bind(o->retired ? 1 : 0).bind(nameKey(o->name));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId();
    QJsonObject detail = toJson(*o);
    detail.insert(u"id"_s, id);
    if (auto s = audit::record(db, u"organisation.add"_s, detail); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Organisation> edit(Database &db, const QString &name, const Organisation &changed)
{
    auto after = checked(changed);
    if (!after)
        return after.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto before = find(db, name);
    if (!before)
        return before.error();
    after->id = before->id;
    after->retired = before->retired;
    after->mergedInto = 0;
    if (auto s = nameIsFree(db, after->name, before->id); !s)
        return s.error();
    if (isBank(*before) != isBank(*after)) {
        auto use = usageOf(db, before->id);
        if (!use)
            return use.error();
        if (use->pledges + use->receipts > 0)
            return Error::refused(
                u"kind"_s, u"fund.kind_counts_for_cap"_s,
                {ErrorArg::txt(before->name),
                 ErrorArg::label(u"source"_s, isBank(*before) ? u"bank"_s : u"donor"_s)});
    }
    const QJsonObject was = toJson(*before);
    const QJsonObject now = toJson(*after);
    if (was == now)
        return *before; // nothing to change, nothing written
    Query q(db, u"UPDATE organisation SET name = ?, short_name = ?, kind = ?, country = ?,"
                " gmg_member = ?, iati_ref = ?, contact = ?, email = ?, name_key = ? "
                "WHERE id = ?"_s);
    q.bind(after->name).bind(after->shortName).bind(after->kind).bind(after->country);
    q.bind(after->gmgMember ? 1 : 0).bind(after->iatiRef).bind(after->contact);
    q.bind(after->email).bind(nameKey(after->name)).bind(before->id);
    if (auto s = q.exec(); !s)
        return s.error();
    QJsonObject detail{{u"id"_s, before->id}, {u"before"_s, was}, {u"after"_s, now}};
    if (before->name != after->name) {
        // A rename follows the organisation onto the records that name it in text.
        auto moved = retext(db, *before, after->name);
        if (!moved)
            return moved.error();
        detail.insert(u"committee_members"_s, moved->first);
        detail.insert(u"review_assignments"_s, moved->second);
    }
    if (auto s = audit::record(
            db, before->name != after->name ? u"organisation.rename"_s : u"organisation.edit"_s,
            detail);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *after;
}

Status setRetired(Database &db, const QString &name, bool retired)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto o = find(db, name);
    if (!o)
        return o.error();
    if (o->retired == retired)
        return Error::refused(u"organisation"_s,
                              retired ? u"fund.already_retired"_s : u"fund.not_retired"_s,
                              {ErrorArg::txt(o->name)});
    Query q(db, u"UPDATE organisation SET retired = ? WHERE id = ?"_s);
    q.bind(retired ? 1 : 0).bind(o->id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, retired ? u"organisation.retire"_s : u"organisation.unretire"_s,
                               {{u"id"_s, o->id},
                                {u"name"_s, o->name},
                                {u"before"_s, QJsonObject{{u"retired"_s, o->retired}}},
                                {u"after"_s, QJsonObject{{u"retired"_s, retired}}}});
        !s)
        return s;
    return tx.commit();
}

Status remove(Database &db, const QString &name)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto o = find(db, name);
    if (!o)
        return o.error();
    auto use = usageOf(db, o->id);
    if (!use)
        return use.error();
    auto aliases =
        Query::scalar(db, u"SELECT COUNT(*) FROM organisation WHERE merged_into = ?"_s, {o->id});
    if (!aliases)
        return aliases.error();
    if (use->total() + *aliases > 0) {
        QStringList on;
        const auto note = [&on](qint64 n, const QString &what) {
            if (n > 0)
                on << u"%1 %2"_s.arg(n).arg(what);
        };
        note(use->pledges, u"pledge(s)"_s);
        note(use->receipts, u"receipt(s)"_s);
        note(use->proposals, u"proposal(s)"_s);
        note(use->termsOfReference, u"terms of reference"_s);
        note(use->postings, u"journal posting(s)"_s);
        note(use->committeeMembers, u"committee member(s)"_s);
        note(use->reviewers, u"review assignment(s)"_s);
        note(*aliases, u"merged duplicate(s)"_s);
        return Error::refused(u"organisation"_s, u"fund.organisation_cannot_deleted_records"_s,
                              {ErrorArg::txt(o->name), ErrorArg::txt(on.join(u", "_s))});
    }
    Query q(db, u"DELETE FROM organisation WHERE id = ?"_s);
    q.bind(o->id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"organisation.delete"_s,
                               {{u"id"_s, o->id}, {u"before"_s, toJson(*o)}});
        !s)
        return s;
    return tx.commit();
}

// A merge moves every reference of the duplicate to the organisation kept, history included:
// the rows of postings and receipts are immutable except for exactly this change (the schema's
// narrowed triggers), so reports, the fund position and `imdp verify` see one organisation. The
// duplicate stays as an alias row (merged_into, retired, left out of the directory): the name
// typed twice keeps finding the organisation kept, and the audit trail's ids keep meaning. The
// receipts imports whose digests covered moved receipts get their new digests in this audit row.
Status merge(Database &db, const QString &duplicate, const QString &keptName)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto dup = lookup(db, duplicate);
    if (!dup)
        return Error::badInput(u"duplicate"_s, u"fund.duplicate_known_organisation"_s,
                               {ErrorArg::txt(duplicate.trimmed().left(160))});
    auto kept = find(db, keptName);
    if (!kept)
        return Error::badInput(u"into"_s, u"fund.into_known_organisation"_s,
                               {ErrorArg::txt(keptName.trimmed().left(160))});
    if (dup->mergedInto != 0)
        return Error::refused(u"duplicate"_s, u"fund.duplicate_was_already_merged"_s,
                              {ErrorArg::txt(dup->name)});
    if (dup->id == kept->id)
        return Error::refused(u"into"_s, u"fund.into_are_same_organisation"_s,
                              {ErrorArg::txt(duplicate.trimmed().left(160)),
                               ErrorArg::txt(keptName.trimmed().left(160))});
    if (isBank(*dup) != isBank(*kept))
        return Error::refused(u"into"_s, u"fund.merge_bank_and_not"_s,
                              {ErrorArg::txt(isBank(*dup) ? dup->name : kept->name),
                               ErrorArg::txt(isBank(*dup) ? kept->name : dup->name)});
    // Roles that must differ on one record: a reviewer's organisation is never the applicant or
    // the partner of the proposal reviewed (conflict of interest). A merge that would make it so
    // is refused, naming the record.
    {
        Query q(db, u"SELECT p.code, a.reviewer, a.organisation, p.applicant_id,"
                    " COALESCE(p.partner_id, 0) FROM review_assignment a"
                    " JOIN proposal p ON p.id = a.proposal_id WHERE a.organisation <> ''"
                    " ORDER BY p.code, a.reviewer"_s);
        if (auto s = q.exec(); !s)
            return s;
        while (q.next()) {
            const qint64 applicant = q.integer(3);
            const qint64 partner = q.integer(4);
            const auto holds = [&](const Organisation &o) {
                return applicant == o.id || partner == o.id;
            };
            if ((names(q.text(2), *dup) && holds(*kept)) ||
                (names(q.text(2), *kept) && holds(*dup)))
                return Error::refused(
                    u"into"_s, u"fund.into_proposal_reviewer_would"_s,
                    {ErrorArg::txt(q.text(0)), ErrorArg::txt(q.text(1)), ErrorArg::txt(q.text(2))});
        }
    }

    Query alias(db, u"UPDATE organisation SET merged_into = ?1, retired = 1 "
                    "WHERE id = ?2 OR merged_into = ?2"_s);
    alias.bind(kept->id).bind(dup->id);
    if (auto s = alias.exec(); !s)
        return s;
    QJsonObject moved;
    const auto move = [&]() -> Status {
        const QList<std::pair<QString, QString>> references{
            {u"pledge"_s, u"donor_id"_s},
            {u"receipt"_s, u"donor_id"_s},
            {u"posting"_s, u"donor_id"_s},
            {u"posting"_s, u"partner_id"_s},
            {u"proposal"_s, u"applicant_id"_s},
            {u"proposal"_s, u"partner_id"_s},
            {u"terms_of_reference"_s, u"partner_id"_s},
        };
        for (const auto &[table, column] : references) {
            // Names from the list above, never from input.
            Query u(db, u"UPDATE %1 SET %2 = ? WHERE %2 = ?"_s.arg(table, column));
            u.bind(kept->id).bind(dup->id);
            if (auto s = u.exec(); !s)
                return s;
            if (u.rowsAffected() > 0)
                moved.insert(table + u'.' + column, u.rowsAffected());
        }
        auto text = retext(db, *dup, kept->name);
        if (!text)
            return text.error();
        if (text->first > 0)
            moved.insert(u"committee_member.organisation"_s, text->first);
        if (text->second > 0)
            moved.insert(u"review_assignment.organisation"_s, text->second);
        return {};
    };
    auto digests = ledger::redigestImports(db, dup->id, move);
    if (!digests)
        return digests.error();
    QJsonObject detail{{u"duplicate_id"_s, dup->id},
                       {u"duplicate"_s, toJson(*dup)},
                       {u"kept_id"_s, kept->id},
                       {u"kept"_s, kept->name},
                       {u"moved"_s, moved}};
    if (!digests->isEmpty())
        detail.insert(u"import_digests"_s, *digests);
    if (auto s = audit::record(db, u"organisation.merge"_s, detail); !s)
        return s;
    return tx.commit();
}

Result<QList<Organisation>> list(Database &db)
{
    Query q(db, selectColumns + u"WHERE merged_into IS NULL ORDER BY name"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Organisation> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Organisation> find(Database &db, const QString &nameOrShort)
{
    auto o = lookup(db, nameOrShort);
    // A merged duplicate is an alias of the organisation kept (one step: merges flatten).
    if (o && o->mergedInto != 0)
        return byId(db, o->mergedInto);
    return o;
}

Result<Organisation> findForNew(Database &db, const QString &field, const QString &nameOrShort)
{
    if (auto v = checkLine(field, nameOrShort, 160); !v)
        return v.error();
    auto o = find(db, nameOrShort);
    if (!o) {
        if (o.error().code != ErrorCode::NotFound)
            return o.error();
        return Error::badInput(
            field, u"fund.known_organisation_add_first"_s,
            {ErrorArg::txt(field), ErrorArg::txt(nameOrShort.trimmed().left(80))});
    }
    if (o->retired)
        return Error::refused(field, u"fund.retired_used_new_records"_s,
                              {ErrorArg::txt(field), ErrorArg::txt(o->name)});
    return o;
}

Result<QHash<qint64, Usage>> usage(Database &db)
{
    QHash<qint64, Usage> out;
    const QList<std::pair<QString, qint64 Usage::*>> grouped{
        {u"SELECT donor_id, COUNT(*) FROM pledge GROUP BY donor_id"_s, &Usage::pledges},
        {u"SELECT donor_id, COUNT(*) FROM receipt GROUP BY donor_id"_s, &Usage::receipts},
        {u"SELECT o, COUNT(*) FROM (SELECT applicant_id AS o FROM proposal UNION ALL "
         "SELECT partner_id FROM proposal WHERE partner_id IS NOT NULL "
         "AND partner_id <> applicant_id) GROUP BY o"_s,
         &Usage::proposals},
        {u"SELECT partner_id, COUNT(DISTINCT entry_id) FROM posting "
         "WHERE partner_id IS NOT NULL GROUP BY partner_id"_s,
         &Usage::transfers},
        {u"SELECT partner_id, COUNT(*) FROM terms_of_reference WHERE partner_id IS NOT NULL "
         "GROUP BY partner_id"_s,
         &Usage::termsOfReference},
        {u"SELECT donor_id, COUNT(*) FROM posting WHERE donor_id IS NOT NULL GROUP BY donor_id"_s,
         &Usage::postings},
        {u"SELECT partner_id, COUNT(*) FROM posting WHERE partner_id IS NOT NULL "
         "GROUP BY partner_id"_s,
         &Usage::postings},
    };
    for (const auto &[sql, member] : grouped) {
        Query q(db, sql);
        if (auto s = q.exec(); !s)
            return s.error();
        while (q.next())
            out[q.integer(0)].*member += q.integer(1);
    }
    // Committee members and reviewers name their organisation in text.
    auto orgs = list(db);
    if (!orgs)
        return orgs.error();
    for (const auto &[sql, member] : QList<std::pair<QString, qint64 Usage::*>>{
             {u"SELECT organisation FROM committee_member"_s, &Usage::committeeMembers},
             {u"SELECT organisation FROM review_assignment WHERE organisation <> ''"_s,
              &Usage::reviewers}}) {
        Query q(db, sql);
        if (auto s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            for (const Organisation &o : *orgs) {
                if (names(q.text(0), o)) {
                    out[o.id].*member += 1;
                    break;
                }
            }
        }
    }
    return out;
}

Result<Usage> usageOf(Database &db, qint64 id)
{
    auto all = usage(db);
    if (!all)
        return all.error();
    return all->value(id);
}

} // namespace imdp::core::organisations
