// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Realistic receipts for the ledger benchmarks and the crash harness: 40 donor States, each paying
// in one of 8 currencies at a plausible fixed rate, amounts with the currency's decimals, dates
// spread over ten years, unique references. Driven by a seeded generator: same seed, same rows.

#include <QByteArray>
#include <QDate>
#include <QLatin1StringView>
#include <QString>

#include <random>

namespace imdp::bench {

inline constexpr char kReceiptsHeader[] = "date,donor,source,currency,amount,usd_rate,reference\n";

/// Row `i` of a `rows`-row receipts CSV, with its newline; the reference is `prefix` and `i`
/// zero-padded to `refDigits`.
inline QByteArray receiptRow(std::mt19937_64 &rng, qint64 i, qint64 rows, QLatin1StringView prefix,
                             int refDigits)
{
    using namespace Qt::Literals::StringLiterals;
    struct Ccy
    {
        const char *code;
        const char *rate;
        int digits;
    };
    static constexpr Ccy ccys[] = {{"EUR", "1.0850", 2}, {"SEK", "0.0952", 2},
                                   {"CHF", "1.1280", 2}, {"NOK", "0.0935", 2},
                                   {"JPY", "0.0067", 0}, {"USD", "1", 2},
                                   {"GBP", "1.2710", 2}, {"KWD", "3.2512345678", 3}};
    const int donor = int(rng() % 40);
    const Ccy &c = ccys[donor % 8];
    QString amount = QString::number(1000 + qint64(rng() % 5000000));
    if (c.digits > 0)
        amount += u'.' + QString::number(rng() % 100).rightJustified(c.digits, u'0');
    const QString date = QDate(2016, 1, 1).addDays(i * 3650 / rows).toString(Qt::ISODate);
    return u"%1,Donor State %2,donor,%3,%4,%5,%6%7\n"_s.arg(date)
        .arg(donor, 2, 10, QChar(u'0'))
        .arg(QLatin1StringView(c.code), amount, QLatin1StringView(c.rate), prefix)
        .arg(i, refDigits, 10, QChar(u'0'))
        .toUtf8();
}

} // namespace imdp::bench
