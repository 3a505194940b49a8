// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/dialogs.h"

#include <QFileDialog>
#include <QMessageBox>

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

} // namespace imdp::ui::dialogs
