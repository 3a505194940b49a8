// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Times the fund-file basics: creating the demo fund, opening a file (header checks, settings,
// asserted pragmas) and `info` on a fund with many proposals. Prints figures; never fails a test.
//   build/release/bench/imdp_bench_open [PROPOSALS]
#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/pipeline/proposals.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace {
void report(const char *what, qint64 nanos, int repeat = 1)
{
    std::printf("%-48s %10.3f ms\n", what, double(nanos) / 1e6 / repeat);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int proposals = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    QElapsedTimer t;

    t.start();
    {
        auto db = Database::create(dir.filePath(u"demo.imdp"_s), [](Database &d) {
            return demo::load(d, demo::source(), u"demo-fund.json"_s);
        });
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
    }
    report("init --demo (create, load, commit)", t.nsecsElapsed());

    const int opens = 50;
    t.restart();
    for (int i = 0; i < opens; ++i) {
        auto db = Database::open(dir.filePath(u"demo.imdp"_s));
        if (!db)
            return 1;
    }
    report("open (header checks + pragmas asserted), each", t.nsecsElapsed(), opens);

    const QString big = dir.filePath(u"big.imdp"_s);
    t.restart();
    auto db = Database::create(big, [&](Database &d) {
        FundSettings s;
        s.name = u"Bench fund"_s;
        if (auto st = fund::initialise(d, s); !st)
            return st;
        if (auto r = organisations::add(d, {0, u"Applicant"_s, u"APP"_s, u"agency"_s, {}, true}); !r)
            return Status(r.error());
        WriteTransaction tx(d);
        for (int i = 0; i < proposals; ++i) {
            Proposal p;
            p.code = u"B-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
            p.title = u"Proposal %1"_s.arg(i);
            p.applicant = u"APP"_s;
            p.requestedMinor = 1000000 + i;
            if (auto r = pipeline::add(d, p); !r)
                return Status(r.error());
        }
        return tx.commit();
    });
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    std::printf("%-48s %10d\n", "proposals generated", proposals);
    report("generate (audited commands, one transaction)", t.nsecsElapsed());
    t.restart();
    auto info = fund::info(**db);
    report("fund::info", t.nsecsElapsed());
    t.restart();
    auto list = pipeline::list(**db);
    report("pipeline::list", t.nsecsElapsed());
    return info && list ? 0 : 1;
}
