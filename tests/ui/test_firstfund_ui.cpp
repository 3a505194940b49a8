// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The user guide's "Your first fund" in the desktop: a fund made from an empty file through the
// desktop's own dialogs only (the organisation dialog, File › Fund Settings…, Record Pledge…),
// the real main window offscreen, then what its pages show.
#include "../testutil.h"

#include "core/fund/fund.h"
#include "core/fund/setup.h"
#include "core/funding/capstatus.h"
#include "core/ledger/ledger.h"
#include "ui/dialogs.h"
#include "ui/entry/pledgedialog.h"
#include "ui/fundsession.h"
#include "ui/mainwindow.h"
#include "ui/orgs/organisationdialog.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/fundingpage.h"
#include "ui/pages/organisationspage.h"
#include "ui/setup/fundsettingsdialog.h"
#include "ui/widgets/capgauge.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;

namespace {

struct Hooks
{
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

template<typename T>
T *child(QObject *root, const QString &name)
{
    auto *w = root->findChild<T *>(name);
    REQUIRE(w != nullptr);
    return w;
}

void setText(QDialog *d, const QString &name, const QString &text)
{
    auto *e = child<QLineEdit>(d, name);
    e->clear();
    QTest::keyClicks(e, text);
}

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

TEST_CASE("Your first fund in the desktop: organisations, settings and a pledge on an empty file",
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
}
