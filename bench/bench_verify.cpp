// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// How long `imdp verify` takes on a fund with N audit rows (default 1,000,000; goal: under 10 s).
// Generates the file (rows chained exactly as audit::record chains them), then times each check.
//   imdp_bench_verify [ROWS] [FILE]
#include "core/fund/fund.h"
#include "core/ledger/verifychecks.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/lockfile.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/storage/verify.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(u"bench.imdp"_s);
    QFile::remove(path);

    QElapsedTimer t;
    t.start();
    {
        auto db = Database::create(path, [](Database &d) {
            FundSettings s;
            s.name = u"Verify benchmark"_s;
            return fund::initialise(d, s);
        });
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 2;
        }
        WriteTransaction tx(**db);
        QString prev = *audit::head(**db);
        qint64 id = *Query::scalar(**db, u"SELECT MAX(id) FROM audit_event"_s);
        const QString at = u"2026-11-28T09:00:00Z"_s;
        for (qint64 i = 0; i < rows; ++i) {
            ++id;
            const QString detail = u"{\"amount\":\"%1.00\",\"donor\":\"Donor %2\"}"_s.arg(i % 99991)
                                       .arg(i % 40);
            const QString hash = audit::chainHash(
                prev, audit::canonicalRow(id, at, u"bench"_s, u"receipt.add"_s, detail));
            Query q(**db, u"INSERT INTO audit_event (id, at, actor, command, detail, prev_hash, "
                          "hash) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            q.bind(id).bind(at).bind(u"bench"_s).bind(u"receipt.add"_s).bind(detail).bind(prev);
            q.bind(hash);
            if (auto s = q.exec(); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
                return 2;
            }
            prev = hash;
        }
        if (auto s = tx.commit(); !s)
            return 2;
    }
    std::printf("generated %lld audit rows in %.2f s (%.1f MB)\n", rows, t.elapsed() / 1000.0,
                QFile(path).size() / 1e6);

    ledger::registerVerifyChecks(); // as `imdp verify` runs them
    // Opening: an empty fund, this one as every command opens it (no reason for the whole-file
    // check), and this one with the whole-file check (after an unclean shutdown, when due).
    const QString empty = dir.filePath(u"empty.imdp"_s);
    QFile::remove(empty);
    if (!Database::create(empty, [](Database &d) {
            FundSettings s;
            s.name = u"Empty"_s;
            return fund::initialise(d, s);
        }))
        return 2;
    const auto bestOpen = [](const QString &file, Database::FullCheck check) {
        qint64 best = -1;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer o;
            o.start();
            auto d = Database::open(file, Database::Mode::ReadOnly, FileLock::Breaking::Never,
                                    check);
            const qint64 ns = o.nsecsElapsed();
            if (!d)
                return qint64(-1);
            if (best < 0 || ns < best)
                best = ns;
        }
        return best;
    };
    const qint64 openEmpty = bestOpen(empty, Database::FullCheck::WhenDue);
    const qint64 openLarge = bestOpen(path, Database::FullCheck::WhenDue);
    const qint64 openChecked = bestOpen(path, Database::FullCheck::Always);
    std::printf("open, best of 5: empty fund %.2f ms; this fund %.2f ms (%.1fx); with the "
                "whole-file check %.1f ms\n",
                openEmpty / 1e6, openLarge / 1e6, double(openLarge) / double(openEmpty),
                openChecked / 1e6);
    t.restart();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return 2;
    for (const verify::Check &c : verify::checks()) {
        t.restart();
        auto r = c.run(**db);
        std::printf("%-14s %.2f s  %s\n", qPrintable(c.name), t.elapsed() / 1000.0,
                    r && r->isEmpty() ? "ok" : "FAIL");
    }
    t.restart();
    const verify::Findings report = verify::run(**db);
    std::printf("imdp verify (all checks): %.2f s, %lld audit rows, %s\n", t.elapsed() / 1000.0,
                report.auditRows, report.ok() ? "ok" : "FAIL");
    t.restart();
    verify::Options quick;
    quick.quick = true;
    const verify::Findings q = verify::run(**db, quick);
    std::printf("imdp verify --quick: %.2f s, %s\n", t.elapsed() / 1000.0, q.ok() ? "ok" : "FAIL");
    return report.ok() ? 0 : 1;
}
