// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Exchange rates: USD per unit of a currency, by date.
#include "core/ledger/rates.h"

#include "core/money/currency.h"
#include "core/money/rate.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

// ---- Exchange rates ---------------------------------------------------------------------------

Status addRate(Database &db, const ExchangeRate &r)
{
    auto cur = requireCurrency(r.currency);
    if (!cur)
        return Error::within(u"currency"_s, cur.error());
    if (r.currency == QStringView(kBaseCurrency))
        return Error::badInput(u"currency"_s, u"ledger.currency_usd_base_currency"_s, {});
    if (!r.date.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    auto rate = Rate::fromScaled(r.rateScaled);
    if (!rate)
        return Error::within(u"usd_rate"_s, rate.error());
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM exchange_rate WHERE currency = ? AND "
                                 "date = ?"_s,
                             {r.currency, formatIsoDate(r.date)});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(u"rate"_s, u"ledger.rate_already_recorded"_s,
                              {ErrorArg::txt(r.currency), ErrorArg::day(r.date)});
    Query q(db, u"INSERT INTO exchange_rate (currency, date, rate_scaled) VALUES (?, ?, ?)"_s);
    q.bind(r.currency).bind(formatIsoDate(r.date)).bind(r.rateScaled);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"ledger.rate"_s,
                               {{u"currency"_s, r.currency}, {u"date"_s, formatIsoDate(r.date)},
                                {u"rate"_s, rate->toString()}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<ExchangeRate>> rates(Database &db, const QString &currency)
{
    Query q(db, u"SELECT currency, date, rate_scaled FROM exchange_rate "
                "WHERE ? = '' OR currency = ? ORDER BY currency, date"_s);
    q.bind(currency).bind(currency);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<ExchangeRate> out;
    while (q.next())
        out.append({q.text(0), QDate::fromString(q.text(1), Qt::ISODate), q.integer(2)});
    return out;
}

Result<qint64> rateOn(Database &db, const QString &currency, const QDate &date)
{
    if (currency == QStringView(kBaseCurrency))
        return Rate::kScale;
    Query q(db, u"SELECT rate_scaled FROM exchange_rate WHERE currency = ? AND date <= ? "
                "ORDER BY date DESC LIMIT 1"_s);
    q.bind(currency).bind(formatIsoDate(date));
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u""_s, u"ledger.no_rate_recorded_before"_s,
                               {ErrorArg::txt(currency.left(8)), ErrorArg::day(date)});
    return q.integer(0);
}

} // namespace imdp::core::ledger
