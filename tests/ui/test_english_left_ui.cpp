// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 19, every word in the officer's language: every page and every dialog, opened in French
// and in Spanish, shows no text equal to an English source the catalogues translate otherwise
// (a string built without tr(), or translated before the language was installed).
#include "../testutil.h"
#include "everydialog.h"

#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/pages/pipelinepage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabWidget>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;

namespace {

/// The English sources of `lang`'s catalogue that it translates into other words, in any
/// context. A source some context keeps as it is ("Date" in French) is not one of them.
QSet<QString> translatedAway(const QString &lang)
{
    QFile f(QStringLiteral(IMDP_SOURCE_DIR "/resources/translations/imdp_%1.ts").arg(lang));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QSet<QString> changed, kept;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            (t.isEmpty() || t == source ? kept : changed).insert(source);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return changed - kept;
}

/// Proper names and codes, the same in every language; and what a fund or a file holds as it
/// is: the column names of a CSV file (the import preview shows the file's own header), and the
/// action areas the fund was created with (rows of the fund, shown as the fund names them).
const QSet<QString> &allowed()
{
    static const QSet<QString> names{u"IMDP Desk"_s,
                                     u"USD"_s,
                                     u"DGF"_s,
                                     u"IATI"_s,
                                     u"GFMD"_s,
                                     u"CSV"_s,
                                     u"XLSX"_s,
                                     u"PDF"_s,
                                     u"ISO"_s,
                                     u"amount"_s,
                                     u"rate"_s,
                                     u"A. Information, research and analysis"_s,
                                     u"B. Capacity to assess and manage"_s};
    return names;
}

/// A button's or a menu's text without its mnemonic ("&Save" reads "Save").
QString shown(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u"\x01"_s, u"&"_s);
    return text.trimmed();
}

/// Every text a person sees on `root`: its title, labels, buttons, group titles, placeholders,
/// combo items, tabs and the headers of its tables and lists.
QStringList visibleTexts(QWidget *root)
{
    QStringList out{root->windowTitle()};
    const auto visible = [root](const QWidget *w) { return w == root || w->isVisibleTo(root); };
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (visible(l) && !Qt::mightBeRichText(l->text()))
            out << l->text();
    }
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (visible(b))
            out << b->text();
    }
    for (const QGroupBox *g : root->findChildren<QGroupBox *>()) {
        if (visible(g))
            out << g->title();
    }
    for (const QLineEdit *e : root->findChildren<QLineEdit *>()) {
        if (visible(e))
            out << e->placeholderText();
    }
    for (const QPlainTextEdit *e : root->findChildren<QPlainTextEdit *>()) {
        if (visible(e))
            out << e->placeholderText();
    }
    for (const QComboBox *c : root->findChildren<QComboBox *>()) {
        if (!visible(c))
            continue;
        for (int i = 0; i < c->count(); ++i)
            out << c->itemText(i);
    }
    for (const QTabWidget *t : root->findChildren<QTabWidget *>()) {
        if (!visible(t))
            continue;
        for (int i = 0; i < t->count(); ++i)
            out << t->tabText(i);
    }
    for (const QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *m = v->model();
        if (!m || !visible(v))
            continue;
        for (int c = 0; c < m->columnCount(); ++c)
            out << m->headerData(c, Qt::Horizontal).toString();
    }
    return out;
}

/// The texts of `root` (and of every tab of its tab widgets) equal to an English source its
/// language translates otherwise: "what: text".
QStringList englishLeft(QWidget *root, const QString &what, const QSet<QString> &english)
{
    QStringList texts = visibleTexts(root);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            texts << visibleTexts(root);
        }
        tabs->setCurrentIndex(was);
    }
    QStringList out;
    for (const QString &text : texts) {
        const QString s = shown(text);
        if (!s.isEmpty() && english.contains(s) && !allowed().contains(s))
            out << what + u": "_s + s;
    }
    out.removeDuplicates();
    return out;
}

} // namespace

TEST_CASE("no page or dialog shows English in a French or Spanish window", "[ui][i18n]")
{
    imdp::test::SmallFund small;
    for (const QString &lang : {u"fr"_s, u"es"_s}) {
        const QSet<QString> english = translatedAway(lang);
        REQUIRE(english.contains(u"Save"_s));
        ui::applyLanguage(lang);
        QStringList left;
        {
            ui::MainWindow w;
            REQUIRE(w.openFile(small.f.path));
            w.show();
            for (QAction *menu : w.menuBar()->actions()) {
                const QString s = shown(menu->text());
                if (english.contains(s))
                    left << u"menu: "_s + s;
                for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
                    if (english.contains(shown(a->text())))
                        left << u"menu "_s + s + u": "_s + shown(a->text());
                }
            }
            for (int p = 0; p < ui::MainWindow::PageCount; ++p) {
                w.showPage(ui::MainWindow::Page(p));
                QCoreApplication::processEvents();
                QWidget *page = w.page(ui::MainWindow::Page(p));
                const QString name = QString::fromLatin1(page->metaObject()->className());
                left << englishLeft(page, name, english);
                if (auto *pipeline = qobject_cast<ui::PipelinePage *>(page)) {
                    pipeline->setView(ui::PipelinePage::View::Board);
                    left << englishLeft(page, name + u" (board)"_s, english);
                    pipeline->setView(ui::PipelinePage::View::Table);
                }
            }
            imdp::test::forEachDialog(
                w, u"Sweden"_s, u"SE-2026-01"_s, u"P-1"_s, small.meeting, small.package,
                [&](QWidget &d, const QString &what) { left << englishLeft(&d, what, english); });
        }
        left.removeDuplicates();
        INFO(lang.toStdString() << ": English left on screen:\n"
                                << left.join(u"\n"_s).toStdString());
        CHECK(left.isEmpty());
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
