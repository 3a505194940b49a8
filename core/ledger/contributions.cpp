// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// What pledges and receipts share: their source, money fields and donor.
#include "core/fund/fund.h"
#include "core/ledger/contribution.h"
#include "core/ledger/journal.h"
#include "core/money/currency.h"
#include "core/money/limit.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/storage/database.h"
#include "core/validate.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

namespace detail {

Status checkSource(const QString &source)
{
    if (source != u"donor"_s && source != u"bank"_s)
        return Error::badInput(u"source"_s, u"ledger.source_must_donor_bank"_s,
                               {ErrorArg::txt(source.left(40))});
    return {};
}

Result<qint64> checkMoney(const QString &currency, qint64 amountMinor, qint64 rateScaled,
                          const QDate &date)
{
    if (!date.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    auto cur = requireCurrency(currency);
    if (!cur)
        return Error::within(u"currency"_s, cur.error());
    if (amountMinor <= 0)
        return Error::badInput(u"amount"_s, u"ledger.amount_must_greater_than"_s, {});
    auto rate = Rate::fromScaled(rateScaled);
    if (!rate)
        return Error::within(u"usd_rate"_s, rate.error());
    auto money = Money::fromMinor(amountMinor, currency);
    if (!money)
        return Error::within(u"amount"_s, money.error());
    if (amountMinor > kMaxAmountMinor)
        return amountLimitRefusal(amountMinor, currency);
    auto usdValue = rate->toUsdMinor(*money);
    if (!usdValue)
        return Error::within(u"usd_rate"_s, usdValue.error());
    if (*usdValue <= 0)
        return Error::badInput(u"amount"_s, u"ledger.amount_converts_usd"_s,
                               {ErrorArg::txt(money->toString()), ErrorArg::txt(currency),
                                ErrorArg::txt(rate->toString())});
    return *usdValue;
}

/// The donor by name or short name; unknown ones are created when allowed. A bank source must
/// be an organisation of kind bank and the other way round: the DGF cap counts on it.
Result<Donor> resolveDonor(Database &db, const QString &name, const QString &source, bool create)
{
    if (auto v = checkLine(u"donor"_s, name, 160); !v)
        return v.error();
    auto org = organisations::find(db, name.trimmed());
    if (!org) {
        if (org.error().code != ErrorCode::NotFound || !create)
            return organisations::findForNew(db, u"donor"_s, name).error();
        Organisation o;
        o.name = name.trimmed();
        o.kind = source == u"bank"_s ? u"bank"_s : u"other"_s;
        auto id = organisations::add(db, o);
        if (!id)
            return Error::within(u"donor"_s, id.error());
        return Donor{*id, o.name};
    }
    if (org->retired)
        return organisations::findForNew(db, u"donor"_s, name).error();
    const bool bank = org->kind == u"bank"_s;
    if (bank != (source == u"bank"_s))
        return Error::badInput(u"source"_s,
                               bank ? u"ledger.source_is_bank"_s : u"ledger.source_not_bank"_s,
                               {ErrorArg::txt(org->name)});
    return Donor{org->id, org->name};
}

int contributionAccount(const QString &source)
{
    return source == u"bank"_s ? BankResources : Contributions;
}

} // namespace detail

} // namespace imdp::core::ledger
