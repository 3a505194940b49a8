// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace imdp::ui::dialogs {

/// Every modal message and file question of the UI goes through here, so tests can pre-answer
/// them (KeePassXC's "next answer" seam) while the real window runs offscreen.
void error(QWidget *parent, const QString &title, const QString &text);
QString openFileName(QWidget *parent, const QString &title, const QString &filter);
QString saveFileName(QWidget *parent, const QString &title, const QString &filter);

struct TestHooks
{
    std::function<void(const QString &title, const QString &text)> onError;
    std::function<QString()> nextFileName;
};
void setTestHooks(TestHooks hooks);

} // namespace imdp::ui::dialogs
