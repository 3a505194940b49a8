// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/funding/caprule.h"

#include <QDate>
#include <QList>

namespace imdp::core {

class Database;

/// The DGF cap on its three bases, from the fund's own records (DOMAIN.md, "The DGF 15% cap"):
/// plan = every pledge not cancelled (prospective included: the funding requested);
/// pledged = signed pledges; received = receipts not reversed. USD cents at each record's own rate.
struct CapStatus
{
    int capBps = kDefaultCapBps;
    CapFigures plan;
    CapFigures pledged;
    CapFigures received;
};

/// The same three bases for one fiscal year (pledges and receipts by their dates).
struct FiscalYearCap
{
    int fiscalYear = 0; ///< the calendar year in which the fiscal year ends (FY27 = Jul 2026–Jun 2027)
    QDate start;
    QDate end;
    CapStatus status;
};

/// A hypothetical change, per basis, in USD cents (negative to reduce).
struct CapChange
{
    qint64 planBank = 0, planOther = 0;
    qint64 pledgedBank = 0, pledgedOther = 0;
    qint64 receivedBank = 0, receivedOther = 0;
};

namespace funding {

Result<int> capBps(Database &db);
Status setCapBps(Database &db, int bps);

Result<CapStatus> capStatus(Database &db);
Result<QList<FiscalYearCap>> capByFiscalYear(Database &db);

/// The three bases after a change, computed without writing anything.
Result<CapStatus> whatIf(const CapStatus &now, const CapChange &change);

/// The one enforcement rule: a change that leaves the plan basis non-compliant is refused, with
/// the numbers and the headroom, unless an officer gives a written justification (`override`),
/// which the caller keeps with the record and in the audit trail. A change that does not raise
/// the Bank's share on the plan basis (more other funding, less Bank) is never refused.
/// `what` names the change for the record ("pledge DGF-2027-01"). An override that was needed is
/// itself recorded in the audit trail (command `funding.cap_override`), so dossiers can list it.
Status checkPlanChange(Database &db, qint64 deltaBank, qint64 deltaOther,
                       const QString &overrideText, const QString &what);

/// The refusal checkPlanChange() would give this change without an override, its figures as
/// values (capRefusalOf() in core/funding/caprule.h reads them back); nullopt when the change is
/// allowed. Nothing is written: a form says it before the officer saves.
Result<std::optional<Error>> planChangeRefusal(Database &db, qint64 deltaBank, qint64 deltaOther,
                                               const QString &what);

/// For batch commands (imports), inside their open transaction: refused when the plan basis now
/// stands non-compliant and the batch raised the Bank's share from `before`, unless overridden.
Status checkPlanAfterBatch(Database &db, const CapStatus &before, const QString &overrideText,
                           const QString &what);

/// An override of the cap rule: who, when, what, why, and where the share stood after it.
struct CapOverride
{
    QString at;
    QString actor;
    QString what;
    QString justification;
    qint64 shareBps = 0;
    qint64 bank = 0;
    qint64 total = 0;
};
Result<QList<CapOverride>> overrides(Database &db);

} // namespace funding
} // namespace imdp::core
