// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Projects' money: allocations, transfers to partners, releases, expenditure, refunds and the
// residual waived at financial closing; and a project's balance.

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace imdp::core {

class Database;

namespace ledger {

struct Allocation
{
    QString projectCode;
    qint64 usdMinor = 0;
    QDate date;
    QString note;
};
/// Refused (with the figures) when above what is available for allocation on that date.
Result<qint64> allocate(Database &db, const Allocation &allocation);

struct Transfer
{
    QString projectCode;
    QString partner; ///< an organisation's name or short name
    qint64 usdMinor = 0;
    QDate date;
    QString reference;
    QString note;
};
/// Refused when transfers net of refunds would exceed the project's allocation.
Result<qint64> transfer(Database &db, const Transfer &transfer);

/// Gives back an allocation not transferred; refused above the project's unspent allocation.
Result<qint64> releaseAllocation(Database &db, const QString &projectCode, qint64 usdMinor,
                                 const QDate &date, const QString &note);

/// Expenditure a partner reports; refused above what that partner holds for the project.
Result<qint64> recordExpenditure(Database &db, const QString &projectCode, const QString &partner,
                                 qint64 usdMinor, const QDate &date, const QString &reference);

/// Unspent money a partner pays back; refused above what that partner holds for the project.
Result<qint64> refundFromPartner(Database &db, const QString &projectCode, const QString &partner,
                                 qint64 usdMinor, const QDate &date, const QString &reference);

/// Financial closing with a small residual (issue 5): whatever the partners still hold for the
/// project leaves the balance held by partners as "residual waived" (an expense), one balanced
/// entry, so the partner balance is 0 and the waived amount shows apart. The caller checks the
/// fund's waiver threshold; nothing is posted (and 0 returned) when no partner holds anything.
/// Returns the amount waived.
Result<qint64> waiveResidual(Database &db, const QString &projectCode, const QDate &date,
                             const QString &note);

struct ProjectBalance
{
    qint64 allocated = 0;   ///< allocations net of releases
    qint64 transferred = 0; ///< tranches sent to partners
    qint64 expenditure = 0; ///< reported by partners
    qint64 refunded = 0;    ///< paid back by partners
    qint64 waived = 0;      ///< residual written off at financial closing
    qint64 heldByPartner = 0;     ///< transferred − expenditure − refunded − waived
    qint64 unspentAllocation = 0; ///< allocated − (transferred − refunded): still transferable
};
Result<ProjectBalance> projectBalance(Database &db, const QString &projectCode);

} // namespace ledger
} // namespace imdp::core
