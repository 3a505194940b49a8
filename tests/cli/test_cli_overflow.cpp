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

// ---- Amounts in their own currency (issue 17, round two) -----------------------------------
// kMaxAmountMinor (10^15 minor units) bounds one amount and one donor's pledges (and receipts)
// in one currency. EUR at 0.0001 USD keeps the USD totals far below their own limit, so what
// refuses is the own-currency limit.

namespace {

const QString kEurLimit = u"10000000000000.00 EUR"_s;

QString eurReceiptsCsv(const imdp::test::TempDir &t, const QString &name, const QByteArray &rows)
{
    const QString csv = t.file(name);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n" + rows);
    return csv;
}

QByteArray eurRow(const QByteArray &donor, const QByteArray &amount, const QByteArray &reference)
{
    return "2026-01-10," + donor + ",donor,EUR," + amount + ",0.0001," + reference + "\n";
}

/// Refused with exit 1, one line naming the EUR limit, the file's bytes unchanged.
void refusedEur(const QString &fund, const QStringList &args, const QString &names = {})
{
    const QByteArray before = imdp::test::sha256(fund);
    const Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == 1);
    CHECK(r.err.contains(kEurLimit));
    CHECK(r.err.contains(u"amount: "_s));
    if (!names.isEmpty())
        CHECK(r.err.contains(names));
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK(imdp::test::sha256(fund) == before);
}

/// A pledge in EUR; a cent is given a rate at which it is worth a USD cent.
QStringList pledgeAdd(const QString &fund, const QString &donor, const QString &amount,
                      const QString &reference)
{
    const QString rate = amount.startsWith(u"0."_s) ? u"1.085"_s : u"0.0001"_s;
    return {u"pledge"_s, u"add"_s,        fund,           u"--donor"_s, donor, u"--amount"_s,
            amount,      u"--currency"_s, u"EUR"_s,       u"--rate"_s,  rate,  u"--reference"_s,
            reference,   u"--date"_s,     u"2026-01-05"_s};
}

} // namespace

TEST_CASE("own currency: a pledge at the limit is accepted, one minor unit over is refused",
          "[cli][overflow]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    ok({u"org"_s, u"add"_s, fund, u"--name"_s, u"Kingdom of Sweden"_s, u"--kind"_s, u"state"_s});
    ok({u"org"_s, u"add"_s, fund, u"--name"_s, u"Kingdom of Norway"_s, u"--kind"_s, u"state"_s});
    // One amount one cent over: refused by the amount itself.
    refusedEur(fund, pledgeAdd(fund, u"Kingdom of Norway"_s, u"10000000000000.01"_s, u"P-0"_s),
               u"for one amount"_s);
    ok(pledgeAdd(fund, u"Kingdom of Sweden"_s, u"10000000000000.00"_s, u"P-1"_s));
    // Sweden's EUR pledges are at the limit: one more cent is refused; other donors and other
    // currencies are not affected.
    refusedEur(fund, pledgeAdd(fund, u"Kingdom of Sweden"_s, u"0.01"_s, u"P-2"_s),
               u"per donor and currency"_s);
    ok(pledgeAdd(fund, u"Kingdom of Norway"_s, u"10000000000000.00"_s, u"P-3"_s));
    ok({u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s, u"--amount"_s, u"0.01"_s,
        u"--reference"_s, u"P-4"_s, u"--date"_s, u"2026-01-05"_s});
    // An amendment down frees room, one up past the limit is refused.
    ok({u"pledge"_s, u"amend"_s, fund, u"P-1"_s, u"--amount"_s, u"9999999999999.99"_s, u"--date"_s,
        u"2026-01-06"_s});
    ok(pledgeAdd(fund, u"Kingdom of Sweden"_s, u"0.01"_s, u"P-5"_s));
    refusedEur(fund,
               {u"pledge"_s, u"amend"_s, fund, u"P-1"_s, u"--amount"_s, u"10000000000000.00"_s,
                u"--date"_s, u"2026-01-07"_s},
               u"per donor and currency"_s);
    // A cancelled pledge still counts: the limit bounds every sum of the rows, whatever they are.
    refusedEur(fund,
               {u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s, u"--amount"_s,
                u"0.01"_s, u"--currency"_s, u"EUR"_s, u"--rate"_s, u"1.085"_s, u"--reference"_s,
                u"P-6"_s, u"--status"_s, u"cancelled"_s, u"--date"_s, u"2026-01-08"_s});
    ok({u"verify"_s, fund});
    // The pledges list adds them up without wrapping.
    const Run list = ok({u"pledge"_s, u"list"_s, fund});
    CHECK(list.out.contains(u"9999999999999.99"_s));
}

TEST_CASE("own currency: receipts across two imports reach the limit exactly, a cent more is "
          "refused",
          "[cli][overflow]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    ok({u"import"_s, u"receipts"_s, fund,
        eurReceiptsCsv(t, u"a.csv"_s, eurRow("Kingdom of Sweden", "6000000000000.00", "R-1"))});
    // Past the limit by one cent across the two imports: refused whole.
    refusedEur(fund,
               {u"import"_s, u"receipts"_s, fund,
                eurReceiptsCsv(t, u"b.csv"_s,
                               eurRow("Kingdom of Norway", "50000.00", "R-2") +
                                   eurRow("Kingdom of Sweden", "4000000000000.01", "R-3"))},
               u"'Kingdom of Sweden'"_s);
    // Exactly at the limit: accepted.
    ok({u"import"_s, u"receipts"_s, fund,
        eurReceiptsCsv(t, u"c.csv"_s, eurRow("Kingdom of Sweden", "4000000000000.00", "R-4"))});
    refusedEur(fund, {u"receipt"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s,
                      u"--amount"_s, u"0.01"_s, u"--currency"_s, u"EUR"_s, u"--rate"_s, u"1.085"_s,
                      u"--reference"_s, u"R-5"_s, u"--date"_s, u"2026-02-01"_s});
    // Within one import, a new donor's rows adding up past the limit: refused whole.
    refusedEur(fund,
               {u"import"_s, u"receipts"_s, fund,
                eurReceiptsCsv(t, u"d.csv"_s,
                               eurRow("Republic of Ireland", "9000000000000.00", "R-6") +
                                   eurRow("Republic of Ireland", "1000000000000.01", "R-7"))});
    // One amount past the limit, and the largest 64-bit amount: refused, one line each.
    refusedEur(fund, {u"import"_s, u"receipts"_s, fund,
                      eurReceiptsCsv(t, u"e.csv"_s,
                                     eurRow("Republic of Ireland", "10000000000000.01", "R-8"))});
    refusedEur(fund,
               {u"import"_s, u"receipts"_s, fund,
                eurReceiptsCsv(t, u"f.csv"_s,
                               eurRow("Republic of Ireland", "92233720368547758.07", "R-9"))});
    ok({u"verify"_s, fund});
    const Run list = ok({u"receipt"_s, u"list"_s, fund});
    CHECK(list.out.contains(u"R-4"_s));
    CHECK_FALSE(list.out.contains(u"R-3"_s));
    CHECK_FALSE(list.out.contains(u"Republic of Ireland"_s));
}

TEST_CASE("opening balances whose rows would wrap a total are refused", "[cli][overflow]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    // Three payments of 61489146912365172.06 USD add up to 2^64 + 2 cents: in 64 bits, 0.02 USD.
    const QString wrap = t.file(u"wrap.csv"_s);
    imdp::test::writeFile(wrap, "kind,donor,project,partner,amount_usd\n"
                                "paid,Kingdom of Sweden,,,61489146912365172.06\n"
                                "paid,Kingdom of Sweden,,,61489146912365172.06\n"
                                "paid,Kingdom of Sweden,,,61489146912365172.06\n");
    refusedWithLimit(fund, {u"opening"_s, fund, wrap, u"--date"_s, u"2025-12-31"_s});
    // Exactly at the limit in two rows: accepted.
    const QString at = t.file(u"at.csv"_s);
    imdp::test::writeFile(at, "kind,donor,project,partner,amount_usd\n"
                              "paid,Kingdom of Sweden,,,6000000000000.00\n"
                              "paid,Kingdom of Norway,,,4000000000000.00\n");
    const QString over = t.file(u"over.csv"_s);
    imdp::test::writeFile(over, "kind,donor,project,partner,amount_usd\n"
                                "paid,Kingdom of Sweden,,,6000000000000.00\n"
                                "paid,Kingdom of Norway,,,4000000000000.01\n");
    refusedWithLimit(fund, {u"opening"_s, fund, over, u"--date"_s, u"2025-12-31"_s});
    ok({u"opening"_s, fund, at, u"--date"_s, u"2025-12-31"_s});
    ok({u"verify"_s, fund});
}

// ---- Proposals (issue 17, round two) --------------------------------------------------------
// A proposal's request and each budget line, and the lines' sum, stay within kMaxAmountMinor in
// the proposal's currency, so the sums an agenda, a dossier or the pipeline makes cannot wrap.

namespace {

/// Refused with exit 1, one line naming `field` and `limit`, the file's bytes unchanged.
void refusedProposal(const QString &fund, const QStringList &args, const QString &field,
                     const QString &limit)
{
    const QByteArray before = imdp::test::sha256(fund);
    const Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == 1);
    CHECK(r.err.startsWith(u"imdp: "_s + field + u": "_s));
    CHECK(r.err.contains(u"past the limit of "_s + limit));
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK(r.out.isEmpty());
    CHECK(imdp::test::sha256(fund) == before);
}

} // namespace

TEST_CASE("a proposal's request and budget past the own-currency limit are refused, at the limit "
          "accepted",
          "[cli][overflow][pipeline]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    ok({u"org"_s, u"add"_s, fund, u"--name"_s, u"Migrant Aid"_s, u"--kind"_s, u"ngo"_s});
    const auto add = [&fund](const QString &code, const QString &currency) {
        return QStringList{u"proposal"_s,
                           u"add"_s,
                           fund,
                           u"--code"_s,
                           code,
                           u"--title"_s,
                           u"Skills"_s,
                           u"--applicant"_s,
                           u"Migrant Aid"_s,
                           u"--currency"_s,
                           currency};
    };
    // The request one cent over.
    refusedProposal(fund, add(u"P-1"_s, u"EUR"_s) << u"--requested"_s << u"10000000000000.01"_s,
                    u"requested"_s, kEurLimit);
    // The largest 64-bit amount (the figure): refused, not wrapped.
    refusedProposal(fund, add(u"P-1"_s, u"USD"_s) << u"--requested"_s << u"92233720368547758.07"_s,
                    u"requested"_s, kLimit);
    // One line over.
    refusedProposal(fund, add(u"P-1"_s, u"EUR"_s) << u"--budget"_s << u"Staff=10000000000000.01"_s,
                    u"budget"_s, kEurLimit);
    // Lines each within the limit whose sum passes it by one cent.
    refusedProposal(fund,
                    add(u"P-1"_s, u"EUR"_s) << u"--budget"_s << u"Staff=6000000000000.00"_s
                                            << u"--budget"_s << u"Travel=4000000000000.01"_s,
                    u"budget"_s, kEurLimit);
    // Lines that would wrap 64 bits: refused by the limit, never summed past it.
    refusedProposal(fund,
                    add(u"P-1"_s, u"EUR"_s) << u"--budget"_s << u"Staff=92233720368547758.07"_s
                                            << u"--budget"_s << u"Travel=0.01"_s,
                    u"budget"_s, kEurLimit);
    // In a currency without minor units, the same 10^15 minor units.
    refusedProposal(fund,
                    add(u"P-1"_s, u"JPY"_s) << u"--budget"_s << u"Staff=600000000000000"_s
                                            << u"--budget"_s << u"Travel=400000000000001"_s,
                    u"budget"_s, u"1000000000000000 JPY"_s);
    // Exactly at the limit: accepted.
    ok(add(u"P-1"_s, u"EUR"_s) << u"--requested"_s << u"10000000000000.00"_s << u"--budget"_s
                               << u"Staff=6000000000000.00"_s << u"--budget"_s
                               << u"Travel=4000000000000.00"_s);
    ok(add(u"P-2"_s, u"JPY"_s) << u"--requested"_s << u"1000000000000000"_s << u"--budget"_s
                               << u"Staff=1000000000000000"_s);
    // An edit past the limit is refused the same way, the proposal as it was.
    refusedProposal(
        fund, {u"proposal"_s, u"edit"_s, fund, u"P-1"_s, u"--requested"_s, u"10000000000000.01"_s},
        u"requested"_s, kEurLimit);
    refusedProposal(fund,
                    {u"proposal"_s, u"edit"_s, fund, u"P-1"_s, u"--budget"_s,
                     u"Staff=6000000000000.01"_s, u"--budget"_s, u"Travel=4000000000000.00"_s},
                    u"budget"_s, kEurLimit);
    ok({u"verify"_s, fund});
    const Run list = ok({u"proposal"_s, u"list"_s, fund});
    CHECK(list.out.contains(u"10000000000000.00 EUR"_s));
    CHECK(list.out.contains(u"1000000000000000 JPY"_s));
}

TEST_CASE("an opening-balances pledge and a later pledge of the same donor and currency count "
          "together against the own-currency limit",
          "[cli][overflow]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    const QString opening = t.file(u"opening.csv"_s);
    imdp::test::writeFile(opening, "kind,donor,project,partner,amount_usd\n"
                                   "pledged,Kingdom of Sweden,,,6000000000000.00\n");
    ok({u"opening"_s, fund, opening, u"--date"_s, u"2025-12-31"_s});
    const auto pledge = [&fund](const QString &amount, const QString &reference,
                                const QString &status) {
        return QStringList{u"pledge"_s,
                           u"add"_s,
                           fund,
                           u"--donor"_s,
                           u"Kingdom of Sweden"_s,
                           u"--amount"_s,
                           amount,
                           u"--reference"_s,
                           reference,
                           u"--status"_s,
                           status,
                           u"--date"_s,
                           u"2026-01-05"_s};
    };
    const auto refusedPerDonor = [&fund](const QStringList &args) {
        const QByteArray before = imdp::test::sha256(fund);
        const Run r = runCli(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        CHECK(r.exit == 1);
        CHECK(r.err.contains(u"the pledges of 'Kingdom of Sweden' in USD would total "
                             "10000000000000.01 USD, past the limit of "_s +
                             kLimit + u" per donor and currency"_s));
        CHECK(r.err.trimmed().count(u'\n') == 0);
        CHECK(imdp::test::sha256(fund) == before);
    };
    // One cent over the opening pledge's room: refused. A cancelled pledge posts nothing, so only
    // the per-donor total, the opening pledge counted, can refuse it.
    refusedPerDonor(pledge(u"4000000000000.01"_s, u"P-1"_s, u"cancelled"_s));
    refusedPerDonor(pledge(u"4000000000000.01"_s, u"P-1"_s, u"signed"_s));
    // Exactly at the limit with the opening pledge: accepted; then not one cent more.
    ok(pledge(u"4000000000000.00"_s, u"P-1"_s, u"signed"_s));
    refusedPerDonor(pledge(u"0.01"_s, u"P-2"_s, u"cancelled"_s));
    ok({u"verify"_s, fund});
    const Run list = ok({u"pledge"_s, u"list"_s, fund});
    CHECK(list.out.contains(u"OPENING-20251231-1"_s));
    CHECK(list.out.contains(u"P-1"_s));
    CHECK_FALSE(list.out.contains(u"P-2"_s));
}

TEST_CASE("an opening-balances pledge counts a pledge recorded before it against the "
          "own-currency limit",
          "[cli][overflow]")
{
    imdp::test::TempDir t;
    const QString fund = emptyFund(t);
    ok({u"org"_s, u"add"_s, fund, u"--name"_s, u"Kingdom of Sweden"_s, u"--kind"_s, u"state"_s});
    // A cancelled pledge has no journal entry, so opening balances may still be recorded.
    ok({u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s, u"--amount"_s,
        u"4000000000000.01"_s, u"--reference"_s, u"C-1"_s, u"--status"_s, u"cancelled"_s,
        u"--date"_s, u"2026-01-05"_s});
    const QString over = t.file(u"over.csv"_s);
    imdp::test::writeFile(over, "kind,donor,project,partner,amount_usd\n"
                                "pledged,Kingdom of Sweden,,,6000000000000.00\n");
    refusedWithLimit(fund, {u"opening"_s, fund, over, u"--date"_s, u"2025-12-31"_s});
    const QString at = t.file(u"at.csv"_s);
    imdp::test::writeFile(at, "kind,donor,project,partner,amount_usd\n"
                              "pledged,Kingdom of Sweden,,,5999999999999.99\n");
    ok({u"opening"_s, fund, at, u"--date"_s, u"2025-12-31"_s});
    ok({u"verify"_s, fund});
}
