// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QString>

#include <cstdint>

namespace imdp::core::reports {

/// A total of amounts (USD cents) that cannot wrap, however many rows a tampered file holds:
/// 128 bits while adding, checked once when read. The builders check their totals with fits()
/// and refuse a report whose totals leave the range; present() then reads them with value().
class CheckedSum
{
public:
    CheckedSum &operator+=(qint64 v)
    {
        m_sum += v;
        return *this;
    }
    /// Subtracts in 128 bits: even INT64_MIN is negated without wrapping.
    CheckedSum &operator-=(qint64 v)
    {
        m_sum -= v;
        return *this;
    }
    bool fits() const { return m_sum >= -INT64_MAX && m_sum <= INT64_MAX; }
    /// The total, clamped to the range when it does not fit (never reached: see fits()).
    qint64 value() const
    {
        if (fits())
            return qint64(m_sum);
        return m_sum < 0 ? -INT64_MAX : INT64_MAX;
    }

private:
    __extension__ __int128 m_sum = 0;
};

/// One line for a total out of range: the file holds figures no real fund has (tampered).
inline Error totalOutOfRange(const QString &what)
{
    return Error::badFile(QString(), QStringLiteral("reports.total_out_of_range"),
                          {ErrorArg::txt(what)});
}

} // namespace imdp::core::reports
