// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace imdp::ui::dialogs {

namespace {
TestHooks s_hooks;
}

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

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (s_hooks.nextConfirm)
        return s_hooks.nextConfirm(text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes)
           == QMessageBox::Yes;
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

} // namespace imdp::ui::dialogs
