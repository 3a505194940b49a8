// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/committee/meetings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace imdp::core {
class Database;
}

namespace imdp::ui {

class DiscardGuard;

/// "Record decisions": every undecided proposal on a held meeting's agenda in one form, written
/// all or nothing through meetings::decide; the minutes are printed from what it records.
class DecisionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionsDialog)

public:
    DecisionsDialog(core::Database &db, qint64 meetingId, QWidget *parent = nullptr);

    /// One row per undecided agenda proposal; tests fill these the way a user would.
    struct Row
    {
        QString code;
        QComboBox *decision = nullptr;
        QLineEdit *amount = nullptr;
        QLineEdit *conditions = nullptr;
    };
    const QList<Row> &rows() const { return m_rows; }
    /// Why the last accept() was refused (empty when it succeeded).
    QString problem() const;

    void accept() override;
    /// Esc, Cancel or the close button with something typed ask before discarding it.
    void reject() override;

private:
    core::Database &m_db;
    qint64 m_meeting;
    QList<Row> m_rows;
    QLabel *m_problem;
    DiscardGuard *m_discard;
};

} // namespace imdp::ui
