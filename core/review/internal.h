// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Helpers shared by review.cpp and package.cpp; not part of the review API. The write helpers
// run inside the caller's transaction and do not audit: their callers do.

#include "core/review/review.h"

#include <QJsonObject>

namespace imdp::core {
struct Proposal;
class Query;
} // namespace imdp::core

namespace imdp::core::review::detail {

/// Why a reviewer of `organisation` may not review `p` (applicant or partner), or empty.
QString conflictOfInterest(const Proposal &p, const QString &organisation);
/// The same as an error's part (key review.coi.*), for a refusal worded in any language; the
/// stored flag is its English message.
std::optional<Error> conflictOfInterestPart(const Proposal &p, const QString &organisation);
Result<std::optional<Assignment>> findAssignment(Database &db, const QString &code,
                                                 const QString &reviewer);
bool isComplete(const Review &r, const QList<Criterion> &rubric, const QString &coiDeclared);
Status validateScores(const Review &r, const QList<Criterion> &rubric);
Status writeReview(Database &db, qint64 assignmentId, const Review &r);
Status writeDeclaration(Database &db, qint64 assignmentId, const QString &declaration,
                        const QString &note);
QJsonObject reviewJson(const Review &r);

} // namespace imdp::core::review::detail
