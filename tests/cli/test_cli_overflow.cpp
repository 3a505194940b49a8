// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 17, item 4: totals never wrap past 64 bits. No account's gross total may pass
// ledger::kMaxTotalUsdMinor (10,000,000,000,000.00 USD): a command that would is refused with
// exit 1 and the limit named, nothing written; a sum SQLite cannot add up (a file tampered with)
// is one line and a non-zero exit, never a partial listing.
#include "clirun.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;
using imdp::test::Run;
using imdp::test::runCli;

namespace {

const QString kLimit = u"10000000000000.00 USD"_s;

Run ok(const QStringList &args)
{
    const Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exit == 0);
    return r;
}

QString receiptsCsv(const imdp::test::TempDir &t, const QString &name, const QByteArray &amount,
                    const QByteArray &reference)
{
    const QString csv = t.file(name);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-01-10,Kingdom of Sweden,donor,USD," +
                                   amount + ",1," + reference + "\n");
    return csv;
}

QString emptyFund(const imdp::test::TempDir &t)
{
    const QString f = t.file(u"f.imdp"_s);
    ok({u"init"_s, f, u"--name"_s, u"Overflow test fund"_s});
    return f;
}

/// `args` is refused: exit 1, one line naming the limit, the file's bytes unchanged.
void refusedWithLimit(const QString &fund, const QStringList &args)
{
    const QByteArray before = imdp::test::sha256(fund);
    const Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == 1);
    CHECK(r.err.contains(kLimit));
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK(imdp::test::sha256(fund) == before);
}

} // namespace

TEST_CASE("a receipt exactly at the limit is accepted, one cent more is refused", "[cli][overflow]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    // One cent over, in one amount: refused by the amount itself.
    refusedWithLimit(fund, {u"import"_s, u"receipts"_s, fund,
                            receiptsCsv(t, u"over.csv"_s, "10000000000000.01", "R-0")});
    ok({u"import"_s, u"receipts"_s, fund, receiptsCsv(t, u"at.csv"_s, "10000000000000.00", "R-1")});
    // The cash account now holds exactly the limit: one more cent would pass it.
    refusedWithLimit(
        fund, {u"import"_s, u"receipts"_s, fund, receiptsCsv(t, u"cent.csv"_s, "0.01", "R-2")});
    refusedWithLimit(fund, {u"receipt"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s,
                            u"--amount"_s, u"0.01"_s, u"--reference"_s, u"R-3"_s, u"--date"_s,
                            u"2026-02-01"_s});
    const QString csv = t.file(u"su.csv"_s);
    ok({u"report"_s, u"sources-uses"_s, fund, u"--out"_s, csv, u"--format"_s, u"csv"_s});
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(f.readAll());
    CHECK(report.contains(u"10000000000000.00"_s));
    CHECK_FALSE(report.contains(u"-10000000000000.00"_s));
}

TEST_CASE("two imports each within the limit whose sum passes it: the second is refused",
          "[cli][overflow]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    ok({u"import"_s, u"receipts"_s, fund, receiptsCsv(t, u"a.csv"_s, "6000000000000.00", "R-1")});
    refusedWithLimit(fund, {u"import"_s, u"receipts"_s, fund,
                            receiptsCsv(t, u"b.csv"_s, "6000000000000.00", "R-2")});
    // The case: 50000000000000000.00 USD is refused outright.
    refusedWithLimit(fund, {u"import"_s, u"receipts"_s, fund,
                            receiptsCsv(t, u"c.csv"_s, "50000000000000000.00", "R-3")});
}

TEST_CASE("a receipt of the largest 64-bit amount is refused with one line", "[cli][overflow]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    ok({u"import"_s, u"receipts"_s, fund, receiptsCsv(t, u"a.csv"_s, "100.00", "R-1")});
    const QByteArray before = imdp::test::sha256(fund);
    const Run r = runCli({u"receipt"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s,
                          u"--amount"_s, u"92233720368547758.07"_s, u"--reference"_s, u"R-2"_s,
                          u"--date"_s, u"2026-02-01"_s});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK((r.exit == 1 || r.exit == 2));
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK(imdp::test::sha256(fund) == before);
    const Run accounts = ok({u"accounts"_s, fund});
    CHECK(accounts.out.contains(u"100.00"_s));
}

TEST_CASE("accounts on a file whose postings SQLite cannot add up: one line, non-zero exit",
          "[cli][overflow]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    ok({u"import"_s, u"receipts"_s, fund, receiptsCsv(t, u"a.csv"_s, "100.00", "R-1")});
    const Run before = ok({u"accounts"_s, fund});
    REQUIRE(before.out.count(u'\n') >= 17);
    // Two postings on the sixth account whose sum passes 2^63, inserted from outside the
    // application: the accounts before it were listed, then SQLite failed.
    imdp::test::outsideSql(
        fund, {u"INSERT INTO posting (entry_id, account_id, flow, date, usd_minor) "
               "SELECT MAX(id), (SELECT id FROM account ORDER BY code LIMIT 1 OFFSET 5), "
               "'receipt', '2026-01-10', 9000000000000000000 FROM journal_entry"_s,
               u"INSERT INTO posting (entry_id, account_id, flow, date, usd_minor) "
               "SELECT MAX(id), (SELECT id FROM account ORDER BY code LIMIT 1 OFFSET 5), "
               "'receipt', '2026-01-10', 9000000000000000000 FROM journal_entry"_s});
    const Run r = runCli({u"accounts"_s, fund});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit != 0);
    CHECK(r.err.contains(u"integer overflow"_s));
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK(r.out.isEmpty());
}
