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
void warning(QWidget *parent, const QString &title, const QString &text);
/// A yes/no question (Yes is the default answer); true when the person said yes.
bool confirm(QWidget *parent, const QString &title, const QString &text);

/// The answer to "this fund is in use by USER on HOST since TIME".
enum class InUseAnswer { OpenReadOnly, BreakLock, Cancel };
/// Offers Open Read-Only / Cancel, and Break Lock when the lock is stale or from another host.
InUseAnswer askInUse(QWidget *parent, const QString &text, bool breakable);

struct TestHooks
{
    std::function<void(const QString &title, const QString &text)> onError;
    std::function<QString()> nextFileName;
    std::function<void(const QString &title, const QString &text)> onWarning;
    /// Receives the question's text and whether breaking was offered; returns the answer.
    std::function<InUseAnswer(const QString &text, bool breakable)> nextInUseAnswer;
    /// Receives the question's text; returns the answer.
    std::function<bool(const QString &text)> nextConfirm = {};
};
void setTestHooks(TestHooks hooks);

} // namespace imdp::ui::dialogs
