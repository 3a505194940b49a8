// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/pipeline/proposals.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/money/currency.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::pipeline {

const QStringList &states()
{
    static const QStringList s{
        u"draft"_s,       u"submitted"_s, u"screening"_s,       u"in_review"_s,
        u"recommended"_s, u"not_recommended"_s, u"endorsed"_s,  u"endorsed_with_conditions"_s,
        u"deferred"_s,    u"rejected"_s,  u"tor_issued"_s,      u"implementation"_s,
        u"operationally_closed"_s, u"financially_closed"_s, u"withdrawn"_s};
    return s;
}

bool isOpen(const QString &state)
{
    return state != u"rejected"_s && state != u"financially_closed"_s && state != u"withdrawn"_s;
}

QStringList nextStates(const QString &from)
{
    static const QHash<QString, QStringList> table{
        {u"draft"_s, {u"submitted"_s}},
        {u"submitted"_s, {u"screening"_s}},
        {u"screening"_s, {u"in_review"_s, u"rejected"_s}},
        {u"in_review"_s, {u"recommended"_s, u"not_recommended"_s}},
        {u"recommended"_s,
         {u"endorsed"_s, u"endorsed_with_conditions"_s, u"deferred"_s, u"rejected"_s}},
        {u"not_recommended"_s,
         {u"endorsed"_s, u"endorsed_with_conditions"_s, u"deferred"_s, u"rejected"_s}},
        {u"deferred"_s, {u"in_review"_s}},
        {u"endorsed"_s, {u"tor_issued"_s}},
        {u"endorsed_with_conditions"_s, {u"tor_issued"_s}},
        {u"tor_issued"_s, {u"implementation"_s}},
        {u"implementation"_s, {u"operationally_closed"_s}},
        {u"operationally_closed"_s, {u"financially_closed"_s}},
    };
    QStringList next = table.value(from);
    if (isOpen(from) && states().contains(from))
        next.append(u"withdrawn"_s);
    return next;
}

namespace {
const QString selectColumns =
    u"SELECT p.id, p.code, p.title, a.name, COALESCE(r.name, ''), p.objectives, p.action_area, "
    "p.requested_minor, p.currency, p.state, "
    "COALESCE(NULLIF(a.short_name, ''), a.name), COALESCE(NULLIF(r.short_name, ''), r.name, '') "
    "FROM proposal p "
    "JOIN organisation a ON a.id = p.applicant_id "
    "LEFT JOIN organisation r ON r.id = p.partner_id "_s;

Proposal fromRow(const Query &q)
{
    Proposal p;
    p.id = q.integer(0);
    p.code = q.text(1);
    p.title = q.text(2);
    p.applicant = q.text(3);
    p.partner = q.text(4);
    p.objectives = q.text(5);
    p.actionArea = q.text(6);
    p.requestedMinor = q.integer(7);
    p.currency = q.text(8);
    p.state = q.text(9);
    p.applicantShort = q.text(10);
    p.partnerShort = q.text(11);
    return p;
}
} // namespace

Result<qint64> add(Database &db, const Proposal &p)
{
    static const QRegularExpression codeShape(u"^[A-Z0-9][A-Z0-9-]{1,31}$"_s);
    if (!codeShape.match(p.code).hasMatch())
        return Error::badInput(
            u"code: '%1' must be 2-32 capital letters, digits or dashes"_s.arg(p.code.left(40)));
    if (auto v = checkLine(u"title"_s, p.title, 250); !v)
        return v.error();
    static const QRegularExpression objectivesShape(u"^[123](,[123])*$"_s);
    if (!p.objectives.isEmpty() && !objectivesShape.match(p.objectives).hasMatch())
        return Error::badInput(
            u"objectives: '%1' must list objectives 1, 2 or 3, e.g. 1,3"_s.arg(p.objectives));
    if (!p.actionArea.isEmpty() && p.actionArea != u"A"_s && p.actionArea != u"B"_s)
        return Error::badInput(u"action_area: '%1' must be A or B"_s.arg(p.actionArea));
    if (p.requestedMinor < 0)
        return Error::badInput(u"requested: must not be negative"_s);
    if (!findCurrency(p.currency))
        return Error::badInput(u"currency: '%1' is not an ISO 4217 code"_s.arg(p.currency));
    auto applicant = organisations::find(db, p.applicant);
    if (!applicant)
        return Error::badInput(u"applicant: '%1' is not a known organisation"_s.arg(p.applicant));
    QVariant partnerId;
    if (!p.partner.isEmpty()) {
        auto partner = organisations::find(db, p.partner);
        if (!partner)
            return Error::badInput(u"partner: '%1' is not a known organisation"_s.arg(p.partner));
        partnerId = partner->id;
    }
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM proposal WHERE code = ?"_s, {p.code});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(u"code: a proposal %1 already exists"_s.arg(p.code));
    Query q(db, u"INSERT INTO proposal (code, title, applicant_id, partner_id, objectives, "
                "action_area, requested_minor, currency, state, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?)"_s);
    q.bind(p.code).bind(p.title.trimmed()).bind(applicant->id).bind(partnerId);
    q.bind(p.objectives).bind(p.actionArea).bind(p.requestedMinor).bind(p.currency);
    q.bind(Clock::stamp());
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId();
    if (auto s = audit::record(db, u"proposal.add"_s,
                               {{u"id"_s, id}, {u"code"_s, p.code}, {u"title"_s, p.title.trimmed()},
                                {u"applicant"_s, applicant->name}, {u"partner"_s, p.partner},
                                {u"objectives"_s, p.objectives}, {u"action_area"_s, p.actionArea},
                                {u"requested_minor"_s, QString::number(p.requestedMinor)},
                                {u"currency"_s, p.currency}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Proposal>> list(Database &db)
{
    Query q(db, selectColumns + u"ORDER BY p.code"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Proposal> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Proposal> find(Database &db, const QString &code)
{
    Query q(db, selectColumns + u"WHERE p.code = ?"_s);
    q.bind(code);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"proposal: '%1' does not exist"_s.arg(code));
    return fromRow(q);
}

Status move(Database &db, const QString &code, const QString &to, const QString &note)
{
    if (auto v = checkText(u"note"_s, note, 2000); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = find(db, code);
    if (!p)
        return p.error();
    if (!states().contains(to))
        return Error::badInput(u"state: '%1' is not a pipeline state"_s.arg(to));
    if (!nextStates(p->state).contains(to))
        return Error::refused(u"%1: cannot move from %2 to %3"_s.arg(code, p->state, to));
    Query upd(db, u"UPDATE proposal SET state = ? WHERE id = ?"_s);
    upd.bind(to).bind(p->id);
    if (auto s = upd.exec(); !s)
        return s;
    Query ins(db, u"INSERT INTO proposal_move (proposal_id, from_state, to_state, at, actor, note) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    ins.bind(p->id).bind(p->state).bind(to).bind(Clock::stamp()).bind(Clock::user()).bind(note);
    if (auto s = ins.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"proposal.move"_s,
                               {{u"code"_s, code}, {u"from"_s, p->state}, {u"to"_s, to},
                                {u"note"_s, note}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<std::pair<QString, qint64>>> countByState(Database &db)
{
    Query q(db, u"SELECT state, COUNT(*) FROM proposal GROUP BY state"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QHash<QString, qint64> n;
    while (q.next())
        n.insert(q.text(0), q.integer(1));
    QList<std::pair<QString, qint64>> out;
    for (const QString &s : states())
        out.append({s, n.value(s)});
    return out;
}

} // namespace imdp::core::pipeline
