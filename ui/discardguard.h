// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>

class QDialog;
class QWidget;

namespace imdp::ui {

/// Never lose typing (issue 20): the one rule every editing dialog follows when it is closed
/// without saving (Esc, Cancel, the window's close button). It remembers what the dialog's inputs
/// hold when the dialog is first shown (or when arm() is called) and, on close, asks "Discard /
/// Keep Editing" only when something differs; an unchanged dialog closes at once. A dialog calls
/// mayClose() from its reject():
///
///     void MyDialog::reject() { if (m_discard->mayClose()) QDialog::reject(); }
///
/// Inputs read: line edits, spin and date boxes, combo boxes, checkable buttons and group boxes,
/// editable text edits, the rows and cells of table, list and tree widgets. A widget with the
/// property `imdpDiscardIgnore` set (and its children) is left out: a search box, a view option.
class DiscardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscardGuard)
public:
    /// Watches `dialog`'s inputs; `question` is what the person is asked ("Discard the unsaved
    /// changes to this proposal?"); empty: a general question naming the dialog's title.
    explicit DiscardGuard(QDialog *dialog, const QString &question = {});

    /// Remembers what the inputs hold now as "unchanged" (after a save that keeps the dialog).
    void arm();
    /// Replaces the comparison of inputs by the dialog's own test (an undo stack, a form model).
    void setChangedCheck(std::function<bool()> changed);
    /// Something differs from what was remembered.
    bool hasChanges() const;
    /// True when the dialog may close: nothing changed, or the person chose Discard.
    bool mayClose();

    /// Leaves `widget` and its children out of the comparison.
    static void ignore(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Input
    {
        QPointer<QWidget> widget;
        QVariant state;
    };
    QList<Input> snapshot() const;

    QDialog *m_dialog;
    QString m_question;
    std::function<bool()> m_changed;
    QList<Input> m_inputs;
    bool m_armed = false;
};

} // namespace imdp::ui
