// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/review/review.h"

#include "core/clock.h"
#include "core/pipeline/proposalref.h"
#include "core/pipeline/proposals.h"
#include "core/review/internal.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::review {

using pipeline::part;
using pipeline::refusal;
using pipeline::stateLabels;

// ---- rubric ---------------------------------------------------------------------------------

Result<QList<Criterion>> rubric(Database &db, const QString &call)
{
    for (const QString &c : {call, defaultCall()}) {
        Query q(db, u"SELECT code, label, weight FROM review_criterion WHERE call = ? "
                    "ORDER BY position"_s);
        q.bind(c);
        if (auto s = q.exec(); !s)
            return s.error();
        QList<Criterion> out;
        while (q.next())
            out.append({q.text(0), q.text(1), int(q.integer(2))});
        if (!out.isEmpty())
            return out;
    }
    return Error::notFound(u"rubric"_s, u"review.rubric_missing"_s, {ErrorArg::txt(db.path())});
}

Status setRubric(Database &db, const QString &call, const QList<Criterion> &criteria)
{
    if (auto v = checkLine(u"call"_s, call, 60); !v)
        return v;
    if (criteria.isEmpty() || criteria.size() > 20)
        return Error::badInput(u"rubric"_s, u"review.rubric_size"_s, {});
    static const QRegularExpression codeRe(u"^[a-z][a-z0-9_]{0,39}$"_s);
    QStringList codes;
    for (const Criterion &c : criteria) {
        if (!codeRe.match(c.code).hasMatch())
            return Error::badInput(u"criterion"_s, u"review.criterion_shape"_s,
                                   {ErrorArg::txt(c.code.left(40))});
        if (codes.contains(c.code))
            return Error::badInput(u"criterion"_s, u"review.criterion_twice"_s,
                                   {ErrorArg::txt(c.code)});
        codes.append(c.code);
        if (auto v = checkLine(u"label"_s, c.label, 120); !v)
            return v;
        if (c.weight < 1 || c.weight > 100)
            return Error::badInput(u"weight"_s, u"review.weight_range"_s,
                                   {ErrorArg::num(c.weight), ErrorArg::txt(c.code)});
    }
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    // Scores and exported packages were given against the current criteria and weights.
    auto used = Query::scalar(
        db,
        u"SELECT (SELECT COUNT(*) FROM review_score s JOIN review_assignment a "
        "ON a.id = s.assignment_id WHERE a.call = ?) + (SELECT COUNT(*) FROM review_package p "
        "WHERE p.reviewer IN (SELECT reviewer FROM review_assignment WHERE call = ?))"_s,
        {call, call});
    if (!used)
        return used.error();
    if (*used > 0)
        return Error::refused(u"call"_s, u"review.rubric_used"_s, {ErrorArg::txt(call)});
    Query del(db, u"DELETE FROM review_criterion WHERE call = ?"_s);
    del.bind(call);
    if (auto s = del.exec(); !s)
        return s;
    QJsonArray logged;
    int position = 0;
    for (const Criterion &c : criteria) {
        Query q(db, u"INSERT INTO review_criterion (call, code, label, weight, position) "
                    "VALUES (?, ?, ?, ?, ?)"_s);
        q.bind(call).bind(c.code).bind(c.label.trimmed()).bind(c.weight).bind(++position);
        if (auto s = q.exec(); !s)
            return s;
        logged.append(QJsonObject{{u"code"_s, c.code}, {u"label"_s, c.label.trimmed()},
                                  {u"weight"_s, c.weight}});
    }
    if (auto s = audit::record(db, u"review.rubric"_s,
                               {{u"call"_s, call}, {u"criteria"_s, logged}});
        !s)
        return s;
    return tx.commit();
}

const QStringList &roles()
{
    static const QStringList r{u"primary"_s, u"secondary"_s};
    return r;
}

const QStringList &recommendations()
{
    static const QStringList r{u"recommend"_s, u"recommend_with_changes"_s,
                               u"do_not_recommend"_s};
    return r;
}

// ---- assignments ----------------------------------------------------------------------------

namespace detail {

std::optional<Error> conflictOfInterestPart(const Proposal &p, const QString &organisation)
{
    const QString org = organisation.trimmed();
    if (org.isEmpty())
        return std::nullopt;
    const auto same = [&org](const QString &name) {
        return !name.trimmed().isEmpty() && name.trimmed().compare(org, Qt::CaseInsensitive) == 0;
    };
    if (same(p.applicant) || same(p.applicantShort))
        return part(u"review.coi.applicant"_s, {ErrorArg::txt(org)});
    if (same(p.partner) || same(p.partnerShort))
        return part(u"review.coi.partner"_s, {ErrorArg::txt(org)});
    return std::nullopt;
}

QString conflictOfInterest(const Proposal &p, const QString &organisation)
{
    const auto e = conflictOfInterestPart(p, organisation);
    return e ? e->message : QString();
}

const QString assignmentColumns =
    u"SELECT a.id, p.code, p.title, a.reviewer, a.call, a.role, a.organisation, a.coi_flag, "
    "a.override_reason, a.coi_declared, a.coi_note FROM review_assignment a "
    "JOIN proposal p ON p.id = a.proposal_id "_s;

Assignment assignmentFrom(const Query &q)
{
    Assignment a;
    a.id = q.integer(0);
    a.proposal = q.text(1);
    a.title = q.text(2);
    a.reviewer = q.text(3);
    a.call = q.text(4);
    a.role = q.text(5);
    a.organisation = q.text(6);
    a.coiFlag = q.text(7);
    a.overrideReason = q.text(8);
    a.coiDeclared = q.text(9);
    a.coiNote = q.text(10);
    return a;
}

Result<std::optional<Assignment>> findAssignment(Database &db, const QString &code,
                                                 const QString &reviewer)
{
    Query q(db, assignmentColumns + u"WHERE p.code = ? AND a.reviewer = ?"_s);
    q.bind(code).bind(reviewer.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Assignment>();
    return std::optional<Assignment>(assignmentFrom(q));
}

bool isComplete(const Review &r, const QList<Criterion> &rubric, const QString &coiDeclared)
{
    if (coiDeclared != u"none"_s || r.recommendation.isEmpty())
        return false;
    for (const Criterion &c : rubric) {
        if (std::none_of(r.scores.cbegin(), r.scores.cend(),
                         [&c](const Score &s) { return s.criterion == c.code; }))
            return false;
    }
    return true;
}

Status validateScores(const Review &r, const QList<Criterion> &rubric)
{
    QStringList seen;
    for (const Score &s : r.scores) {
        if (std::none_of(rubric.cbegin(), rubric.cend(),
                         [&s](const Criterion &c) { return c.code == s.criterion; }))
            return Error::badInput(u"criterion"_s, u"review.criterion_unknown"_s,
                                   {ErrorArg::txt(r.proposal),
                                    ErrorArg::txt(s.criterion.left(40))});
        if (seen.contains(s.criterion))
            return Error::badInput(u"criterion"_s, u"review.criterion_scored_twice"_s,
                                   {ErrorArg::txt(r.proposal), ErrorArg::txt(s.criterion)});
        seen.append(s.criterion);
        if (s.score < 1 || s.score > 5)
            return Error::badInput(u"score"_s, u"review.score_range"_s,
                                   {ErrorArg::txt(r.proposal), ErrorArg::num(s.score),
                                    ErrorArg::txt(s.criterion)});
        if (auto v = checkText(u"comment"_s, s.comment, 20000); !v)
            return v;
    }
    if (!r.recommendation.isEmpty() && !recommendations().contains(r.recommendation))
        return Error::badInput(u"recommendation"_s, u"review.recommendation_invalid"_s,
                               {ErrorArg::txt(r.recommendation.left(40)),
                                ErrorArg::txt(recommendations().join(u", "_s))});
    return checkText(u"comment"_s, r.comment, 20000);
}

Status writeReview(Database &db, qint64 assignmentId, const Review &r)
{
    Query del(db, u"DELETE FROM review_score WHERE assignment_id = ?"_s);
    del.bind(assignmentId);
    if (auto s = del.exec(); !s)
        return s;
    for (const Score &sc : r.scores) {
        Query q(db, u"INSERT INTO review_score (assignment_id, criterion, score, comment) "
                    "VALUES (?, ?, ?, ?)"_s);
        q.bind(assignmentId).bind(sc.criterion).bind(sc.score).bind(sc.comment);
        if (auto s = q.exec(); !s)
            return s;
    }
    Query q(db, u"INSERT INTO review (assignment_id, overall, recommendation, comment, "
                "completed, package_id, at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(assignment_id) DO UPDATE SET overall = excluded.overall, "
                "recommendation = excluded.recommendation, comment = excluded.comment, "
                "completed = excluded.completed, package_id = excluded.package_id, "
                "at = excluded.at"_s);
    q.bind(assignmentId).bind(r.overall ? QVariant(*r.overall) : QVariant());
    q.bind(r.recommendation).bind(r.comment).bind(r.completed ? 1 : 0).bind(r.packageId);
    q.bind(Clock::stamp());
    return q.exec();
}

Status writeDeclaration(Database &db, qint64 assignmentId, const QString &declaration,
                        const QString &note)
{
    Query q(db, u"UPDATE review_assignment SET coi_declared = ?, coi_note = ? WHERE id = ?"_s);
    q.bind(declaration).bind(note).bind(assignmentId);
    if (auto s = q.exec(); !s)
        return s;
    if (declaration == u"none"_s)
        return {};
    // A declared conflict withdraws the reviewer: whatever was scored no longer counts.
    Query r(db, u"UPDATE review SET completed = 0 WHERE assignment_id = ?"_s);
    r.bind(assignmentId);
    return r.exec();
}

QJsonObject reviewJson(const Review &r)
{
    QJsonArray scores;
    for (const Score &s : r.scores)
        scores.append(QJsonObject{{u"criterion"_s, s.criterion}, {u"score"_s, s.score},
                                  {u"comment"_s, s.comment}});
    QJsonObject o{{u"code"_s, r.proposal}, {u"reviewer"_s, r.reviewer}, {u"scores"_s, scores},
                  {u"recommendation"_s, r.recommendation}, {u"comment"_s, r.comment},
                  {u"completed"_s, r.completed}};
    if (r.overall)
        o.insert(u"overall"_s, *r.overall);
    if (!r.packageId.isEmpty())
        o.insert(u"package"_s, r.packageId);
    return o;
}

} // namespace detail

Status assign(Database &db, const QString &code, const Assignment &a)
{
    if (auto v = checkLine(u"reviewer"_s, a.reviewer, 120); !v)
        return v;
    if (!roles().contains(a.role))
        return Error::badInput(u"role"_s, u"review.role_invalid"_s,
                               {ErrorArg::txt(a.role.left(40)),
                                ErrorArg::txt(roles().join(u", "_s))});
    if (auto v = checkLine(u"organisation"_s, a.organisation, 200, true); !v)
        return v;
    if (auto v = checkLine(u"call"_s, a.call, 60); !v)
        return v;
    if (auto v = checkLine(u"override"_s, a.overrideReason, 500, true); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QString reviewer = a.reviewer.trimmed();
    const Error what = part(u"review.what.assign"_s, {ErrorArg::txt(reviewer)});
    auto p = pipeline::find(db, code);
    if (!p)
        return p.error();
    static const QStringList open{u"draft"_s, u"submitted"_s, u"screening"_s, u"in_review"_s,
                                  u"deferred"_s};
    if (!open.contains(p->state))
        return refusal(code, what,
                       part(u"pipeline.why.state"_s, {stateLabels({p->state}), stateLabels(open)}));
    auto calls = Query::scalar(db,
                               u"SELECT COUNT(*) FROM review_assignment WHERE proposal_id = ? "
                               "AND reviewer <> ? AND call <> ?"_s,
                               {p->id, reviewer, a.call});
    if (!calls)
        return calls.error();
    if (*calls > 0)
        return refusal(code, what, part(u"review.why.other_call"_s));
    auto existing = detail::findAssignment(db, code, reviewer);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->call != a.call) {
        auto scored = Query::scalar(db, u"SELECT COUNT(*) FROM review WHERE assignment_id = ?"_s,
                                    {(*existing)->id});
        if (!scored)
            return scored.error();
        if (*scored > 0)
            return refusal(code, what,
                           part(u"review.why.reviewed_in_call"_s,
                                {ErrorArg::txt((*existing)->call)}));
    }
    const QString flag = detail::conflictOfInterest(*p, a.organisation);
    const QString reason = a.overrideReason.trimmed();
    if (!flag.isEmpty() && reason.isEmpty())
        return refusal(code, what,
                       part(u"review.why.conflict"_s,
                            {ErrorArg::nested(
                                *detail::conflictOfInterestPart(*p, a.organisation))}));
    Query q(db, u"INSERT INTO review_assignment (proposal_id, reviewer, call, role, organisation,"
                " coi_flag, override_reason, assigned_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(proposal_id, reviewer) DO UPDATE SET call = excluded.call,"
                " role = excluded.role, organisation = excluded.organisation,"
                " coi_flag = excluded.coi_flag, override_reason = excluded.override_reason,"
                " assigned_at = excluded.assigned_at, actor = excluded.actor"_s);
    q.bind(p->id).bind(reviewer).bind(a.call).bind(a.role).bind(a.organisation.trimmed());
    q.bind(flag).bind(flag.isEmpty() ? QString() : reason).bind(Clock::stamp()).bind(
        Clock::user());
    if (auto s = q.exec(); !s)
        return s;
    QJsonObject detail{{u"code"_s, code},         {u"reviewer"_s, reviewer},
                       {u"role"_s, a.role},       {u"call"_s, a.call},
                       {u"organisation"_s, a.organisation.trimmed()}};
    if (!flag.isEmpty()) {
        detail.insert(u"conflict_of_interest"_s, flag);
        detail.insert(u"override_reason"_s, reason);
    }
    if (auto s = audit::record(db, u"review.assign"_s, detail); !s)
        return s;
    return tx.commit();
}

Result<QList<Assignment>> assignments(Database &db, const QString &reviewer)
{
    Query q(db, detail::assignmentColumns
                    + (reviewer.isEmpty() ? QString() : u"WHERE a.reviewer = ? "_s)
                    + u"ORDER BY p.code, a.reviewer"_s);
    if (!reviewer.isEmpty())
        q.bind(reviewer.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Assignment> out;
    while (q.next())
        out.append(detail::assignmentFrom(q));
    return out;
}

Status declareConflict(Database &db, const QString &code, const QString &reviewer,
                       const QString &declaration, const QString &note)
{
    if (declaration != u"none"_s && declaration != u"conflict"_s)
        return Error::badInput(u"declaration"_s, u"review.declaration_invalid"_s,
                               {ErrorArg::txt(declaration.left(40))});
    if (auto v = checkText(u"note"_s, note, 2000); !v)
        return v;
    if (declaration == u"conflict"_s && note.trimmed().isEmpty())
        return Error::badInput(u"note"_s, u"review.conflict_note"_s, {});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto a = detail::findAssignment(db, code, reviewer);
    if (!a)
        return a.error();
    if (!*a)
        return Error::notFound(u"reviewer"_s, u"review.not_assigned"_s,
                               {ErrorArg::txt(code), ErrorArg::txt(reviewer.left(120))});
    if (auto s = detail::writeDeclaration(db, (*a)->id, declaration, note.trimmed()); !s)
        return s;
    if (auto s = audit::record(db, u"review.declare"_s,
                               {{u"code"_s, code}, {u"reviewer"_s, reviewer.trimmed()},
                                {u"declaration"_s, declaration}, {u"note"_s, note.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

// ---- reviews --------------------------------------------------------------------------------

bool Review::sameContent(const Review &o) const
{
    if (overall != o.overall || recommendation != o.recommendation || comment != o.comment
        || scores.size() != o.scores.size())
        return false;
    for (const Score &s : scores) {
        const bool found = std::any_of(o.scores.cbegin(), o.scores.cend(), [&s](const Score &t) {
            return t.criterion == s.criterion && t.score == s.score && t.comment == s.comment;
        });
        if (!found)
            return false;
    }
    return true;
}

namespace {
/// Stores an overall score inside the caller's transaction: creates the assignment when there
/// is none.
Status recordOverall(Database &db, qint64 proposalId, const QString &reviewer, int score,
                     bool completed, const QString &comment)
{
    const QString name = reviewer.trimmed();
    Query find(db, u"SELECT id, coi_flag, override_reason, coi_declared FROM review_assignment "
                   "WHERE proposal_id = ? AND reviewer = ?"_s);
    find.bind(proposalId).bind(name);
    if (auto s = find.exec(); !s)
        return s;
    qint64 id = 0;
    if (find.next()) {
        id = find.integer(0);
        if ((!find.text(1).isEmpty() && find.text(2).isEmpty())
            || find.text(3) == u"conflict"_s)
            return Error::refused(u"reviewer"_s, u"review.blocked_record"_s, {ErrorArg::txt(name)});
    } else {
        // Reviews recorded in the office predate any assignment: the first reviewer of a
        // proposal becomes its primary one, in the call its other reviewers are in.
        auto others = Query::scalar(
            db, u"SELECT COUNT(*) FROM review_assignment WHERE proposal_id = ?"_s, {proposalId});
        if (!others)
            return others.error();
        Query ins(db, u"INSERT INTO review_assignment (proposal_id, reviewer, call, role, "
                      "assigned_at, actor) VALUES (?, ?, COALESCE((SELECT call FROM "
                      "review_assignment WHERE proposal_id = ? LIMIT 1), 'default'), ?, ?, ?)"_s);
        ins.bind(proposalId).bind(name).bind(proposalId);
        ins.bind(*others == 0 ? u"primary"_s : u"secondary"_s).bind(Clock::stamp()).bind(
            Clock::user());
        if (auto s = ins.exec(); !s)
            return s;
        id = ins.lastInsertId();
    }
    Review r;
    r.overall = score;
    r.completed = completed;
    r.comment = comment;
    return detail::writeReview(db, id, r);
}
} // namespace

Status recordOverallReview(Database &db, const QString &code, const OverallReview &r)
{
    if (auto v = checkLine(u"reviewer"_s, r.reviewer, 120); !v)
        return v;
    if (r.score < 1 || r.score > 5)
        return Error::badInput(u"score"_s, u"review.score_overall"_s, {ErrorArg::num(r.score)});
    if (auto v = checkText(u"comment"_s, r.comment, 20000); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = pipeline::proposalRef(db, code);
    if (!p)
        return p.error();
    if (p->state != u"in_review"_s)
        return refusal(code, part(u"review.what.record"_s),
                       part(u"pipeline.why.state"_s,
                            {stateLabels({p->state}), stateLabels({u"in_review"_s})}));
    if (auto s = recordOverall(db, p->id, r.reviewer, r.score, r.completed, r.comment); !s)
        return s;
    if (auto s = audit::record(db, u"proposal.review"_s,
                               {{u"code"_s, code},
                                {u"reviewer"_s, r.reviewer.trimmed()},
                                {u"score"_s, r.score},
                                {u"completed"_s, r.completed},
                                {u"comment"_s, r.comment}});
        !s)
        return s;
    return tx.commit();
}

Status recordScores(Database &db, const QString &code, const Review &r)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = pipeline::proposalRef(db, code);
    if (!p)
        return p.error();
    if (p->state != u"in_review"_s)
        return refusal(code, part(u"review.what.record"_s),
                       part(u"pipeline.why.state"_s,
                            {stateLabels({p->state}), stateLabels({u"in_review"_s})}));
    auto a = detail::findAssignment(db, code, r.reviewer);
    if (!a)
        return a.error();
    if (!*a)
        return Error::notFound(u"reviewer"_s, u"review.not_assigned"_s,
                               {ErrorArg::txt(code), ErrorArg::txt(r.reviewer.left(120))});
    if ((*a)->blocked())
        return refusal(code, part(u"review.what.record"_s),
                       part(u"review.why.blocked_of"_s, {ErrorArg::txt((*a)->reviewer)}));
    auto rub = rubric(db, (*a)->call);
    if (!rub)
        return rub.error();
    Review stored = r;
    stored.proposal = code;
    stored.overall.reset();
    if (auto v = detail::validateScores(stored, *rub); !v)
        return v;
    stored.completed = detail::isComplete(stored, *rub, (*a)->coiDeclared);
    if (auto s = detail::writeReview(db, (*a)->id, stored); !s)
        return s;
    if (auto s = audit::record(db, u"review.score"_s, detail::reviewJson(stored)); !s)
        return s;
    return tx.commit();
}

Result<QList<Review>> reviews(Database &db, const QString &code)
{
    auto p = pipeline::proposalRef(db, code);
    if (!p)
        return p.error();
    Query q(db, u"SELECT a.id, a.reviewer, r.overall, r.recommendation, r.comment, r.completed, "
                "r.package_id, r.at, a.call FROM review r JOIN review_assignment a "
                "ON a.id = r.assignment_id WHERE a.proposal_id = ? ORDER BY a.reviewer"_s);
    q.bind(p->id);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QString>> calls;
    QList<Review> out;
    while (q.next()) {
        Review r;
        r.proposal = code;
        r.reviewer = q.text(1);
        if (!q.value(2).isNull())
            r.overall = int(q.integer(2));
        r.recommendation = q.text(3);
        r.comment = q.text(4);
        r.completed = q.integer(5) != 0;
        r.packageId = q.text(6);
        r.at = q.text(7);
        calls.append({q.integer(0), q.text(8)});
        out.append(r);
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        auto rub = rubric(db, calls[i].second);
        if (!rub)
            return rub.error();
        Query s(db, u"SELECT criterion, score, comment FROM review_score "
                    "WHERE assignment_id = ?"_s);
        s.bind(calls[i].first);
        if (auto st = s.exec(); !st)
            return st.error();
        while (s.next())
            out[i].scores.append({s.text(0), int(s.integer(1)), s.text(2)});
        const auto position = [&rub](const Score &sc) {
            return std::find_if(rub->cbegin(), rub->cend(), [&sc](const Criterion &c) {
                       return c.code == sc.criterion;
                   }) - rub->cbegin();
        };
        std::sort(out[i].scores.begin(), out[i].scores.end(),
                  [&position](const Score &a, const Score &b) { return position(a) < position(b); });
    }
    return out;
}

Result<QList<OverallReview>> overallReviews(Database &db, const QString &code)
{
    auto rs = reviews(db, code);
    if (!rs)
        return rs.error();
    QList<OverallReview> out;
    std::optional<QList<Criterion>> rub;
    for (const Review &r : *rs) {
        int score = r.overall.value_or(0);
        if (!r.overall) {
            // A rubric review reads as its weighted mean, rounded half up to a whole score.
            if (!rub) {
                auto ps = proposalScore(db, code);
                if (!ps)
                    return ps.error();
                auto rb = rubric(db, ps->call);
                if (!rb)
                    return rb.error();
                rub = *rb;
            }
            score = (reviewMeanHundredths(r, *rub) + 50) / 100;
        }
        out.append({r.reviewer, score, r.completed, r.comment, r.at});
    }
    return out;
}

// ---- aggregation ----------------------------------------------------------------------------

namespace {
/// n / d rounded half up, for n ≥ 0 and d > 0.
qint64 roundedDiv(qint64 n, qint64 d)
{
    return (2 * n + d) / (2 * d);
}
} // namespace

int weightedMeanHundredths(const QList<Score> &scores, const QList<Criterion> &rubric)
{
    qint64 sum = 0;
    qint64 weights = 0;
    for (const Score &s : scores) {
        for (const Criterion &c : rubric) {
            if (c.code == s.criterion) {
                sum += qint64(s.score) * c.weight;
                weights += c.weight;
            }
        }
    }
    return weights == 0 ? 0 : int(roundedDiv(sum * 100, weights));
}

int reviewMeanHundredths(const Review &r, const QList<Criterion> &rubric)
{
    if (!r.scores.isEmpty())
        return weightedMeanHundredths(r.scores, rubric);
    return r.overall ? *r.overall * 100 : 0;
}

QString formatHundredths(int h)
{
    return u"%1.%2"_s.arg(h / 100).arg(h % 100, 2, 10, QLatin1Char('0'));
}

Result<RoundSummary> summary(Database &db, const QString &call)
{
    auto settings = pipeline::settings(db);
    if (!settings)
        return settings.error();
    auto all = assignments(db);
    if (!all)
        return all.error();
    RoundSummary out;
    out.call = call;
    out.thresholdHundredths = settings->reviewSpreadThresholdHundredths;
    QHash<QString, qsizetype> reviewerIndex;
    QStringList codes;
    for (const Assignment &a : *all) {
        if (!call.isEmpty() && a.call != call)
            continue;
        if (!codes.contains(a.proposal))
            codes.append(a.proposal);
        if (!reviewerIndex.contains(a.reviewer)) {
            reviewerIndex.insert(a.reviewer, out.reviewers.size());
            out.reviewers.append({a.reviewer, 0, 0, 0});
        }
        ReviewerProgress &rp = out.reviewers[reviewerIndex.value(a.reviewer)];
        ++rp.assigned;
        rp.conflicts += a.blocked() ? 1 : 0;
    }
    for (const QString &code : codes) {
        auto ps = proposalScore(db, code);
        if (!ps)
            return ps.error();
        auto rs = reviews(db, code);
        if (!rs)
            return rs.error();
        for (const Review &r : *rs) {
            if (r.completed && reviewerIndex.contains(r.reviewer))
                ++out.reviewers[reviewerIndex.value(r.reviewer)].completed;
        }
        out.proposals.append(*ps);
    }
    std::sort(out.reviewers.begin(), out.reviewers.end(),
              [](const ReviewerProgress &a, const ReviewerProgress &b) {
                  return a.reviewer < b.reviewer;
              });
    return out;
}

Result<ProposalScore> proposalScore(Database &db, const QString &code)
{
    auto p = pipeline::find(db, code);
    if (!p)
        return p.error();
    auto settings = pipeline::settings(db);
    if (!settings)
        return settings.error();
    ProposalScore out;
    out.proposal = code;
    out.title = p->title;
    out.state = p->state;
    out.call = defaultCall();
    Query q(db, u"SELECT call, coi_flag, override_reason, coi_declared FROM review_assignment "
                "WHERE proposal_id = ?"_s);
    q.bind(p->id);
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        out.call = q.text(0);
        ++out.assigned;
        const bool blocked = (!q.text(1).isEmpty() && q.text(2).isEmpty())
                             || q.text(3) == u"conflict"_s;
        out.conflicts += blocked ? 1 : 0;
    }
    auto rub = rubric(db, out.call);
    if (!rub)
        return rub.error();
    auto rs = reviews(db, code);
    if (!rs)
        return rs.error();
    qint64 total = 0;
    for (const Review &r : *rs) {
        if (!r.completed)
            continue;
        const int m = reviewMeanHundredths(r, *rub);
        out.meansHundredths.append(m);
        total += m;
    }
    out.completed = int(out.meansHundredths.size());
    if (out.completed > 0) {
        out.meanHundredths = int(roundedDiv(total, out.completed));
        const auto [lo, hi] = std::minmax_element(out.meansHundredths.cbegin(),
                                                  out.meansHundredths.cend());
        out.spreadHundredths = *hi - *lo;
        out.spreadFlagged = out.spreadHundredths > settings->reviewSpreadThresholdHundredths;
    }
    return out;
}

} // namespace imdp::core::review
