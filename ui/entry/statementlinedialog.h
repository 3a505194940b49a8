// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "ui/entry/entrydialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace imdp::ui {

/// The lines of the standard statement besides receipts, income and tranches (issue 18), one
/// dialog per kind: interest remitted by a partner, a transfer to another trust fund, direct
/// costs, bank charges and the administrative agent's fee adjustment. Each saves through the
/// ledger command the CLI uses (core/ledger/charges.cpp), in US dollars.
class StatementLineDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementLineDialog)
public:
    enum class Kind { PartnerInterest, FundTransfer, DirectCost, BankCharge, FeeAdjust };
    StatementLineDialog(core::Database &db, Kind kind, QWidget *parent = nullptr);

    /// The dialog's title for a kind (also the command's menu text, without the ellipsis).
    static QString title(Kind kind);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    Kind m_kind;
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QComboBox *m_direction = nullptr; ///< fee adjustment: charge more or give back
    QLineEdit *m_project = nullptr;
    QComboBox *m_partner = nullptr;
    QLineEdit *m_fund = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_note = nullptr; ///< the note, or the reason of a fee adjustment
};

} // namespace imdp::ui
