// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace imdp::ui::dialogs {

/// Every modal message, question and dialog of the UI goes through here, so tests can pre-answer
/// them (KeePassXC's "next answer" seam) while the real window runs offscreen.
void error(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
QString openFileName(QWidget *parent, const QString &title, const QString &filter);
QString saveFileName(QWidget *parent, const QString &title, const QString &filter);
void warning(QWidget *parent, const QString &title, const QString &text);

/// Where to write an output, as chosen by the person.
struct OutputChoice
{
    QString path;         ///< empty when cancelled or refused
    bool replace = false; ///< the person agreed to replace the existing file at `path`
};
/// Asks for an output's name (saveFileName), then checks it (core/io/output.h): a fund, a
/// backup, a lock or a link is refused with an error; an existing file is replaced only when the
/// person confirms (confirm() with a "Replace" button, which is never the default).
/// `suggested` is the file name offered (fund, report, date, language: suggestedOutputName).
OutputChoice saveOutputFileName(QWidget *parent, const QString &title, const QString &filter,
                                const QString &suffix = {}, const QString &suggested = {});
/// A file name for an output made of its parts, joined by '-', each reduced to letters, digits,
/// '.' and '_' ("Trust Fund", "sources-uses", "2026-12-05", "fr" → "Trust_Fund-sources-uses-
/// 2026-12-05-fr.pdf"), plus `extension`.
QString suggestedOutputName(const QStringList &parts, const QString &extension);
/// A yes/no question (Yes is the default answer); true when the person said yes.
bool confirm(QWidget *parent, const QString &title, const QString &text);

/// The answer to "this fund is in use by USER on HOST since TIME".
enum class InUseAnswer { OpenReadOnly, BreakLock, Cancel };
/// Offers Open Read-Only / Cancel, and Break Lock when the lock is stale or from another host.
InUseAnswer askInUse(QWidget *parent, const QString &text, bool breakable);

/// Asks before something that cannot be undone; `action` names the accepting button.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action);

/// Asks for a text that must not be blank (a reason, a justification). Empty when cancelled.
QString requiredText(QWidget *parent, const QString &title, const QString &label);

/// Shows why the DGF cap refuses a change and offers "Record with override…", which asks for the
/// written justification. Returns it, or an empty string when the officer gives up.
QString capOverride(QWidget *parent, const QString &title, const QString &refusal);

/// Runs a dialog modally (QDialog::exec), or hands it to a test that fills it in.
int exec(QDialog *dialog);

struct TestHooks
{
    std::function<void(const QString &title, const QString &text)> onError = {};
    std::function<QString()> nextFileName = {};
    std::function<void(const QString &title, const QString &text)> onWarning = {};
    /// Receives the question's text and whether breaking was offered; returns the answer.
    std::function<InUseAnswer(const QString &text, bool breakable)> nextInUseAnswer = {};
    std::function<bool(const QString &title, const QString &text)> onConfirm = {};
    std::function<QString(const QString &title, const QString &label)> nextText = {};
    std::function<QString(const QString &refusal)> onCapRefusal = {};
    std::function<int(QDialog *dialog)> onDialog = {};
    std::function<void(const QString &title, const QString &text)> onInformation = {};
    /// Receives the question's text; returns the answer.
    std::function<bool(const QString &text)> nextConfirm = {};
};
void setTestHooks(TestHooks hooks);

/// Asks for one line of text (a move's note, a tranche's reference); nullopt when cancelled.
std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label);
/// "Discard the unsaved changes?" with Discard and Keep Editing (the default, and Esc). Returns
/// true when the person chose to discard them. Dialogs ask through DiscardGuard.
bool askDiscard(QWidget *parent, const QString &text);

/// Pre-answers for askText and askDiscard. Kept apart from TestHooks so that the brace-initialised
/// TestHooks of existing tests keep compiling unchanged.
struct QuestionHooks
{
    std::function<std::optional<QString>(const QString &title, const QString &label)> nextText;
    std::function<bool(const QString &text)> nextDiscard;
    /// Receives the file name an output question suggested (saveOutputFileName).
    std::function<void(const QString &suggested)> onSuggestedName = {};
};
void setQuestionHooks(QuestionHooks hooks);

} // namespace imdp::ui::dialogs
