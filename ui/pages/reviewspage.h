// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QWidget>

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
    /// Asks for a package, shows what importing it would change, and imports it when confirmed.
    void importPackage();

private:
    FundSession *m_session;
    QTableWidget *m_assignments = nullptr;
    QTableWidget *m_progress = nullptr;
    QTableWidget *m_scores = nullptr;
    QComboBox *m_reviewer = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace imdp::ui
