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

TEST_CASE("a bad value is refused before the fund opens: an old file is not migrated",
          "[cli][check]")
{
    // An older schema: any open for writing would migrate it (and keep a copy beside it).
    imdp::test::TempDir t;
    const QString f = t.file(u"old.imdp"_s);
    REQUIRE(QFile::copy(QStringLiteral(IMDP_FIXTURES "/fund-v1.imdp"), f));
    QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner);
    const auto sha = imdp::test::sha256(f);
    const QStringList before = QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden);

    struct Bad
    {
        QStringList args;
        QString line; // the one line on stderr
    };
    const QList<Bad> bad{
        // DATE, an option: the calendar has no month 13.
        {{u"income"_s, f, u"10.00"_s, u"--date"_s, u"2026-13-01"_s},
         u"imdp: date: '2026-13-01' is not a calendar date"_s},
        // DATE, a positional; RATE, a positional.
        {{u"rate"_s, u"add"_s, f, u"EUR"_s, u"2026-1-5"_s, u"1.08"_s}, u"imdp: date: "_s},
        {{u"rate"_s, u"add"_s, f, u"EUR"_s, u"2026-01-05"_s, u"1,08"_s}, u"imdp: rate: "_s},
        // AMOUNT: a number's shape; no '-' where the command takes none.
        {{u"income"_s, f, u"1e5"_s}, u"imdp: amount: "_s},
        {{u"income"_s, f, u"-5.00"_s}, u"imdp: amount: '-5.00' must not be negative"_s},
        {{u"allocate"_s, f, u"P-1"_s, u"12 000"_s}, u"imdp: amount: "_s},
        {{u"pledge"_s, u"add"_s, f, u"--donor"_s, u"X"_s, u"--amount"_s, u"1.2.3"_s,
          u"--reference"_s, u"R"_s},
         u"imdp: amount: "_s},
        // N: a whole number, no sign.
        {{u"settings"_s, f, u"--cap-bps"_s, u"15%"_s},
         u"imdp: cap-bps: '15%' must be a whole number"_s},
        {{u"meeting"_s, u"quorum"_s, f, u"-1"_s}, u"imdp: n: '-1' must be a whole number"_s},
        // USD.
        {{u"window"_s, u"add"_s, f, u"--code"_s, u"W"_s, u"--title"_s, u"W"_s, u"--ceiling"_s,
          u"1.234"_s},
         u"imdp: ceiling: "_s},
    };
    for (const Bad &b : bad) {
        const Run r = runCli(b.args);
        INFO(b.args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exit == 2);
        CHECK(r.out.isEmpty());
        REQUIRE(lines(r.err).size() == 1);
        CHECK(r.err.startsWith(b.line));
        CHECK(imdp::test::sha256(f) == sha);
        CHECK(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden) == before);
    }
    // Worded in the CLI's language, still before anything opens.
    const Run fr = runCli({u"income"_s, f, u"-5.00"_s, u"--lang"_s, u"fr"_s});
    CHECK(fr.exit == 2);
    CHECK(lines(fr.err) == QStringList{u"imdp: amount : « -5.00 » ne doit pas être négatif"_s});
    // A signed AMOUNT where the command takes one passes the check (the command decides).
    const Run cap = runCli({u"cap"_s, f, u"--what-if-bank"_s, u"-100.00"_s, u"--json"_s});
    CHECK_FALSE(cap.err.contains(u"must not be negative"_s));
    CHECK_FALSE(cap.err.contains(u"what-if-bank"_s));

    // The control: the same command with good values opens the file, and migrates it.
    const Run good = runCli({u"income"_s, f, u"10.00"_s, u"--date"_s, u"2026-11-01"_s});
    INFO(good.err.toStdString());
    CHECK(good.exit == 0);
    CHECK(imdp::test::sha256(f) != sha);
}
