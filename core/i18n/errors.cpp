// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/i18n/errors.h"

#include "core/i18n/i18n.h"
#include "core/i18n/labels.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/validate.h"

#include <QHash>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n {

namespace detail {
/// core/storage's templates (verify's findings, read-only reasons): core/i18n/errors_storage.cpp.
const QList<std::pair<QString, const char *>> &storageTemplates();
} // namespace detail

namespace {

// The templates, by key. "%field" is the field's name; %1, %2... the arguments in order. English
// is the source; French and Spanish are in context "Errors" of the .ts files.
const QList<std::pair<QString, const char *>> &templates()
{
    static const QList<std::pair<QString, const char *>> t{
        {u"context"_s, QT_TRANSLATE_NOOP("Errors", "%1: %2")},
        {u"number.empty"_s, QT_TRANSLATE_NOOP("Errors", "%field is empty")},
        {u"number.decimals_of"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has more decimals than %2 allows (%3)")},
        {u"number.decimals"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has more decimals than allowed (%2)")},
        {u"rate.decimals"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has more decimals than a rate allows (%2)")},
        {u"number.too_large"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 is too large (the limit is %2)")},
        {u"number.points"_s, QT_TRANSLATE_NOOP("Errors", "%field %1 has more than one '%2'")},
        {u"number.no_digits"_s, QT_TRANSLATE_NOOP("Errors", "%field %1 has no digits")},
        {u"number.no_digit_before"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has no digit before '%2'")},
        {u"number.no_digit_after"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has no digit after '%2'")},
        {u"number.space"_s, QT_TRANSLATE_NOOP("Errors", "%field %1 contains white space")},
        {u"number.separator"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 contains %2: write no thousands separators, "
                                     "and '%3' for decimals")},
        {u"number.exponent"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has an exponent: write the number in full")},
        {u"number.plus"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has a '+': only a leading '-' is allowed")},
        {u"number.minus"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has a '-' that is not at the start")},
        {u"number.control"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 contains a control character")},
        {u"number.character"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 contains %2: only digits, a leading '-' and "
                                     "'%3' are allowed")},
        {u"number.group_after_point"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has a group separator after the decimal point; "
                                     "write it like %2")},
        {u"number.misplaced_group"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%field %1 has a misplaced group separator; write it like %2")},
        {u"number.character_like"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 contains %2; write it like %3")},
        {u"rate.not_positive"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 must be greater than zero (USD per one unit)")},
        {u"pipeline.move"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot move from %2 to %3")},
        {u"pipeline.move_because"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot move from %2 to %3: %4")},
        {u"cap.refused"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: refused: the Bank's share on the plan basis would be "
                                     "%2 (cap %3): bank %4 of total %5 USD; bank headroom "
                                     "before this change was %6; non-bank funding needed %7 (an "
                                     "officer may override with a written justification)")},
        {u"cap.refused_unrestorable"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: refused: the Bank's share on the plan basis would be "
                                     "%2 (cap %3): bank %4 of total %5 USD; bank headroom "
                                     "before this change was %6; no amount of non-bank funding "
                                     "can restore compliance (an officer may override with a "
                                     "written justification)")},
        // BEGIN the templates of the core's modules, by module
        // base
        {u"base.valid_text_broken_utf"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is not valid text (broken UTF-16)")},
        {u"base.required"_s, QT_TRANSLATE_NOOP("Errors", "%1: is required")},
        {u"base.longer_than_characters"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is longer than %2 characters")},
        {u"base.contains_invisible_character_u"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: contains an invisible character (U+%2, zero-width or byte "
                           "order mark); type the name again without it")},
        {u"base.date_yyyy_mm_dd"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: '%2' is not a date (YYYY-MM-DD)")},
        {u"base.calendar_date"_s, QT_TRANSLATE_NOOP("Errors", "%1: '%2' is not a calendar date")},
        // text
        {u"text.control"_s, QT_TRANSLATE_NOOP("Errors", "%1: contains a control character")},
        {u"text.single_line"_s, QT_TRANSLATE_NOOP("Errors", "%1: must be a single line")},
        // money
        {u"money.unknown_currency_code_iso"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "unknown currency code '%1' (an ISO 4217 code in capitals, such "
                           "as USD)")},
        {u"money.amount_out_range_minor"_s,
         QT_TRANSLATE_NOOP("Errors", "amount is out of range (-2^63 minor units of %1)")},
        {u"money.cannot_add_convert_first"_s,
         QT_TRANSLATE_NOOP("Errors", "cannot add %1 to %2: convert first")},
        {u"money.amount_overflow_beyond_largest"_s,
         QT_TRANSLATE_NOOP("Errors", "amount overflow: %1 + %2 %3 is beyond the largest amount")},
        {u"money.cannot_subtract_convert_first"_s,
         QT_TRANSLATE_NOOP("Errors", "cannot subtract %1 from %2: convert first")},
        {u"money.amount_overflow_beyond_largest_2"_s,
         QT_TRANSLATE_NOOP("Errors", "amount overflow: %1 - %2 %3 is beyond the largest amount")},
        {u"money.rate_must_greater_than"_s,
         QT_TRANSLATE_NOOP("Errors", "rate must be greater than zero, not %1")},
        {u"money.usd_amount_converts_rate"_s,
         QT_TRANSLATE_NOOP("Errors", "a USD amount converts at rate 1, not %1")},
        {u"money.converting_gives_more_usd"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "converting %1 %2 at %3 gives more USD than an amount can hold")},
        // number
        {u"number.digits"_s, QT_TRANSLATE_NOOP("Errors", "%field %1 cannot have %2 decimals")},
        // funding
        {u"funding.dgf_cap_must_basis"_s,
         QT_TRANSLATE_NOOP("Errors", "the DGF cap must be from 0 to 10000 basis points (1500 = "
                                     "15.00%), got %1")},
        {u"funding.bank_funding_must_negative"_s,
         QT_TRANSLATE_NOOP("Errors", "bank funding must not be negative, got %1 USD")},
        {u"funding.non_bank_funding_must"_s,
         QT_TRANSLATE_NOOP("Errors", "non-bank funding must not be negative, got %1 USD")},
        {u"funding.total_funding_too_large"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "total funding too large: bank %1 + non-bank %2 USD exceeds %3 "
                           "USD")},
        {u"funding.dgf_cap_must_whole"_s,
         QT_TRANSLATE_NOOP("Errors", "the DGF cap must be a whole number of basis points from 0 to "
                                     "10000 (1500 = 15.00%), got \"%1\"")},
        {u"funding.fund_s_totals_exceed"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "the fund's totals exceed the largest amount IMDP Desk can hold")},
        {u"funding.cap_bps_must"_s,
         QT_TRANSLATE_NOOP("Errors", "cap_bps: must be from 0 to 10000")},
        {u"funding.bank_too_large"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "bank funding after this change is too large: %1 USD changed by "
                           "%2")},
        {u"funding.other_too_large"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "non-bank funding after this change is too large: %1 USD changed "
                           "by %2")},
        {u"funding.bank_below_zero"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "bank funding cannot go below zero: %1 USD changed by %2 would "
                           "leave %3")},
        {u"funding.other_below_zero"_s,
         QT_TRANSLATE_NOOP("Errors", "non-bank funding cannot go below zero: %1 USD changed by %2 "
                                     "would leave %3")},
        // ledger
        {u"ledger.amount_must_greater_than"_s,
         QT_TRANSLATE_NOOP("Errors", "amount: must be greater than zero")},
        {u"ledger.date_required"_s, QT_TRANSLATE_NOOP("Errors", "date: is required")},
        {u"ledger.usd_above_what_available"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: %2 USD is above what is available on %3 (%4 USD not "
                                     "allocated)")},
        {u"ledger.project_has_had_no"_s,
         QT_TRANSLATE_NOOP("Errors", "project: %1 has had no transfer to %2")},
        {u"ledger.fund_must_contain_separates"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "fund: '%1' must not contain '—' (it separates the fund from the "
                           "reference in the journal)")},
        {u"ledger.project_project_fund"_s,
         QT_TRANSLATE_NOOP("Errors", "project: '%1' is not a project of the fund")},
        {u"ledger.amount_must_zero"_s, QT_TRANSLATE_NOOP("Errors", "amount: must not be zero")},
        {u"ledger.source_must_donor_bank"_s,
         QT_TRANSLATE_NOOP("Errors", "source: '%1' must be donor or bank")},
        {u"ledger.amount_converts_usd"_s,
         QT_TRANSLATE_NOOP("Errors", "amount: %1 %2 converts to 0.00 USD at %3")},
        {u"ledger.fee_number_basis_points"_s,
         QT_TRANSLATE_NOOP("Errors", "fee: '%1' is not a number of basis points from 0 to 10000")},
        {u"ledger.fee_tier_must_amount"_s,
         QT_TRANSLATE_NOOP("Errors", "fee: tier '%1' must be AMOUNT=BPS or *=BPS")},
        {u"ledger.fee_only_last_tier"_s,
         QT_TRANSLATE_NOOP("Errors", "fee: only the last tier may be *")},
        {u"ledger.fee_tier_bounds_must"_s,
         QT_TRANSLATE_NOOP("Errors", "fee: tier bounds must be positive and increasing")},
        {u"ledger.fee_last_tier_must"_s,
         QT_TRANSLATE_NOOP("Errors", "fee: the last tier must be *=BPS (the rest)")},
        {u"ledger.fee_tiered_needs_least"_s,
         QT_TRANSLATE_NOOP("Errors", "fee: tiered needs at least one tier")},
        {u"ledger.fee_must_none_flat"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "fee: '%1' must be none, flat:BPS or tiered:AMOUNT=BPS,...,*=BPS")},
        {u"ledger.fee_bps_must_whole"_s,
         QT_TRANSLATE_NOOP("Errors", "fee_bps: '%1' must be whole basis points from 0 to 10000")},
        {u"ledger.amount_required"_s, QT_TRANSLATE_NOOP("Errors", "amount: is required")},
        {u"ledger.amount_must_greater_than_2"_s,
         QT_TRANSLATE_NOOP("Errors", "amount: '%1' must be greater than zero")},
        {u"ledger.usd_rate_required"_s, QT_TRANSLATE_NOOP("Errors", "usd_rate: is required")},
        {u"ledger.usd_rate_usd_amount"_s,
         QT_TRANSLATE_NOOP("Errors", "usd_rate: a USD amount converts at rate 1, not %1")},
        {u"ledger.instalments_must_date_amount"_s,
         QT_TRANSLATE_NOOP("Errors", "instalments: '%1' must be DATE=AMOUNT")},
        {u"ledger.file_s_total_beyond"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the file's total in %2 is beyond the largest amount")},
        {u"ledger.file_s_fees_are"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the file's fees are beyond the largest amount")},
        {u"ledger.gmg_member_must_yes"_s,
         QT_TRANSLATE_NOOP("Errors", "gmg_member: '%1' must be yes or no")},
        {u"ledger.file_s_total_beyond_2"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the file's total is beyond the largest amount")},
        {u"ledger.import_unknown_kind"_s, QT_TRANSLATE_NOOP("Errors", "import: unknown kind")},
        {u"ledger.fund_s_totals_would"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the fund's totals would pass the limit of %2 USD per "
                                     "account; nothing was written")},
        {u"ledger.amount_past_limit_one"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "amount: %1 %2 is past the limit of %3 %2 for one amount; nothing "
                           "was written")},
        {u"ledger.amount_entry_would_post"_s,
         QT_TRANSLATE_NOOP("Errors", "amount: the entry would post nothing (0.00 USD)")},
        {u"ledger.internal_error_entry_does"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: internal error: a %2 entry does not balance; nothing was "
                                     "written")},
        {u"ledger.internal_error_entry_does_2"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: internal error: entry %2 does not balance as written; "
                                     "nothing was written")},
        {u"ledger.fund_s_totals_are"_s,
         QT_TRANSLATE_NOOP("Errors", "the fund's totals are beyond the largest amount")},
        {u"ledger.transfers_net_refunds_usd"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: transfers net of refunds (%2 USD) would exceed the "
                                     "allocation (%3 USD)")},
        {u"ledger.would_hold_usd_below"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: %2 would hold %3 USD, below zero")},
        {u"ledger.entry_does_exist"_s, QT_TRANSLATE_NOOP("Errors", "entry: %1 does not exist")},
        {u"ledger.entry_itself_reversal_record"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "entry %1: is itself a reversal; record the entry again instead")},
        {u"ledger.entry_was_already_reversed"_s,
         QT_TRANSLATE_NOOP("Errors", "entry %1: was already reversed by entry %2")},
        {u"ledger.entry_opening_balances_are"_s,
         QT_TRANSLATE_NOOP("Errors", "entry %1: the opening balances are history brought in from "
                                     "before the fund's records; correct them with later entries")},
        {u"ledger.entry_pledge_entries_are"_s,
         QT_TRANSLATE_NOOP("Errors", "entry %1: pledge entries are corrected with pledge amend or "
                                     "pledge cancel")},
        {u"ledger.date_reversal_cannot_dated"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "date: a reversal cannot be dated before the entry it reverses "
                           "(%1)")},
        {u"ledger.entry_cannot_reversed_allocations"_s,
         QT_TRANSLATE_NOOP("Errors", "entry %1: cannot be reversed: allocations would exceed the "
                                     "resources by %2 USD; release an allocation first")},
        {u"ledger.must_empty_row"_s, QT_TRANSLATE_NOOP("Errors", "%1: must be empty for a %2 row")},
        {u"ledger.kind_one"_s, QT_TRANSLATE_NOOP("Errors", "kind: '%1' is not one of %2")},
        {u"ledger.amount_usd_required"_s, QT_TRANSLATE_NOOP("Errors", "amount_usd: is required")},
        {u"ledger.amount_usd_must_greater"_s,
         QT_TRANSLATE_NOOP("Errors", "amount_usd: '%1' must be greater than zero")},
        {u"ledger.donor_required_row"_s,
         QT_TRANSLATE_NOOP("Errors", "donor: is required for a %1 row")},
        {u"ledger.partner_required_row"_s,
         QT_TRANSLATE_NOOP("Errors", "partner: is required for a %1 row")},
        {u"ledger.file_has_no_opening"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the file has no opening balance")},
        {u"ledger.reference_pledge_already_exists"_s,
         QT_TRANSLATE_NOOP("Errors", "reference: a pledge %1 already exists")},
        {u"ledger.projects_are_allocated_usd"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the projects are allocated %2 USD more than the fund "
                                     "received, earned and kept after fees")},
        {u"ledger.fund_would_hold_usd"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the fund would hold %2 USD in cash: more was transferred "
                                     "than received")},
        {u"ledger.date_opening_date_required"_s,
         QT_TRANSLATE_NOOP("Errors", "date: the opening date is required")},
        {u"ledger.opening_fund_already_has"_s,
         QT_TRANSLATE_NOOP("Errors", "opening: the fund already has opening balances as of %1")},
        {u"ledger.pledge_does_exist"_s, QT_TRANSLATE_NOOP("Errors", "pledge: '%1' does not exist")},
        {u"ledger.instalment_due_date_required"_s,
         QT_TRANSLATE_NOOP("Errors", "instalment: a due date is required")},
        {u"ledger.instalment_amount_must_greater"_s,
         QT_TRANSLATE_NOOP("Errors", "instalment: %1: the amount must be greater than zero")},
        {u"ledger.instalment_given_twice"_s,
         QT_TRANSLATE_NOOP("Errors", "instalment: %1 is given twice")},
        {u"ledger.instalment_instalments_must_add"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "instalment: the instalments must add up to the pledged amount")},
        {u"ledger.status_must_prospective_signed"_s,
         QT_TRANSLATE_NOOP("Errors", "status: '%1' must be prospective, signed or cancelled")},
        {u"ledger.reference_pledge_already_recorded"_s,
         QT_TRANSLATE_NOOP("Errors", "reference: pledge '%1' is already recorded")},
        {u"ledger.pledge_already_cancelled"_s,
         QT_TRANSLATE_NOOP("Errors", "pledge '%1': is already cancelled")},
        {u"ledger.pledge_has_receipts_paid"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "pledge '%1': has receipts (%2 %3 paid); amend it down to what "
                           "was paid instead")},
        {u"ledger.pledge_cancelled_record_new"_s,
         QT_TRANSLATE_NOOP("Errors", "pledge '%1': is cancelled; record a new pledge")},
        {u"ledger.status_must_prospective_signed_2"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "status: '%1' must be prospective or signed (cancel a pledge with "
                           "pledge cancel)")},
        {u"ledger.instalment_amount_changes_give"_s,
         QT_TRANSLATE_NOOP("Errors", "instalment: the amount changes; give the new schedule")},
        {u"ledger.amount_pledge_has_paid"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "amount: pledge '%1' has %2 %3 paid; it cannot be amended below "
                           "that")},
        {u"ledger.usd_rate_pledge_has"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "usd_rate: pledge '%1' has receipts cleared at its rate; the rate "
                           "cannot change")},
        {u"ledger.status_pledge_has_receipts"_s,
         QT_TRANSLATE_NOOP("Errors", "status: pledge '%1' has receipts; it stays signed")},
        {u"ledger.position_beyond_largest_amount"_s,
         QT_TRANSLATE_NOOP("Errors", "position: %1 is beyond the largest amount")},
        {u"ledger.date_required_2"_s, QT_TRANSLATE_NOOP("Errors", "at: a date is required")},
        {u"ledger.position_source_s_total"_s,
         QT_TRANSLATE_NOOP("Errors", "position: a source's total is beyond the largest amount")},
        {u"ledger.project_must_capital_letters"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "project: '%1' must be 2-32 capital letters, digits or dashes")},
        {u"ledger.usd_above_what_available_2"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: %2 USD is above what is available for allocation on %3 (%4 "
                           "USD)")},
        {u"ledger.usd_above_unspent_allocation"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: %2 USD is above the unspent allocation (%3 USD)")},
        {u"ledger.tranche_usd_above_what"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: a tranche of %2 USD is above what is left of the allocation "
                           "(%3 USD of %4 USD)")},
        {u"ledger.holds_usd_project_usd"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: %2 holds %3 USD for this project; %4 USD is more")},
        {u"ledger.currency_usd_base_currency"_s,
         QT_TRANSLATE_NOOP("Errors", "currency: USD is the base currency; its rate is always 1")},
        {u"ledger.rate_already_recorded"_s,
         QT_TRANSLATE_NOOP("Errors", "rate: %1 on %2 is already recorded")},
        {u"ledger.no_rate_recorded_before"_s,
         QT_TRANSLATE_NOOP("Errors", "no rate recorded for %1 on or before %2")},
        {u"ledger.reference_receipt_already_recorded"_s,
         QT_TRANSLATE_NOOP("Errors", "reference: receipt '%1' is already recorded")},
        {u"ledger.fee_bps_must_basis"_s,
         QT_TRANSLATE_NOOP("Errors", "fee_bps: '%1' must be 0 to 10000 basis points")},
        {u"ledger.pledge_recorded_pledge"_s,
         QT_TRANSLATE_NOOP("Errors", "pledge: '%1' is not a recorded pledge")},
        {u"ledger.pledge_pledge"_s,
         QT_TRANSLATE_NOOP("Errors", "pledge: '%1' is a pledge of %2, not of %3")},
        {u"ledger.currency_pledge_receipt_against"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "currency: pledge '%1' is in %2; a receipt against it must be too")},
        {u"ledger.pledge_only_signed_pledge"_s,
         QT_TRANSLATE_NOOP("Errors", "pledge: '%1' is %2; only a signed pledge can be paid")},
        {u"ledger.source_is_bank"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "source: %1 is a Bank (DGF) source; its funding is source bank")},
        {u"ledger.source_not_bank"_s,
         QT_TRANSLATE_NOOP("Errors", "source: %1 is not a Bank (DGF) organisation; its funding is "
                                     "source donor")},
        {u"ledger.opening_after_entry"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "opening: the fund has %1 journal entry dated on or before %2; "
                           "opening balances come before every entry")},
        {u"ledger.opening_after_entries"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "opening: the fund has %1 journal entries dated on or before %2; "
                           "opening balances come before every entry")},
        {u"ledger.cannot_reverse"_s,
         QT_TRANSLATE_NOOP("Errors", "entry %1: cannot be reversed: %2")},
        {u"ledger.fee_adjustment_more_by"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "fee adjustment: %1 USD is more than the fees charged by %2 (%3 "
                           "USD)")},
        {u"ledger.fee_adjustment_more"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "fee adjustment: %1 USD is more than the fees charged (%2 USD)")},
        {u"ledger.donor_pledges_total"_s,
         QT_TRANSLATE_NOOP("Errors", "amount: the pledges of %1 in %2 would total %3 %2, past the "
                                     "limit of %4 %2 per donor and currency; nothing was written")},
        {u"ledger.donor_pledges_total_beyond"_s,
         QT_TRANSLATE_NOOP("Errors", "amount: the pledges of %1 in %2 would total more than %3 %2, "
                                     "past the limit of %4 %2 per donor and currency; nothing was "
                                     "written")},
        {u"ledger.donor_receipts_total"_s,
         QT_TRANSLATE_NOOP("Errors", "amount: the receipts of %1 in %2 would total %3 %2, past the "
                                     "limit of %4 %2 per donor and currency; nothing was written")},
        {u"ledger.donor_receipts_total_beyond"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "amount: the receipts of %1 in %2 would total more than %3 %2, "
                           "past the limit of %4 %2 per donor and currency; nothing was "
                           "written")},
        // fund
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
        // committee
        {u"committee.agenda_requests_proposals_agenda"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "agenda: the requests of the proposals on the agenda add up past "
                           "the limit of %1 USD for any total; the dossier is not made")},
        {u"committee.lang_one"_s, QT_TRANSLATE_NOOP("Errors", "lang: '%1' is not one of %2")},
        {u"committee.meeting_cannot"_s, QT_TRANSLATE_NOOP("Errors", "meeting %1: cannot %2: %3")},
        {u"committee.proposal_found"_s, QT_TRANSLATE_NOOP("Errors", "proposal '%1' not found")},
        {u"committee.date_required"_s, QT_TRANSLATE_NOOP("Errors", "date: is required")},
        {u"committee.meeting_found"_s, QT_TRANSLATE_NOOP("Errors", "meeting %1 not found")},
        {u"committee.status_one"_s, QT_TRANSLATE_NOOP("Errors", "status: '%1' is not one of %2")},
        {u"committee.quorum_must_majority"_s,
         QT_TRANSLATE_NOOP("Errors", "quorum: %1 must be from 0 (a majority) to 1000")},
        {u"committee.member_member_serving"_s,
         QT_TRANSLATE_NOOP("Errors", "member %1: is not a member serving on %2")},
        {u"committee.decisions_none_given"_s, QT_TRANSLATE_NOOP("Errors", "decisions: none given")},
        {u"committee.constituency_one"_s,
         QT_TRANSLATE_NOOP("Errors", "constituency: '%1' is not one of %2")},
        {u"committee.role_one"_s, QT_TRANSLATE_NOOP("Errors", "role: '%1' is not one of %2")},
        {u"committee.term_start_required"_s,
         QT_TRANSLATE_NOOP("Errors", "term start: is required")},
        {u"committee.term_end_before_term"_s,
         QT_TRANSLATE_NOOP("Errors", "term end: %1 is before the term start %2")},
        {u"committee.role_already_chairs_committee"_s,
         QT_TRANSLATE_NOOP("Errors", "role: %1 already chairs the Committee during that term")},
        {u"committee.why.meeting_status"_s,
         QT_TRANSLATE_NOOP("Errors", "the meeting is %1 (allowed when %2)")},
        {u"committee.what.become"_s, QT_TRANSLATE_NOOP("Errors", "become %1")},
        {u"committee.why.meeting_is"_s, QT_TRANSLATE_NOOP("Errors", "the meeting is %1")},
        {u"committee.what.issue_dossier"_s, QT_TRANSLATE_NOOP("Errors", "issue its dossier")},
        {u"committee.why.empty_agenda"_s,
         QT_TRANSLATE_NOOP("Errors", "no proposal is on the agenda")},
        {u"committee.what.be_held"_s, QT_TRANSLATE_NOOP("Errors", "be held")},
        {u"committee.why.date_to_come"_s,
         QT_TRANSLATE_NOOP("Errors", "its date %1 is still to come")},
        {u"committee.why.quorum_one"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 voting member present, quorum is %2")},
        {u"committee.why.quorum"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 voting members present, quorum is %2")},
        {u"committee.what.approve_minutes"_s, QT_TRANSLATE_NOOP("Errors", "approve its minutes")},
        {u"committee.why.undecided"_s,
         QT_TRANSLATE_NOOP("Errors", "no decision is recorded on %1")},
        {u"committee.what.put_on_agenda"_s, QT_TRANSLATE_NOOP("Errors", "put %1 on the agenda")},
        {u"committee.why.proposal_state"_s,
         QT_TRANSLATE_NOOP("Errors", "the proposal is %1 (allowed when %2)")},
        {u"committee.why.already_on_agenda"_s, QT_TRANSLATE_NOOP("Errors", "it is already on it")},
        {u"committee.what.record_attendance"_s, QT_TRANSLATE_NOOP("Errors", "record attendance")},
        {u"committee.what.change_agenda"_s, QT_TRANSLATE_NOOP("Errors", "change its agenda")},
        {u"committee.what.record_decisions"_s, QT_TRANSLATE_NOOP("Errors", "record decisions")},
        {u"committee.what.record_decision"_s,
         QT_TRANSLATE_NOOP("Errors", "record a decision on %1")},
        {u"committee.why.not_on_agenda"_s, QT_TRANSLATE_NOOP("Errors", "it is not on the agenda")},
        {u"committee.why.already_decided"_s,
         QT_TRANSLATE_NOOP("Errors", "the meeting already decided %1")},
        // io
        {u"io.encoding_utf"_s, QT_TRANSLATE_NOOP("Errors", "%1: encoding: is not UTF-8")},
        {u"io.header_file_empty"_s, QT_TRANSLATE_NOOP("Errors", "1: header: the file is empty")},
        {u"io.header"_s, QT_TRANSLATE_NOOP("Errors", "1: header: %1")},
        {u"io.no_such_file"_s, QT_TRANSLATE_NOOP("Errors", "%1: no such file")},
        {u"io.cannot_read"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be read (%2)")},
        {u"io.regular_file_read_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is %2, not a regular file; a %3 is read from a file")},
        {u"io.larger_than_limit"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is larger than %2, the limit for a %3")},
        {u"io.file_write_named"_s, QT_TRANSLATE_NOOP("Errors", "the file to write is not named")},
        {u"io.folder_does_exist"_s, QT_TRANSLATE_NOOP("Errors", "%1: the folder does not exist")},
        {u"io.named_like_backup_fund"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is named like a backup of a fund; an output never uses a "
                                     "backup's name")},
        {u"io.cannot_examined"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be examined (%2)")},
        {u"io.held_fund_lock_output"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is held by a fund lock (%2); an output never takes a locked "
                           "name")},
        {u"io.lock_file_fund_output"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is the lock file of a fund; an output never replaces it")},
        {u"io.journal_fund_output_never"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is the journal of a fund; an output never replaces it")},
        {u"io.held_fund_lock_output_2"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is held by a fund lock (%2); an output never replaces it")},
        {u"io.held_fund_lock_output_3"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is held by a fund lock; an output never replaces it")},
        {u"io.symbolic_link_output_never"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is a symbolic link; an output is never written through or "
                           "over a link (name the file itself)")},
        {u"io.folder_name_file_write"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is a folder; name the file to write")},
        {u"io.regular_file_pipe_socket"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is not a regular file (a pipe, socket or device); an output "
                           "never replaces it")},
        {u"io.already_exists_use_force"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: already exists; use --force to replace it")},
        {u"io.cannot_written"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be written (%2)")},
        {u"io.iati_not_written"_s, QT_TRANSLATE_NOOP("Errors", "the IATI file could not be written")},
        {u"ledger.import_cancelled"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the import was cancelled; nothing was written")},
        {u"io.fund_file"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is an IMDP fund file; an output never replaces a fund or a "
                           "backup")},
        {u"io.fund_file_link"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is an IMDP fund file (through a link); an output never "
                                     "replaces a fund or a backup")},
        // storage
        {u"storage.system"_s, QT_TRANSLATE_NOOP("Errors", "%1")},
        {u"storage.cannot_opened"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be opened (%2)")},
        {u"storage.backup_cannot_start"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the backup cannot start (%2)")},
        {u"storage.backup_failed"_s, QT_TRANSLATE_NOOP("Errors", "%1: the backup failed (%2)")},
        {u"storage.imdp_fund_file"_s, QT_TRANSLATE_NOOP("Errors", "%1: not an IMDP fund file")},
        {u"storage.schema_version_cannot_read"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: schema version %2 cannot be read by this version")},
        {u"storage.file_damaged"_s, QT_TRANSLATE_NOOP("Errors", "%1: the file is damaged (%2)")},
        {u"storage.file_damaged_failed_integrity"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the file is damaged: failed the integrity check (%2)")},
        {u"storage.already_exists_imdp_desk"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: already exists; IMDP Desk never overwrites a file")},
        {u"storage.folder_does_exist"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the folder does not exist")},
        {u"storage.no_sqlite_connection_copy"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: no SQLite connection to copy from")},
        {u"storage.keep_must_backups"_s,
         QT_TRANSLATE_NOOP("Errors", "keep: must be from 1 to %1 backups")},
        {u"storage.every_hours_must_hours"_s,
         QT_TRANSLATE_NOOP("Errors", "every-hours: must be from 1 to %1 hours")},
        {u"storage.opened_read_only_backup"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: opened read-only; the backup settings cannot change")},
        {u"storage.already_exists_restore_replace"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: already exists; restore with --replace to put the copy in "
                           "its place (the replaced file is kept aside)")},
        {u"storage.holds_unfinished_write_journal"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: holds an unfinished write (%1-journal); open it once so "
                                     "SQLite completes the rollback, then restore")},
        {u"storage.cannot_keep_replaced_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot keep the replaced file aside at %2")},
        {u"storage.no_such_file"_s, QT_TRANSLATE_NOOP("Errors", "%1: no such file")},
        {u"storage.folder_imdp_fund_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is a folder, not an IMDP fund file")},
        {u"storage.regular_file_named_pipe"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is not a regular file (a named pipe, socket or device), not "
                           "an IMDP fund file")},
        {u"storage.cannot_read"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be read (%2)")},
        {u"storage.whole_command_was_rolled"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1; the whole command was rolled back and nothing was written")},
        {u"storage.qt_sqlite_driver_qsqlite"_s,
         QT_TRANSLATE_NOOP("Errors", "the Qt SQLite driver (QSQLITE) is not installed")},
        {u"storage.qt_sqlite_driver_gives"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the Qt SQLite driver gives no SQLite connection")},
        {u"storage.cannot_register_imdp_name"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot register imdp_name_key (%2)")},
        {u"storage.connection_refused_required_sqlite"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the connection refused the required SQLite settings")},
        {u"storage.upgrade_would_leave_row"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the upgrade would leave a row of %2 without its %3 row; "
                                     "nothing was changed")},
        {u"storage.foreign_keys_could_turned"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: foreign keys could not be turned back on")},
        {u"storage.imdp_fund_file_sqlite"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: not an IMDP fund file (not an SQLite database)")},
        {u"storage.imdp_fund_file_sqlite_2"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: not an IMDP fund file (an SQLite database of another "
                                     "application)")},
        {u"storage.written_newer_imdp_desk"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: written by a newer IMDP Desk (schema version %2; this "
                                     "version reads up to %3)")},
        {u"storage.incomplete_imdp_fund_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: an incomplete IMDP fund file (schema version %2)")},
        {u"storage.schema_version_must_upgraded"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: schema version %2 must be upgraded to %3; open it for "
                                     "writing once")},
        {u"storage.written_newer_imdp_desk_2"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: written by a newer IMDP Desk (schema version %2)")},
        {u"storage.folder_does_exist_2"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the folder %2 does not exist")},
        {u"storage.cannot_created"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be created (%2)")},
        {u"storage.cannot_opened_flush"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot be opened to flush it (%2)")},
        {u"storage.cannot_flushed_disk"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot be flushed to the disk (%2)")},
        {u"storage.folder_cannot_created"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the folder cannot be created (%2)")},
        {u"storage.exists_folder"_s, QT_TRANSLATE_NOOP("Errors", "%1: exists and is not a folder")},
        {u"storage.cannot_create_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot create a file in %2 (%3)")},
        {u"storage.cannot_written"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be written (%2)")},
        {u"storage.use_another_program_through"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: in use by another program (through another name of this "
                                     "file)")},
        {u"storage.cannot_create_lock_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot create the lock file %2 (%3)")},
        {u"storage.locked_but_program_process"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: locked by %2, but that program (process %3) is no longer "
                           "running: the lock is stale; break it knowingly with --break-lock")},
        {u"storage.use"_s, QT_TRANSLATE_NOOP("Errors", "%1: in use by %2")},
        {u"storage.cannot_remove_lock_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot remove the lock file %2 (%3)")},
        {u"storage.use_lock_was_taken"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: in use (the lock was taken again while breaking it)")},
        {u"storage.file_open"_s, QT_TRANSLATE_NOOP("Errors", "%1: the file is not open")},
        {u"storage.internal_error_exactly_one"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: internal error: not exactly one SQL statement: %2")},
        {u"storage.internal_error_values_bound"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: internal error: %2 values bound to a statement of %3 "
                                     "parameters: %4")},
        {u"storage.system_at"_s, QT_TRANSLATE_NOOP("Errors", "%1: %2")},
        {u"storage.cannot_watch_rows_written"_s,
         QT_TRANSLATE_NOOP("Errors", "cannot watch the rows written (%1)")},
        {u"storage.table_rows_were_written"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "table %1: rows %2 to %3 were written but cannot be read back")},
        {u"storage.table_row_was_written"_s,
         QT_TRANSLATE_NOOP("Errors", "table %1: row %2 was written but cannot be read back")},
        {u"storage.transaction_already_finished"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the transaction is already finished")},
        {u"storage.sqlite_rolled_transaction_back"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: SQLite rolled the transaction back after an error; nothing "
                           "was written")},
        {u"storage.read_only"_s, QT_TRANSLATE_NOOP("Errors", "%1: the file is open read-only")},
        {u"storage.in_use_by"_s, QT_TRANSLATE_NOOP("Errors", "%1: in use by %2")},
        {u"storage.in_use_other_name"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: in use by another program (through another name of this "
                                     "file)")},
        {u"storage.upgrade_copy"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot keep a copy before the upgrade (%2)")},
        {u"storage.copy_check"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the copy did not check out (%2)")},
        {u"storage.read_only_because"_s, QT_TRANSLATE_NOOP("Errors", "%1")},
        // reports
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
        // END
    };
    return t;
}

const QList<std::pair<QString, const char *>> &fields()
{
    static const QList<std::pair<QString, const char *>> f{
        {u"amount"_s, QT_TRANSLATE_NOOP("Fields", "amount")},
        {u"rate"_s, QT_TRANSLATE_NOOP("Fields", "rate")},
        {u"state"_s, QT_TRANSLATE_NOOP("Fields", "state")},
        {u"cap"_s, QT_TRANSLATE_NOOP("Fields", "cap")},
    };
    return f;
}

const char *templateOf(const QString &key)
{
    for (const auto *table : {&templates(), &detail::storageTemplates()}) {
        for (const auto &[k, t] : *table) {
            if (k == key)
                return t;
        }
    }
    return nullptr;
}

std::optional<Kind> kindOf(const QString &name)
{
    static const QHash<QString, Kind> k{
        {u"state"_s, Kind::State},
        {u"decision"_s, Kind::Decision},
        {u"origin"_s, Kind::Origin},
        {u"source"_s, Kind::Source},
        {u"entry_kind"_s, Kind::EntryKind},
        {u"report_kind"_s, Kind::ReportKind},
        {u"constituency"_s, Kind::Constituency},
        {u"member_role"_s, Kind::MemberRole},
        {u"meeting_status"_s, Kind::MeetingStatus},
        {u"organisation_kind"_s, Kind::OrganisationKind},
        {u"currency"_s, Kind::Currency},
    };
    const auto it = k.constFind(name);
    return it == k.cend() ? std::nullopt : std::optional<Kind>(*it);
}

QString render(const Error &e, const QString &language, bool withField, bool plain);

// `plain`: the English line of the CLI and the logs (amounts ungrouped, dates YYYY-MM-DD).
QString argText(const ErrorArg &a, const QString &language, bool plain)
{
    switch (a.type) {
    case ErrorArg::Type::Number:
        return plain ? QString::number(a.number) : locale(language).toString(a.number);
    case ErrorArg::Type::Date:
        return plain ? formatIsoDate(a.date) : formatDate(a.date, language);
    case ErrorArg::Type::Percent:
        return plain ? formatMinor(a.number, 2) + u'%' : formatPercentBps(a.number, language);
    case ErrorArg::Type::Money: {
        const auto c = findCurrency(a.text);
        const int digits = c ? c->minorUnits : 2;
        return plain ? formatMinor(a.number, digits) : formatFixed(a.number, digits, language);
    }
    case ErrorArg::Type::Nested:
    case ErrorArg::Type::NestedBare: {
        if (!a.error)
            return {};
        const bool field = a.type == ErrorArg::Type::Nested;
        if (plain && field)
            return a.error->message;
        if (a.error->key.isEmpty() || !templateOf(a.error->key))
            return a.error->message;
        return render(*a.error, language, field, plain);
    }
    case ErrorArg::Type::Label: {
        // Several keys, comma-separated, read as a list ("planned, held").
        const auto kind = kindOf(a.kind);
        if (!kind)
            return a.text;
        QStringList words;
        for (const QString &key : a.text.split(u','))
            words << label(*kind, key, language);
        return words.join(u", "_s);
    }
    case ErrorArg::Type::Text:
        break;
    }
    return a.text;
}

QString render(const Error &e, const QString &language, bool withField, bool plain)
{
    const char *source = templateOf(e.key);
    QString text = translate("Errors", source, language);
    if (withField) {
        text.replace(u"%field"_s, fieldName(e.field, language));
    } else {
        text.remove(u"%field"_s);
        text = text.trimmed();
    }
    // One pass over the arguments, so an argument's own "%1" is never replaced in turn.
    QStringList values;
    for (const ErrorArg &a : e.args)
        values << argText(a, language, plain);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            out += values.value(n - 1);
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

} // namespace

QString describe(const Error &e, const QString &language)
{
    if (e.key.isEmpty() || !templateOf(e.key) || normalise(language) == u"en"_s)
        return e.message;
    return render(e, normalise(language), true, false);
}

QString describeWithoutField(const Error &e, const QString &language)
{
    if (e.key.isEmpty() || !templateOf(e.key))
        return e.message;
    return render(e, normalise(language), false, normalise(language) == u"en"_s);
}

QStringList errorKeys()
{
    QStringList out;
    for (const auto *table : {&templates(), &detail::storageTemplates()}) {
        for (const auto &[k, t] : *table)
            out << k;
    }
    return out;
}

QString errorTemplate(const QString &key)
{
    const char *t = templateOf(key);
    return t ? QString::fromUtf8(t) : QString();
}

QString fieldName(const QString &field, const QString &language)
{
    for (const auto &[k, word] : fields()) {
        if (k == field)
            return translate("Fields", word, language);
    }
    return field;
}

QStringList fieldNames()
{
    QStringList out;
    for (const auto &[k, word] : fields())
        out << k;
    return out;
}

Error keyedError(ErrorCode code, const QString &field, const QString &key, QList<ErrorArg> args)
{
    Error e{code, {}};
    e = e.keyed(field, key, std::move(args));
    e.message = render(e, u"en"_s, true, true);
    return e;
}

} // namespace imdp::core::i18n

namespace imdp::core {

Error Error::badInput(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::BadInput, field, key, std::move(args));
}

Error Error::refused(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::Refused, field, key, std::move(args));
}

Error Error::notFound(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::NotFound, field, key, std::move(args));
}

Error Error::badFile(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::BadFile, field, key, std::move(args));
}

Error Error::io(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::Io, field, key, std::move(args));
}

Error Error::within(ErrorCode code, const QString &where, const Error &inner)
{
    return i18n::keyedError(code, inner.field, u"context"_s,
                            {ErrorArg::txt(where), ErrorArg::nested(inner)});
}

Error Error::within(const QString &where, const Error &inner)
{
    return within(inner.code, where, inner);
}

Error Error::withinBare(const QString &where, const Error &inner)
{
    return i18n::keyedError(inner.code, inner.field, u"context"_s,
                            {ErrorArg::txt(where), ErrorArg::nested(inner, false)});
}

} // namespace imdp::core
