// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/money/currency.h"
#include "core/result.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <utility>

namespace imdp::core {

/// "1234.56" for 123456 with 2 minor units; "-0.05"; "1500" with 0. ASCII digits, '.' and
/// no grouping: the form of files, JSON and the CLI. minorUnits must be 0..18.
QString formatMinor(qint64 minor, int minorUnits);
/// `minor` in the locale's way: its minus sign, decimal point and digit grouping, with CLDR's
/// minimum grouping digits (es_ES: 1234,00 but 12.345,00 and 1.250.000,00). Exact: no double.
QString formatMinor(qint64 minor, int minorUnits, const QLocale &locale);

/// Exact inverse of formatMinor(): optional leading '-', digits, optional '.' and at most
/// minorUnits digits. No '+', exponent, grouping or spaces. The result is never INT64_MIN.
Result<qint64> parseMinor(QStringView text, int minorUnits);

namespace detail {
/// The parser behind parseMinor(), Money::parse() and Rate::parse(), worded for each:
/// "<noun> '1.234' has more decimals than <owner> allows (2)" (owner empty: "than allowed").
Result<qint64> parseFixedPoint(QStringView text, int digits, QStringView noun, QStringView owner);
/// The same for a person who writes `point` as the decimal sign (',' in French): no grouping.
Result<qint64> parseFixedPoint(QStringView text, int digits, QStringView noun, QStringView owner,
                               QStringView point);
/// 'text' in quotes, cut to 40 characters, control characters shown as '?': for one-line messages.
QString quoted(QStringView text);
} // namespace detail

/// An exact amount of one currency, in integer minor units (cents, fils, yen). Immutable.
/// The range is symmetric, -INT64_MAX..INT64_MAX minor units, so that negation cannot overflow.
class Money
{
public:
    /// Exact parse of the file/CLI form ("1234.56"), see parseMinor(); `currency` is an ISO code.
    static Result<Money> parse(QStringView text, QStringView currency);
    /// Parse what a person typed in the UI: the locale's grouping, decimal point and minus sign
    /// (and ASCII '-'). Grouping is checked so that de_DE "1.5" is refused, not read as 15.
    static Result<Money> parseLocalized(QStringView text, QStringView currency,
                                        const QLocale &locale);
    static Result<Money> fromMinor(qint64 minor, QStringView currency);
    static Result<Money> zero(QStringView currency) { return fromMinor(0, currency); }

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    int minorUnits() const { return m_minorUnits; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    /// The file/CLI form, without the currency code: "1234.56", "-0.05", "1500" (JPY).
    QString toString() const;
    /// For display: the locale's grouping, decimal point and minus sign, ASCII digits, no code.
    QString format(const QLocale &locale) const;

    /// Checked arithmetic: an error for mixed currencies or a result outside the range.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    /// Cannot fail: the range is symmetric.
    Money negated() const { return Money(-m_minor, m_currency, m_minorUnits); }

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    /// Amounts of different currencies are unordered: <, <=, >, >= are all false for them.
    friend std::partial_ordering operator<=>(const Money &a, const Money &b)
    {
        if (a.m_currency != b.m_currency)
            return std::partial_ordering::unordered;
        return a.m_minor <=> b.m_minor;
    }

private:
    Money(qint64 minor, QString currency, int minorUnits)
        : m_minor(minor)
        , m_currency(std::move(currency))
        , m_minorUnits(minorUnits)
    {
    }

    qint64 m_minor;
    QString m_currency;
    int m_minorUnits; // cached from the ISO table so that formatting needs no lookup
};

} // namespace imdp::core
