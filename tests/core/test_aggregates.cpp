// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 23: the position and the DGF cap are summed by SQLite over its indexes instead of row by
// row in C++. Each is compared here with the row-by-row algorithm it replaced, run in the test
// on the same small funds built from nothing: several currencies and donors, the Bank, fees,
// refunds, releases, reversals, opening balances, and a fiscal year starting mid-month.
#include "../testutil.h"

#include "core/fund/fund.h"
#include "core/funding/capstatus.h"
#include "core/ledger/journal.h"
#include "core/ledger/journalquery.h"
#include "core/ledger/entries.h"
#include "core/ledger/feerule.h"
#include "core/ledger/pledges.h"
#include "core/ledger/position.h"
#include "core/ledger/projects.h"
#include "core/ledger/receipts.h"
#include "core/ledger/opening.h"
#include "core/money/rate.h"
#include "core/reports/financial.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"

#include <QMap>

#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using namespace imdp::core::ledger;
using namespace imdp::core::ledger::detail;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

/// A fund whose fiscal year starts on `month`/`day`, with donors in several currencies, the Bank
/// and two partners, and a 1% fee.
std::unique_ptr<Database> makeFund(const QString &path, int month, int day)
{
    auto db = must(Database::create(path, [month, day](Database &db) {
        FundSettings s;
        s.name = u"Aggregates"_s;
        s.fiscalYearStartMonth = month;
        s.fiscalYearStartDay = day;
        return fund::initialise(db, s);
    }));
    for (const Organisation &o :
         {Organisation{0, u"Kingdom of Sweden"_s, u"Sweden"_s, u"state"_s, u"SE"_s, false},
          Organisation{0, u"Japan"_s, u"Japan"_s, u"state"_s, u"JP"_s, false},
          Organisation{0, u"State of Kuwait"_s, u"Kuwait"_s, u"state"_s, u"KW"_s, false},
          Organisation{0, u"World Bank Development Grant Facility"_s, u"DGF"_s, u"bank"_s, u""_s,
                       false},
          Organisation{0, u"International Labour Organization"_s, u"ILO"_s, u"agency"_s, u""_s,
                       true},
          Organisation{0, u"International Organization for Migration"_s, u"IOM"_s, u"agency"_s,
                       u""_s, true}})
        must(organisations::add(*db, o));
    mustOk(setFeeRule(*db, must(FeeRule::parse(u"flat:100"_s))));
    return db;
}

/// Opening balances as of 2023-12-31, then a seeded random history from 2024 on: pledges with
/// instalments, receipts against them or not, Bank receipts, income, allocations, transfers,
/// expenditure, refunds, releases and reversals of any of them.
void history(Database &db, const QString &dir, unsigned seed)
{
    const QString csv = dir + u"/opening.csv"_s;
    imdp::test::writeFile(csv, "kind,donor,project,partner,amount_usd,source\n"
                               "pledged,Sweden,,,500000.00,\n"
                               "paid,Sweden,,,300000.00,\n"
                               "paid,Legacy Bank Fund,,,40000.00,bank\n"
                               "fee,,,,3000.00,\n"
                               "income,,,,1200.00,\n"
                               "allocated,,P-1,,200000.00,\n"
                               "transferred,,P-1,ILO,120000.00,\n"
                               "spent,,P-1,ILO,60000.00,\n"
                               "refunded,,P-1,ILO,5000.00,\n");
    must(importOpening(db, csv, d("2023-12-31")));

    std::mt19937_64 rng(seed);
    auto pick = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    const QStringList donors{u"Sweden"_s, u"Japan"_s, u"Kuwait"_s};
    const QStringList currencies{u"SEK"_s, u"JPY"_s, u"KWD"_s};
    const QStringList rates{u"0.0951"_s, u"0.0067"_s, u"3.25"_s};
    const QStringList projects{u"P-1"_s, u"P-2"_s, u"P-3"_s};
    const QStringList partners{u"ILO"_s, u"IOM"_s};
    WriteTransaction all(db);
    REQUIRE(all.begun().ok());
    int done = 0;
    for (int i = 0; i < 900; ++i) {
        const QDate date = d("2024-01-01").addDays(i * 3); // into 2031: many fiscal years
        const int k = int(pick(0, 2));
        const qint64 rateScaled = Rate::parse(rates.at(k))->scaled();
        bool ok = false;
        switch (pick(0, 11)) {
        case 0: {
            Pledge p;
            p.reference = u"PL%1"_s.arg(i);
            p.donor = donors.at(k);
            p.source = u"donor"_s;
            p.currency = currencies.at(k);
            p.amountMinor = pick(2, 50000000) * 2;
            p.rateScaled = rateScaled;
            p.status = pick(0, 3) ? u"signed"_s : u"prospective"_s;
            p.date = date;
            p.instalments = {{date.addDays(int(pick(0, 200))), p.amountMinor / 2},
                             {date.addDays(int(pick(201, 900))), p.amountMinor / 2}};
            ok = recordPledge(db, p).ok();
            break;
        }
        case 1:
        case 2: {
            Receipt r;
            r.reference = u"R%1"_s.arg(i);
            r.donor = donors.at(k);
            r.source = u"donor"_s;
            r.currency = currencies.at(k);
            r.amountMinor = pick(1, 60000000);
            r.rateScaled = rateScaled;
            r.date = date;
            if (pick(0, 1)) {
                Query q(db, u"SELECT reference FROM pledge WHERE donor_id = (SELECT id FROM "
                            "organisation WHERE short_name = ?) AND status = 'signed' "
                            "ORDER BY id DESC LIMIT 1"_s);
                q.bind(donors.at(k));
                if (q.exec() && q.next())
                    r.pledgeReference = q.text(0);
            }
            ok = recordReceipt(db, r).ok();
            break;
        }
        case 3: {
            Receipt r;
            r.reference = u"B%1"_s.arg(i);
            r.donor = u"DGF"_s;
            r.source = u"bank"_s;
            r.currency = u"USD"_s;
            r.amountMinor = pick(1, 10000000);
            r.rateScaled = Rate::kScale;
            r.date = date;
            ok = recordReceipt(db, r).ok();
            break;
        }
        case 4:
            ok = recordIncome(db, pick(1, 100000), date, {}).ok();
            break;
        case 5:
            ok = allocate(db, {projects.at(k), pick(1, 5000000), date, {}}).ok();
            break;
        case 6:
            ok = transfer(db, {projects.at(k), partners.at(i % 2), pick(1, 3000000), date, {}, {}})
                     .ok();
            break;
        case 7:
            ok = recordExpenditure(db, projects.at(k), partners.at(i % 2), pick(1, 1000000), date,
                                   {})
                     .ok();
            break;
        case 8:
            ok =
                refundFromPartner(db, projects.at(k), partners.at(i % 2), pick(1, 500000), date, {})
                    .ok();
            break;
        case 9:
            ok = releaseAllocation(db, projects.at(k), pick(1, 1000000), date, {}).ok();
            break;
        default: {
            const qint64 last = must(Query::scalar(db, u"SELECT MAX(id) FROM journal_entry"_s));
            ok = reverse(db, pick(2, last), u"aggregates test"_s, date.addDays(int(pick(0, 400))))
                     .ok();
            break;
        }
        }
        done += ok ? 1 : 0;
    }
    mustOk(all.commit());
    REQUIRE(done > 400);
    // Every kind of record the sums must get right is there.
    for (const char *sql : {"SELECT COUNT(*) FROM journal_entry WHERE kind = 'reversal'",
                            "SELECT COUNT(*) FROM journal_entry WHERE kind = 'opening'",
                            "SELECT COUNT(*) FROM journal_entry j JOIN receipt r "
                            "ON r.entry_id = j.reverses_entry_id",
                            "SELECT COUNT(*) FROM receipt WHERE source = 'bank'",
                            "SELECT COUNT(*) FROM posting WHERE donor_id IS NULL",
                            "SELECT COUNT(*) FROM pledge WHERE status = 'prospective'"})
        CHECK(must(Query::scalar(db, QString::fromLatin1(sql))) > 0);
}

// ---- The row-by-row algorithms the aggregates replaced ---------------------------------------

struct Totals
{
    QMap<QString, qint64> figures;       ///< name → amount
    QMap<QString, QList<qint64>> donors; ///< donor name → pledged, prospective, received
    QMap<int, QList<qint64>> years;      ///< fiscal year → its eight figures
};

/// The position's postings, read one by one and folded in C++ (the algorithm before issue 23).
Totals positionRowByRow(Database &db, const QDate &at)
{
    const FundSettings fy = must(fund::settings(db));
    Totals t;
    QMap<qint64, QList<qint64>> donors;
    Query q(db, u"SELECT account_id, flow, COALESCE(donor_id, 0), date, usd_minor FROM posting "
                "WHERE date <= ?"_s);
    q.bind(at.toString(Qt::ISODate));
    mustOk(q.exec());
    while (q.next()) {
        const int account = int(q.integer(0));
        const QString flow = q.text(1);
        const qint64 donor = q.integer(2);
        const qint64 v = q.integer(4);
        const int year = fy.fiscalYearOf(QDate::fromString(q.text(3), Qt::ISODate));
        QList<qint64> &y = t.years[year];
        y.resize(8);
        QList<qint64> &dn = donors[donor];
        dn.resize(3);
        switch (account) {
        case Cash:
            t.figures[u"cash"_s] += v;
            if (flow == u"receipt"_s) {
                t.figures[u"received"_s] += v;
                dn[2] += v;
                y[1] += v;
            }
            break;
        case PledgesReceivable:
            if (flow == u"pledge"_s) {
                t.figures[u"pledged"_s] += v;
                dn[0] += v;
                y[0] += v;
            }
            break;
        case ProspectivePledges:
            t.figures[u"prospective"_s] += v;
            dn[1] += v;
            break;
        case InvestmentIncome:
            t.figures[u"income"_s] -= v;
            y[2] -= v;
            break;
        case AdminFee:
            t.figures[u"fees"_s] += v;
            y[3] += v;
            break;
        case ExchangeDifferences:
            t.figures[u"fx"_s] -= v;
            break;
        case Allocations:
            t.figures[u"allocated"_s] -= v;
            y[4] -= v;
            break;
        case Transfers:
            t.figures[u"transferred"_s] += v;
            y[5] += v;
            break;
        case Expenditure:
            t.figures[u"expenditure"_s] += v;
            y[6] += v;
            break;
        case Refunds:
            t.figures[u"refunded"_s] -= v;
            y[7] -= v;
            break;
        case HeldByPartners:
            t.figures[u"held"_s] += v;
            break;
        default:
            break;
        }
    }
    mustOk(q.status());
    for (auto it = donors.cbegin(); it != donors.cend(); ++it) {
        if (it->at(0) == 0 && it->at(1) == 0 && it->at(2) == 0)
            continue;
        Query n(db, u"SELECT name FROM organisation WHERE id = ?"_s);
        n.bind(it.key());
        mustOk(n.exec());
        REQUIRE(n.next());
        t.donors.insert(n.text(0), *it);
    }
    for (auto it = t.years.begin(); it != t.years.end();) {
        if (std::all_of(it->cbegin(), it->cend(), [](qint64 v) { return v == 0; }))
            it = t.years.erase(it);
        else
            ++it;
    }
    return t;
}

void requireSamePosition(Database &db, const QDate &at)
{
    INFO("at " << at.toString(Qt::ISODate).toStdString());
    const FundPosition p = must(position(db, at));
    const Totals t = positionRowByRow(db, at);
    CHECK(p.pledged == t.figures.value(u"pledged"_s));
    CHECK(p.prospective == t.figures.value(u"prospective"_s));
    CHECK(p.received == t.figures.value(u"received"_s));
    CHECK(p.income == t.figures.value(u"income"_s));
    CHECK(p.fees == t.figures.value(u"fees"_s));
    CHECK(p.exchangeDifferences == t.figures.value(u"fx"_s));
    CHECK(p.allocated == t.figures.value(u"allocated"_s));
    CHECK(p.transferred == t.figures.value(u"transferred"_s));
    CHECK(p.expenditure == t.figures.value(u"expenditure"_s));
    CHECK(p.refunded == t.figures.value(u"refunded"_s));
    CHECK(p.heldByPartners == t.figures.value(u"held"_s));
    CHECK(p.cash == t.figures.value(u"cash"_s));
    QMap<QString, QList<qint64>> donors;
    for (const DonorPosition &dp : p.byDonor) {
        // The donor lines the aggregate shows with pledges and receipts (arrears aside).
        if (dp.pledged != 0 || dp.prospective != 0 || dp.received != 0)
            donors.insert(dp.donor, {dp.pledged, dp.prospective, dp.received});
    }
    CHECK(donors == t.donors);
    QMap<int, QList<qint64>> years;
    for (const FiscalYearPosition &y : p.byFiscalYear) {
        years.insert(y.year, {y.pledged, y.received, y.income, y.fees, y.allocated, y.transferred,
                              y.expenditure, y.refunded});
        const FundSettings fy = must(fund::settings(db));
        CHECK(y.start == fy.fiscalYearStart(y.year));
        CHECK(y.end == fy.fiscalYearStart(y.year + 1).addDays(-1));
    }
    CHECK(years == t.years);
}

/// The cap's three bases, row by row (the algorithm before issue 23): per key (the fiscal year,
/// or 0), plan bank, plan other, pledged bank, pledged other, received bank, received other.
QMap<int, QList<qint64>> capRowByRow(Database &db, bool byYear)
{
    const FundSettings fy = must(fund::settings(db));
    const auto key = [&](const QString &iso) {
        return byYear ? fy.fiscalYearOf(QDate::fromString(iso, Qt::ISODate)) : 0;
    };
    QMap<int, QList<qint64>> out;
    const auto at = [&](int k) -> QList<qint64> & {
        QList<qint64> &v = out[k];
        v.resize(6);
        return v;
    };
    Query p(db,
            u"SELECT source, status, date, usd_minor FROM pledge WHERE status <> 'cancelled'"_s);
    mustOk(p.exec());
    while (p.next()) {
        QList<qint64> &v = at(key(p.text(2)));
        const bool bank = p.text(0) == u"bank"_s;
        v[bank ? 0 : 1] += p.integer(3);
        if (p.text(1) == u"signed"_s)
            v[bank ? 2 : 3] += p.integer(3);
    }
    Query r(db, u"SELECT r.source, r.date, r.usd_minor FROM receipt r WHERE NOT EXISTS "
                "(SELECT 1 FROM journal_entry j WHERE j.reverses_entry_id = r.entry_id) "
                "UNION ALL SELECT CASE WHEN o.kind = 'bank' THEN 'bank' ELSE 'donor' END, "
                "p.date, p.usd_minor FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
                "AND e.kind = 'opening' JOIN organisation o ON o.id = p.donor_id "
                "WHERE p.account_id = 1 AND p.flow = 'receipt'"_s);
    mustOk(r.exec());
    while (r.next())
        at(key(r.text(1)))[r.text(0) == u"bank"_s ? 4 : 5] += r.integer(2);
    return out;
}

QList<qint64> figures(const CapStatus &s)
{
    return {s.plan.bank,     s.plan.other,    s.pledged.bank,
            s.pledged.other, s.received.bank, s.received.other};
}

void requireSameCap(Database &db)
{
    CHECK(figures(must(funding::capStatus(db))) ==
          capRowByRow(db, false).value(0, QList<qint64>(6, 0)));
    QMap<int, QList<qint64>> years;
    for (const FiscalYearCap &y : must(funding::capByFiscalYear(db)))
        years.insert(y.fiscalYear, figures(y.status));
    CHECK(years == capRowByRow(db, true));
}

} // namespace

TEST_CASE("the position summed over the index equals the row-by-row sums", "[ledger][aggregate]")
{
    // The World Bank's year (1 July), the calendar year, and one starting mid-month.
    const auto [month, day] = GENERATE(std::pair{7, 1}, std::pair{1, 1}, std::pair{4, 15});
    INFO("fiscal year from " << month << "/" << day);
    imdp::test::TempDir t;
    auto db = makeFund(t.file(u"f.imdp"_s), month, day);
    history(*db, t.dir.path(), 23);
    for (const char *at : {"2023-12-30", "2023-12-31", "2024-01-01", "2025-04-14", "2025-04-15",
                           "2025-06-30", "2025-07-01", "2027-12-31", "2031-05-01", "2040-01-01"})
        requireSamePosition(*db, d(at));
}

TEST_CASE("the DGF cap summed by SQLite equals the row-by-row sums, reversals and openings "
          "included",
          "[cap][aggregate]")
{
    const auto [month, day] = GENERATE(std::pair{7, 1}, std::pair{1, 1}, std::pair{4, 15});
    INFO("fiscal year from " << month << "/" << day);
    imdp::test::TempDir t;
    auto db = makeFund(t.file(u"f.imdp"_s), month, day);
    SECTION("an empty fund")
    {
        requireSameCap(*db);
        CHECK(must(funding::capByFiscalYear(*db)).isEmpty());
    }
    SECTION("a history")
    {
        history(*db, t.dir.path(), 7);
        requireSameCap(*db);
    }
    SECTION("a fiscal year whose only receipt was reversed is not listed")
    {
        Receipt r;
        r.reference = u"ONLY"_s;
        r.donor = u"Japan"_s;
        r.source = u"donor"_s;
        r.currency = u"JPY"_s;
        r.amountMinor = 1000000;
        r.rateScaled = Rate::parse(u"0.0067"_s)->scaled();
        r.date = d("2024-02-01");
        const qint64 entry = must(recordReceipt(*db, r));
        CHECK(must(funding::capByFiscalYear(*db)).size() == 1);
        must(reverse(*db, entry, u"entered twice"_s, d("2024-02-02")));
        CHECK(must(funding::capByFiscalYear(*db)).isEmpty());
        CHECK(must(funding::capStatus(*db)).received.total == 0);
        requireSameCap(*db);
    }
}

TEST_CASE("an instalment is in arrears only after its due date, on it, it is due today",
          "[ledger][arrears]")
{
    imdp::test::TempDir t;
    auto db = makeFund(t.file(u"f.imdp"_s), 7, 1);
    Pledge p;
    p.reference = u"P-SE"_s;
    p.donor = u"Sweden"_s;
    p.source = u"donor"_s;
    p.currency = u"SEK"_s;
    p.amountMinor = 1000000000; // SEK 10M at 0.1: USD 1M, two halves
    p.rateScaled = Rate::parse(u"0.1"_s)->scaled();
    p.status = u"signed"_s;
    p.date = d("2026-01-15");
    p.instalments = {{d("2026-03-01"), 500000000}, {d("2026-09-01"), 500000000}};
    must(recordPledge(*db, p));

    const auto arrearsAt = [&](const char *at) { return must(position(*db, d(at))).arrears; };
    const auto lateAt = [&](const char *at) {
        reports::Parameters params;
        params.to = d(at);
        const reports::DonorStatement s = must(reports::donorStatement(*db, params));
        REQUIRE(s.donors.size() == 1);
        return std::pair{s.donors.first().arrears, s.donors.first().instalmentsInArrears};
    };
    CHECK(arrearsAt("2026-02-28") == 0);
    CHECK(arrearsAt("2026-03-01") == 0); // due today, not late
    CHECK(lateAt("2026-03-01") == std::pair<qint64, int>{0, 0});
    CHECK(arrearsAt("2026-03-02") == 50000000);
    CHECK(lateAt("2026-03-02") == std::pair<qint64, int>{50000000, 1});
    CHECK(arrearsAt("2026-09-01") == 50000000); // the second half is due today
    CHECK(lateAt("2026-09-01") == std::pair<qint64, int>{50000000, 1});
    CHECK(arrearsAt("2026-09-02") == 100000000);
    CHECK(lateAt("2026-09-02") == std::pair<qint64, int>{100000000, 2});
}

TEST_CASE("the journal streamed entry by entry is the journal, postings in order",
          "[ledger][aggregate]")
{
    imdp::test::TempDir t;
    auto db = makeFund(t.file(u"f.imdp"_s), 7, 1);
    history(*db, t.dir.path(), 11);
    qint64 entries = 0, postings = 0, lastId = 0;
    bool ordered = true;
    mustOk(forEachEntry(*db, [&](const JournalEntry &e) -> Status {
        ordered = ordered && e.id > lastId;
        lastId = e.id;
        ++entries;
        qint64 sum = 0, lastPosting = 0;
        for (const Posting &p : e.postings) {
            ordered = ordered && p.id > lastPosting;
            lastPosting = p.id;
            sum += p.usdMinor;
            ++postings;
        }
        CHECK(sum == 0); // each entry with all its postings, and only its own
        CHECK(!e.postings.isEmpty());
        return {};
    }));
    CHECK(ordered);
    CHECK(entries == must(Query::scalar(*db, u"SELECT COUNT(*) FROM journal_entry"_s)));
    CHECK(postings == must(Query::scalar(*db, u"SELECT COUNT(*) FROM posting"_s)));
    // A failure of the callback stops the listing and is returned as is.
    int seen = 0;
    const Status s = forEachEntry(*db, [&](const JournalEntry &) -> Status {
        return ++seen == 3 ? Status(Error::io(u"stdout: disk full"_s)) : Status();
    });
    CHECK(seen == 3);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == u"stdout: disk full"_s);
}
