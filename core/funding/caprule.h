// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The DGF cap rule ("the Bank's own resources must not exceed 15% of the funding requested"), in
// one place, as pure integer arithmetic. The cap is a fund setting in basis points (default 1500),
// so it is always passed in, never written here as a literal. Which pledges count as "bank" and
// on which basis (plan, pledged, received) is decided by the callers, not here.

#include "core/result.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace imdp::core {

/// The cap setting a fund starts with: 15.00%.
inline constexpr int kDefaultCapBps = 1500;

/// The cap figures of one basis. All amounts are USD minor units (cents).
struct CapFigures
{
    qint64 bank = 0;     ///< funding from sources of kind bank (DGF)
    qint64 other = 0;    ///< all other funding
    qint64 total = 0;    ///< bank + other
    /// 10000 * bank / total, rounded once, here, toward its side of the cap: down when
    /// compliant, up when over it (so 15.0001% reads 15.01%, never "15.00% (cap 15.00%)"); 0
    /// when total is 0. Every screen, document and message shows this figure as it is.
    qint64 shareBps = 0;
    /// 10000 * bank <= capBps * total: exactly at the cap complies, and so does a zero total.
    bool compliant = true;
    /// Largest further bank amount that keeps compliance; 0 when there is none. It is also capped
    /// so that the new total stays representable (<= INT64_MAX), as larger totals are refused.
    qint64 bankHeadroom = 0;
    /// Smallest further non-bank amount that restores compliance; 0 when already compliant.
    /// std::nullopt when no recordable amount restores it: cap 0 with bank > 0, or an amount so
    /// large that the new total would exceed INT64_MAX.
    std::optional<qint64> otherNeeded = 0;
    /// Cap of 10000 bps: any bank amount complies; bankHeadroom is then 0 and means nothing.
    bool headroomUnlimited = false;
};

/// Evaluates the cap on one basis. Refuses (BadInput) negative amounts, a cap outside
/// [0, 10000] bps, and a total that does not fit in 64 bits.
Result<CapFigures> evaluateCap(qint64 bankMinor, qint64 otherMinor, int capBps);

/// Evaluates the cap as it would be after adding deltaBank / deltaOther (either may be negative,
/// e.g. a cancelled pledge). Refuses (BadInput) what evaluateCap refuses, and a change that would
/// leave bank or other funding below zero or outside 64 bits.
Result<CapFigures> evaluateCapWhatIf(qint64 bankMinor, qint64 otherMinor, int capBps,
                                     qint64 deltaBank, qint64 deltaOther);

/// One plain English line saying why a change is refused by the cap, with the numbers, e.g.
/// "refused: the Bank's share on the plan basis would be 15.01% (cap 15.00%): bank 150100.00 of
/// total 1000000.00 USD; bank headroom before this change was 0.00; non-bank funding needed
/// 666.67". The share is CapFigures::shareBps, the figure every other place shows.
QString capRefusalMessage(const CapFigures &before, const CapFigures &after, int capBps);

/// The message key of the refusal (core/i18n/errors.h: "cap.refused", or
/// "cap.refused_unrestorable" when no non-bank amount can restore compliance) and its arguments:
/// what was refused, the share and the cap (percentages), bank, total, headroom before and the
/// non-bank funding needed (USD), so each layer words the figures in its language and none
/// recomputes them.
QString capRefusalKey(const CapFigures &after);
QList<ErrorArg> capRefusalArgs(const QString &what, const CapFigures &before,
                               const CapFigures &after, int capBps);

/// A cap refusal read back from its error: the figures core computed, as values, so a screen
/// words them without computing the breach again.
struct CapRefusal
{
    QString what;              ///< what was refused ("pledge DGF-2")
    qint64 shareBps = 0;       ///< the Bank's share after the change (CapFigures::shareBps)
    qint64 capBps = 0;         ///< the cap
    qint64 bank = 0;           ///< bank funding after the change, USD minor units
    qint64 total = 0;          ///< total funding after the change
    qint64 headroomBefore = 0; ///< bank headroom before the change
    std::optional<qint64> otherNeeded{}; ///< non-bank funding that restores compliance, if any
};
/// The figures of a refusal made with capRefusalKey()/capRefusalArgs(); nullopt for any other
/// error.
std::optional<CapRefusal> capRefusalOf(const Error &e);

/// Parses a cap setting: a whole number of basis points from 0 to 10000 (surrounding blanks
/// allowed; no sign, no percent sign, no decimals).
Result<int> parseCapBps(QStringView text);

} // namespace imdp::core
