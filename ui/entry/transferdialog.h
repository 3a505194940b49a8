// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "ui/entry/entrydialog.h"

class QDateEdit;

namespace imdp::ui {

/// Ledger › Record Transfer…: a tranche transferred to a project's partner (ledger::transfer, as
/// `imdp transfer`), within the project's allocation. The partner is picked from the directory
/// (retired organisations left out) with "Add organisation…".
class TransferDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)
public:
    /// `project` pre-selects a project (the ledger's project filter), empty for none.
    TransferDialog(core::Database &db, const QString &project, QWidget *parent = nullptr);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    void showBalance();

    QComboBox *m_project;
    QComboBox *m_partner;
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QLineEdit *m_reference;
    QLineEdit *m_note;
};

} // namespace imdp::ui
