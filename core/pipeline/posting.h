// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The one place where the pipeline posts in the trust-fund ledger (core/ledger). Each function
// runs inside the caller's WriteTransaction, so a posting the ledger refuses rolls the move back.

#include "core/result.h"

#include <QDate>
#include <QString>

namespace imdp::core {
class Database;
}

namespace imdp::core::pipeline::posting {

/// What the ledger says about one project (a proposal's code), US$ cents.
struct Balance
{
    qint64 allocated = 0;   ///< net of releases
    qint64 transferred = 0;
    qint64 expenditure = 0;
    qint64 refunded = 0;
    qint64 waived = 0;
    qint64 heldByPartner = 0;
    qint64 unspentAllocation = 0;
};
Result<Balance> balance(Database &db, const QString &code);

/// What the fund can allocate on a date.
Result<qint64> available(Database &db, const QDate &date);

/// Endorsement: allocates the Committee's amount to the project.
Status allocate(Database &db, const QString &code, qint64 usdMinor, const QDate &date,
                const QString &note);
/// Tranche release: transfers to the implementing partner.
Status transfer(Database &db, const QString &code, const QString &partner, qint64 usdMinor,
                const QDate &date, const QString &reference, const QString &note);
/// Withdrawal or financial closing: gives back whatever allocation was not transferred.
Status releaseUnspent(Database &db, const QString &code, const QDate &date, const QString &note);
/// Financial closing: writes off what the partner still holds (at or below the fund's waiver
/// threshold, which the guard checked) as "residual waived", so its balance is 0.
Status waiveResidual(Database &db, const QString &code, const QDate &date, const QString &note);
/// A financial report's figures: what the partner spent and what it paid back.
Status expenditure(Database &db, const QString &code, const QString &partner, qint64 usdMinor,
                   const QDate &date, const QString &reference);
Status refund(Database &db, const QString &code, const QString &partner, qint64 usdMinor,
              const QDate &date, const QString &reference);

} // namespace imdp::core::pipeline::posting
