// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Data safety on real files: the writer lock, open-time checks on every kind of bad file, disk
// full, verified backups and restores, audit-chain verification and file permissions.
#include "../testutil.h"

#include "core/fund/demo.h"
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
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
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
    CHECK(backup::keep(*db) == 3);
    const QDateTime t0 = QDateTime::fromString(u"2026-11-28T09:00:00Z"_s, Qt::ISODate);
    CHECK(backup::isDue(*db, t0));
    for (int i = 0; i < 5; ++i)
        must(backup::rotate(*db, t0.addSecs(i * 3600)));
    const QStringList kept = backup::existing(path);
    REQUIRE(kept.size() == 3);
    CHECK(QFileInfo(kept.first()).fileName() == u"fund.backup-20261128-110000.imdp"_s);
    CHECK(QFileInfo(kept.last()).fileName() == u"fund.backup-20261128-130000.imdp"_s);
    CHECK(QFileInfo(backup::folderFor(path)).permissions() == ownerOnlyDir);
    for (const QString &k : kept)
        CHECK(QFileInfo(k).permissions() == ownerOnly);
    CHECK_FALSE(backup::isDue(*db, t0.addSecs(4 * 3600 + 60)));
    CHECK(backup::isDue(*db, t0.addSecs(4 * 3600 + 24 * 3600)));
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
            Query q(*db, u"SELECT at, actor, command, detail, prev_hash FROM audit_event "
                         "WHERE id = 9"_s);
            mustOk(q.exec());
            REQUIRE(q.next());
            forged = audit::chainHash(
                q.text(4), audit::canonicalRow(9, q.text(0), u"mallory"_s, q.text(2), q.text(3)));
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
    const verify::Report report = verify::run(*db);
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
        INFO(chain.problems.first().toStdString());
        CHECK(chain.problems.first().contains(expected));
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
    auto db = must(Database::open(path, Database::Mode::ReadOnly));
    auto report = verify::run(*db);
    CHECK(report.outcomes.last().name == u"test: organisations named"_s);
    CHECK(report.ok());
    db.reset();
    outsideEdit(path, {u"INSERT INTO organisation (name, kind) VALUES ('', 'ngo')"_s});
    db = must(Database::open(path, Database::Mode::ReadOnly));
    report = verify::run(*db);
    CHECK_FALSE(report.ok());
    CHECK(report.outcomes.last().problems == QStringList{u"an organisation has no name"_s});
    // Registering the same name again replaces it rather than running it twice.
    const auto before = verify::checks().size();
    verify::registerCheck({u"test: organisations named"_s, [](Database &) -> Result<QStringList> {
        return QStringList();
    }});
    CHECK(verify::checks().size() == before);
    CHECK(verify::run(*db).ok());
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
