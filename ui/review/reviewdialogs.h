// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The Reviews page's dialogs: assign a reviewer (with an officer's override of a conflict of
// interest), record a conflict-of-interest declaration, edit a call's rubric, and import a
// review package after its preview. Each writes through the same core call as `imdp review`,
// which validates and audits; a refusal is shown in the core's words and the dialog stays open.

#include "core/review/package.h"
#include "core/review/review.h"
#include "ui/entry/entrydialog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace imdp::ui {

/// Assigns a reviewer to a proposal, or changes an assignment (role, organisation, call,
/// override). A reviewer of the applicant's or the partner's organisation is refused by the core
/// unless the officer writes a reason in "Override reason".
class AssignDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)
public:
    /// `preset` fills the form (an assignment chosen on the page); an empty proposal: the first.
    AssignDialog(core::Database &db, const core::review::Assignment &preset, QWidget *parent);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    QComboBox *m_proposal;
    QLineEdit *m_reviewer;
    QComboBox *m_role;
    QComboBox *m_organisation;
    QComboBox *m_call;
    QLineEdit *m_override;
};

/// Records a reviewer's declaration on one assignment: no conflict, or a conflict and what it is.
class DeclareDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclareDialog)
public:
    DeclareDialog(core::Database &db, const core::review::Assignment &assignment, QWidget *parent);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    core::review::Assignment m_assignment;
    QComboBox *m_declaration;
    QLineEdit *m_note;
};

/// Replaces the rubric of a call: criteria (code, label, weight) in reading order. The form says
/// what is wrong before anything is saved; the core refuses a rubric already scored against.
class RubricDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubricDialog)
public:
    RubricDialog(core::Database &db, const QString &call, QWidget *parent);

    QTableWidget *criteria() const { return m_table; }
    /// Appends an empty criterion row, or removes the selected one.
    void addCriterion();
    void removeCriterion();

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    void load();
    QList<core::review::Criterion> rows() const;

    QComboBox *m_call;
    QTableWidget *m_table;
    bool m_loading = false;
};

/// What importing a review package will change, before anything is written: each proposal with
/// its change (new, update, unchanged) and any conflict with a review already recorded. Import
/// is offered when there is no conflict; with conflicts, only "Accept Incoming Changes", which
/// replaces the recorded reviews (audited with the replaced values). Cancel writes nothing.
class PackageImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageImportDialog)
public:
    PackageImportDialog(core::Database &db, const QString &path,
                        const core::review::ImportPlan &preview, QWidget *parent);

    QTableWidget *changes() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *acceptButton() const { return m_accept; }
    QString summary() const;
    /// Imports (replacing conflicting reviews when `acceptChanges`); closes on success.
    bool runImport(bool acceptChanges);
    const core::review::ImportPlan &result() const { return m_plan; }

private:
    void showPlan(const core::review::ImportPlan &plan);

    core::Database &m_db;
    QString m_path;
    core::review::ImportPlan m_plan;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_import;
    QPushButton *m_accept;
};

} // namespace imdp::ui
