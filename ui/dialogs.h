// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace imdp::ui::dialogs {

/// Every modal message and file question of the UI goes through here, so tests can pre-answer
/// them (KeePassXC's "next answer" seam) while the real window runs offscreen.
void error(QWidget *parent, const QString &title, const QString &text);
QString openFileName(QWidget *parent, const QString &title, const QString &filter);
QString saveFileName(QWidget *parent, const QString &title, const QString &filter);
void warning(QWidget *parent, const QString &title, const QString &text);

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
};
void setTestHooks(TestHooks hooks);

/// Asks for one line of text (a move's note, a tranche's reference); nullopt when cancelled.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label);
/// "Discard the unsaved changes?" Returns true when the person agrees to discard them.
bool askDiscard(QWidget *parent, const QString &text);

/// Pre-answers for askText and askDiscard. Kept apart from TestHooks so that the brace-initialised
/// TestHooks of existing tests keep compiling unchanged.
struct QuestionHooks
{
    std::function<std::optional<QString>(const QString &title, const QString &label)> nextText;
    std::function<bool(const QString &text)> nextDiscard;
};
void setQuestionHooks(QuestionHooks hooks);

} // namespace imdp::ui::dialogs
