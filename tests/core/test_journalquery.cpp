// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The journal read a page at a time, and the import preview that writes nothing.
#include "../testutil.h"

#include "core/fund/fund.h"
#include "core/ledger/importpreview.h"
#include "core/ledger/journalquery.h"
#include "core/ledger/entries.h"
#include "core/ledger/feerule.h"
#include "core/ledger/receipts.h"
#include "core/storage/query.h"

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using namespace imdp::core::ledger;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

std::unique_ptr<Database> fundWithReceipts(const QString &path, int receipts)
{
    auto db = must(Database::create(path, [](Database &db) {
        FundSettings s;
        s.name = u"Journal query test"_s;
        return fund::initialise(db, s);
    }));
    mustOk(setFeeRule(*db, must(FeeRule::parse(u"flat:100"_s))));
    for (int i = 0; i < receipts; ++i) {
        Receipt r;
        r.reference = u"R-%1"_s.arg(i);
        r.donor = i % 3 == 0 ? u"Kingdom of Sweden"_s : u"Japan"_s;
        r.source = u"donor"_s;
        r.currency = u"USD"_s;
        r.amountMinor = 10000 + i;
        r.rateScaled = 10000000000;
        // Dates deliberately not in posting order: backdated entries happen.
        r.date = QDate(2026, 1, 1).addDays((i * 7) % 40);
        must(recordReceipt(*db, r, true));
    }
    return db;
}

QList<JournalLine> all(Database &db, const JournalFilter &f, int pageSize)
{
    QList<JournalLine> out;
    qint64 after = 0;
    for (;;) {
        auto page = must(journalPage(db, f, after, 0, pageSize));
        if (page.isEmpty())
            return out;
        out += page;
        after = page.last().postingId;
    }
}

} // namespace

TEST_CASE("journal pages: keyset pages and offsets agree with the summary and the balances",
          "[ledger][journal]")
{
    imdp::test::TempDir t;
    auto db = fundWithReceipts(t.file(u"j.imdp"_s), 30);
    // 30 receipts × (cash, contributions, fee, fee cash) = 120 postings.
    const JournalFilter none;
    const JournalSummary s = must(journalSummary(*db, none));
    CHECK(s.count == 120);
    CHECK(s.debits == -s.credits);
    CHECK(s.opening == 0);
    CHECK(must(journalCount(*db, none)) == 120);
    CHECK(must(accounts(*db)).size() ==
          must(Query::scalar(*db, u"SELECT COUNT(*) FROM account"_s)));
    CHECK(must(accounts(*db)).first().key == u"cash"_s);
    const QList<JournalLine> lines = all(*db, none, 7);
    REQUIRE(lines.size() == 120);
    for (qsizetype i = 1; i < lines.size(); ++i)
        CHECK(lines.at(i - 1).postingId < lines.at(i).postingId);
    CHECK(lines.first().kind == u"receipt"_s);
    CHECK(lines.first().donor == u"Kingdom of Sweden"_s);

    // An offset jump gives the same rows as walking there by keyset.
    const auto jumped = must(journalPage(*db, none, 0, 50, 10));
    REQUIRE(jumped.size() == 10);
    CHECK(jumped.first().postingId == lines.at(50).postingId);
    CHECK(jumped.last().postingId == lines.at(59).postingId);
    // Past the end: nothing.
    CHECK(must(journalPage(*db, none, lines.last().postingId, 0, 10)).isEmpty());

    SECTION("an account and a date range: opening + rows = the balance at the end date")
    {
        JournalFilter f;
        f.account = u"cash"_s;
        f.from = QDate(2026, 1, 10);
        f.to = QDate(2026, 1, 30);
        const JournalSummary cs = must(journalSummary(*db, f));
        const QList<JournalLine> rows = all(*db, f, 5);
        CHECK(rows.size() == cs.count);
        CHECK(must(journalCount(*db, f)) == cs.count);
        qint64 running = cs.opening;
        for (const JournalLine &l : rows) {
            CHECK(l.account == u"cash"_s);
            CHECK(l.date >= f.from);
            CHECK(l.date <= f.to);
            running += l.usdMinor;
        }
        const auto tb = must(trialBalance(*db, f.to));
        qint64 cashAtEnd = 0;
        for (const Account &a : tb)
            if (a.key == u"cash"_s)
                cashAtEnd = a.balance;
        CHECK(running == cashAtEnd);
        CHECK(cs.opening != 0); // receipts dated before the 10th
        CHECK(must(journalSumBefore(*db, f, rows.first().postingId)) == 0);
        // The running balance before a row equals the sum of the rows shown before it.
        qint64 before = 0;
        for (qsizetype i = 0; i < 6; ++i)
            before += rows.at(i).usdMinor;
        CHECK(must(journalSumBefore(*db, f, rows.at(6).postingId)) == before);
    }

    SECTION("donor and kind filters")
    {
        JournalFilter f;
        f.donor = u"Kingdom of Sweden"_s;
        const auto rows = all(*db, f, 100);
        CHECK(rows.size() == must(journalSummary(*db, f)).count);
        CHECK(!rows.isEmpty());
        for (const JournalLine &l : rows)
            CHECK(l.donor == u"Kingdom of Sweden"_s);

        JournalFilter k;
        k.kind = u"reversal"_s;
        CHECK(must(journalSummary(*db, k)).count == 0);
        const qint64 entryId = lines.first().entryId;
        must(reverse(*db, entryId, u"Recorded twice"_s, QDate(2026, 3, 1)));
        const auto reversal = all(*db, k, 10);
        REQUIRE(reversal.size() == 4);
        CHECK(reversal.first().reversesEntryId == entryId);
        CHECK(reversal.first().reason == u"Recorded twice"_s);
        CHECK(must(journalPage(*db, none, 0, 0, 1)).first().reversedByEntryId
              == reversal.first().entryId);
    }

    SECTION("projects and kinds for the filters")
    {
        CHECK(must(journalProjects(*db)).isEmpty());
        CHECK(entryKinds().contains(u"receipt"_s));
        // Every kind of the filter is a kind of the schema's table, and the statement's are in.
        for (const QString &k : entryKinds())
            CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM entry_kind WHERE key = ?"_s,
                                     {k})) == 1);
        for (const QString &k : {u"partner_interest"_s, u"fund_transfer"_s, u"direct_cost"_s,
                                 u"bank_charge"_s, u"fee_adjust"_s, u"opening"_s})
            CHECK(entryKinds().contains(k));
    }
}

TEST_CASE("import preview: every row and every bad row, and nothing written", "[ledger][import]")
{
    imdp::test::TempDir t;
    const QString fund = t.file(u"p.imdp"_s);
    {
        auto db = fundWithReceipts(fund, 2);
    }
    auto db = must(Database::open(fund));
    const QString csv = t.file(u"receipts.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-02-01,Kingdom of Sweden,donor,SEK,1000.00,0.095,S-1\n"
                               "2026-02-31,Japan,donor,JPY,5000,0.0067,J-1\n"
                               "2026-02-03,Japan,donor,XYZ,10,1,J-2\n");
    const qint64 postingsBefore = must(Query::scalar(*db, u"SELECT COUNT(*) FROM posting"_s));
    const QByteArray fundBefore = imdp::test::sha256(fund);
    const QByteArray csvBefore = imdp::test::sha256(csv);

    const ImportPreview bad = must(previewImport(*db, ImportKind::Receipts, csv));
    CHECK(bad.header.size() == 7);
    CHECK(bad.records.size() == 3);
    CHECK(bad.records.at(1).line == 3);
    CHECK(bad.result.rows == 0);
    REQUIRE(bad.result.problems.size() == 2);
    CHECK(bad.result.problems.at(0).startsWith(csv + u":3: date"_s));
    CHECK(bad.result.problems.at(1).startsWith(csv + u":4: currency"_s));

    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-02-01,Kingdom of Sweden,donor,SEK,1000.00,0.095,S-1\n"
                               "2026-02-02,New Donor,donor,USD,250.00,1,N-1\n");
    const QByteArray goodCsv = imdp::test::sha256(csv);
    const ImportPreview good = must(previewImport(*db, ImportKind::Receipts, csv));
    CHECK(good.result.problems.isEmpty());
    CHECK(good.result.rows == 2);
    CHECK(good.result.usdMinor == 9500 + 25000);

    // Nothing was written: same postings, no new donor, same bytes on disk.
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM posting"_s)) == postingsBefore);
    CHECK(!organisations::find(*db, u"New Donor"_s).ok());
    CHECK(imdp::test::sha256(fund) == fundBefore);
    CHECK(imdp::test::sha256(csv) == goodCsv);
    CHECK(csvBefore != goodCsv);

    // And the import for real writes what the preview announced.
    const ImportResult done = must(runImport(*db, ImportKind::Receipts, csv));
    CHECK(done.rows == 2);
    CHECK(done.usdMinor == good.result.usdMinor);
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM posting"_s)) > postingsBefore);
}
