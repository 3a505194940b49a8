// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The user guide's "Your first fund" in the desktop: a fund made from an empty file through the
// desktop's own dialogs only (the organisation dialog, File › Fund Settings…, Record Pledge…,
// File › Funding Windows…, the proposal editor), the real main window offscreen, then what its
// pages show.
#include "../testutil.h"
#include "uitest.h"

#include "core/fund/fund.h"
#include "core/fund/programme.h"
#include "core/pipeline/proposals.h"
#include "core/fund/setup.h"
#include "core/funding/capstatus.h"
#include "core/ledger/pledges.h"
#include "ui/dialogs.h"
#include "ui/entry/transferdialog.h"
#include "ui/language.h"
#include "ui/pages/memberdialog.h"
#include "ui/entry/pledgedialog.h"
#include "ui/fundsession.h"
#include "ui/mainwindow.h"
#include "ui/orgs/organisationdialog.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/fundingpage.h"
#include "ui/pages/organisationspage.h"
#include "ui/pages/pipelinepage.h"
#include "ui/pages/proposaleditor.h"
#include "ui/setup/fundsettingsdialog.h"
#include "ui/setup/programmedialog.h"
#include "ui/widgets/capgauge.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QPointer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::child;
using imdp::test::Hooks;
using imdp::test::must;
using imdp::test::setText;

namespace {

int rowOf(QAbstractItemModel *m, int column, const QString &text)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, column).data().toString() == text)
            return r;
    return -1;
}

QAction *fileAction(ui::MainWindow &w, const QString &objectName)
{
    for (QAction *a : w.menuBar()->actions().first()->menu()->actions())
        if (a->objectName() == objectName)
            return a;
    FAIL("no such action in the File menu");
    return nullptr;
}

} // namespace

TEST_CASE("Your first fund in the desktop: organisations, settings, a pledge, a window and a "
          "proposal on an empty file",
          "[ui][firstfund]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"IMDP 2008.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        core::FundSettings s;
        s.name = u"IMDP Multi-Donor Trust Fund"_s;
        return core::fund::initialise(db, s);
    }));
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));

    // Organisations page, Add…: the donor State and the Bank's DGF.
    w.showPage(ui::MainWindow::Organisations);
    auto *orgs = qobject_cast<ui::OrganisationsPage *>(w.page(ui::MainWindow::Organisations));
    REQUIRE(orgs != nullptr);
    CHECK(orgs->model()->rowCount() == 0);
    const auto addOrg = [&](const QString &name, const QString &shortName, const QString &kind) {
        Hooks hooks([&](QDialog *d) {
            auto *od = qobject_cast<ui::OrganisationDialog *>(d);
            REQUIRE(od != nullptr);
            setText(d, u"name"_s, name);
            setText(d, u"shortName"_s, shortName);
            auto *k = child<QComboBox>(d, u"kind"_s);
            k->setCurrentIndex(k->findData(kind));
            CHECK(od->problems().isEmpty());
            CHECK(od->submit());
            return d->result();
        });
        orgs->addOrganisation();
        CHECK(hooks.errors.isEmpty());
    };
    addOrg(u"Kingdom of Belgium"_s, {}, u"state"_s);
    addOrg(u"Development Grant Facility"_s, u"DGF"_s, u"bank"_s);
    CHECK(orgs->model()->rowCount() == 2);

    // File › Fund Settings…: the cap, the fiscal year, the fee.
    {
        Hooks hooks([&](QDialog *d) {
            auto *dialog = qobject_cast<ui::FundSettingsDialog *>(d);
            REQUIRE(dialog != nullptr);
            dialog->capBox()->setValue(1200);
            dialog->monthBox()->setCurrentIndex(dialog->monthBox()->findData(1));
            dialog->dayBox()->setValue(1);
            dialog->feeEdit()->setText(u"flat:100"_s);
            dialog->accept();
            return dialog->result();
        });
        fileAction(w, u"fundSettingsAction"_s)->trigger();
        CHECK(hooks.errors.isEmpty());
    }
    const auto settings = must(core::fund::allSettings(*w.session()->database()));
    CHECK(settings.capBps == 1200);
    CHECK(settings.fiscalYearStartMonth == 1);
    CHECK(settings.fiscalYearStartDay == 1);
    CHECK(settings.fee == u"flat:100"_s);
    CHECK(must(core::funding::capBps(*w.session()->database())) == 1200);

    // Donors & Funding, Record Pledge…: Belgium, then the Bank within the 12% cap.
    w.showPage(ui::MainWindow::Funding);
    auto *funding = qobject_cast<ui::FundingPage *>(w.page(ui::MainWindow::Funding));
    REQUIRE(funding != nullptr);
    const auto pledge = [&](const QString &donor, const QString &reference, const QString &amount) {
        Hooks hooks([&](QDialog *d) {
            auto *pd = qobject_cast<ui::PledgeDialog *>(d);
            REQUIRE(pd != nullptr);
            auto *donors = child<QComboBox>(d, u"donor"_s);
            donors->setCurrentIndex(donors->findText(donor));
            setText(d, u"reference"_s, reference);
            setText(d, u"amount"_s, amount);
            CHECK(pd->problems().isEmpty());
            CHECK(pd->submit());
            return d->result();
        });
        funding->recordPledge();
        CHECK(hooks.errors.isEmpty());
    };
    pledge(u"Kingdom of Belgium"_s, u"BE-2008-01"_s, u"1,000,000.00"_s);
    pledge(u"Development Grant Facility"_s, u"DGF-2008"_s, u"100,000.00"_s);
    CHECK(must(core::ledger::findPledge(*w.session()->database(), u"DGF-2008"_s)).source ==
          u"bank"_s);

    // What the pages show.
    w.session()->notifyChanged();
    QCoreApplication::processEvents();
    const int be = rowOf(funding->donorModel(), 0, u"Kingdom of Belgium"_s);
    REQUIRE(be >= 0);
    CHECK(funding->donorModel()->index(be, 2).data().toString() == u"1,000,000.00"_s);
    const int dgf = rowOf(funding->donorModel(), 0, u"Development Grant Facility"_s);
    REQUIRE(dgf >= 0);
    CHECK(funding->donorModel()->index(dgf, 1).data().toString() == u"Bank (DGF)"_s);
    ui::CapGauge *plan = w.dashboard()->gauges().first();
    CHECK(plan->compliant()); // 100,000 of 1,100,000: 9.09%, under 12%
    CHECK(plan->shareText().contains(u"9.09"_s));

    // File › Funding Windows…, Open Window…: W2008-1 for objective 1, area A, up to 250,000 USD
    // a proposal. A ceiling above the total is refused in the dialog, nothing written.
    ui::ProgrammeDialog *programme = nullptr;
    bool refusedFirst = false;
    {
        Hooks hooks([&](QDialog *d) {
            if (auto *pd = qobject_cast<ui::ProgrammeDialog *>(d)) {
                programme = pd;
                CHECK(pd->tabs()->currentIndex() == ui::ProgrammeDialog::Windows);
                child<QPushButton>(d, u"addWindow"_s)->click();
                return int(QDialog::Accepted);
            }
            auto *wd = qobject_cast<ui::WindowDialog *>(d);
            REQUIRE(wd != nullptr);
            setText(d, u"code"_s, u"W2008-1"_s);
            setText(d, u"title"_s, u"Call for proposals 2008"_s);
            wd->opensEdit()->setDate(QDate(2008, 1, 1));
            wd->closesEdit()->setDate(QDate(2030, 12, 31));
            ui::WindowDialog::check(wd->objectivesList(), {u"1"_s});
            ui::WindowDialog::check(wd->areasList(), {u"A"_s});
            setText(d, u"ceiling"_s, u"250,000.00"_s);
            setText(d, u"total"_s, u"200,000.00"_s);
            CHECK(wd->problems() == QStringList{u"Ceiling: above the window's total"_s});
            CHECK_FALSE(wd->submit());
            refusedFirst = true;
            setText(d, u"total"_s, u"1,000,000.00"_s);
            CHECK(wd->problems().isEmpty());
            CHECK(wd->submit());
            return d->result();
        });
        fileAction(w, u"windowsAction"_s)->trigger();
        CHECK(hooks.errors.isEmpty());
    }
    CHECK(programme != nullptr);
    CHECK(refusedFirst);
    const core::FundingWindow window =
        must(core::programme::window(*w.session()->database(), u"W2008-1"_s));
    CHECK(window.objectives == QStringList{u"1"_s});
    CHECK(window.areas == QStringList{u"A"_s});
    REQUIRE(window.ceilingUsdMinor.has_value());
    CHECK(*window.ceilingUsdMinor == 25000000);
    CHECK(*window.totalUsdMinor == 100000000);
    CHECK(window.opens == QDate(2008, 1, 1));

    // Pipeline, a new proposal in the editor: Belgium's applicant, objective 1, window W2008-1.
    w.showPage(ui::MainWindow::Pipeline);
    auto *pipeline = qobject_cast<ui::PipelinePage *>(w.page(ui::MainWindow::Pipeline));
    REQUIRE(pipeline != nullptr);
    {
        Hooks hooks([](QDialog *) { return int(QDialog::Rejected); });
        QPointer<ui::ProposalEditor> ed = pipeline->openEditor({});
        REQUIRE(ed);
        using E = ui::ProposalEditor;
        QTest::keyClicks(ed->fieldWidget(E::Code), u"IMDP-08-001"_s);
        QTest::keyClicks(ed->fieldWidget(E::Title), u"Migration profiles"_s);
        auto *applicant = qobject_cast<QComboBox *>(ed->fieldWidget(E::Applicant));
        applicant->setCurrentIndex(applicant->findData(u"Kingdom of Belgium"_s));
        REQUIRE(applicant->currentIndex() > 0);
        QTest::keyClicks(ed->fieldWidget(E::Objectives), u"1"_s);
        auto *area = qobject_cast<QComboBox *>(ed->fieldWidget(E::ActionArea));
        area->setCurrentIndex(area->findData(u"A"_s));
        auto *win = qobject_cast<QComboBox *>(ed->fieldWidget(E::Window));
        win->setCurrentIndex(win->findData(u"W2008-1"_s));
        REQUIRE(win->currentIndex() > 0);
        REQUIRE(ed->saveButton()->isEnabled());
        ed->saveButton()->click();
        CHECK(hooks.errors.isEmpty());
        if (ed)
            ed->close();
    }
    const core::Proposal proposal =
        must(core::pipeline::find(*w.session()->database(), u"IMDP-08-001"_s));
    CHECK(proposal.window == u"W2008-1"_s);
    CHECK(proposal.applicant == u"Kingdom of Belgium"_s);
    QCoreApplication::processEvents();
    bool shown = false;
    for (const core::Proposal &p : pipeline->model()->rows())
        shown = shown || (p.code == u"IMDP-08-001"_s && p.title == u"Migration profiles"_s);
    CHECK(shown);
    // The pipeline filters by the window now that the fund has one.
    CHECK(pipeline->windowFilter()->findData(u"W2008-1"_s) >= 0);
    // The window lists its proposal.
    {
        ui::ProgrammeDialog d(w.session(), ui::ProgrammeDialog::Windows, nullptr);
        QTableWidget *t = d.windowsTable();
        REQUIRE(t->rowCount() == 1);
        CHECK(t->item(0, 0)->text() == u"W2008-1"_s);
        CHECK(t->item(0, 6)->text() == u"250,000.00"_s);
        CHECK(t->item(0, 8)->text() == u"1"_s);
        // Objective 1 is used now: it can be retitled, not removed.
        d.tabs()->setCurrentIndex(ui::ProgrammeDialog::Objectives);
        d.objectivesTable()->setCurrentCell(0, 0);
        CHECK(d.objectivesTable()->item(0, 0)->text() == u"1"_s);
        CHECK_FALSE(child<QPushButton>(&d, u"removeObjective"_s)->isEnabled());
        d.objectivesTable()->setCurrentCell(1, 0);
        CHECK(child<QPushButton>(&d, u"removeObjective"_s)->isEnabled());
    }
}

TEST_CASE("the programme, member and transfer dialogs fit 1024x700 in English, French and "
          "Spanish",
          "[ui][firstfund][i18n]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        core::FundSettings s;
        s.name = u"IMDP"_s;
        return core::fund::initialise(db, s);
    }));
    ui::MainWindow w;
    REQUIRE(w.openFile(path));
    core::Database &db = *w.session()->database();
    for (const QString &lang : {u"fr"_s, u"es"_s, u"en"_s}) {
        INFO(lang.toStdString());
        ui::applyLanguage(lang);
        QCoreApplication::processEvents();
        const auto fits = [](QWidget *d) {
            CHECK(d->sizeHint().width() <= 1024);
            CHECK(d->sizeHint().height() <= 700);
        };
        ui::ProgrammeDialog programme(w.session(), ui::ProgrammeDialog::Objectives, nullptr);
        fits(&programme);
        ui::WindowDialog window(db, {}, nullptr);
        fits(&window);
        ui::ObjectiveDialog objective(db, {}, nullptr);
        fits(&objective);
        ui::MemberDialog member(db, nullptr);
        fits(&member);
        ui::TransferDialog transfer(db, {}, nullptr);
        fits(&transfer);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
