// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// What the UI tests share to drive real dialogs offscreen: the dialog hooks, a named child, typing.
#pragma once

#include "ui/dialogs.h"

#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>

namespace imdp::test {

/// Installs the dialogs' test hooks for its lifetime. Given a function, it answers every dialog
/// the code opens (its return is the dialog's result) and collects the errors shown.
struct Hooks
{
    explicit Hooks(ui::dialogs::TestHooks h) { ui::dialogs::setTestHooks(std::move(h)); }
    explicit Hooks(std::function<int(QDialog *)> onDialog)
    {
        ui::dialogs::TestHooks h;
        h.onDialog = std::move(onDialog);
        h.onError = [this](const QString &, const QString &text) { errors << text; };
        ui::dialogs::setTestHooks(h);
    }
    ~Hooks() { ui::dialogs::setTestHooks({}); }
    Hooks(const Hooks &) = delete;
    Hooks &operator=(const Hooks &) = delete;
    QStringList errors;
};

/// The child of `root` with this object name; the test stops when there is none.
template<typename T>
T *child(QObject *root, const QString &name)
{
    auto *w = root->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

/// Waits for a dialog's worker (an import's preview or the import itself) to finish.
template<typename D>
void waitForWork(D *dialog)
{
    for (int i = 0; i < 6000 && dialog->isWorking(); ++i)
        QTest::qWait(10);
    REQUIRE_FALSE(dialog->isWorking());
}

/// Types `text` into the line edit named `name`, as a person would, after clearing it.
inline void setText(QWidget *root, const QString &name, const QString &text)
{
    auto *e = child<QLineEdit>(root, name);
    e->clear();
    QTest::keyClicks(e, text);
}

} // namespace imdp::test
