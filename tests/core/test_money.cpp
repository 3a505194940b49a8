// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"

#include "../testutil.h" // the suite's printing of QString in failure messages

#include <QLocale>
#include <QString>

#include <catch2/catch.hpp>

#include <limits>
#include <tuple>

using namespace Qt::Literals::StringLiterals;
using imdp::core::allCurrencies;
using imdp::core::findCurrency;
using imdp::core::formatMinor;
using imdp::core::Money;
using imdp::core::parseMinor;
using imdp::core::Rate;
using imdp::core::requireCurrency;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 k2p62 = Q_INT64_C(4611686018427387904);

Money money(const QString &text, const QString &currency)
{
    auto m = Money::parse(text, currency);
    INFO(text.toStdString() << ' ' << currency.toStdString());
    REQUIRE(m.ok());
    return *m;
}

Money minorOf(qint64 minor, const QString &currency)
{
    auto m = Money::fromMinor(minor, currency);
    REQUIRE(m.ok());
    return *m;
}

Rate rate(const QString &text)
{
    auto r = Rate::parse(text);
    INFO(text.toStdString());
    REQUIRE(r.ok());
    return *r;
}

template<typename T>
std::string messageOf(const imdp::core::Result<T> &r)
{
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == imdp::core::ErrorCode::BadInput);
    return r.error().message.toStdString();
}

QString usdOf(const Money &amount, const Rate &r)
{
    auto cents = r.toUsdMinor(amount);
    REQUIRE(cents.ok());
    return formatMinor(*cents, 2);
}

} // namespace

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

// ---------------------------------------------------------------------------------------------
// The ISO 4217 table

TEST_CASE("currency table gives ISO 4217 minor units, not ICU's", "[money][currency]")
{
    auto [code, digits] = GENERATE(table<QString, int>({
        {u"USD"_s, 2}, {u"EUR"_s, 2}, {u"GBP"_s, 2}, {u"CHF"_s, 2}, {u"SEK"_s, 2}, {u"NOK"_s, 2},
        {u"DKK"_s, 2}, {u"JPY"_s, 0}, {u"CAD"_s, 2}, {u"AUD"_s, 2}, {u"KWD"_s, 3}, {u"BHD"_s, 3},
        {u"NZD"_s, 2}, {u"CNY"_s, 2}, {u"INR"_s, 2}, {u"BRL"_s, 2}, {u"ZAR"_s, 2}, {u"MXN"_s, 2},
        {u"KRW"_s, 0}, {u"ISK"_s, 0}, {u"CLP"_s, 0}, {u"TND"_s, 3}, {u"JOD"_s, 3}, {u"OMR"_s, 3},
        {u"LYD"_s, 3}, {u"IQD"_s, 3}, {u"RSD"_s, 2}, {u"LAK"_s, 2}, {u"MGA"_s, 2}, {u"XOF"_s, 0},
        {u"XAF"_s, 0}, {u"PHP"_s, 2}, {u"VND"_s, 0}, {u"UGX"_s, 0}, {u"PYG"_s, 0},
    }));
    CAPTURE(code);
    const auto c = findCurrency(code);
    REQUIRE(c.has_value());
    CHECK(c->code == code);
    CHECK(c->minorUnits == digits);
    CHECK_FALSE(c->name.isEmpty());
}

TEST_CASE("currency table is sorted, unique and well formed", "[money][currency]")
{
    const QList<imdp::core::Currency> &all = allCurrencies();
    CHECK(all.size() >= 150);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto &c = all.at(i);
        CAPTURE(c.code);
        CHECK(c.code.size() == 3);
        for (QChar ch : c.code)
            CHECK((ch >= u'A' && ch <= u'Z'));
        CHECK((c.minorUnits >= 0 && c.minorUnits <= 3));
        CHECK_FALSE(c.name.isEmpty());
        if (i > 0)
            CHECK(all.at(i - 1).code < c.code); // bisection in findCurrency() relies on it
        // Every row is reachable through the lookup.
        const auto found = findCurrency(c.code);
        REQUIRE(found.has_value());
        CHECK(found->minorUnits == c.minorUnits);
    }
    CHECK(findCurrency(all.front().code).has_value());
    CHECK(findCurrency(all.back().code).has_value());
}

TEST_CASE("currency lookup is exact and case-sensitive", "[money][currency]")
{
    auto code = GENERATE(u"usd"_s, u"Usd"_s, u"US"_s, u"USDD"_s, u""_s, u" USD"_s, u"U$D"_s,
                         u"XXX"_s, u"AAA"_s, u"ZZZ"_s, u"HRK"_s);
    CAPTURE(code);
    CHECK_FALSE(findCurrency(code).has_value());
    const auto r = requireCurrency(code);
    CHECK_THAT(messageOf(r), Contains("unknown currency code '" + code.toStdString() + "'"));
}

// ---------------------------------------------------------------------------------------------
// Exact parsing and formatting (files, CLI, JSON)

TEST_CASE("Money::parse reads exact minor units and toString writes them back", "[money]")
{
    auto [text, currency, minor, canonical] = GENERATE(table<QString, QString, qint64, QString>({
        {u"1234.56"_s, u"USD"_s, 123456, u"1234.56"_s},
        {u"-0.05"_s, u"USD"_s, -5, u"-0.05"_s},
        {u"0.1"_s, u"USD"_s, 10, u"0.10"_s},
        {u"1.5"_s, u"EUR"_s, 150, u"1.50"_s},
        {u"0"_s, u"USD"_s, 0, u"0.00"_s},
        {u"-0"_s, u"USD"_s, 0, u"0.00"_s},
        {u"-0.00"_s, u"USD"_s, 0, u"0.00"_s},
        {u"007"_s, u"CHF"_s, 700, u"7.00"_s},
        {u"1500"_s, u"JPY"_s, 1500, u"1500"_s},
        {u"-1500"_s, u"JPY"_s, -1500, u"-1500"_s},
        {u"1.234"_s, u"KWD"_s, 1234, u"1.234"_s},
        {u"1.2"_s, u"KWD"_s, 1200, u"1.200"_s},
        {u"-0.001"_s, u"BHD"_s, -1, u"-0.001"_s},
        {u"12.345"_s, u"IQD"_s, 12345, u"12.345"_s},
        {u"46116860184273879.04"_s, u"USD"_s, k2p62, u"46116860184273879.04"_s},
        {u"92233720368547758.07"_s, u"USD"_s, kMax, u"92233720368547758.07"_s},
        {u"-92233720368547758.07"_s, u"USD"_s, -kMax, u"-92233720368547758.07"_s},
        {u"9223372036854775807"_s, u"JPY"_s, kMax, u"9223372036854775807"_s},
        {u"9223372036854775.807"_s, u"KWD"_s, kMax, u"9223372036854775.807"_s},
    }));
    CAPTURE(text, currency);
    const Money m = money(text, currency);
    CHECK(m.minor() == minor);
    CHECK(m.currency() == currency);
    CHECK(m.toString() == canonical);
    CHECK(Money::parse(m.toString(), currency)->minor() == minor);
}

TEST_CASE("Money::parse refuses malformed amounts and says why", "[money]")
{
    auto [text, currency, reason] = GENERATE(table<QString, QString, std::string>({
        {u""_s, u"USD"_s, "amount is empty"},
        {u"-"_s, u"USD"_s, "has no digits"},
        {u".5"_s, u"USD"_s, "has no digit before '.'"},
        {u"-.5"_s, u"USD"_s, "has no digit before '.'"},
        {u"5."_s, u"USD"_s, "has no digit after '.'"},
        {u"1500."_s, u"JPY"_s, "has no digit after '.'"},
        {u"1.234"_s, u"USD"_s, "has more decimals than USD allows (2)"},
        {u"1.230"_s, u"USD"_s, "has more decimals than USD allows (2)"},
        {u"1.5"_s, u"JPY"_s, "has more decimals than JPY allows (0)"},
        {u"1500.0"_s, u"JPY"_s, "has more decimals than JPY allows (0)"},
        {u"1.2345"_s, u"KWD"_s, "has more decimals than KWD allows (3)"},
        {u"0.0001"_s, u"IQD"_s, "has more decimals than IQD allows (3)"},
        {u"1e5"_s, u"USD"_s, "exponent"},
        {u"1.5E2"_s, u"USD"_s, "exponent"},
        {u"1,000.00"_s, u"USD"_s, "contains ',': write no thousands separators"},
        {u"1,5"_s, u"EUR"_s, "contains ','"},
        {u"1'000"_s, u"CHF"_s, "thousands separators"},
        {u"1_000"_s, u"USD"_s, "thousands separators"},
        {u"1 000"_s, u"USD"_s, "white space"},
        {u" 1"_s, u"USD"_s, "white space"},
        {u"1\t"_s, u"USD"_s, "white space"},
        {u"1\u202F000"_s, u"USD"_s, "white space"},
        {u"+5"_s, u"USD"_s, "has a '+'"},
        {u"5-"_s, u"USD"_s, "'-' that is not at the start"},
        {u"--5"_s, u"USD"_s, "'-' that is not at the start"},
        {u"1.2.3"_s, u"USD"_s, "has more than one '.'"},
        {u"12abc"_s, u"USD"_s, "contains 'a'"},
        {u"\u0661\u0662"_s, u"USD"_s, "only digits"},
        {u"1\u0001"_s, u"USD"_s, "control character"},
        {u"92233720368547758.08"_s, u"USD"_s, "is too large"},
        {u"-92233720368547758.08"_s, u"USD"_s, "is too large"},
        {u"92233720368547758.1"_s, u"USD"_s, "is too large"},
        {u"92233720368547759"_s, u"USD"_s, "is too large"},
        {u"9223372036854775808"_s, u"JPY"_s, "is too large"},
        {u"9223372036854775.808"_s, u"KWD"_s, "is too large"},
        {u"99999999999999999999999999"_s, u"USD"_s, "is too large"},
        {u"1"_s, u"usd"_s, "unknown currency code 'usd'"},
        {u"1"_s, u"XYZ"_s, "unknown currency code 'XYZ'"},
    }));
    CAPTURE(text, currency);
    const auto r = Money::parse(text, currency);
    const std::string message = messageOf(r);
    CHECK_THAT(message, Contains(reason));
    if (!text.isEmpty() && currency == currency.toUpper() && currency != u"XYZ"_s)
        CHECK_THAT(message, StartsWith("amount " + imdp::core::detail::quoted(text).toStdString()));
    CHECK_FALSE(message.find('\n') != std::string::npos);
}

TEST_CASE("messages quote long or hostile input on one bounded line", "[money]")
{
    const QString hostile = u"12\n\u0007"_s + QString(200, u'9');
    const std::string message = messageOf(Money::parse(hostile, u"USD"_s));
    CHECK(message.find('\n') == std::string::npos);
    CHECK(message.find('\a') == std::string::npos);
    CHECK(message.size() < 160);
    CHECK_THAT(message, Contains("'12??"));
}

TEST_CASE("formatMinor and parseMinor are exact inverses", "[money]")
{
    auto [minor, units, text] = GENERATE(table<qint64, int, QString>({
        {123456, 2, u"1234.56"_s},
        {-5, 2, u"-0.05"_s},
        {-100, 2, u"-1.00"_s},
        {0, 2, u"0.00"_s},
        {1500, 0, u"1500"_s},
        {-7, 0, u"-7"_s},
        {1234, 3, u"1.234"_s},
        {-999, 3, u"-0.999"_s},
        {5, 10, u"0.0000000005"_s},
        {kMax, 2, u"92233720368547758.07"_s},
        {-kMax, 0, u"-9223372036854775807"_s},
        {kMax, 18, u"9.223372036854775807"_s},
    }));
    CAPTURE(minor, units);
    CHECK(formatMinor(minor, units) == text);
    const auto back = parseMinor(text, units);
    REQUIRE(back.ok());
    CHECK(*back == minor);
}

TEST_CASE("parseMinor keeps the range symmetric and checks its unit count", "[money]")
{
    CHECK(formatMinor(kMin, 2) == u"-92233720368547758.08"_s); // formatting must not overflow
    CHECK_THAT(messageOf(parseMinor(u"-92233720368547758.08"_s, 2)), Contains("too large"));
    CHECK_THAT(messageOf(parseMinor(u"1.234"_s, 2)),
               Contains("has more decimals than allowed (2)"));
    CHECK_THAT(messageOf(parseMinor(u"1"_s, 19)), Contains("cannot have 19 decimals"));
    CHECK_THAT(messageOf(parseMinor(u"1"_s, -1)), Contains("cannot have -1 decimals"));
    CHECK(*parseMinor(u"9.223372036854775807"_s, 18) == kMax);
}

// ---------------------------------------------------------------------------------------------
// Rates and the one rounding

TEST_CASE("Rate::parse keeps up to 10 exact decimals", "[money][rate]")
{
    auto [text, scaled, shortest] = GENERATE(table<QString, qint64, QString>({
        {u"1"_s, Q_INT64_C(10000000000), u"1"_s},
        {u"1.0"_s, Q_INT64_C(10000000000), u"1"_s},
        {u"1.0850"_s, Q_INT64_C(10850000000), u"1.085"_s},
        {u"0.9123456789"_s, Q_INT64_C(9123456789), u"0.9123456789"_s},
        {u"0.0000000001"_s, 1, u"0.0000000001"_s},
        {u"0.0067"_s, 67000000, u"0.0067"_s},
        {u"1000"_s, Q_INT64_C(10000000000000), u"1000"_s},
        {u"150.10"_s, Q_INT64_C(1501000000000), u"150.1"_s},
        {u"922337203.6854775807"_s, kMax, u"922337203.6854775807"_s},
    }));
    CAPTURE(text);
    const Rate r = rate(text);
    CHECK(r.scaled() == scaled);
    CHECK(r.toString() == shortest);
    CHECK(r.isOne() == (scaled == Rate::kScale));
    CHECK(Rate::parse(r.toString())->scaled() == scaled);
}

TEST_CASE("Rate::parse refuses what is not a positive exact rate", "[money][rate]")
{
    auto [text, reason] = GENERATE(table<QString, std::string>({
        {u""_s, "rate is empty"},
        {u"0"_s, "must be greater than zero"},
        {u"0.0000000000"_s, "must be greater than zero"},
        {u"-1.2"_s, "must be greater than zero"},
        {u"1.00000000001"_s, "has more decimals than a rate allows (10)"},
        {u"0.12345678901"_s, "has more decimals than a rate allows (10)"},
        {u"1e-3"_s, "exponent"},
        {u"1,085"_s, "contains ','"},
        {u"+1"_s, "has a '+'"},
        {u"922337203.6854775808"_s, "is too large"},
    }));
    CAPTURE(text);
    CHECK_THAT(messageOf(Rate::parse(text)), Contains(reason));
}

TEST_CASE("Rate::fromScaled and one()", "[money][rate]")
{
    CHECK(Rate::one().isOne());
    CHECK(Rate::one() == rate(u"1.000"_s));
    CHECK_FALSE(rate(u"1.0000000001"_s).isOne());
    CHECK_FALSE(rate(u"0.9999999999"_s).isOne());
    CHECK(Rate::fromScaled(123)->toString() == u"0.0000000123"_s);
    CHECK_THAT(messageOf(Rate::fromScaled(0)), Contains("greater than zero"));
    CHECK_THAT(messageOf(Rate::fromScaled(-5)), Contains("greater than zero"));
}

TEST_CASE("conversion to USD rounds once, half away from zero", "[money][rate]")
{
    auto [amount, currency, rateText, usd] = GENERATE(table<QString, QString, QString, QString>({
        // 2-digit currencies: the half cent and its neighbours
        {u"0.01"_s, u"EUR"_s, u"0.5"_s, u"0.01"_s},
        {u"-0.01"_s, u"EUR"_s, u"0.5"_s, u"-0.01"_s},
        {u"0.01"_s, u"EUR"_s, u"0.49999"_s, u"0.00"_s},
        {u"-0.01"_s, u"EUR"_s, u"0.49999"_s, u"0.00"_s},
        {u"0.01"_s, u"EUR"_s, u"0.4999999999"_s, u"0.00"_s},
        {u"0.01"_s, u"EUR"_s, u"0.5000000001"_s, u"0.01"_s},
        {u"0.01"_s, u"EUR"_s, u"0.4951"_s, u"0.00"_s}, // 0.004951: rounding twice gives 0.01
        {u"0.03"_s, u"GBP"_s, u"0.5"_s, u"0.02"_s},
        {u"-0.03"_s, u"GBP"_s, u"0.5"_s, u"-0.02"_s},
        {u"1234567.89"_s, u"EUR"_s, u"1.085"_s, u"1339506.16"_s},
        {u"9999999999.99"_s, u"EUR"_s, u"1.0850000001"_s, u"10850000000.99"_s},
        {u"10000000000"_s, u"CHF"_s, u"1.2345678901"_s, u"12345678901.00"_s}, // > 2^63 product
        // 0-digit currencies
        {u"1"_s, u"JPY"_s, u"0.005"_s, u"0.01"_s},
        {u"-1"_s, u"JPY"_s, u"0.005"_s, u"-0.01"_s},
        {u"1"_s, u"JPY"_s, u"0.0049999"_s, u"0.00"_s},
        {u"-1"_s, u"JPY"_s, u"0.0049999"_s, u"0.00"_s},
        {u"3"_s, u"JPY"_s, u"0.005"_s, u"0.02"_s},
        {u"-3"_s, u"JPY"_s, u"0.005"_s, u"-0.02"_s},
        {u"1500"_s, u"JPY"_s, u"0.0067"_s, u"10.05"_s},
        {u"7"_s, u"KRW"_s, u"0.00075"_s, u"0.01"_s}, // 0.00525
        // 3-digit currencies
        {u"0.005"_s, u"KWD"_s, u"1"_s, u"0.01"_s},
        {u"-0.005"_s, u"KWD"_s, u"1"_s, u"-0.01"_s},
        {u"0.004"_s, u"KWD"_s, u"1.2499999999"_s, u"0.00"_s},
        {u"0.004"_s, u"KWD"_s, u"1.25"_s, u"0.01"_s},
        {u"1.234"_s, u"KWD"_s, u"3.25"_s, u"4.01"_s},
        {u"0.015"_s, u"BHD"_s, u"1"_s, u"0.02"_s},
        {u"-0.025"_s, u"BHD"_s, u"1"_s, u"-0.03"_s},
        {u"0.001"_s, u"BHD"_s, u"4.9999999999"_s, u"0.00"_s},
        {u"-0.001"_s, u"BHD"_s, u"4.9999999999"_s, u"0.00"_s},
        {u"0.001"_s, u"BHD"_s, u"5"_s, u"0.01"_s},
        {u"0.001"_s, u"IQD"_s, u"4.951"_s, u"0.00"_s}, // 0.004951 again, from 3 digits
        // USD itself, at exactly 1
        {u"0.01"_s, u"USD"_s, u"1"_s, u"0.01"_s},
        {u"-1234.56"_s, u"USD"_s, u"1.0000000000"_s, u"-1234.56"_s},
    }));
    CAPTURE(amount, currency, rateText);
    CHECK(usdOf(money(amount, currency), rate(rateText)) == usd);
    const auto asMoney = rate(rateText).toUsd(money(amount, currency));
    REQUIRE(asMoney.ok());
    CHECK(asMoney->currency() == u"USD"_s);
    CHECK(asMoney->toString() == usd);
}

TEST_CASE("a half cent rounds away from zero wherever the rate's digits put it", "[money][rate]")
{
    // amount × rate is exactly 0.5 cent with the 5 at every rate position, then one unit of the
    // rate's last digit below and above it.
    auto [currency, maxShift, firstScale] = GENERATE(table<QString, int, qint64>({
        {u"EUR"_s, 9, Q_INT64_C(5000000000)},  // 1 cent × 0.5
        {u"JPY"_s, 7, Q_INT64_C(50000000)},    // 1 yen × 0.005
        {u"KWD"_s, 9, Q_INT64_C(50000000000)}, // 1 fils × 5
        {u"BHD"_s, 9, Q_INT64_C(50000000000)},
    }));
    const int shift = GENERATE(range(0, 10));
    if (shift > maxShift)
        return;
    qint64 minor = 1;
    qint64 scaled = firstScale;
    for (int k = 0; k < shift; ++k) {
        minor *= 10;
        scaled /= 10;
    }
    CAPTURE(currency, shift, minor, scaled);
    const Money plus = minorOf(minor, currency);
    const Money negative = plus.negated();
    const Rate half = *Rate::fromScaled(scaled);
    const Rate below = *Rate::fromScaled(scaled - 1);
    const Rate above = *Rate::fromScaled(scaled + 1);
    CHECK(*half.toUsdMinor(plus) == 1);
    CHECK(*half.toUsdMinor(negative) == -1);
    CHECK(*below.toUsdMinor(plus) == 0);
    CHECK(*below.toUsdMinor(negative) == 0);
    CHECK(*above.toUsdMinor(plus) == 1);
    CHECK(*above.toUsdMinor(negative) == -1);
}

TEST_CASE("conversion near the limits of qint64", "[money][rate]")
{
    SECTION("rate 1 keeps amounts near 2^62 and int64 max exactly")
    {
        CHECK(*Rate::one().toUsdMinor(minorOf(k2p62, u"USD"_s)) == k2p62);
        CHECK(*Rate::one().toUsdMinor(minorOf(k2p62 + 1, u"EUR"_s)) == k2p62 + 1);
        CHECK(*Rate::one().toUsdMinor(minorOf(kMax, u"USD"_s)) == kMax);
        CHECK(*Rate::one().toUsdMinor(minorOf(kMax, u"EUR"_s)) == kMax);
        CHECK(*Rate::one().toUsdMinor(minorOf(-kMax, u"EUR"_s)) == -kMax);
        CHECK(usdOf(minorOf(kMax, u"KWD"_s), Rate::one()) == u"9223372036854775.81"_s);
        CHECK(usdOf(minorOf(kMax / 100, u"JPY"_s), Rate::one()) == u"92233720368547758.00"_s);
    }
    SECTION("just below the limit with a rate near 2")
    {
        CHECK(usdOf(minorOf(k2p62, u"EUR"_s), rate(u"1.9999999999"_s)) ==
              u"92233720363936072.06"_s);
    }
    SECTION("overflow of the USD result is an error, never a wrap")
    {
        const auto overflow = [](const Money &m, const Rate &r) {
            CHECK_THAT(messageOf(r.toUsdMinor(m)), Contains("more USD than an amount can hold"));
        };
        overflow(minorOf(k2p62, u"EUR"_s), rate(u"2"_s));
        overflow(minorOf(-k2p62, u"EUR"_s), rate(u"2"_s));
        overflow(minorOf(kMax, u"EUR"_s), rate(u"1.0000000001"_s));
        overflow(minorOf(-kMax, u"EUR"_s), rate(u"1.0000000001"_s));
        overflow(minorOf(kMax, u"JPY"_s), Rate::one()); // yen to cents multiplies by 100
        overflow(minorOf(kMax / 100 + 1, u"JPY"_s), Rate::one());
        overflow(minorOf(kMax, u"KWD"_s), *Rate::fromScaled(kMax));
        CHECK_FALSE(Rate::one().toUsd(minorOf(kMax, u"JPY"_s)).ok());
    }
}

TEST_CASE("a USD amount converts only at rate 1", "[money][rate]")
{
    const Money usd = money(u"10.00"_s, u"USD"_s);
    CHECK(*Rate::one().toUsdMinor(usd) == 1000);
    CHECK_THAT(messageOf(rate(u"1.0000000001"_s).toUsdMinor(usd)),
               Contains("a USD amount converts at rate 1, not 1.0000000001"));
    CHECK_FALSE(rate(u"0.5"_s).toUsd(usd).ok());
}

// ---------------------------------------------------------------------------------------------
// Locale formatting and entry (UI)

TEST_CASE("format uses the locale's separators and sign, and exact digits", "[money][locale]")
{
    const QLocale en(u"en_US"_s);
    CHECK(minorOf(123456, u"USD"_s).format(en) == u"1,234.56"_s);
    CHECK(minorOf(-123456, u"USD"_s).format(en) == u"-1,234.56"_s);
    CHECK(minorOf(-5, u"USD"_s).format(en) == u"-0.05"_s);
    CHECK(minorOf(0, u"USD"_s).format(en) == u"0.00"_s);
    CHECK(minorOf(99999, u"USD"_s).format(en) == u"999.99"_s);
    CHECK(minorOf(123456789012, u"USD"_s).format(en) == u"1,234,567,890.12"_s);
    CHECK(minorOf(kMax, u"USD"_s).format(en) == u"92,233,720,368,547,758.07"_s);
    CHECK(minorOf(1500, u"JPY"_s).format(en) == u"1,500"_s);
    CHECK(minorOf(999, u"JPY"_s).format(en) == u"999"_s);
    CHECK(minorOf(1234567891, u"KWD"_s).format(en) == u"1,234,567.891"_s);
    CHECK(minorOf(12345, u"IQD"_s).format(en) == u"12.345"_s);

    const QLocale fr(u"fr_FR"_s);
    const QString frGroup = fr.groupSeparator();
    REQUIRE(frGroup.size() == 1);
    CHECK(frGroup.front().isSpace()); // U+202F in Qt 6.4's CLDR data
    CHECK(fr.decimalPoint() == u","_s);
    CHECK(minorOf(123456, u"EUR"_s).format(fr) == u"1"_s + frGroup + u"234,56"_s);
    CHECK(minorOf(-123456789, u"EUR"_s).format(fr) ==
          fr.negativeSign() + u"1"_s + frGroup + u"234"_s + frGroup + u"567,89"_s);

    const QLocale de(u"de_DE"_s);
    CHECK(minorOf(123456, u"EUR"_s).format(de) == u"1.234,56"_s);
    CHECK(minorOf(-123456, u"EUR"_s).format(de) == u"-1.234,56"_s);
    CHECK(minorOf(1234567, u"JPY"_s).format(de) == u"1.234.567"_s);

    const QLocale sv(u"sv_SE"_s);
    CHECK(minorOf(-123456, u"SEK"_s).format(sv) ==
          sv.negativeSign() + u"1"_s + sv.groupSeparator() + u"234,56"_s);
    CHECK(sv.negativeSign() == u"\u2212"_s);

    // Lakh grouping, and CLDR's minimum grouping digits (es_ES does not group 4-digit numbers).
    CHECK(minorOf(123456750, u"INR"_s).format(QLocale(u"en_IN"_s)) == u"12,34,567.50"_s);
    const QLocale es(u"es_ES"_s);
    CHECK(minorOf(123456, u"EUR"_s).format(es) == u"1234,56"_s);
    CHECK(minorOf(1234567, u"EUR"_s).format(es) == u"12.345,67"_s);
    CHECK(minorOf(123456789, u"EUR"_s).format(es) == u"1.234.567,89"_s);

    CHECK(minorOf(123456, u"CHF"_s).format(QLocale(u"de_CH"_s)) == u"1\u2019234.56"_s);
    CHECK(minorOf(12345678, u"USD"_s).format(QLocale::c()) == u"123456.78"_s);
}

TEST_CASE("format's integer part agrees with QLocale's own integer formatting", "[money][locale]")
{
    auto name = GENERATE(u"en_US"_s, u"fr_FR"_s, u"de_DE"_s, u"sv_SE"_s, u"en_IN"_s, u"de_CH"_s,
                         u"it_IT"_s, u"nb_NO"_s, u"ja_JP"_s);
    auto units = GENERATE(0, 2, 3);
    const QLocale locale(name);
    for (qint64 whole : {Q_INT64_C(0), Q_INT64_C(7), Q_INT64_C(1234), Q_INT64_C(-98765),
                         Q_INT64_C(123456789), Q_INT64_C(-9223372036854775)}) {
        qint64 minor = whole;
        for (int k = 0; k < units; ++k)
            minor *= 10;
        CAPTURE(name, units, whole);
        QString expected = locale.toString(whole);
        if (units > 0)
            expected += locale.decimalPoint() + QString(units, u'0');
        CHECK(Money::fromMinor(minor, units == 0   ? u"JPY"_s
                                      : units == 2 ? u"EUR"_s
                                                   : u"KWD"_s)
                  ->format(locale) == expected);
    }
}

TEST_CASE("parseLocalized reads back what format wrote", "[money][locale]")
{
    auto name = GENERATE(u"en_US"_s, u"fr_FR"_s, u"de_DE"_s, u"sv_SE"_s, u"en_IN"_s, u"es_ES"_s,
                         u"de_CH"_s, u"ar_EG"_s, u"C"_s);
    auto currency = GENERATE(u"USD"_s, u"JPY"_s, u"KWD"_s);
    const QLocale locale(name);
    for (qint64 minor :
         {Q_INT64_C(0), Q_INT64_C(5), Q_INT64_C(-5), Q_INT64_C(1234), Q_INT64_C(123456),
          Q_INT64_C(-123456), Q_INT64_C(100000000), Q_INT64_C(1234567890123), k2p62, kMax, -kMax}) {
        const Money m = minorOf(minor, currency);
        const QString shown = m.format(locale);
        CAPTURE(name, currency, minor, shown);
        const auto back = Money::parseLocalized(shown, currency, locale);
        REQUIRE(back.ok());
        CHECK(*back == m);
    }
}

TEST_CASE("parseLocalized accepts what people type", "[money][locale]")
{
    auto [text, name, currency, minor] = GENERATE(table<QString, QString, QString, qint64>({
        {u"1,234.56"_s, u"en_US"_s, u"USD"_s, 123456},
        {u"1234.56"_s, u"en_US"_s, u"USD"_s, 123456},
        {u"  1,234.5 "_s, u"en_US"_s, u"USD"_s, 123450},
        {u"-1,234,567.89"_s, u"en_US"_s, u"USD"_s, -123456789},
        {u"1,500"_s, u"en_US"_s, u"JPY"_s, 1500},
        {u"1 234,56"_s, u"fr_FR"_s, u"EUR"_s, 123456},
        {u"1\u00A0234,56"_s, u"fr_FR"_s, u"EUR"_s, 123456},
        {u"1\u202F234,56"_s, u"fr_FR"_s, u"EUR"_s, 123456},
        {u"1.234,56"_s, u"de_DE"_s, u"EUR"_s, 123456},
        {u"1234,5"_s, u"de_DE"_s, u"EUR"_s, 123450},
        {u"-0,05"_s, u"de_DE"_s, u"EUR"_s, -5},
        {u"1.500"_s, u"de_DE"_s, u"JPY"_s, 1500},
        {u"1'234.56"_s, u"de_CH"_s, u"CHF"_s, 123456},
        {u"\u22121 234,56"_s, u"sv_SE"_s, u"SEK"_s, -123456},
        {u"-1234,56"_s, u"sv_SE"_s, u"SEK"_s, -123456},
        {u"12,34,567.50"_s, u"en_IN"_s, u"INR"_s, 123456750},
        {u"\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0666"_s, u"ar_EG"_s, u"EGP"_s, 123456},
        {u"1,234.567"_s, u"en_US"_s, u"IQD"_s, 1234567},
    }));
    CAPTURE(text, name, currency);
    const auto m = Money::parseLocalized(text, currency, QLocale(name));
    REQUIRE(m.ok());
    CHECK(m->minor() == minor);
    CHECK(m->currency() == currency);
}

TEST_CASE("parseLocalized refuses ambiguous or malformed entry and says why", "[money][locale]")
{
    auto [text, name, currency, reason] = GENERATE(table<QString, QString, QString, std::string>({
        {u"1.5"_s, u"de_DE"_s, u"EUR"_s, "misplaced group separator; write it like 1.234.567,89"},
        {u"1.50"_s, u"de_DE"_s, u"EUR"_s, "misplaced group separator"},
        {u"1.2345"_s, u"de_DE"_s, u"EUR"_s, "misplaced group separator"},
        {u"1,5"_s, u"en_US"_s, u"USD"_s, "misplaced group separator; write it like 1,234,567.89"},
        {u",123"_s, u"en_US"_s, u"USD"_s, "misplaced group separator"},
        {u"1,234,56"_s, u"de_DE"_s, u"EUR"_s, "has more than one ','"},
        {u"1.234.56"_s, u"en_US"_s, u"USD"_s, "has more than one '.'"},
        {u"1,5 0"_s, u"fr_FR"_s, u"EUR"_s, "group separator after the decimal point"},
        {u"1.2345"_s, u"en_US"_s, u"USD"_s, "has more decimals than USD allows (2)"},
        {u"1,5"_s, u"de_DE"_s, u"JPY"_s, "has more decimals than JPY allows (0)"},
        {u"1.2345"_s, u"en_US"_s, u"KWD"_s, "has more decimals than KWD allows (3)"},
        {u""_s, u"en_US"_s, u"USD"_s, "amount is empty"},
        {u"   "_s, u"en_US"_s, u"USD"_s, "amount is empty"},
        {u"-"_s, u"en_US"_s, u"USD"_s, "has no digits"},
        {u"12abc"_s, u"en_US"_s, u"USD"_s, "contains 'a'; write it like"},
        {u"1 000"_s, u"en_US"_s, u"USD"_s, "contains ' '"},
        {u"1e3"_s, u"de_DE"_s, u"EUR"_s, "contains 'e'"},
        {u"+5"_s, u"en_US"_s, u"USD"_s, "contains '+'"},
        {u"92,233,720,368,547,758.08"_s, u"en_US"_s, u"USD"_s, "is too large"},
        {u"1"_s, u"en_US"_s, u"eur"_s, "unknown currency code 'eur'"},
    }));
    CAPTURE(text, name, currency);
    CHECK_THAT(messageOf(Money::parseLocalized(text, currency, QLocale(name))), Contains(reason));
}

// ---------------------------------------------------------------------------------------------
// Checked arithmetic and comparison

TEST_CASE("plus and minus are exact and refuse mixed currencies", "[money][arithmetic]")
{
    const Money a = money(u"1234.56"_s, u"USD"_s);
    const Money b = money(u"0.44"_s, u"USD"_s);
    CHECK(a.plus(b)->toString() == u"1235.00"_s);
    CHECK(a.minus(b)->toString() == u"1234.12"_s);
    CHECK(b.minus(a)->toString() == u"-1234.12"_s);
    CHECK(a.negated().toString() == u"-1234.56"_s);
    CHECK(a.negated().negated() == a);
    CHECK(a.plus(a.negated())->isZero());

    const Money eur = money(u"1"_s, u"EUR"_s);
    CHECK_THAT(messageOf(a.plus(eur)), Contains("cannot add EUR to USD"));
    CHECK_THAT(messageOf(a.minus(eur)), Contains("cannot subtract EUR from USD"));
    // Same minor units, different currency: still refused.
    CHECK_FALSE(money(u"1"_s, u"CHF"_s).plus(eur).ok());
}

TEST_CASE("checked arithmetic detects overflow at both ends", "[money][arithmetic]")
{
    const Money max = minorOf(kMax, u"USD"_s);
    const Money cent = minorOf(1, u"USD"_s);
    CHECK_THAT(messageOf(max.plus(cent)), Contains("overflow"));
    CHECK_THAT(messageOf(max.negated().minus(cent)), Contains("overflow")); // would be INT64_MIN
    CHECK_THAT(messageOf(max.negated().plus(cent.negated())), Contains("overflow"));
    CHECK_THAT(messageOf(max.minus(max.negated())), Contains("overflow"));
    CHECK(max.minus(cent)->minor() == kMax - 1);
    CHECK(max.plus(max.negated())->minor() == 0);
    CHECK(minorOf(k2p62, u"USD"_s).plus(minorOf(k2p62 - 1, u"USD"_s))->minor() == kMax);
    CHECK_FALSE(minorOf(k2p62, u"USD"_s).plus(minorOf(k2p62, u"USD"_s)).ok());
    CHECK(max.negated().minor() == -kMax);
    CHECK_THAT(messageOf(Money::fromMinor(kMin, u"USD"_s)), Contains("out of range"));
    CHECK_THAT(messageOf(Money::fromMinor(1, u"ABC"_s)), Contains("unknown currency code"));
    CHECK(Money::zero(u"JPY"_s)->isZero());
}

TEST_CASE("comparison orders one currency and leaves mixed ones unordered", "[money]")
{
    const Money one = money(u"1.00"_s, u"USD"_s);
    const Money two = money(u"2.00"_s, u"USD"_s);
    CHECK(one < two);
    CHECK(two > one);
    CHECK(one <= one);
    CHECK(one >= one);
    CHECK(one != two);
    CHECK(one == money(u"1"_s, u"USD"_s));
    CHECK(money(u"-0.01"_s, u"USD"_s) < Money::zero(u"USD"_s).value());

    const Money yen = minorOf(100, u"JPY"_s); // same minor() as `one`
    CHECK(yen.minor() == one.minor());
    CHECK_FALSE(yen == one);
    CHECK(yen != one);
    CHECK_FALSE(yen < one);
    CHECK_FALSE(yen > one);
    CHECK_FALSE(yen <= one);
    CHECK_FALSE(yen >= one);
    CHECK((yen <=> one) == std::partial_ordering::unordered);
}
