// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// File › Objectives and Areas… and File › Funding Windows… (issue 16): the fund's programme as
// data (core/fund/programme.h) in the desktop, with the CLI's checks. One dialog with three tabs
// (objectives, action areas, funding windows); each row is added or edited in its own entry
// dialog, whose errors name the field, and nothing is written while one is shown. Codes never
// change; an objective or area is removed only while nothing uses it.

#include "core/fund/programme.h"
#include "ui/entry/entrydialog.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace imdp::ui {

class FundSession;

/// Adds an objective (code and titles) or edits one (titles only).
class ObjectiveDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectiveDialog)
public:
    /// `existing` empty code: a new objective.
    ObjectiveDialog(core::Database &db, const core::Objective &existing, QWidget *parent);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    QString m_editing;
    QLineEdit *m_code;
    QLineEdit *m_en;
    QLineEdit *m_fr;
    QLineEdit *m_es;
};

/// Adds an action area (code and title) or edits one (title only).
class AreaDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaDialog)
public:
    AreaDialog(core::Database &db, const core::ActionArea &existing, QWidget *parent);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    QString m_editing;
    QLineEdit *m_code;
    QLineEdit *m_title;
};

/// Opens a funding window or edits one (its code stays): title, dates, the objectives and areas
/// it accepts, the ceilings in USD (exact, in the user's locale).
class WindowDialog final : public EntryDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowDialog)
public:
    WindowDialog(core::Database &db, const core::FundingWindow &existing, QWidget *parent);

    QDateEdit *opensEdit() const { return m_opens; }
    QDateEdit *closesEdit() const { return m_closes; }
    QListWidget *objectivesList() const { return m_objectives; }
    QListWidget *areasList() const { return m_areas; }
    /// Ticks the listed codes (and unticks the others) in `list`.
    static void check(QListWidget *list, const QStringList &codes);

protected:
    QStringList validate() override;
    std::optional<core::Result<qint64>> save() override;

private:
    std::optional<core::FundingWindow> window(QStringList &problems) const;

    QString m_editing;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QDateEdit *m_opens;
    QDateEdit *m_closes;
    QListWidget *m_objectives;
    QListWidget *m_areas;
    QLineEdit *m_ceiling;
    QLineEdit *m_total;
};

class ProgrammeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgrammeDialog)
public:
    enum Tab { Objectives, Areas, Windows };
    ProgrammeDialog(FundSession *session, Tab tab, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *objectivesTable() const { return m_objectiveTable; }
    QTableWidget *areasTable() const { return m_areaTable; }
    QTableWidget *windowsTable() const { return m_windowTable; }

    // The buttons' actions: the entry dialog through dialogs::exec, then the tables again.
    void addObjective();
    void editObjective(const QString &code);
    void removeObjective(const QString &code);
    void addArea();
    void editArea(const QString &code);
    void removeArea(const QString &code);
    void addWindow();
    void editWindow(const QString &code);

private:
    void refresh();
    void afterChange();
    QString selectedCode(QTableWidget *table) const;
    QWidget *tabPage(QTableWidget *table, const QList<QPushButton *> &buttons);

    FundSession *m_session;
    QTabWidget *m_tabs;
    QTableWidget *m_objectiveTable;
    QTableWidget *m_areaTable;
    QTableWidget *m_windowTable;
    QPushButton *m_editObjective;
    QPushButton *m_removeObjective;
    QPushButton *m_editArea;
    QPushButton *m_removeArea;
    QPushButton *m_editWindow;
    QList<core::Objective> m_objectiveRows;
    QList<core::ActionArea> m_areaRows;
};

} // namespace imdp::ui
