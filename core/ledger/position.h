// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The fund position: what was pledged, received, allocated, transferred and spent at a date,
// by donor, source and fiscal year, USD cents; and what is available for allocation.

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QHash>

namespace imdp::core {

class Database;

namespace ledger {

struct DonorPosition
{
    QString donor;
    QString source;
    qint64 pledged = 0;
    qint64 prospective = 0;
    qint64 received = 0;
    qint64 outstanding = 0; ///< max(0, pledged − received)
    qint64 arrears = 0;     ///< instalments due and not paid, at the pledges' rates
};

struct SourcePosition
{
    QString source;
    qint64 pledged = 0;
    qint64 prospective = 0;
    qint64 received = 0;
};

struct FiscalYearPosition
{
    int year = 0;  ///< named by the calendar year it ends in: FY2027 = Jul 2026–Jun 2027
    QDate start;
    QDate end;
    qint64 pledged = 0;
    qint64 received = 0;
    qint64 income = 0;
    qint64 fees = 0;
    qint64 allocated = 0;
    qint64 transferred = 0;
    qint64 expenditure = 0;
    qint64 refunded = 0;
};

/// The fund's figures at the end of a date (entries dated on or before it), USD cents.
struct FundPosition
{
    QDate at;
    qint64 pledged = 0;     ///< signed pledges at their recorded rates
    qint64 prospective = 0; ///< prospective pledges
    qint64 received = 0;
    qint64 outstanding = 0; ///< Σ over donors of max(0, pledged − received)
    qint64 arrears = 0;
    qint64 income = 0;
    qint64 fees = 0;
    qint64 exchangeDifferences = 0; ///< gains positive
    qint64 allocated = 0;
    qint64 transferred = 0;
    qint64 expenditure = 0;
    qint64 refunded = 0;
    qint64 waived = 0; ///< residuals written off at financial closing (not reported expenditure)
    qint64 partnerInterest = 0;  ///< interest remitted by partners
    qint64 transfersToFunds = 0; ///< transfers to other trust funds
    qint64 directCosts = 0;
    qint64 bankCharges = 0;
    qint64 heldByPartners = 0;
    qint64 cash = 0;
    /// received + income + partnerInterest − fees − transfersToFunds − directCosts − bankCharges
    /// − allocated
    qint64 available = 0;
    QList<DonorPosition> byDonor;       ///< by donor name
    QList<SourcePosition> bySource;     ///< donor, bank
    QList<FiscalYearPosition> byFiscalYear;
};
Result<FundPosition> position(Database &db, const QDate &at);

/// What can be allocated on a date: received + income + partner interest − fees − transfers to
/// other funds − direct costs − bank charges − allocated.
Result<qint64> availableForAllocation(Database &db, const QDate &at);

} // namespace ledger
} // namespace imdp::core
