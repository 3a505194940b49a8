// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/fund/organisations.h"
#include "ui/entry/entrydialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace imdp::ui {

/// Add or edit one organisation of the directory: the same dialog from the Organisations page and
/// from every entry dialog's "Add organisation…" (pre-filled with what was typed there).
class OrganisationDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationDialog)
public:
    /// A new organisation, its name pre-filled (and its kind, when given).
    OrganisationDialog(core::Database &db, const QString &name, const QString &kind,
                       QWidget *parent = nullptr);
    /// Edits `existing` (a rename when the name changes).
    OrganisationDialog(core::Database &db, const core::Organisation &existing,
                       QWidget *parent = nullptr);

    /// The organisation's name as stored, once saved.
    QString savedName() const { return m_savedName; }

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    void build(const core::Organisation &o);
    core::Organisation fields() const;

    QString m_editing; ///< the name of the organisation edited; empty for a new one
    QString m_savedName;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_short = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_gmg = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_iati = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_email = nullptr;
};

/// Fills `box` with the organisations offered for a new record (retired ones left out), the
/// item data from `data`; keeps the text typed. `blank` adds an empty first item.
void fillOrganisations(QComboBox *box, core::Database &db,
                       const std::function<QVariant(const core::Organisation &)> &data,
                       bool blank = false);

/// `box` beside an "Add organisation…" button: the organisation dialog, pre-filled with the text
/// of `box`; once saved, the new organisation is added to `box` (data from `data`) and selected.
QWidget *withAddOrganisation(QComboBox *box, core::Database &db, const QString &kind,
                             const std::function<QVariant(const core::Organisation &)> &data,
                             QWidget *parent);

} // namespace imdp::ui
