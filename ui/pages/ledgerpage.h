// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace imdp::ui {

class FundSession;
class JournalModel;
class LedgerColumnFit;

/// Ledger: the journal with filters (dates, account, donor, project, kind), the running balance
/// of the filtered account, the totals of what is shown, and Reverse (with a mandatory reason,
/// confirmed before it is posted). Opens on a million postings without reading them all.
class LedgerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerPage)
public:
    explicit LedgerPage(FundSession *session, QWidget *parent = nullptr);

    JournalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *accountFilter() const { return m_account; }
    QComboBox *donorFilter() const { return m_donor; }
    QComboBox *projectFilter() const { return m_project; }
    QComboBox *kindFilter() const { return m_kind; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    QString totalsText() const;

    /// Reverses the entry of the selected row, asking for the reason and a confirmation.
    void reverseSelected();
    /// Record Transfer…: a tranche to a partner (the transfer dialog), the project filter's
    /// project pre-selected.
    void recordTransfer();
    void refresh();
    void clearFilters();

private:
    void fillFilterLists();
    void applyFilter();
    void updateTotals();

    FundSession *m_session;
    JournalModel *m_model;
    QTableView *m_view = nullptr;
    LedgerColumnFit *m_fit = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_account = nullptr;
    QComboBox *m_donor = nullptr;
    QComboBox *m_project = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_reverse = nullptr;
    bool m_filling = false;
};

} // namespace imdp::ui
