// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/ledger/pledges.h"
#include "ui/entry/entrydialog.h"

class QLineEdit;
class QComboBox;
class QDateEdit;

namespace imdp::ui {

class InstalmentEditor;

/// Record pledge: a donor's promise, in its currency, at a rate, with optional instalments. A Bank
/// pledge that the DGF cap refuses is offered "Record with override…".
class PledgeDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PledgeDialog)
public:
    PledgeDialog(core::Database &db, const QString &donor, QWidget *parent = nullptr);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    std::optional<core::ledger::Pledge> pledge(QStringList &problems);

    QComboBox *m_donor;
    QComboBox *m_source;
    QLineEdit *m_reference;
    QDateEdit *m_date;
    QComboBox *m_status;
    InstalmentEditor *m_instalments;
    QLineEdit *m_note;
};

} // namespace imdp::ui
