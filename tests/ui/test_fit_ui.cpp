// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 20, "Fit": the main window, every page and every dialog fit a 1024x700 screen in English,
// French and Spanish. Each is measured by what it can shrink to (its minimum size hint, or a
// larger minimum size set on it), on a small fund built from nothing, then on the demo fund.
// A dialog class added under ui/ without being measured here fails the last check.
#include "../testutil.h"
#include "everydialog.h"
#include "uitest.h"

#include "core/committee/meetings.h"
#include "core/funding/caprule.h"
#include "core/ledger/pledges.h"
#include "core/money/rate.h"
#include "core/review/package.h"
#include "ui/entry/amendpledgedialog.h"
#include "ui/entry/importpreviewdialog.h"
#include "ui/entry/incomedialog.h"
#include "ui/entry/pledgedialog.h"
#include "ui/entry/receiptdialog.h"
#include "ui/entry/statementlinedialog.h"
#include "ui/entry/transferdialog.h"
#include "ui/fundsession.h"
#include "ui/helpdialogs.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/journalmodel.h"
#include "ui/orgs/organisationdialog.h"
#include "ui/pages/cappanel.h"
#include "ui/pages/decisionsdialog.h"
#include "ui/pages/dgfnarrativesdialog.h"
#include "ui/pages/memberdialog.h"
#include "ui/pages/pipelinepage.h"
#include "ui/pages/proposaleditor.h"
#include "ui/preferencesdialog.h"
#include "ui/review/reviewdialogs.h"
#include "ui/review/reviewwindow.h"
#include "ui/setup/fundsettingsdialog.h"
#include "ui/setup/newfundwizard.h"
#include "ui/setup/programmedialog.h"
#include "ui/widgets/capgauge.h"
#include "ui/widgets/elidedlabel.h"

#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QLayout>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

constexpr int screenWidth = 1024;
constexpr int screenHeight = 700;

/// What a window can shrink to: its layout's minimum, or a larger minimum set on it.
QSize smallest(QWidget *w)
{
    w->ensurePolished();
    if (w->layout())
        w->layout()->activate();
    return w->minimumSizeHint().expandedTo(w->minimumSize());
}

/// Every class measured, by its class name: the last check compares them with the sources.
QSet<QString> &measured()
{
    static QSet<QString> names;
    return names;
}

void checkFits(QWidget *w, const QString &what, const QString &lang)
{
    const QSize s = smallest(w);
    measured().insert(QString::fromLatin1(w->metaObject()->className()).section(u"::"_s, -1));
    if (qEnvironmentVariableIsSet("IMDP_FIT_PRINT"))
        qInfo("%s: %s %dx%d", qPrintable(lang), qPrintable(what), s.width(), s.height());
    INFO(lang.toStdString() << ": " << what.toStdString() << " needs at least " << s.width() << "x"
                            << s.height());
    CHECK(s.width() <= screenWidth);
    CHECK(s.height() <= screenHeight);
}

/// Every page of the window, at 1024x700, each view of the Pipeline page, every tab shown.
void checkWindow(ui::MainWindow &w, const QString &lang)
{
    w.show();
    w.resize(screenWidth, screenHeight);
    QCoreApplication::processEvents();
    checkFits(&w, u"the main window"_s, lang);
    CHECK(w.width() <= screenWidth);
    CHECK(w.height() <= screenHeight);
    // The side bar is as wide as its longest name, up to navigationMaxLetters: every name
    // whole, on two lines when longer (the French "Donateurs et financement"), no blank column.
    QListWidget *nav = w.navigation();
    int widest = 0;
    const int cap = ui::MainWindow::navigationMaxLetters * nav->fontMetrics().averageCharWidth();
    for (int i = 0; i < nav->count(); ++i) {
        const QString name = nav->item(i)->text();
        const int text = nav->fontMetrics().horizontalAdvance(name);
        widest = std::max(widest, text);
        INFO(name.toStdString());
        const QRect item = nav->visualItemRect(nav->item(i));
        CHECK(item.right() < nav->viewport()->width());
        const QRect wrapped = nav->fontMetrics().boundingRect(QRect(0, 0, item.width() - 8, 0),
                                                              Qt::TextWordWrap, name);
        CHECK(wrapped.width() <= item.width() - 8);
        CHECK(wrapped.height() <= item.height());
    }
    CHECK(nav->width() <= std::max(120, std::min(widest, cap) + 40));
    for (int p = 0; p < ui::MainWindow::PageCount; ++p) {
        w.showPage(ui::MainWindow::Page(p));
        QCoreApplication::processEvents();
        QWidget *page = w.page(ui::MainWindow::Page(p));
        const QString name = QString::fromLatin1(page->metaObject()->className());
        checkFits(page, name, lang);
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                checkFits(page, name + u" tab "_s + tabs->tabText(i), lang);
            }
        }
        if (auto *pipeline = qobject_cast<ui::PipelinePage *>(page)) {
            pipeline->setView(ui::PipelinePage::View::Table);
            checkFits(page, name + u" (table)"_s, lang);
            pipeline->setView(ui::PipelinePage::View::Board);
            checkFits(page, name + u" (board)"_s, lang);
        }
    }
    // The main window again, every page having been shown.
    checkFits(&w, u"the main window after every page"_s, lang);
}

/// Every dialog the pages open, measured.
void checkDialogs(ui::MainWindow &w, const QString &lang, const QString &donor,
                  const QString &pledge, const QString &proposal, qint64 meeting,
                  const QString &package)
{
    imdp::test::forEachDialog(w, donor, pledge, proposal, meeting, package,
                              [&](QWidget &d, const QString &what) { checkFits(&d, what, lang); });
}

} // namespace

TEST_CASE("every page and dialog fits 1024x700 in English, French and Spanish", "[ui][fit][i18n]")
{
    imdp::test::SmallFund small;
    for (const QString &lang : {u"en"_s, u"fr"_s, u"es"_s}) {
        ui::applyLanguage(lang);
        ui::MainWindow w;
        REQUIRE(w.openFile(small.f.path));
        checkWindow(w, lang);
        checkDialogs(w, lang, u"Sweden"_s, u"SE-2026-01"_s, u"P-1"_s, small.meeting, small.package);
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("the demo fund's pages fit 1024x700 in English, French and Spanish", "[ui][fit][i18n]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    for (const QString &lang : {u"en"_s, u"fr"_s, u"es"_s}) {
        ui::applyLanguage(lang);
        ui::MainWindow w;
        REQUIRE(w.openFile(path));
        checkWindow(w, lang);
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("the demo fund's words are whole at 1024x700: board titles, pipeline counts, donors",
          "[ui][fit][i18n]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    for (const QString &lang : {u"en"_s, u"fr"_s, u"es"_s}) {
        ui::applyLanguage(lang);
        ui::MainWindow w;
        REQUIRE(w.openFile(path));
        w.show();
        w.resize(screenWidth, screenHeight);
        INFO(lang.toStdString());

        // The dashboard's pipeline counts: every state that holds a proposal, no scrolling.
        w.showPage(ui::MainWindow::Dashboard);
        QCoreApplication::processEvents();
        auto *counts =
            imdp::test::child<QTableView>(w.page(ui::MainWindow::Dashboard), u"pipelineCounts"_s);
        REQUIRE(counts->model()->rowCount() > 0);
        CHECK(counts->verticalScrollBar()->maximum() == 0);
        CHECK(counts->horizontalScrollBar()->maximum() == 0);
        // Every state's name whole ("Non recommandée", "En cours d'exécution" were cut).
        for (int r = 0; r < counts->model()->rowCount(); ++r) {
            for (int c : {0, 2}) {
                const QString name = counts->model()->index(r, c).data().toString();
                INFO(name.toStdString());
                CHECK(counts->fontMetrics().horizontalAdvance(name) + 8
                      <= counts->columnWidth(c));
            }
        }

        // The donors table: every column in view, none scrolled off to the right.
        w.showPage(ui::MainWindow::Funding);
        QCoreApplication::processEvents();
        auto *donors = imdp::test::child<QTableView>(w.page(ui::MainWindow::Funding), u"donors"_s);
        REQUIRE(donors->model()->rowCount() > 0);
        CHECK(donors->horizontalScrollBar()->maximum() == 0);

        // The Ledger: every figure in view at 1024 px (the words' columns give way), and the
        // totals line never breaks inside an amount ("$ US" left "US" alone on a line).
        w.showPage(ui::MainWindow::Ledger);
        QCoreApplication::processEvents();
        auto *journal = imdp::test::child<QTableView>(w.page(ui::MainWindow::Ledger), u"journal"_s);
        for (int c : {int(ui::JournalModel::Debit), int(ui::JournalModel::Credit)}) {
            QHeaderView *h = journal->horizontalHeader();
            INFO("column " << c);
            CHECK(h->sectionViewportPosition(c) >= 0);
            CHECK(h->sectionViewportPosition(c) + h->sectionSize(c)
                  <= journal->viewport()->width());
            const QString header = journal->model()->headerData(c, Qt::Horizontal).toString();
            CHECK(journal->fontMetrics().horizontalAdvance(header) < h->sectionSize(c));
        }
        auto *totals = imdp::test::child<QLabel>(w.page(ui::MainWindow::Ledger), u"totals"_s);
        // Once the worker has added the totals up (the line no longer ends with "…").
        REQUIRE(QTest::qWaitFor(
            [totals] { return totals->text().contains(u"·"_s) && !totals->text().endsWith(u"…"_s); },
            60000));
        CHECK_FALSE(
            totals->text().contains(QRegularExpression(u"[0-9$] [0-9$A-Z]|[A-Z$] [0-9]"_s)));
        CHECK(totals->heightForWidth(totals->contentsRect().width()) <= totals->height());

        // The Reviews page's round summary: within its half of the page, never sideways.
        w.showPage(ui::MainWindow::Reviews);
        QCoreApplication::processEvents();
        auto *scores = imdp::test::child<QTableView>(w.page(ui::MainWindow::Reviews), u"scores"_s);
        CHECK(scores->horizontalScrollBar()->maximum() == 0);
        CHECK(scores->horizontalHeader()->length() <= scores->viewport()->width());

        // The board: no sideways scrolling, every column whole in view (they wrap onto a
        // further row); every title one line high, cut with its whole text in its tooltip, the
        // count beside it; the cards of a row start at the same height.
        w.showPage(ui::MainWindow::Pipeline);
        QCoreApplication::processEvents();
        QWidget *pipeline = w.page(ui::MainWindow::Pipeline);
        auto *board = imdp::test::child<QScrollArea>(pipeline, u"board"_s);
        CHECK(board->horizontalScrollBar()->maximum() == 0);
        CHECK(board->widget()->minimumSizeHint().width() <= board->viewport()->width());
        int titles = 0;
        QSet<int> titleHeights;
        QMap<int, QSet<int>> cardTopsByRow; // a row's frames' top → their cards' tops
        for (auto *title : pipeline->findChildren<ui::ElidedLabel *>()) {
            if (!title->objectName().startsWith(u"columnTitle_"_s) || !title->isVisible())
                continue;
            ++titles;
            const QString state = title->objectName().mid(12);
            INFO(title->text().toStdString() << " in " << title->width());
            titleHeights.insert(title->height());
            CHECK(title->toolTip().startsWith(title->text()));
            CHECK(title->toolTip().size() > title->text().size()); // the count too
            if (title->isElided())
                CHECK(title->shownText().endsWith(u"…"_s));
            auto *count = imdp::test::child<QLabel>(pipeline, u"columnCount_"_s + state);
            CHECK(count->isVisible());
            CHECK(count->fontMetrics().horizontalAdvance(count->text())
                  <= count->contentsRect().width());
            QWidget *frame = title->parentWidget();
            const QRect inBoard(frame->mapTo(board->viewport(), QPoint(0, 0)), frame->size());
            CHECK(inBoard.left() >= 0);
            CHECK(inBoard.right() < board->viewport()->width());
            QWidget *column = imdp::test::child<QWidget>(pipeline, u"column_"_s + state);
            cardTopsByRow[inBoard.top()].insert(column->mapTo(board->viewport(), QPoint(0, 0)).y());
        }
        CHECK(titleHeights.size() == 1);
        for (const QSet<int> &tops : std::as_const(cardTopsByRow))
            CHECK(tops.size() == 1);
        CHECK(titles >= 6);
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("every dialog class under ui/ is measured by the fit test", "[ui][fit]")
{
    // Runs after the measuring case (Catch2 runs cases in declaration order by default); run
    // alone, it measures first.
    if (measured().isEmpty()) {
        imdp::test::SmallFund small;
        ui::MainWindow w;
        REQUIRE(w.openFile(small.f.path));
        checkDialogs(w, u"en"_s, u"Sweden"_s, u"SE-2026-01"_s, u"P-1"_s, small.meeting,
                     small.package);
    }
    const QRegularExpression decl(
        uR"(class\s+(\w+)\s+(?:final\s+)?:\s*public\s+(?:QDialog|QWizard|EntryDialog)\b)"_s);
    QStringList missing;
    QDirIterator it(QStringLiteral(IMDP_SOURCE_DIR "/ui"), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    int found = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto m = decl.globalMatch(text); m.hasNext();) {
            const QString name = m.next().captured(1);
            if (name == u"EntryDialog"_s) // the base, measured through each subclass
                continue;
            ++found;
            if (!measured().contains(name))
                missing << name;
        }
    }
    CHECK(found >= 15);
    INFO("dialogs not measured by the fit test: " << missing.join(u", "_s).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("a cap gauge is as tall as its words at its width: one line each when wide, two when "
          "narrow",
          "[ui][fit]")
{
    ui::applyLanguage(u"fr"_s);
    const auto english = qScopeGuard([] {
        ui::applyLanguage(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    ui::CapGauge g;
    core::CapFigures f;
    f.bank = 100000000;
    f.other = 761210000;
    f.total = f.bank + f.other;
    f.shareBps = 1161;
    f.bankHeadroom = 34419411;
    g.setFigures(u"Plan"_s, f, 1500);
    const int line = g.fontMetrics().height();
    const int wide = g.heightForWidth(2000);
    const int narrow = g.heightForWidth(220);
    CHECK(narrow >= wide + 2 * line); // the share and the headroom each wrap onto a second line
    CHECK(g.minimumSizeHint().height() == narrow);
    CHECK(g.sizePolicy().hasHeightForWidth());
}
