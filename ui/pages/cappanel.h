// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "ui/models/fundingmodels.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace imdp::ui {

class FundSession;

/// The DGF cap in full: the three bases over the whole fund and per fiscal year (the table a
/// dossier quotes; Copy puts it on the clipboard as tab-separated text), every override with its
/// justification, and a what-if that recomputes the three bases for a hypothetical Bank or other
/// amount without writing anything.
class CapPanel final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapPanel)
public:
    explicit CapPanel(FundSession *session, QWidget *parent = nullptr);

    TableModel<CapRow> *capModel() const { return m_cap; }
    TableModel<core::funding::CapOverride> *overrideModel() const { return m_overrides; }
    TableModel<CapRow> *whatIfModel() const { return m_whatIf; }
    QLineEdit *whatIfBank() const { return m_bank; }
    QLineEdit *whatIfOther() const { return m_other; }
    QString whatIfMessage() const;
    /// The cap table as tab-separated text (what Copy puts on the clipboard).
    QString tableText() const;

private:
    void refresh();
    void recompute();

    FundSession *m_session;
    core::CapStatus m_now;
    TableModel<CapRow> *m_cap;
    TableModel<core::funding::CapOverride> *m_overrides;
    TableModel<CapRow> *m_whatIf;
    QLineEdit *m_bank = nullptr;
    QLineEdit *m_other = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace imdp::ui
