// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/pipeline/records.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/pipeline/internal.h"
#include "core/pipeline/posting.h"
#include "core/pipeline/proposals.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QCryptographicHash>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::pipeline {

using detail::fromIso;
using detail::iso;
using detail::refusal;
using detail::usd;

namespace {
/// Opens the write transaction's reads: the proposal, refused unless in one of `allowed`.
Result<detail::Ref> inState(Database &db, const QString &code, const QStringList &allowed,
                            const QString &what)
{
    auto p = detail::ref(db, code);
    if (!p)
        return p.error();
    if (!allowed.contains(p->state))
        return refusal(code, what,
                       u"the proposal is in state %1 (allowed in %2)"_s.arg(p->state,
                                                                    allowed.join(u" or "_s)));
    return p;
}
} // namespace

// ---- screening ------------------------------------------------------------------------------

const QStringList &checklistItems()
{
    static const QStringList items{u"eligible_applicant"_s, u"objectives_match"_s,
                                   u"action_area_match"_s,  u"budget_complete"_s,
                                   u"documents_complete"_s, u"no_duplicate_funding"_s};
    return items;
}

Status answerChecklist(Database &db, const QString &code, const QString &item, bool met,
                       const QString &note)
{
    if (!checklistItems().contains(item))
        return Error::badInput(u"item: '%1' is not one of %2"_s.arg(
            item.left(40), checklistItems().join(u", "_s)));
    if (auto v = checkText(u"note"_s, note, 2000); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = inState(db, code, {u"submitted"_s, u"screening"_s}, u"answer the checklist"_s);
    if (!p)
        return p.error();
    Query q(db, u"INSERT INTO screening_item (proposal_id, item, met, note, at, actor) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(proposal_id, item) DO UPDATE SET "
                "met = excluded.met, note = excluded.note, at = excluded.at, "
                "actor = excluded.actor"_s);
    q.bind(p->id).bind(item).bind(met ? 1 : 0).bind(note).bind(Clock::stamp()).bind(
        Clock::user());
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"proposal.checklist"_s,
                               {{u"code"_s, code}, {u"item"_s, item}, {u"met"_s, met},
                                {u"note"_s, note}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<ChecklistItem>> checklist(Database &db, const QString &code)
{
    auto rows = detail::proposalRows(
        db, code, u"SELECT item, met, note FROM screening_item WHERE proposal_id = ?"_s,
        [](const Query &q) { return ChecklistItem{q.text(0), true, q.integer(1) != 0, q.text(2)}; });
    if (!rows)
        return rows.error();
    QHash<QString, ChecklistItem> answered;
    for (const ChecklistItem &i : *rows)
        answered.insert(i.item, i);
    QList<ChecklistItem> out;
    for (const QString &item : checklistItems())
        out.append(answered.value(item, ChecklistItem{item, false, false, {}}));
    return out;
}

// ---- decisions ------------------------------------------------------------------------------

const QStringList &decisions()
{
    static const QStringList d{u"endorsed"_s, u"endorsed_with_conditions"_s, u"deferred"_s,
                               u"rejected"_s};
    return d;
}

Status recordDecision(Database &db, const QString &code, const Decision &d)
{
    if (!decisions().contains(d.decision))
        return Error::badInput(u"decision: '%1' is not one of %2"_s.arg(
            d.decision.left(40), decisions().join(u", "_s)));
    if (!d.date.isValid())
        return Error::badInput(u"date: is required"_s);
    if (auto v = checkText(u"conditions"_s, d.conditions, 4000); !v)
        return v;
    const bool endorses = d.decision.startsWith(u"endorsed"_s);
    if (endorses && d.amountUsdMinor <= 0)
        return Error::badInput(u"amount: an endorsement needs an amount above zero"_s);
    if (!endorses && d.amountUsdMinor != 0)
        return Error::badInput(u"amount: only an endorsement carries an amount"_s);
    if (d.decision == u"endorsed_with_conditions"_s && d.conditions.trimmed().isEmpty())
        return Error::badInput(u"conditions: an endorsement with conditions must state them"_s);
    if (d.decision == u"endorsed"_s && !d.conditions.trimmed().isEmpty())
        return Error::badInput(
            u"conditions: use endorsed_with_conditions for an endorsement with conditions"_s);
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = inState(db, code, {u"recommended"_s, u"not_recommended"_s},
                     u"record a Committee decision"_s);
    if (!p)
        return p.error();
    auto lastMove = detail::latestMoveId(db, p->id);
    if (!lastMove)
        return lastMove.error();
    Query q(db, u"INSERT INTO committee_decision (proposal_id, decision, amount_usd_minor, "
                "conditions, date, after_move_id, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(p->id).bind(d.decision).bind(d.amountUsdMinor).bind(d.conditions).bind(iso(d.date));
    q.bind(*lastMove).bind(Clock::stamp()).bind(Clock::user());
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"proposal.decision"_s,
                               {{u"code"_s, code}, {u"decision"_s, d.decision},
                                {u"amount_usd"_s, usd(d.amountUsdMinor)},
                                {u"conditions"_s, d.conditions}, {u"date"_s, iso(d.date)}});
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<Decision>> latestDecision(Database &db, const QString &code)
{
    auto rows = detail::proposalRows(
        db, code,
        u"SELECT decision, amount_usd_minor, conditions, date, at "
        "FROM committee_decision WHERE proposal_id = ? ORDER BY id DESC LIMIT 1"_s,
        [](const Query &q) {
            return Decision{q.text(0), q.integer(1), q.text(2), fromIso(q.text(3)), q.text(4)};
        });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Decision>();
    return std::optional<Decision>(rows->first());
}

namespace detail {
Result<qint64> endorsedAmount(Database &db, qint64 proposalId)
{
    return Query::scalar(db, u"SELECT COALESCE((SELECT amount_usd_minor FROM committee_decision "
                             "WHERE proposal_id = ? AND decision LIKE 'endorsed%' "
                             "ORDER BY id DESC LIMIT 1), 0)"_s,
                         {proposalId});
}
} // namespace detail

// ---- terms of reference ---------------------------------------------------------------------

QStringList missingFromTerms(const TermsOfReference &t)
{
    QStringList missing;
    if (t.objectives.trimmed().isEmpty())
        missing << u"objectives"_s;
    if (t.tasks.trimmed().isEmpty())
        missing << u"tasks"_s;
    if (t.expectedResults.trimmed().isEmpty())
        missing << u"expected results"_s;
    if (t.partner.isEmpty())
        missing << u"partner"_s;
    if (!t.start.isValid())
        missing << u"start date"_s;
    if (!t.end.isValid())
        missing << u"end date"_s;
    if (t.budgetUsdMinor <= 0)
        missing << u"budget"_s;
    return missing;
}

Status setTermsOfReference(Database &db, const QString &code, const TermsOfReference &t)
{
    for (const auto &[field, text] : {std::pair{u"objectives"_s, t.objectives},
                                      {u"tasks"_s, t.tasks},
                                      {u"expected_results"_s, t.expectedResults}}) {
        if (auto v = checkText(field, text, 20000); !v)
            return v;
    }
    if (t.budgetUsdMinor < 0)
        return Error::badInput(u"budget: must not be negative"_s);
    if (t.start.isValid() && t.end.isValid() && t.end <= t.start)
        return Error::badInput(
            u"end: %1 must be after the start, %2"_s.arg(iso(t.end), iso(t.start)));
    QVariant partnerId;
    QString partnerName;
    if (!t.partner.isEmpty()) {
        auto org = organisations::findForNew(db, u"partner"_s, t.partner);
        if (!org)
            return org.error();
        partnerId = org->id;
        partnerName = org->name;
    }
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = inState(db, code, {u"endorsed"_s, u"endorsed_with_conditions"_s},
                     u"set terms of reference"_s);
    if (!p)
        return p.error();
    Query q(db, u"INSERT INTO terms_of_reference (proposal_id, objectives, tasks, "
                "expected_results, partner_id, start_date, end_date, budget_usd_minor) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(proposal_id) DO UPDATE SET "
                "objectives = excluded.objectives, tasks = excluded.tasks, "
                "expected_results = excluded.expected_results, partner_id = excluded.partner_id, "
                "start_date = excluded.start_date, end_date = excluded.end_date, "
                "budget_usd_minor = excluded.budget_usd_minor"_s);
    q.bind(p->id).bind(t.objectives).bind(t.tasks).bind(t.expectedResults).bind(partnerId);
    q.bind(iso(t.start)).bind(iso(t.end)).bind(t.budgetUsdMinor);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"proposal.tor"_s,
                               {{u"code"_s, code}, {u"objectives"_s, t.objectives},
                                {u"tasks"_s, t.tasks}, {u"expected_results"_s, t.expectedResults},
                                {u"partner"_s, partnerName}, {u"start"_s, iso(t.start)},
                                {u"end"_s, iso(t.end)}, {u"budget_usd"_s, usd(t.budgetUsdMinor)}});
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<TermsOfReference>> termsOfReference(Database &db, const QString &code)
{
    auto rows = detail::proposalRows(
        db, code,
        u"SELECT t.objectives, t.tasks, t.expected_results, COALESCE(o.name, ''), "
        "t.start_date, t.end_date, t.budget_usd_minor FROM terms_of_reference t "
        "LEFT JOIN organisation o ON o.id = t.partner_id WHERE t.proposal_id = ?"_s,
        [](const Query &q) {
            return TermsOfReference{q.text(0),          q.text(1),          q.text(2),
                                    q.text(3),          fromIso(q.text(4)), fromIso(q.text(5)),
                                    q.integer(6)};
        });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<TermsOfReference>();
    return std::optional<TermsOfReference>(rows->first());
}

// ---- tranches -------------------------------------------------------------------------------

namespace {
const QStringList &fundedStates()
{
    static const QStringList s{u"endorsed"_s, u"endorsed_with_conditions"_s, u"tor_issued"_s,
                               u"implementation"_s};
    return s;
}
} // namespace

Result<int> addTranche(Database &db, const QString &code, qint64 amount,
                       const QString &conditions)
{
    if (amount <= 0)
        return Error::badInput(u"amount: a tranche must be above zero"_s);
    if (auto v = checkText(u"conditions"_s, conditions, 4000); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto p = inState(db, code, fundedStates(), u"schedule a tranche"_s);
    if (!p)
        return p.error();
    auto allocation = detail::endorsedAmount(db, p->id);
    if (!allocation)
        return allocation.error();
    auto scheduled = Query::scalar(db, u"SELECT COALESCE(SUM(amount_usd_minor), 0) FROM tranche "
                                       "WHERE proposal_id = ?"_s,
                                   {p->id});
    if (!scheduled)
        return scheduled.error();
    if (amount > *allocation - *scheduled)
        return refusal(code, u"schedule a tranche of %1 USD"_s.arg(usd(amount)),
                       u"tranches would total %1 USD, above the allocation of %2 USD"_s.arg(
                           usd(*scheduled + amount), usd(*allocation)));
    auto seq = Query::scalar(db, u"SELECT COALESCE(MAX(seq), 0) + 1 FROM tranche "
                                 "WHERE proposal_id = ?"_s,
                             {p->id});
    if (!seq)
        return seq.error();
    Query q(db, u"INSERT INTO tranche (proposal_id, seq, amount_usd_minor, conditions) "
                "VALUES (?, ?, ?, ?)"_s);
    q.bind(p->id).bind(*seq).bind(amount).bind(conditions);
    if (auto s = q.exec(); !s)
        return s.error();
    if (auto s = audit::record(db, u"tranche.add"_s,
                               {{u"code"_s, code}, {u"seq"_s, *seq}, {u"amount_usd"_s, usd(amount)},
                                {u"conditions"_s, conditions}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(*seq);
}

namespace {
struct TrancheRow
{
    qint64 id = 0;
    qint64 amount = 0;
    bool met = false;
    QString releasedOn;
};
Result<TrancheRow> trancheRow(Database &db, const QString &code, qint64 proposalId, int seq)
{
    Query q(db, u"SELECT id, amount_usd_minor, conditions_met, released_on FROM tranche "
                "WHERE proposal_id = ? AND seq = ?"_s);
    q.bind(proposalId).bind(seq);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"tranche: %1 has no tranche %2"_s.arg(code).arg(seq));
    return TrancheRow{q.integer(0), q.integer(1), q.integer(2) != 0, q.text(3)};
}
} // namespace

Status setTrancheConditionsMet(Database &db, const QString &code, int seq, bool met)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = detail::ref(db, code);
    if (!p)
        return p.error();
    auto t = trancheRow(db, code, p->id, seq);
    if (!t)
        return t.error();
    if (!t->releasedOn.isEmpty())
        return refusal(code, u"change tranche %1"_s.arg(seq),
                       u"it was released on %1"_s.arg(t->releasedOn));
    Query q(db, u"UPDATE tranche SET conditions_met = ? WHERE id = ?"_s);
    q.bind(met ? 1 : 0).bind(t->id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"tranche.conditions"_s,
                               {{u"code"_s, code}, {u"seq"_s, seq}, {u"met"_s, met}});
        !s)
        return s;
    return tx.commit();
}

Status releaseTranche(Database &db, const QString &code, int seq, const QDate &date,
                      const QString &reference)
{
    if (!date.isValid())
        return Error::badInput(u"date: is required"_s);
    if (auto v = checkLine(u"reference"_s, reference, 80, true); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = detail::ref(db, code);
    if (!p)
        return p.error();
    const QString what = u"release tranche %1"_s.arg(seq);
    if (p->state != u"tor_issued"_s && p->state != u"implementation"_s)
        return refusal(code, what,
                       u"terms of reference are not issued (the proposal is in state %1)"_s.arg(
                           p->state));
    auto t = trancheRow(db, code, p->id, seq);
    if (!t)
        return t.error();
    if (!t->releasedOn.isEmpty())
        return refusal(code, what, u"it was already released on %1"_s.arg(t->releasedOn));
    if (!t->met)
        return refusal(code, what, u"its conditions are not marked met"_s);
    auto allocation = detail::endorsedAmount(db, p->id);
    if (!allocation)
        return allocation.error();
    auto released = Query::scalar(db, u"SELECT COALESCE(SUM(amount_usd_minor), 0) FROM tranche "
                                      "WHERE proposal_id = ? AND released_on <> ''"_s,
                                  {p->id});
    if (!released)
        return released.error();
    if (t->amount > *allocation - *released)
        return refusal(code, what,
                       u"releases would total %1 USD, above the allocation of %2 USD"_s.arg(
                           usd(*released + t->amount), usd(*allocation)));
    auto tor = termsOfReference(db, code);
    if (!tor)
        return tor.error();
    if (!*tor)
        return refusal(code, what, u"the proposal has no terms of reference"_s);
    Query q(db, u"UPDATE tranche SET released_on = ?, reference = ? WHERE id = ?"_s);
    q.bind(iso(date)).bind(reference).bind(t->id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = posting::transfer(db, code, (*tor)->partner, t->amount, date, reference,
                                   u"Tranche %1 of %2"_s.arg(seq).arg(code));
        !s)
        return s;
    if (auto s = audit::record(db, u"tranche.release"_s,
                               {{u"code"_s, code}, {u"seq"_s, seq},
                                {u"amount_usd"_s, usd(t->amount)}, {u"date"_s, iso(date)},
                                {u"reference"_s, reference}, {u"partner"_s, (*tor)->partner}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<Tranche>> tranches(Database &db, const QString &code)
{
    return detail::proposalRows(
        db, code,
        u"SELECT seq, amount_usd_minor, conditions, conditions_met, released_on, "
        "reference FROM tranche WHERE proposal_id = ? ORDER BY seq"_s,
        [](const Query &q) {
            return Tranche{int(q.integer(0)), q.integer(1),       q.text(2),
                           q.integer(3) != 0, fromIso(q.text(4)), q.text(5)};
        });
}

// ---- attachments ----------------------------------------------------------------------------

Result<qint64> attach(Database &db, const QString &code, const QString &name,
                      const QByteArray &content)
{
    if (auto v = checkLine(u"name"_s, name, 200); !v)
        return v.error();
    if (name.contains(u'/') || name.contains(u'\\'))
        return Error::badInput(u"name: '%1' must be a file name, not a path"_s.arg(name.left(40)));
    // `.` and `..` name folders: extracted under its own name, such a document could not be
    // written (or would be written beside the folder meant).
    if (name.trimmed() == u"."_s || name.trimmed() == u".."_s)
        return Error::badInput(u"name: '%1' is not a file name"_s.arg(name.trimmed()));
    auto s = settings(db);
    if (!s)
        return s.error();
    if (content.size() > s->attachmentMaxBytes) {
        // Megabytes to one decimal, rounded half up, in integers like every figure of the core.
        const auto mb = [](qint64 n) {
            const qint64 tenths = (n * 10 + 512 * 1024) / (1024 * 1024);
            return u"%1.%2"_s.arg(tenths / 10).arg(tenths % 10);
        };
        return Error::badInput(u"attachment: '%1' is %2 MB, above the fund's limit of %3 MB"_s.arg(
            name.left(40), mb(content.size()), mb(s->attachmentMaxBytes)));
    }
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto p = detail::ref(db, code);
    if (!p)
        return p.error();
    if (!isOpen(p->state))
        return refusal(code, u"attach a document"_s,
                       u"the proposal is in state %1"_s.arg(p->state));
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM attachment WHERE proposal_id = ? AND "
                                 "name = ?"_s,
                             {p->id, name});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return refusal(code, u"attach '%1'"_s.arg(name),
                       u"a document of that name is attached already"_s);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    Query q(db, u"INSERT INTO attachment (proposal_id, name, size, sha256, content, added_at, "
                "actor) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(p->id).bind(name).bind(qint64(content.size())).bind(hash);
    q.bind(content.isNull() ? QByteArray("") : content).bind(Clock::stamp()).bind(Clock::user());
    if (auto st = q.exec(); !st)
        return st.error();
    const qint64 id = q.lastInsertId();
    if (auto st = audit::record(db, u"proposal.attach"_s,
                                {{u"code"_s, code}, {u"name"_s, name},
                                 {u"size"_s, qint64(content.size())}, {u"sha256"_s, hash}});
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Result<QList<Attachment>> attachments(Database &db, const QString &code)
{
    return detail::proposalRows(db, code,
                                u"SELECT id, name, size, sha256, added_at, actor FROM attachment "
                                "WHERE proposal_id = ? ORDER BY name"_s,
                                [](const Query &q) {
                                    return Attachment{q.integer(0), q.text(1), q.integer(2),
                                                      q.text(3),    q.text(4), q.text(5)};
                                });
}

Result<QByteArray> attachmentContent(Database &db, const QString &code, const QString &name)
{
    auto rows = detail::proposalRows(
        db, code, u"SELECT content FROM attachment WHERE proposal_id = ? AND name = ?"_s,
        [](const Query &q) { return q.value(0).toByteArray(); }, {name});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(
            u"attachment: %1 has no document '%2'"_s.arg(code, name.left(40)));
    return rows->first();
}

// ---- provenance -----------------------------------------------------------------------------

Result<qint64> addRecommendation(Database &db, const Recommendation &r)
{
    if (auto v = checkLine(u"reference"_s, r.reference, 60); !v)
        return v.error();
    if (r.kind != u"recommendation"_s && r.kind != u"marketplace"_s)
        return Error::badInput(u"kind: '%1' must be recommendation or marketplace"_s.arg(
            r.kind.left(40)));
    if (auto v = checkText(u"text"_s, r.text, 4000); !v)
        return v.error();
    if (r.text.trimmed().isEmpty())
        return Error::badInput(u"text: is required"_s);
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM gfmd_recommendation WHERE reference = ?"_s,
                             {r.reference.trimmed()});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(
            u"reference: a recommendation %1 is recorded already"_s.arg(r.reference.trimmed()));
    Query q(db, u"INSERT INTO gfmd_recommendation (reference, kind, text) VALUES (?, ?, ?)"_s);
    q.bind(r.reference.trimmed()).bind(r.kind).bind(r.text.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId();
    if (auto s = audit::record(db, u"gfmd.add"_s,
                               {{u"reference"_s, r.reference.trimmed()}, {u"kind"_s, r.kind},
                                {u"text"_s, r.text.trimmed()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Recommendation>> recommendations(Database &db)
{
    Query q(db, u"SELECT g.reference, g.kind, g.text, "
                "(SELECT COUNT(*) FROM proposal_recommendation l WHERE l.recommendation_id = g.id) "
                "FROM gfmd_recommendation g ORDER BY g.reference"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Recommendation> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), q.integer(3)});
    return out;
}

} // namespace imdp::core::pipeline
