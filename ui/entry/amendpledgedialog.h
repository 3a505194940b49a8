// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/ledger/pledges.h"
#include "ui/entry/entrydialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace imdp::ui {

class InstalmentEditor;

/// Amend or cancel a pledge: a new amount, rate, status or instalment schedule, or a cancellation
/// with its reason. Less non-Bank funding can breach the DGF cap, so the same refusal → override
/// flow applies. The rate is fixed once receipts have cleared the pledge at it (as the core says).
class AmendPledgeDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmendPledgeDialog)
public:
    AmendPledgeDialog(core::Database &db, const QString &reference, QWidget *parent = nullptr);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    const core::ledger::Pledge *current() const;
    void pledgeChosen();
    /// The amendment the form describes, or the problems with it.
    std::optional<core::ledger::PledgeAmendment> amendment(const core::ledger::Pledge &p,
                                                           qint64 &usdMinor, QStringList &problems);
    /// The change's effect on the plan basis: {deltaBank, deltaOther} in USD cents.
    std::optional<std::pair<qint64, qint64>> planDelta(QStringList &problems);
    void actionChosen();

    QComboBox *m_pledge;
    QComboBox *m_action;
    QLineEdit *m_amount;
    QLineEdit *m_rate;
    QComboBox *m_status;
    InstalmentEditor *m_instalments;
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QList<core::ledger::Pledge> m_open;
};

} // namespace imdp::ui
