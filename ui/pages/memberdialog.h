// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "ui/entry/entrydialog.h"

class QDateEdit;

namespace imdp::ui {

/// Committee › Add Member…: a member of the Oversight Committee (core::members::add, as
/// `imdp committee member add`): name, the organisation represented (the directory's, retired
/// ones left out, with "Add organisation…"), constituency, role and term.
class MemberDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDialog)
public:
    MemberDialog(core::Database &db, QWidget *parent = nullptr);

    static QString roleLabel(const QString &key);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    QLineEdit *m_name;
    QComboBox *m_organisation;
    QComboBox *m_constituency;
    QComboBox *m_role;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace imdp::ui
