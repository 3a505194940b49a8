// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/discardguard.h"

#include "ui/dialogs.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextEdit>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {

constexpr const char *kIgnore = "imdpDiscardIgnore";

QString itemText(const QTableWidgetItem *i)
{
    return i ? i->data(Qt::EditRole).toString() + u'\x1f' + QString::number(i->checkState())
             : QString();
}

/// What an input holds, as one comparable value; invalid for a widget that is not an input.
QVariant stateOf(QWidget *w)
{
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return e->text();
    if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
        return s->text();
    if (auto *c = qobject_cast<QComboBox *>(w))
        return QStringList{c->currentText(), QString::number(c->currentIndex())};
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        return b->isCheckable() ? QVariant(b->isChecked()) : QVariant();
    if (auto *g = qobject_cast<QGroupBox *>(w))
        return g->isCheckable() ? QVariant(g->isChecked()) : QVariant();
    if (auto *p = qobject_cast<QPlainTextEdit *>(w))
        return p->isReadOnly() ? QVariant() : QVariant(p->toPlainText());
    if (auto *t = qobject_cast<QTextEdit *>(w))
        return t->isReadOnly() ? QVariant() : QVariant(t->toPlainText());
    if (auto *t = qobject_cast<QTableWidget *>(w)) {
        // Rows added or removed, and the cells' own text (cell widgets are inputs of their own).
        QStringList cells{QString::number(t->rowCount())};
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                cells << itemText(t->item(r, c));
        return cells;
    }
    if (auto *l = qobject_cast<QListWidget *>(w)) {
        QStringList rows{QString::number(l->count())};
        for (int r = 0; r < l->count(); ++r)
            rows << l->item(r)->text() + u'\x1f' + QString::number(l->item(r)->checkState());
        return rows;
    }
    if (auto *t = qobject_cast<QTreeWidget *>(w)) {
        QStringList rows;
        for (QTreeWidgetItemIterator it(t); *it; ++it)
            for (int c = 0; c < t->columnCount(); ++c)
                rows << (*it)->text(c) + u'\x1f' + QString::number((*it)->checkState(c));
        return rows;
    }
    return {};
}

bool ignored(const QWidget *w, const QWidget *root)
{
    for (; w && w != root; w = w->parentWidget())
        if (w->property(kIgnore).toBool())
            return true;
    return false;
}

} // namespace

DiscardGuard::DiscardGuard(QDialog *dialog, const QString &question)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_question(question)
{
    setObjectName(u"discardGuard"_s);
    dialog->installEventFilter(this);
}

void DiscardGuard::ignore(QWidget *widget)
{
    widget->setProperty(kIgnore, true);
}

void DiscardGuard::setChangedCheck(std::function<bool()> changed)
{
    m_changed = std::move(changed);
}

QList<DiscardGuard::Input> DiscardGuard::snapshot() const
{
    QList<Input> out;
    const QList<QWidget *> all = m_dialog->findChildren<QWidget *>();
    for (QWidget *w : all) {
        // Popups (a date's calendar, a completer) and message boxes are windows of their own.
        if (w->window() != m_dialog || ignored(w, m_dialog))
            continue;
        if (QVariant state = stateOf(w); state.isValid())
            out.append({w, std::move(state)});
    }
    return out;
}

void DiscardGuard::arm()
{
    m_inputs = snapshot();
    m_armed = true;
}

bool DiscardGuard::hasChanges() const
{
    if (m_changed)
        return m_changed();
    if (!m_armed)
        return false; // never shown: nobody typed anything
    const QList<Input> now = snapshot();
    // An input removed (a table row deleted) is a change; one added shows in its container.
    for (const Input &i : m_inputs) {
        if (!i.widget)
            return true;
        const auto at = std::find_if(now.cbegin(), now.cend(),
                                     [&i](const Input &n) { return n.widget == i.widget; });
        if (at == now.cend() || at->state != i.state)
            return true;
    }
    return false;
}

bool DiscardGuard::mayClose()
{
    if (!hasChanges())
        return true;
    const QString title = m_dialog->windowTitle().remove(u"[*]"_s);
    const QString question =
        m_question.isEmpty() ? tr("Discard the changes you made in “%1”?").arg(title) : m_question;
    return dialogs::askDiscard(m_dialog, question);
}

bool DiscardGuard::eventFilter(QObject *watched, QEvent *event)
{
    // What the person first sees is "unchanged": remembered when the dialog is first shown, after
    // its constructor and its caller have filled it in.
    if (watched == m_dialog && event->type() == QEvent::Show && !m_armed)
        arm();
    return QObject::eventFilter(watched, event);
}

} // namespace imdp::ui
