// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// How long `imdp verify` takes on a fund with N audit rows (default 1,000,000; goal: under 10 s).
// Generates the file (rows chained exactly as audit::record chains them), then times each check.
//   imdp_bench_verify [ROWS] [FILE]
#include "core/fund/fund.h"
#include "core/ledger/ledger.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
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
    t.restart();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return 2;
    std::printf("open (quick_check + foreign_key_check): %.2f s\n", t.elapsed() / 1000.0);
    for (const verify::Check &c : verify::checks()) {
        t.restart();
        auto r = c.run(**db);
        std::printf("%-14s %.2f s  %s\n", qPrintable(c.name), t.elapsed() / 1000.0,
                    r && r->isEmpty() ? "ok" : "FAIL");
    }
    t.restart();
    const verify::Report report = verify::run(**db);
    std::printf("imdp verify (all checks): %.2f s, %lld audit rows, %s\n", t.elapsed() / 1000.0,
                report.auditRows, report.ok() ? "ok" : "FAIL");
    return report.ok() ? 0 : 1;
}
