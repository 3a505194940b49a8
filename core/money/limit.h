// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The limit of amounts kept in their own currency (issue 17, round two), and the checked add
// every own-currency sum uses. See docs/data-model.md "Guarantees".

#include <QtGlobal>

#include <optional>

namespace imdp::core {

/// The largest amount in its own currency, in that currency's minor units, that one pledge,
/// receipt or instalment may carry, and the largest total of one donor's pledges (and of its
/// receipts) in one currency: 10^15 minor units (10,000,000,000,000.00 EUR, 1,000,000,000,000,000
/// JPY). The same figure as the USD limit (kMaxUsdMinor), for the same reason: any sum a report
/// makes of such amounts stays far inside 64 bits.
inline constexpr qint64 kMaxAmountMinor = 1'000'000'000'000'000;

/// `a + b` when the exact sum lies within -limit..limit; nothing otherwise (never wraps).
inline std::optional<qint64> addWithin(qint64 a, qint64 b, qint64 limit = kMaxAmountMinor)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum) || sum > limit || sum < -limit)
        return std::nullopt;
    return sum;
}

} // namespace imdp::core
