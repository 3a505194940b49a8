// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
//
// A read that fails is shown as a failure, never as an empty or harmless answer: the cap check of
// the pledge dialogs (ui/capguard) and the dashboard's next Committee meeting. The failures are
// provoked on a real small fund by renaming a column the read needs.
#include "../testutil.h"

#include "core/fund/fund.h"
#include "core/storage/database.h"
#include "ui/capguard.h"
#include "ui/fundsession.h"
#include "ui/mainwindow.h"
#include "ui/pages/dashboardpage.h"
#include "ui/widgets/capgauge.h"

#include <QLabel>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;

namespace {

QString smallFund(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"small.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        core::FundSettings s;
        s.name = u"Small fund"_s;
        return core::fund::initialise(db, s);
    }));
    return path;
}

void exec(core::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("the cap check that cannot read the cap figures says so", "[ui][failures]")
{
    imdp::test::TempDir t;
    auto db = must(core::Database::open(smallFund(t)));
    // Readable: a Bank pledge on an empty fund breaches the cap (100% from the Bank).
    {
        const auto breach = ui::planBreach(*db, 100'00, 0);
        REQUIRE(breach.ok());
        CHECK(breach->has_value());
    }
    exec(*db, u"ALTER TABLE pledge RENAME COLUMN usd_minor TO usd_gone"_s);
    const auto breach = ui::planBreach(*db, 100'00, 0);
    REQUIRE_FALSE(breach.ok());
    CHECK(breach.error().message.contains(u"usd_minor"_s));
    CHECK(
        ui::capCheckFailedText(breach.error()).startsWith(u"The DGF cap could not be checked: "_s));
    // A change that cannot raise the Bank's share needs no read, and is no breach.
    CHECK_FALSE(must(ui::planBreach(*db, 0, 100'00)).has_value());

    // A write refused for another reason comes back as it is: no override is offered, nothing
    // is read again.
    int writes = 0;
    const auto r = ui::writeWithCapOverride(nullptr, [&](const QString &) {
        ++writes;
        return core::Result<qint64>(core::Error::refused(
            u"pledge"_s, u"ledger.pledge_already_cancelled"_s, {core::ErrorArg::txt(u"P-1"_s)}));
    });
    REQUIRE(r.has_value());
    REQUIRE_FALSE(r->ok());
    CHECK(writes == 1);
    CHECK(r->error().code == core::ErrorCode::Refused);
    CHECK(r->error().message == u"pledge 'P-1': is already cancelled"_s);
}

TEST_CASE("the dashboard says the Committee meetings could not be read", "[ui][failures]")
{
    imdp::test::TempDir t;
    ui::MainWindow w;
    REQUIRE(w.openFile(smallFund(t)));
    auto *next = w.dashboard()->findChild<QLabel *>(u"nextMeeting"_s);
    REQUIRE(next != nullptr);
    CHECK(next->text() == u"No Committee meeting is planned."_s);
    exec(*w.session()->database(), u"ALTER TABLE meeting RENAME COLUMN place TO venue"_s);
    w.dashboard()->refresh();
    CHECK(next->text().startsWith(u"The Committee meetings could not be read: "_s));
    CHECK(next->text().contains(u"place"_s));
    CHECK_FALSE(next->text().contains(u"No Committee meeting"_s));
}

TEST_CASE("the dashboard says the cap figures and the pipeline counts could not be read",
          "[ui][failures]")
{
    imdp::test::TempDir t;
    ui::MainWindow w;
    REQUIRE(w.openFile(smallFund(t)));
    ui::DashboardPage *dash = w.dashboard();
    auto *capError = dash->findChild<QLabel *>(u"capError"_s);
    auto *pipelineError = dash->findChild<QLabel *>(u"pipelineError"_s);
    auto *counts = dash->findChild<QWidget *>(u"pipelineCounts"_s);
    REQUIRE(capError != nullptr);
    REQUIRE(pipelineError != nullptr);
    REQUIRE(counts != nullptr);
    // Readable: the gauges and the table, no error.
    CHECK(capError->isHidden());
    CHECK(pipelineError->isHidden());
    CHECK_FALSE(counts->isHidden());
    CHECK_FALSE(dash->gauges().first()->isHidden());

    exec(*w.session()->database(), u"ALTER TABLE pledge RENAME COLUMN usd_minor TO usd_gone"_s);
    exec(*w.session()->database(), u"ALTER TABLE proposal RENAME COLUMN state TO state_gone"_s);
    dash->refresh();
    CHECK_FALSE(capError->isHidden());
    CHECK(capError->text().startsWith(u"The DGF cap figures could not be read: "_s));
    CHECK(capError->text().contains(u"usd_minor"_s));
    for (QWidget *g : dash->gauges())
        CHECK(g->isHidden());
    CHECK_FALSE(pipelineError->isHidden());
    CHECK(pipelineError->text().startsWith(u"The proposals could not be counted: "_s));
    CHECK(pipelineError->text().contains(u"state"_s));
    CHECK(counts->isHidden()); // no empty table that reads as "no proposal"
    CHECK(dash->pipelinePairModel()->rowCount() == 0);
}
