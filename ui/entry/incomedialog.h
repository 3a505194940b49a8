// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "ui/entry/entrydialog.h"

class QDateEdit;
class QLineEdit;

namespace imdp::ui {

/// Investment income: interest or other earnings on the fund's cash, in US dollars.
class IncomeDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomeDialog)
public:
    explicit IncomeDialog(core::Database &db, QWidget *parent = nullptr);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QLineEdit *m_note;
};

} // namespace imdp::ui
