// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The error templates of reports and statements (core/reports): English sources of context
// "Errors" (French and Spanish in resources/translations/*.ts). Looked up through
// core/i18n/errors.cpp's one table.
#include "core/i18n/errortables.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n::tables {

const TemplateTable &reports()
{
    static const TemplateTable t{
        {u"reports.report_report"_s,
         QT_TRANSLATE_NOOP("Errors", "report: '%1' is not a report (%2)")},
        {u"reports.narrative_one"_s,
         QT_TRANSLATE_NOOP("Errors", "narrative: '%1' is not one of %2")},
        {u"reports.donor_has_no_pledge"_s,
         QT_TRANSLATE_NOOP("Errors", "donor '%1' has no pledge or receipt")},
        {u"reports.period_starts_after_ends"_s,
         QT_TRANSLATE_NOOP("Errors", "the period starts after it ends")},
        {u"reports.statement_beyond_largest_amount"_s,
         QT_TRANSLATE_NOOP("Errors", "statement: %1 is beyond the largest amount")},
        {u"reports.period_starts_after_ends_2"_s,
         QT_TRANSLATE_NOOP("Errors", "from: the period starts after it ends")},
        {u"reports.proposal_no_rate_before"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "proposal %1: no %2 rate on or before %3 to convert its request")},
        {u"reports.project_has_no_allocation"_s,
         QT_TRANSLATE_NOOP("Errors", "project '%1' has no allocation or transfer")},
        {u"reports.cannot_written_cannot_create"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot be written (cannot create %2)")},
        {u"reports.cannot_written"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be written (%2)")},
        {u"reports.total_out_of_range"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: the total is beyond the largest amount a fund can hold (the "
                           "file's figures were altered; run imdp verify)")},
    };
    return t;
}

} // namespace imdp::core::i18n::tables
