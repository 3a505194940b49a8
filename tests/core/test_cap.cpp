// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers

// Tests of the DGF cap rule. The expected figures come from an oracle written differently from
// the code under test: decimal digit strings multiplied by long multiplication (no 128-bit type),
// and headroom / needed amounts found by searching for the last or first compliant amount,
// never by the floor/ceil formulas of caprule.cpp.

#include "core/funding/caprule.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <vector>

using imdp::core::CapFigures;
using imdp::core::ErrorCode;
using imdp::core::evaluateCap;
using imdp::core::evaluateCapWhatIf;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kHalf = kMax / 2; // 4611686018427387903

// ---- Oracle: non-negative integers as decimal digit strings, most significant digit first ----

using Digits = std::string;

Digits stripZeros(Digits d)
{
    const auto first = d.find_first_not_of('0');
    return first == Digits::npos ? Digits("0") : d.substr(first);
}

Digits digitsOf(qint64 v)
{
    REQUIRE(v >= 0);
    return std::to_string(v);
}

Digits plus(const Digits &a, const Digits &b)
{
    Digits r;
    int carry = 0;
    std::size_t i = a.size();
    std::size_t j = b.size();
    while (i > 0 || j > 0 || carry > 0) {
        int s = carry;
        if (i > 0)
            s += a[--i] - '0';
        if (j > 0)
            s += b[--j] - '0';
        r.push_back(char('0' + s % 10));
        carry = s / 10;
    }
    std::reverse(r.begin(), r.end());
    return stripZeros(r);
}

// Long multiplication by a small factor (at most 10000), one digit at a time.
Digits times(const Digits &a, int factor)
{
    Digits r;
    int carry = 0;
    for (std::size_t i = a.size(); i > 0; --i) {
        const int p = (a[i - 1] - '0') * factor + carry;
        r.push_back(char('0' + p % 10));
        carry = p / 10;
    }
    for (; carry > 0; carry /= 10)
        r.push_back(char('0' + carry % 10));
    std::reverse(r.begin(), r.end());
    return stripZeros(r);
}

int compare(const Digits &a0, const Digits &b0)
{
    const Digits a = stripZeros(a0);
    const Digits b = stripZeros(b0);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

// The rule as DOMAIN.md states it: bank / total <= cap / 10000, i.e. 10000 * bank <= cap * total.
bool oracleCompliant(qint64 bank, qint64 other, int cap)
{
    const Digits b = digitsOf(bank);
    const Digits total = plus(b, digitsOf(other));
    return compare(times(b, 10000), times(total, cap)) <= 0;
}

struct Expected
{
    bool compliant = true;
    qint64 shareBps = 0;
    qint64 headroom = 0;
    bool unlimited = false;
    std::optional<qint64> needed;
};

Expected oracle(qint64 bank, qint64 other, int cap)
{
    Expected e;
    e.compliant = oracleCompliant(bank, other, cap);

    // Share: the largest s in [0, 10000] with s * total <= 10000 * bank, by bisection; over the
    // cap, rounded up instead: the smallest s with s * total >= 10000 * bank.
    const Digits b = digitsOf(bank);
    const Digits total = plus(b, digitsOf(other));
    if (total != "0") {
        qint64 lo = 0;
        qint64 hi = 10000;
        while (lo < hi) {
            const qint64 mid = lo + (hi - lo + 1) / 2;
            if (compare(times(total, int(mid)), times(b, 10000)) <= 0)
                lo = mid;
            else
                hi = mid - 1;
        }
        e.shareBps = lo;
        if (!e.compliant && compare(times(total, int(lo)), times(b, 10000)) < 0)
            ++e.shareBps;
    }

    // Amounts that would push the total past INT64_MAX cannot be recorded, so searches stop there.
    const qint64 room = kMax - bank - other;

    if (cap == 10000) {
        e.unlimited = true;
    } else if (e.compliant) {
        // Largest h in [0, room] such that bank + h still complies.
        qint64 lo = 0;
        qint64 hi = room;
        while (lo < hi) {
            const qint64 mid = lo + (hi - lo) / 2 + (hi - lo) % 2;
            if (oracleCompliant(bank + mid, other, cap))
                lo = mid;
            else
                hi = mid - 1;
        }
        e.headroom = lo;
    }

    if (e.compliant) {
        e.needed = 0;
    } else if (!oracleCompliant(bank, other + room, cap)) {
        e.needed = std::nullopt;
    } else {
        // Smallest n in [1, room] such that other + n restores compliance.
        qint64 lo = 1;
        qint64 hi = room;
        while (lo < hi) {
            const qint64 mid = lo + (hi - lo) / 2;
            if (oracleCompliant(bank, other + mid, cap))
                hi = mid;
            else
                lo = mid + 1;
        }
        e.needed = lo;
    }
    return e;
}

struct Case
{
    const char *what;
    qint64 bank;
    qint64 other;
    int cap;
};

const std::vector<Case> &cases()
{
    static const std::vector<Case> table = {
        {"exactly at 15%", 15000, 85000, 1500},
        {"one cent over (bank +1)", 15001, 85000, 1500},
        {"one cent under (bank -1)", 14999, 85000, 1500},
        {"one cent over (other -1)", 15000, 84999, 1500},
        {"one cent under (other +1)", 15000, 85001, 1500},
        {"3 of 20 is exactly 15%", 3, 17, 1500},
        {"1 of 6 is over 15%", 1, 5, 1500},
        {"zero total", 0, 0, 1500},
        {"only bank", 100, 0, 1500},
        {"only other", 0, 100, 1500},
        {"refusal example: 15.01%", 15010000, 84990000, 1500},
        {"15 bn at cap", 1500000000000, 8500000000000, 1500},
        {"1e17 bank only", 100000000000000000, 0, 1500},
        {"half-max each, 15%", kHalf, kHalf, 1500},
        {"total exactly INT64_MAX", 1, kMax - 1, 1500},
        {"only other at INT64_MAX", 0, kMax, 1500},
        {"cap 0, zero total", 0, 0, 0},
        {"cap 0, only bank", 100, 0, 0},
        {"cap 0, only other", 0, 12345, 0},
        {"cap 0, one cent of bank", 1, 1000000, 0},
        {"cap 1 bps, exactly at cap", 1, 9999, 1},
        {"cap 1 bps, one cent over", 1, 9998, 1},
        {"cap 1 bps, bank only", 1, 0, 1},
        {"cap 1 bps, under", 5, 123456, 1},
        {"cap 9999, exactly at cap", 9999, 1, 9999},
        {"cap 9999, one cent over", 10000, 1, 9999},
        {"cap 9999, one cent under", 9998, 1, 9999},
        {"cap 9999, only other", 0, 1, 9999},
        {"cap 9999, small", 7, 3, 9999},
        {"cap 9999, half-max each", kHalf, kHalf, 9999},
        {"cap 9999, bank only at INT64_MAX", kMax, 0, 9999},
        {"cap 10000, zero total", 0, 0, 10000},
        {"cap 10000, bank only", 1, 0, 10000},
        {"cap 10000, half-max each", kHalf, kHalf, 10000},
        {"cap 10000, bank at INT64_MAX", kMax, 0, 10000},
        {"cap 5000, half-max each (at cap)", kHalf, kHalf, 5000},
        {"cap 5000, needed just fits", kHalf, 0, 5000},
        {"cap 5000, needed does not fit", kHalf + 1, 0, 5000},
        {"cap 5000, headroom just fits", 0, kHalf, 5000},
        {"cap 5000, headroom clipped by INT64_MAX", 0, kHalf + 1, 5000},
    };
    return table;
}

} // namespace

TEST_CASE("the oracle agrees with hand-computed anchors", "[cap]")
{
    // Anchors worked out on paper, so that a wrong oracle cannot hide a wrong rule.
    Expected e = oracle(15000, 85000, 1500);
    CHECK(e.compliant);
    CHECK(e.shareBps == 1500);
    CHECK(e.headroom == 0);
    CHECK(e.needed == std::optional<qint64>(0));

    e = oracle(0, 100, 1500); // 17/117 = 14.5%, 18/118 = 15.3%
    CHECK(e.headroom == 17);

    e = oracle(15010000, 84990000, 1500); // needs 1000666.67 total: 666.67 more
    CHECK_FALSE(e.compliant);
    CHECK(e.shareBps == 1501);
    CHECK(e.needed == std::optional<qint64>(66667));

    e = oracle(1, 5, 1500); // 1/6 over; 1/7 = 14.3% under
    CHECK(e.needed == std::optional<qint64>(1));
    e = oracle(14999, 85000, 1500);
    CHECK(e.shareBps == 1499);
    CHECK(e.headroom == 1);
    CHECK(oracle(100, 0, 0).needed == std::nullopt);
    CHECK(oracle(1, 0, 1).needed == std::optional<qint64>(9999));
    CHECK(oracle(0, 1, 9999).headroom == 9999);
    CHECK(oracle(kHalf, kHalf, 9999).headroom == 1); // only one cent left below INT64_MAX
}

TEST_CASE("evaluateCap matches the oracle on the table", "[cap]")
{
    REQUIRE(cases().size() >= 30);
    for (const Case &c : cases()) {
        INFO(c.what << ": bank " << c.bank << ", other " << c.other << ", cap " << c.cap);
        const auto r = evaluateCap(c.bank, c.other, c.cap);
        REQUIRE(r.ok());
        const CapFigures &f = *r;
        const Expected e = oracle(c.bank, c.other, c.cap);

        CHECK(f.bank == c.bank);
        CHECK(f.other == c.other);
        CHECK(digitsOf(f.total) == plus(digitsOf(c.bank), digitsOf(c.other)));
        CHECK(f.shareBps == e.shareBps);
        CHECK(f.compliant == e.compliant);
        CHECK(f.headroomUnlimited == e.unlimited);
        CHECK(f.bankHeadroom == e.headroom);
        CHECK(f.otherNeeded.has_value() == e.needed.has_value());
        if (f.otherNeeded && e.needed)
            CHECK(*f.otherNeeded == *e.needed);
    }
}

TEST_CASE("headroom and otherNeeded are exactly tight", "[cap]")
{
    for (const Case &c : cases()) {
        INFO(c.what << ": bank " << c.bank << ", other " << c.other << ", cap " << c.cap);
        const CapFigures f = *evaluateCap(c.bank, c.other, c.cap);
        const qint64 room = kMax - f.total;

        if (f.headroomUnlimited) {
            // Any recordable bank amount complies, even one filling the total up to INT64_MAX.
            const auto full = evaluateCapWhatIf(c.bank, c.other, c.cap, room, 0);
            REQUIRE(full.ok());
            CHECK(full->compliant);
        } else if (f.compliant) {
            const auto at = evaluateCapWhatIf(c.bank, c.other, c.cap, f.bankHeadroom, 0);
            REQUIRE(at.ok());
            CHECK(at->compliant);
            const auto past = evaluateCapWhatIf(c.bank, c.other, c.cap, f.bankHeadroom + 1, 0);
            if (f.bankHeadroom == room)
                CHECK_FALSE(past.ok()); // one more cent cannot even be recorded
            else
                CHECK((past.ok() && !past->compliant));
        } else {
            CHECK(f.bankHeadroom == 0);
        }

        if (f.compliant) {
            CHECK(f.otherNeeded == std::optional<qint64>(0));
        } else if (f.otherNeeded) {
            REQUIRE(*f.otherNeeded > 0);
            const auto at = evaluateCapWhatIf(c.bank, c.other, c.cap, 0, *f.otherNeeded);
            REQUIRE(at.ok());
            CHECK(at->compliant);
            const auto before = evaluateCapWhatIf(c.bank, c.other, c.cap, 0, *f.otherNeeded - 1);
            REQUIRE(before.ok());
            CHECK_FALSE(before->compliant);
        } else {
            // Nothing restores it: not even all the non-bank funding that can be recorded.
            const auto most = evaluateCapWhatIf(c.bank, c.other, c.cap, 0, room);
            REQUIRE(most.ok());
            CHECK_FALSE(most->compliant);
        }
    }
}

TEST_CASE("small amounts agree with a plain loop search", "[cap]")
{
    // Every bank/other pair up to 0.20 USD: headroom and needed found by stepping one cent at
    // a time until the rule flips.
    const auto ok = [](qint64 bank, qint64 other, int cap) {
        return 10000 * bank <= cap * (bank + other);
    };
    for (const int cap : {0, 1, 1500, 3333, 5000, 9999, 10000}) {
        for (qint64 bank = 0; bank <= 20; ++bank) {
            for (qint64 other = 0; other <= 20; ++other) {
                INFO("bank " << bank << ", other " << other << ", cap " << cap);
                const CapFigures f = *evaluateCap(bank, other, cap);
                REQUIRE(f.compliant == ok(bank, other, cap));
                if (cap != 10000 && f.compliant) {
                    qint64 h = 0;
                    while (ok(bank + h + 1, other, cap))
                        ++h;
                    REQUIRE(f.bankHeadroom == h);
                }
                if (!f.compliant && cap > 0) {
                    qint64 n = 0;
                    while (!ok(bank, other + n, cap))
                        ++n;
                    REQUIRE(f.otherNeeded == std::optional<qint64>(n));
                }
                if (!f.compliant && cap == 0)
                    REQUIRE_FALSE(f.otherNeeded.has_value());
            }
        }
    }
}

TEST_CASE("what-if applies positive and negative deltas", "[cap]")
{
    SECTION("one cent more bank at the cap breaks it")
    {
        const auto r = evaluateCapWhatIf(15000, 85000, 1500, 1, 0);
        REQUIRE(r.ok());
        CHECK(r->bank == 15001);
        CHECK(r->other == 85000);
        CHECK(r->total == 100001);
        CHECK_FALSE(r->compliant);
        CHECK(r->otherNeeded == std::optional<qint64>(6)); // 15001 * 85 / 15 = 85005.67
    }
    SECTION("one cent less bank restores it")
    {
        const auto r = evaluateCapWhatIf(15001, 85000, 1500, -1, 0);
        REQUIRE(r.ok());
        CHECK(r->bank == 15000);
        CHECK(r->compliant);
    }
    SECTION("one cent less other at the cap breaks it")
    {
        const auto r = evaluateCapWhatIf(15000, 85000, 1500, 0, -1);
        REQUIRE(r.ok());
        CHECK(r->other == 84999);
        CHECK_FALSE(r->compliant);
    }
    SECTION("both deltas at once")
    {
        const auto r = evaluateCapWhatIf(20000, 80000, 1500, -5000, 5000);
        REQUIRE(r.ok());
        CHECK(r->bank == 15000);
        CHECK(r->other == 85000);
        CHECK(r->shareBps == 1500);
        CHECK(r->compliant);
        CHECK(r->bankHeadroom == 0);
    }
    SECTION("zero deltas equal evaluateCap")
    {
        const auto a = evaluateCapWhatIf(15010000, 84990000, 1500, 0, 0);
        const auto b = evaluateCap(15010000, 84990000, 1500);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(a->shareBps == b->shareBps);
        CHECK(a->compliant == b->compliant);
        CHECK(a->otherNeeded == b->otherNeeded);
    }
    SECTION("bank going below zero is refused, with the numbers")
    {
        const auto r = evaluateCapWhatIf(100, 100, 1500, -101, 0);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadInput);
        const std::string m = r.error().message.toStdString();
        CHECK_THAT(m, Catch::Matchers::Contains("bank funding cannot go below zero"));
        CHECK_THAT(m, Catch::Matchers::Contains("1.00 USD"));
        CHECK_THAT(m, Catch::Matchers::Contains("-1.01"));
        CHECK_THAT(m, Catch::Matchers::Contains("leave -0.01"));
    }
    SECTION("other going below zero is refused, with the numbers")
    {
        const auto r = evaluateCapWhatIf(100, 100, 1500, 0, -105);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK_THAT(r.error().message.toStdString(),
                   Catch::Matchers::StartsWith("non-bank funding cannot go below zero") &&
                       Catch::Matchers::Contains("leave -0.05"));
    }
    SECTION("a delta of INT64_MIN is refused and formatted")
    {
        const auto r = evaluateCapWhatIf(0, 0, 1500, std::numeric_limits<qint64>::min(), 0);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error().message.toStdString(),
                   Catch::Matchers::Contains("-92233720368547758.08"));
    }
    SECTION("overflowing amounts are refused")
    {
        const auto a = evaluateCapWhatIf(kMax, 0, 1500, 1, 0);
        REQUIRE_FALSE(a.ok());
        CHECK(a.error().code == ErrorCode::BadInput);
        CHECK_THAT(a.error().message.toStdString(), Catch::Matchers::Contains("too large"));
        const auto b = evaluateCapWhatIf(1, kMax - 1, 1500, 0, 1);
        REQUIRE_FALSE(b.ok());
        CHECK(b.error().code == ErrorCode::BadInput);
        CHECK_THAT(b.error().message.toStdString(),
                   Catch::Matchers::Contains("92233720368547758.07"));
    }
    SECTION("a bad starting point is refused even if the delta would mend it")
    {
        CHECK_FALSE(evaluateCapWhatIf(-5, 0, 1500, 10, 0).ok());
        CHECK_FALSE(evaluateCapWhatIf(0, -5, 1500, 0, 10).ok());
        CHECK_FALSE(evaluateCapWhatIf(0, 0, 10001, 0, 0).ok());
    }
}

TEST_CASE("evaluateCap refuses bad input", "[cap]")
{
    const auto negBank = evaluateCap(-1, 0, 1500);
    REQUIRE_FALSE(negBank.ok());
    CHECK(negBank.error().code == ErrorCode::BadInput);
    CHECK(negBank.error().message.toStdString() ==
          "bank funding must not be negative, got -0.01 USD");

    const auto negOther = evaluateCap(0, -250, 1500);
    REQUIRE_FALSE(negOther.ok());
    CHECK(negOther.error().code == ErrorCode::BadInput);
    CHECK(negOther.error().message.toStdString() ==
          "non-bank funding must not be negative, got -2.50 USD");

    for (const int cap :
         {-1, 10001, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()}) {
        INFO("cap " << cap);
        const auto r = evaluateCap(1, 1, cap);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK_THAT(r.error().message.toStdString(), Catch::Matchers::Contains(std::to_string(cap)));
    }
    // The boundaries themselves are accepted.
    CHECK(evaluateCap(1, 1, 0).ok());
    CHECK(evaluateCap(1, 1, 10000).ok());

    const auto overflow = evaluateCap(kMax, 1, 1500);
    REQUIRE_FALSE(overflow.ok());
    CHECK(overflow.error().code == ErrorCode::BadInput);
    CHECK_THAT(overflow.error().message.toStdString(),
               Catch::Matchers::Contains("bank 92233720368547758.07 + non-bank 0.01 USD"));
    CHECK(evaluateCap(kMax - 1, 1, 1500).ok());
}

TEST_CASE("the refusal message states the numbers", "[cap]")
{
    using imdp::core::capRefusalMessage;

    SECTION("the documented example")
    {
        const CapFigures before = *evaluateCap(15000000, 85000000, 1500);
        const auto after = evaluateCapWhatIf(15000000, 85000000, 1500, 10000, -10000);
        REQUIRE(after.ok());
        CHECK(capRefusalMessage(before, *after, 1500).toStdString() ==
              "refused: the Bank's share on the plan basis would be 15.01% (cap 15.00%): "
              "bank 150100.00 of total 1000000.00 USD; bank headroom before this change was "
              "0.00; non-bank funding needed 666.67");
    }
    SECTION("headroom before, and a share rounded up")
    {
        const CapFigures before = *evaluateCap(14877, 85000, 1500); // headroom 1.23
        const CapFigures after = *evaluateCapWhatIf(14877, 85000, 1500, 200, 0);
        // 15077 / 100077 = 15.065%: shown as 15.07%; needs 85437 - 85000 = 4.37 more.
        CHECK(capRefusalMessage(before, after, 1500).toStdString() ==
              "refused: the Bank's share on the plan basis would be 15.07% (cap 15.00%): "
              "bank 150.77 of total 1000.77 USD; bank headroom before this change was 1.23; "
              "non-bank funding needed 4.37");
    }
    SECTION("a share just over the cap never reads as the cap")
    {
        const CapFigures before = *evaluateCap(15000000, 85000000, 1500);
        const CapFigures after = *evaluateCapWhatIf(15000000, 85000000, 1500, 1, 0);
        REQUIRE(after.shareBps == 1501); // rounded up over the cap, in the figure itself...
        const std::string m = capRefusalMessage(before, after, 1500).toStdString();
        CHECK_THAT(m, Catch::Matchers::Contains("would be 15.01% (cap 15.00%)")); // ...and the text
        CHECK_THAT(m, Catch::Matchers::Contains("bank 150000.01 of total 1000000.01 USD"));
        CHECK_THAT(m, Catch::Matchers::EndsWith("non-bank funding needed 0.06"));
    }
    SECTION("nothing can restore a cap of 0")
    {
        const CapFigures before = *evaluateCap(0, 100, 0);
        const CapFigures after = *evaluateCapWhatIf(0, 100, 0, 1, 0);
        CHECK(capRefusalMessage(before, after, 0).toStdString() ==
              "refused: the Bank's share on the plan basis would be 1.00% (cap 0.00%): "
              "bank 0.01 of total 1.01 USD; bank headroom before this change was 0.00; "
              "no amount of non-bank funding can restore compliance");
    }
    SECTION("unlimited headroom is said in words")
    {
        const CapFigures before = *evaluateCap(5, 5, 10000);
        const CapFigures after = *evaluateCap(5, 5, 1);
        const std::string m = capRefusalMessage(before, after, 1).toStdString();
        CHECK_THAT(m, Catch::Matchers::Contains("was unlimited;"));
        CHECK_THAT(m, Catch::Matchers::Contains("(cap 0.01%)"));
        CHECK_THAT(m, Catch::Matchers::Contains("would be 50.00%"));
    }
}

TEST_CASE("parseCapBps accepts 0..10000 and nothing else", "[cap]")
{
    using imdp::core::parseCapBps;

    const auto value = [](const char16_t *text) {
        const auto r = parseCapBps(QStringView(text));
        REQUIRE(r.ok());
        return *r;
    };
    CHECK(value(u"1500") == 1500);
    CHECK(value(u"0") == 0);
    CHECK(value(u"10000") == 10000);
    CHECK(value(u"1") == 1);
    CHECK(value(u"9999") == 9999);
    CHECK(value(u"  1500\t") == 1500);
    CHECK(value(u"007") == 7);

    for (const char16_t *bad :
         {u"", u"   ", u"10001", u"-1", u"+1500", u"15%", u"15.00", u"1 500", u"1:", u"1/2", u"abc",
          u"99999999999999999999999", u"\u0663", u"0x10"}) {
        const auto r = parseCapBps(QStringView(bad));
        INFO("input \"" << QStringView(bad).toString().toStdString() << "\"");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().message.contains(QStringLiteral("from 0 to 10000")));
        CHECK(r.error().message.contains(QLatin1Char('"') + QStringView(bad).toString()
                                         + QLatin1Char('"')));
    }
}
