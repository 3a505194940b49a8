// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/ledger/importpreview.h"
#include "ui/fundsession.h"
#include "ui/models/tablemodel.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace imdp::ui {

/// One row of a CSV file as the preview lists it, with what is wrong with it.
struct PreviewRow
{
    int line = 0;
    QStringList fields;
    QString problem; ///< every problem of the line, one per line of text
};

/// A receipts or pledges CSV before it is imported: every row, every bad row as
/// "FILE:LINE: field: reason", and the totals, from the real import rolled back. Import is
/// possible only when no row is bad; nothing is written before the officer presses it.
/// The preview and the import run on a worker thread (250,000 rows take seconds) with a progress
/// bar; Cancel stops them and nothing is written. Meanwhile the window stays responsive and the
/// fund's connection is lent to the worker (FundSession::Loan).
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)
public:
    /// `openingDate`: for ImportKind::Opening, the date the balances are as of. The preview
    /// starts at once.
    ImportPreviewDialog(core::Database &db, core::ledger::ImportKind kind, const QString &path,
                        QWidget *parent = nullptr, const QDate &openingDate = {});
    ~ImportPreviewDialog() override;

    TableModel<PreviewRow> *model() const { return m_model; }
    QPushButton *importButton() const { return m_import; }
    QProgressBar *progressBar() const { return m_progress; }
    QString summary() const;
    /// Starts the import for real (after the cap override's justification when the cap refused
    /// the file); the dialog closes once it is written. False when it cannot start.
    bool runImport();
    qint64 importedRows() const { return m_imported; }
    /// The preview or the import is running on the worker.
    bool isWorking() const { return m_worker != nullptr; }
    /// Stops the running preview or import: its transaction rolls back, nothing is written.
    void cancelWork();
    /// The first row's value in the CSV column `column` ("reference", "donor", "name"), to select
    /// what was imported; empty when the file has no such column.
    QString firstValue(const QString &column) const;

    /// Esc, Cancel or the close button while the worker runs stop it rather than close.
    void reject() override;

Q_SIGNALS:
    /// The worker finished (the preview shown, the import written, refused or cancelled).
    void workFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Work
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic_bool cancel{false};
    };
    /// Runs `job` on a worker thread with the progress bar shown, then `done` on this thread.
    void startWork(const QString &doing, std::function<void()> job, std::function<void()> done);
    void finishWork();
    void startPreview(bool importAfter = false);
    void showPreview(const core::Result<core::ledger::ImportPreview> &p);
    void startImport();

    core::Database &m_db;
    core::ledger::ImportKind m_kind;
    QString m_path;
    QDate m_openingDate;
    QString m_override;
    bool m_capRefused = false;
    TableModel<PreviewRow> *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_tick = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<Work> m_work;
    std::function<void()> m_done;
    std::optional<FundSession::Loan> m_loan;
    qint64 m_imported = 0;
    QStringList m_header;
};

} // namespace imdp::ui
