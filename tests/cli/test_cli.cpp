// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end: the real `imdp` binary on real files, checking output, errors and exit codes.
#include "clirun.h"

#include "core/storage/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using imdp::test::lines;
using imdp::test::Run;
using imdp::test::runCli;

TEST_CASE("imdp init creates a fund, info describes it", "[cli]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"Sahel Window.imdp"_s);
    Run r = runCli({u"init"_s, path, u"--name"_s, u"Sahel window"_s});
    CHECK(r.exit == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.trimmed() == u"Created %1: Sahel window"_s.arg(path));
    CHECK((QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);

    r = runCli({u"info"_s, path});
    CHECK(r.exit == 0);
    CHECK(r.out.contains(u"Fund:            Sahel window"_s));
    CHECK(r.out.contains(u"Schema version:  %1"_s.arg(imdp::core::schema::latestVersion())));
    CHECK(r.out.contains(u"SQLite version:  3."_s));
    CHECK(r.out.contains(u"Created:         2026-11-28T09:00:00Z"_s));

    r = runCli({u"info"_s, path, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(u"name"_s).toString() == u"Sahel window"_s);
    CHECK(o.value(u"schema_version"_s).toInt() == imdp::core::schema::latestVersion());
    CHECK(o.value(u"counts"_s).toObject().value(u"audit_event"_s).toInt() == 1);
    CHECK(o.value(u"fingerprint"_s).toString().size() == 64);
}

TEST_CASE("imdp init --demo builds the demo fund, the default name is the file's", "[cli]")
{
    imdp::test::TempDir t;
    const QString demo = t.file(u"demo.imdp"_s);
    Run r = runCli({u"init"_s, demo, u"--demo"_s});
    REQUIRE(r.exit == 0);
    r = runCli({u"info"_s, demo, u"--json"_s});
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(u"name"_s).toString() == u"IMDP Multi-Donor Trust Fund (demo)"_s);
    const QJsonObject counts = o.value(u"counts"_s).toObject();
    CHECK(counts.value(u"organisation"_s).toInt() == 26);
    CHECK(counts.value(u"proposal"_s).toInt() == 12);
    CHECK(counts.value(u"meeting"_s).toInt() == 1);
    CHECK(counts.value(u"pledge"_s).toInt() == 9);
    CHECK(counts.value(u"receipt"_s).toInt() == 8);
    CHECK(counts.value(u"journal_entry"_s).toInt() == 22);
    CHECK(counts.value(u"tranche"_s).toInt() == 5);
    CHECK(counts.value(u"report"_s).toInt() == 11);
    CHECK(counts.value(u"gfmd_recommendation"_s).toInt() == 5);

    const QString plain = t.file(u"Geneva office.imdp"_s);
    REQUIRE(runCli({u"init"_s, plain}).exit == 0);
    CHECK(runCli({u"info"_s, plain}).out.contains(u"Fund:            Geneva office"_s));
}

TEST_CASE("imdp init refuses to overwrite, exit 1, file untouched", "[cli]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"taken.imdp"_s);
    imdp::test::writeFile(path, "keep me");
    const Run r = runCli({u"init"_s, path});
    CHECK(r.exit == 1);
    CHECK(r.out.isEmpty());
    CHECK(lines(r.err) == QStringList{u"imdp: %1: already exists; IMDP Desk never overwrites a file"_s.arg(path)});
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "keep me");
}

TEST_CASE("imdp info refuses each bad file in one line, exit 2, byte-for-byte untouched", "[cli]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"x.imdp"_s);
    QString reason;
    SECTION("missing") {
        reason = u"no such file"_s;
    }
    SECTION("not SQLite") {
        imdp::test::writeFile(path, QByteArray(4096, 'z'));
        reason = u"not an IMDP fund file (not an SQLite database)"_s;
    }
    SECTION("another application's SQLite file") {
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE t (x INTEGER)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        reason = u"not an IMDP fund file (an SQLite database of another application)"_s;
    }
    SECTION("a newer version") {
        REQUIRE(runCli({u"init"_s, path}).exit == 0);
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(u"PRAGMA user_version = 42"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        reason = u"written by a newer IMDP Desk (schema version 42; this version reads up to %1)"_s
                     .arg(imdp::core::schema::latestVersion());
    }
    const bool existed = QFileInfo::exists(path);
    const QByteArray before = existed ? imdp::test::sha256(path) : QByteArray();
    for (const QStringList &args : {QStringList{u"info"_s, path}, {u"info"_s, path, u"--json"_s}}) {
        const Run r = runCli(args);
        CHECK(r.exit == 2);
        CHECK(r.out.isEmpty());
        CHECK(lines(r.err) == QStringList{u"imdp: %1: %2"_s.arg(path, reason)});
    }
    CHECK(QFileInfo::exists(path) == existed);
    if (existed)
        CHECK(imdp::test::sha256(path) == before);
}

TEST_CASE("usage errors exit 2 with one line, --help exits 0", "[cli]")
{
    Run r = runCli({});
    CHECK(r.exit == 2);
    CHECK(r.out.contains(u"Usage: imdp COMMAND"_s));

    r = runCli({u"--help"_s});
    CHECK(r.exit == 0);
    CHECK(r.out.contains(u"init"_s));
    CHECK(r.out.contains(u"info"_s));

    r = runCli({u"frobnicate"_s});
    CHECK(r.exit == 2);
    CHECK(lines(r.err) == QStringList{u"imdp: unknown command 'frobnicate' (see imdp --help)"_s});

    r = runCli({u"info"_s});
    CHECK(r.exit == 2);
    CHECK(lines(r.err).size() == 1);
    CHECK(r.err.contains(u"expects FILE"_s));

    r = runCli({u"info"_s, u"a"_s, u"b"_s});
    CHECK(r.exit == 2);

    r = runCli({u"init"_s, u"x.imdp"_s, u"--colour"_s});
    CHECK(r.exit == 2);
    CHECK(r.err.contains(u"Unknown option 'colour'"_s));

    for (const QString &cmd : {u"init"_s, u"info"_s}) {
        r = runCli({cmd, u"--help"_s});
        CHECK(r.exit == 0);
        CHECK(r.out.contains(u"imdp "_s + cmd));
        CHECK(r.out.contains(u"FILE"_s));
    }
}

TEST_CASE("imdp init refuses a bad fund name and leaves no file", "[cli]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"bad.imdp"_s);
    const Run r = runCli({u"init"_s, path, u"--name"_s, u"line one\nline two"_s});
    CHECK(r.exit == 2);
    CHECK(lines(r.err) == QStringList{u"imdp: name: must be a single line"_s});
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(t.dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("imdp-desk --help and --version print without a display", "[cli]")
{
    for (const QString &arg : {u"--help"_s, u"-h"_s, u"--version"_s}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // the default platform (xcb) has no display to open
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(IMDP_DESK), {arg});
        REQUIRE(p.waitForFinished(60000));
        INFO(arg.toStdString() << ": " << p.readAllStandardError().toStdString());
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        if (arg == u"--version"_s)
            CHECK(out.startsWith(u"IMDP Desk "_s));
        else
            CHECK((out.contains(u"Usage:"_s) && out.contains(u"--screenshots"_s)));
    }
}
