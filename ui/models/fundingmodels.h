// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/funding/capstatus.h"
#include "core/ledger/pledges.h"
#include "core/ledger/position.h"
#include "core/ledger/receipts.h"
#include "ui/models/tablemodel.h"

#include <QDate>

namespace imdp::ui {

/// One instalment of a pledge as the Funding page shows it: what is due, and what of it is late.
struct InstalmentRow
{
    QDate due;
    qint64 amountMinor = 0;
    QString currency;
    qint64 arrearsMinor = 0; ///< due before today and not covered by what was paid
    /// Due today and not covered: owed, but not late yet (issue 20: "Due today", not arrears).
    qint64 dueTodayMinor = 0;
};

/// The instalments of a pledge, paid in order of due date: what was paid covers the earliest first.
QList<InstalmentRow> instalmentRows(const core::ledger::Pledge &pledge, const QDate &today);

/// One line of the cap table: a basis, over the whole fund or one fiscal year.
struct CapRow
{
    QString basis;  ///< plan, pledged, received
    QString period; ///< "All years" or "FY2027"
    core::CapFigures figures;
    int capBps = core::kDefaultCapBps;
};
QList<CapRow> capRows(const core::CapStatus &status, const QString &period);

/// The item models of the Donors & Funding page and of the cap panel.
TableModel<core::ledger::DonorPosition> *makeDonorModel(QObject *parent);
TableModel<core::ledger::Pledge> *makePledgeModel(const QDate &today, QObject *parent);
TableModel<InstalmentRow> *makeInstalmentModel(QObject *parent);
TableModel<core::ledger::Receipt> *makeReceiptModel(QObject *parent);
TableModel<CapRow> *makeCapModel(QObject *parent);
TableModel<core::funding::CapOverride> *makeOverrideModel(QObject *parent);

} // namespace imdp::ui
