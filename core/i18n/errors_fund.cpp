// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The error templates of the fund, its programme and organisations (core/fund): English sources of
// context "Errors" (French and Spanish in resources/translations/*.ts). Looked up through
// core/i18n/errors.cpp's one table.
#include "core/i18n/errortables.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n::tables {

const TemplateTable &fund()
{
    static const TemplateTable t{
        {u"fund.fiscal_year_start_month"_s,
         QT_TRANSLATE_NOOP("Errors", "fiscal_year_start: the month must be from 1 to 12")},
        {u"fund.fiscal_year_start_day"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "fiscal_year_start: day %1 does not exist in month %2 every year")},
        {u"fund.cap_bps_must_between"_s,
         QT_TRANSLATE_NOOP("Errors", "cap_bps: must be between 0 and 10000")},
        {u"fund.setting_missing"_s, QT_TRANSLATE_NOOP("Errors", "%1: setting '%2' is missing")},
        {u"fund.organisation_known"_s,
         QT_TRANSLATE_NOOP("Errors", "organisation: #%1 is not known")},
        {u"fund.organisation_known_2"_s,
         QT_TRANSLATE_NOOP("Errors", "organisation: '%1' is not known")},
        {u"fund.name_organisation_called_already"_s,
         QT_TRANSLATE_NOOP("Errors", "name: an organisation called '%1' already exists")},
        {u"fund.kind_one"_s, QT_TRANSLATE_NOOP("Errors", "kind: '%1' is not one of %2")},
        {u"fund.country_iso_alpha_country"_s,
         QT_TRANSLATE_NOOP("Errors", "country: '%1' is not an ISO 3166 alpha-2 country code")},
        {u"fund.iati_ref_iati_organisation"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "iati_ref: '%1' is not an IATI organisation identifier (XX-..., "
                           "e.g. GB-GOV-1)")},
        {u"fund.email_e_mail_address"_s,
         QT_TRANSLATE_NOOP("Errors", "email: '%1' is not an e-mail address (name@domain)")},
        {u"fund.organisation_cannot_deleted_records"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "organisation: %1 cannot be deleted, records refer to it (%2); "
                           "retire it instead")},
        {u"fund.duplicate_known_organisation"_s,
         QT_TRANSLATE_NOOP("Errors", "duplicate: '%1' is not a known organisation")},
        {u"fund.into_known_organisation"_s,
         QT_TRANSLATE_NOOP("Errors", "into: '%1' is not a known organisation")},
        {u"fund.duplicate_was_already_merged"_s,
         QT_TRANSLATE_NOOP("Errors", "duplicate: %1 was already merged into another organisation")},
        {u"fund.into_are_same_organisation"_s,
         QT_TRANSLATE_NOOP("Errors", "into: '%1' and '%2' are the same organisation")},
        {u"fund.into_proposal_reviewer_would"_s,
         QT_TRANSLATE_NOOP("Errors", "into: on proposal %1, reviewer %2 (%3) would review an "
                                     "application of their own organisation; reassign the review "
                                     "before merging")},
        {u"fund.known_organisation_add_first"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: '%2' is not a known organisation; add it first (imdp org "
                                     "add, or the Organisations page)")},
        {u"fund.retired_used_new_records"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: %2 is retired and is not used on new records; bring it back "
                           "first (imdp org retire --undo, or the Organisations page)")},
        {u"fund.must_capital_letters_digits"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: '%2' must be 1-8 capital letters or digits")},
        {u"fund.does_exist"_s, QT_TRANSLATE_NOOP("Errors", "%1: '%2' does not exist")},
        {u"fund.used_proposals_windows_kept"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: '%2' is used by proposals or windows and is kept")},
        {u"fund.no_rate_before_convert"_s,
         QT_TRANSLATE_NOOP("Errors", "no %1 rate on or before %2 to convert the request to USD")},
        {u"fund.code_objective_already_exists"_s,
         QT_TRANSLATE_NOOP("Errors", "code: objective %1 already exists")},
        {u"fund.objective_does_exist"_s,
         QT_TRANSLATE_NOOP("Errors", "objective: '%1' does not exist")},
        {u"fund.code_action_area_already"_s,
         QT_TRANSLATE_NOOP("Errors", "code: action area %1 already exists")},
        {u"fund.area_does_exist"_s, QT_TRANSLATE_NOOP("Errors", "area: '%1' does not exist")},
        {u"fund.objectives_objective_fund_list"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "objectives: '%1' is not an objective of the fund (%2); list them "
                           "separated by commas, e.g. %3")},
        {u"fund.objectives_objective_listed_twice"_s,
         QT_TRANSLATE_NOOP("Errors", "objectives: an objective is listed twice")},
        {u"fund.action_area_action_area"_s,
         QT_TRANSLATE_NOOP("Errors", "action_area: '%1' is not an action area of the fund (%2)")},
        {u"fund.window_s_requests_exceed"_s,
         QT_TRANSLATE_NOOP("Errors", "the window's requests exceed the largest amount")},
        {u"fund.window_does_exist"_s, QT_TRANSLATE_NOOP("Errors", "window: '%1' does not exist")},
        {u"fund.code_must_capital_letters"_s,
         QT_TRANSLATE_NOOP("Errors", "code: '%1' must be 1-24 capital letters, digits or dashes")},
        {u"fund.objectives_window_accepts_least"_s,
         QT_TRANSLATE_NOOP("Errors", "objectives: a window accepts at least one objective")},
        {u"fund.areas_area_listed_twice"_s,
         QT_TRANSLATE_NOOP("Errors", "areas: an area is listed twice")},
        {u"fund.before_opening_date"_s,
         QT_TRANSLATE_NOOP("Errors", "to: %1 is before the opening date %2")},
        {u"fund.ceiling_must_above_zero"_s,
         QT_TRANSLATE_NOOP("Errors", "ceiling: must be above zero")},
        {u"fund.total_must_above_zero"_s, QT_TRANSLATE_NOOP("Errors", "total: must be above zero")},
        {u"fund.ceiling_above_window_s"_s,
         QT_TRANSLATE_NOOP("Errors", "ceiling: %1 is above the window's total %2")},
        {u"fund.code_window_already_exists"_s,
         QT_TRANSLATE_NOOP("Errors", "code: a window %1 already exists")},
        {u"fund.objectives_proposal_window_serves"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "objectives: proposal %1 of window %2 serves objective %3; keep "
                           "it")},
        {u"fund.areas_proposal_window_action"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "areas: proposal %1 of window %2 is in action area %3; keep it")},
        {u"fund.fiscal_year_start_must"_s,
         QT_TRANSLATE_NOOP("Errors", "fiscal-year-start: '%1' must be MM-DD, e.g. 07-01")},
        {u"fund.cap_bps_must"_s,
         QT_TRANSLATE_NOOP("Errors", "cap-bps: %1 must be from 0 to 10000")},
        {u"fund.fiscal_year_start_needs"_s,
         QT_TRANSLATE_NOOP("Errors", "fiscal-year-start: needs both the month and the day")},
        {u"fund.iati_org_ref_iati"_s,
         QT_TRANSLATE_NOOP("Errors", "iati-org-ref: '%1' is not an IATI organisation identifier "
                                     "(XX-..., e.g. XM-DAC-41301)")},
        {u"fund.opened_read_only_settings"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: opened read-only; the settings cannot change")},
        {u"fund.name_merged_into"_s,
         QT_TRANSLATE_NOOP("Errors", "name: '%1' was merged into '%2'; use that one")},
        {u"fund.kind_counts_for_cap"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "kind: %1 has pledges or receipts as a %2 source; its kind cannot "
                           "change between bank and another kind (the DGF cap counts on it)")},
        {u"fund.already_retired"_s,
         QT_TRANSLATE_NOOP("Errors", "organisation: %1 is already retired")},
        {u"fund.not_retired"_s, QT_TRANSLATE_NOOP("Errors", "organisation: %1 is not retired")},
        {u"fund.merge_bank_and_not"_s,
         QT_TRANSLATE_NOOP("Errors", "into: %1 is a bank and %2 is not; the DGF cap counts bank "
                                     "resources apart, so they cannot be merged")},
        {u"fund.why.window_objective"_s,
         QT_TRANSLATE_NOOP("Errors", "window %1 does not accept objective %2 (it accepts %3)")},
        {u"fund.why.window_area"_s,
         QT_TRANSLATE_NOOP("Errors", "window %1 does not accept action area %2 (it accepts %3)")},
        {u"fund.why.window_opens"_s, QT_TRANSLATE_NOOP("Errors", "window %1 opens on %2")},
        {u"fund.why.window_closed"_s, QT_TRANSLATE_NOOP("Errors", "window %1 closed on %2")},
        {u"fund.why.window_ceiling"_s,
         QT_TRANSLATE_NOOP("Errors", "the request of %1 USD is above window %2's ceiling of %3 "
                                     "USD")},
        {u"fund.why.window_total"_s,
         QT_TRANSLATE_NOOP("Errors", "window %1's proposals would ask %2 USD, above its total of "
                                     "%3 USD")},
        // committee
    };
    return t;
}

} // namespace imdp::core::i18n::tables
