// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/ledger/pledges.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace imdp::ui {

/// A pledge's instalment schedule as a small table: one row per instalment (due date, amount in
/// the pledge's currency, typed in the user's locale), Add and Remove buttons, and the sum shown
/// against the pledged amount. The schedule is checked by the core's own rule
/// (ledger::checkInstalments) before the dialog may save.
class InstalmentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstalmentEditor)
public:
    explicit InstalmentEditor(QWidget *parent = nullptr);

    /// The currency the amounts are in; re-reads nothing, only how amounts parse and show.
    void setCurrency(const QString &code);
    /// Replaces the rows with a recorded schedule.
    void setInstalments(const QList<core::ledger::Instalment> &list);
    /// Appends a row; an empty `amount` proposes what is left to schedule.
    void addRow(const QDate &due = {}, const QString &amount = {});
    int rowCount() const;
    QDateEdit *dueEdit(int row) const;
    QLineEdit *amountEdit(int row) const;

    /// The schedule, checked against `pledgedMinor` (when known) as the core checks it, and the
    /// sum line updated; nullopt with the problems when a row cannot be read or the rule fails.
    std::optional<QList<core::ledger::Instalment>> instalments(std::optional<qint64> pledgedMinor,
                                                               QStringList &problems);
    QString sumText() const;

Q_SIGNALS:
    void changed();

private:
    void removeSelected();
    QString format(qint64 minor) const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_sum;
    QString m_currency = QStringLiteral("USD");
    std::optional<qint64> m_pledged; ///< as last checked, to propose the rest on Add
    qint64 m_sumMinor = 0;
};

} // namespace imdp::ui
