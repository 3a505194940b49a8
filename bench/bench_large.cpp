// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 23's table in one run: on a fund of RECEIPTS receipts (two postings each), every command
// run as the real CLI in a child process, its wall time and peak memory (the child's ru_maxrss
// through wait4, in a small process of its own: see measure()) beside SQLite's floor for the same
// answer (the bare sums run on the same file through the sqlite3 C API in this process) and the
// ratio. Prints figures; never fails. Usage: imdp_bench_large [RECEIPTS=1000000] [DIR=/tmp] [--cli
// PATH] [--runs N] [--verify-checks] (--verify-checks: only verify's checks one by one, wall and
// CPU time, in process). The fund is built once and kept in DIR, named by its size and the
// generator's seed (DIR/imdp-large-1000000-seed23.imdp): the demo fund, the fee set to none, then
// RECEIPTS generated receipts through the receipts import. Delete the file to build it again.
#include "bench/receiptsgen.h"

#include "core/clock.h"
#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/funding/capstatus.h"
#include "core/ledger/feerule.h"
#include "core/ledger/import.h"
#include "core/ledger/journalquery.h"
#include "core/ledger/position.h"
#include "core/ledger/verifychecks.h"
#include "core/storage/database.h"
#include "core/storage/verify.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <random>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace {

constexpr unsigned kSeed = 23;

void say(const QString &s)
{
    std::printf("%s\n", s.toUtf8().constData());
    std::fflush(stdout);
}

double now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// CPU seconds of this process, every thread: the figure a loaded machine does not inflate.
double cpu()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// A child's run: wall seconds, peak resident memory in kB, exit status (-1: did not start).
struct Run
{
    double seconds = -1;
    long maxRssKb = 0;
    int status = -1;
};

/// `imdp_bench_large --measure OUT ERR PROGRAM ARGS...`: runs PROGRAM with stdout to OUT and
/// stderr to ERR, waits for it with wait4 and prints "seconds maxrss_kb status". A fresh small
/// process between the benchmark and the command: Linux carries the high-water mark of the
/// memory a process had before exec into its ru_maxrss, so a command forked from this
/// (larger) program would report this program's size as its own.
int measure(char **argv)
{
    const pid_t pid = fork();
    if (pid == 0) {
        const int out = open(argv[0], O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        execv(argv[2], argv + 2);
        _exit(127);
    }
    if (pid < 0)
        return 1;
    const double t0 = now();
    int status = 0;
    rusage ru{};
    if (wait4(pid, &status, 0, &ru) < 0)
        return 1;
    const double seconds = now() - t0;
    std::printf("%.6f %ld %d\n", seconds, ru.ru_maxrss,
                WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return 0;
}

/// Runs `argv` through `self --measure` (see measure()), `IMDP_NOW` set.
Run child(const QString &self, const QStringList &argv, const QString &out, const QString &err,
          const QByteArray &nowEnv, const QByteArray &cacheHome = {})
{
    std::vector<QByteArray> store{self.toLocal8Bit(), "--measure", out.toLocal8Bit(),
                                  err.toLocal8Bit()};
    for (const QString &a : argv)
        store.push_back(a.toLocal8Bit());
    std::vector<char *> cargv;
    for (QByteArray &a : store)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);
    std::vector<QByteArray> envStore;
    for (char **e = environ; *e; ++e) {
        if (!QByteArray(*e).startsWith("IMDP_NOW=") &&
            (cacheHome.isEmpty() || !QByteArray(*e).startsWith("XDG_CACHE_HOME=")))
            envStore.emplace_back(*e);
    }
    envStore.push_back("IMDP_NOW=" + nowEnv);
    if (!cacheHome.isEmpty())
        envStore.push_back("XDG_CACHE_HOME=" + cacheHome);
    std::vector<char *> cenv;
    for (QByteArray &e : envStore)
        cenv.push_back(e.data());
    cenv.push_back(nullptr);

    int pipeFds[2];
    Run r;
    if (pipe(pipeFds) != 0)
        return r;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, pipeFds[1], 1);
    posix_spawn_file_actions_addclose(&fa, pipeFds[0]);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, cargv[0], &fa, nullptr, cargv.data(), cenv.data());
    posix_spawn_file_actions_destroy(&fa);
    close(pipeFds[1]);
    QByteArray reply;
    char buf[256];
    ssize_t got = 0;
    while (spawned == 0 && (got = read(pipeFds[0], buf, sizeof buf)) > 0)
        reply.append(buf, got);
    close(pipeFds[0]);
    if (spawned != 0)
        return r;
    int status = 0;
    waitpid(pid, &status, 0);
    const QList<QByteArray> f = reply.trimmed().split(' ');
    if (f.size() == 3) {
        r.seconds = f[0].toDouble();
        r.maxRssKb = f[1].toLong();
        r.status = f[2].toInt();
    }
    return r;
}

/// Steps every row of every statement in `sql` (reading each column, as a caller would), on a
/// read-only connection of its own: SQLite's own cost for the same answer. Seconds, -1 on error.
double floorQuery(const QString &path, const QStringList &sql, QString *problem)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = "file:" + QFileInfo(path).absoluteFilePath().toUtf8() + "?mode=ro";
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) !=
        SQLITE_OK) {
        *problem = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return -1;
    }
    const double t0 = now();
    for (const QString &q : sql) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, q.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK) {
            *problem = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_close(db);
            return -1;
        }
        int rc = 0;
        sqlite3_int64 sink = 0;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(s); ++i)
                sink += sqlite3_column_bytes(s, i) + sqlite3_column_int64(s, i);
        }
        if (rc != SQLITE_DONE)
            *problem = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(s);
        (void)sink;
    }
    const double t = now() - t0;
    sqlite3_close(db);
    return t;
}

/// One scalar text from the file (the bench's own look-ups), empty on any failure.
QString scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = "file:" + QFileInfo(path).absoluteFilePath().toUtf8() + "?mode=ro";
    QString v;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return v;
}

/// Builds the fund at `path` (under a temporary name, renamed into place when complete).
bool build(const QString &path, qint64 receipts, const QString &dir)
{
    const QString tmp = path + u".building"_s;
    const QString csv = QDir(dir).filePath(u"imdp-large-%1-seed%2.csv"_s.arg(receipts).arg(kSeed));
    QFile::remove(tmp);
    QFile::remove(tmp + u".lock"_s);
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            say(u"cannot write %1"_s.arg(csv));
            return false;
        }
        std::mt19937_64 rng(kSeed);
        QByteArray out = imdp::bench::kReceiptsHeader;
        for (qint64 i = 0; i < receipts; ++i) {
            out += imdp::bench::receiptRow(rng, i, receipts, QLatin1StringView("LARGE-"), 8);
            if (out.size() > (1 << 22)) {
                f.write(out);
                out.clear();
            }
        }
        f.write(out);
    }
    const double t0 = now();
    auto db = Database::create(
        tmp, [](Database &d) { return demo::load(d, demo::source(), u"demo-fund.json"_s); });
    if (!db) {
        say(db.error().message);
        return false;
    }
    if (auto s = ledger::setFeeRule(**db, *ledger::FeeRule::parse(u"none"_s)); !s) {
        say(s.error().message);
        return false;
    }
    auto r = ledger::importReceipts(**db, csv);
    QFile::remove(csv);
    if (!r || !r->problems.isEmpty()) {
        say(r ? r->problems.first() : r.error().message);
        return false;
    }
    db->reset();
    if (!QFile::rename(tmp, path)) {
        say(u"cannot rename %1 to %2"_s.arg(tmp, path));
        return false;
    }
    say(u"built %1: %2 receipts imported in %3 s"_s.arg(path).arg(r->rows).arg(now() - t0, 0, 'f',
                                                                               1));
    return true;
}

QString mb(long kb)
{
    return u"%1 MB"_s.arg(double(kb) / 1024.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 4 && std::strcmp(argv[1], "--measure") == 0)
        return measure(argv + 2); // before anything else: this process stays small
    QCoreApplication app(argc, argv);
    const QString self = QCoreApplication::applicationFilePath();
    QStringList args = app.arguments().mid(1);
    QString cli = QStringLiteral(IMDP_CLI);
    int runs = 1;
    bool checksOnly = false;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--cli"_s && i + 1 < args.size())
            cli = args[++i];
        else if (args[i] == u"--runs"_s && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == u"--verify-checks"_s)
            checksOnly = true;
        else
            positional << args[i];
    }
    const qint64 receipts = positional.value(0, u"1000000"_s).toLongLong();
    const QString dir = positional.value(1, u"/tmp"_s);
    if (receipts <= 0) {
        say(u"usage: imdp_bench_large [RECEIPTS=1000000] [DIR=/tmp] [--cli PATH] [--runs N] "
            "[--verify-checks]"_s);
        return 0;
    }
    const QString path =
        QDir(dir).filePath(u"imdp-large-%1-seed%2.imdp"_s.arg(receipts).arg(kSeed));
    const QString empty = QDir(dir).filePath(u"imdp-large-empty.imdp"_s);
    if (!QFileInfo::exists(path) && !build(path, receipts, dir))
        return 0;
    if (!QFileInfo::exists(empty)) {
        auto e = Database::create(empty, [](Database &d) {
            FundSettings s;
            s.name = u"Empty"_s;
            return fund::initialise(d, s);
        });
        if (!e)
            say(e.error().message);
    }

    // The commands run "now" just after the file's last audit row: no scheduled whole-file check
    // falls due (a cached file may be weeks old), and the dates are the same every run.
    const QString last = scalar(path, "SELECT at FROM audit_event ORDER BY id DESC LIMIT 1");
    QDateTime at = QDateTime::fromString(last, Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::currentDateTimeUtc();
    const QByteArray nowEnv = at.toUTC().addSecs(60).toString(Qt::ISODate).toUtf8();
    const QString project =
        scalar(path, "SELECT project FROM posting WHERE project <> '' ORDER BY id LIMIT 1");

    // Warm the page cache: every figure below is for a file already read once.
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            while (!f.read(1 << 20).isEmpty()) {
            }
        }
    }
    std::FILE *load = std::fopen("/proc/loadavg", "r");
    char loadText[64] = {};
    if (load) {
        if (!std::fgets(loadText, sizeof loadText, load))
            loadText[0] = 0;
        std::fclose(load);
    }
    say(u"fund %1: %2 MB, %3 postings; IMDP_NOW=%4; load average %5"_s.arg(path)
            .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
            .arg(scalar(path, "SELECT COUNT(*) FROM posting"))
            .arg(QString::fromUtf8(nowEnv), QString::fromLatin1(loadText).trimmed()));

    const QString out = QDir(dir).filePath(u"imdp-large-out.txt"_s);
    const QString err = QDir(dir).filePath(u"imdp-large-err.txt"_s);
    const QString csvOut = QDir(dir).filePath(u"imdp-large-su.csv"_s);
    const QString pdfOut = QDir(dir).filePath(u"imdp-large-ds.pdf"_s);
    const QString xmlOut = QDir(dir).filePath(u"imdp-large-iati.xml"_s);
    // A week and a day later: the scheduled whole-file check is due, and a read-only command
    // cannot record it (docs/reliability.md, "Open-time checks").
    const QByteArray overdueEnv = at.toUTC().addDays(8).toString(Qt::ISODate).toUtf8();

    // Floors: the bare sums (or scan) SQLite runs for the same answer on the same file.
    const QString position = u"SELECT account_id, flow, donor_id, SUM(usd_minor) FROM posting "
                             "GROUP BY account_id, flow, donor_id"_s;
    const QString pledges = u"SELECT source, status, SUM(usd_minor) FROM pledge GROUP BY 1, 2"_s;
    const QString cap = u"SELECT SUM(CASE WHEN source = 'bank' THEN usd_minor END), "
                        "SUM(CASE WHEN source <> 'bank' THEN usd_minor END) FROM receipt"_s;
    const QString capYears = u"SELECT source, substr(date, 1, 7), SUM(usd_minor) FROM receipt "
                             "GROUP BY 1, 2"_s;
    const QString accounts =
        u"SELECT account_id, SUM(usd_minor) FROM posting GROUP BY account_id"_s;
    const QString projectSql = u"SELECT account_id, partner_id, SUM(usd_minor) FROM posting WHERE "
                               u"project = '%1' AND project <> '' "
                               "GROUP BY 1, 2"_s.arg(project);
    const QString cash = u"SELECT flow, donor_id, SUM(usd_minor) FROM posting WHERE account_id = 1 "
                         "GROUP BY flow, donor_id"_s;
    const QString journal =
        u"SELECT e.id, e.date, e.kind, e.memo, e.reverses_entry_id, e.reason, e.posted_at, "
        "e.actor, p.account_id, p.flow, p.usd_minor, p.donor_id, p.project, p.partner_id "
        "FROM journal_entry e JOIN posting p ON p.entry_id = e.id ORDER BY e.id, p.id"_s;
    const QString integrity = u"PRAGMA integrity_check"_s;

    struct Line
    {
        QString name;
        QStringList cli;   ///< arguments after the program; empty for an in-process figure
        QStringList floor; ///< SQL; empty: the floor is the same command on the empty fund
        QString floorName;
        std::function<bool()> inProcess = {};
        QByteArray now = {}; ///< IMDP_NOW for this command, when not the default
        QByteArray cacheHome = {}; ///< XDG_CACHE_HOME for this command, when not the default
    };
    // A cache home of the run's own, emptied first: the first overdue open checks the file, the
    // second finds the pass kept there (docs/reliability.md, "Read-only opens in an overdue
    // week").
    const QString cacheDir = QDir(dir).filePath(u"imdp-large-cache"_s);
    QDir(cacheDir).removeRecursively();
    const QByteArray cacheHome = cacheDir.toLocal8Bit();
    std::unique_ptr<Database> reader;
    if (auto r = Database::open(path, Database::Mode::ReadOnly, FileLock::Breaking::Never,
                                Database::FullCheck::Never))
        reader = std::move(r).value();
    else
        say(r.error().message);
    const QDate today = at.date();
    const std::vector<Line> lines{
        {u"info (opening)"_s, {u"info"_s, path}, {}, u"imdp info on an empty fund"_s},
        {u"info, the weekly check overdue"_s,
         {u"info"_s, path},
         {u"PRAGMA quick_check"_s, u"PRAGMA foreign_key_check"_s},
         u"quick_check and foreign_key_check"_s,
         {},
         overdueEnv,
         cacheHome},
        {u"info, overdue, the next time"_s,
         {u"info"_s, path},
         {},
         u"imdp info on an empty fund"_s,
         {},
         overdueEnv,
         cacheHome},
        {u"position --json"_s,
         {u"position"_s, path, u"--json"_s},
         {position},
         u"SUM by account, flow, donor"_s},
        {u"accounts"_s, {u"accounts"_s, path}, {accounts}, u"SUM by account"_s},
        {u"cap"_s, {u"cap"_s, path, u"--json"_s}, {pledges, cap}, u"pledges and receipts summed"_s},
        {u"cap --fiscal-years"_s,
         {u"cap"_s, path, u"--json"_s, u"--fiscal-years"_s},
         {pledges, capYears},
         u"receipts summed by source, month"_s},
        {u"project"_s,
         {u"project"_s, path, project, u"--json"_s},
         {projectSql},
         u"the project's postings by account, partner"_s},
        {u"report sources-uses (csv)"_s,
         {u"report"_s, u"sources-uses"_s, path, u"--out"_s, csvOut, u"--force"_s},
         {cash},
         u"cash postings by flow, donor"_s},
        {u"report donor-statement (pdf)"_s,
         {u"report"_s, u"donor-statement"_s, path, u"--out"_s, pdfOut, u"--force"_s},
         {position},
         u"SUM by account, flow, donor"_s},
        {u"export iati"_s,
         {u"export"_s, u"iati"_s, path, u"--out"_s, xmlOut, u"--force"_s},
         {journal},
         u"every posting with its entry, in order"_s},
        {u"journal --json (to a file)"_s,
         {u"journal"_s, path, u"--json"_s},
         {journal},
         u"every posting with its entry, in order"_s},
        {u"verify"_s, {u"verify"_s, path}, {integrity}, u"PRAGMA integrity_check"_s},
        {u"verify --quick"_s,
         {u"verify"_s, path, u"--quick"_s},
         {integrity},
         u"PRAGMA integrity_check"_s},
        {u"dashboard figures (in process)"_s,
         {},
         {position, pledges, cap},
         u"position's and cap's sums"_s,
         [&] {
             return reader && ledger::position(*reader, today).ok() &&
                    funding::capStatus(*reader).ok() && fund::info(*reader).ok();
         }},
        {u"Ledger totals (in process)"_s,
         {},
         {u"SELECT COUNT(*), SUM(MAX(usd_minor, 0)), SUM(MIN(usd_minor, 0)) FROM posting"_s},
         u"count, debits, credits"_s,
         [&] { return reader && ledger::journalSummary(*reader, {}).ok(); }},
    };

    say(u"%1 %2 %3 %4 %5  %6"_s.arg(u"command"_s, -32)
            .arg(u"time"_s, 9)
            .arg(u"peak"_s, 10)
            .arg(u"floor"_s, 9)
            .arg(u"ratio"_s, 7)
            .arg(u"floor query"_s));
    for (const Line &l : lines) {
        if (checksOnly)
            break;
        Run best;
        QString note;
        for (int i = 0; i < runs; ++i) {
            Run r;
            if (!l.cli.isEmpty()) {
                r = child(self, QStringList{cli} + l.cli, out, err,
                          l.now.isEmpty() ? nowEnv : l.now, l.cacheHome);
            } else {
                const double t0 = now();
                r.status = l.inProcess() ? 0 : 1;
                r.seconds = now() - t0;
            }
            if (best.seconds < 0 || (r.seconds >= 0 && r.seconds < best.seconds))
                best = r;
        }
        if (best.status != 0) {
            QFile e(err);
            QString why;
            if (e.open(QIODevice::ReadOnly))
                why = QString::fromUtf8(e.readLine()).trimmed();
            note = u"  [exit %1: %2]"_s.arg(best.status).arg(why);
        }
        double floor = -1;
        long floorRss = 0;
        for (int i = 0; i < runs; ++i) {
            double f = -1;
            if (l.floor.isEmpty()) {
                const Run r = child(self, {cli, u"info"_s, empty}, out, err, nowEnv);
                f = r.seconds;
                floorRss = r.maxRssKb;
            } else {
                QString problem;
                f = floorQuery(path, l.floor, &problem);
                if (!problem.isEmpty())
                    note += u"  [floor: %1]"_s.arg(problem);
            }
            if (floor < 0 || (f >= 0 && f < floor))
                floor = f;
        }
        say(u"%1 %2 %3 %4 %5  %6%7"_s.arg(l.name, -32)
                .arg(u"%1 s"_s.arg(best.seconds, 0, 'f', 3), 9)
                .arg(l.cli.isEmpty() ? u"-"_s : mb(best.maxRssKb), 10)
                .arg(u"%1 s"_s.arg(floor, 0, 'f', 3), 9)
                .arg(floor > 0 ? u"%1x"_s.arg(best.seconds / floor, 0, 'f', 1) : u"-"_s, 7)
                .arg(l.floorName + (floorRss > 0 ? u" (%1)"_s.arg(mb(floorRss)) : QString()),
                     note));
    }
    // Where verify's time goes: each check alone, in process, on the read-only connection.
    if (reader) {
        ledger::registerVerifyChecks();
        for (const verify::Check &c : verify::checks()) {
            const double t0 = now(), c0 = cpu();
            const verify::Outcome r = verify::runCheck(c, *reader);
            const double wall = now() - t0, used = cpu() - c0;
            say(u"  verify check %1 %2 %3 %4"_s.arg(c.name, -20)
                    .arg(u"%1 s"_s.arg(wall, 0, 'f', 3), 9)
                    .arg(u"(CPU %1 s)"_s.arg(used, 0, 'f', 3), 14)
                    .arg(r.ok() ? u"ok"_s : u"PROBLEMS"_s));
        }
    }
    QFile::remove(out);
    QFile::remove(err);
    QFile::remove(xmlOut);
    return 0;
}
