// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Fund set-up in the desktop (issue 16): the New Fund wizard, Fund Settings, the window filter.
#include "../testutil.h"
#include "uitest.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/fund/organisations.h"
#include "core/fund/programme.h"
#include "core/fund/setup.h"
#include "core/funding/capstatus.h"
#include "core/ledger/pledges.h"
#include "core/money/rate.h"
#include "core/pipeline/proposals.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/boardcards.h"
#include "ui/models/proposalfilter.h"
#include "ui/pages/boardcolumn.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/pipelinepage.h"
#include "ui/setup/fundsettingsdialog.h"
#include "ui/setup/newfundwizard.h"
#include "ui/widgets/capgauge.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::Hooks;
using imdp::test::must;
using imdp::test::mustOk;
using imdp::test::setText;

namespace {

QAction *fileAction(ui::MainWindow &w, const QString &objectNameOrText)
{
    for (QAction *a : w.menuBar()->actions().first()->menu()->actions()) {
        if (a->objectName() == objectNameOrText || a->text() == objectNameOrText)
            return a;
    }
    FAIL("no such action in the File menu");
    return nullptr;
}

/// A fund with 10% of its plan basis from the Bank, made through the core's public functions.
QString fundWithBankShare(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"cap.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) -> core::Status {
        core::FundSettings s;
        s.name = u"Cap fund"_s;
        if (auto st = core::fund::initialise(db, s); !st)
            return st;
        for (const auto &[ref, donor, source, usd] :
             {std::tuple{u"BE-1"_s, u"Kingdom of Belgium"_s, u"donor"_s, qint64(90000000)},
              std::tuple{u"DGF-1"_s, u"World Bank DGF"_s, u"bank"_s, qint64(10000000)}}) {
            core::ledger::Pledge p;
            p.reference = ref;
            p.donor = donor;
            p.source = source;
            p.date = QDate(2026, 1, 10);
            p.amountMinor = usd;
            p.rateScaled = core::Rate::kScale;
            if (auto r = core::ledger::recordPledge(db, p, true); !r)
                return r.error();
        }
        return {};
    }));
    return path;
}

} // namespace

TEST_CASE("File > New Fund: the wizard creates a fund with its cap, fiscal year and objectives",
          "[ui][setup]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"Sahel.imdp"_s);
    ui::MainWindow w;
    w.show();
    Hooks hooks([&](QDialog *d) {
        auto *wizard = qobject_cast<ui::NewFundWizard *>(d);
        REQUIRE(wizard != nullptr);
        // The seed's objectives and areas are there to start from.
        REQUIRE(wizard->objectivesTable()->rowCount() == 3);
        REQUIRE(wizard->areasTable()->rowCount() == 2);
        wizard->nameEdit()->setText(u"Sahel window"_s);
        wizard->fileEdit()->setText(t.file(u"Sahel"_s)); // ".imdp" is added
        wizard->capBox()->setValue(1200);
        wizard->monthBox()->setCurrentIndex(3); // April
        wizard->dayBox()->setValue(6);
        wizard->feeEdit()->setText(u"flat:100"_s);
        QTableWidget *o = wizard->objectivesTable();
        o->item(0, 1)->setText(u"Follow-up of the Forum"_s);
        o->setCurrentCell(1, 0);
        o->removeRow(1); // objective 2: pursued by the GMG members themselves
        o->insertRow(2);
        o->setItem(2, 0, new QTableWidgetItem(u"4"_s));
        o->setItem(2, 1, new QTableWidgetItem(u"Diaspora engagement"_s));
        return int(QDialog::Accepted);
    });
    fileAction(w, u"&New Fund…"_s)->trigger();
    CHECK(hooks.errors.isEmpty());
    REQUIRE(w.session()->isOpen());
    CHECK(w.session()->path() == path);
    core::Database &db = *w.session()->database();
    const auto s = must(core::fund::allSettings(db));
    CHECK(s.name == u"Sahel window"_s);
    CHECK(s.capBps == 1200);
    CHECK(s.fiscalYearStart() == u"04-06"_s);
    CHECK(s.fee == u"flat:100"_s);
    const auto objectives = must(core::programme::objectives(db));
    REQUIRE(objectives.size() == 3);
    CHECK(objectives.at(0).code == u"1"_s);
    CHECK(objectives.at(0).titleEn == u"Follow-up of the Forum"_s);
    CHECK(objectives.at(0).titleFr == u"Suivi des recommandations du FMMD"_s);
    CHECK(objectives.at(1).code == u"3"_s);
    CHECK(objectives.at(2).code == u"4"_s);
    CHECK(must(core::programme::areas(db)).size() == 2);
}

TEST_CASE("File > New Fund: an organisations CSV is previewed, refused whole when bad, imported "
          "with the fund",
          "[ui][setup]")
{
    imdp::test::TempDir t;
    const QString bad = t.file(u"bad.csv"_s);
    imdp::test::writeFile(bad, "name,kind\nKingdom of Belgium,state\nUNDP,planet\n");
    const QString good = t.file(u"orgs.csv"_s);
    imdp::test::writeFile(good, "name,kind,short_name,gmg_member,country\n"
                                "Kingdom of Belgium,state,,no,BE\n"
                                "Development Grant Facility,bank,DGF,yes,\n");
    ui::MainWindow w;
    w.show();
    bool badRefused = false;
    Hooks hooks([&](QDialog *d) {
        auto *wizard = qobject_cast<ui::NewFundWizard *>(d);
        REQUIRE(wizard != nullptr);
        wizard->nameEdit()->setText(u"Sahel window"_s);
        wizard->fileEdit()->setText(t.file(u"Sahel.imdp"_s));
        // The bad file: its one problem, on one line naming file, line and field.
        wizard->organisationsCsvEdit()->setText(bad);
        CHECK_FALSE(wizard->previewOrganisations());
        const QStringList lines = wizard->organisationsSummary()->text().split(u'\n');
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(1).startsWith(bad + u":3: kind: 'planet'"_s));
        // The wizard stays on its last page: Finish runs the same preview.
        wizard->restart();
        for (int i = 0; i < 3; ++i)
            wizard->next();
        CHECK(wizard->currentId() == wizard->pageIds().last());
        CHECK_FALSE(wizard->validateCurrentPage());
        // Sixty bad rows: twenty shown, the rest counted (the summary scrolls).
        QByteArray many = "name,kind\n";
        for (int i = 0; i < 60; ++i)
            many += "Organisation " + QByteArray::number(i) + ",planet\n";
        const QString manyFile = t.file(u"many.csv"_s);
        imdp::test::writeFile(manyFile, many);
        wizard->organisationsCsvEdit()->setText(manyFile);
        CHECK_FALSE(wizard->previewOrganisations());
        CHECK(wizard->organisationsSummary()->text().split(u'\n').size() == 22);
        CHECK(wizard->organisationsSummary()->text().endsWith(u"… and 40 more"_s));
        badRefused = true;
        // The good one: every organisation it will add, and nothing of it written anywhere yet.
        wizard->organisationsCsvEdit()->setText(good);
        CHECK(wizard->organisationsSummary()->text().isEmpty()); // the old verdict is cleared
        CHECK(wizard->previewOrganisations());
        const QString summary = wizard->organisationsSummary()->text();
        CHECK(summary.contains(u"2 organisation"_s));
        CHECK(summary.contains(u"Kingdom of Belgium, Development Grant Facility"_s));
        CHECK(wizard->validateCurrentPage());
        CHECK_FALSE(QFileInfo::exists(t.file(u"Sahel.imdp"_s)));
        return int(QDialog::Accepted);
    });
    fileAction(w, u"&New Fund…"_s)->trigger();
    CHECK(badRefused);
    CHECK(hooks.errors.isEmpty());
    REQUIRE(w.session()->isOpen());
    core::Database &db = *w.session()->database();
    const auto orgs = must(core::organisations::list(db));
    REQUIRE(orgs.size() == 2);
    const auto dgf = must(core::organisations::find(db, u"DGF"_s));
    CHECK(dgf.name == u"Development Grant Facility"_s);
    CHECK(dgf.kind == u"bank"_s);
    CHECK(dgf.gmgMember);
    const auto be = must(core::organisations::find(db, u"Kingdom of Belgium"_s));
    CHECK(be.country == u"BE"_s);
    CHECK_FALSE(be.gmgMember);
}

TEST_CASE("File > New Fund: an organisations CSV refused at Finish leaves no fund behind",
          "[ui][setup]")
{
    imdp::test::TempDir t;
    const QString csv = t.file(u"orgs.csv"_s);
    imdp::test::writeFile(csv, "name,kind\nKingdom of Belgium,state\n");
    const QString path = t.file(u"Sahel.imdp"_s);
    ui::MainWindow w;
    w.show();
    Hooks hooks([&](QDialog *d) {
        auto *wizard = qobject_cast<ui::NewFundWizard *>(d);
        REQUIRE(wizard != nullptr);
        wizard->nameEdit()->setText(u"Sahel window"_s);
        wizard->fileEdit()->setText(path);
        wizard->organisationsCsvEdit()->setText(csv);
        CHECK(wizard->previewOrganisations());
        // The file goes bad between its preview and the fund's creation (row 2 fine, row 3 not).
        imdp::test::writeFile(csv, "name,kind\nKingdom of Belgium,state\n"
                                   "UNDP,planet\n");
        return int(QDialog::Accepted);
    });
    fileAction(w, u"&New Fund…"_s)->trigger();
    REQUIRE(hooks.errors.size() == 1);
    CHECK(hooks.errors.first().startsWith(csv + u":3: "_s));
    CHECK_FALSE(hooks.errors.first().contains(u'\n'));
    CHECK_FALSE(w.session()->isOpen());
    CHECK_FALSE(QFileInfo::exists(path)); // all or nothing: not a fund without its organisations
}

TEST_CASE("File > New Fund: an organisations file that cannot be read is named, nothing created",
          "[ui][setup]")
{
    imdp::test::TempDir t;
    const QString missing = t.file(u"nowhere.csv"_s);
    ui::NewFundWizard wizard;
    wizard.nameEdit()->setText(u"Sahel window"_s);
    wizard.organisationsCsvEdit()->setText(missing);
    CHECK_FALSE(wizard.previewOrganisations());
    CHECK(wizard.organisationsSummary()->text().contains(missing));
    const QString path = t.file(u"Sahel.imdp"_s);
    auto created =
        core::Database::create(path, [&](core::Database &db) { return wizard.populate(db); });
    REQUIRE_FALSE(created);
    CHECK(created.error().message.contains(missing));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("File > Fund Settings: lowering the cap warns, saves, and the dashboard shows it",
          "[ui][setup]")
{
    imdp::test::TempDir t;
    const QString path = fundWithBankShare(t);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    ui::CapGauge *plan = w.dashboard()->gauges().first();
    CHECK(plan->compliant());
    bool warned = false;
    Hooks hooks([&](QDialog *d) {
        auto *dialog = qobject_cast<ui::FundSettingsDialog *>(d);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->capBox()->value() == 1500);
        CHECK_FALSE(dialog->capWarning()->isVisibleTo(dialog));
        dialog->capBox()->setValue(500);
        warned = dialog->capWarning()->isVisibleTo(dialog) &&
                 dialog->capWarning()->text().contains(u"10.00"_s);
        dialog->nameEdit()->setText(u"Cap fund (revised)"_s);
        dialog->accept();
        return dialog->result();
    });
    fileAction(w, u"fundSettingsAction"_s)->trigger();
    CHECK(hooks.errors.isEmpty());
    CHECK(warned);
    CHECK(must(core::funding::capBps(*w.session()->database())) == 500);
    CHECK(must(core::fund::allSettings(*w.session()->database())).name == u"Cap fund (revised)"_s);
    QCoreApplication::processEvents();
    plan = w.dashboard()->gauges().first();
    CHECK_FALSE(plan->compliant());
}

TEST_CASE("Fund Settings: a bad value is shown and nothing is saved", "[ui][setup]")
{
    imdp::test::TempDir t;
    const QString path = fundWithBankShare(t);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    Hooks hooks([&](QDialog *d) {
        auto *dialog = qobject_cast<ui::FundSettingsDialog *>(d);
        REQUIRE(dialog != nullptr);
        dialog->feeEdit()->setText(u"flat:lots"_s);
        dialog->capBox()->setValue(1000);
        dialog->accept();
        return dialog->result();
    });
    fileAction(w, u"fundSettingsAction"_s)->trigger();
    REQUIRE(hooks.errors.size() == 1);
    CHECK(hooks.errors.first().startsWith(u"fee:"_s));
    CHECK(must(core::funding::capBps(*w.session()->database())) == 1500);
}

TEST_CASE("the Pipeline page filters its board and table by funding window", "[ui][setup]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"windows.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) -> core::Status {
        core::FundSettings s;
        s.name = u"Windows"_s;
        if (auto st = core::fund::initialise(db, s); !st)
            return st;
        if (auto r = core::organisations::add(db, {0, u"UNDP"_s, {}, u"agency"_s, {}, true}); !r)
            return r.error();
        for (const auto &[code, objectives] :
             {std::pair{u"W1"_s, QStringList{u"1"_s}}, std::pair{u"W2"_s, QStringList{u"2"_s}}}) {
            core::FundingWindow w;
            w.code = code;
            w.title = u"Call "_s + code;
            w.objectives = objectives;
            if (auto r = core::programme::addWindow(db, w); !r)
                return r.error();
        }
        for (const auto &[code, window] :
             {std::pair{u"P-1"_s, u"W1"_s}, std::pair{u"P-2"_s, u"W2"_s},
              std::pair{u"P-3"_s, u"W1"_s}, std::pair{u"P-4"_s, QString()}}) {
            core::Proposal p;
            p.code = code;
            p.title = u"Proposal "_s + code;
            p.applicant = u"UNDP"_s;
            p.window = window;
            if (auto r = core::pipeline::add(db, p); !r)
                return r.error();
        }
        return {};
    }));
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    w.showPage(ui::MainWindow::Pipeline);
    QCoreApplication::processEvents();
    auto *page = qobject_cast<ui::PipelinePage *>(w.page(ui::MainWindow::Pipeline));
    REQUIRE(page != nullptr);
    QComboBox *filter = page->windowFilter();
    REQUIRE(filter->count() == 3); // All windows, W1, W2
    CHECK(filter->isVisibleTo(page));
    const auto draftCards = [&] { return page->column(u"draft"_s)->cards()->rowCount(); };
    CHECK(draftCards() == 4);
    filter->setCurrentIndex(filter->findData(u"W1"_s));
    CHECK(draftCards() == 2);
    page->setView(ui::PipelinePage::View::Table);
    CHECK(page->tableProxy()->rowCount() == 2);
    CHECK(page->tableProxy()->proposalAt(0).window == u"W1"_s);
    filter->setCurrentIndex(filter->findData(u"W2"_s));
    CHECK(page->tableProxy()->rowCount() == 1);
    CHECK(draftCards() == 1);
    filter->setCurrentIndex(0);
    CHECK(page->tableProxy()->rowCount() == 4);
    page->setView(ui::PipelinePage::View::Board);
}

TEST_CASE("the wizard and Fund Settings fit 1024x700 in English, French and Spanish",
          "[ui][setup][i18n]")
{
    imdp::test::TempDir t;
    const QString path = fundWithBankShare(t);
    ui::FundSession session;
    mustOk(session.open(path));
    for (const QString &lang : {u"en"_s, u"fr"_s, u"es"_s}) {
        ui::applyLanguage(lang);
        INFO(lang.toStdString());
        ui::NewFundWizard wizard;
        for (int id : wizard.pageIds()) {
            wizard.page(id)->adjustSize();
            CHECK(wizard.page(id)->minimumSizeHint().width() <= 1000);
            CHECK(wizard.page(id)->minimumSizeHint().height() <= 600);
        }
        CHECK(wizard.size().width() <= 1024);
        CHECK(wizard.size().height() <= 700);
        ui::FundSettingsDialog dialog(&session);
        dialog.capBox()->setValue(100); // the warning shown: the tallest the dialog gets
        CHECK(dialog.sizeHint().width() <= 1024);
        CHECK(dialog.sizeHint().height() <= 700);
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
