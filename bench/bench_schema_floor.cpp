// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// How fast SQLite alone can write a receipt's rows under today's ledger schema and under smaller
// ones: an entry, its postings and the receipt, N receipts in one transaction, prepared
// statements, nothing else. The figures behind "Against the targets of issue 3" in
// docs/performance.md. Prints figures; never a test.
// Usage: imdp_bench_schema_floor [RECEIPTS] [DIR]   (default 250000, /tmp)
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

namespace {

void ex(sqlite3 *db, const std::string &sql)
{
    char *e = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &e) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql.c_str(), e);
        std::exit(1);
    }
}

void step(sqlite3 *db, sqlite3_stmt *s)
{
    if (sqlite3_step(s) != SQLITE_DONE) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    sqlite3_reset(s);
}

struct Variant
{
    const char *what;
    bool foreignKeys = true;
    bool withoutRowid = false;  ///< postings keyed by (entry_id, line): no posting_entry index
    bool threePostings = false; ///< cash net of the fee: three postings instead of four
    bool integers = false;      ///< flow and date as integers
    bool balanceIndex = true;   ///< posting_balance, which every balance is summed from
};

/// Receipts per second for one schema.
double run(const Variant &v, int n, const std::string &path)
{
    std::remove(path.c_str());
    std::remove((path + "-journal").c_str());
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
        std::exit(1);
    // The fund's settings (core/storage/database.cpp) and the import's page cache.
    ex(db, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA cache_size=-262144");
    if (v.foreignKeys)
        ex(db, "PRAGMA foreign_keys=ON");
    ex(db, "CREATE TABLE organisation(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
           "kind TEXT NOT NULL) STRICT;"
           "CREATE TABLE account(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE) STRICT;"
           "CREATE TABLE journal_entry (id INTEGER PRIMARY KEY, date TEXT NOT NULL CHECK (date "
           "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), kind TEXT NOT NULL CHECK (kind IN "
           "('pledge','pledge_amend','pledge_cancel','receipt','income','allocation','release',"
           "'transfer','expenditure','refund','reversal')), memo TEXT NOT NULL DEFAULT '', "
           "reverses_entry_id INTEGER UNIQUE REFERENCES journal_entry(id), reason TEXT NOT NULL "
           "DEFAULT '', posted_at TEXT NOT NULL, actor TEXT NOT NULL, CHECK ((kind = 'reversal') "
           "= (reverses_entry_id IS NOT NULL)), CHECK (kind <> 'reversal' OR reason <> '')) "
           "STRICT");
    const std::string type = v.integers ? "INTEGER" : "TEXT";
    ex(db,
       std::string("CREATE TABLE posting (") + (v.withoutRowid ? "" : "id INTEGER PRIMARY KEY,") +
           " entry_id INTEGER NOT NULL REFERENCES journal_entry(id), line INTEGER NOT NULL,"
           " account_id INTEGER NOT NULL REFERENCES account(id), flow " +
           type + " NOT NULL, date " + type +
           " NOT NULL, usd_minor INTEGER NOT NULL CHECK "
           "(usd_minor <> 0), donor_id INTEGER REFERENCES organisation(id), project TEXT "
           "NOT NULL DEFAULT '', partner_id INTEGER REFERENCES organisation(id)" +
           (v.withoutRowid ? ", PRIMARY KEY (entry_id, line)) STRICT, WITHOUT ROWID" : ") STRICT"));
    if (v.balanceIndex)
        ex(db, "CREATE INDEX posting_balance ON posting(account_id, flow, donor_id, date, "
               "usd_minor)");
    if (!v.withoutRowid)
        ex(db, "CREATE INDEX posting_entry ON posting(entry_id)");
    ex(db, "CREATE INDEX posting_project ON posting(project, account_id, partner_id, usd_minor) "
           "WHERE project <> ''");
    ex(db, "CREATE TABLE receipt (id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, "
           "donor_id INTEGER NOT NULL REFERENCES organisation(id), source TEXT NOT NULL CHECK "
           "(source IN ('donor','bank')), date TEXT NOT NULL, currency TEXT NOT NULL CHECK "
           "(length(currency) = 3), amount_minor INTEGER NOT NULL CHECK (amount_minor > 0), "
           "rate_scaled INTEGER NOT NULL CHECK (rate_scaled > 0), usd_minor INTEGER NOT NULL "
           "CHECK (usd_minor >= 0), pledge_id INTEGER, cleared_usd_minor INTEGER NOT NULL "
           "DEFAULT 0, fee_usd_minor INTEGER NOT NULL DEFAULT 0 CHECK (fee_usd_minor >= 0), "
           "entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entry(id)) STRICT");
    ex(db, "BEGIN");
    for (int i = 1; i <= 40; ++i)
        ex(db, "INSERT INTO organisation VALUES (" + std::to_string(i) + ", 'Donor State " +
                   std::to_string(i) + "', 'state')");
    for (int i = 1; i <= 20; ++i)
        ex(db,
           "INSERT INTO account VALUES (" + std::to_string(i) + ", 'A" + std::to_string(i) + "')");
    ex(db, "COMMIT");
    sqlite3_stmt *e = nullptr, *p = nullptr, *r = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO journal_entry (date, kind, memo, reverses_entry_id, "
                       "reason, posted_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       -1, &e, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO posting (entry_id, line, account_id, flow, date, "
                       "usd_minor, donor_id, project, partner_id) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &p, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO receipt (reference, donor_id, source, date, currency, "
                       "amount_minor, rate_scaled, usd_minor, pledge_id, cleared_usd_minor, "
                       "fee_usd_minor, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       -1, &r, nullptr);
    const auto start = std::chrono::steady_clock::now();
    ex(db, "BEGIN");
    unsigned seed = 1;
    const auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 8; };
    for (int i = 0; i < n; ++i) {
        // Ten years of dates in file order, 40 donors, amounts up to a million dollars.
        const int y = 2016 + int(static_cast<long long>(i) * 10 / n), m = 1 + i % 12,
                  d = 1 + i % 28;
        char date[32], ref[32], memo[48];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, d);
        std::snprintf(ref, sizeof ref, "BENCH-%08d", i);
        std::snprintf(memo, sizeof memo, "receipt %s", ref);
        const int donor = 1 + int(next() % 40);
        const sqlite3_int64 usd = 100000 + sqlite3_int64(next() % 100000000), fee = usd / 100;
        sqlite3_bind_text(e, 1, date, -1, SQLITE_STATIC);
        sqlite3_bind_text(e, 2, "receipt", -1, SQLITE_STATIC);
        sqlite3_bind_text(e, 3, memo, -1, SQLITE_STATIC);
        sqlite3_bind_null(e, 4);
        sqlite3_bind_text(e, 5, "", -1, SQLITE_STATIC);
        sqlite3_bind_text(e, 6, "2026-11-29T03:00:00Z", -1, SQLITE_STATIC);
        sqlite3_bind_text(e, 7, "bench", -1, SQLITE_STATIC);
        step(db, e);
        const sqlite3_int64 entry = sqlite3_last_insert_rowid(db);
        const int account[4] = {1, 3, 10, 1};
        const sqlite3_int64 amount[4] = {v.threePostings ? usd - fee : usd, -usd, fee, -fee};
        const char *flow[4] = {"receipt", "receipt", "fee", "fee"};
        for (int k = 0; k < (v.threePostings ? 3 : 4); ++k) {
            sqlite3_bind_int64(p, 1, entry);
            sqlite3_bind_int(p, 2, k + 1);
            sqlite3_bind_int(p, 3, account[k]);
            if (v.integers) {
                sqlite3_bind_int(p, 4, flow[k][0] == 'r' ? 1 : 2);
                sqlite3_bind_int(p, 5, y * 10000 + m * 100 + d);
            } else {
                sqlite3_bind_text(p, 4, flow[k], -1, SQLITE_STATIC);
                sqlite3_bind_text(p, 5, date, -1, SQLITE_STATIC);
            }
            sqlite3_bind_int64(p, 6, amount[k]);
            sqlite3_bind_int(p, 7, donor);
            sqlite3_bind_text(p, 8, "", -1, SQLITE_STATIC);
            sqlite3_bind_null(p, 9);
            step(db, p);
        }
        sqlite3_bind_text(r, 1, ref, -1, SQLITE_STATIC);
        sqlite3_bind_int(r, 2, donor);
        sqlite3_bind_text(r, 3, "donor", -1, SQLITE_STATIC);
        sqlite3_bind_text(r, 4, date, -1, SQLITE_STATIC);
        sqlite3_bind_text(r, 5, "EUR", -1, SQLITE_STATIC);
        sqlite3_bind_int64(r, 6, usd);
        sqlite3_bind_int64(r, 7, 10800000000LL);
        sqlite3_bind_int64(r, 8, usd);
        sqlite3_bind_null(r, 9);
        sqlite3_bind_int(r, 10, 0);
        sqlite3_bind_int64(r, 11, fee);
        sqlite3_bind_int64(r, 12, entry);
        step(db, r);
    }
    ex(db, "COMMIT");
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (sqlite3_stmt *s : {e, p, r})
        sqlite3_finalize(s);
    sqlite3_close(db);
    std::remove(path.c_str());
    return double(n) / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 250000;
    const std::string path = std::string(argc > 2 ? argv[2] : "/tmp") + "/schema-floor.db";
    Variant v{"today's schema: an entry, four postings, the receipt; foreign keys on"};
    std::printf("%d receipts, SQLite %s, one transaction, prepared statements only\n", n,
                sqlite3_libversion());
    const auto say = [&](const Variant &x) {
        std::printf("%-80s %8.0f receipts/s\n", x.what, run(x, n, path));
        std::fflush(stdout);
    };
    // Each step keeps the ones before it.
    const std::pair<const char *, void (*)(Variant &)> steps[] = {
        {"... foreign keys off", [](Variant &x) { x.foreignKeys = false; }},
        {"... and postings WITHOUT ROWID by (entry, line), no posting_entry index",
         [](Variant &x) { x.withoutRowid = true; }},
        {"... and three postings instead of four (cash net of the fee)",
         [](Variant &x) { x.threePostings = true; }},
        {"... and flow and date stored as integers", [](Variant &x) { x.integers = true; }},
        {"... and no posting_balance index", [](Variant &x) { x.balanceIndex = false; }},
    };
    say(v);
    for (const auto &[what, change] : steps) {
        v.what = what;
        change(v);
        say(v);
    }
    return 0;
}
