// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The trust-fund ledger: postings balance, history is immutable, the position is exact.
#include "../testutil.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/ledger/import.h"
#include "core/ledger/entries.h"
#include "core/ledger/feerule.h"
#include "core/ledger/pledges.h"
#include "core/ledger/position.h"
#include "core/ledger/projects.h"
#include "core/ledger/rates.h"
#include "core/ledger/receipts.h"
#include "core/ledger/verifychecks.h"
#include "core/ledger/receiptdigest.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/storage/audit.h"
#include "core/storage/query.h"
#include "core/storage/verify.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using namespace imdp::core::ledger;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

qint64 rate(const char16_t *text)
{
    return Rate::parse(QStringView(text))->scaled();
}

QDate d(const char16_t *iso)
{
    return QDate::fromString(QString::fromUtf16(iso), Qt::ISODate);
}

std::unique_ptr<Database> ledgerFund(const QString &path, const QString &fee = u"flat:100"_s)
{
    auto db = must(Database::create(path, [](Database &db) {
        FundSettings s;
        s.name = u"Ledger test"_s;
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
    mustOk(setFeeRule(*db, must(FeeRule::parse(fee))));
    return db;
}

Pledge pledge(const QString &ref, const QString &donor, const QString &source,
              const QString &currency, qint64 amount, qint64 rateScaled, const QString &status,
              const QDate &date)
{
    Pledge p;
    p.reference = ref;
    p.donor = donor;
    p.source = source;
    p.currency = currency;
    p.amountMinor = amount;
    p.rateScaled = rateScaled;
    p.status = status;
    p.date = date;
    return p;
}

Receipt receipt(const QString &ref, const QString &donor, const QString &source,
                const QString &currency, qint64 amount, qint64 rateScaled, const QDate &date,
                const QString &pledgeRef = {})
{
    Receipt r;
    r.reference = ref;
    r.donor = donor;
    r.source = source;
    r.currency = currency;
    r.amountMinor = amount;
    r.rateScaled = rateScaled;
    r.date = date;
    r.pledgeReference = pledgeRef;
    return r;
}

qint64 count(Database &db, const QString &table)
{
    return must(Query::scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(table)));
}

/// Every entry sums to zero, and so does the whole trial balance.
void requireBalanced(Database &db)
{
    CHECK(must(Query::scalar(db, u"SELECT COUNT(*) FROM (SELECT entry_id FROM posting "
                                 "GROUP BY entry_id HAVING SUM(usd_minor) <> 0)"_s)) == 0);
    CHECK(must(Query::scalar(db, u"SELECT COUNT(*) FROM journal_entry e WHERE NOT EXISTS "
                                 "(SELECT 1 FROM posting p WHERE p.entry_id = e.id)"_s)) == 0);
    qint64 total = 0;
    for (const Account &a : must(trialBalance(db)))
        total += a.balance;
    CHECK(total == 0);
}

/// The scripted history whose position is worked out by hand in the test below.
void scriptedHistory(Database &db)
{
    Pledge se = pledge(u"P-SE-1"_s, u"Sweden"_s, u"donor"_s, u"SEK"_s, 1000000000,
                       rate(u"0.095"), u"signed"_s, d(u"2026-01-15"));
    se.instalments = {{d(u"2026-03-01"), 500000000}, {d(u"2027-03-01"), 500000000}};
    must(recordPledge(db, se));
    must(recordPledge(db, pledge(u"P-JP-1"_s, u"Japan"_s, u"donor"_s, u"JPY"_s, 100000000,
                                 rate(u"0.0067"), u"prospective"_s, d(u"2026-02-01"))));
    must(recordPledge(db, pledge(u"P-DGF-1"_s, u"DGF"_s, u"bank"_s, u"USD"_s, 20000000,
                                 Rate::kScale, u"signed"_s, d(u"2026-02-01"))));
    must(recordReceipt(db, receipt(u"R-SE-1"_s, u"Sweden"_s, u"donor"_s, u"SEK"_s, 500000000,
                                   rate(u"0.1"), d(u"2026-03-05"), u"P-SE-1"_s)));
    must(recordIncome(db, 123456, d(u"2026-06-30"), u"interest Q2"_s));
    must(recordReceipt(db, receipt(u"R-DGF-1"_s, u"DGF"_s, u"bank"_s, u"USD"_s, 10000000,
                                   Rate::kScale, d(u"2026-08-01"))));
    must(allocate(db, {u"IMDP-26-001"_s, 30000000, d(u"2026-07-10"), u"endorsed"_s}));
    must(transfer(db, {u"IMDP-26-001"_s, u"ILO"_s, 12000000, d(u"2026-07-15"), u"T-1"_s, {}}));
    must(recordExpenditure(db, u"IMDP-26-001"_s, u"ILO"_s, 5000000, d(u"2026-09-01"), u"FR-1"_s));
    must(refundFromPartner(db, u"IMDP-26-001"_s, u"ILO"_s, 1000000, d(u"2026-10-01"), u"RF-1"_s));
    must(releaseAllocation(db, u"IMDP-26-001"_s, 1000000, d(u"2026-10-02"), u"savings"_s));
}

} // namespace

TEST_CASE("the position after a scripted history equals the table worked out by hand", "[ledger]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s));
    scriptedHistory(*db);
    requireBalanced(*db);

    const FundPosition p = must(position(*db, d(u"2026-12-31")));
    CHECK(p.pledged == 115000000);     // SEK 10M at 0.095 + USD 200,000 (signed only)
    CHECK(p.prospective == 67000000);  // JPY 100M at 0.0067
    CHECK(p.received == 60000000);     // SEK 5M at 0.1 + USD 100,000
    CHECK(p.outstanding == 55000000);  // Sweden 450,000 + DGF 100,000
    CHECK(p.arrears == 0);             // the 2026 instalment is paid
    CHECK(p.income == 123456);
    CHECK(p.fees == 600000);           // 1% of 500,000 and of 100,000
    CHECK(p.exchangeDifferences == 2500000); // SEK 5M cleared at 0.095, paid at 0.1
    CHECK(p.allocated == 29000000);    // 300,000 − 10,000 released
    CHECK(p.transferred == 12000000);
    CHECK(p.expenditure == 5000000);
    CHECK(p.refunded == 1000000);
    CHECK(p.heldByPartners == 6000000);
    CHECK(p.available == 60000000 + 123456 - 600000 - 29000000);
    CHECK(p.cash == 60000000 - 600000 + 123456 - 12000000 + 1000000);

    REQUIRE(p.byDonor.size() == 3);
    CHECK(p.byDonor.at(0).donor == u"Japan"_s);
    CHECK(p.byDonor.at(0).prospective == 67000000);
    CHECK(p.byDonor.at(0).outstanding == 0);
    CHECK(p.byDonor.at(1).donor == u"Kingdom of Sweden"_s);
    CHECK(p.byDonor.at(1).source == u"donor"_s);
    CHECK(p.byDonor.at(1).pledged == 95000000);
    CHECK(p.byDonor.at(1).received == 50000000);
    CHECK(p.byDonor.at(1).outstanding == 45000000);
    CHECK(p.byDonor.at(2).donor == u"World Bank Development Grant Facility"_s);
    CHECK(p.byDonor.at(2).source == u"bank"_s);
    CHECK(p.byDonor.at(2).outstanding == 10000000);

    REQUIRE(p.bySource.size() == 2);
    CHECK(p.bySource.at(0).source == u"donor"_s);
    CHECK(p.bySource.at(0).pledged == 95000000);
    CHECK(p.bySource.at(0).prospective == 67000000);
    CHECK(p.bySource.at(1).source == u"bank"_s);
    CHECK(p.bySource.at(1).received == 10000000);

    // The World Bank's year: FY2026 = July 2025 to June 2026.
    REQUIRE(p.byFiscalYear.size() == 2);
    CHECK(p.byFiscalYear.at(0).year == 2026);
    CHECK(p.byFiscalYear.at(0).start == d(u"2025-07-01"));
    CHECK(p.byFiscalYear.at(0).end == d(u"2026-06-30"));
    CHECK(p.byFiscalYear.at(0).pledged == 115000000);
    CHECK(p.byFiscalYear.at(0).received == 50000000);
    CHECK(p.byFiscalYear.at(0).income == 123456);
    CHECK(p.byFiscalYear.at(0).fees == 500000);
    CHECK(p.byFiscalYear.at(1).year == 2027);
    CHECK(p.byFiscalYear.at(1).received == 10000000);
    CHECK(p.byFiscalYear.at(1).allocated == 29000000);
    CHECK(p.byFiscalYear.at(1).transferred == 12000000);
    CHECK(p.byFiscalYear.at(1).refunded == 1000000);

    // At an earlier date only what was dated by then counts.
    const FundPosition early = must(position(*db, d(u"2026-03-04")));
    CHECK(early.pledged == 115000000);
    CHECK(early.received == 0);
    CHECK(early.outstanding == 115000000);
    CHECK(early.arrears == 47500000); // SEK 5M due 2026-03-01, unpaid, at the pledge's 0.095
    CHECK(early.available == 0);

    // After the second instalment falls due, it is in arrears.
    CHECK(must(position(*db, d(u"2027-03-02"))).arrears == 47500000);

    const ProjectBalance b = must(projectBalance(*db, u"IMDP-26-001"_s));
    CHECK(b.allocated == 29000000);
    CHECK(b.transferred == 12000000);
    CHECK(b.expenditure == 5000000);
    CHECK(b.refunded == 1000000);
    CHECK(b.heldByPartner == 6000000);
    CHECK(b.unspentAllocation == 29000000 - 12000000 + 1000000);
}

TEST_CASE("every command posts a balanced entry and audits what it wrote", "[ledger]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s));
    const qint64 auditBefore = count(*db, u"audit_event"_s);
    scriptedHistory(*db);
    requireBalanced(*db);
    // 3 pledges, 2 receipts, income, allocate, transfer, expenditure, refund, release.
    CHECK(count(*db, u"journal_entry"_s) == 11);
    CHECK(count(*db, u"audit_event"_s) - auditBefore == 11);
    const auto entries = must(journal(*db));
    for (const JournalEntry &e : entries) {
        qint64 sum = 0;
        for (const Posting &p : e.postings)
            sum += p.usdMinor;
        INFO(e.kind.toStdString());
        CHECK(sum == 0);
        CHECK(e.postings.size() >= 2);
    }
    // The receipt against a pledge: cash, receivable cleared at the pledge rate, the exchange
    // difference, and the 1% fee.
    const JournalEntry r = entries.at(3);
    CHECK(r.kind == u"receipt"_s);
    QStringList lines;
    for (const Posting &p : r.postings)
        lines << u"%1 %2 %3"_s.arg(p.account, p.flow).arg(p.usdMinor);
    CHECK(lines == QStringList{u"cash receipt 50000000"_s, u"pledges_receivable receipt -47500000"_s,
                               u"exchange_differences fx -2500000"_s, u"admin_fee fee 500000"_s,
                               u"cash fee -500000"_s});
    Query a(*db, u"SELECT detail FROM audit_event WHERE command = 'ledger.receipt' ORDER BY id "
                 "LIMIT 1"_s);
    mustOk(a.exec());
    REQUIRE(a.next());
    CHECK(a.text(0).contains(u"\"usd\":\"500000.00\""_s));
    CHECK(a.text(0).contains(u"\"fee\":\"5000.00\""_s));
}

TEST_CASE("posted history cannot be updated or deleted through SQL", "[ledger]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s));
    scriptedHistory(*db);
    for (const QString &sql :
         {u"UPDATE posting SET usd_minor = usd_minor + 1 WHERE id = 1"_s,
          u"DELETE FROM posting WHERE id = 1"_s, u"UPDATE journal_entry SET date = '2020-01-01'"_s,
          u"DELETE FROM journal_entry"_s, u"UPDATE receipt SET usd_minor = 1"_s,
          u"DELETE FROM receipt"_s, u"UPDATE account SET name = 'x'"_s,
          u"DELETE FROM account WHERE id = 1"_s}) {
        INFO(sql.toStdString());
        QSqlQuery q(db->connection());
        CHECK_FALSE(q.exec(sql));
        CHECK(q.lastError().databaseText().contains(u"rows are immutable"_s));
    }
    CHECK(count(*db, u"posting"_s) > 20);
    requireBalanced(*db);
}

TEST_CASE("exchange at the ledger: halves round away from zero, nothing below a cent is money",
          "[ledger][money]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s), u"none"_s);
    struct Case
    {
        const char16_t *currency;
        qint64 amount;
        const char16_t *rate;
        qint64 usd; // -1: refused, converts to nothing
    };
    const QList<Case> cases{
        {u"SEK", 1, u"0.5", 1},                  // 0.005 USD: the half goes up
        {u"SEK", 1, u"0.4999999999", -1},        // just under a half cent: 0.00, refused
        {u"SEK", 3, u"0.5", 2},                  // 0.015 → 0.02
        {u"JPY", 1, u"0.005", 1},                // yen have no minor unit
        {u"JPY", 1, u"0.0049999999", -1},
        {u"KWD", 1, u"3.25", -1},                // 0.001 KWD = 0.00325 USD
        {u"KWD", 2, u"3.25", 1},                 // 0.0065 → 0.01
        {u"KWD", 1234567, u"3.2512345678", 401387}, // 4013.8669... USD → 4013.87
        // The rest of the limit: cash's gross total reaches exactly kMaxUsdMinor (issue 17).
        {u"USD", kMaxUsdMinor - 401392, u"1", kMaxUsdMinor - 401392},
    };
    int n = 0;
    for (const Case &c : cases) {
        INFO(QString::fromUtf16(c.currency).toStdString() << " " << c.amount);
        auto r = recordReceipt(*db, receipt(u"X-%1"_s.arg(++n), u"Sweden"_s, u"donor"_s,
                                            QString::fromUtf16(c.currency), c.amount,
                                            rate(c.rate), d(u"2026-01-01")));
        if (c.usd < 0) {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.contains(u"converts to 0.00 USD"_s));
            continue;
        }
        REQUIRE(r.ok());
        CHECK(must(entry(*db, *r)).postings.first().usdMinor == c.usd);
    }
    // A USD amount at any rate but 1 is refused; so are amounts past the limit.
    auto usd = recordReceipt(*db, receipt(u"Y-1"_s, u"Sweden"_s, u"donor"_s, u"USD"_s, 100,
                                          rate(u"1.01"), d(u"2026-01-01")));
    REQUIRE_FALSE(usd.ok());
    CHECK(usd.error().message == u"usd_rate: a USD amount converts at rate 1, not 1.01"_s);
    auto huge = recordReceipt(*db, receipt(u"Y-2"_s, u"Sweden"_s, u"donor"_s, u"SEK"_s,
                                           Q_INT64_C(4611686018427387904), rate(u"2.5"),
                                           d(u"2026-01-01")));
    REQUIRE_FALSE(huge.ok());
    // Past the own-currency limit of one amount (10^15 minor units) before it is converted.
    CHECK(huge.error().code == ErrorCode::Refused);
    CHECK(huge.error().message ==
          u"amount: 46116860184273879.04 SEK is past the limit of 10000000000000.00 SEK for one "
          "amount; nothing was written"_s);
    requireBalanced(*db);

    // Cash holds exactly the limit: one more cent is refused, the limit named, never wrapped.
    auto over = recordReceipt(*db, receipt(u"Y-3"_s, u"Sweden"_s, u"donor"_s, u"USD"_s, 1,
                                           Rate::kScale, d(u"2026-01-02")));
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::Refused);
    CHECK(over.error().message.contains(u"limit of 10000000000000.00 USD"_s));
    CHECK(must(position(*db, d(u"2026-12-31"))).received == kMaxUsdMinor);
}

TEST_CASE("allocation, transfers and releases respect what is available", "[ledger]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s));
    scriptedHistory(*db);
    const qint64 avail = must(availableForAllocation(*db, d(u"2026-12-31")));
    CHECK(avail == 60000000 + 123456 - 600000 - 29000000);

    auto over = allocate(*db, {u"IMDP-26-002"_s, avail + 1, d(u"2026-12-31"), {}});
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().code == ErrorCode::Refused);
    CHECK(over.error().message == u"IMDP-26-002: 305234.57 USD is above what is available for "
                                  "allocation on 2026-12-31 (305234.56 USD)"_s);
    // Before the receipts, nothing was available.
    CHECK_FALSE(allocate(*db, {u"IMDP-26-002"_s, 100, d(u"2026-03-04"), {}}).ok());
    must(allocate(*db, {u"IMDP-26-002"_s, avail, d(u"2026-12-31"), {}}));
    CHECK(must(availableForAllocation(*db, {})) == 0);

    auto tooMuch = transfer(*db, {u"IMDP-26-002"_s, u"IOM"_s, avail + 1, d(u"2027-01-02"), {}, {}});
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message.startsWith(u"IMDP-26-002: a tranche of 305234.57 USD is above "
                                             "what is left of the allocation"_s));
    must(transfer(*db, {u"IMDP-26-002"_s, u"IOM"_s, avail, d(u"2027-01-02"), u"T-2"_s, {}}));
    CHECK_FALSE(releaseAllocation(*db, u"IMDP-26-002"_s, 1, d(u"2027-01-03"), {}).ok());
    CHECK_FALSE(recordExpenditure(*db, u"IMDP-26-002"_s, u"ILO"_s, 1, d(u"2027-01-03"), {}).ok());
    CHECK_FALSE(refundFromPartner(*db, u"IMDP-26-002"_s, u"IOM"_s, avail + 1, d(u"2027-01-03"), {})
                    .ok());
    auto unknown = transfer(*db, {u"IMDP-26-002"_s, u"Nobody"_s, 1, d(u"2027-01-02"), {}, {}});
    CHECK(unknown.error().message.startsWith(u"partner: 'Nobody' is not a known organisation; "
                                             "add it first (imdp org add"_s));
    CHECK(allocate(*db, {u"bad code"_s, 1, d(u"2027-01-02"), {}}).error().code
          == ErrorCode::BadInput);
    requireBalanced(*db);
}

TEST_CASE("reversal posts the opposite once, with a reason, and keeps the rules", "[ledger]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s));
    scriptedHistory(*db);
    const auto entries = must(journal(*db));
    const qint64 dgfReceipt = entries.at(5).id;
    REQUIRE(entries.at(5).memo == u"receipt R-DGF-1"_s);

    CHECK(reverse(*db, dgfReceipt, u""_s, d(u"2026-12-01")).error().message
          == u"reason: is required"_s);
    const qint64 rev = must(reverse(*db, dgfReceipt, u"paid to the wrong fund"_s, d(u"2026-12-01")));
    const JournalEntry r = must(entry(*db, rev));
    CHECK(r.kind == u"reversal"_s);
    CHECK(r.reversesEntryId == dgfReceipt);
    CHECK(r.reason == u"paid to the wrong fund"_s);
    const JournalEntry o = must(entry(*db, dgfReceipt));
    CHECK(o.reversedByEntryId == rev);
    REQUIRE(r.postings.size() == o.postings.size());
    for (qsizetype i = 0; i < r.postings.size(); ++i) {
        CHECK(r.postings.at(i).usdMinor == -o.postings.at(i).usdMinor);
        CHECK(r.postings.at(i).account == o.postings.at(i).account);
    }
    auto twice = reverse(*db, dgfReceipt, u"again"_s, d(u"2026-12-02"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == u"entry %1: was already reversed by entry %2"_s.arg(dgfReceipt)
                                       .arg(rev));
    CHECK(reverse(*db, rev, u"undo"_s, d(u"2026-12-02")).error().code == ErrorCode::Refused);
    CHECK(reverse(*db, entries.at(0).id, u"x"_s, d(u"2026-12-02")).error().message.contains(
        u"pledge amend or pledge cancel"_s));
    CHECK(reverse(*db, 9999, u"x"_s, d(u"2026-12-02")).error().code == ErrorCode::NotFound);

    const FundPosition p = must(position(*db, d(u"2026-12-31")));
    CHECK(p.received == 50000000);
    CHECK(p.fees == 500000);
    CHECK(must(receipts(*db)).last().reversed);

    // Reversing the allocation would leave the transfers above it: refused, nothing written.
    const qint64 before = count(*db, u"journal_entry"_s);
    auto alloc = reverse(*db, entries.at(6).id, u"mistake"_s, d(u"2026-12-31"));
    REQUIRE_FALSE(alloc.ok());
    CHECK(alloc.error().message.contains(u"would exceed the allocation"_s));
    CHECK(count(*db, u"journal_entry"_s) == before);
    // Reversing the original receipt would leave allocations above the resources: refused.
    auto big = reverse(*db, entries.at(3).id, u"bounced"_s, d(u"2026-12-31"));
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().message.contains(u"release an allocation first"_s));
    requireBalanced(*db);
}

TEST_CASE("pledges are cancelled or amended by posting the difference", "[ledger]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s), u"none"_s);
    scriptedHistory(*db);

    // Prospective to signed moves the amount from the memo pair to the receivable.
    must(amendPledge(*db, u"P-JP-1"_s, {std::nullopt, std::nullopt, u"signed"_s, std::nullopt,
                                        u"agreement signed"_s},
                     d(u"2026-11-01")));
    FundPosition p = must(position(*db, d(u"2026-12-31")));
    CHECK(p.prospective == 0);
    CHECK(p.pledged == 115000000 + 67000000);

    CHECK(cancelPledge(*db, u"P-SE-1"_s, d(u"2026-11-02"), u"x"_s).error().message.contains(
        u"has receipts"_s));
    CHECK(amendPledge(*db, u"P-SE-1"_s, {400000000, {}, {}, QList<Instalment>{}, {}},
                      d(u"2026-11-02"))
              .error()
              .message.contains(u"cannot be amended below"_s));
    // Amended down to what was paid: the pledge is settled and nothing stays receivable.
    must(amendPledge(*db, u"P-SE-1"_s, {500000000, {}, {}, QList<Instalment>{}, u"reduced"_s},
                     d(u"2026-11-02")));
    p = must(position(*db, d(u"2026-12-31")));
    CHECK(p.pledged == 47500000 + 20000000 + 67000000);
    const auto tb = must(trialBalance(*db));
    qint64 swedenReceivable = must(Query::scalar(
        *db, u"SELECT SUM(usd_minor) FROM posting p JOIN organisation o ON o.id = p.donor_id "
             "WHERE o.short_name = 'Sweden' AND p.account_id = 2"_s));
    CHECK(swedenReceivable == 0);

    // Less non-Bank funding would breach the DGF cap on the plan basis: refused, then overridden.
    const auto refused = cancelPledge(*db, u"P-JP-1"_s, d(u"2026-12-01"), u"withdrawn"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Refused);
    CHECK(refused.error().message.startsWith(u"cancel pledge P-JP-1: refused: the Bank's share"_s));
    must(cancelPledge(*db, u"P-JP-1"_s, d(u"2026-12-01"), u"withdrawn by the donor"_s,
                      u"Japan withdrew; the Bank agreed to reduce its seed money"_s));
    CHECK(must(findPledge(*db, u"P-JP-1"_s)).status == u"cancelled"_s);
    p = must(position(*db, d(u"2026-12-31")));
    CHECK(p.pledged == 47500000 + 20000000);
    CHECK(p.prospective == 0);
    CHECK(cancelPledge(*db, u"P-JP-1"_s, d(u"2026-12-01"), u"again"_s).error().code
          == ErrorCode::Refused);

    // Recorded as cancelled: kept, posted nowhere.
    must(recordPledge(*db, pledge(u"P-OLD"_s, u"Japan"_s, u"donor"_s, u"USD"_s, 100,
                                  Rate::kScale, u"cancelled"_s, d(u"2025-01-01"))));
    CHECK(must(position(*db, d(u"2026-12-31"))).pledged == 47500000 + 20000000);
    requireBalanced(*db);
}

TEST_CASE("pledges and receipts are validated field by field", "[ledger]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s));
    const qint64 before = count(*db, u"audit_event"_s);
    struct Case
    {
        Pledge p;
        QString message;
    };
    Pledge base = pledge(u"P-1"_s, u"Sweden"_s, u"donor"_s, u"SEK"_s, 100, rate(u"0.1"),
                         u"signed"_s, d(u"2026-01-01"));
    QList<Case> cases;
    auto with = [&](auto change, const QString &message) {
        Pledge p = base;
        change(p);
        cases.append({p, message});
    };
    with([](Pledge &p) { p.reference.clear(); }, u"reference: is required"_s);
    with([](Pledge &p) { p.source = u"state"_s; }, u"source: 'state' must be donor or bank"_s);
    with([](Pledge &p) { p.status = u"maybe"_s; },
         u"status: 'maybe' must be prospective, signed or cancelled"_s);
    with([](Pledge &p) { p.currency = u"XXX"_s; }, u"currency: unknown currency code 'XXX'"_s);
    with([](Pledge &p) { p.amountMinor = 0; }, u"amount: must be greater than zero"_s);
    with([](Pledge &p) { p.rateScaled = 0; }, u"usd_rate: rate must be greater than zero"_s);
    with([](Pledge &p) { p.date = {}; }, u"date: is required"_s);
    with([](Pledge &p) { p.donor = u"Atlantis"_s; },
         u"donor: 'Atlantis' is not a known organisation"_s);
    with([](Pledge &p) { p.source = u"bank"_s; },
         u"source: Kingdom of Sweden is not a Bank (DGF) organisation"_s);
    with([](Pledge &p) { p.instalments = {{d(u"2026-06-01"), 60}}; },
         u"instalment: the instalments must add up to the pledged amount"_s);
    for (const Case &c : cases) {
        auto r = recordPledge(*db, c.p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(c.message));
    }
    CHECK(count(*db, u"pledge"_s) == 0);
    CHECK(count(*db, u"journal_entry"_s) == 0);
    CHECK(count(*db, u"audit_event"_s) == before);

    must(recordPledge(*db, base));
    auto dup = recordPledge(*db, base);
    CHECK(dup.error().message == u"reference: pledge 'P-1' is already recorded"_s);
    // A receipt's pledge must be the same donor's, in the same currency, and signed.
    auto wrong = recordReceipt(*db, receipt(u"R-1"_s, u"Japan"_s, u"donor"_s, u"SEK"_s, 10,
                                            rate(u"0.1"), d(u"2026-02-01"), u"P-1"_s));
    CHECK(wrong.error().message == u"pledge: 'P-1' is a pledge of Kingdom of Sweden, not of Japan"_s);
    auto cur = recordReceipt(*db, receipt(u"R-1"_s, u"Sweden"_s, u"donor"_s, u"EUR"_s, 10,
                                          rate(u"1.1"), d(u"2026-02-01"), u"P-1"_s));
    CHECK(cur.error().message.startsWith(u"currency: pledge 'P-1' is in SEK"_s));
    // Unknown donors are created when the caller allows it (imports do).
    must(recordReceipt(*db, receipt(u"R-2"_s, u"Republic of Ghana"_s, u"donor"_s, u"USD"_s, 10,
                                    Rate::kScale, d(u"2026-02-01")),
                       true));
    CHECK(must(organisations::find(*db, u"Republic of Ghana"_s)).kind == u"other"_s);
}

TEST_CASE("the rate table pre-fills a receipt's rate", "[ledger]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s), u"none"_s);
    mustOk(addRate(*db, {u"EUR"_s, d(u"2026-01-01"), rate(u"1.08")}));
    mustOk(addRate(*db, {u"EUR"_s, d(u"2026-02-01"), rate(u"1.1")}));
    CHECK(addRate(*db, {u"EUR"_s, d(u"2026-02-01"), rate(u"1.2")}).error().code
          == ErrorCode::Refused);
    CHECK(addRate(*db, {u"USD"_s, d(u"2026-02-01"), rate(u"1")}).error().code
          == ErrorCode::BadInput);
    CHECK(must(rateOn(*db, u"EUR"_s, d(u"2026-01-31"))) == rate(u"1.08"));
    CHECK(must(rateOn(*db, u"EUR"_s, d(u"2026-03-01"))) == rate(u"1.1"));
    CHECK(rateOn(*db, u"EUR"_s, d(u"2025-12-31")).error().code == ErrorCode::NotFound);
    CHECK(must(rates(*db)).size() == 2);

    const qint64 e = must(recordReceipt(*db, receipt(u"R-1"_s, u"Sweden"_s, u"donor"_s, u"EUR"_s,
                                                     100000, 0, d(u"2026-01-15"))));
    CHECK(must(entry(*db, e)).postings.first().usdMinor == 108000);
    auto none = recordReceipt(*db, receipt(u"R-2"_s, u"Sweden"_s, u"donor"_s, u"CHF"_s, 100, 0,
                                           d(u"2026-01-15")));
    CHECK(none.error().message == u"usd_rate: no rate recorded for CHF on or before 2026-01-15"_s);
}

TEST_CASE("the fee rule: none, flat, tiered like brackets, rounded once", "[ledger][fee]")
{
    CHECK(must(FeeRule::parse(u"none"_s)).feeOn(100000000) == 0);
    const FeeRule flat = must(FeeRule::parse(u"flat:100"_s));
    CHECK(flat.feeOn(10000) == 100);
    CHECK(flat.feeOn(50) == 1);  // 0.5 cent rounds away from zero
    CHECK(flat.feeOn(49) == 0);
    CHECK(flat.toString() == u"flat:100"_s);
    const FeeRule tiers = must(FeeRule::parse(u"tiered:1000000.00=200,5000000.00=150,*=100"_s));
    CHECK(tiers.feeOn(100000000) == 2000000);               // 1M at 2%
    CHECK(tiers.feeOn(500000000) == 2000000 + 6000000);     // + 4M at 1.5%
    CHECK(tiers.feeOn(600000000) == 2000000 + 6000000 + 1000000); // + 1M at 1%
    CHECK(tiers.toString() == u"tiered:1000000.00=200,5000000.00=150,*=100"_s);
    CHECK(must(FeeRule::parse(u"flat:10000"_s)).feeOn(Q_INT64_C(9223372036854775807))
          == Q_INT64_C(9223372036854775807));
    for (const QString &bad : {u"flat:-1"_s, u"flat:10001"_s, u"flat:1.5"_s, u"some"_s,
                               u"tiered:5=100"_s, u"tiered:5=100,3=50,*=1"_s, u"tiered:*=1,5=2"_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(FeeRule::parse(bad).ok());
    }
}

TEST_CASE("many random operations keep every entry and the trial balance at zero",
          "[ledger][property]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s));
    std::mt19937_64 rng(20260101);
    auto pick = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    const QStringList donors{u"Sweden"_s, u"Japan"_s, u"Kuwait"_s};
    const QStringList currencies{u"SEK"_s, u"JPY"_s, u"KWD"_s};
    const QStringList projects{u"P-1"_s, u"P-2"_s, u"P-3"_s};
    const QStringList partners{u"ILO"_s, u"IOM"_s};
    int ok = 0;
    int refused = 0;
    WriteTransaction all(*db); // one outer transaction: every command is a savepoint in it
    REQUIRE(all.begun().ok());
    for (int i = 0; i < 2500; ++i) {
        const QDate date = d(u"2026-01-01").addDays(int(i / 5));
        const int k = int(pick(0, 2));
        bool done = false;
        switch (pick(0, 10)) {
        case 0: {
            Pledge p = pledge(u"P%1"_s.arg(i), donors.at(k), u"donor"_s, currencies.at(k),
                              pick(1, 100000000), rate(k == 2 ? u"3.25" : u"0.0951"),
                              pick(0, 3) ? u"signed"_s : u"prospective"_s, date);
            done = recordPledge(*db, p).ok();
            break;
        }
        case 1:
        case 2: {
            QString pledgeRef;
            if (pick(0, 1)) {
                Query q(*db, u"SELECT reference FROM pledge WHERE donor_id = (SELECT id FROM "
                             "organisation WHERE short_name = ?) ORDER BY random() LIMIT 1"_s);
                q.bind(donors.at(k));
                if (q.exec() && q.next())
                    pledgeRef = q.text(0);
            }
            done = recordReceipt(*db, receipt(u"R%1"_s.arg(i), donors.at(k), u"donor"_s,
                                              currencies.at(k), pick(1, 100000000),
                                              rate(k == 2 ? u"3.3" : u"0.1"), date, pledgeRef))
                       .ok();
            break;
        }
        case 3:
            done = recordReceipt(*db, receipt(u"B%1"_s.arg(i), u"DGF"_s, u"bank"_s, u"USD"_s,
                                              pick(1, 10000000), Rate::kScale, date))
                       .ok();
            break;
        case 4: done = recordIncome(*db, pick(1, 100000), date, {}).ok(); break;
        case 5:
            done = allocate(*db, {projects.at(k), pick(1, 5000000), date, {}}).ok();
            break;
        case 6:
            done = transfer(*db, {projects.at(k), partners.at(i % 2), pick(1, 3000000), date, {},
                                  {}})
                       .ok();
            break;
        case 7:
            done = recordExpenditure(*db, projects.at(k), partners.at(i % 2), pick(1, 1000000),
                                     date, {})
                       .ok();
            break;
        case 8:
            done = refundFromPartner(*db, projects.at(k), partners.at(i % 2), pick(1, 500000), date,
                                     {})
                       .ok();
            break;
        case 9:
            done = releaseAllocation(*db, projects.at(k), pick(1, 1000000), date, {}).ok();
            break;
        default: {
            const qint64 last = must(Query::scalar(*db, u"SELECT MAX(id) FROM journal_entry"_s));
            done = last > 0 && reverse(*db, pick(1, last), u"property test"_s, date.addDays(400)).ok();
            break;
        }
        }
        (done ? ok : refused) += 1;
    }
    mustOk(all.commit());
    CHECK(ok > 1000);
    CHECK(refused > 100);
    requireBalanced(*db);

    const FundPosition p = must(position(*db, d(u"2030-12-31")));
    CHECK(p.available == p.received + p.income - p.fees - p.allocated);
    CHECK(p.available >= 0);
    CHECK(p.heldByPartners == p.transferred - p.expenditure - p.refunded);
    CHECK(p.cash == p.received - p.fees + p.income - p.transferred + p.refunded);
    for (const QString &code : projects) {
        const ProjectBalance b = must(projectBalance(*db, code));
        CHECK(b.unspentAllocation >= 0);
        CHECK(b.heldByPartner >= 0);
    }
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM (SELECT project, partner_id FROM posting "
                                  "WHERE account_id = 3 GROUP BY project, partner_id "
                                  "HAVING SUM(usd_minor) < 0)"_s)) == 0);
}

TEST_CASE("the receipts import posts exactly what recordReceipt posts, and the audit chain holds",
          "[ledger][import]")
{
    // Two funds with the same history; one imports a file, the other records the same receipts
    // one by one through the command a person's entry goes through.
    imdp::test::TempDir t;
    // One stamp for both funds, so that their audit rows can be compared whole.
    struct FixedClock
    {
        FixedClock() { Clock::setFixed(QDateTime(d(u"2026-12-01"), QTime(9, 0), Qt::UTC)); }
        ~FixedClock() { Clock::reset(); }
    } fixedClock;
    std::unique_ptr<Database> funds[2] = {
        ledgerFund(t.file(u"imported.imdp"_s), u"tiered:1000000.00=200,5000000.00=150,*=100"_s),
        ledgerFund(t.file(u"recorded.imdp"_s), u"tiered:1000000.00=200,5000000.00=150,*=100"_s)};
    for (auto &db : funds) {
        Pledge se = pledge(u"P-SE-1"_s, u"Sweden"_s, u"donor"_s, u"SEK"_s, 1000000000,
                           rate(u"0.095"), u"signed"_s, d(u"2026-01-15"));
        se.instalments = {{d(u"2026-03-01"), 500000000}, {d(u"2027-03-01"), 500000000}};
        must(recordPledge(*db, se));
        must(recordPledge(*db, pledge(u"P-KW-1"_s, u"Kuwait"_s, u"donor"_s, u"KWD"_s, 1000000,
                                      rate(u"3.25"), u"signed"_s, d(u"2026-01-20"))));
        must(recordPledge(*db, pledge(u"P-DGF-1"_s, u"DGF"_s, u"bank"_s, u"USD"_s, 10000000,
                                      Rate::kScale, u"signed"_s, d(u"2026-02-01"))));
    }
    // Every branch of the posting rules: no pledge; part of a pledge at another rate; the last
    // payment clearing the rest; paid beyond the pledge; a bank source; a donor by short name;
    // donors unknown to the fund (created once, then found); amounts in 0-, 2- and 3-decimal
    // currencies; fees across the tiers.
    const QList<Receipt> rows{
        receipt(u"I-01"_s, u"Sweden"_s, u"donor"_s, u"SEK"_s, 300000000, rate(u"0.1"),
                d(u"2026-03-05"), u"P-SE-1"_s),
        receipt(u"I-02"_s, u"Japan"_s, u"donor"_s, u"JPY"_s, 12345678, rate(u"0.0067"),
                d(u"2026-03-06")),
        receipt(u"I-03"_s, u"Kingdom of Sweden"_s, u"donor"_s, u"SEK"_s, 700000000,
                rate(u"0.0912345678"), d(u"2026-04-01"), u"P-SE-1"_s),
        receipt(u"I-04"_s, u"Kuwait"_s, u"donor"_s, u"KWD"_s, 1500000, rate(u"3.3"),
                d(u"2026-04-02"), u"P-KW-1"_s),
        receipt(u"I-05"_s, u"DGF"_s, u"bank"_s, u"USD"_s, 6000000, Rate::kScale,
                d(u"2026-04-03"), u"P-DGF-1"_s),
        receipt(u"I-06"_s, u"Republic of Ghana"_s, u"donor"_s, u"USD"_s, 99, Rate::kScale,
                d(u"2026-04-04")),
        receipt(u"I-07"_s, u"Republic of Ghana"_s, u"donor"_s, u"EUR"_s, 25000050,
                rate(u"1.085"), d(u"2026-04-05")),
        receipt(u"I-08"_s, u"Regional Development Bank"_s, u"bank"_s, u"USD"_s, 1000000000,
                Rate::kScale, d(u"2026-04-06")),
        receipt(u"I-09"_s, u"DGF"_s, u"bank"_s, u"USD"_s, 4000001, Rate::kScale,
                d(u"2026-04-07"), u"P-DGF-1"_s),
    };
    QByteArray csv = "date,donor,source,currency,amount,usd_rate,reference,pledge\n";
    __extension__ __int128 total = 0;
    for (const Receipt &r : rows) {
        const auto cur = findCurrency(r.currency);
        REQUIRE(cur);
        csv += u"%1,%2,%3,%4,%5,%6,%7,%8\n"_s
                   .arg(r.date.toString(Qt::ISODate), r.donor, r.source, r.currency,
                        formatMinor(r.amountMinor, cur->minorUnits),
                        must(Rate::fromScaled(r.rateScaled)).toString(), r.reference,
                        r.pledgeReference)
                   .toUtf8();
        total += must(must(Rate::fromScaled(r.rateScaled))
                          .toUsdMinor(must(Money::fromMinor(r.amountMinor, r.currency))));
    }
    const QString file = t.file(u"receipts.csv"_s);
    imdp::test::writeFile(file, csv);

    const ImportResult imported = must(importReceipts(*funds[0], file));
    CHECK(imported.problems.isEmpty());
    CHECK(imported.rows == rows.size());
    CHECK(imported.usdMinor == qint64(total));
    for (const Receipt &r : rows)
        must(recordReceipt(*funds[1], r, true));

    // The same entries, line by line, and the same receipts, organisations and position.
    const auto journals = std::pair{must(journal(*funds[0])), must(journal(*funds[1]))};
    REQUIRE(journals.first.size() == journals.second.size());
    for (qsizetype i = 0; i < journals.first.size(); ++i) {
        const JournalEntry &a = journals.first.at(i);
        const JournalEntry &b = journals.second.at(i);
        INFO(b.memo.toStdString());
        CHECK(a.id == b.id);
        CHECK(a.date == b.date);
        CHECK(a.kind == b.kind);
        CHECK(a.memo == b.memo);
        CHECK(a.actor == b.actor);
        REQUIRE(a.postings.size() == b.postings.size());
        for (qsizetype k = 0; k < a.postings.size(); ++k) {
            const Posting &x = a.postings.at(k);
            const Posting &y = b.postings.at(k);
            CHECK(QStringList{x.account, x.flow, QString::number(x.usdMinor), x.donor, x.project,
                              x.partner}
                  == QStringList{y.account, y.flow, QString::number(y.usdMinor), y.donor,
                                 y.project, y.partner});
        }
    }
    // The receipts exercise exchange differences both ways and the fee's tiers.
    const auto accounts = must(trialBalance(*funds[0]));
    for (const Account &a : accounts) {
        if (a.key == u"exchange_differences"_s || a.key == u"admin_fee"_s)
            CHECK(a.balance != 0);
    }
    const auto other = must(trialBalance(*funds[1]));
    REQUIRE(accounts.size() == other.size());
    for (qsizetype i = 0; i < accounts.size(); ++i)
        CHECK(accounts.at(i).balance == other.at(i).balance);
    const auto receiptsOf = [](Database &db) {
        QStringList out;
        for (const Receipt &r : must(receipts(db)))
            out << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(r.reference, r.donor, r.source, r.currency)
                       .arg(r.amountMinor)
                       .arg(r.usdMinor)
                       .arg(r.feeMinor)
                       .arg(r.pledgeReference);
        return out;
    };
    CHECK(receiptsOf(*funds[0]) == receiptsOf(*funds[1]));
    const auto orgs = [](Database &db) {
        QStringList out;
        for (const Organisation &o : must(organisations::list(db)))
            out << o.name + u' ' + o.kind;
        return out;
    };
    CHECK(orgs(*funds[0]) == orgs(*funds[1]));
    const FundPosition p = must(position(*funds[0], d(u"2027-12-31")));
    const FundPosition q = must(position(*funds[1], d(u"2027-12-31")));
    CHECK(p.received == q.received);
    CHECK(p.pledged == q.pledged);
    CHECK(p.outstanding == q.outstanding);
    CHECK(p.arrears == q.arrears);
    CHECK(p.fees == q.fees);
    CHECK(p.exchangeDifferences == q.exchangeDifferences);
    CHECK(p.cash == q.cash);
    CHECK(p.available == q.available);
    REQUIRE(p.byDonor.size() == q.byDonor.size());
    for (qsizetype i = 0; i < p.byDonor.size(); ++i) {
        CHECK(p.byDonor.at(i).donor == q.byDonor.at(i).donor);
        CHECK(p.byDonor.at(i).received == q.byDonor.at(i).received);
        CHECK(p.byDonor.at(i).outstanding == q.byDonor.at(i).outstanding);
    }
    requireBalanced(*funds[0]);

    // The import is one command: no audit row per receipt, one per created donor (as the
    // command writes), then the import's own row with the file's SHA-256, the row count, the
    // totals per currency, in USD and in fees, and the digest of the rows it wrote.
    const auto auditOf = [](Database &db, const QString &command) {
        QStringList out;
        Query a(db, u"SELECT detail FROM audit_event WHERE command = ? ORDER BY id"_s);
        a.bind(command);
        mustOk(a.exec());
        while (a.next())
            out << a.text(0);
        return out;
    };
    CHECK(auditOf(*funds[0], u"ledger.receipt"_s).isEmpty());
    CHECK(auditOf(*funds[1], u"ledger.receipt"_s).size() == rows.size());
    CHECK(auditOf(*funds[0], u"organisation.add"_s) == auditOf(*funds[1], u"organisation.add"_s));
    const QStringList imports = auditOf(*funds[0], u"ledger.import"_s);
    REQUIRE(imports.size() == 1);
    const QJsonObject batch = QJsonDocument::fromJson(imports.first().toUtf8()).object();
    CHECK(batch.value(u"kind"_s).toString() == u"receipts"_s);
    CHECK(batch.value(u"rows"_s).toInt() == rows.size());
    CHECK(batch.value(u"sha256"_s).toString()
          == QString::fromLatin1(
              QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    CHECK(batch.value(u"usd"_s).toString() == formatMinor(qint64(total), 2));
    CHECK(batch.value(u"by_currency"_s).toObject()
          == QJsonObject{{u"EUR"_s, u"250000.50"_s}, {u"JPY"_s, u"12345678"_s},
                         {u"KWD"_s, u"1500.000"_s}, {u"SEK"_s, u"10000000.00"_s},
                         {u"USD"_s, u"10100001.00"_s}});
    qint64 fees = 0;
    for (const Receipt &r : must(receipts(*funds[1])))
        fees += r.feeMinor;
    CHECK(batch.value(u"fees"_s).toString() == formatMinor(fees, 2));
    CHECK(batch.value(u"first_receipt"_s).toString() == u"1"_s);
    CHECK(batch.value(u"last_receipt"_s).toString() == QString::number(rows.size()));
    CHECK(batch.value(u"digest"_s).toString().size() == 64);
    // The digest is recomputed from the stored rows by `verify`.
    CHECK(must(verifyImports(*funds[0])).isEmpty());
    for (auto &db : funds) {
        Query rows(*db, u"SELECT id, at, actor, command, detail, prev_hash, hash, writes "
                        "FROM audit_event ORDER BY id"_s);
        mustOk(rows.exec());
        QString prev = audit::genesis();
        qint64 id = 0;
        while (rows.next()) {
            CHECK(rows.integer(0) == ++id);
            CHECK(rows.text(5) == prev);
            CHECK(rows.text(6) ==
                  audit::chainHash(prev,
                                   audit::canonicalRow(rows.integer(0), rows.text(1), rows.text(2),
                                                       rows.text(3), rows.text(4), rows.text(7))));
            prev = rows.text(6);
        }
        CHECK(must(audit::head(*db)) == prev);
    }
    CHECK(must(Query::scalar(*funds[0], u"SELECT command = 'ledger.import' FROM audit_event "
                                        "ORDER BY id DESC LIMIT 1"_s))
          == 1);

    // A re-import is refused and changes nothing; so is a file with one bad row among good ones.
    const QByteArray sha = imdp::test::sha256(t.file(u"imported.imdp"_s));
    const qint64 entries = count(*funds[0], u"journal_entry"_s);
    const ImportResult again = must(importReceipts(*funds[0], file));
    CHECK(again.rows == 0);
    CHECK(again.problems.size() == rows.size());
    CHECK(again.problems.first() == u"%1:2: reference: receipt 'I-01' is already recorded"_s.arg(
                                        file));
    CHECK(count(*funds[0], u"journal_entry"_s) == entries);
    CHECK(imdp::test::sha256(t.file(u"imported.imdp"_s)) == sha);
}

TEST_CASE("an import's digest is the SHA-256 of its canonical text, block after block, in order",
          "[ledger][import][verify]")
{
    // Large enough for many 64 KiB blocks, each hashed on another thread while the next is
    // written: the result must be the hash of the whole text as data-model.md defines it.
    ReceiptDigest digest;
    QByteArray text;
    const auto line = [&text](char kind, const QList<QByteArray> &fields) {
        text += kind;
        text += '\x1f';
        for (const QByteArray &f : fields)
            text += f + '\x1f';
        text += '\n';
    };
    for (qint64 i = 1; i <= 3000; ++i) {
        const QString reference = u"RÉF-%1"_s.arg(i); // not ASCII: written as UTF-8
        digest.addReceipt({i, reference, 7, u"donor"_s, u"2026-05-01"_s, u"EUR"_s, 1000 + i,
                           10800000000, 1080 + i, 0, 0, 10, 100 + i, u"2026-05-01"_s,
                           u"receipt"_s, u"receipt "_s + reference});
        line('R', {QByteArray::number(i), reference.toUtf8(), "7", "donor", "2026-05-01", "EUR",
                   QByteArray::number(1000 + i), "10800000000", QByteArray::number(1080 + i),
                   "0", "0", "10", QByteArray::number(100 + i), "2026-05-01", "receipt",
                   (u"receipt "_s + reference).toUtf8()});
        for (int k = 0; k < 4; ++k) {
            const qint64 usd = (k % 2 == 0 ? 1 : -1) * (1080 + i);
            digest.addPosting({100 + i, 1 + k, u"receipt"_s, u"2026-05-01"_s, usd, 7, {}, 0});
            line('P', {QByteArray::number(100 + i), QByteArray::number(1 + k), "receipt",
                       "2026-05-01", QByteArray::number(usd), "7", "", "0"});
        }
    }
    REQUIRE(text.size() > 10 * 64 * 1024);
    CHECK(digest.hex()
          == QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));
    CHECK(digest.rows == 3000);
    CHECK(digest.firstReceipt == 1);
    CHECK(digest.lastEntry == 3100);
}

TEST_CASE("imdp verify recomputes each receipts import from its rows and names the altered import",
          "[ledger][import][verify]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s));
    const auto import = [&](const QString &name, const QByteArray &csv) {
        const QString file = t.file(name);
        imdp::test::writeFile(file, csv);
        const ImportResult r = must(importReceipts(*db, file));
        REQUIRE(r.problems.isEmpty());
    };
    import(u"first.csv"_s, "date,donor,source,currency,amount,usd_rate,reference\n"
                           "2026-03-01,Sweden,donor,SEK,1000.00,0.095,A-1\n"
                           "2026-03-02,Japan,donor,JPY,500000,0.0067,A-2\n");
    must(recordIncome(*db, 100, d(u"2026-03-03"), u"interest"_s)); // an entry between imports
    import(u"second.csv"_s, "reference,date,donor,source,currency,amount,usd_rate\n"
                            "B-1,2026-04-01,Sweden,donor,SEK,2000.00,0.1\n"
                            "B-2,2026-04-02,Sweden,donor,USD,10.00,1\n"
                            "B-3,2026-04-03,Kuwait,donor,KWD,1.500,3.3\n");
    CHECK(must(verifyImports(*db)).isEmpty());
    registerVerifyChecks(); // as `imdp verify` does
    const verify::Findings sound = verify::run(*db);
    CHECK(sound.ok());
    CHECK(std::any_of(sound.outcomes.cbegin(), sound.outcomes.cend(),
                      [](const verify::Outcome &o) { return o.name == u"ledger imports"_s; }));

    // Outside the application: the triggers dropped, one posting of the second import changed.
    const auto outside = [&](const QString &statement) {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(statement));
    };
    outside(u"DROP TRIGGER posting_no_update"_s);
    outside(u"DROP TRIGGER receipt_no_update"_s);
    outside(u"DROP TRIGGER receipt_no_delete"_s);
    outside(u"UPDATE posting SET usd_minor = usd_minor + 1 WHERE id = (SELECT MAX(id) FROM posting)"_s);
    QStringList problems = must(verifyImports(*db));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(u"import of second.csv (audit row "_s));
    CHECK(problems.first().contains(u"receipts 3 to 5)"_s));
    CHECK(problems.first().contains(u"no longer match the digest"_s));
    outside(u"UPDATE posting SET usd_minor = usd_minor - 1 WHERE id = (SELECT MAX(id) FROM posting)"_s);
    CHECK(must(verifyImports(*db)).isEmpty());

    // A receipt's amount changed in the first import: that import is named, not the second.
    outside(u"UPDATE receipt SET amount_minor = amount_minor + 100 WHERE reference = 'A-2'"_s);
    problems = must(verifyImports(*db));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(u"import of first.csv"_s));
    const verify::Findings report = verify::run(*db);
    CHECK(!report.ok());
    outside(u"UPDATE receipt SET amount_minor = amount_minor - 100 WHERE reference = 'A-2'"_s);

    // A receipt deleted: the count names it.
    outside(u"DELETE FROM receipt WHERE reference = 'B-2'"_s);
    problems = must(verifyImports(*db));
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(u"2 receipts stored, the import recorded 3"_s));

    // An entry that no longer balances is named by the ledger's "journal balances" check.
    outside(u"UPDATE posting SET usd_minor = usd_minor + 7 WHERE id = 1"_s);
    const verify::Findings broken = verify::run(*db);
    const auto outcome = std::find_if(broken.outcomes.cbegin(), broken.outcomes.cend(),
                                      [](const verify::Outcome &o) {
                                          return o.name == u"journal balances"_s;
                                      });
    REQUIRE(outcome != broken.outcomes.cend());
    REQUIRE(outcome->problems.size() == 1);
    CHECK(outcome->lines().first().startsWith(u"journal entry 1 ("_s));
    CHECK(outcome->lines().first().endsWith(u"its postings sum to 0.07 USD, not 0"_s));
}

TEST_CASE("dates are written as YYYY-MM-DD exactly as Qt writes them", "[ledger][import]")
{
    // formatIsoDate stands in for QDate::toString(Qt::ISODate) on the import's hot path.
    for (const QDate &start : {QDate(1, 1, 1), QDate(999, 12, 25), QDate(1999, 12, 31),
                               QDate(2024, 2, 28), QDate(9999, 12, 1)}) {
        for (int i = 0; i < 40; ++i) {
            const QDate day = start.addDays(i);
            CHECK(formatIsoDate(day) == day.toString(Qt::ISODate));
        }
    }
    CHECK(formatIsoDate(QDate()) == QDate().toString(Qt::ISODate));
    CHECK(formatIsoDate(QDate(10000, 1, 1)) == QDate(10000, 1, 1).toString(Qt::ISODate));
    CHECK(formatIsoDate(QDate(-44, 3, 15)) == QDate(-44, 3, 15).toString(Qt::ISODate));
}

TEST_CASE("an import reports its progress and, cancelled, writes nothing", "[ledger][import]")
{
    imdp::test::TempDir t;
    auto db = ledgerFund(t.file(u"f.imdp"_s));
    QByteArray csv = "date,donor,source,currency,amount,usd_rate,reference\n";
    for (int i = 1; i <= 1000; ++i)
        csv += "2026-03-01,Sweden,donor,SEK,10.00,0.095,P-" + QByteArray::number(i) + '\n';
    const QString file = t.file(u"thousand.csv"_s);
    imdp::test::writeFile(file, csv);
    const auto count = [&db](const QString &sql) { return must(Query::scalar(*db, sql)); };
    const qint64 receipts = count(u"SELECT COUNT(*) FROM receipt"_s);
    const qint64 audits = count(u"SELECT COUNT(*) FROM audit_event"_s);

    // Stopped half-way: refused, not a row of the file nor an audit row written.
    QList<std::pair<qint64, qint64>> seen;
    {
        const ImportProgressScope scope([&seen](qint64 done, qint64 total) {
            seen.append({done, total});
            return done < 500;
        });
        const auto r = importReceipts(*db, file);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Refused);
        CHECK(r.error().message == file + u": the import was cancelled; nothing was written"_s);
    }
    REQUIRE(seen.size() >= 2);
    CHECK(seen.first() == std::pair<qint64, qint64>{0, 1000});
    CHECK(seen.last().first == 512); // every 256 rows
    CHECK(count(u"SELECT COUNT(*) FROM receipt"_s) == receipts);
    CHECK(count(u"SELECT COUNT(*) FROM audit_event"_s) == audits);

    // The scope ended: the next import runs whole, its progress no longer asked.
    const qint64 calls = seen.size();
    CHECK(must(importReceipts(*db, file)).rows == 1000);
    CHECK(seen.size() == calls);
    CHECK(count(u"SELECT COUNT(*) FROM receipt"_s) == receipts + 1000);
}
