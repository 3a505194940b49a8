// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Times the receipts import (rows/s) and `position` against the bare sqlite3 CLI summing the same
// postings on the same file. Prints figures; never a test. See docs/performance.md.
// Usage: imdp_bench_ledger RECEIPTS.csv WORKDIR
#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/ledger/import.h"
#include "core/ledger/feerule.h"
#include "core/ledger/position.h"
#include "core/ledger/verifychecks.h"
#include "core/money/money.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/verify.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

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

/// A new fund at `path` (an older file of that name removed first), or nullptr after saying why.
std::unique_ptr<Database> freshFund(const QString &path, const QString &name)
{
    QFile::remove(path);
    auto db = Database::create(path, [&name](Database &d) {
        FundSettings s;
        s.name = name;
        return fund::initialise(d, s);
    });
    if (!db) {
        say(db.error().message);
        return nullptr;
    }
    return std::move(db).value();
}

/// One imported receipt's rows as the import wrote them, read back as SQLite values.
struct Rows
{
    std::vector<sqlite3_value *> entry;                 ///< journal_entry columns but id
    std::vector<std::vector<sqlite3_value *>> postings; ///< posting columns but id and entry_id
    std::vector<sqlite3_value *> receipt;               ///< receipt columns but id and entry_id
};

std::vector<sqlite3_value *> readRow(sqlite3_stmt *s, int from)
{
    std::vector<sqlite3_value *> v;
    for (int i = from; i < sqlite3_column_count(s); ++i)
        v.push_back(sqlite3_value_dup(sqlite3_column_value(s, i)));
    return v;
}

bool run(sqlite3 *db, const char *sql, const std::function<void(sqlite3_stmt *)> &row = {})
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
        say(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (row)
            row(s);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        say(QString::fromUtf8(sqlite3_errmsg(db)));
    return rc == SQLITE_DONE;
}

/// The floor under any import: the same rows (entries, postings, receipts) inserted into a fresh
/// fund of the same schema, triggers and foreign keys by SQLite's C API alone, one transaction,
/// values already in memory, no checks, no CSV, no digest. What the import costs beyond this is
/// ours; this much is SQLite's. Returns the seconds it took, or -1; `cpu` its CPU seconds.
double bareSqlite(sqlite3 *from, const QString &dir, double *cpu)
{
    std::vector<Rows> rows;
    QHash<qint64, size_t> byEntry;
    if (!run(from,
             "SELECT e.id, e.date, e.kind, e.memo, e.reverses_entry_id, e.reason, "
             "e.posted_at, e.actor FROM journal_entry e JOIN receipt r ON r.entry_id = e.id "
             "ORDER BY e.id",
             [&](sqlite3_stmt *s) {
                 byEntry.insert(sqlite3_column_int64(s, 0), rows.size());
                 rows.push_back({readRow(s, 1), {}, {}});
             }) ||
        !run(from,
             "SELECT entry_id, account_id, flow, date, usd_minor, donor_id, project, "
             "partner_id FROM posting ORDER BY id",
             [&](sqlite3_stmt *s) {
                 rows[byEntry.value(sqlite3_column_int64(s, 0))].postings.push_back(readRow(s, 1));
             }) ||
        !run(from,
             "SELECT entry_id, reference, donor_id, source, date, currency, "
             "amount_minor, rate_scaled, usd_minor, pledge_id, cleared_usd_minor, "
             "fee_usd_minor FROM receipt ORDER BY id",
             [&](sqlite3_stmt *s) {
                 rows[byEntry.value(sqlite3_column_int64(s, 0))].receipt = readRow(s, 1);
             }))
        return -1;
    auto db = freshFund(QDir(dir).filePath(u"bench-bare.imdp"_s), u"Bare SQLite"_s);
    if (!db)
        return -1;
    sqlite3 *to = db->handle();
    // The donors, as the import created them; the same page cache as the import's.
    const QByteArray attach = "ATTACH DATABASE '" +
                              QFile::encodeName(QDir(dir).filePath(u"bench-ledger.imdp"_s)) +
                              "' AS src";
    if (!run(to, attach.constData()) ||
        !run(to, "INSERT INTO organisation SELECT * FROM src.organisation "
                 "WHERE id NOT IN (SELECT id FROM organisation)") ||
        !run(to, "DETACH DATABASE src") || !run(to, "PRAGMA cache_size = -262144"))
        return -1;
    sqlite3_stmt *e = nullptr, *p = nullptr, *r = nullptr;
    sqlite3_prepare_v2(to,
                       "INSERT INTO journal_entry (date, kind, memo, reverses_entry_id, "
                       "reason, posted_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       -1, &e, nullptr);
    sqlite3_prepare_v2(to,
                       "INSERT INTO posting (entry_id, account_id, flow, date, usd_minor, "
                       "donor_id, project, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &p, nullptr);
    sqlite3_prepare_v2(to,
                       "INSERT INTO receipt (entry_id, reference, donor_id, source, date, "
                       "currency, amount_minor, rate_scaled, usd_minor, pledge_id, "
                       "cleared_usd_minor, fee_usd_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)",
                       -1, &r, nullptr);
    const auto insert = [to](sqlite3_stmt *s, const std::vector<sqlite3_value *> &v, int from) {
        for (size_t i = 0; i < v.size(); ++i)
            sqlite3_bind_value(s, int(i) + from, v[i]);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE)
            say(QString::fromUtf8(sqlite3_errmsg(to)));
        return rc == SQLITE_DONE;
    };
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    bool ok = run(to, "BEGIN IMMEDIATE");
    for (const Rows &row : rows) {
        if (!ok || !insert(e, row.entry, 1)) {
            ok = false;
            break;
        }
        const sqlite3_int64 id = sqlite3_last_insert_rowid(to);
        for (const auto &posting : row.postings) {
            sqlite3_bind_int64(p, 1, id);
            ok = ok && insert(p, posting, 2);
        }
        sqlite3_bind_int64(r, 1, id);
        ok = ok && insert(r, row.receipt, 2);
    }
    ok = ok && run(to, "COMMIT");
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    *cpu = cpuSeconds() - cpu0;
    for (sqlite3_stmt *s : {e, p, r})
        sqlite3_finalize(s);
    for (const Rows &row : rows) {
        for (auto *v : row.entry)
            sqlite3_value_free(v);
        for (const auto &posting : row.postings) {
            for (auto *v : posting)
                sqlite3_value_free(v);
        }
        for (auto *v : row.receipt)
            sqlite3_value_free(v);
    }
    return ok ? seconds : -1;
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
    auto db = freshFund(path, u"Ledger benchmark"_s);
    if (!db)
        return 1;
    if (auto s = ledger::setFeeRule(*db, *ledger::FeeRule::parse(u"flat:100"_s)); !s) {
        say(s.error().message);
        return 1;
    }
    QElapsedTimer t;
    const double cpuBefore = cpuSeconds();
    t.start();
    auto r = ledger::importReceipts(*db, csv);
    const qint64 importMs = t.elapsed();
    const double importCpu = cpuSeconds() - cpuBefore;
    if (!r || !r->problems.isEmpty()) {
        say(r ? r->problems.first() : r.error().message);
        return 1;
    }
    const qint64 postings = *Query::scalar(*db, u"SELECT COUNT(*) FROM posting"_s);
    say(u"import receipts: %1 rows, %2 postings in %3 s = %4 rows/s"_s.arg(r->rows)
            .arg(postings)
            .arg(importMs / 1000.0, 0, 'f', 2)
            .arg(importMs > 0 ? r->rows * 1000 / importMs : 0));
    say(u"import receipts, CPU time: %1 s = %2 rows per CPU second"_s.arg(importCpu, 0, 'f', 2)
            .arg(importCpu > 0 ? qint64(double(r->rows) / importCpu) : 0));
    // The same rows through SQLite's C API alone: the ceiling of any import on this machine.
    double bareCpu = 0;
    const double bare = bareSqlite(db->handle(), args.at(2), &bareCpu);
    if (bare > 0)
        say(u"bare SQLite, the same rows (no checks, no CSV, no digest): %1 s = %2 receipts/s; "
            "the import takes %3x as long; CPU %4 s, the import's %5x"_s.arg(bare, 0, 'f', 2)
                .arg(qint64(double(r->rows) / bare))
                .arg(double(importMs) / 1000.0 / bare, 0, 'f', 2)
                .arg(bareCpu, 0, 'f', 2)
                .arg(bareCpu > 0 ? importCpu / bareCpu : 0.0, 0, 'f', 2));
    db.reset(); // close, so both readers start from the same cold-ish file

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
            say(u"position: received %1 USD, available %2 USD"_s.arg(formatMinor(p->received, 2),
                                                                     formatMinor(p->available, 2)));
    }
    say(u"imdp position (core): %1 ms (best of 3)"_s.arg(best));
    // What `imdp verify` adds for the ledger on this file (core/ledger/verifychecks.cpp).
    ledger::registerVerifyChecks();
    for (const verify::Check &c : verify::checks()) {
        if (c.name == u"integrity"_s || c.name == u"foreign keys"_s || c.name == u"audit chain"_s)
            continue;
        t.restart();
        const verify::Outcome o = verify::runCheck(c, **ro);
        say(u"verify, %1: %2 ms, %3"_s.arg(c.name).arg(t.elapsed()).arg(o.ok() ? u"ok"_s : u"FAIL"_s));
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
