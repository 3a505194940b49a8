// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The desktop side of data safety: a fund in use, a damaged file, changes from another process.
#include "../testutil.h"

#include "core/clock.h"
#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/storage/backup.h"
#include "core/storage/lockfile.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QLabel>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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

struct Answers
{
    QStringList asked;
    QList<bool> breakable;
    QStringList warnings;
    QStringList errors;
    explicit Answers(ui::dialogs::InUseAnswer answer)
    {
        ui::dialogs::TestHooks h;
        h.onError = [this](const QString &, const QString &text) { errors << text; };
        h.onWarning = [this](const QString &, const QString &text) { warnings << text; };
        h.nextInUseAnswer = [this, answer](const QString &text, bool b) {
            asked << text;
            breakable << b;
            return answer;
        };
        ui::dialogs::setTestHooks(h);
    }
    ~Answers() { ui::dialogs::setTestHooks({}); }
};
} // namespace

TEST_CASE("a fund in use offers Open Read-Only, Cancel keeps nothing open", "[ui][safety]")
{
    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    auto writer = must(core::Database::open(path)); // another program's session
    {
        Answers a(ui::dialogs::InUseAnswer::OpenReadOnly);
        ui::MainWindow w;
        REQUIRE(w.openFile(path));
        REQUIRE(a.asked.size() == 1);
        CHECK(a.asked.first().startsWith(path + u": in use by tester on "_s));
        CHECK(a.breakable == QList<bool>{false}); // a live program on this host
        CHECK(w.session()->database()->isReadOnly());
        CHECK(w.findChild<QLabel *>(u"fileLabel"_s)->text().contains(u"(read-only)"_s));
    }
    {
        Answers a(ui::dialogs::InUseAnswer::Cancel);
        ui::MainWindow w;
        CHECK_FALSE(w.openFile(path));
        CHECK_FALSE(w.session()->isOpen());
        CHECK(a.errors.isEmpty());
    }
}

TEST_CASE("a stale lock can be broken from the dialog, knowingly", "[ui][safety]")
{
    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    imdp::test::writeFile(core::FileLock::lockPath(path),
                          QJsonDocument(QJsonObject{{u"user"_s, u"carol"_s},
                                                    {u"host"_s, u"laptop-3"_s},
                                                    {u"pid"_s, 99},
                                                    {u"since"_s, u"2026-11-01T10:00:00Z"_s}})
                              .toJson());
    Answers a(ui::dialogs::InUseAnswer::BreakLock);
    ui::MainWindow w;
    REQUIRE(w.openFile(path));
    CHECK(a.breakable == QList<bool>{true});
    CHECK_FALSE(w.session()->database()->isReadOnly());
    CHECK(w.session()->database()->brokenLock()->user == u"carol"_s);
}

TEST_CASE("a damaged file opens read-only with a clear warning and stays unchanged", "[ui][safety]")
{
    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ui-outside"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(u"INSERT INTO proposal (code, title, applicant_id, created_at)"
                                   " VALUES ('X', 'ghost', 4242, '2026-01-01')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"ui-outside"_s);
    const QByteArray before = imdp::test::sha256(path);
    Answers a(ui::dialogs::InUseAnswer::Cancel);
    SECTION("opened when the weekly check is due: checked in the background, read-only meanwhile") {
        core::Clock::setFixed(QDateTime::currentDateTimeUtc().addDays(
            core::Database::fullCheckDays + 1));
        const auto resetClock = qScopeGuard([] { core::Clock::reset(); });
        ui::MainWindow w;
        QSignalSpy finished(w.session(), &ui::FundSession::fullCheckFinished);
        REQUIRE(w.openFile(path));
        CHECK(w.session()->database()->isReadOnly());
        CHECK(a.warnings.isEmpty()); // the status bar says a check runs, no dialog yet
        if (finished.isEmpty())
            REQUIRE(finished.wait(120000));
        CHECK_FALSE(finished.first().at(0).toBool());
        CHECK(w.session()->database()->isReadOnly());
        REQUIRE(a.warnings.size() == 1);
        CHECK(a.warnings.first().contains(u"failed the foreign-key check"_s));
        CHECK(a.warnings.first().contains(u"opened read-only, nothing will be written"_s));
    }
    SECTION("opened after an unclean shutdown (a hot journal): checked before it opens") {
        ui::MainWindow w;
        imdp::test::writeFile(path + u"-journal"_s, QByteArray(512, '\0'));
        REQUIRE(w.openFile(path));
        QFile::remove(path + u"-journal"_s);
        CHECK(w.session()->database()->isReadOnly());
        REQUIRE(a.warnings.size() == 1);
        CHECK(a.warnings.first().contains(u"failed the foreign-key check"_s));
        CHECK(a.warnings.first().contains(u"opened read-only, nothing will be written"_s));
    }
    CHECK(imdp::test::sha256(path) == before);
}

TEST_CASE("changes written by another process refresh the window, a due backup is made on open", "[ui][safety]")
{
    imdp::test::TempDir t;
    const QString path = makeDemo(t);
    ui::FundSession session;
    REQUIRE(session.open(path, core::Database::Mode::ReadOnly).ok());
    QSignalSpy changed(&session, &ui::FundSession::changed);
    {
        // Another program (holding the write lock) adds an organisation.
        auto other = must(core::Database::open(path));
        must(core::organisations::add(*other, {0, u"Written elsewhere"_s, {}, u"ngo"_s, {},
                                               false}));
    }
    REQUIRE(changed.wait(5000));
    CHECK(must(core::organisations::find(*session.database(), u"Written elsewhere"_s)).id > 0);
    session.close();

    // Read-write opening makes the first scheduled backup.
    REQUIRE(session.open(path).ok());
    REQUIRE_FALSE(session.lastBackup().isEmpty());
    CHECK(core::backup::existing(path) == QStringList{session.lastBackup()});
    imdp::test::mustOk(core::backup::checkCopy(session.lastBackup()));
}

TEST_CASE("a due weekly check runs in the background: read-only with a busy bar until it passes, "
          "then writable and recorded",
          "[ui][safety][fullcheck]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"small.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        core::FundSettings s;
        s.name = u"Small fund"_s;
        return core::fund::initialise(db, s);
    })).reset();
    core::Clock::setFixed(
        QDateTime::currentDateTimeUtc().addDays(core::Database::fullCheckDays + 1));
    const auto resetClock = qScopeGuard([] { core::Clock::reset(); });
    Answers a(ui::dialogs::InUseAnswer::Cancel);
    ui::MainWindow w;
    w.show();
    QSignalSpy finished(w.session(), &ui::FundSession::fullCheckFinished);
    REQUIRE(w.openFile(path));
    // The check runs on its own connection; the window's stays read-only meanwhile.
    if (finished.isEmpty()) {
        CHECK(w.session()->isChecking());
        CHECK(w.session()->database()->fullCheckPending());
        CHECK(w.session()->database()->isReadOnly());
        CHECK(w.findChild<QWidget *>(u"fullCheckProgress"_s)->isVisible());
        CHECK(w.findChild<QLabel *>(u"fileLabel"_s)->text().contains(u"(read-only)"_s));
        REQUIRE(finished.wait(120000));
    }
    CHECK(finished.first().at(0).toBool());
    CHECK(a.warnings.isEmpty());
    CHECK(a.errors.isEmpty());
    CHECK_FALSE(w.session()->isChecking());
    CHECK_FALSE(w.session()->database()->isReadOnly());
    CHECK_FALSE(w.findChild<QWidget *>(u"fullCheckProgress"_s)->isVisible());
    CHECK_FALSE(w.findChild<QLabel *>(u"fileLabel"_s)->text().contains(u"(read-only)"_s));
    // Recorded in the file: the next open this week does not check again.
    w.session()->close();
    CHECK(imdp::test::outsideValue(path, u"SELECT value FROM fund_setting WHERE key = "
                                         u"'full_check_at'"_s)
              .toString() == core::Clock::stamp());
    CHECK(must(core::Database::open(path))->fullCheckReason().isEmpty());
}
