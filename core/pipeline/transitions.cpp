// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The guards of the transition table and what each move posts: the one place a proposal changes
// state. A guard returns the reason a person reads ("IMDP-26-004: cannot move from In review to
// Recommended: 1 completed review of the 2 required"): a structured error (key pipeline.move*)
// whose reason is a part with its own key (pipeline.why.*) and whose states, decisions,
// checklist items and report kinds are stored keys, worded by each layer in its language
// through the label catalogue (core/i18n/errors.h).
#include "core/pipeline/proposals.h"

#include "core/clock.h"
#include "core/fund/programme.h"
#include "core/pipeline/internal.h"
#include "core/pipeline/posting.h"
#include "core/pipeline/records.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::pipeline {

using detail::usdArg;


namespace {

struct Context
{
    Database &db;
    const Proposal &p;
    const QString &to;
    const QString &note;
    /// "P-1: cannot move from In review to Recommended: <why>", `why` a part (key and values).
    Error refuse(const Error &why) const
    {
        return Error::refused(u""_s, u"pipeline.move_because"_s,
                              {ErrorArg::txt(p.code), ErrorArg::label(u"state"_s, p.state),
                               ErrorArg::label(u"state"_s, to), ErrorArg::nested(why)});
    }
    Error refuse(const QString &key, QList<ErrorArg> args = {}) const
    {
        return refuse(part(key, std::move(args)));
    }
    Error missing(const QList<Error> &items) const
    {
        return refuse(u"pipeline.why.missing"_s, {ErrorArg::nested(listOf(items))});
    }
};


Status guardSubmit(const Context &c)
{
    if (const QList<Error> missing = missingItems(c.p); !missing.isEmpty())
        return c.missing(missing);
    // The proposal's funding window: what it accepts, when it is open, how much it may fund.
    auto why = programme::submissionRefusal(c.db, c.p, Clock::today());
    if (!why)
        return why.error();
    if (*why)
        return c.refuse(**why);
    return {};
}

Status guardReviewable(const Context &c)
{
    if (c.p.stage == u"concept"_s)
        return c.refuse(u"pipeline.why.concept_first"_s);
    auto items = checklist(c.db, c.p.code);
    if (!items)
        return items.error();
    QStringList open, unmet;
    for (const ChecklistItem &i : *items) {
        if (!i.answered)
            open << i.item;
        else if (!i.met)
            unmet << i.item;
    }
    if (!open.isEmpty())
        return c.refuse(u"pipeline.why.checklist_open"_s,
                        {ErrorArg::label(u"checklist"_s, open.join(u','))});
    if (!unmet.isEmpty())
        return c.refuse(u"pipeline.why.checklist_unmet"_s,
                        {ErrorArg::label(u"checklist"_s, unmet.join(u','))});
    if (const QList<Error> missing = missingItems(c.p); !missing.isEmpty())
        return c.missing(missing);
    return {};
}

Status guardReviewed(const Context &c)
{
    auto s = settings(c.db);
    if (!s)
        return s.error();
    // The completed reviews in core/review's tables, rubric or overall alike.
    auto done = Query::scalar(c.db,
                              u"SELECT COUNT(*) FROM review r JOIN review_assignment a "
                              "ON a.id = r.assignment_id "
                              "WHERE a.proposal_id = ? AND r.completed = 1"_s,
                              {c.p.id});
    if (!done)
        return done.error();
    if (*done < s->reviewsRequired)
        return c.refuse(*done == 1 ? u"pipeline.why.review_done"_s : u"pipeline.why.reviews_done"_s,
                        {ErrorArg::num(*done), ErrorArg::num(s->reviewsRequired)});
    return {};
}

/// The Committee's decision must be recorded since the proposal reached its current state, and
/// say the same as the move.
Result<Decision> guardDecided(const Context &c)
{
    Query q(c.db, u"SELECT decision, amount_usd_minor, conditions, date, after_move_id "
                  "FROM committee_decision WHERE proposal_id = ? ORDER BY id DESC LIMIT 1"_s);
    q.bind(c.p.id);
    if (auto s = q.exec(); !s)
        return s.error();
    auto lastMove = detail::latestMoveId(c.db, c.p.id);
    if (!lastMove)
        return lastMove.error();
    if (!q.next() || q.integer(4) != *lastMove)
        return c.refuse(u"pipeline.why.no_decision"_s,
                        {ErrorArg::label(u"state"_s, c.p.state)});
    Decision d{q.text(0), q.integer(1), q.text(2), detail::fromIso(q.text(3)), {}};
    if (d.decision != c.to)
        return c.refuse(u"pipeline.why.decided"_s,
                        {ErrorArg::label(u"decision"_s, d.decision), ErrorArg::day(d.date)});
    return d;
}

Status guardTermsIssued(const Context &c)
{
    auto tor = termsOfReference(c.db, c.p.code);
    if (!tor)
        return tor.error();
    if (!*tor)
        return c.refuse(u"pipeline.why.no_terms"_s);
    if (const QList<Error> missing = missingItemsFromTerms(**tor); !missing.isEmpty())
        return c.refuse(u"pipeline.why.terms_lack"_s, {ErrorArg::nested(listOf(missing))});
    auto allocation = detail::endorsedAmount(c.db, c.p.id);
    if (!allocation)
        return allocation.error();
    if ((*tor)->budgetUsdMinor > *allocation)
        return c.refuse(u"pipeline.why.terms_budget"_s,
                        {usdArg((*tor)->budgetUsdMinor), usdArg(*allocation)});
    return {};
}

Status guardStarted(const Context &c)
{
    auto released = Query::scalar(c.db, u"SELECT COUNT(*) FROM tranche WHERE proposal_id = ? "
                                        "AND released_on <> ''"_s,
                                  {c.p.id});
    if (!released)
        return released.error();
    if (*released == 0)
        return c.refuse(u"pipeline.why.no_tranche_released"_s);
    return {};
}

/// Closing needs the reports of `kinds` all received.
Status guardReports(const Context &c, const QStringList &kinds, const QString &last)
{
    auto rs = reports(c.db, c.p.code);
    if (!rs)
        return rs.error();
    QList<Error> outstanding;
    bool hasLast = false;
    for (const PartnerReport &r : *rs) {
        if (!kinds.contains(r.kind))
            continue;
        hasLast = hasLast || r.kind == last;
        if (!r.received.isValid())
            outstanding << part(u"pipeline.report_due"_s,
                                {ErrorArg::label(u"report_kind"_s, r.kind), ErrorArg::day(r.due)});
    }
    if (!hasLast)
        return c.refuse(u"pipeline.why.no_report_scheduled"_s,
                        {ErrorArg::label(u"report_kind"_s, last)});
    if (!outstanding.isEmpty())
        return c.refuse(u"pipeline.why.reports_outstanding"_s,
                        {ErrorArg::nested(listOf(outstanding))});
    return {};
}

Status guardFinanciallyClosed(const Context &c)
{
    if (auto s = guardReports(c, {u"financial"_s, u"final_financial"_s}, u"final_financial"_s);
        !s)
        return s;
    auto s = settings(c.db);
    if (!s)
        return s.error();
    auto b = posting::balance(c.db, c.p.code);
    if (!b)
        return b.error();
    if (b->heldByPartner > s->closingWaiverUsdMinor)
        return c.refuse(u"pipeline.why.partner_holds"_s,
                        {usdArg(b->heldByPartner), usdArg(s->closingWaiverUsdMinor)});
    return {};
}

Status guard(const Context &c)
{
    const QString &from = c.p.state;
    const QString &to = c.to;
    if (to == u"withdrawn"_s || (to == u"rejected"_s && from == u"screening"_s)) {
        if (c.note.trimmed().isEmpty())
            return c.refuse(u"pipeline.why.note_required"_s);
        return {};
    }
    if (to == u"submitted"_s)
        return guardSubmit(c);
    if (to == u"in_review"_s && from == u"screening"_s)
        return guardReviewable(c);
    if (to == u"recommended"_s || to == u"not_recommended"_s)
        return guardReviewed(c);
    if (decisions().contains(to)) {
        auto d = guardDecided(c);
        if (!d)
            return d.error();
        return {};
    }
    if (to == u"tor_issued"_s)
        return guardTermsIssued(c);
    if (to == u"implementation"_s)
        return guardStarted(c);
    if (to == u"operationally_closed"_s)
        return guardReports(c, {u"progress"_s, u"final_narrative"_s}, u"final_narrative"_s);
    if (to == u"financially_closed"_s)
        return guardFinanciallyClosed(c);
    return {}; // submitted → screening, deferred → in_review: no condition beyond the table
}

/// What the move does beyond changing the state: postings and report obligations.
Status effects(const Context &c)
{
    const QString &to = c.to;
    if (to == u"endorsed"_s || to == u"endorsed_with_conditions"_s) {
        auto d = guardDecided(c);
        if (!d)
            return d.error();
        // One check of what is available: the ledger's, which allocate() runs (on the decision's
        // date and over the whole journal); its refusal is the move's reason.
        auto s = posting::allocate(c.db, c.p.code, d->amountUsdMinor, d->date,
                                   u"Endorsed by the Committee on %1"_s.arg(detail::iso(d->date)));
        if (!s && s.error().code == ErrorCode::Refused)
            return c.refuse(s.error());
        return s;
    }
    if (to == u"tor_issued"_s)
        return detail::generateReports(c.db, c.p.id, c.p.code, {u"start"_s, u"end"_s}, {});
    if (to == u"operationally_closed"_s)
        return detail::generateReports(c.db, c.p.id, c.p.code, {u"closing"_s}, Clock::today());
    if (to == u"financially_closed"_s) {
        // What the partner still holds is at most the waiver threshold (the guard): written off,
        // so the partner's balance is 0 and the waived amount shows in the fund's figures.
        if (auto s = posting::waiveResidual(c.db, c.p.code, Clock::today(),
                                            u"Residual waived at financial closing"_s);
            !s)
            return s;
    }
    if (to == u"financially_closed"_s || (to == u"withdrawn"_s && isAllocated(c.p.state)))
        return posting::releaseUnspent(c.db, c.p.code, Clock::today(),
                                       to == u"withdrawn"_s ? u"Withdrawn: "_s + c.note
                                                            : u"Financially closed"_s);
    return {};
}

} // namespace

namespace {
/// `to` is a state, and one `p` may move to next (the guard aside).
Status checkStep(const Proposal &p, const QString &to)
{
    if (!states().contains(to))
        return Error::badInput(u"state"_s, u"pipeline.state_unknown"_s,
                               {ErrorArg::txt(to.left(40))});
    if (!nextStates(p.state).contains(to))
        return Error::refused(u""_s, u"pipeline.move"_s,
                              {ErrorArg::txt(p.code), ErrorArg::label(u"state"_s, p.state),
                               ErrorArg::label(u"state"_s, to)});
    return {};
}
} // namespace

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
    if (auto s = checkStep(*p, to); !s)
        return s;
    const Context c{db, *p, to, note};
    if (auto s = guard(c); !s)
        return s;
    // Effects run before the move row is written: a decision's link to "the latest move" must
    // still see the move that brought the proposal to its current state.
    if (auto s = effects(c); !s)
        return s;
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

Status checkMove(Database &db, const QString &code, const QString &to)
{
    auto p = find(db, code);
    if (!p)
        return p.error();
    if (auto s = checkStep(*p, to); !s)
        return s;
    // The note is asked for once the move is allowed: a placeholder passes its "say why" check.
    const QString note = u"-"_s;
    return guard(Context{db, *p, to, note});
}

} // namespace imdp::core::pipeline
