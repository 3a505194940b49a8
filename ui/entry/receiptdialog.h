// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/ledger/pledges.h"
#include "core/ledger/receipts.h"
#include "ui/entry/entrydialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace imdp::ui {

/// Record receipt: money a donor paid in, in its currency at the rate used, against one of its
/// pledges or not.
class ReceiptDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptDialog)
public:
    ReceiptDialog(core::Database &db, const QString &donor, QWidget *parent = nullptr);
    /// Opened from a selected pledge: that pledge is chosen (and its donor and currency).
    ReceiptDialog(core::Database &db, const QString &donor, const QString &pledge, QWidget *parent);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    std::optional<core::ledger::Receipt> receipt(QStringList &problems);
    void fillPledges();

    QComboBox *m_donor;
    QComboBox *m_source;
    QLineEdit *m_reference;
    QDateEdit *m_date;
    QComboBox *m_pledge;
    QLineEdit *m_feeBps; ///< this receipt's own fee in basis points; empty: the fund's rule
    QList<core::ledger::Pledge> m_open;
};

} // namespace imdp::ui
