// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/review/review.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace imdp::ui {

class FundSession;

/// The Reviews page: assignments, progress per reviewer, the round's scores, and the review
/// packages going out (export) and coming back (import, after a preview of what will change).
class ReviewsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewsPage)
public:
    explicit ReviewsPage(FundSession *session, QWidget *parent = nullptr);

    void refresh();
    /// Asks for a file name and writes the package of the reviewer chosen in the page.
    void exportPackage();
    /// Asks for a package, shows what importing it would change (and any conflict with a review
    /// already recorded), and imports it, or accepts the incoming changes, when the officer says so.
    void importPackage();
    /// Assigns a reviewer (or changes the selected assignment), with an override reason for a
    /// reviewer flagged by a conflict of interest.
    void assignReviewer();
    /// Records a conflict-of-interest declaration on the selected assignment.
    void declareConflict();
    /// Edits the rubric of the selected assignment's call (the default call when none).
    void editRubric();
    /// Selects the assignment of `reviewer` on `code`; false when there is none.
    bool selectAssignment(const QString &code, const QString &reviewer);

private:
    /// The assignment selected in the table, if any.
    std::optional<core::review::Assignment> selected() const;

    FundSession *m_session;
    QList<core::review::Assignment> m_rows;
    QTableWidget *m_assignments = nullptr;
    QTableWidget *m_progress = nullptr;
    QTableWidget *m_scores = nullptr;
    QComboBox *m_reviewer = nullptr;
    QLabel *m_status = nullptr;
    QList<QWidget *> m_writers; ///< disabled when the fund is open read-only
};

} // namespace imdp::ui
