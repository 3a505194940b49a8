// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Proposal review (issue 6): a rubric per call, reviewers assigned to proposals with a
// conflict-of-interest check, reviews scored per criterion, and the arithmetic that turns them
// into the numbers the recommend step and the dossier read. The one place reviews are stored:
// a review with one overall score (recordOverallReview) is a review too. Every command validates,
// writes in one WriteTransaction and audits the values it wrote.

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imdp::core {

class Database;

namespace review {

inline QString defaultCall()
{
    return QStringLiteral("default");
}

/// One criterion of a call's rubric; weights are relative (the default ones add up to 100).
struct Criterion
{
    QString code;
    QString label;
    int weight = 1;
};
/// The rubric of `call`, in reading order; a call without its own rubric uses the default one.
Result<QList<Criterion>> rubric(Database &db, const QString &call = defaultCall());
/// Replaces the rubric of `call`. Refused once a review was scored or a package exported for
/// the call: the scores already given would change meaning.
Status setRubric(Database &db, const QString &call, const QList<Criterion> &criteria);

const QStringList &roles();           ///< primary, secondary
const QStringList &recommendations(); ///< recommend, recommend_with_changes, do_not_recommend

struct Assignment
{
    qint64 id = 0;
    QString proposal; ///< code
    QString title;
    QString reviewer;
    QString call = defaultCall();
    QString role = QStringLiteral("primary");
    QString organisation;   ///< the reviewer's organisation
    QString coiFlag;        ///< why the assignment is flagged (same organisation), or empty
    QString overrideReason; ///< an officer's reason to let a flagged reviewer review anyway
    QString coiDeclared;    ///< '', none or conflict: the reviewer's own declaration
    QString coiNote;
    bool blocked() const
    {
        return (!coiFlag.isEmpty() && overrideReason.isEmpty()) || coiDeclared == u"conflict";
    }
};

/// Assigns a reviewer to a proposal (draft to in review). A reviewer whose organisation is the
/// applicant's or the partner's is flagged and refused unless `overrideReason` is given; the
/// override is audited with the flag. Re-assigning changes role, organisation or override.
Status assign(Database &db, const QString &code, const Assignment &a);
/// Assignments, optionally of one reviewer, by proposal code then reviewer.
Result<QList<Assignment>> assignments(Database &db, const QString &reviewer = {});

/// A reviewer's declaration on one assignment: "none" or "conflict" (with a note).
Status declareConflict(Database &db, const QString &code, const QString &reviewer,
                       const QString &declaration, const QString &note);

struct Score
{
    QString criterion; ///< code
    int score = 0;     ///< 1 to 5
    QString comment;
};

struct Review
{
    QString proposal;
    QString reviewer;
    std::optional<int> overall; ///< a single score given without the rubric (proposal review)
    QList<Score> scores;        ///< per criterion, in rubric order
    QString recommendation;
    QString comment;
    bool completed = false;
    QString packageId; ///< the package it came from, empty when recorded in the office
    QString at;
    /// Same content (what was scored and said), ignoring when and from where.
    bool sameContent(const Review &o) const;
};

/// A review read as one whole score: given as such in the office (recordOverallReview), or a
/// rubric review's weighted mean rounded half up.
struct OverallReview
{
    QString reviewer;
    int score = 0; ///< 1 to 5
    bool completed = true;
    QString comment;
    QString at;
};
/// Records or replaces a reviewer's overall score (while the proposal is in review): creates
/// the assignment when there is none.
Status recordOverallReview(Database &db, const QString &code, const OverallReview &review);
/// Every review of a proposal as one whole score, by reviewer.
Result<QList<OverallReview>> overallReviews(Database &db, const QString &code);
/// Records a rubric review of an assignment (the proposal must be in review). It is completed
/// when the declaration is "none", every criterion is scored and a recommendation is given.
Status recordScores(Database &db, const QString &code, const Review &r);
Result<QList<Review>> reviews(Database &db, const QString &code);

// ---- aggregation: integers only, in hundredths of a point -----------------------------------

/// Σ(score × weight) × 100 / Σ weight, rounded half up (scores and weights are positive), over
/// the criteria scored; a review with only an overall score counts overall × 100. 0 when empty.
int weightedMeanHundredths(const QList<Score> &scores, const QList<Criterion> &rubric);
int reviewMeanHundredths(const Review &r, const QList<Criterion> &rubric);
/// "3.45" for 345.
QString formatHundredths(int h);

struct ProposalScore
{
    QString proposal;
    QString title;
    QString state;
    QString call;
    int assigned = 0;
    int completed = 0;
    int conflicts = 0;            ///< declared or blocked assignments
    QList<int> meansHundredths;   ///< one per completed review, by reviewer
    int meanHundredths = 0;       ///< mean of the reviews' means, rounded half up; 0 when none
    int spreadHundredths = 0;     ///< highest minus lowest review mean
    bool spreadFlagged = false;   ///< spread above the fund's review_spread_threshold
};
struct ReviewerProgress
{
    QString reviewer;
    int assigned = 0;
    int completed = 0;
    int conflicts = 0;
};
struct RoundSummary
{
    QString call;
    int thresholdHundredths = 0;
    QList<ProposalScore> proposals;
    QList<ReviewerProgress> reviewers;
};
/// The round of `call` (every call when empty): per proposal and per reviewer.
Result<RoundSummary> summary(Database &db, const QString &call = {});
/// The proposal's line of the summary (also what the dossier prints).
Result<ProposalScore> proposalScore(Database &db, const QString &code);

} // namespace review
} // namespace imdp::core
