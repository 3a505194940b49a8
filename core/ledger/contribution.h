// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Inside the ledger: what pledges and receipts share (contributions.cpp, pledges.cpp,
// receipts.cpp). Not for callers outside core/ledger/.

#include "core/ledger/pledges.h"
#include "core/result.h"

#include <QDate>
#include <QString>

namespace imdp::core {

class Database;

namespace ledger::detail {

/// "donor" or "bank".
Status checkSource(const QString &source);

/// The money fields every pledge and receipt shares: currency, amount, rate; returns the USD value.
Result<qint64> checkMoney(const QString &currency, qint64 amountMinor, qint64 rateScaled,
                          const QDate &date);

/// A pledge row with what has been paid against it (receipts not reversed).
struct PledgeRow
{
    Pledge pledge;
    qint64 donorId = 0;
    qint64 clearedUsd = 0;
    bool hasReceipts = false;
};

/// The pledge `reference` with what was paid against it; NotFound when there is none.
Result<PledgeRow> pledgeRow(Database &db, const QString &reference);

} // namespace ledger::detail
} // namespace imdp::core
