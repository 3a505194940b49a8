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
        return Error::badInput(u"currency: "_s + cur.error().message);
    if (r.currency == QStringView(kBaseCurrency))
        return Error::badInput(u"currency: USD is the base currency; its rate is always 1"_s);
    if (!r.date.isValid())
        return Error::badInput(u"date: is required"_s);
    auto rate = Rate::fromScaled(r.rateScaled);
    if (!rate)
        return Error::badInput(u"usd_rate: "_s + rate.error().message);
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM exchange_rate WHERE currency = ? AND "
                                 "date = ?"_s,
                             {r.currency, formatIsoDate(r.date)});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(u"rate: %1 on %2 is already recorded"_s.arg(r.currency, formatIsoDate(r.date)));
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
        return Error::notFound(u"no rate recorded for %1 on or before %2"_s.arg(
            currency.left(8), formatIsoDate(date)));
    return q.integer(0);
}

} // namespace imdp::core::ledger
