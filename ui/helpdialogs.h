// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QDialog>

class QTableWidget;
class QTextBrowser;

namespace imdp::ui {

/// Help › Keyboard Shortcuts: every action of `window` (menus, tool bars, pages) that has a
/// shortcut, read from the actions themselves when the dialog opens, so the list cannot drift.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

/// Help › User Guide: the guide of the interface language (docs/user-guide.md, docs/fr/…,
/// docs/es/…, compiled into the program under :/guide), shown from its Markdown.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    /// The guide's resource for a language code ("fr" → ":/guide/fr/user-guide.md"); English
    /// for a language without its own guide.
    static QString guidePath(const QString &language);

private:
    QTextBrowser *m_browser;
};

} // namespace imdp::ui
