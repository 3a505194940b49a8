// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/helpdialogs.h"

#include "ui/language.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {

/// An action's text as a person reads it: "&Open…" → "Open".
QString plainText(const QAction *a)
{
    QString t = a->text();
    t.remove(u'&');
    if (t.endsWith(u'…'))
        t.chop(1);
    return t.trimmed();
}

QDialogButtonBox *closeButtons(QDialog *d)
{
    auto *b = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QObject::connect(b, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return b;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_table->setObjectName(u"shortcuts"_s);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Every action the window holds (menus, tool bars, the pages' own), each once, in the order
    // they were made; the same action reached from a menu and a tool bar is one row.
    QList<std::pair<QString, QString>> rows;
    QSet<QString> seen;
    if (window) {
        for (const QAction *a : window->findChildren<QAction *>()) {
            if (a->isSeparator() || a->menu() || a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            const QString text = plainText(a);
            const QString shortcut = keys.join(tr(", "));
            if (text.isEmpty() || seen.contains(text + shortcut))
                continue;
            seen.insert(text + shortcut);
            rows.append({text, shortcut});
        }
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
    layout->addWidget(m_table);
    layout->addWidget(closeButtons(this));
    resize(520, 480);
}

QString UserGuideDialog::guidePath(const QString &language)
{
    const QString translated = u":/guide/%1/user-guide.md"_s.arg(language);
    if (language != u"en"_s && QFile::exists(translated))
        return translated;
    return u":/guide/user-guide.md"_s;
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("User Guide"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setObjectName(u"guide"_s);
    m_browser->setOpenExternalLinks(true);
    QFile file(guidePath(QLocale().name().left(2)));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    layout->addWidget(m_browser);
    layout->addWidget(closeButtons(this));
    resize(760, 620);
}

} // namespace imdp::ui
