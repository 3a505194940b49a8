// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end: imdp backup, restore, verify and --break-lock on real files.
#include "../testutil.h"

#include "core/storage/lockfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;
using imdp::test::must;

namespace {
struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IMDP_USER"_s, u"cli-tester"_s);
    env.insert(u"IMDP_NOW"_s, u"2026-11-28T09:00:00Z"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMDP_CLI), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString demo(const imdp::test::TempDir &t, const QString &name = u"fund.imdp"_s)
{
    const QString path = t.file(name);
    REQUIRE(runCli({u"init"_s, path, u"--demo"_s}).exit == 0);
    return path;
}

void sql(const QString &path, const QStringList &statements)
{
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-outside"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"cli-outside"_s);
}
} // namespace

TEST_CASE("imdp verify: exit 0 on a sound file, 1 naming the first altered audit row", "[cli][safety]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    Run r = runCli({u"verify"_s, path});
    CHECK(r.exit == 0);
    CHECK(r.out.contains(u"ok    integrity"_s));
    CHECK(r.out.contains(u"ok    audit chain"_s));
    CHECK(r.out.contains(u"verified (205 audit rows"_s));
    r = runCli({u"verify"_s, path, u"--json"_s});
    CHECK(r.exit == 0);
    CHECK(json(r).value(u"ok"_s).toBool());
    // The demo's 9 Committee members and 3 agenda items are audited like any command.
    CHECK(json(r).value(u"audit_rows"_s).toInt() == 205);

    const QByteArray before = imdp::test::sha256(path);
    sql(path, {u"DROP TRIGGER audit_event_no_update"_s,
               u"UPDATE audit_event SET detail = '{}' WHERE id = 3"_s});
    const QByteArray tampered = imdp::test::sha256(path);
    CHECK(tampered != before);
    r = runCli({u"verify"_s, path});
    CHECK(r.exit == 1);
    CHECK(r.out.contains(u"FAIL  audit chain: audit row 3: altered"_s));
    CHECK(r.err.trimmed() == u"imdp: %1: audit chain: audit row 3: altered (its content no longer "
                             "matches its hash)"_s.arg(path));
    r = runCli({u"verify"_s, path, u"--json"_s});
    CHECK(r.exit == 1);
    const QJsonArray checks = json(r).value(u"checks"_s).toArray();
    CHECK(checks.at(2).toObject().value(u"problems"_s).toArray().at(0).toString().startsWith(
        u"audit row 3: altered"_s));
    // Verifying never writes.
    CHECK(imdp::test::sha256(path) == tampered);
}

TEST_CASE("imdp verify and info on a file with a foreign-key violation: warned, never written", "[cli][safety]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    sql(path, {u"INSERT INTO proposal (code, title, applicant_id, created_at) "
               "VALUES ('X-1', 'ghost', 9999, '2026-01-01')"_s});
    const QByteArray before = imdp::test::sha256(path);
    Run r = runCli({u"verify"_s, path});
    CHECK(r.exit == 1);
    CHECK(r.out.contains(u"FAIL  foreign keys: proposal row"_s));
    r = runCli({u"info"_s, path});
    CHECK(r.exit == 0);
    CHECK(r.err.trimmed().startsWith(u"imdp: warning: %1: failed the foreign-key check"_s.arg(path)));
    CHECK(imdp::test::sha256(path) == before);
}

TEST_CASE("imdp backup and restore: a checked copy, restore gives the same counts and chain head", "[cli][safety]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    const QString copy = t.file(u"copy.imdp"_s);
    Run r = runCli({u"backup"_s, path, u"--out"_s, copy});
    REQUIRE(r.exit == 0);
    CHECK(r.out.trimmed() == u"Backed up %1 to %2 (checked)"_s.arg(path, copy));
    const QJsonObject original = json(runCli({u"info"_s, path, u"--json"_s}));

    r = runCli({u"backup"_s, path, u"--out"_s, copy});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(u"already exists"_s));

    r = runCli({u"backup"_s, path, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QString rotated = json(r).value(u"copy"_s).toString();
    CHECK(rotated.contains(u"/backups/fund.backup-20261128-090000.imdp"_s));
    CHECK(QFileInfo(QFileInfo(rotated).absolutePath()).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
              | QFile::WriteUser | QFile::ExeUser));

    const QString restored = t.file(u"restored.imdp"_s);
    r = runCli({u"restore"_s, copy, u"--to"_s, restored});
    REQUIRE(r.exit == 0);
    QJsonObject info = json(runCli({u"info"_s, restored, u"--json"_s}));
    CHECK(info.value(u"counts"_s) == original.value(u"counts"_s));
    CHECK(info.value(u"fingerprint"_s) == original.value(u"fingerprint"_s));
    CHECK(runCli({u"verify"_s, restored}).exit == 0);

    // Over an existing file: refused, then replaced with the old one kept aside.
    const QByteArray current = imdp::test::sha256(path);
    r = runCli({u"restore"_s, copy, u"--to"_s, path});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(u"already exists; restore with --replace"_s));
    CHECK(imdp::test::sha256(path) == current);
    r = runCli({u"restore"_s, copy, u"--to"_s, path, u"--replace"_s});
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(u"The replaced file is kept at %1.replaced-20261128-090000"_s.arg(path)));
    CHECK(imdp::test::sha256(path + u".replaced-20261128-090000"_s) == current);

    r = runCli({u"restore"_s, copy});
    CHECK(r.exit == 2);
    CHECK(r.err.contains(u"--to FILE is required"_s));
}

TEST_CASE("a file in use is refused to a second writer, --break-lock breaks only a stale lock", "[cli][safety]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    const QString copy = t.file(u"copy.imdp"_s);
    REQUIRE(runCli({u"backup"_s, path, u"--out"_s, copy}).exit == 0);
    {
        // This test process holds the file open for writing, as imdp-desk would.
        auto holder = must(imdp::core::Database::open(path));
        const Run r = runCli({u"restore"_s, copy, u"--to"_s, path, u"--replace"_s});
        CHECK(r.exit == 1);
        CHECK(r.err.trimmed().startsWith(u"imdp: %1: in use by tester on %2 since "_s.arg(
            path, QSysInfo::machineHostName())));
        // Readers need no lock.
        CHECK(runCli({u"info"_s, path}).exit == 0);
        CHECK(runCli({u"verify"_s, path}).exit == 0);
    }
    // A lock left by a crashed process on this host.
    QProcess gone;
    gone.start(u"true"_s, {});
    REQUIRE(gone.waitForStarted());
    const qint64 gonePid = gone.processId();
    REQUIRE(gone.waitForFinished());
    imdp::test::writeFile(imdp::core::FileLock::lockPath(path),
                          QJsonDocument(QJsonObject{{u"user"_s, u"bob"_s},
                                                    {u"host"_s, QSysInfo::machineHostName()},
                                                    {u"pid"_s, gonePid},
                                                    {u"since"_s, u"2026-11-27T17:00:00Z"_s}})
                              .toJson());
    Run r = runCli({u"restore"_s, copy, u"--to"_s, path, u"--replace"_s});
    CHECK(r.exit == 1);
    INFO(r.err.toStdString());
    CHECK(r.err.contains(u"the lock is stale; break it knowingly with --break-lock"_s));
    // A write-open with --break-lock breaks it and records who held it.
    auto db = must(imdp::core::Database::open(path, imdp::core::Database::Mode::ReadWrite,
                                              imdp::core::FileLock::Breaking::StaleOrForeign));
    CHECK(db->brokenLock()->user == u"bob"_s);
}
