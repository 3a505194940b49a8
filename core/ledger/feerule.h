// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The administrative agent fee rule of the fund and a receipt's own fee rate.

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace imdp::core {

class Database;

namespace ledger {

/// The administrative agent fee on each receipt: none, a flat rate in basis points, or tiers
/// applied like tax brackets to the receipt's USD value. Text form: "none", "flat:100",
/// "tiered:1000000.00=200,5000000.00=150,*=100" (up to 1,000,000.00 at 2%, the next 4,000,000.00
/// at 1.5%, the rest at 1%).
struct FeeRule
{
    struct Tier
    {
        qint64 upToMinor = -1; ///< upper bound of the bracket in USD cents; -1 for the last one
        int bps = 0;
    };
    QList<Tier> tiers; ///< empty: no fee; one unbounded tier: a flat rate

    static Result<FeeRule> parse(const QString &text);
    QString toString() const;
    /// The fee in cents on a receipt of `usdMinor` cents: Σ bracket × bps / 10000, rounded once,
    /// half away from zero. Never above the receipt.
    qint64 feeOn(qint64 usdMinor) const;
};
Result<FeeRule> feeRule(Database &db);
/// A receipt's own fee rate as typed (`receipt add --fee-bps`, the receipts CSV's `fee_bps`):
/// empty → unset (the fund's rule applies); else whole basis points, 0 to 10000.
Result<std::optional<int>> parseFeeBps(const QString &text);
Status setFeeRule(Database &db, const FeeRule &rule);

} // namespace ledger
} // namespace imdp::core
