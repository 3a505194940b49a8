// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Times the receipts import (rows/s) and `position` against the bare sqlite3 CLI summing the same
// postings on the same file. Prints figures; never a test. See docs/performance.md.
// Usage: imdp_bench_ledger RECEIPTS.csv WORKDIR
#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/ledger/import.h"
#include "core/ledger/ledger.h"
#include "core/money/money.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/verify.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace {
/// CPU seconds of this process: on a machine shared with other builds the wall time also counts
/// waiting for a core, so both are printed.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void say(const QString &s)
{
    std::printf("%s\n", s.toUtf8().constData());
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        say(u"usage: imdp_bench_ledger RECEIPTS.csv WORKDIR"_s);
        return 2;
    }
    const QString csv = args.at(1);
    const QString path = QDir(args.at(2)).filePath(u"bench-ledger.imdp"_s);
    QFile::remove(path);
    auto db = Database::create(path, [](Database &d) {
        FundSettings s;
        s.name = u"Ledger benchmark"_s;
        return fund::initialise(d, s);
    });
    if (!db) {
        say(db.error().message);
        return 1;
    }
    if (auto s = ledger::setFeeRule(**db, *ledger::FeeRule::parse(u"flat:100"_s)); !s) {
        say(s.error().message);
        return 1;
    }
    QElapsedTimer t;
    const double cpuBefore = cpuSeconds();
    t.start();
    auto r = ledger::importReceipts(**db, csv);
    const qint64 importMs = t.elapsed();
    const double importCpu = cpuSeconds() - cpuBefore;
    if (!r || !r->problems.isEmpty()) {
        say(r ? r->problems.first() : r.error().message);
        return 1;
    }
    const qint64 postings = *Query::scalar(**db, u"SELECT COUNT(*) FROM posting"_s);
    say(u"import receipts: %1 rows, %2 postings in %3 s = %4 rows/s"_s.arg(r->rows)
            .arg(postings)
            .arg(importMs / 1000.0, 0, 'f', 2)
            .arg(importMs > 0 ? r->rows * 1000 / importMs : 0));
    say(u"import receipts, CPU time: %1 s = %2 rows per CPU second"_s.arg(importCpu, 0, 'f', 2)
            .arg(importCpu > 0 ? qint64(double(r->rows) / importCpu) : 0));
    db->reset(); // close, so both readers start from the same cold-ish file

    // position: best of 3 through the core, then the same grouped sum in the sqlite3 CLI.
    auto ro = Database::open(path, Database::Mode::ReadOnly);
    if (!ro) {
        say(ro.error().message);
        return 1;
    }
    qint64 best = -1;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        auto p = ledger::position(**ro, QDate(2030, 12, 31));
        const qint64 ms = t.elapsed();
        if (!p) {
            say(p.error().message);
            return 1;
        }
        best = best < 0 ? ms : std::min(best, ms);
        if (i == 0)
            say(u"position: received %1 USD, available %2 USD"_s.arg(
                formatMinor(p->received, 2), formatMinor(p->available, 2)));
    }
    say(u"imdp position (core): %1 ms (best of 3)"_s.arg(best));
    // What `imdp verify` adds for the ledger on this file (core/ledger/verifychecks.cpp).
    ledger::registerVerifyChecks();
    for (const verify::Check &c : verify::checks()) {
        if (c.name == u"integrity"_s || c.name == u"foreign keys"_s || c.name == u"audit chain"_s)
            continue;
        t.restart();
        auto problems = c.run(**ro);
        say(u"verify, %1: %2 ms, %3"_s.arg(c.name).arg(t.elapsed()).arg(
            problems && problems->isEmpty() ? u"ok"_s : u"FAIL"_s));
    }
    const QString sql =
        u"SELECT account_id, flow, COALESCE(donor_id, 0), substr(date, 1, 7), SUM(usd_minor) "
        "FROM posting WHERE date <= '2030-12-31' "
        "GROUP BY account_id, flow, donor_id, substr(date, 1, 7);"_s;
    qint64 bestCli = -1;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        t.restart();
        p.start(u"sqlite3"_s, {u"-readonly"_s, path, sql});
        p.waitForFinished(-1);
        const qint64 ms = t.elapsed();
        if (p.exitCode() != 0) {
            say(u"sqlite3 failed: "_s + QString::fromUtf8(p.readAllStandardError()));
            return 1;
        }
        bestCli = bestCli < 0 ? ms : std::min(bestCli, ms);
    }
    say(u"sqlite3 CLI, same grouped sum: %1 ms (best of 3, process start included)"_s.arg(bestCli));
    say(u"ratio: %1x"_s.arg(bestCli > 0 ? double(best) / double(bestCli) : 0.0, 0, 'f', 2));
    return 0;
}
