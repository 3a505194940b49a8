// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "../testutil.h"

#include "core/fund/fund.h"
#include "core/storage/audit.h"
#include "core/storage/backup.h"
#include "core/storage/query.h"
#include "core/storage/schema.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {
std::unique_ptr<Database> newFund(const QString &path, const QString &name = u"Test fund"_s)
{
    return must(Database::create(path, [&](Database &db) {
        FundSettings s;
        s.name = name;
        return fund::initialise(db, s);
    }));
}

/// A plain SQLite file written with Qt's driver directly, as another application would.
void foreignSqlite(const QString &path, int applicationId)
{
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"CREATE TABLE notes (t TEXT)"_s));
        REQUIRE(q.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)));
        REQUIRE(q.exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
}
} // namespace

TEST_CASE("a new fund file is created at the current schema, owner-only", "[storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    auto db = newFund(path);
    CHECK(db->schemaVersion() == schema::latestVersion());
    CHECK(db->pragma(u"application_id"_s).toLongLong() == qint64(Database::applicationId));
    CHECK(QFileInfo(path).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    // No temporary files are left beside it; the lock lives while the file is open, owner-only.
    CHECK(QDir(t.dir.path()).entryList(QDir::Files)
          == (QStringList{u"fund.imdp"_s, u"fund.imdp.lock"_s}));
    CHECK(QFileInfo(path + u".lock"_s).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    db.reset();
    CHECK(QDir(t.dir.path()).entryList(QDir::Files) == QStringList{u"fund.imdp"_s});
}

TEST_CASE("per-connection settings hold on every connection the production code opens", "[storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    for (auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto db = must(Database::open(path, mode));
        CHECK(db->pragma(u"foreign_keys"_s) == u"1"_s);
        CHECK(db->pragma(u"trusted_schema"_s) == u"0"_s);
        CHECK(db->pragma(u"synchronous"_s) == u"2"_s);
        CHECK(db->pragma(u"journal_mode"_s) == u"delete"_s);
    }
}

TEST_CASE("foreign keys are enforced", "[storage]")
{
    imdp::test::TempDir t;
    auto db = newFund(t.file(u"fund.imdp"_s));
    Query q(*db, u"INSERT INTO proposal (code, title, applicant_id, created_at) "
                 "VALUES ('X-1', 't', 999, '2026-01-01')"_s);
    auto s = q.exec();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(u"FOREIGN KEY"_s));
}

// Money is never a double: a floating-point value cannot be bound by type, only spelt out as a
// QVariant (no column of ours holds one).
template <typename T>
concept Bindable = requires(Query &q, T v) { q.bind(v); };
static_assert(Bindable<qint64> && Bindable<int> && Bindable<bool> && Bindable<QString>);
static_assert(!Bindable<double> && !Bindable<float>);

TEST_CASE("every bound value reaches SQLite with its type, typed or through a QVariant", "[storage]")
{
    imdp::test::TempDir t;
    auto db = newFund(t.file(u"fund.imdp"_s));
    const QString sql = u"SELECT typeof(?) || ':' || quote(?)"_s;
    const auto seen = [&](auto value) {
        Query q(*db, sql);
        q.bind(value).bind(value);
        mustOk(q.exec());
        REQUIRE(q.next());
        return q.text(0);
    };
    const qint64 big = std::numeric_limits<qint64>::max();
    CHECK(seen(big) == u"integer:9223372036854775807"_s);
    CHECK(seen(QVariant(big)) == u"integer:9223372036854775807"_s);
    CHECK(seen(-7) == u"integer:-7"_s);
    CHECK(seen(true) == u"integer:1"_s);
    CHECK(seen(QVariant(true)) == u"integer:1"_s);
    CHECK(seen(uint(4000000000u)) == u"integer:4000000000"_s);
    // An unsigned 64-bit value beyond qint64 is never wrapped to a negative integer.
    CHECK(seen(quint64(18446744073709551615ull)) == u"text:'18446744073709551615'"_s);
    CHECK(seen(u"Fonds d'épargne"_s) == u"text:'Fonds d''épargne'"_s);
    CHECK(seen(QString()) == u"text:''"_s); // a null QString binds as '' (NOT NULL columns)
    CHECK(seen(QVariant(u"x"_s)) == u"text:'x'"_s);
    CHECK(seen(QVariant()) == u"null:NULL"_s);
    CHECK(seen(QByteArray("\x01\x02")) == u"blob:X'0102'"_s);
    CHECK(seen(QVariant(0.5)) == u"real:0.5"_s); // only through a QVariant: see below
    // A text bound for one run is not the next run's: the kept bytes are renewed each run.
    Query q(*db, u"SELECT ?"_s);
    for (const QString &v : {u"first"_s, u"second"_s}) {
        q.bind(v);
        mustOk(q.exec());
        REQUIRE(q.next());
        CHECK(q.text(0) == v);
    }
}

TEST_CASE("money columns are integers: the schema has no REAL, NUMERIC or DECIMAL column", "[storage]")
{
    imdp::test::TempDir t;
    auto db = newFund(t.file(u"fund.imdp"_s));
    Query tables(*db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'table'"_s);
    mustOk(tables.exec());
    int seen = 0;
    while (tables.next()) {
        ++seen;
        const QString sql = tables.text(1).toUpper();
        INFO(tables.text(0).toStdString());
        CHECK(sql.contains(u"STRICT"_s));
        CHECK_FALSE(sql.contains(u" REAL"_s));
        CHECK_FALSE(sql.contains(u"NUMERIC"_s));
        CHECK_FALSE(sql.contains(u"DECIMAL"_s));
        CHECK_FALSE(sql.contains(u"FLOAT"_s));
    }
    CHECK(seen >= 5);
}

TEST_CASE("creating never overwrites an existing file", "[storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"precious.imdp"_s);
    imdp::test::writeFile(path, "my thesis");
    const QByteArray before = imdp::test::sha256(path);
    auto r = Database::create(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Refused);
    CHECK(r.error().message.contains(u"already exists"_s));
    CHECK(imdp::test::sha256(path) == before);
}

TEST_CASE("a failed creation leaves nothing behind", "[storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"half.imdp"_s);
    auto r = Database::create(path, [](Database &db) {
        FundSettings s;
        s.name = u"bad\nname"_s; // refused by validation after the schema was written
        return fund::initialise(db, s);
    });
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(u"name"_s));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(t.dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("opening a missing path never creates a file", "[storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"missing.imdp"_s);
    for (auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto r = Database::open(path, mode);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().message == path + u": no such file"_s);
        CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("bad files are refused with one line and left byte-for-byte untouched", "[storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"bad.imdp"_s);
    QString expected;
    SECTION("not an SQLite file") {
        imdp::test::writeFile(path, QByteArray("date,donor,amount\n2026-01-01,Sweden,100\n"));
        expected = u"not an IMDP fund file (not an SQLite database)"_s;
    }
    SECTION("an empty file") {
        imdp::test::writeFile(path, QByteArray());
        expected = u"not an IMDP fund file (not an SQLite database)"_s;
    }
    SECTION("an SQLite file of another application") {
        foreignSqlite(path, 0x12345678);
        expected = u"an SQLite database of another application"_s;
    }
    SECTION("an SQLite file with no application id") {
        foreignSqlite(path, 0);
        expected = u"an SQLite database of another application"_s;
    }
    SECTION("a newer schema version") {
        newFund(path).reset();
        {
            auto db = must(Database::open(path));
            QSqlQuery q(db->connection());
            REQUIRE(q.exec(u"PRAGMA user_version = %1"_s.arg(schema::latestVersion() + 5)));
        }
        expected = u"written by a newer IMDP Desk (schema version %1; this version reads up to %2)"_s
                       .arg(schema::latestVersion() + 5)
                       .arg(schema::latestVersion());
    }
    const QByteArray before = imdp::test::sha256(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    for (auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto r = Database::open(path, mode);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadFile);
        CHECK(r.error().message.startsWith(path + u": "_s));
        CHECK(r.error().message.contains(expected));
        CHECK_FALSE(r.error().message.contains(u'\n'));
    }
    CHECK(imdp::test::sha256(path) == before);
    CHECK(QFileInfo(path).size() == sizeBefore);
    CHECK(QDir(t.dir.path()).entryList(QDir::Files) == QStringList{u"bad.imdp"_s});
}

TEST_CASE("a version-1 fixture file climbs the migration ladder and keeps its data", "[storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"old.imdp"_s);
    REQUIRE(QFile::copy(QStringLiteral(IMDP_FIXTURES "/fund-v1.imdp"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = imdp::test::sha256(path);
    {
        const auto header = must(readFileHeader(path));
        REQUIRE(header.userVersion == 1);
    }
    SECTION("read-only refuses to upgrade and changes nothing") {
        auto r = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(u"must be upgraded"_s));
        CHECK(imdp::test::sha256(path) == original);
    }
    SECTION("read-write migrates, keeping a copy of the old file") {
        auto db = must(Database::open(path));
        CHECK(db->schemaVersion() == schema::latestVersion());
        const auto info = must(fund::info(*db));
        CHECK(info.name == u"Fixture fund v1"_s);
        CHECK(info.count(u"organisation"_s) == 3);
        // The new column exists with its default; the old rows survived.
        const auto orgs = must(organisations::list(*db));
        REQUIRE(orgs.size() == 3);
        CHECK(orgs.at(0).country.isEmpty());
        // The audit chain of the old file is intact and still extends.
        const auto headBefore = must(audit::head(*db));
        CHECK(headBefore != audit::genesis());
        CHECK(must(organisations::add(*db, {0, u"New donor"_s, u"ND"_s, u"state"_s, u"SE"_s, false}))
              > 0);
        // Step 7's account is there, once; its step may run again without harm (idempotent).
        const QString waived = u"SELECT COUNT(*) FROM account WHERE id = 17 AND "
                               "key = 'residual_waived' AND class = 'expense'"_s;
        CHECK(must(Query::scalar(*db, waived)) == 1);
        const qint64 accounts = must(Query::scalar(*db, u"SELECT COUNT(*) FROM account"_s));
        CHECK(accounts >= 17);
        {
            WriteTransaction tx(*db);
            mustOk(tx.begun());
            for (const QString &sql : schema::steps().at(6)) {
                Query again(*db, sql);
                mustOk(again.exec());
            }
            mustOk(tx.commit());
        }
        CHECK(must(Query::scalar(*db, waived)) == 1);
        CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM account"_s)) == accounts);
        const QString backup = path + u".v1.bak"_s;
        REQUIRE(QFileInfo::exists(backup));
        // A verified online backup of the version-1 file: same schema version, same rows.
        CHECK(must(readFileHeader(backup)).userVersion == 1);
        mustOk(backup::checkCopy(backup));
        {
            auto copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1copy"_s);
            copy.setDatabaseName(backup);
            REQUIRE(copy.open());
            QSqlQuery c(copy);
            REQUIRE(c.exec(u"SELECT COUNT(*) FROM organisation"_s));
            REQUIRE(c.next());
            CHECK(c.value(0).toInt() == 3);
        }
        QSqlDatabase::removeDatabase(u"v1copy"_s);
        CHECK(QFileInfo(backup).permissions()
              == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    }
}

TEST_CASE("write transactions are BEGIN IMMEDIATE and roll back unless committed", "[storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    auto db = newFund(path);
    const qint64 before = must(Query::scalar(*db, u"SELECT COUNT(*) FROM organisation"_s));
    {
        WriteTransaction tx(*db);
        mustOk(tx.begun());
        // While we hold the write lock, a second connection (bypassing FILE.lock, as another
        // program could) cannot start writing.
        {
            auto other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(u"PRAGMA busy_timeout = 0"_s));
            CHECK_FALSE(q.exec(u"BEGIN IMMEDIATE"_s));
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        Query ins(*db, u"INSERT INTO organisation (name, kind) VALUES ('Ghost', 'ngo')"_s);
        mustOk(ins.exec());
    } // not committed
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM organisation"_s)) == before);

    {
        WriteTransaction outer(*db);
        mustOk(outer.begun());
        {
            WriteTransaction inner(*db); // a savepoint
            mustOk(inner.begun());
            Query ins(*db, u"INSERT INTO organisation (name, kind) VALUES ('Inner', 'ngo')"_s);
            mustOk(ins.exec());
        } // inner rolled back alone
        Query ins(*db, u"INSERT INTO organisation (name, kind) VALUES ('Outer', 'ngo')"_s);
        mustOk(ins.exec());
        mustOk(outer.commit());
    }
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM organisation WHERE name = 'Outer'"_s)) == 1);
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM organisation WHERE name = 'Inner'"_s)) == 0);
}

TEST_CASE("a read-only fund refuses every write", "[storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"fund.imdp"_s);
    newFund(path).reset();
    const QByteArray before = imdp::test::sha256(path);
    auto db = must(Database::open(path, Database::Mode::ReadOnly));
    auto r = organisations::add(*db, {0, u"Sweden"_s, u"SE"_s, u"state"_s, u"SE"_s, false});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(u"read-only"_s));
    db.reset();
    CHECK(imdp::test::sha256(path) == before);
}

TEST_CASE("audit rows are hash-chained and immutable in the database itself", "[storage]")
{
    imdp::test::TempDir t;
    auto db = newFund(t.file(u"fund.imdp"_s));
    must(organisations::add(*db, {0, u"Kingdom of Sweden"_s, u"Sweden"_s, u"state"_s, u"SE"_s, false}));
    Query rows(*db, u"SELECT id, at, actor, command, detail, prev_hash, hash, writes "
                    "FROM audit_event ORDER BY id"_s);
    mustOk(rows.exec());
    QString prev = audit::genesis();
    int n = 0;
    while (rows.next()) {
        ++n;
        CHECK(rows.text(5) == prev);
        const QString expected =
            audit::chainHash(prev, audit::canonicalRow(rows.integer(0), rows.text(1), rows.text(2),
                                                       rows.text(3), rows.text(4), rows.text(7)));
        CHECK(rows.text(6) == expected);
        CHECK(rows.text(2) == u"tester"_s);
        prev = rows.text(6);
    }
    CHECK(n == 2); // fund.init, organisation.add
    CHECK(must(audit::head(*db)) == prev);

    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(u"UPDATE audit_event SET actor = 'mallory'"_s));
    CHECK(q.lastError().text().contains(u"immutable"_s));
    CHECK_FALSE(q.exec(u"DELETE FROM audit_event"_s));
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM audit_event"_s)) == 2);
}
