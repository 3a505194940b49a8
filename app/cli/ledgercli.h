// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Helpers shared by the ledger's command files: contributioncommands.cpp (imports, pledges,
// receipts), entrycommands.cpp (the other entries, rates, the fee) and ledgerviewcommands.cpp
// (a project's balances, the position, the journal, the trial balance).

#include "app/cli/cli.h"

#include "core/clock.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/validate.h"

#include <QDate>

namespace imdp::cli::ledgercli {

using core::Error;
using namespace Qt::Literals::StringLiterals;

/// "amount '1.5' has ..." reads "amount: '1.5' has ..." once the field is named first.
inline Error named(const QString &field, const Error &e)
{
    // Keeps the key and arguments, so --lang words it (a new Error{code, message} would not).
    return Error::withinBare(field, e);
}

inline core::Result<QDate> dateOption(const Invocation &c, const QString &name = u"date"_s)
{
    if (!c.isSet(name))
        return core::Clock::today();
    return core::parseIsoDate(name, c.value(name));
}

inline core::Result<qint64> usdAmount(const QString &text, const QString &field = u"amount"_s)
{
    auto v = core::parseMinor(text, core::kBaseMinorUnits);
    if (!v)
        return named(field, v.error());
    if (*v <= 0)
        return Error::badInput(
            cli::tr("%1: '%2' must be greater than zero").arg(field, text.left(40)));
    return *v;
}

inline core::Result<qint64> rateOption(const Invocation &c)
{
    if (!c.isSet(u"rate"_s))
        return 0; // the rate table pre-fills it
    auto r = core::Rate::parse(c.value(u"rate"_s));
    if (!r)
        return named(u"usd_rate"_s, r.error());
    return r->scaled();
}

/// The USD amount at positional `index` and the --date option of an entry command; `signedAmount`
/// takes a leading '-' (a fee adjustment giving back).
struct AmountAndDate
{
    qint64 usdMinor = 0;
    QDate date;
};
inline core::Result<AmountAndDate> amountAndDate(const Invocation &c, int index,
                                                 bool signedAmount = false)
{
    const QString text = c.arg(index);
    const bool negative = signedAmount && text.startsWith(u'-');
    auto amount = usdAmount(negative ? text.sliced(1) : text);
    if (!amount)
        return amount.error();
    auto date = dateOption(c);
    if (!date)
        return date.error();
    return AmountAndDate{negative ? -*amount : *amount, *date};
}

inline int posted(const core::Result<qint64> &r, const QString &what)
{
    if (!r)
        return fail(r.error());
    out(what.arg(*r));
    return Ok;
}

} // namespace imdp::cli::ledgercli
