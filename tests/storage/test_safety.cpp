// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Data safety on real files: the writer lock, open-time checks on every kind of bad file, disk
// full, verified backups and restores, audit-chain verification and file permissions.
#include "../testutil.h"

#include "core/clock.h"
#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/storage/audit.h"
#include "core/storage/backup.h"
#include "core/storage/fsutil.h"
#include "core/storage/lockfile.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/storage/verify.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {
const QFile::Permissions ownerOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
const QFile::Permissions ownerOnlyDir = ownerOnly | QFile::ExeOwner | QFile::ExeUser;

std::unique_ptr<Database> newFund(const QString &path)
{
    return must(Database::create(path, [](Database &db) {
        FundSettings s;
        s.name = u"Safety fund"_s;
        return fund::initialise(db, s);
    }));
}

std::unique_ptr<Database> demoFund(const QString &path)
{
    return must(Database::create(path, [](Database &db) {
        return demo::load(db, demo::source(), u"demo-fund.json"_s);
    }));
}

/// Runs SQL on a plain connection with no foreign keys and no triggers of ours in the way: an
/// edit made outside the application, as a person with the sqlite3 shell could.
void outsideEdit(const QString &path, const QStringList &statements)
{
    imdp::test::outsideSql(path, statements);
}

void writeLock(const QString &fundPath, const QString &host, qint64 pid)
{
    const QJsonObject o{{u"user"_s, u"alice"_s}, {u"host"_s, host}, {u"pid"_s, pid},
                        {u"since"_s, u"2026-11-27T08:00:00Z"_s}};
    imdp::test::writeFile(FileLock::lockPath(fundPath), QJsonDocument(o).toJson());
}

qint64 deadPid()
{
    QProcess p;
    p.start(u"true"_s, {});
    REQUIRE(p.waitForStarted());
    const qint64 pid = p.processId();
    REQUIRE(p.waitForFinished());
    return pid;
}

qint64 count(Database &db, const QString &table)
{
    return must(Query::scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(table)));
}
} // namespace

TEST_CASE("one writer per file: a second read-write open is refused, read-only works", "[safety][lock]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    auto first = newFund(path);
    auto second = Database::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Refused);
    const QString expected = u"%1: in use by tester on %2 since "_s.arg(
        path, QSysInfo::machineHostName());
    CHECK(second.error().message.startsWith(expected));
    CHECK_FALSE(second.error().message.contains(u'\n'));
    auto reader = must(Database::open(path, Database::Mode::ReadOnly));
    CHECK(must(fund::info(*reader)).name == u"Safety fund"_s);
    // Releasing the first writer frees the file for the next.
    first.reset();
    CHECK_FALSE(QFileInfo::exists(FileLock::lockPath(path)));
    CHECK(Database::open(path).ok());
}

TEST_CASE("a stale lock is reported as stale and broken only knowingly, with an audit row", "[safety][lock]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    const qint64 pid = deadPid();
    writeLock(path, QSysInfo::machineHostName(), pid);
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Refused);
    CHECK(refused.error().message.contains(u"no longer running: the lock is stale"_s));
    CHECK(refused.error().message.contains(u"(process %1)"_s.arg(pid)));
    CHECK(refused.error().message.contains(u"--break-lock"_s));

    auto db = must(Database::open(path, Database::Mode::ReadWrite,
                                  FileLock::Breaking::StaleOrForeign));
    REQUIRE(db->brokenLock().has_value());
    CHECK(db->brokenLock()->user == u"alice"_s);
    Query last(*db, u"SELECT command, detail FROM audit_event ORDER BY id DESC LIMIT 1"_s);
    mustOk(last.exec());
    REQUIRE(last.next());
    CHECK(last.text(0) == u"fund.break_lock"_s);
    CHECK(last.text(1).contains(u"\"pid\":%1"_s.arg(pid)));
    CHECK(verify::auditChain(*db).isEmpty());
    // The lock is now ours.
    CHECK(FileLock::holder(path)->pid == QCoreApplication::applicationPid());
}

TEST_CASE("a live lock on this host is never broken, another host's can be", "[safety][lock]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    SECTION("live on this host") {
        writeLock(path, QSysInfo::machineHostName(), QCoreApplication::applicationPid());
        auto r = Database::open(path, Database::Mode::ReadWrite,
                                FileLock::Breaking::StaleOrForeign);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(u"in use by alice on"_s));
        CHECK(r.error().message.contains(u"since 2026-11-27T08:00:00Z"_s));
    }
    SECTION("another host cannot be probed: refused, then broken knowingly") {
        writeLock(path, u"office-pc-7"_s, 4242);
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message
              == path + u": in use by alice on office-pc-7 since 2026-11-27T08:00:00Z"_s);
        auto db = must(Database::open(path, Database::Mode::ReadWrite,
                                      FileLock::Breaking::StaleOrForeign));
        CHECK(db->brokenLock()->host == u"office-pc-7"_s);
    }
    SECTION("an unreadable lock file is reported as such") {
        imdp::test::writeFile(FileLock::lockPath(path), "garbage");
        auto r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(u"its lock file cannot be read"_s));
    }
}

TEST_CASE("closing removes only our own lock", "[safety][lock]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    auto db = newFund(path);
    // Someone broke our lock and took the file: closing must not remove their lock.
    writeLock(path, u"other-host"_s, 77);
    db.reset();
    REQUIRE(QFileInfo::exists(FileLock::lockPath(path)));
    CHECK(FileLock::holder(path)->host == u"other-host"_s);
}

TEST_CASE("every kind of bad file gets one clear line and keeps its SHA-256", "[safety][badfile]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"bad.imdp"_s);
    demoFund(path).reset();
    QString expected;
    bool opensReadOnly = false; // damaged but recognisable: shown read-only, never written
    SECTION("truncated to half") {
        QFile f(path);
        REQUIRE(f.resize(f.size() / 2));
        expected = u"the file is damaged"_s;
    }
    SECTION("random bytes") {
        QByteArray junk(65536, Qt::Uninitialized);
        QRandomGenerator gen(7);
        for (char &c : junk)
            c = char(gen.bounded(256));
        imdp::test::writeFile(path, junk);
        expected = u"not an IMDP fund file (not an SQLite database)"_s;
    }
    SECTION("a valid header over random pages") {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QRandomGenerator gen(11);
        QByteArray junk(int(f.size()) - 4096, Qt::Uninitialized);
        for (char &c : junk)
            c = char(gen.bounded(256));
        REQUIRE(f.seek(4096));
        REQUIRE(f.write(junk) == junk.size());
        f.close();
        expected = u"the file is damaged"_s;
        opensReadOnly = true;
    }
    SECTION("a foreign-key violation written outside the application") {
        outsideEdit(path, {u"INSERT INTO proposal (code, title, applicant_id, created_at) "
                           "VALUES ('X-9', 'ghost', 999, '2026-01-01')"_s});
        expected = u"failed the foreign-key check (proposal row"_s;
        opensReadOnly = true;
    }
    const QByteArray before = imdp::test::sha256(path);
    // The whole-file checks run when due: a week after the file was last checked.
    Clock::setFixed(QDateTime::currentDateTimeUtc().addDays(Database::fullCheckDays + 1));
    const auto resetClock = qScopeGuard([] { Clock::reset(); });
    for (auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto r = Database::open(path, mode);
        QString message;
        if (r.ok()) {
            CHECK(opensReadOnly);
            CHECK((*r)->isReadOnly());
            message = (*r)->readOnlyReason();
            // A write is refused with the reason, before touching the file.
            auto add = organisations::add(**r, {0, u"X"_s, {}, u"ngo"_s, {}, false});
            REQUIRE_FALSE(add.ok());
            CHECK(add.error().message == message);
        } else {
            message = r.error().message;
        }
        INFO(message.toStdString());
        CHECK(message.startsWith(path + u": "_s));
        CHECK(message.contains(expected));
        CHECK_FALSE(message.contains(u'\n'));
        if (mode == Database::Mode::ReadWrite && r.ok())
            CHECK(message.endsWith(u"opened read-only, nothing will be written"_s));
    }
    CHECK(imdp::test::sha256(path) == before);
    CHECK_FALSE(QFileInfo::exists(FileLock::lockPath(path)));
}

TEST_CASE("a worker's further connection checks the header, not the whole file again", "[safety]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path);
    outsideEdit(path, {u"INSERT INTO proposal (code, title, applicant_id, created_at) "
                       "VALUES ('X-9', 'ghost', 999, '2026-01-01')"_s});
    const QByteArray before = imdp::test::sha256(path);
    auto checked = Database::open(path, Database::Mode::ReadOnly, FileLock::Breaking::Never,
                                  Database::FullCheck::Always);
    REQUIRE(checked.ok());
    CHECK((*checked)->readOnlyReason().contains(u"failed the foreign-key check"_s));
    // The first connection scanned the file; the worker's reads it without scanning again.
    auto reader = Database::openReader(path);
    REQUIRE(reader.ok());
    CHECK((*reader)->isReadOnly());
    CHECK((*reader)->readOnlyReason().isEmpty());
    CHECK(must(Query::scalar(**reader, u"SELECT COUNT(*) FROM proposal"_s)) == 1);
    CHECK_FALSE(organisations::add(**reader, {0, u"X"_s, {}, u"ngo"_s, {}, false}).ok());
    reader->reset();
    checked->reset();
    CHECK(imdp::test::sha256(path) == before);
    CHECK_FALSE(QFileInfo::exists(FileLock::lockPath(path)));

    // What SQLite is not asked to open is refused as open() refuses it.
    const QString other = t.file(u"notes.imdp"_s);
    imdp::test::writeFile(other, QByteArray(8192, 'x'));
    auto refused = Database::openReader(other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
          == other + u": not an IMDP fund file (not an SQLite database)"_s);
}

TEST_CASE("disk full mid-command: a clear error, nothing partial, no writing after SQLite's rollback", "[safety][io]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    auto db = newFund(path);
    const qint64 orgsBefore = count(*db, u"organisation"_s);
    const qint64 auditBefore = count(*db, u"audit_event"_s);
    const qint64 pages = db->pragma(u"page_count"_s).toLongLong();
    // The production connection, capped a few pages above its size: the disk is "full".
    REQUIRE(db->pragma(u"max_page_count = %1"_s.arg(pages + 3)).toLongLong() == pages + 3);
    Error failure;
    int added = 0;
    {
        WriteTransaction tx(*db);
        mustOk(tx.begun());
        for (int i = 0; i < 5000; ++i) {
            auto r = organisations::add(*db, {0, u"Donor number %1 with a long name"_s.arg(i),
                                              {}, u"state"_s, {}, false});
            if (!r) {
                failure = r.error();
                break;
            }
            ++added;
        }
        REQUIRE(added < 5000);
        CHECK(failure.code == ErrorCode::Io);
        CHECK(failure.message.startsWith(path + u": the disk is full"_s));
        CHECK(failure.message.contains(u"SQLite code 13"_s));
        // The transaction is over for SQLite: further work in it is refused, not auto-committed.
        auto more = organisations::add(*db, {0, u"After the error"_s, {}, u"ngo"_s, {}, false});
        REQUIRE_FALSE(more.ok());
        CHECK(more.error().message.contains(u"nothing was written"_s));
        auto commit = tx.commit();
        REQUIRE_FALSE(commit.ok());
    }
    CHECK(added > 0);
    CHECK(count(*db, u"organisation"_s) == orgsBefore);
    CHECK(count(*db, u"audit_event"_s) == auditBefore);
    CHECK(db->pragma(u"integrity_check"_s) == u"ok"_s);
    CHECK(verify::auditChain(*db).isEmpty());
    // With room again, the same connection works normally.
    REQUIRE(db->pragma(u"max_page_count = 1000000"_s).toLongLong() >= 1000000);
    must(organisations::add(*db, {0, u"After the disk was freed"_s, {}, u"ngo"_s, {}, false}));
    CHECK(count(*db, u"organisation"_s) == orgsBefore + 1);
}

TEST_CASE("backups are verified copies, the rotating set keeps backup_keep", "[safety][backup]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    auto db = demoFund(path);
    const QString head = must(audit::head(*db));
    const QString copy = t.file(u"copy.imdp"_s);
    mustOk(backup::copyTo(*db, copy));
    CHECK(QFileInfo(copy).permissions() == ownerOnly);
    mustOk(backup::checkCopy(copy));
    {
        auto c = must(Database::open(copy, Database::Mode::ReadOnly));
        CHECK(must(audit::head(*c)) == head);
        CHECK(count(*c, u"organisation"_s) == 26);
    }
    // Never over an existing file.
    const QByteArray copySha = imdp::test::sha256(copy);
    auto again = backup::copyTo(*db, copy);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"already exists"_s));
    CHECK(imdp::test::sha256(copy) == copySha);
    // No temporary files are left.
    CHECK(QDir(t.dir.path()).entryList({u"*partial*"_s}, QDir::Files).isEmpty());

    {
        WriteTransaction tx(*db);
        Query q(*db, u"INSERT INTO fund_setting (key, value) VALUES ('backup_keep', '3')"_s);
        mustOk(q.exec());
        mustOk(tx.commit());
    }
    CHECK(must(backup::keep(*db)) == 3);
    const QDateTime t0 = QDateTime::fromString(u"2026-11-28T09:00:00Z"_s, Qt::ISODate);
    CHECK(must(backup::isDue(*db, t0)));
    for (int i = 0; i < 5; ++i)
        must(backup::rotate(*db, t0.addSecs(i * 3600)));
    const QStringList kept = backup::existing(path);
    REQUIRE(kept.size() == 3);
    CHECK(QFileInfo(kept.first()).fileName() == u"fund.backup-20261128-110000.imdp"_s);
    CHECK(QFileInfo(kept.last()).fileName() == u"fund.backup-20261128-130000.imdp"_s);
    CHECK(QFileInfo(backup::folderFor(path)).permissions() == ownerOnlyDir);
    for (const QString &k : kept)
        CHECK(QFileInfo(k).permissions() == ownerOnly);
    CHECK_FALSE(must(backup::isDue(*db, t0.addSecs(4 * 3600 + 60))));
    CHECK(must(backup::isDue(*db, t0.addSecs(4 * 3600 + 24 * 3600))));
}

TEST_CASE("restore refuses to overwrite, with replace it keeps the old file and matches the copy", "[safety][backup]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    const QString copy = t.file(u"copy.imdp"_s);
    QString head;
    {
        auto db = demoFund(path);
        head = must(audit::head(*db));
        mustOk(backup::copyTo(*db, copy));
        must(organisations::add(*db, {0, u"Added after the backup"_s, {}, u"ngo"_s, {}, false}));
    }
    const QByteArray current = imdp::test::sha256(path);
    const QDateTime now = QDateTime::fromString(u"2026-11-28T09:00:00Z"_s, Qt::ISODate);
    auto refused = backup::restore(copy, path, false, now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Refused);
    CHECK(imdp::test::sha256(path) == current);
    {
        // Not while someone is writing it.
        auto holder = must(Database::open(path));
        auto busy = backup::restore(copy, path, true, now);
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.error().message.contains(u"in use by tester"_s));
    }
    const auto done = must(backup::restore(copy, path, true, now));
    CHECK(done.keptAside == path + u".replaced-20261128-090000"_s);
    CHECK(imdp::test::sha256(done.keptAside) == current);
    CHECK(QFileInfo(path).permissions() == ownerOnly);
    auto db = must(Database::open(path, Database::Mode::ReadOnly));
    CHECK(must(audit::head(*db)) == head);
    CHECK(count(*db, u"organisation"_s) == 26);
    // A damaged copy is never restored.
    const QString broken = t.file(u"broken.imdp"_s);
    QFile::copy(copy, broken);
    QFile f(broken);
    REQUIRE(f.resize(f.size() / 2));
    auto bad = backup::restore(broken, t.file(u"new.imdp"_s), false, now);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.startsWith(broken + u": the file is damaged"_s));
    CHECK_FALSE(QFileInfo::exists(t.file(u"new.imdp"_s)));
}

TEST_CASE("verify names the first audit row altered, deleted or inserted outside the app", "[safety][verify]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    demoFund(path).reset();
    const QString dropTriggers =
        u"DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete"_s;
    QString expected;
    SECTION("intact") {
    }
    SECTION("a row's content altered") {
        outsideEdit(path, dropTriggers.split(u"; "_s)
                              << u"UPDATE audit_event SET actor = 'mallory' WHERE id = 7"_s);
        expected = u"audit row 7: altered"_s;
    }
    SECTION("a row altered with its own hash recomputed") {
        // Recomputing the row's hash does not help: the next row no longer chains to it.
        QString forged;
        {
            auto db = must(Database::open(path, Database::Mode::ReadOnly));
            // A Query must not outlive its Database: it hands its statement back on destruction.
            Query q(*db, u"SELECT at, actor, command, detail, prev_hash, writes FROM audit_event "
                         "WHERE id = 9"_s);
            mustOk(q.exec());
            REQUIRE(q.next());
            forged =
                audit::chainHash(q.text(4), audit::canonicalRow(9, q.text(0), u"mallory"_s,
                                                                q.text(2), q.text(3), q.text(5)));
        }
        outsideEdit(path, dropTriggers.split(u"; "_s)
                              << u"UPDATE audit_event SET actor = 'mallory', hash = '%1' "
                                 "WHERE id = 9"_s.arg(forged));
        expected = u"audit row 10: inserted or replaced"_s;
    }
    SECTION("a row deleted") {
        outsideEdit(path, dropTriggers.split(u"; "_s)
                              << u"DELETE FROM audit_event WHERE id = 12"_s);
        expected = u"audit row 12: deleted (the next row present is 13)"_s;
    }
    SECTION("a row inserted at the end without the chain") {
        outsideEdit(path, {u"INSERT INTO audit_event (id, at, actor, command, detail, prev_hash, "
                           "hash) SELECT MAX(id) + 1, 'x', 'mallory', 'fake', '{}', '', '' "
                           "FROM audit_event"_s});
        expected = u"altered"_s;
    }
    auto db = must(Database::open(path, Database::Mode::ReadOnly));
    const verify::Findings report = verify::run(*db);
    REQUIRE(report.outcomes.size() >= 3);
    CHECK(report.outcomes.at(0).name == u"integrity"_s);
    CHECK(report.outcomes.at(0).ok());
    CHECK(report.outcomes.at(1).ok());
    const auto &chain = report.outcomes.at(2);
    CHECK(chain.name == u"audit chain"_s);
    if (expected.isEmpty()) {
        CHECK(report.ok());
        CHECK(report.auditRows == count(*db, u"audit_event"_s));
        CHECK(report.auditHead == must(audit::head(*db)));
    } else {
        CHECK_FALSE(report.ok());
        REQUIRE(chain.problems.size() == 1);
        INFO(chain.problems.first().message.toStdString());
        CHECK(chain.problems.first().message.contains(expected));
    }
}

TEST_CASE("verify runs registered checks, so later capabilities add theirs", "[safety][verify]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    verify::registerCheck({u"test: organisations named"_s, [](Database &db) -> Result<QStringList> {
        auto n = Query::scalar(db, u"SELECT COUNT(*) FROM organisation WHERE name = ''"_s);
        if (!n)
            return n.error();
        return *n == 0 ? QStringList() : QStringList{u"an organisation has no name"_s};
    }});
    // Registered checks run after the built-in ones on the file itself and before those replaying
    // the audit trail (schema, anchor, rows), which run last.
    const auto outcome = [](const verify::Findings &r) {
        const auto it = std::find_if(r.outcomes.cbegin(), r.outcomes.cend(), [](const auto &o) {
            return o.name == u"test: organisations named"_s;
        });
        REQUIRE(it != r.outcomes.cend());
        CHECK(r.outcomes.at(it - r.outcomes.cbegin() + 1).name == u"schema"_s);
        return *it;
    };
    auto db = must(Database::open(path, Database::Mode::ReadOnly));
    auto report = verify::run(*db);
    CHECK(outcome(report).ok());
    CHECK(report.ok());
    db.reset();
    outsideEdit(path, {u"INSERT INTO organisation (name, kind) VALUES ('', 'ngo')"_s});
    db = must(Database::open(path, Database::Mode::ReadOnly));
    report = verify::run(*db);
    CHECK_FALSE(report.ok());
    CHECK(outcome(report).lines() == QStringList{u"an organisation has no name"_s});
    // The row inserted outside the application is named too.
    CHECK(report.outcomes.last().lines() ==
          QStringList{u"organisation row 1: inserted with no audit row (added outside the "
                      "application)"_s});
    // Registering the same name again replaces it rather than running it twice.
    const auto before = verify::checks().size();
    verify::registerCheck({u"test: organisations named"_s, [](Database &) -> Result<QStringList> {
        return QStringList();
    }});
    CHECK(verify::checks().size() == before);
    CHECK(outcome(verify::run(*db)).ok());
}

TEST_CASE("verify runs the page-level checks on a connection of their own, reported in the "
          "checks' order, inside a transaction, on the caller's connection",
          "[safety][verify]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    const QString ghost = u"INSERT INTO proposal (code, title, applicant_id, created_at) "
                          "VALUES ('X-9', 'ghost', 999, '2026-01-01')"_s;
    const QString named = u"proposal row 1 refers to a missing organisation row"_s;
    {
        outsideEdit(path, {ghost});
        auto db = must(Database::open(path, Database::Mode::ReadOnly, FileLock::Breaking::Never,
                                      Database::FullCheck::Never));
        QStringList order;
        const verify::Findings r = verify::run(*db);
        for (const verify::Outcome &o : r.outcomes)
            order << o.name;
        QStringList expected;
        for (const verify::Check &c : verify::checks())
            expected << c.name;
        CHECK(order == expected);
        REQUIRE(r.outcomes.size() > 2);
        CHECK(r.outcomes.at(0).name == u"integrity"_s);
        CHECK(r.outcomes.at(0).ok());
        CHECK(r.outcomes.at(1).name == u"foreign keys"_s);
        CHECK(r.outcomes.at(1).lines() == QStringList{named});
    }
    // In an open transaction a second connection would not see the rows written in it: the
    // foreign keys are checked on the caller's connection, which does.
    const QString clean = t.file(u"clean.imdp"_s);
    auto db = newFund(clean);
    const auto foreignKeys = [&db] {
        const verify::Findings r = verify::run(*db);
        const auto it = std::find_if(r.outcomes.cbegin(), r.outcomes.cend(),
                                     [](const auto &o) { return o.name == u"foreign keys"_s; });
        REQUIRE(it != r.outcomes.cend());
        return it->lines();
    };
    CHECK(foreignKeys().isEmpty());
    {
        WriteTransaction tx(*db);
        REQUIRE(tx.begun().ok());
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"PRAGMA defer_foreign_keys = ON"_s));
        REQUIRE(q.exec(ghost));
        CHECK(foreignKeys() == QStringList{named});
    } // rolled back
    CHECK(foreignKeys().isEmpty());
}

TEST_CASE("fund files, journals, locks and backups are owner-only", "[safety][permissions]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    auto db = newFund(path);
    CHECK(QFileInfo(path).permissions() == ownerOnly);
    CHECK(QFileInfo(FileLock::lockPath(path)).permissions() == ownerOnly);
    {
        WriteTransaction tx(*db);
        mustOk(tx.begun());
        Query q(*db, u"INSERT INTO organisation (name, kind) VALUES ('J', 'ngo')"_s);
        mustOk(q.exec());
        // The rollback journal exists while the transaction writes.
        REQUIRE(QFileInfo::exists(path + u"-journal"_s));
        CHECK(QFileInfo(path + u"-journal"_s).permissions() == ownerOnly);
    }
    const QString rotated = must(backup::rotate(*db, QDateTime::currentDateTimeUtc()));
    CHECK(QFileInfo(rotated).permissions() == ownerOnly);
    CHECK(QFileInfo(backup::folderFor(path)).permissions() == ownerOnlyDir);
}

TEST_CASE("network file systems are recognised for the warning", "[safety]")
{
    CHECK(fsutil::networkFileSystemKind(0x6969) == u"NFS"_s);
    CHECK(fsutil::networkFileSystemKind(0xFF534D42) == u"CIFS"_s);
    CHECK(fsutil::networkFileSystemKind(0xFE534D42) == u"SMB2"_s);
    CHECK(fsutil::networkFileSystemKind(0x517B) == u"SMB"_s);
    CHECK(fsutil::networkFileSystemKind(0xEF53).isEmpty()); // ext4
    imdp::test::TempDir t;
    CHECK(fsutil::networkFileSystem(t.file(u"x.imdp"_s)).isEmpty());
    auto db = newFund(t.file(u"x.imdp"_s));
    CHECK(db->warnings().isEmpty());
}

TEST_CASE("the backup schedule is validated, audited, and what the scheduled backup follows", "[safety][backup]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    auto db = newFund(path);
    const qint64 audited = count(*db, u"audit_event"_s);
    for (const auto &[keep, hours, message] :
         {std::tuple{std::optional<int>(0), std::optional<int>(), u"keep: must be from 1 to 1000 backups"_s},
          std::tuple{std::optional<int>(1001), std::optional<int>(), u"keep: must be from 1 to 1000 backups"_s},
          std::tuple{std::optional<int>(), std::optional<int>(0), u"every-hours: must be from 1 to 8760 hours"_s},
          std::tuple{std::optional<int>(3), std::optional<int>(9000), u"every-hours: must be from 1 to 8760 hours"_s}}) {
        const Status s = backup::setSchedule(*db, keep, hours);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::BadInput);
        CHECK(s.error().message == message);
    }
    CHECK(count(*db, u"audit_event"_s) == audited); // nothing written, not even half
    CHECK(must(backup::keep(*db)) == 5);
    CHECK(must(backup::everyHours(*db)) == 24);

    mustOk(backup::setSchedule(*db, 2, 48));
    CHECK(must(backup::keep(*db)) == 2);
    CHECK(must(backup::everyHours(*db)) == 48);
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM audit_event WHERE command = "
                                  "'fund.backup_settings'"_s)) == 1);
    CHECK(verify::auditChain(*db).isEmpty());

    // What the desktop does at open and every 30 minutes (FundSession::backupIfDue).
    const QDateTime t0 = QDateTime::fromString(u"2026-11-28T09:00:00Z"_s, Qt::ISODate);
    int made = 0;
    for (int hour = 0; hour <= 24 * 6; hour += 6) {
        const QDateTime now = t0.addSecs(qint64(hour) * 3600);
        if (must(backup::isDue(*db, now))) {
            must(backup::rotate(*db, now));
            ++made;
        }
    }
    CHECK(made == 4); // at 0, 48, 96 and 144 hours: every 48 hours, not every 24
    const QStringList kept = backup::existing(path);
    REQUIRE(kept.size() == 2);
    CHECK(QFileInfo(kept.at(0)).fileName() == u"fund.backup-20261202-090000.imdp"_s);
    CHECK(QFileInfo(kept.at(1)).fileName() == u"fund.backup-20261204-090000.imdp"_s);

    // Only the keep changes: the hours stay.
    mustOk(backup::setSchedule(*db, 1, std::nullopt));
    CHECK(must(backup::everyHours(*db)) == 48);
    must(backup::rotate(*db, t0.addSecs(200 * 3600)));
    CHECK(backup::existing(path).size() == 1);

    // Several backups within one second keep their order (the -N names).
    mustOk(backup::setSchedule(*db, 3, std::nullopt));
    const QDateTime t1 = t0.addDays(30);
    QStringList same;
    for (int i = 0; i < 4; ++i)
        same << must(backup::rotate(*db, t1));
    CHECK(backup::existing(path) == same.mid(1));

    db.reset();
    auto ro = must(Database::open(path, Database::Mode::ReadOnly));
    const Status refused = backup::setSchedule(*ro, 4, std::nullopt);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"read-only"_s));
}

TEST_CASE("temporary files left by killed commands are removed at the next write-open, only when their owner is gone", "[safety][leftovers]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    const qint64 dead = deadPid();
    const qint64 alive = QCoreApplication::applicationPid();
    QDir(t.dir.path()).mkpath(u"backups"_s);
    const QString backups = t.file(u"backups"_s);
    const QStringList gone{
        u"fund.imdp.creating-%1-Ab12Cd"_s.arg(dead),
        u"fund.imdp.creating-%1-Ab12Cd-journal"_s.arg(dead),
        u"fund.imdp.partial-%1-xYz789"_s.arg(dead),
        u"fund.imdp.restoring-%1-QQQQQQ"_s.arg(dead),
        u"fund.imdp.v3.bak.partial-%1-a1b2c3"_s.arg(dead),
    };
    const QStringList goneInBackups{u"fund.backup-20261128-090000.imdp.partial-%1-k9k9k9"_s.arg(dead)};
    const QStringList kept{
        u"fund.imdp.partial-%1-LiveOn"_s.arg(alive), // its process still runs
        u"fund.imdp.partial-Nopid1"_s,               // no pid, written just now
        u"fund.imdp.notes"_s,                         // not one of ours
        u"other.imdp.partial-%1-abcdef"_s.arg(dead),  // another fund's
        u"fund.imdp.v3.bak"_s,                        // a finished backup
    };
    const QStringList keptInBackups{u"fund.backup-20261128-090000.imdp"_s};
    const QString oldNoPid = u"fund.imdp.creating-Old123"_s; // no pid, untouched for two hours
    for (const QString &n : gone + kept + QStringList{oldNoPid})
        imdp::test::writeFile(t.file(n), "x");
    for (const QString &n : goneInBackups + keptInBackups)
        imdp::test::writeFile(QDir(backups).filePath(n), "x");
    {
        QFile old(t.file(oldNoPid));
        REQUIRE(old.open(QIODevice::ReadWrite));
        REQUIRE(old.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200),
                                QFileDevice::FileModificationTime));
    }

    // A reader removes nothing: opening never deletes, and a reader holds no lock.
    must(Database::open(path, Database::Mode::ReadOnly)).reset();
    for (const QString &n : gone + kept + QStringList{oldNoPid})
        CHECK(QFileInfo::exists(t.file(n)));

    auto db = must(Database::open(path));
    for (const QString &n : gone + QStringList{oldNoPid}) {
        INFO(n.toStdString());
        CHECK_FALSE(QFileInfo::exists(t.file(n)));
    }
    for (const QString &n : goneInBackups)
        CHECK_FALSE(QFileInfo::exists(QDir(backups).filePath(n)));
    for (const QString &n : kept) {
        INFO(n.toStdString());
        CHECK(QFileInfo::exists(t.file(n)));
    }
    for (const QString &n : keptInBackups)
        CHECK(QFileInfo::exists(QDir(backups).filePath(n)));
    REQUIRE(db->warnings().size() == 1);
    CHECK(db->warnings().first().startsWith(
        u"%1: removed 7 temporary file(s) left by an interrupted command: "_s.arg(path)));
    CHECK(db->warnings().first().contains(u"backups/"_s + goneInBackups.first()));
    db.reset();

    // An `init` killed mid-way leaves FILE.creating-PID-XXXXXX and no FILE: the next create
    // of that name clears it first.
    const QString fresh = t.file(u"fresh.imdp"_s);
    const QString creating = u"%1.creating-%2-ZZZZZZ"_s.arg(fresh).arg(dead);
    imdp::test::writeFile(creating, "half a fund");
    auto created = newFund(fresh);
    CHECK_FALSE(QFileInfo::exists(creating));
    CHECK(created->warnings().size() == 1);
    created.reset();
    // And its own temporary name, which now carries its process id, is gone too.
    CHECK(QDir(t.dir.path()).entryList({u"fresh.imdp.*"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("backup settings that cannot be read are an error, never the defaults",
          "[storage][backup]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    auto db = newFund(path);
    mustOk(backup::setSchedule(*db, 2, 48));
    REQUIRE(must(backup::keep(*db)) == 2);
    // The settings table gone from under the open connection (as a damaged or foreign edit would
    // leave it): every reader reports the database error instead of 5 backups every 24 hours.
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"DROP TABLE fund_setting"_s));
    }
    for (const auto &r : {backup::keep(*db), backup::everyHours(*db)}) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(u"fund_setting"_s));
    }
    const auto keepError = backup::keep(*db);
    REQUIRE_FALSE(keepError.ok());
    CHECK(keepError.error().message.startsWith(u"backup_keep: "_s));
    const QDateTime now = QDateTime::fromString(u"2026-11-28T09:00:00Z"_s, Qt::ISODate);
    CHECK_FALSE(backup::isDue(*db, now).ok());
    // Nothing is copied, nothing pruned, nothing written.
    CHECK_FALSE(backup::rotate(*db, now).ok());
    CHECK(backup::existing(path).isEmpty());
    CHECK_FALSE(backup::setSchedule(*db, 3, std::nullopt).ok());
}

TEST_CASE("opening checks the whole file only with a reason: an unclean shutdown or the schedule", "[safety][fullcheck]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    // A foreign-key violation planted outside the application: only a whole-file check sees it.
    outsideEdit(path, {u"INSERT INTO proposal (code, title, applicant_id, created_at) "
                       "VALUES ('X-9', 'ghost', 999, '2026-01-01')"_s});
    {
        auto db = must(Database::open(path, Database::Mode::ReadOnly));
        CHECK(db->fullCheckReason().isEmpty()); // not scanned: the open does not grow with the file
        CHECK(db->readOnlyReason().isEmpty());
    }
    {
        auto db = must(Database::open(path, Database::Mode::ReadOnly, FileLock::Breaking::Never,
                                      Database::FullCheck::Always));
        CHECK(db->readOnlyReason().contains(u"failed the foreign-key check"_s));
    }
    SECTION("a stale lock: the writer died") {
        writeLock(path, QSysInfo::machineHostName(), deadPid());
        auto ro = must(Database::open(path, Database::Mode::ReadOnly));
        CHECK(ro->fullCheckReason().startsWith(u"unclean shutdown: a stale lock"_s));
        CHECK(ro->readOnlyReason().contains(u"failed the foreign-key check"_s));
        ro.reset();
        auto rw = must(Database::open(path, Database::Mode::ReadWrite,
                                      FileLock::Breaking::StaleOrForeign));
        CHECK(rw->fullCheckReason().startsWith(u"unclean shutdown: the lock of"_s));
        CHECK(rw->isReadOnly());
        CHECK(rw->readOnlyReason().contains(u"failed the foreign-key check"_s));
    }
    SECTION("a hot journal: a writer killed mid-transaction") {
        const QByteArray before = imdp::test::sha256(path);
        // Not a real journal (SQLite ignores one without a valid header), but the sign is there.
        imdp::test::writeFile(path + u"-journal"_s, QByteArray(512, '\0'));
        auto ro = must(Database::open(path, Database::Mode::ReadOnly));
        CHECK(ro->fullCheckReason() == u"unclean shutdown: a hot journal"_s);
        CHECK(ro->readOnlyReason().contains(u"failed the foreign-key check"_s));
        ro.reset();
        CHECK(imdp::test::sha256(path) == before);
    }
    SECTION("the weekly schedule") {
        Clock::setFixed(QDateTime::currentDateTimeUtc().addDays(Database::fullCheckDays));
        const auto resetClock = qScopeGuard([] { Clock::reset(); });
        auto db = must(Database::open(path));
        CHECK(db->fullCheckReason().startsWith(u"scheduled: last checked "_s));
        CHECK(db->isReadOnly());
        CHECK(db->readOnlyReason().contains(u"failed the foreign-key check"_s));
    }
}

namespace {
QString checkedAt(Database &db)
{
    Query q(db, u"SELECT value FROM fund_setting WHERE key = 'full_check_at'"_s);
    if (!q.exec() || !q.next())
        return {};
    return q.text(0);
}
} // namespace

TEST_CASE("a passed scheduled check is recorded in the file and restarts the schedule, deferred, the file is read-only until it passes", "[safety][fullcheck]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const auto resetClock = qScopeGuard([] { Clock::reset(); });
    Clock::setFixed(start.addDays(Database::fullCheckDays - 1));
    CHECK(must(Database::open(path))->fullCheckReason().isEmpty());
    Clock::setFixed(start.addDays(Database::fullCheckDays + 1));
    {
        const QByteArray before = imdp::test::sha256(path);
        auto db = must(Database::open(path));
        CHECK(db->fullCheckReason().startsWith(u"scheduled"_s));
        CHECK_FALSE(db->isReadOnly());
        // Recorded by the first write, inside its transaction: opening alone changes nothing.
        CHECK(checkedAt(*db).isEmpty());
        CHECK(imdp::test::sha256(path) == before);
        must(organisations::add(*db, {0, u"First write"_s, {}, u"ngo"_s, {}, false}));
        CHECK(checkedAt(*db) == Clock::stamp());
        Query last(*db, u"SELECT command FROM audit_event ORDER BY id DESC LIMIT 2"_s);
        mustOk(last.exec());
        REQUIRE(last.next());
        CHECK(last.text(0) != u"storage.full_check"_s); // the command's own row comes last
        REQUIRE(last.next());
        CHECK(last.text(0) == u"storage.full_check"_s);
        const verify::Findings r = verify::run(*db);
        CHECK(r.ok());
    }
    // Checked: the next opens of the week do not check again.
    CHECK(must(Database::open(path))->fullCheckReason().isEmpty());
    Clock::setFixed(start.addDays(3 * Database::fullCheckDays));
    auto db = must(Database::open(path, Database::Mode::ReadWrite, FileLock::Breaking::Never,
                                  Database::FullCheck::Deferred));
    CHECK(db->fullCheckPending());
    CHECK(db->isReadOnly());
    CHECK_FALSE(organisations::add(*db, {0, u"X"_s, {}, u"ngo"_s, {}, false}).ok());
    // The caller's check, on a connection of its own (the desktop's worker thread).
    QString problem = u"not run"_s;
    {
        auto reader = must(Database::openReader(path));
        problem = reader->fullCheckProblem([] { return false; });
    }
    CHECK(problem.isEmpty());
    // A cancelled check says so, it never passes.
    {
        auto reader = must(Database::openReader(path));
        CHECK_FALSE(reader->fullCheckProblem([] { return true; }).isEmpty());
    }
    mustOk(db->finishFullCheck(problem));
    CHECK_FALSE(db->isReadOnly());
    CHECK(organisations::add(*db, {0, u"X"_s, {}, u"ngo"_s, {}, false}).ok());
    CHECK(checkedAt(*db) == Clock::stamp());
}

TEST_CASE("a read-only open in an overdue week checks the whole file once: the next opens of the "
          "same unchanged file that week do not, a changed file or another copy is checked again",
          "[safety][fullcheck]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const auto resetClock = qScopeGuard([] { Clock::reset(); });
    Clock::setFixed(start.addDays(Database::fullCheckDays + 1));
    const QByteArray before = imdp::test::sha256(path);
    const auto readOnly = [](const QString &file) {
        return must(Database::open(file, Database::Mode::ReadOnly));
    };
    CHECK(readOnly(path)->fullCheckReason().startsWith(u"scheduled"_s));
    // Passed, and kept outside the file (a read-only open cannot write it): not checked again.
    CHECK(readOnly(path)->fullCheckReason().isEmpty());
    CHECK(readOnly(path)->fullCheckReason().isEmpty());
    CHECK(imdp::test::sha256(path) == before);
    // A copy is another file (its own inode): checked.
    const QString copy = t.file(u"copy.imdp"_s);
    REQUIRE(QFile::copy(path, copy));
    CHECK(readOnly(copy)->fullCheckReason().startsWith(u"scheduled"_s));
    // A week after that pass, it is due again.
    Clock::setFixed(start.addDays(2 * Database::fullCheckDays + 2));
    CHECK(readOnly(path)->fullCheckReason().startsWith(u"scheduled"_s));
    CHECK(readOnly(path)->fullCheckReason().isEmpty());
    // Changed outside the application: checked again, and the damage found.
    outsideEdit(path, {u"INSERT INTO proposal (code, title, applicant_id, created_at) "
                       "VALUES ('X-9', 'ghost', 999, '2026-01-01')"_s});
    for (int i = 0; i < 2; ++i) { // a failed check is never kept: every open finds it
        auto db = readOnly(path);
        CHECK(db->fullCheckReason().startsWith(u"scheduled"_s));
        CHECK(db->readOnlyReason().contains(u"failed the foreign-key check"_s));
    }
}

TEST_CASE("between two whole-file checks, tampering is still caught: the schema at every open for "
          "writing, the rest by verify",
          "[safety][fullcheck]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    {
        auto db = newFund(path);
        must(organisations::add(*db, {0, u"Org"_s, {}, u"ngo"_s, {}, false}));
    }
    // Within the week: no reason for the whole-file check at open.
    CHECK(must(Database::open(path))->fullCheckReason().isEmpty());
    outsideEdit(path, {u"CREATE TRIGGER lift_cap AFTER INSERT ON audit_event BEGIN UPDATE "
                       "fund_setting SET value = '10000' WHERE key = 'cap_bps'; END"_s,
                       u"INSERT INTO proposal (code, title, applicant_id, created_at) "
                       "VALUES ('X-9', 'ghost', 999, '2026-01-01')"_s});
    const QByteArray before = imdp::test::sha256(path);
    for (auto check : {Database::FullCheck::WhenDue, Database::FullCheck::Deferred}) {
        auto db =
            must(Database::open(path, Database::Mode::ReadWrite, FileLock::Breaking::Never, check));
        CHECK(db->fullCheckReason().isEmpty()); // the page-level checks did not run...
        CHECK(db->isReadOnly());                // ...the schema check did
        CHECK_FALSE(db->fullCheckPending());
        CHECK(db->readOnlyReason().contains(u"trigger lift_cap on audit_event is not part of "
                                            u"schema version"_s));
        CHECK_FALSE(organisations::add(*db, {0, u"Y"_s, {}, u"ngo"_s, {}, false}).ok());
    }
    CHECK(imdp::test::sha256(path) == before);
    // verify runs every check, the page-level ones included, whatever the schedule says.
    auto db = must(Database::open(path, Database::Mode::ReadOnly, FileLock::Breaking::Never,
                                  Database::FullCheck::Never));
    const verify::Findings full = verify::run(*db);
    CHECK_FALSE(full.ok());
    QStringList failed;
    for (const verify::Outcome &o : full.outcomes) {
        if (!o.problems.isEmpty())
            failed << o.name;
    }
    CHECK(failed.contains(u"foreign keys"_s));
    CHECK(failed.contains(u"schema"_s));
    verify::Options quick;
    quick.quick = true;
    QStringList run;
    quick.onCheck = [&run](const QString &name, int, int) { run << name; };
    const verify::Findings fast = verify::run(*db, quick);
    CHECK_FALSE(fast.ok()); // the schema check is not page-level: --quick still names it
    CHECK_FALSE(run.contains(u"integrity"_s));
    CHECK_FALSE(run.contains(u"foreign keys"_s));
    CHECK(run.contains(u"schema"_s));
    CHECK(run.contains(u"audit chain"_s));
    CHECK(imdp::test::sha256(path) == before);
}
