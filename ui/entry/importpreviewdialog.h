// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/ledger/importpreview.h"
#include "ui/models/tablemodel.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

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
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)
public:
    /// `openingDate`: for ImportKind::Opening, the date the balances are as of.
    ImportPreviewDialog(core::Database &db, core::ledger::ImportKind kind, const QString &path,
                        QWidget *parent = nullptr, const QDate &openingDate = {});

    TableModel<PreviewRow> *model() const { return m_model; }
    QPushButton *importButton() const { return m_import; }
    QString summary() const;
    /// Imports for real; closes on success.
    bool runImport();
    qint64 importedRows() const { return m_imported; }
    /// The first row's value in the CSV column `column` ("reference", "donor", "name"), to select
    /// what was imported; empty when the file has no such column.
    QString firstValue(const QString &column) const;

private:
    void preview();

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
    qint64 m_imported = 0;
    QStringList m_header;
};

} // namespace imdp::ui
