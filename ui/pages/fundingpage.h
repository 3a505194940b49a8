// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/ledger/importpreview.h"
#include "ui/models/fundingmodels.h"

#include <QWidget>

class QLabel;
class QTableView;
class QSortFilterProxyModel;

namespace imdp::ui {

class FundSession;
class EntryDialog;

/// Donors & Funding: the donors that pledged or paid (master) and, for the one selected, its
/// pledges, the instalments of the pledge selected (arrears in red) and its receipts (detail).
/// The entry dialogs and the CSV imports start here.
class FundingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingPage)
public:
    explicit FundingPage(FundSession *session, QWidget *parent = nullptr);

    void refresh();
    TableModel<core::ledger::DonorPosition> *donorModel() const { return m_donors; }
    TableModel<core::ledger::Pledge> *pledgeModel() const { return m_pledges; }
    TableModel<InstalmentRow> *instalmentModel() const { return m_instalments; }
    TableModel<core::ledger::Receipt> *receiptModel() const { return m_receipts; }
    QTableView *donorView() const { return m_donorView; }
    QTableView *pledgeView() const { return m_pledgeView; }
    QTableView *receiptView() const { return m_receiptView; }
    /// The reference of the pledge selected in the donor's pledges, or empty.
    QString selectedPledge() const;
    QString selectedDonor() const;
    void selectDonor(const QString &name);

    void recordPledge();
    void recordReceipt();
    void amendPledge();
    void recordIncome();
    /// One of the statement's other lines (StatementLineDialog::Kind).
    void recordStatementLine(int kind);
    void importFile(core::ledger::ImportKind kind);
    void showCapPanel();

private:
    void donorChosen();
    /// Says what a dialog recorded and selects its row (FundSession::recorded).
    void recorded(const EntryDialog &d);
    void pledgeChosen();

    FundSession *m_session;
    TableModel<core::ledger::DonorPosition> *m_donors;
    TableModel<core::ledger::Pledge> *m_pledges;
    TableModel<InstalmentRow> *m_instalments;
    TableModel<core::ledger::Receipt> *m_receipts;
    QSortFilterProxyModel *m_donorProxy;
    QTableView *m_donorView = nullptr;
    QTableView *m_pledgeView = nullptr;
    QTableView *m_receiptView = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_empty = nullptr;
    QList<core::ledger::Pledge> m_allPledges;
    QList<core::ledger::Receipt> m_allReceipts;
};

} // namespace imdp::ui
