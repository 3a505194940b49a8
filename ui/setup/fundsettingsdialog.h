// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// File › Fund Settings…: every setting of the open fund in one dialog (core/fund/setup.h),
// saved in one audited transaction; a cap below what the plan basis holds is warned about here,
// before saving, and shows on the dashboard at once.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace imdp::ui {

class DiscardGuard;

class FundSession;

class FundSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundSettingsDialog)
public:
    explicit FundSettingsDialog(FundSession *session, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *capBox() const { return m_cap; }
    QComboBox *monthBox() const { return m_month; }
    QSpinBox *dayBox() const { return m_day; }
    QLineEdit *feeEdit() const { return m_fee; }
    /// The warning shown when the cap is below the Bank's share of the plan basis.
    QLabel *capWarning() const { return m_capWarning; }

    void accept() override;
    /// Esc, Cancel or the close button with something typed ask before discarding it.
    void reject() override;

private:
    void updateCapWarning();

    FundSession *m_session;
    QLineEdit *m_name;
    QSpinBox *m_cap;
    QComboBox *m_month;
    QSpinBox *m_day;
    QLineEdit *m_fee;
    QSpinBox *m_reviews;
    QSpinBox *m_quorum;
    QLineEdit *m_waiver;
    QSpinBox *m_attachmentMb;
    QLineEdit *m_spread;
    QLineEdit *m_iati;
    QSpinBox *m_backupKeep;
    QSpinBox *m_backupHours;
    QLabel *m_capWarning;
    qint64 m_planBank = 0; ///< the plan basis as opened, for the live warning
    qint64 m_planTotal = 0;
    DiscardGuard *m_discard;
};

} // namespace imdp::ui
