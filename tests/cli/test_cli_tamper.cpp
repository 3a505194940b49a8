// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 17, items 2 and 3: money created or removed outside the application, settings and rates
// changed, the audit chain's tail deleted, a trigger planted or dropped. Each tampering is done
// with SQLite itself, as an attacker would (defensive mode off, immutability triggers dropped),
// on a fund built from `imdp init` and public commands; `imdp verify` must name the kind, the
// table and the row, and a file whose schema was changed is never written to.
#include "clirun.h"

#include "core/funding/capstatus.h"
#include "core/storage/database.h"
#include "core/storage/schema.h"
#include "core/storage/verify.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using imdp::test::must;
using imdp::test::Run;
using imdp::test::runCli;

namespace {

Run ok(const QStringList &args)
{
    const Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exit == 0);
    return r;
}

/// Statements run on the file by an outside connection (Qt's driver: no defensive mode).
void tamper(const QString &path, const QStringList &statements)
{
    imdp::test::outsideSql(path, statements);
}

qint64 scalar(const QString &path, const QString &select)
{
    return imdp::test::outsideValue(path, select).toLongLong();
}

/// A small fund from an empty file: pledges, a rate, a fee rule, two receipts, an allocation, a
/// proposal added then edited.
QString smallFund(const imdp::test::TempDir &t)
{
    const QString f = t.file(u"small.imdp"_s);
    ok({u"init"_s, f, u"--name"_s, u"Tamper test fund"_s});
    const QString csv = t.file(u"pledges.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,status,reference\n"
                               "2026-01-05,Kingdom of Sweden,donor,USD,100000.00,1,signed,P-1\n"
                               "2026-01-05,Republic of France,donor,USD,60000.00,1,signed,P-2\n"
                               "2026-01-05,DGF,bank,USD,1000.00,1,signed,P-3\n");
    ok({u"import"_s, u"pledges"_s, f, csv});
    ok({u"rate"_s, u"add"_s, f, u"EUR"_s, u"2026-01-01"_s, u"1.1"_s});
    ok({u"fee"_s, f, u"flat:100"_s});
    ok({u"receipt"_s, u"add"_s, f, u"--donor"_s, u"Kingdom of Sweden"_s, u"--amount"_s,
        u"100000.00"_s, u"--reference"_s, u"R-1"_s, u"--date"_s, u"2026-02-01"_s});
    ok({u"receipt"_s, u"add"_s, f, u"--donor"_s, u"Republic of France"_s, u"--currency"_s, u"EUR"_s,
        u"--amount"_s, u"50000.00"_s, u"--reference"_s, u"R-2"_s, u"--date"_s, u"2026-02-02"_s});
    ok({u"allocate"_s, f, u"IMDP-26-001"_s, u"20000.00"_s, u"--date"_s, u"2026-03-01"_s});
    ok({u"proposal"_s, u"add"_s, f, u"--code"_s, u"IMDP-26-001"_s, u"--title"_s,
        u"Remittance data"_s, u"--applicant"_s, u"Kingdom of Sweden"_s});
    ok({u"proposal"_s, u"edit"_s, f, u"IMDP-26-001"_s, u"--title"_s,
        u"Remittance data, phase 1"_s});
    return f;
}

/// `imdp verify` exits 1 and lists `line` (a check's name, then the problem).
void verifyNames(const QString &path, const QString &line)
{
    const QByteArray before = imdp::test::sha256(path);
    const Run r = runCli({u"verify"_s, path});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == 1);
    CHECK(r.out.contains(u"FAIL  "_s + line));
    CHECK(imdp::test::sha256(path) == before);
}

QString n(qint64 v)
{
    return QString::number(v);
}

} // namespace

TEST_CASE("tampering: a fund built from init and commands, and the demo, verify clean",
          "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    Run r = runCli({u"verify"_s, f, u"--json"_s});
    INFO(r.out.toStdString());
    CHECK(r.exit == 0);
    QStringList names;
    for (const QJsonValue &c : r.json().value(u"checks"_s).toArray())
        names << c.toObject().value(u"name"_s).toString();
    CHECK(names.contains(u"rows"_s));
    CHECK(names.contains(u"schema"_s));
    CHECK(names.contains(u"audit anchor"_s));
    // Every command that wrote rows says which (the first also covers the rows the schema seeds).
    CHECK(scalar(f, u"SELECT COUNT(*) FROM audit_event WHERE writes = '' AND command <> "
                    "'ledger.import'"_s) == 0);
    const QString demo = t.file(u"demo.imdp"_s);
    ok({u"init"_s, demo, u"--demo"_s});
    r = runCli({u"verify"_s, demo});
    INFO(r.out.toStdString());
    CHECK(r.exit == 0);
}

TEST_CASE("tampering: a journal entry and its postings inserted by hand", "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    const qint64 entry = scalar(f, u"SELECT MAX(id) + 1 FROM journal_entry"_s);
    const qint64 posting = scalar(f, u"SELECT MAX(id) + 1 FROM posting"_s);
    tamper(f, {u"INSERT INTO journal_entry (id, date, kind, memo, posted_at, actor) VALUES "
               "(%1, '2026-03-02', 'income', '', '2026-03-02T00:00:00Z', 'x')"_s.arg(entry),
               u"INSERT INTO posting (id, entry_id, account_id, flow, date, usd_minor) VALUES "
               "(%1, %2, 1, 'income', '2026-03-02', 100000000)"_s.arg(posting)
                   .arg(entry),
               u"INSERT INTO posting (entry_id, account_id, flow, date, usd_minor) VALUES "
               "(%1, 6, 'income', '2026-03-02', -100000000)"_s.arg(entry)});
    verifyNames(f, u"rows: journal_entry row %1: inserted with no audit row (added outside the "
                   "application)"_s.arg(entry));
    verifyNames(f, u"rows: posting row %1: inserted with no audit row"_s.arg(posting));
}

TEST_CASE("tampering: a journal entry and its postings deleted, its audit row kept",
          "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    const qint64 entry = scalar(f, u"SELECT id FROM journal_entry WHERE kind = 'allocation'"_s);
    const qint64 posting = scalar(f, u"SELECT MIN(id) FROM posting WHERE entry_id = "_s + n(entry));
    tamper(f, {u"DROP TRIGGER posting_no_delete"_s, u"DROP TRIGGER journal_entry_no_delete"_s,
               u"DELETE FROM posting WHERE entry_id = "_s + n(entry),
               u"DELETE FROM journal_entry WHERE id = "_s + n(entry)});
    verifyNames(f, u"rows: journal_entry row %1: deleted outside the application (inserted by "
                   "audit row"_s.arg(entry));
    verifyNames(f, u"rows: posting row %1: deleted outside the application"_s.arg(posting));
}

TEST_CASE("tampering: postings doubled on an entry (it still balances)", "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    const qint64 entry = scalar(f, u"SELECT id FROM journal_entry WHERE kind = 'allocation'"_s);
    const qint64 next = scalar(f, u"SELECT MAX(id) + 1 FROM posting"_s);
    tamper(f, {u"INSERT INTO posting (entry_id, account_id, flow, date, usd_minor, donor_id, "
               "project, partner_id) SELECT entry_id, account_id, flow, date, usd_minor, donor_id, "
               "project, partner_id FROM posting WHERE entry_id = "_s +
               n(entry)});
    // The ledger's own checks see nothing wrong: the entry balances.
    const Run r = runCli({u"verify"_s, f});
    CHECK_FALSE(r.out.contains(u"FAIL  journal balances"_s));
    verifyNames(f, u"rows: posting row %1: inserted with no audit row"_s.arg(next));
}

TEST_CASE("tampering: a hand-entered receipt's amount changed", "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    const qint64 id = scalar(f, u"SELECT id FROM receipt WHERE reference = 'R-2'"_s);
    tamper(f, {u"DROP TRIGGER receipt_no_update"_s,
               u"UPDATE receipt SET amount_minor = amount_minor * 10 WHERE id = "_s + n(id)});
    verifyNames(f, u"rows: receipt row %1: altered outside the application (written by audit "
                   "row"_s.arg(id));
}

TEST_CASE("tampering: fund settings changed (cap, fee)", "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    SECTION("the fee rule")
    {
        const qint64 row = scalar(f, u"SELECT rowid FROM fund_setting WHERE key = 'admin_fee'"_s);
        tamper(f, {u"UPDATE fund_setting SET value = 'none' WHERE key = 'admin_fee'"_s});
        verifyNames(f, u"rows: fund_setting row %1: altered outside the application"_s.arg(row));
    }
    SECTION("the cap, set by hand")
    {
        tamper(f, {u"DELETE FROM fund_setting WHERE key = 'cap_bps'"_s,
                   u"INSERT INTO fund_setting (key, value) VALUES ('cap_bps', '10000')"_s});
        const qint64 row = scalar(f, u"SELECT rowid FROM fund_setting WHERE key = 'cap_bps'"_s);
        verifyNames(f, u"rows: fund_setting row %1: inserted with no audit row"_s.arg(row));
    }
    SECTION("the cap, set by the application, then changed")
    {
        {
            auto db = must(imdp::core::Database::open(f));
            imdp::test::mustOk(imdp::core::funding::setCapBps(*db, 2000));
        }
        REQUIRE(runCli({u"verify"_s, f}).exit == 0);
        const qint64 row = scalar(f, u"SELECT rowid FROM fund_setting WHERE key = 'cap_bps'"_s);
        tamper(f, {u"UPDATE fund_setting SET value = '10000' WHERE key = 'cap_bps'"_s});
        verifyNames(f, u"rows: fund_setting row %1: altered outside the application (last "
                       "written by audit row"_s.arg(row));
    }
}

TEST_CASE("tampering: an exchange rate changed", "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    const qint64 row = scalar(f, u"SELECT rowid FROM exchange_rate WHERE currency = 'EUR'"_s);
    tamper(f, {u"UPDATE exchange_rate SET rate_scaled = rate_scaled * 2"_s});
    verifyNames(f, u"rows: exchange_rate row %1: altered outside the application"_s.arg(row));
}

TEST_CASE("tampering: a proposal's state changed", "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    const qint64 id = scalar(f, u"SELECT id FROM proposal WHERE code = 'IMDP-26-001'"_s);
    tamper(f, {u"UPDATE proposal SET state = 'approved' WHERE id = "_s + n(id)});
    verifyNames(f, u"rows: proposal row %1: altered outside the application (last written by "
                   "audit row"_s.arg(id));
}

TEST_CASE("tampering: the audit chain's tail deleted", "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    const qint64 rows = scalar(f, u"SELECT MAX(id) FROM audit_event"_s);
    // The last two commands (the proposal's edit and its creation) and their audit rows.
    tamper(f, {u"DROP TRIGGER audit_event_no_delete"_s,
               u"DELETE FROM audit_event WHERE id > "_s + n(rows - 2)});
    verifyNames(
        f, u"audit anchor: audit chain ends at row %1, but row %2 with head "_s.arg(rows - 2).arg(
               rows));
    // What those commands wrote is now unaccounted for.
    verifyNames(f, u"rows: proposal row 1: inserted with no audit row"_s);
}

TEST_CASE("tampering: an immutability trigger dropped: named, and the file never written",
          "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    tamper(f, {u"DROP TRIGGER posting_no_update"_s});
    verifyNames(f, u"schema: trigger posting_no_update on posting is missing (dropped)"_s);
    const QByteArray before = imdp::test::sha256(f);
    const Run r = runCli({u"income"_s, f, u"10.00"_s});
    CHECK(r.exit == 1);
    CHECK(imdp::test::lines(r.err).size() == 1);
    CHECK(r.err.contains(u"trigger posting_no_update on posting is missing (dropped)"_s));
    CHECK(r.err.contains(u"opened read-only, nothing will be written"_s));
    CHECK(imdp::test::sha256(f) == before);
}

TEST_CASE("tampering: a trigger planted on audit_event never runs (the receipt is refused)",
          "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    {
        auto db = must(imdp::core::Database::open(f));
        imdp::test::mustOk(imdp::core::funding::setCapBps(*db, 1500));
    }
    tamper(f, {u"create trigger lift_cap after insert on audit_event begin update fund_setting "
               "set value='10000' where key='cap_bps'; end;"_s});
    const QByteArray before = imdp::test::sha256(f);
    const Run r = runCli({u"receipt"_s, u"add"_s, f, u"--donor"_s, u"DGF"_s, u"--source"_s,
                          u"bank"_s, u"--amount"_s, u"10.00"_s, u"--reference"_s, u"R-3"_s});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == 1);
    CHECK(imdp::test::lines(r.err).size() == 1);
    CHECK(r.err.contains(u"trigger lift_cap on audit_event is not part of schema version"_s));
    CHECK(imdp::test::sha256(f) == before);
    CHECK(scalar(f, u"SELECT value FROM fund_setting WHERE key = 'cap_bps'"_s) == 1500);
    CHECK(scalar(f, u"SELECT COUNT(*) FROM receipt"_s) == 2);
    verifyNames(f, u"schema: trigger lift_cap on audit_event is not part of schema version"_s);
}

TEST_CASE("tampering: a table, index or view added or an index dropped is schema drift",
          "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    tamper(f, {u"CREATE VIEW money AS SELECT * FROM posting"_s, u"DROP INDEX posting_entry"_s});
    verifyNames(f, u"schema: index posting_entry on posting is missing (dropped)"_s);
    verifyNames(f, u"schema: view money on money is not part of schema version"_s);
    CHECK(runCli({u"income"_s, f, u"10.00"_s}).exit == 1);
}

TEST_CASE("tampering: an old file (schema version 1) migrated verifies clean", "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"old.imdp"_s);
    REQUIRE(QFile::copy(QStringLiteral(IMDP_FIXTURES "/fund-v1.imdp"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = must(imdp::core::Database::open(path));
        CHECK(db->schemaVersion() == imdp::core::schema::latestVersion());
    }
    CHECK(scalar(path, u"SELECT COUNT(*) FROM audit_event WHERE command = 'storage.baseline'"_s) ==
          1);
    Run r = runCli({u"verify"_s, path});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == 0);
    // Rows the old file held are covered from then on: one altered is named.
    tamper(path, {u"UPDATE organisation SET name = 'Kingdom of Norway' WHERE id = 1"_s});
    verifyNames(path, u"rows: organisation row 1: altered outside the application"_s);
}

TEST_CASE("tampering: an import's rows (one digest over their text) altered or deleted",
          "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    QByteArray csv = "date,donor,source,currency,amount,usd_rate,reference\n";
    for (int i = 1; i <= 20; ++i)
        csv += "2026-04-01,Kingdom of Sweden,donor,USD," + QByteArray::number(i) + ".00,1,IMP-" +
               QByteArray::number(i) + "\n";
    imdp::test::writeFile(t.file(u"receipts.csv"_s), csv);
    ok({u"import"_s, u"receipts"_s, f, t.file(u"receipts.csv"_s)});
    REQUIRE(runCli({u"verify"_s, f}).exit == 0);
    const qint64 first = scalar(f, u"SELECT id FROM receipt WHERE reference = 'IMP-1'"_s);
    const qint64 last = scalar(f, u"SELECT id FROM receipt WHERE reference = 'IMP-20'"_s);
    SECTION("a receipt's amount")
    {
        tamper(f, {u"DROP TRIGGER receipt_no_update"_s,
                   u"UPDATE receipt SET amount_minor = 99900 WHERE reference = 'IMP-7'"_s});
        verifyNames(f, u"rows: receipt rows %1 to %2: altered outside the application (no longer "
                       "the rows audit row"_s.arg(first)
                           .arg(last));
    }
    SECTION("a receipt deleted")
    {
        const qint64 id = scalar(f, u"SELECT id FROM receipt WHERE reference = 'IMP-9'"_s);
        tamper(f,
               {u"DROP TRIGGER receipt_no_delete"_s, u"DELETE FROM receipt WHERE id = "_s + n(id)});
        verifyNames(f, u"rows: receipt row %1: deleted outside the application (inserted by "
                       "audit row"_s.arg(id));
    }
}

TEST_CASE("tampering: restoring an older copy over the fund is no truncated chain", "[cli][tamper]")
{
    imdp::test::TempDir t;
    const QString f = smallFund(t);
    const QString copy = t.file(u"copy.imdp"_s);
    ok({u"backup"_s, f, u"--out"_s, copy});
    ok({u"income"_s, f, u"10.00"_s});
    ok({u"restore"_s, copy, u"--to"_s, f, u"--replace"_s});
    const Run r = runCli({u"verify"_s, f});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == 0);
}

TEST_CASE("tampering: a damaged index: verify prints each integrity problem on one line",
          "[cli][tamper]")
{
    // Issue 17, item 10: verify's integrity failure spanned several lines. The receipts' table
    // page is changed byte by byte (four references renamed, as a disk or a hex editor would),
    // so SQLite's integrity_check finds four rows missing from the references' index.
    imdp::test::TempDir t;
    const QString f = t.file(u"f.imdp"_s);
    ok({u"init"_s, f, u"--name"_s, u"Damaged index"_s});
    const QString csv = t.file(u"r.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-01-10,Kingdom of Sweden,donor,USD,10,1,R-1\n"
                               "2026-01-10,Kingdom of Sweden,donor,USD,10,1,R-2\n"
                               "2026-01-10,Kingdom of Sweden,donor,USD,10,1,R-3\n"
                               "2026-01-10,Kingdom of Sweden,donor,USD,10,1,R-4\n");
    ok({u"import"_s, u"receipts"_s, f, csv});
    const qint64 pageSize = scalar(f, u"PRAGMA page_size"_s);
    const qint64 root = scalar(f, u"SELECT rootpage FROM sqlite_master WHERE name = 'receipt'"_s);
    REQUIRE(pageSize > 0);
    REQUIRE(root > 0);
    QFile file(f);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((root - 1) * pageSize));
    QByteArray page = file.read(pageSize);
    for (const char *from : {"R-1", "R-2", "R-3", "R-4"}) {
        const qsizetype at = page.indexOf(from);
        REQUIRE(at >= 0);
        page[at + 2] = char(page[at + 2] + 5); // R-1 becomes R-6, ...
    }
    REQUIRE(file.seek((root - 1) * pageSize));
    REQUIRE(file.write(page) == pageSize);
    file.close();

    const Run r = runCli({u"verify"_s, f});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == 1);
    const QStringList out = r.out.split(u'\n', Qt::SkipEmptyParts);
    int integrity = 0;
    for (const QString &line : out) {
        // Every line is one check's outcome or one of its problems, never a continuation.
        CHECK((line.startsWith(u"ok    "_s) || line.startsWith(u"FAIL  "_s) ||
               line.startsWith(u"note  "_s)));
        integrity += line.startsWith(u"FAIL  integrity: row "_s);
    }
    CHECK(integrity == 4);
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK(r.err.contains(u"integrity: row 1 missing from index"_s));
}
