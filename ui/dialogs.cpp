// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace imdp::ui::dialogs {

namespace {
TestHooks s_hooks;
QuestionHooks s_questions;
} // namespace

void setTestHooks(TestHooks hooks)
{
    s_hooks = std::move(hooks);
}

void error(QWidget *parent, const QString &title, const QString &text)
{
    if (s_hooks.onError) {
        s_hooks.onError(title, text);
        return;
    }
    QMessageBox::critical(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (s_hooks.nextFileName)
        return s_hooks.nextFileName();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString saveFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (s_hooks.nextFileName)
        return s_hooks.nextFileName();
    return QFileDialog::getSaveFileName(parent, title, QString(), filter);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    if (s_hooks.onWarning) {
        s_hooks.onWarning(title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

InUseAnswer askInUse(QWidget *parent, const QString &text, bool breakable)
{
    if (s_hooks.nextInUseAnswer)
        return s_hooks.nextInUseAnswer(text, breakable);
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("dialogs", "Fund in use"),
                    text, QMessageBox::NoButton, parent);
    box.setInformativeText(
        breakable ? QCoreApplication::translate(
                        "dialogs", "Break the lock only if you are sure nobody is working in this "
                                   "file: the break is recorded in the audit trail.")
                  : QCoreApplication::translate("dialogs",
                                                "You can open it read-only to look at it."));
    QPushButton *readOnly = box.addButton(
        QCoreApplication::translate("dialogs", "Open Read-Only"), QMessageBox::AcceptRole);
    QPushButton *breakLock = nullptr;
    if (breakable)
        breakLock = box.addButton(QCoreApplication::translate("dialogs", "Break Lock"),
                                  QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return InUseAnswer::OpenReadOnly;
    if (breakLock && box.clickedButton() == breakLock)
        return InUseAnswer::BreakLock;
    return InUseAnswer::Cancel;
}

void setQuestionHooks(QuestionHooks hooks)
{
    s_questions = std::move(hooks);
}

std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label)
{
    if (s_questions.nextText)
        return s_questions.nextText(title, label);
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

bool askDiscard(QWidget *parent, const QString &text)
{
    if (s_questions.nextDiscard)
        return s_questions.nextDiscard(text);
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("dialogs", "Unsaved changes"), text,
                    QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

} // namespace imdp::ui::dialogs
