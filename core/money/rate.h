// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/money/money.h"
#include "core/result.h"

#include <QString>
#include <QStringView>

namespace imdp::core {

/// The fund's base currency. Every rate converts into it.
inline constexpr char16_t kBaseCurrency[] = u"USD";
inline constexpr int kBaseMinorUnits = 2;
/// The largest USD value (in cents) of an amount and of an account's gross total:
/// 10,000,000,000,000.00 USD; see ledger::kMaxTotalUsdMinor and docs/data-model.md "Guarantees".
inline constexpr qint64 kMaxUsdMinor = 1'000'000'000'000'000;

/// USD per one unit of a currency (EUR 1.085 means 1 EUR = 1.085 USD): an exact decimal with at
/// most 10 fractional digits, held as an integer scaled by 10^10. Always > 0. Immutable.
class Rate
{
public:
    static constexpr int kDigits = 10;
    static constexpr qint64 kScale = Q_INT64_C(10000000000);

    /// "1", "1.0850", "0.9123456789"; no sign, exponent, grouping or more than 10 decimals.
    static Result<Rate> parse(QStringView text);
    /// As a person types it: `locale`'s decimal sign ("1,085" in French), still no grouping; the
    /// messages quote the text as typed and name that sign.
    static Result<Rate> parseLocalized(QStringView text, const QLocale &locale);
    static Result<Rate> fromScaled(qint64 scaled);
    static Rate one() { return Rate(kScale); }

    qint64 scaled() const { return m_scaled; }
    bool isOne() const { return m_scaled == kScale; }
    /// Shortest exact form: "1.085", "1", "0.0000000001".
    QString toString() const;

    /// amount × rate in USD minor units, rounded once, half away from zero, to the cent.
    /// The product is exact (128-bit); an error if the result leaves the qint64 range or if a USD
    /// amount is given a rate other than 1.
    Result<qint64> toUsdMinor(const Money &amount) const;
    /// As toUsdMinor(), as a USD Money.
    Result<Money> toUsd(const Money &amount) const;

    friend bool operator==(const Rate &a, const Rate &b) { return a.m_scaled == b.m_scaled; }

private:
    explicit Rate(qint64 scaled)
        : m_scaled(scaled)
    {
    }

    qint64 m_scaled;
};

} // namespace imdp::core
