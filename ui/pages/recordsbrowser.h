// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "ui/models/tablemodel.h"

#include <QObject>

class QLabel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QWidget;

namespace imdp::ui {

class FundSession;

/// A proposal's records, read from the core and shown in the tabs the proposal editor gives it:
/// Reviews (each reviewer's scores and the weighted mean), Decision, Terms of reference,
/// Tranches (with their release), Reports (with their receipt) and History. Releases and
/// receipts are ledger events: they run at once, through the core, not on the editor's Save.
class RecordsBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsBrowser)
public:
    /// Adds the record tabs to `tabs` (disabled for a new proposal, `code` empty); `dialogs`
    /// is the window the release and receipt questions open over.
    RecordsBrowser(FundSession *session, const QString &code, QTabWidget *tabs, QWidget *dialogs);

    /// Reads the proposal's records again.
    void load();

    QTableView *trancheView() const { return m_trancheView; }
    QTableView *reportView() const { return m_reportView; }
    QTableView *historyView() const { return m_historyView; }
    QTableWidget *reviewTable() const { return m_reviewTable; }
    QLabel *reviewSummary() const { return m_reviewSummary; }

    /// Releases the tranche selected in the Tranches tab (asks for the payment reference).
    bool releaseSelectedTranche();
    /// Marks the report selected in the Reports tab received today (asks for a note).
    bool receiveSelectedReport();

private:
    void loadReviews();

    FundSession *m_session;
    QString m_code;
    QWidget *m_dialogs;
    QTableWidget *m_reviewTable = nullptr;
    QLabel *m_reviewSummary = nullptr;
    TableModel<core::pipeline::Tranche> *m_tranches = nullptr;
    TableModel<core::pipeline::PartnerReport> *m_reports = nullptr;
    TableModel<core::ProposalMove> *m_history = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_terms = nullptr;
    QTableView *m_trancheView = nullptr;
    QTableView *m_reportView = nullptr;
    QTableView *m_historyView = nullptr;
};

} // namespace imdp::ui
