// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/money/rate.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

namespace {

// __extension__: GCC and Clang have 128-bit integers; -Wpedantic would otherwise warn.
__extension__ using UInt128 = unsigned __int128;

constexpr UInt128 pow10(int n)
{
    UInt128 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

} // namespace

namespace {
Result<Rate> positive(Result<qint64> scaled, QStringView text)
{
    if (!scaled)
        return scaled.error();
    if (*scaled <= 0)
        return Error::badInput(u"rate"_s, u"rate.not_positive"_s,
                               {ErrorArg::txt(detail::quoted(text))});
    return Rate::fromScaled(*scaled);
}
} // namespace

Result<Rate> Rate::parse(QStringView text)
{
    return positive(detail::parseFixedPoint(text, kDigits, u"rate", u"a rate"), text);
}

Result<Rate> Rate::parseLocalized(QStringView text, const QLocale &locale)
{
    return positive(
        detail::parseFixedPoint(text, kDigits, u"rate", u"a rate", locale.decimalPoint()), text);
}

Result<Rate> Rate::fromScaled(qint64 scaled)
{
    if (scaled <= 0)
        return Error::badInput(u""_s, u"money.rate_must_greater_than"_s,
                               {ErrorArg::txt(formatMinor(scaled, kDigits))});
    return Rate(scaled);
}

QString Rate::toString() const
{
    QString s = formatMinor(m_scaled, kDigits);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

Result<qint64> Rate::toUsdMinor(const Money &amount) const
{
    if (amount.currency() == QStringView(kBaseCurrency) && !isOne())
        return Error::badInput(u""_s, u"money.usd_amount_converts_rate"_s,
                               {ErrorArg::txt(toString())});

    // cents = minor × scaled × 10^2 / (10^minorUnits × 10^10) = minor × scaled / 10^(mu + 8).
    // |minor| and scaled are below 2^63, so the product is below 2^126: exact in 128 bits, and
    // the one division below is the one rounding.
    static_assert(kDigits >= kBaseMinorUnits);
    const qint64 minor = amount.minor();
    const UInt128 mag = minor < 0 ? UInt128(0) - UInt128(minor) : UInt128(minor);
    const UInt128 product = mag * UInt128(m_scaled);
    const UInt128 divisor = pow10(amount.minorUnits() + kDigits - kBaseMinorUnits);
    UInt128 cents = product / divisor;
    if ((product % divisor) * 2 >= divisor) // half away from zero: on the magnitude
        ++cents;
    if (cents > UInt128(std::numeric_limits<qint64>::max()))
        return Error::badInput(u""_s, u"money.converting_gives_more_usd"_s,
                               {ErrorArg::txt(amount.toString()), ErrorArg::txt(amount.currency()),
                                ErrorArg::txt(toString())});
    return minor < 0 ? -qint64(cents) : qint64(cents);
}

Result<Money> Rate::toUsd(const Money &amount) const
{
    Result<qint64> cents = toUsdMinor(amount);
    if (!cents)
        return cents.error();
    return Money::fromMinor(*cents, kBaseCurrency);
}

} // namespace imdp::core
