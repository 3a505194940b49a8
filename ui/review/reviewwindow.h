// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/review/package.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QListWidget;
class QScrollArea;

namespace imdp::ui {

/// Review mode: one reviewer's package, offline. The proposal on the left, the rubric on the
/// right; read, declare conflicts, score, comment and save back into the package file (a
/// temporary file renamed over it). Nothing here touches a fund file.
class ReviewWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWindow)
public:
    explicit ReviewWindow(core::review::Package package, QWidget *parent = nullptr);

    /// Writes the reviewer's work into the package; false (after an error dialog) on failure.
    bool save();
    bool isDirty() const { return m_dirty; }
    const core::review::Package &package() const { return m_package; }
    /// Shows the proposal at `index` of the package.
    void showProposal(int index);
    /// What keeps the package from being saved (a declared conflict without its note), or empty.
    QString problem() const;
    /// The proposal as the reviewer reads it: its fields in the interface language, amounts and
    /// dates in the locale, the summary in the reading font.
    static QString proposalHtml(const core::review::PackageProposal &proposal);
    /// The words of a score of the 1–5 scale ("5 — Excellent").
    static QString scoreLabel(int score);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildRubric();
    void loadEntry();
    void storeEntry();
    void updateState();
    void saveAttachment();

    core::review::Package m_package;
    int m_current = -1;
    bool m_loading = false;
    bool m_dirty = false;
    QComboBox *m_proposals = nullptr;
    QTextBrowser *m_text = nullptr;
    QListWidget *m_attachments = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_rubricBox = nullptr;
    QComboBox *m_declaration = nullptr;
    QLineEdit *m_declarationNote = nullptr;
    QHash<QString, QComboBox *> m_scores;
    QHash<QString, QLineEdit *> m_comments;
    QComboBox *m_recommendation = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_mean = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace imdp::ui
