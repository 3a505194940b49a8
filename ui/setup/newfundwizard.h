// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// File › New Fund…: a short wizard for a secretariat's own fund. Name and file; fiscal year start,
// DGF cap and fee rule; the objectives and action areas to start from (the seed's three
// objectives and two areas pre-filled, editable); optionally an organisations CSV (previewed). The
// fund is created in one go when it finishes (Database::create: all or nothing, never over an
// existing file).

#include "core/fund/programme.h"
#include "core/result.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace imdp::core {
class Database;
}

namespace imdp::ui {

class DiscardGuard;

class NewFundWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewFundWizard)
public:
    explicit NewFundWizard(QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *fileEdit() const { return m_file; }
    QSpinBox *capBox() const { return m_cap; }
    QComboBox *monthBox() const { return m_month; }
    QSpinBox *dayBox() const { return m_day; }
    QLineEdit *feeEdit() const { return m_fee; }
    QTableWidget *objectivesTable() const { return m_objectives; }
    QTableWidget *areasTable() const { return m_areas; }

    /// The file to create (".imdp" added when it has no suffix).
    QString path() const;
    /// Writes what the wizard holds into a new, empty fund: settings, fee rule, programme.
    core::Status populate(core::Database &db) const;
    QLineEdit *organisationsCsvEdit() const { return m_orgCsv; }
    QLabel *organisationsSummary() const { return m_orgSummary; }
    /// Previews the organisations CSV (the import run and rolled back on a scratch fund) and
    /// shows the summary: the organisations it will add, or every problem. False on a problem.
    bool previewOrganisations();
    /// Esc, Cancel or the close button with something typed ask before discarding it.
    void reject() override;

private:
    QList<core::Objective> objectiveRows() const;
    QList<core::ActionArea> areaRows() const;

    QLineEdit *m_name;
    QLineEdit *m_file;
    QSpinBox *m_cap;
    QComboBox *m_month;
    QSpinBox *m_day;
    QLineEdit *m_fee;
    QTableWidget *m_objectives;
    QTableWidget *m_areas;
    QLineEdit *m_orgCsv;
    QLabel *m_orgSummary;
    DiscardGuard *m_discard;
};

} // namespace imdp::ui
