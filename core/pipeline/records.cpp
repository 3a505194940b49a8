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
using detail::dayArg;
using detail::usd;
using detail::usdArg;

namespace {
/// Opens the write transaction's reads: the proposal, refused unless in one of `allowed`.
Result<detail::Ref> inState(Database &db, const QString &code, const QStringList &allowed,
                            const Error &what)
{
    auto p = detail::ref(db, code);
    if (!p)
        return p.error();
    if (!allowed.contains(p->state))
        return refusal(code, what,
                       part(u"pipeline.why.state"_s,
                            {stateLabels({p->state}), stateLabels(allowed)}));
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
        return Error::badInput(u"item"_s, u"pipeline.checklist_item_invalid"_s,
                               {ErrorArg::txt(item.left(40)),
                                ErrorArg::txt(checklistItems().join(u", "_s))});
    if (auto v = checkText(u"note"_s, note, 2000); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = inState(db, code, {u"submitted"_s, u"screening"_s},
                     part(u"pipeline.what.answer_checklist"_s));
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
        return Error::badInput(u"decision"_s, u"pipeline.decision_invalid"_s,
                               {ErrorArg::txt(d.decision.left(40)),
                                ErrorArg::txt(decisions().join(u", "_s))});
    if (!d.date.isValid())
        return Error::badInput(u"date"_s, u"pipeline.date_required"_s, {});
    if (auto v = checkText(u"conditions"_s, d.conditions, 4000); !v)
        return v;
    const bool endorses = d.decision.startsWith(u"endorsed"_s);
    if (endorses && d.amountUsdMinor <= 0)
        return Error::badInput(u"amount"_s, u"pipeline.endorsement_amount"_s, {});
    if (!endorses && d.amountUsdMinor != 0)
        return Error::badInput(u"amount"_s, u"pipeline.amount_only_endorsement"_s, {});
    if (d.decision == u"endorsed_with_conditions"_s && d.conditions.trimmed().isEmpty())
        return Error::badInput(u"conditions"_s, u"pipeline.conditions_required"_s, {});
    if (d.decision == u"endorsed"_s && !d.conditions.trimmed().isEmpty())
        return Error::badInput(u"conditions"_s, u"pipeline.conditions_use"_s, {});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = inState(db, code, {u"recommended"_s, u"not_recommended"_s},
                     part(u"pipeline.what.record_decision"_s));
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

QList<Error> missingItemsFromTerms(const TermsOfReference &t)
{
    QList<Error> missing;
    const auto lacks = [&missing](const char *item) {
        missing << part(u"pipeline.missing."_s + QLatin1StringView(item));
    };
    if (t.objectives.trimmed().isEmpty())
        lacks("objectives");
    if (t.tasks.trimmed().isEmpty())
        lacks("tasks");
    if (t.expectedResults.trimmed().isEmpty())
        lacks("expected_results");
    if (t.partner.isEmpty())
        lacks("partner");
    if (!t.start.isValid())
        lacks("start");
    if (!t.end.isValid())
        lacks("end");
    if (t.budgetUsdMinor <= 0)
        lacks("budget");
    return missing;
}

QStringList missingFromTerms(const TermsOfReference &t)
{
    QStringList out;
    for (const Error &e : missingItemsFromTerms(t))
        out << e.message;
    return out;
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
        return Error::badInput(u"budget"_s, u"pipeline.terms_budget_negative"_s, {});
    if (t.start.isValid() && t.end.isValid() && t.end <= t.start)
        return Error::badInput(u"end"_s, u"pipeline.end_before_start"_s,
                               {ErrorArg::day(t.end), ErrorArg::day(t.start)});
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
                     part(u"pipeline.what.set_terms"_s));
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
        return Error::badInput(u"amount"_s, u"pipeline.tranche_positive"_s, {});
    if (auto v = checkText(u"conditions"_s, conditions, 4000); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto p = inState(db, code, fundedStates(), part(u"pipeline.what.schedule_tranche"_s));
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
        return refusal(code, part(u"pipeline.what.schedule_tranche_of"_s, {usdArg(amount)}),
                       part(u"pipeline.why.tranches_total"_s,
                            {usdArg(*scheduled + amount), usdArg(*allocation)}));
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
        return Error::notFound(u"tranche"_s, u"pipeline.tranche_not_found"_s,
                               {ErrorArg::txt(code), ErrorArg::num(seq)});
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
        return refusal(code, part(u"pipeline.what.change_tranche"_s, {ErrorArg::num(seq)}),
                       part(u"pipeline.why.released_on"_s, {dayArg(t->releasedOn)}));
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
        return Error::badInput(u"date"_s, u"pipeline.date_required"_s, {});
    if (auto v = checkLine(u"reference"_s, reference, 80, true); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = detail::ref(db, code);
    if (!p)
        return p.error();
    const Error what = part(u"pipeline.what.release_tranche"_s, {ErrorArg::num(seq)});
    if (p->state != u"tor_issued"_s && p->state != u"implementation"_s)
        return refusal(code, what,
                       part(u"pipeline.why.terms_not_issued"_s, {stateLabels({p->state})}));
    auto t = trancheRow(db, code, p->id, seq);
    if (!t)
        return t.error();
    if (!t->releasedOn.isEmpty())
        return refusal(code, what,
                       part(u"pipeline.why.already_released"_s, {dayArg(t->releasedOn)}));
    if (!t->met)
        return refusal(code, what, part(u"pipeline.why.conditions_unmet"_s));
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
                       part(u"pipeline.why.releases_total"_s,
                            {usdArg(*released + t->amount), usdArg(*allocation)}));
    auto tor = termsOfReference(db, code);
    if (!tor)
        return tor.error();
    if (!*tor)
        return refusal(code, what, part(u"pipeline.why.no_terms_yet"_s));
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
        return Error::badInput(u"name"_s, u"pipeline.name_path"_s, {ErrorArg::txt(name.left(40))});
    // `.` and `..` name folders: extracted under its own name, such a document could not be
    // written (or would be written beside the folder meant).
    if (name.trimmed() == u"."_s || name.trimmed() == u".."_s)
        return Error::badInput(u"name"_s, u"pipeline.name_not_file"_s,
                               {ErrorArg::txt(name.trimmed())});
    auto s = settings(db);
    if (!s)
        return s.error();
    if (content.size() > s->attachmentMaxBytes) {
        // Megabytes to one decimal, rounded half up, in integers like every figure of the core.
        const auto mb = [](qint64 n) {
            const qint64 tenths = (n * 10 + 512 * 1024) / (1024 * 1024);
            return ErrorArg::decimal(tenths, 1); // the language's decimal sign
        };
        return Error::badInput(u"attachment"_s, u"pipeline.attachment_too_large"_s,
                               {ErrorArg::txt(name.left(40)), mb(content.size()),
                                mb(s->attachmentMaxBytes)});
    }
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto p = detail::ref(db, code);
    if (!p)
        return p.error();
    if (!isOpen(p->state))
        return refusal(code, part(u"pipeline.what.attach"_s),
                       part(u"pipeline.why.state_is"_s, {stateLabels({p->state})}));
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM attachment WHERE proposal_id = ? AND "
                                 "name = ?"_s,
                             {p->id, name});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return refusal(code, part(u"pipeline.what.attach_named"_s, {ErrorArg::txt(name)}),
                       part(u"pipeline.why.attached_already"_s));
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
        return Error::notFound(u"attachment"_s, u"pipeline.attachment_not_found"_s,
                               {ErrorArg::txt(code), ErrorArg::txt(name.left(40))});
    return rows->first();
}

// ---- provenance -----------------------------------------------------------------------------

Result<qint64> addRecommendation(Database &db, const Recommendation &r)
{
    if (auto v = checkLine(u"reference"_s, r.reference, 60); !v)
        return v.error();
    if (r.kind != u"recommendation"_s && r.kind != u"marketplace"_s)
        return Error::badInput(u"kind"_s, u"pipeline.recommendation_kind"_s,
                               {ErrorArg::txt(r.kind.left(40))});
    if (auto v = checkText(u"text"_s, r.text, 4000); !v)
        return v.error();
    if (r.text.trimmed().isEmpty())
        return Error::badInput(u"text"_s, u"pipeline.text_required"_s, {});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM gfmd_recommendation WHERE reference = ?"_s,
                             {r.reference.trimmed()});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(u"reference"_s, u"pipeline.recommendation_exists"_s,
                              {ErrorArg::txt(r.reference.trimmed())});
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
