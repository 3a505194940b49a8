// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The DGF cap from the fund's own records: the three bases, fiscal years, what-if, and the one
// enforcement rule on pledges, amendments, cancellations and imports.
#include "../testutil.h"

#include "core/fund/fund.h"
#include "core/funding/capstatus.h"
#include "core/ledger/import.h"
#include "core/ledger/entries.h"
#include "core/ledger/pledges.h"
#include "core/ledger/receipts.h"
#include "core/money/rate.h"
#include "core/storage/query.h"

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using namespace imdp::core::ledger;
using imdp::test::must;
using imdp::test::mustOk;

namespace {
QDate day(const char16_t *iso)
{
    return QDate::fromString(QString::fromUtf16(iso), Qt::ISODate);
}

std::unique_ptr<Database> fundWithDonors(const QString &path)
{
    auto db = must(Database::create(path, [](Database &d) {
        FundSettings s;
        s.name = u"Cap test"_s;
        return fund::initialise(d, s);
    }));
    must(organisations::add(*db, {0, u"Kingdom of Sweden"_s, u"Sweden"_s, u"state"_s, u"SE"_s, false}));
    must(organisations::add(*db, {0, u"Swiss Confederation"_s, u"Switzerland"_s, u"state"_s, u"CH"_s, false}));
    must(organisations::add(*db, {0, u"World Bank Development Grant Facility"_s, u"DGF"_s,
                                  u"bank"_s, {}, false}));
    return db;
}

Pledge pledge(const QString &ref, const QString &donor, const QString &source, qint64 usdMinor,
              const QString &status = u"signed"_s, const QString &date = u"2026-08-01"_s)
{
    Pledge p;
    p.reference = ref;
    p.donor = donor;
    p.source = source;
    p.currency = u"USD"_s;
    p.amountMinor = usdMinor;
    p.rateScaled = Rate::one().scaled();
    p.status = status;
    p.date = QDate::fromString(date, Qt::ISODate);
    return p;
}

qint64 auditCount(Database &db, const QString &command)
{
    return must(Query::scalar(db, u"SELECT COUNT(*) FROM audit_event WHERE command = ?"_s,
                              {command}));
}
} // namespace

TEST_CASE("the three bases come from pledges and receipts at their own rates", "[cap]")
{
    imdp::test::TempDir t;
    auto db = fundWithDonors(t.file(u"f.imdp"_s));
    // Sweden pledges SEK at its own rate; Switzerland a prospective pledge; the DGF signs.
    Pledge se = pledge(u"SE-1"_s, u"Sweden"_s, u"donor"_s, 0);
    se.currency = u"SEK"_s;
    se.amountMinor = 1000000000; // SEK 10,000,000.00
    se.rateScaled = must(Rate::parse(u"0.0951234567"_s)).scaled();
    must(recordPledge(*db, se));                                    // USD 951,234.57
    must(recordPledge(*db, pledge(u"CH-1"_s, u"Switzerland"_s, u"donor"_s, 20000000,
                                  u"prospective"_s)));               // USD 200,000.00
    must(recordPledge(*db, pledge(u"DGF-1"_s, u"DGF"_s, u"bank"_s, 15000000))); // 150,000.00
    must(recordPledge(*db, pledge(u"X-1"_s, u"Switzerland"_s, u"donor"_s, 5000000,
                                  u"cancelled"_s))); // counts nowhere
    Receipt r;
    r.reference = u"R-1"_s;
    r.donor = u"DGF"_s;
    r.source = u"bank"_s;
    r.date = day(u"2026-09-01");
    r.amountMinor = 5000000;
    r.rateScaled = Rate::one().scaled();
    must(recordReceipt(*db, r));

    const CapStatus s = must(funding::capStatus(*db));
    CHECK(s.capBps == 1500);
    CHECK(s.plan.bank == 15000000);
    CHECK(s.plan.other == 95123457 + 20000000);
    CHECK(s.plan.compliant);
    CHECK(s.pledged.other == 95123457);
    CHECK(s.pledged.bank == 15000000);
    CHECK(s.pledged.shareBps == 1362); // 150,000 / 1,101,234.57
    CHECK(s.received.bank == 5000000);
    CHECK(s.received.other == 0);
    CHECK_FALSE(s.received.compliant); // only Bank money has arrived
    CHECK(s.received.otherNeeded == std::optional<qint64>(28333334));

    // Reversing the receipt removes it from the received basis.
    const qint64 entryId = must(Query::scalar(*db, u"SELECT entry_id FROM receipt"_s));
    must(reverse(*db, entryId, u"paid to the wrong fund"_s, day(u"2026-09-02")));
    CHECK(must(funding::capStatus(*db)).received.total == 0);
}

TEST_CASE("fiscal years follow the fund's setting (July to June by default)", "[cap]")
{
    imdp::test::TempDir t;
    auto db = fundWithDonors(t.file(u"f.imdp"_s));
    must(recordPledge(*db, pledge(u"SE-1"_s, u"Sweden"_s, u"donor"_s, 100000000, u"signed"_s,
                                  u"2026-06-30"_s)));
    must(recordPledge(*db, pledge(u"SE-2"_s, u"Sweden"_s, u"donor"_s, 100000000, u"signed"_s,
                                  u"2026-07-01"_s)));
    must(recordPledge(*db, pledge(u"DGF-1"_s, u"DGF"_s, u"bank"_s, 20000000, u"signed"_s,
                                  u"2026-07-15"_s)));
    const auto years = must(funding::capByFiscalYear(*db));
    REQUIRE(years.size() == 2);
    CHECK(years.at(0).fiscalYear == 2026);
    CHECK(years.at(0).start == day(u"2025-07-01"));
    CHECK(years.at(0).end == day(u"2026-06-30"));
    CHECK(years.at(0).status.plan.other == 100000000);
    CHECK(years.at(0).status.plan.bank == 0);
    CHECK(years.at(1).fiscalYear == 2027);
    CHECK(years.at(1).status.plan.bank == 20000000);
    CHECK(years.at(1).status.plan.shareBps == 1667); // 16.666...%, over the cap: rounded up
    CHECK_FALSE(years.at(1).status.plan.compliant); // within FY27 alone the Bank is over
    CHECK(must(funding::capStatus(*db)).plan.compliant); // over the life of the fund it is not
}

TEST_CASE("a Bank pledge that would breach the cap is refused unless justified", "[cap]")
{
    imdp::test::TempDir t;
    auto db = fundWithDonors(t.file(u"f.imdp"_s));
    must(recordPledge(*db, pledge(u"SE-1"_s, u"Sweden"_s, u"donor"_s, 85000000)));
    const qint64 pledgesBefore = must(Query::scalar(*db, u"SELECT COUNT(*) FROM pledge"_s));

    SECTION("exactly at the cap complies") {
        must(recordPledge(*db, pledge(u"DGF-1"_s, u"DGF"_s, u"bank"_s, 15000000)));
        CHECK(must(funding::capStatus(*db)).plan.shareBps == 1500);
    }
    SECTION("one cent over is refused with the numbers and the headroom") {
        auto r = recordPledge(*db, pledge(u"DGF-1"_s, u"DGF"_s, u"bank"_s, 15000001));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Refused);
        CHECK(r.error().message.startsWith(u"pledge DGF-1: refused: the Bank's share on the plan "
                                           "basis would be"_s));
        CHECK(r.error().message.contains(u"bank 150000.01 of total 1000000.01 USD"_s));
        CHECK(r.error().message.contains(u"bank headroom before this change was 150000.00"_s));
        CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM pledge"_s)) == pledgesBefore);
        CHECK(auditCount(*db, u"funding.cap_override"_s) == 0);
    }
    SECTION("an override with a written justification is kept and audited") {
        Pledge p = pledge(u"DGF-1"_s, u"DGF"_s, u"bank"_s, 20000000);
        p.capOverride = u"Seed money agreed by the Bank pending Norway's pledge"_s;
        must(recordPledge(*db, p));
        CHECK(must(findPledge(*db, u"DGF-1"_s)).capOverride == p.capOverride);
        const auto list = must(funding::overrides(*db));
        REQUIRE(list.size() == 1);
        CHECK(list.first().what == u"pledge DGF-1"_s);
        CHECK(list.first().justification == p.capOverride);
        CHECK(list.first().shareBps == 1905); // 200,000 of 1,050,000: 19.047...%, over the cap
        CHECK(list.first().actor == u"tester"_s);
    }
    SECTION("a blank or multi-line justification is not one") {
        Pledge p = pledge(u"DGF-1"_s, u"DGF"_s, u"bank"_s, 20000000);
        p.capOverride = u"   "_s;
        CHECK(recordPledge(*db, p).error().code == ErrorCode::Refused);
    }
    SECTION("prospective Bank pledges count on the plan basis too") {
        auto r = recordPledge(*db, pledge(u"DGF-1"_s, u"DGF"_s, u"bank"_s, 20000000,
                                          u"prospective"_s));
        CHECK(r.error().code == ErrorCode::Refused);
    }
    SECTION("a cap setting of 0 refuses any Bank money; 10000 refuses none") {
        mustOk(funding::setCapBps(*db, 0));
        CHECK(recordPledge(*db, pledge(u"DGF-1"_s, u"DGF"_s, u"bank"_s, 1)).error().code
              == ErrorCode::Refused);
        mustOk(funding::setCapBps(*db, 10000));
        must(recordPledge(*db, pledge(u"DGF-2"_s, u"DGF"_s, u"bank"_s, 900000000)));
    }
}

TEST_CASE("cancelling or reducing non-Bank funding cannot push the plan over the cap", "[cap]")
{
    imdp::test::TempDir t;
    auto db = fundWithDonors(t.file(u"f.imdp"_s));
    must(recordPledge(*db, pledge(u"SE-1"_s, u"Sweden"_s, u"donor"_s, 60000000)));
    must(recordPledge(*db, pledge(u"CH-1"_s, u"Switzerland"_s, u"donor"_s, 25000000)));
    must(recordPledge(*db, pledge(u"DGF-1"_s, u"DGF"_s, u"bank"_s, 15000000)));

    auto cancel = cancelPledge(*db, u"CH-1"_s, day(u"2026-09-01"), u"withdrawn"_s);
    REQUIRE_FALSE(cancel.ok());
    CHECK(cancel.error().code == ErrorCode::Refused);
    CHECK(must(findPledge(*db, u"CH-1"_s)).status == u"signed"_s);

    PledgeAmendment down;
    down.amountMinor = 24999999;
    auto amend = amendPledge(*db, u"SE-1"_s, down, day(u"2026-09-01"));
    REQUIRE_FALSE(amend.ok());
    CHECK(amend.error().message.startsWith(u"amend pledge SE-1: refused"_s));
    CHECK(must(findPledge(*db, u"SE-1"_s)).amountMinor == 60000000);

    // More non-Bank money, or less Bank money, is never refused.
    PledgeAmendment up;
    up.amountMinor = 70000000;
    must(amendPledge(*db, u"SE-1"_s, up, day(u"2026-09-01")));
    must(cancelPledge(*db, u"DGF-1"_s, day(u"2026-09-02"), u"not needed"_s));

    must(recordPledge(*db, pledge(u"DGF-2"_s, u"DGF"_s, u"bank"_s, 15000000)));
    must(cancelPledge(*db, u"CH-1"_s, day(u"2026-09-03"), u"withdrawn"_s,
                      u"Switzerland moved its contribution to FY28"_s));
    CHECK(must(funding::overrides(*db)).size() == 1);
}

TEST_CASE("what-if computes the three bases without writing", "[cap]")
{
    imdp::test::TempDir t;
    auto db = fundWithDonors(t.file(u"f.imdp"_s));
    must(recordPledge(*db, pledge(u"SE-1"_s, u"Sweden"_s, u"donor"_s, 85000000)));
    const qint64 auditBefore = must(Query::scalar(*db, u"SELECT COUNT(*) FROM audit_event"_s));
    const CapStatus now = must(funding::capStatus(*db));
    CapChange c;
    c.planBank = c.pledgedBank = 15000000;
    const CapStatus after = must(funding::whatIf(now, c));
    CHECK(after.plan.bank == 15000000);
    CHECK(after.plan.compliant);
    CHECK(after.plan.shareBps == 1500);
    CHECK(after.received.bank == 0);
    c.planBank = 15000001;
    CHECK_FALSE(must(funding::whatIf(now, c)).plan.compliant);
    c.planBank = -1;
    CHECK(funding::whatIf(now, c).error().code == ErrorCode::BadInput); // below zero
    CHECK(must(funding::capStatus(*db)).plan.bank == 0); // nothing written
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM audit_event"_s)) == auditBefore);
}

TEST_CASE("a pledge import that would end over the cap is refused whole", "[cap]")
{
    imdp::test::TempDir t;
    auto db = fundWithDonors(t.file(u"f.imdp"_s));
    const QString csv = t.file(u"pledges.csv"_s);
    // The Bank row comes first: only the end state of the file matters.
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,status,reference\n"
                               "2026-08-01,DGF,bank,USD,150000.00,1,signed,DGF-1\n"
                               "2026-08-02,Sweden,donor,USD,850000.00,1,signed,SE-1\n");
    auto ok = must(importPledges(*db, csv, {}));
    CHECK(ok.problems.isEmpty());
    CHECK(ok.rows == 2);

    const QString over = t.file(u"over.csv"_s);
    imdp::test::writeFile(over, "date,donor,source,currency,amount,usd_rate,status,reference\n"
                                "2026-09-01,Switzerland,donor,USD,100.00,1,signed,CH-1\n"
                                "2026-09-02,DGF,bank,USD,1000.00,1,prospective,DGF-2\n");
    const QByteArray sha = imdp::test::sha256(db->path());
    auto r = importPledges(*db, over, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Refused);
    CHECK(r.error().message.startsWith(u"import pledges over.csv: refused: the Bank's share"_s));
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM pledge"_s)) == 2);
    CHECK(imdp::test::sha256(db->path()) == sha);

    auto overridden = must(importPledges(*db, over, u"Bank top-up approved by the Committee"_s));
    CHECK(overridden.rows == 2);
    CHECK(must(funding::overrides(*db)).first().what == u"import pledges over.csv"_s);
}
