// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The real main window, offscreen, on real fund files.
#include "../testutil.h"

#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/models.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/placeholderpage.h"
#include "ui/preferencesdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;

namespace {
QString makeDemo(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    return path;
}

QString labelText(QWidget *root, const QString &name)
{
    auto *l = root->findChild<QLabel *>(name);
    REQUIRE(l != nullptr);
    return l->text();
}

/// Captures error dialogs instead of showing them.
struct ErrorCatcher
{
    QStringList seen;
    ErrorCatcher()
    {
        ui::dialogs::setTestHooks({[this](const QString &, const QString &text) { seen << text; },
                                   {}, {}, {}, {}});
    }
    ~ErrorCatcher() { ui::dialogs::setTestHooks({}); }
};
} // namespace

TEST_CASE("the main window opens the demo fund and the dashboard shows its name and counts", "[ui]")
{
    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    ui::MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.windowTitle() == u"IMDP Desk"_s);
    REQUIRE(w.openFile(path));
    CHECK(w.windowTitle() == u"demo.imdp — IMDP Desk"_s);
    CHECK(labelText(&w, u"fileLabel"_s).contains(u"demo.imdp (read-write)"_s));

    ui::DashboardPage *dash = w.dashboard();
    REQUIRE(dash != nullptr);
    CHECK(labelText(dash, u"fundName"_s) == u"IMDP Multi-Donor Trust Fund (demo)"_s);
    CHECK(labelText(dash, u"tile_organisation"_s) == u"26"_s);
    CHECK(labelText(dash, u"tile_proposal"_s) == u"12"_s);
    CHECK(labelText(dash, u"tile_meeting"_s) == u"1"_s);
    CHECK(labelText(dash, u"nextMeeting"_s).contains(u"20 Jan 2027"_s));
    CHECK(labelText(dash, u"fingerprint"_s).size() > 64);

    auto *model = dash->pipelineModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 15);
    CHECK(model->index(0, 0).data().toString() == u"Draft"_s);
    CHECK(model->index(0, 1).data().toString() == u"1"_s);
    CHECK(model->index(3, 0).data().toString() == u"In review"_s);
    CHECK(model->index(3, 1).data().toString() == u"2"_s);
    CHECK(model->index(3, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
          & Qt::AlignRight);

    // The page shows the states that hold a proposal, two to a row, read down the left half
    // then down the right: every proposal counted once, no empty state.
    auto *pairs = dash->pipelinePairModel();
    QStringList shown;
    qint64 total = 0;
    int held = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        held += model->index(r, 1).data().toString() != u"0"_s ? 1 : 0;
    REQUIRE(pairs->rowCount() == (held + 1) / 2);
    for (int c : {0, 2}) {
        for (int r = 0; r < pairs->rowCount(); ++r) {
            if (pairs->index(r, c).data().toString().isEmpty())
                continue;
            shown << pairs->index(r, c).data().toString();
            total += pairs->index(r, c + 1).data().toLongLong();
            CHECK(pairs->index(r, c + 1).data().toString() != u"0"_s);
        }
    }
    CHECK(shown.size() == held);
    CHECK(shown.first() == u"Draft"_s);
    CHECK(shown.indexOf(u"In review"_s) == 3); // pipeline order kept
    CHECK(total == 12);
}

TEST_CASE("the side bar reaches every page, and every capability has its real page", "[ui]")
{
    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    QCoreApplication::processEvents(); // a new central widget is shown by a queued call
    QListWidget *nav = w.navigation();
    REQUIRE(nav->count() == ui::MainWindow::PageCount);
    const QStringList names{u"Dashboard"_s, u"Donors & Funding"_s, u"Ledger"_s, u"Pipeline"_s,
                            u"Reviews"_s,   u"Committee"_s,        u"Reports"_s,
                            u"Organisations"_s};
    for (int i = 0; i < nav->count(); ++i) {
        CHECK(nav->item(i)->text() == names.at(i));
        const QRect r = nav->visualItemRect(nav->item(i));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, r.center());
        CHECK(w.currentPage() == i);
        CHECK(w.page(ui::MainWindow::Page(i))->isVisible());
    }
    // Every capability has landed: no page is a placeholder any more.
    for (int i = 0; i < ui::MainWindow::PageCount; ++i)
        CHECK(qobject_cast<ui::PlaceholderPage *>(w.page(ui::MainWindow::Page(i))) == nullptr);
}

TEST_CASE("the organisation table filters and passes the model tester", "[ui]")
{
    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    // The Pipeline page's board and table have their own tests (test_pipeline_ui.cpp).
    // The organisation model, as the donor pickers list them.
    auto *orgModel = ui::makeOrganisationModel(&w);
    QAbstractItemModelTester orgTester(orgModel,
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    orgModel->setRows(imdp::test::must(core::organisations::list(*w.session()->database())));
    CHECK(orgModel->rowCount() == 26);
}

TEST_CASE("a bad file gets one clear dialog and the window keeps what it had", "[ui]")
{
    imdp::test::TempDir t;
    const QString good = makeDemo(t);
    const QString bad = t.file(u"notes.imdp"_s);
    imdp::test::writeFile(bad, "just some text, not a fund");
    const QByteArray before = imdp::test::sha256(bad);
    ErrorCatcher errors;
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(good));
    CHECK_FALSE(w.openFile(bad));
    REQUIRE(errors.seen.size() == 1);
    CHECK(errors.seen.first() == bad + u": not an IMDP fund file (not an SQLite database)"_s);
    CHECK(w.session()->path() == good);
    CHECK(imdp::test::sha256(bad) == before);
}

TEST_CASE("File > Open, recent files and reopening the last file", "[ui]")
{
    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    {
        ui::MainWindow w;
        ui::dialogs::setTestHooks({{}, [&] { return path; }, {}, {}, {}});
        QAction *open = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Open))
                open = a;
        }
        REQUIRE(open != nullptr);
        open->trigger();
        ui::dialogs::setTestHooks({});
        CHECK(w.session()->path() == path);
        CHECK(ui::MainWindow::recentFiles().value(0) == path);
    }
    ui::MainWindow again;
    CHECK(again.reopenLast());
    CHECK(again.session()->path() == path);
}

TEST_CASE("File > New creates a fund without overwriting anything", "[ui]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fresh.imdp"_s);
    ui::MainWindow w;
    REQUIRE(w.session()->create(path, u"Fresh fund"_s).ok());
    CHECK(labelText(w.dashboard(), u"fundName"_s) == u"Fresh fund"_s);
    CHECK(labelText(w.dashboard(), u"tile_proposal"_s) == u"0"_s);
    ui::FundSession other;
    auto again = other.create(path, u"Again"_s);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"already exists"_s));
}

TEST_CASE("Preferences switch the interface language at once", "[ui][i18n]")
{
    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    const auto pick = [](const QString &code) {
        ui::PreferencesDialog d;
        d.languageBox()->setCurrentIndex(d.languageBox()->findData(code));
        d.accept();
    };
    pick(u"fr"_s);
    QCoreApplication::processEvents();
    CHECK(w.navigation()->item(0)->text() == u"Tableau de bord"_s);
    CHECK(w.navigation()->item(3)->text() == u"Portefeuille de projets"_s);
    CHECK(labelText(w.dashboard(), u"fundName"_s) == u"IMDP Multi-Donor Trust Fund (demo)"_s);
    CHECK(ui::stateLabel(u"in_review"_s) == u"En cours d’examen"_s);
    pick(u"es"_s);
    QCoreApplication::processEvents();
    CHECK(w.navigation()->item(0)->text() == u"Panel"_s);
    pick(u"en"_s);
    QCoreApplication::processEvents();
    CHECK(w.navigation()->item(0)->text() == u"Dashboard"_s);
    CHECK(ui::preferredLanguage() == u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("the first window fits a 1024x700 screen and a saved geometry is kept only if it fits",
          "[ui]")
{
    const QRect small(0, 0, 1024, 700);
    const QRect room = small.marginsRemoved(ui::MainWindow::frameAllowance);
    const QRect first = ui::MainWindow::firstGeometry(small);
    CHECK(room.contains(first)); // title bar and status bar on screen
    CHECK(first.width() == room.width());
    CHECK(first.height() == room.height());
    // A large screen: the usual 1200x780, centred.
    const QRect large(0, 0, 1920, 1080);
    const QRect roomy = ui::MainWindow::firstGeometry(large);
    CHECK(roomy.size() == QSize(1200, 780));
    CHECK(large.contains(roomy));
    CHECK(std::abs(roomy.center().x() - large.center().x()) <= 4);

    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    ui::MainWindow w;
    REQUIRE(w.openFile(path));
    // Without saved geometry, on the small screen: inside its room, however wide the pages are.
    w.placeOn(small, {});
    CHECK(room.contains(w.geometry()));
    // A geometry saved on a large monitor does not fit the small screen: the first geometry.
    {
        ui::MainWindow big;
        big.setGeometry(QRect(300, 200, 1500, 950));
        w.placeOn(small, big.saveGeometry());
        CHECK(room.contains(w.geometry()));
    }
    // One that fits is kept.
    {
        ui::MainWindow modest;
        modest.setGeometry(QRect(40, 60, 700, 500));
        w.placeOn(large, modest.saveGeometry());
        CHECK(w.geometry().size() == QSize(700, 500));
    }
}
