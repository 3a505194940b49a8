// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 17: the one output path (core/io/output.h), the lock keyed by the real file, interrupted
// and unbounded inputs, leftovers: the real `imdp` on real files.
#include "clirun.h"
#include "review/reviewfixture.h"

#include "core/review/package.h"
#include "core/review/review.h"
#include "core/storage/database.h"
#include "core/storage/lockfile.h"

#include "bench/receiptsgen.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <random>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using imdp::test::lines;
using imdp::test::Run;
using imdp::test::runCli;
using imdp::test::sha256;

namespace {

QString init(const imdp::test::TempDir &t, const QString &name, bool demo = false)
{
    const QString path = t.file(name);
    const Run r = runCli(demo ? QStringList{u"init"_s, path, u"--demo"_s}
                              : QStringList{u"init"_s, path, u"--name"_s, name});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    return path;
}

/// Every command that writes a file, writing to `out` (the fund read is `fund`).
QList<QStringList> outputCommands(const QString &fund, const QString &out)
{
    return {
        {u"report"_s, u"sources-uses"_s, fund, u"--out"_s, out, u"--format"_s, u"csv"_s},
        {u"report"_s, u"sources-uses"_s, fund, u"--out"_s, out, u"--format"_s, u"xlsx"_s},
        {u"report"_s, u"sources-uses"_s, fund, u"--out"_s, out, u"--format"_s, u"pdf"_s},
        {u"export"_s, u"iati"_s, fund, u"--out"_s, out},
        {u"dossier"_s, fund, u"--meeting"_s, u"1"_s, u"--out"_s, out},
        {u"review"_s, u"export"_s, fund, u"--reviewer"_s, u"Ana"_s, u"--out"_s, out},
        {u"proposal"_s, u"attachment"_s, fund, u"IMDP-26-009"_s, u"annex.pdf"_s, u"--out"_s, out},
    };
}

int count(const QString &path, const QString &sql)
{
    int n = -1;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outputs-outside"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        n = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"outputs-outside"_s);
    return n;
}

QString integrity(const QString &path)
{
    QString v;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outputs-outside"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA integrity_check"_s));
        REQUIRE(q.next());
        v = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"outputs-outside"_s);
    return v;
}

} // namespace

TEST_CASE("no output replaces a fund, a backup, a lock, or a link to a fund", "[cli][outputs]")
{
    imdp::test::TempDir t;
    const QString fund = init(t, u"demo.imdp"_s, true);
    const QString annex = t.file(u"annex.pdf"_s);
    imdp::test::writeFile(annex, "%PDF-1.4 annex");
    REQUIRE(runCli({u"proposal"_s, u"attach"_s, fund, u"IMDP-26-009"_s, annex}).exit == 0);

    const QString other = init(t, u"g.imdp"_s);
    REQUIRE(runCli({u"backup"_s, other}).exit == 0);
    const QStringList backups =
        QDir(t.file(u"backups"_s)).entryList({u"g.backup-*.imdp"_s}, QDir::Files);
    REQUIRE(backups.size() == 1);
    const QString backup = t.file(u"backups/"_s + backups.first());
    const QString symlink = t.file(u"link-to-g.csv"_s);
    REQUIRE(QFile::link(other, symlink));
    const QString hardlink = t.file(u"hard-g.pdf"_s);
    REQUIRE(::link(QFile::encodeName(other).constData(), QFile::encodeName(hardlink).constData()) ==
            0);
    const QString renamed = t.file(u"fund-as-report.xml"_s); // a fund whatever its extension
    REQUIRE(QFile::copy(other, renamed));

    // A lock held by another program: its lock file, and the file it holds.
    const QString held = init(t, u"held.imdp"_s);
    auto holder =
        imdp::test::must(imdp::core::Database::open(held, imdp::core::Database::Mode::ReadWrite));
    const QString lock = imdp::core::FileLock::lockPath(held);
    REQUIRE(QFileInfo::exists(lock));

    const QStringList targets{other, backup, symlink, hardlink, renamed, lock, held, fund};
    int refusals = 0;
    for (const QString &target : targets) {
        const QByteArray before = sha256(target);
        for (QStringList args : outputCommands(fund, target)) {
            for (const bool force : {false, true}) {
                if (force)
                    args << u"--force"_s;
                const Run r = runCli(args);
                INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
                CHECK(r.exit == 1);
                REQUIRE(lines(r.err).size() == 1);
                CHECK(r.err.contains(QDir::toNativeSeparators(target)));
                CHECK(sha256(target) == before);
                ++refusals;
            }
        }
        CHECK(QFileInfo(symlink).isSymLink());
    }
    CHECK(refusals == targets.size() * 7 * 2);
    // No temporary file was left by any of them.
    CHECK(QDir(t.dir.path()).entryList({u"*.writing-*"_s}, QDir::Files | QDir::Hidden).isEmpty());

    // The case: the fund written onto itself.
    const QByteArray self = sha256(fund);
    const Run r = runCli({u"report"_s, u"sources-uses"_s, fund, u"--out"_s, fund, u"--format"_s,
                          u"csv"_s, u"--force"_s});
    CHECK(r.exit == 1);
    CHECK(lines(r.err) ==
          QStringList{u"imdp: %1: is an IMDP fund file; an output never replaces a fund or a "
                      "backup"_s.arg(fund)});
    CHECK(sha256(fund) == self);
}

TEST_CASE("an existing ordinary file is replaced only with --force, 0600, never through a link",
          "[cli][outputs]")
{
    imdp::test::TempDir t;
    const QString fund = init(t, u"demo.imdp"_s, true);
    const QString annex = t.file(u"annex.pdf"_s);
    imdp::test::writeFile(annex, "%PDF-1.4 annex");
    REQUIRE(runCli({u"proposal"_s, u"attach"_s, fund, u"IMDP-26-009"_s, annex}).exit == 0);
    REQUIRE(runCli({u"review"_s, u"assign"_s, fund, u"IMDP-26-006"_s, u"--reviewer"_s, u"Ana"_s})
                .exit == 0);
    const QList<QPair<QString, QStringList>> formats{
        {u"csv"_s, outputCommands(fund, {}).at(0)},
        {u"xlsx"_s, outputCommands(fund, {}).at(1)},
        {u"pdf"_s, outputCommands(fund, {}).at(2)},
        {u"xml"_s, outputCommands(fund, {}).at(3)},
        {u"dossier"_s, outputCommands(fund, {}).at(4)},
        {u"package"_s, outputCommands(fund, {}).at(5)},
        {u"attachment"_s, outputCommands(fund, {}).at(6)}};
    for (const auto &[name, command] : formats) {
        const QString out =
            t.file(u"out-%1%2"_s.arg(name, name == u"package"_s ? u".imdpreview"_s : QString()));
        QStringList args = command;
        args[args.indexOf(QString())] = out;
        imdp::test::writeFile(out, "mine");
        const QByteArray mine = sha256(out);
        Run r = runCli(args);
        INFO(name.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exit == 1);
        CHECK(lines(r.err) ==
              QStringList{u"imdp: %1: already exists; use --force to replace it"_s.arg(out)});
        CHECK(sha256(out) == mine);
        r = runCli(args + QStringList{u"--force"_s});
        CHECK(r.exit == 0);
        CHECK(sha256(out) != mine);
        struct stat st
        {
        };
        REQUIRE(::stat(QFile::encodeName(out).constData(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);

        // A symbolic link to an ordinary file: neither it nor its target is written.
        const QString target = t.file(u"target-"_s + name);
        imdp::test::writeFile(target, "target");
        const QString link =
            t.file(u"link-"_s + name + (name == u"package"_s ? u".imdpreview"_s : QString()));
        REQUIRE(QFile::link(target, link));
        args[args.indexOf(out)] = link;
        for (const bool force : {false, true}) {
            r = runCli(force ? args + QStringList{u"--force"_s} : args);
            CHECK(r.exit == 1);
            CHECK(r.err.contains(u"is a symbolic link"_s));
            CHECK(QFileInfo(link).isSymLink());
        }
        QFile f(target);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == "target");
    }
    CHECK(QDir(t.dir.path()).entryList({u"*.writing-*"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

namespace {

/// The id of a process that has ended: a lock naming it on this host is stale.
qint64 deadPid()
{
    QProcess p;
    p.start(u"sh"_s, {u"-c"_s, u"echo $$"_s});
    REQUIRE(p.waitForFinished(10000));
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed().toLongLong();
}

void plantStaleLock(const QString &fund)
{
    const QJsonObject o{{u"user"_s, u"gone"_s},
                        {u"host"_s, QSysInfo::machineHostName()},
                        {u"pid"_s, deadPid()},
                        {u"since"_s, u"2026-11-27T08:00:00Z"_s}};
    imdp::test::writeFile(imdp::core::FileLock::lockPath(fund),
                          QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IMDP_USER"_s, u"cli-tester"_s);
    env.insert(u"IMDP_NOW"_s, u"2026-11-28T09:00:00Z"_s);
    return env;
}

} // namespace

TEST_CASE("one writer per real file: a symbolic link and a hard link meet the same lock",
          "[cli][outputs][lock]")
{
    imdp::test::TempDir t;
    const QString fund = init(t, u"f.imdp"_s);
    const QString symlink = t.file(u"s.imdp"_s);
    REQUIRE(QFile::link(fund, symlink));
    const QString hardlink = t.file(u"h.imdp"_s);
    REQUIRE(::link(QFile::encodeName(fund).constData(), QFile::encodeName(hardlink).constData()) ==
            0);
    CHECK(imdp::core::FileLock::lockPath(symlink) == imdp::core::FileLock::lockPath(fund));

    for (const QString &first : {fund, symlink, hardlink}) {
        auto holder = imdp::test::must(
            imdp::core::Database::open(first, imdp::core::Database::Mode::ReadWrite));
        for (const QString &second : {fund, symlink, hardlink}) {
            for (const bool breaking : {false, true}) {
                QStringList args{u"backup"_s, u"settings"_s, second, u"--keep"_s, u"3"_s};
                if (breaking)
                    args << u"--break-lock"_s;
                const Run r = runCli(args);
                INFO(first.toStdString() << " then " << args.join(u' ').toStdString());
                CHECK(r.exit == 1);
                CHECK(lines(r.err).size() == 1);
                CHECK(r.err.contains(u"in use by"_s));
            }
        }
    }
    // Released: each name can write again, and nothing is left.
    CHECK(runCli({u"backup"_s, u"settings"_s, hardlink, u"--keep"_s, u"3"_s}).exit == 0);
    CHECK(QDir(t.dir.path()).entryList({u"*.lock*"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("two racing processes never both hold the lock, --break-lock or not: 150 rounds",
          "[cli][outputs][lock]")
{
    imdp::test::TempDir t;
    const QString fund = init(t, u"f.imdp"_s);
    const QString log = t.file(u"holders.log"_s);
    int overlaps = 0;
    int bothHeld = 0;
    int staleRounds = 0;
    constexpr int rounds = 150;
    for (int round = 0; round < rounds; ++round) {
        QFile::remove(log);
        // Half the rounds race over a stale lock (both try to break it), half over a free one
        // (a writer taking it while the other breaks: the empty-lock-file window of issue 17).
        if (round % 2 == 0) {
            plantStaleLock(fund);
            ++staleRounds;
        }
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(IMDP_LOCK_RACER), {fund, log, u"break"_s});
        b.start(QStringLiteral(IMDP_LOCK_RACER),
                {fund, log, round % 4 == 1 ? u"never"_s : u"break"_s});
        REQUIRE(a.waitForFinished(30000));
        REQUIRE(b.waitForFinished(30000));
        QFile f(log);
        QStringList events;
        if (f.open(QIODevice::ReadOnly))
            events = QString::fromLatin1(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        // Every "+pid" is followed by its own "-pid" before anyone else's "+".
        for (qsizetype i = 0; i + 1 < events.size(); i += 2) {
            if (!events.at(i).startsWith(u'+') || events.at(i + 1) != u"-"_s + events.at(i).mid(1))
                ++overlaps;
        }
        if (a.exitCode() == 0 && b.exitCode() == 0)
            ++bothHeld; // one after the other is fine; the log says whether they overlapped
        QFile::remove(imdp::core::FileLock::lockPath(fund)); // a refused pair leaves the stale one
    }
    INFO(bothHeld << " rounds in which both held the lock one after the other");
    CHECK(staleRounds == rounds / 2);
    CHECK(overlaps == 0);
}

TEST_CASE("SIGTERM and SIGINT mid-import roll back and release the lock", "[cli][outputs][signal]")
{
    imdp::test::TempDir t;
    const QString base = init(t, u"base.imdp"_s);
    constexpr int rows = 30000;
    const QString csv = t.file(u"receipts.csv"_s);
    {
        std::mt19937_64 rng(17);
        QByteArray out = imdp::bench::kReceiptsHeader;
        for (int i = 0; i < rows; ++i)
            out += imdp::bench::receiptRow(rng, i, rows, QLatin1StringView("SIG-"), 6);
        imdp::test::writeFile(csv, out);
    }
    int interrupted = 0;
    for (const int sig : {SIGTERM, SIGINT, SIGTERM, SIGINT}) {
        const QString fund = t.file(u"f-%1-%2.imdp"_s.arg(sig).arg(interrupted));
        REQUIRE(QFile::copy(base, fund));
        QFile::setPermissions(fund, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(QStringLiteral(IMDP_CLI), {u"import"_s, u"receipts"_s, fund, csv});
        REQUIRE(p.waitForStarted());
        const QString lock = imdp::core::FileLock::lockPath(fund);
        QElapsedTimer clock;
        clock.start();
        while (!QFileInfo::exists(lock) && clock.elapsed() < 20000 &&
               p.state() != QProcess::NotRunning)
            QThread::msleep(2);
        QThread::msleep(150 + 100 * (interrupted % 2)); // into the import's transaction
        ::kill(pid_t(p.processId()), sig);
        REQUIRE(p.waitForFinished(120000));
        INFO("signal " << sig << ": " << QString::fromUtf8(p.readAllStandardError()).toStdString());
        REQUIRE(p.exitStatus() == QProcess::NormalExit); // handled, not killed by it
        const int receipts = count(fund, u"SELECT COUNT(*) FROM receipt"_s);
        CHECK((receipts == 0 || receipts == rows));
        if (p.exitCode() == 128 + sig && receipts == 0)
            ++interrupted;
        CHECK_FALSE(QFileInfo::exists(lock));
        CHECK_FALSE(QFileInfo::exists(fund + u"-journal"_s));
        CHECK(integrity(fund) == u"ok"_s);
        CHECK(runCli({u"verify"_s, fund}).exit == 0);
        // The next writer needs no --break-lock.
        CHECK(runCli({u"backup"_s, u"settings"_s, fund, u"--keep"_s, u"4"_s}).exit == 0);
    }
    CHECK(interrupted >= 2);
}

TEST_CASE("a killed restore's or init's stale lock is broken with --break-lock",
          "[cli][outputs][lock]")
{
    imdp::test::TempDir t;
    const QString fund = init(t, u"f.imdp"_s);
    const QString copy = t.file(u"copy.imdp"_s);
    REQUIRE(runCli({u"backup"_s, fund, u"--out"_s, copy}).exit == 0);
    const QString target = t.file(u"new.imdp"_s);
    plantStaleLock(target);
    Run r = runCli({u"restore"_s, copy, u"--to"_s, target});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(u"stale"_s));
    r = runCli({u"restore"_s, copy, u"--to"_s, target, u"--break-lock"_s});
    INFO(r.err.toStdString());
    CHECK(r.exit == 0);
    CHECK_FALSE(QFileInfo::exists(imdp::core::FileLock::lockPath(target)));

    const QString fresh = t.file(u"fresh.imdp"_s);
    plantStaleLock(fresh);
    CHECK(runCli({u"init"_s, fresh, u"--name"_s, u"Fresh"_s}).exit == 1);
    r = runCli({u"init"_s, fresh, u"--name"_s, u"Fresh"_s, u"--break-lock"_s});
    INFO(r.err.toStdString());
    CHECK(r.exit == 0);
    CHECK_FALSE(QFileInfo::exists(imdp::core::FileLock::lockPath(fresh)));
}

TEST_CASE("inputs must be regular files: /dev/zero, a FIFO, a folder, a link to a device",
          "[cli][outputs][input]")
{
    imdp::test::TempDir t;
    const QString fund = init(t, u"f.imdp"_s);
    const QString fifo = t.file(u"pipe.csv"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString folder = t.file(u"folder.csv"_s);
    REQUIRE(QDir().mkpath(folder));
    const QString zeroPackage = t.file(u"zero.imdpreview"_s);
    REQUIRE(QFile::link(u"/dev/zero"_s, zeroPackage));
    const QString fifoPackage = t.file(u"fifo.imdpreview"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifoPackage).constData(), 0600) == 0);
    const QByteArray before = sha256(fund);
    const QList<QPair<QStringList, QString>> cases{
        {{u"import"_s, u"receipts"_s, fund, u"/dev/zero"_s}, u"/dev/zero: is a device"_s},
        {{u"import"_s, u"receipts"_s, fund, fifo}, u"pipe.csv: is a named pipe"_s},
        {{u"import"_s, u"receipts"_s, fund, folder}, u"folder.csv: is a folder"_s},
        {{u"review"_s, u"import"_s, fund, zeroPackage}, u"zero.imdpreview: is a device"_s},
        {{u"review"_s, u"import"_s, fund, fifoPackage}, u"fifo.imdpreview: is a named pipe"_s},
        {{u"proposal"_s, u"attach"_s, fund, u"P-1"_s, u"/dev/zero"_s}, u"is a device"_s},
        {{u"dgf"_s, u"text"_s, fund, u"basis"_s, u"--file"_s, fifo}, u"is a named pipe"_s},
    };
    for (const auto &[args, reason] : cases) {
        QElapsedTimer clock;
        clock.start();
        const Run r = runCli(args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        CHECK(r.exit == 2);
        CHECK(lines(r.err).size() == 1);
        CHECK(r.err.contains(reason));
        CHECK(clock.elapsed() < 20000);
        CHECK_FALSE(QFileInfo::exists(imdp::core::FileLock::lockPath(fund)));
    }
    CHECK(sha256(fund) == before);

    // A named pipe given as the fund: refused at once, nothing waits for a writer.
    const QString fifoFund = t.file(u"fifo.imdp"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifoFund).constData(), 0600) == 0);
    for (const QString &command : {u"info"_s, u"verify"_s}) {
        QElapsedTimer clock;
        clock.start();
        const Run r = runCli({command, fifoFund});
        INFO(r.err.toStdString());
        CHECK(r.exit == 2);
        CHECK(lines(r.err).size() == 1);
        CHECK(r.err.contains(u"is not a regular file"_s));
        CHECK(clock.elapsed() < 20000);
    }
    CHECK_FALSE(QFileInfo::exists(fifoFund + u".lock"_s));
}

TEST_CASE("leftovers of killed or failed commands: removed by the next run, named by verify",
          "[cli][outputs][leftovers]")
{
    imdp::test::TempDir t;
    const QString fund = init(t, u"f.imdp"_s);
    const QString pid = QString::number(deadPid());

    // A killed `backup --out COPY`: COPY.partial-PID-XXXXXX, a full copy of the fund.
    const QString copy = t.file(u"copy.imdp"_s);
    const QString partial = copy + u".partial-%1-Ab12Cd"_s.arg(pid);
    REQUIRE(QFile::copy(fund, partial));
    REQUIRE(runCli({u"backup"_s, fund, u"--out"_s, copy}).exit == 0);
    CHECK_FALSE(QFileInfo::exists(partial));

    // A failed output (a review package, a report): TARGET.tmp-PID-... / TARGET.writing-PID-...
    const QString report = t.file(u"r.csv"_s);
    const QString writing = report + u".writing-%1-Xy34Zw"_s.arg(pid);
    const QString oldTmp = report + u".tmp-%1-Qq56Rr"_s.arg(pid);
    imdp::test::writeFile(writing, "half");
    imdp::test::writeFile(oldTmp, "half");
    // One whose owner still runs (this test) is kept.
    const QString alive = report + u".writing-%1-Lv78Aa"_s.arg(::getpid());
    imdp::test::writeFile(alive, "mine");
    REQUIRE(runCli({u"report"_s, u"sources-uses"_s, fund, u"--out"_s, report}).exit == 0);
    CHECK_FALSE(QFileInfo::exists(writing));
    CHECK_FALSE(QFileInfo::exists(oldTmp));
    CHECK(QFileInfo::exists(alive));

    // A failed restore: NEW.restoring-PID-XXXXXX and its -journal.
    const QString target = t.file(u"new.imdp"_s);
    const QString restoring = target + u".restoring-%1-Mm90Nn"_s.arg(pid);
    imdp::test::writeFile(restoring, "half");
    imdp::test::writeFile(restoring + u"-journal"_s, "journal");
    REQUIRE(runCli({u"restore"_s, copy, u"--to"_s, target}).exit == 0);
    CHECK_FALSE(QFileInfo::exists(restoring));
    CHECK_FALSE(QFileInfo::exists(restoring + u"-journal"_s));

    // verify names what lies beside the fund, and removes nothing (it only reads).
    const QString beside = fund + u".partial-%1-Pp11Qq"_s.arg(pid);
    imdp::test::writeFile(beside, "half");
    Run r = runCli({u"verify"_s, fund});
    CHECK(r.exit == 0);
    CHECK(r.out.contains(
        u"note  leftover of an interrupted command: %1"_s.arg(QFileInfo(beside).fileName())));
    CHECK(QFileInfo::exists(beside));
    r = runCli({u"verify"_s, fund, u"--json"_s});
    CHECK(r.json().value(u"leftovers"_s).toArray() == QJsonArray{QFileInfo(beside).fileName()});
}

namespace {
/// A review package of Ana's for P-2 (assigned, no conflict), its reviewer part rewritten by `edit`
/// as a hand editor would (the reviewer part is not covered by the package hash).
QString editedPackage(imdp::test::ReviewFund &f, const std::function<void(QJsonObject &)> &edit)
{
    using namespace imdp::core;
    imdp::test::mustOk(review::assign(*f, u"P-2"_s, [] {
        review::Assignment a;
        a.reviewer = u"Ana"_s;
        return a;
    }()));
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    imdp::test::must(review::exportPackage(*f, u"Ana"_s, pkg));
    auto p = imdp::test::must(review::readPackage(pkg));
    review::Entry &e = *p.entry(u"P-2"_s);
    e.declaration = u"none"_s;
    for (const review::Criterion &c : p.rubricOf(u"P-2"_s))
        e.scores.append({c.code, 3, {}});
    e.recommendation = u"recommend"_s;
    imdp::test::mustOk(review::savePackage(p));
    QFile file(pkg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray reviews = root.value(u"reviews"_s).toArray();
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        QJsonObject o = reviews.at(i).toObject();
        if (o.value(u"code"_s).toString() == u"P-2"_s)
            edit(o);
        reviews[i] = o;
    }
    root.insert(u"reviews"_s, reviews);
    imdp::test::writeFile(pkg, QJsonDocument(root).toJson());
    f.db.reset(); // the CLI takes the lock
    return pkg;
}
} // namespace

TEST_CASE("a review package's conflict without a note and a score that is no whole number are "
          "refused at import",
          "[cli][outputs][review]")
{
    {
        imdp::test::ReviewFund f;
        const QString pkg = editedPackage(f, [](QJsonObject &o) {
            o.insert(u"declaration"_s, u"conflict"_s);
            o.insert(u"declaration_note"_s, u"  "_s);
        });
        const QByteArray before = sha256(f.path);
        const Run r = runCli({u"review"_s, u"import"_s, f.path, pkg});
        CHECK(r.exit == 2);
        CHECK(lines(r.err) ==
              QStringList{u"imdp: ana.imdpreview: P-2: a declared conflict must say what it "
                          "is (the declaration has no note); nothing was imported"_s});
        CHECK(sha256(f.path) == before);
    }
    for (const QJsonValue &bad : {QJsonValue(3.5), QJsonValue(u"3"_s)}) {
        imdp::test::ReviewFund f;
        const QString pkg = editedPackage(f, [&bad](QJsonObject &o) {
            QJsonArray scores = o.value(u"scores"_s).toArray();
            QJsonObject first = scores.at(0).toObject();
            first.insert(u"score"_s, bad);
            scores[0] = first;
            o.insert(u"scores"_s, scores);
        });
        const QByteArray before = sha256(f.path);
        const Run r = runCli({u"review"_s, u"import"_s, f.path, pkg});
        CHECK(r.exit == 2);
        REQUIRE(lines(r.err).size() == 1);
        CHECK(r.err.contains(bad.isString() ? u"the score \"3\" of P-2"_s
                                            : u"the score 3.5 of P-2"_s));
        CHECK(r.err.contains(u"is not a whole number"_s));
        CHECK_FALSE(r.err.contains(u"score 0"_s));
        CHECK(sha256(f.path) == before);
    }
}

TEST_CASE("attachment names . and .. are refused, a million-column header prints 100 problems "
          "and a count, stored control characters are escaped on the terminal",
          "[cli][outputs][validation]")
{
    imdp::test::TempDir t;
    const QString fund = init(t, u"demo.imdp"_s, true);
    const QString doc = t.file(u"doc.pdf"_s);
    imdp::test::writeFile(doc, "%PDF-1.4");
    for (const QString &name : {u"."_s, u".."_s, u" .. "_s, u"a/b"_s}) {
        const Run r =
            runCli({u"proposal"_s, u"attach"_s, fund, u"IMDP-26-009"_s, doc, u"--name"_s, name});
        INFO(name.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exit == 2);
        CHECK(lines(r.err).size() == 1);
    }

    QByteArray header;
    for (int i = 0; i < 1000000; ++i)
        header += (i ? "," : "") + QByteArray::number(i);
    const QString wide = t.file(u"wide.csv"_s);
    imdp::test::writeFile(wide, header + "\n");
    const Run r = runCli({u"import"_s, u"receipts"_s, fund, wide});
    CHECK(r.exit == 2);
    const QStringList errLines = lines(r.err);
    CHECK(errLines.size() == 102);
    CHECK(errLines.value(100) == u"imdp: %1: 999907 more problem(s) not shown"_s.arg(wide));
    CHECK(errLines.value(101) == u"imdp: %1: nothing imported (1000007 bad rows)"_s.arg(wide));

    // A fund name holding a terminal escape sequence, written outside the app.
    const QString plain = init(t, u"plain.imdp"_s);
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outputs-outside"_s);
        db.setDatabaseName(plain);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(u"UPDATE fund_setting SET value = ? WHERE key = 'name'"_s));
        q.addBindValue(u"Evil\x1b]0;owned\x07\x1b[2J\rFund"_s);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"outputs-outside"_s);
    const Run info = runCli({u"info"_s, plain});
    CHECK_FALSE(info.out.contains(QChar(0x1b)));
    CHECK_FALSE(info.out.contains(QChar(0x07)));
    CHECK_FALSE(info.out.contains(u'\r'));
    CHECK(info.out.contains(u"Evil\\u001b]0;owned\\u0007\\u001b[2J\\rFund"_s));
}

namespace {

/// Whether a process holds the flock of `path` (the one-writer lock on the real file).
bool flockHeld(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

} // namespace

TEST_CASE("imdp-desk: SIGTERM and SIGINT close the fund and release its lock",
          "[cli][outputs][signal][desktop]")
{
    // The desktop installs the CLI's handlers (core/interrupt.h) and quits through its event
    // loop: the fund is closed, the lock removed, the next writer needs no --break-lock.
    imdp::test::TempDir t;
    for (const int sig : {SIGTERM, SIGINT}) {
        const QString fund = init(t, u"desk-%1.imdp"_s.arg(sig));
        REQUIRE(runCli({u"org"_s, u"add"_s, fund, u"--name"_s, u"Kingdom of Sweden"_s, u"--kind"_s,
                        u"state"_s})
                    .exit == 0);
        REQUIRE(runCli({u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s,
                        u"--amount"_s, u"1000.00"_s, u"--reference"_s, u"P-1"_s, u"--date"_s,
                        u"2026-01-05"_s})
                    .exit == 0);
        const QString home = t.file(u"home-%1"_s.arg(sig));
        REQUIRE(QDir().mkpath(home));
        QProcessEnvironment env = cliEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        QProcess desk;
        desk.setProcessEnvironment(env);
        desk.start(QStringLiteral(IMDP_DESK), {u"--language"_s, u"en"_s, fund});
        REQUIRE(desk.waitForStarted());
        const QString lock = imdp::core::FileLock::lockPath(fund);
        // Bounded polling, no timed assertion: fail only if the lock is never taken.
        QElapsedTimer clock;
        clock.start();
        bool held = false;
        while (!held && clock.elapsed() < 60000 && desk.state() != QProcess::NotRunning) {
            held = QFileInfo::exists(lock) && flockHeld(fund);
            if (!held)
                QThread::msleep(20);
        }
        INFO("signal " << sig << ": " << desk.readAllStandardError().toStdString());
        REQUIRE(held);
        // While it holds the fund, another writer is refused.
        CHECK(runCli({u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s,
                      u"--amount"_s, u"5.00"_s, u"--reference"_s, u"P-X"_s, u"--date"_s,
                      u"2026-01-06"_s})
                  .exit == 1);
        ::kill(pid_t(desk.processId()), sig);
        REQUIRE(desk.waitForFinished(60000));
        CHECK(desk.exitStatus() == QProcess::NormalExit); // handled, not killed by the signal
        CHECK(desk.exitCode() == 0);
        CHECK_FALSE(QFileInfo::exists(lock));
        CHECK_FALSE(flockHeld(fund));
        CHECK_FALSE(QFileInfo::exists(fund + u"-journal"_s));
        const Run next = runCli({u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s,
                                 u"--amount"_s, u"5.00"_s, u"--reference"_s, u"P-2"_s, u"--date"_s,
                                 u"2026-01-06"_s});
        INFO(next.err.toStdString());
        CHECK(next.exit == 0);
        const Run verify = runCli({u"verify"_s, fund});
        INFO(verify.out.toStdString() << verify.err.toStdString());
        CHECK(verify.exit == 0);
    }
}
