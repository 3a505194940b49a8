// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/fund/organisations.h"
#include "ui/models/tablemodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace imdp::ui {

class FundSession;

/// One row of the Organisations page: the organisation and the records it is on.
struct OrganisationRow
{
    core::Organisation org;
    core::organisations::Usage usage;
};

/// Organisations: the fund's directory of donors, partners and applicants, searchable and
/// filtered by kind, with the records each is on; add, edit, retire, merge and delete.
class OrganisationsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationsPage)
public:
    explicit OrganisationsPage(FundSession *session, QWidget *parent = nullptr);

    void refresh();
    TableModel<OrganisationRow> *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QCheckBox *showRetired() const { return m_showRetired; }
    QString selectedName() const;
    void selectOrganisation(const QString &name);

    void addOrganisation();
    void editOrganisation();
    void toggleRetired();
    void mergeOrganisation();
    void deleteOrganisation();
    void importOrganisations();

private:
    void showRows();
    void selectionChanged();

    FundSession *m_session;
    TableModel<OrganisationRow> *m_model;
    QList<OrganisationRow> m_all;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_showRetired = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_retire = nullptr;
};

} // namespace imdp::ui
