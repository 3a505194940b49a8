// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The error templates of numbers, amounts, rates, text and dates, the cap and the funding figures
// (core/money, core/funding, core/validate): English sources of context "Errors" (French and
// Spanish in resources/translations/*.ts). Looked up through core/i18n/errors.cpp's one table.
#include "core/i18n/errortables.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n::tables {

const TemplateTable &base()
{
    static const TemplateTable t{
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
    };
    return t;
}

} // namespace imdp::core::i18n::tables
