// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Pledges: a donor's promise, its instalment schedule, amendment and cancellation. Every amount
// is an integer of minor units; each command validates, writes in one WriteTransaction, audits
// and checks that its entry balances. Posting rules: docs/data-model.md.

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace imdp::core {

class Database;

namespace ledger {

struct Instalment
{
    QDate due;
    qint64 amountMinor = 0; ///< in the pledge's currency
};

/// A donor's promise. `source` is "donor" or "bank" (the DGF); the donor is an organisation name
/// or short name. `rateScaled` is USD per unit × 10^10 (Rate::scaled()); USD pledges use 1.
struct Pledge
{
    qint64 id = 0;
    QString reference; ///< unique among pledges: a re-import is refused, never doubled
    QString donor;
    QString source = QStringLiteral("donor");
    QDate date;
    QString currency = QStringLiteral("USD");
    qint64 amountMinor = 0;
    qint64 rateScaled = 0;
    qint64 usdMinor = 0; ///< computed on recording: amount × rate, rounded half away from zero
    QString status = QStringLiteral("signed"); ///< prospective | signed | cancelled
    QList<Instalment> instalments; ///< empty, or summing to amountMinor, due dates distinct
    QString capOverride;           ///< an officer's written justification, kept with the pledge
    /// Set by batch commands (imports) that check the DGF cap once for the whole batch with
    /// funding::checkPlanAfterBatch instead of pledge by pledge.
    bool deferCapCheck = false;
    QString note;
    qint64 paidMinor = 0; ///< filled when read: receipts against it, in its currency
};

/// Records a pledge and posts it: signed → pledges receivable / contributions (or Bank resources);
/// prospective → the memo pair. The one function every pledge goes through (CLI, import, demo).
/// When `createDonor` is set, an unknown donor is created (kind "bank" for a bank source, else
/// "other"). Returns the pledge id.
Result<qint64> recordPledge(Database &db, const Pledge &pledge, bool createDonor = false);

/// Cancels a pledge that has no receipts (amend it down to what was paid instead).
/// Refused by the DGF cap when less non-Bank funding would breach it, unless `capOverride`.
Result<qint64> cancelPledge(Database &db, const QString &reference, const QDate &date,
                            const QString &reason, const QString &capOverride = {});

/// What an amendment changes; unset fields keep their value. Posts the difference.
struct PledgeAmendment
{
    std::optional<qint64> amountMinor;
    std::optional<qint64> rateScaled;
    std::optional<QString> status; ///< prospective or signed (cancel through cancelPledge)
    std::optional<QList<Instalment>> instalments;
    QString note;
    QString capOverride = {}; ///< justification when the change would breach the DGF cap
};
Result<qint64> amendPledge(Database &db, const QString &reference, const PledgeAmendment &change,
                           const QDate &date);

/// The rule every schedule meets (recordPledge, amendPledge, the entry dialogs): each instalment
/// dated and above zero, no due date twice, the amounts adding up to `amountMinor`. Empty is
/// allowed (no schedule).
Status checkInstalments(const QList<Instalment> &instalments, qint64 amountMinor);

Result<Pledge> findPledge(Database &db, const QString &reference);
Result<QList<Pledge>> pledges(Database &db);

} // namespace ledger
} // namespace imdp::core
