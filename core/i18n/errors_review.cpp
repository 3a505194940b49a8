// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The error templates of the reviews (core/review): English sources of context
// "Errors" (French and Spanish in resources/translations/*.ts). Looked up through
// core/i18n/errors.cpp's one table.
#include "core/i18n/errortables.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n::tables {

const TemplateTable &review()
{
    static const TemplateTable t{
        {u"review.rubric_missing"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the default rubric is missing")},
        {u"review.rubric_size"_s, QT_TRANSLATE_NOOP("Errors", "rubric: needs 1 to 20 criteria")},
        {u"review.criterion_shape"_s,
         QT_TRANSLATE_NOOP("Errors", "criterion: '%1' must be lowercase letters, digits or _")},
        {u"review.criterion_twice"_s, QT_TRANSLATE_NOOP("Errors", "criterion: '%1' appears twice")},
        {u"review.weight_range"_s,
         QT_TRANSLATE_NOOP("Errors", "weight: %1 of %2 must be from 1 to 100")},
        {u"review.rubric_used"_s,
         QT_TRANSLATE_NOOP("Errors", "call %1: cannot change the rubric: reviews were scored "
                                     "or packages exported against it")},
        {u"review.criterion_unknown"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: criterion '%2' is not in the rubric")},
        {u"review.criterion_scored_twice"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: criterion '%2' is scored twice")},
        {u"review.score_range"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: score %2 of %3 must be from 1 to 5")},
        {u"review.recommendation_invalid"_s,
         QT_TRANSLATE_NOOP("Errors", "recommendation: '%1' is not one of %2")},
        {u"review.role_invalid"_s, QT_TRANSLATE_NOOP("Errors", "role: '%1' is not one of %2")},
        {u"review.what.assign"_s, QT_TRANSLATE_NOOP("Errors", "assign %1")},
        {u"review.why.other_call"_s,
         QT_TRANSLATE_NOOP("Errors", "the proposal is reviewed in another call")},
        {u"review.why.reviewed_in_call"_s,
         QT_TRANSLATE_NOOP("Errors", "a review was already recorded in call %1")},
        {u"review.why.conflict"_s,
         QT_TRANSLATE_NOOP("Errors", "conflict of interest: %1 (an officer may override with a"
                                     " reason)")},
        {u"review.coi.applicant"_s,
         QT_TRANSLATE_NOOP("Errors", "the reviewer's organisation %1 is the applicant")},
        {u"review.coi.partner"_s,
         QT_TRANSLATE_NOOP("Errors", "the reviewer's organisation %1 is the partner")},
        {u"review.declaration_invalid"_s,
         QT_TRANSLATE_NOOP("Errors", "declaration: '%1' must be none or conflict")},
        {u"review.conflict_note"_s,
         QT_TRANSLATE_NOOP("Errors", "note: a declared conflict must say what it is")},
        {u"review.not_assigned"_s, QT_TRANSLATE_NOOP("Errors", "%1: %2 is not assigned to it")},
        {u"review.blocked_record"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot record a review: the assignment is blocked by"
                                     " a conflict of interest")},
        {u"review.score_overall"_s, QT_TRANSLATE_NOOP("Errors", "score: %1 must be from 1 to 5")},
        {u"review.what.record"_s, QT_TRANSLATE_NOOP("Errors", "record a review")},
        {u"review.why.blocked_of"_s,
         QT_TRANSLATE_NOOP("Errors", "the assignment of %1 is blocked by a conflict of "
                                     "interest")},
        {u"review.package_invalid"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: not a valid review package (%2)")},
        {u"review.package.not_json"_s, QT_TRANSLATE_NOOP("Errors", "not JSON")},
        {u"review.package.no_mark"_s,
         QT_TRANSLATE_NOOP("Errors", "no IMDP review package format mark")},
        {u"review.package.version"_s,
         QT_TRANSLATE_NOOP("Errors", "package version %1 is not supported")},
        {u"review.package.ids_missing"_s,
         QT_TRANSLATE_NOOP("Errors", "the package id, fund id or reviewer is missing")},
        {u"review.package.no_rubric"_s, QT_TRANSLATE_NOOP("Errors", "%1 has no rubric")},
        {u"review.package.unknown_review"_s,
         QT_TRANSLATE_NOOP("Errors", "a review of '%1', which the package does not hold")},
        {u"review.package.declaration"_s, QT_TRANSLATE_NOOP("Errors", "declaration '%1'")},
        {u"review.package.score"_s,
         QT_TRANSLATE_NOOP("Errors", "the score %1 of %2 (%3) is not a whole number")},
        {u"review.package_other_fund"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: refused: this review package belongs to another fund"
                                     " (%2)")},
        {u"review.package_unknown"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: refused: this fund has no record of exporting this "
                                     "review package")},
        {u"review.package_altered"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: refused: the package was altered outside IMDP Desk "
                                     "after export (content hash mismatch)")},
        {u"review.package_conflict_note"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: %2: a declared conflict must say what it is (the "
                                     "declaration has no note); nothing was imported")},
        {u"review.package_unassigned"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: %2 is no longer assigned to it; nothing was imported")},
        {u"review.what.import"_s, QT_TRANSLATE_NOOP("Errors", "import the review of %1")},
        {u"review.why.state_nothing"_s,
         QT_TRANSLATE_NOOP("Errors", "the proposal is in state %1 (allowed in %2); nothing was"
                                     " imported")},
        {u"review.why.blocked"_s,
         QT_TRANSLATE_NOOP("Errors", "the assignment is blocked by a conflict of interest")},
        {u"review.package_suffix"_s,
         QT_TRANSLATE_NOOP("Errors", "out: the package name must end with %1")},
        {u"review.no_assignment"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 has no assignment on a proposal in review")},
        // What importing a package does to one proposal (ImportChange::words)
        {u"review.change.conflict_review"_s,
         QT_TRANSLATE_NOOP("Errors", "a different review by %1 is already recorded (%2, %3)")},
        {u"review.change.done"_s, QT_TRANSLATE_NOOP("Errors", "completed")},
        {u"review.change.not_done"_s, QT_TRANSLATE_NOOP("Errors", "not completed")},
        {u"review.change.in_office"_s, QT_TRANSLATE_NOOP("Errors", "recorded in the office")},
        {u"review.change.from_package"_s, QT_TRANSLATE_NOOP("Errors", "from a package")},
        {u"review.change.conflict_declaration"_s,
         QT_TRANSLATE_NOOP("Errors", "a different conflict-of-interest declaration is recorded")},
        {u"review.change.declares_conflict"_s,
         QT_TRANSLATE_NOOP("Errors", "declares a conflict of interest")},
        {u"review.change.completed"_s,
         QT_TRANSLATE_NOOP("Errors", "completed review, weighted mean %1")},
        {u"review.change.unfinished"_s,
         QT_TRANSLATE_NOOP("Errors", "unfinished review (%1 of %2 criteria)")},
    };
    return t;
}

} // namespace imdp::core::i18n::tables
