// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Fund set-up (issue 16): settings, objectives and areas as rows, funding windows and the
// submission guard, opening balances, and the schema step that brought them.
#include "../testutil.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/fund/programme.h"
#include "core/fund/setup.h"
#include "core/funding/capstatus.h"
#include "core/ledger/entries.h"
#include "core/ledger/feerule.h"
#include "core/ledger/pledges.h"
#include "core/ledger/position.h"
#include "core/ledger/projects.h"
#include "core/ledger/receipts.h"
#include "core/ledger/verifychecks.h"
#include "core/ledger/opening.h"
#include "core/money/rate.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/reports/financial.h"
#include "core/storage/query.h"
#include "core/storage/schema.h"
#include "core/storage/verify.h"

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

const QDate kToday(2026, 3, 15);

/// A new fund built through the public functions: two organisations, the clock pinned.
struct Fund
{
    imdp::test::TempDir t;
    std::unique_ptr<Database> db;

    Fund()
    {
        Clock::setFixed(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        db = must(Database::create(t.file(u"f.imdp"_s), [](Database &d) -> Status {
            FundSettings s;
            s.name = u"Set-up fund"_s;
            if (auto st = fund::initialise(d, s); !st)
                return st;
            for (const Organisation &o :
                 {Organisation{
                      0, u"International Labour Organization"_s, u"ILO"_s, u"agency"_s, {}, true},
                  Organisation{0, u"Kingdom of Sweden"_s, u"Sweden"_s, u"state"_s, u"SE"_s,
                               false}}) {
                if (auto r = organisations::add(d, o); !r)
                    return r.error();
            }
            return {};
        }));
    }
    ~Fund() { Clock::reset(); }
    Fund(const Fund &) = delete;
    Fund &operator=(const Fund &) = delete;
    Database &operator*() { return *db; }
    QString path() const { return t.file(u"f.imdp"_s); }
};

Proposal complete(const QString &code)
{
    Proposal p;
    p.code = code;
    p.title = u"Labour migration statistics"_s;
    p.applicant = u"ILO"_s;
    p.partner = u"ILO"_s;
    p.objectives = u"1,3"_s;
    p.actionArea = u"A"_s;
    p.requestedMinor = 15000000;
    p.source = u"gmg_agency"_s;
    p.countries = {u"SN"_s};
    p.start = QDate(2026, 7, 1);
    p.end = QDate(2027, 6, 30);
    p.summary = u"Comparable statistics."_s;
    p.disaggregation = {u"sex"_s};
    p.budget = {{u"Staff"_s, 15000000}};
    return p;
}

qint64 count(Database &db, const QString &sql)
{
    return must(Query::scalar(db, sql));
}

QString writeCsv(const imdp::test::TempDir &t, const QString &name, const QByteArray &text)
{
    const QString path = t.file(name);
    imdp::test::writeFile(path, text);
    return path;
}

} // namespace

// ---- settings ---------------------------------------------------------------------------------

TEST_CASE("settings: every one read together, changed in one audited transaction", "[setup]")
{
    Fund f;
    const auto before = must(fund::allSettings(*f));
    CHECK(before.name == u"Set-up fund"_s);
    CHECK(before.capBps == 1500);
    CHECK(before.fiscalYearStart() == u"07-01"_s);
    CHECK(before.fee == u"none"_s);
    CHECK(before.iatiOrgRef == u"XM-IMDP"_s);
    const qint64 audits = count(*f, u"SELECT COUNT(*) FROM audit_event"_s);

    SettingsChange c;
    c.name = u"Renamed fund"_s;
    c.capBps = 1200;
    c.fiscalYearStartMonth = 4;
    c.fiscalYearStartDay = 6;
    c.fee = u"flat:100"_s;
    c.reviewsRequired = 3;
    c.quorum = 4;
    c.iatiOrgRef = u"XM-DAC-41301"_s;
    c.backupKeep = 9;
    const auto warnings = must(fund::changeSettings(*f, c));
    CHECK(warnings.isEmpty());
    const auto after = must(fund::allSettings(*f));
    CHECK(after.name == u"Renamed fund"_s);
    CHECK(after.capBps == 1200);
    CHECK(after.fiscalYearStart() == u"04-06"_s);
    CHECK(after.fee == u"flat:100"_s);
    CHECK(after.reviewsRequired == 3);
    CHECK(after.quorum == 4);
    CHECK(after.iatiOrgRef == u"XM-DAC-41301"_s);
    CHECK(after.backupKeep == 9);
    // The modules that own each value read the new one.
    CHECK(must(funding::capBps(*f)) == 1200);
    CHECK(must(ledger::feeRule(*f)).toString() == u"flat:100"_s);
    CHECK(must(pipeline::settings(*f)).reviewsRequired == 3);
    const auto fs = must(fund::settings(*f));
    CHECK(fs.fiscalYearOf(QDate(2026, 4, 5)) == 2026);
    CHECK(fs.fiscalYearOf(QDate(2026, 4, 6)) == 2027);
    CHECK(fs.fiscalYearStart(2027) == QDate(2026, 4, 6));
    // One audit row, with before and after.
    CHECK(count(*f, u"SELECT COUNT(*) FROM audit_event"_s) == audits + 1);
    Query q(*f, u"SELECT command, detail FROM audit_event ORDER BY id DESC LIMIT 1"_s);
    mustOk(q.exec());
    REQUIRE(q.next());
    CHECK(q.text(0) == u"fund.settings"_s);
    CHECK(q.text(1).contains(u"\"cap_bps\":{\"from\":\"1500\",\"to\":\"1200\"}"_s));
    CHECK(q.text(1).contains(u"\"fiscal_year_start\":{\"from\":\"07-01\",\"to\":\"04-06\"}"_s));
}

TEST_CASE("settings: a bad value names its setting and nothing is written", "[setup]")
{
    Fund f;
    const qint64 audits = count(*f, u"SELECT COUNT(*) FROM audit_event"_s);
    const auto refuse = [&](const SettingsChange &c, const QString &field) {
        SettingsChange good = c;
        good.name = u"Not applied"_s; // a good value beside the bad one is not written either
        auto r = fund::changeSettings(*f, good);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().message.startsWith(field + u":"_s));
    };
    SettingsChange c1;
    c1.capBps = 10001;
    refuse(c1, u"cap-bps"_s);
    SettingsChange c2;
    c2.fiscalYearStartMonth = 2;
    c2.fiscalYearStartDay = 29;
    refuse(c2, u"fiscal-year-start"_s);
    SettingsChange c3;
    c3.fee = u"flat:abc"_s;
    refuse(c3, u"fee"_s);
    SettingsChange c4;
    c4.iatiOrgRef = u"imdp"_s;
    refuse(c4, u"iati-org-ref"_s);
    SettingsChange c5;
    c5.reviewsRequired = 99;
    refuse(c5, u"reviews-required"_s);
    SettingsChange c6;
    c6.backupKeep = 0;
    refuse(c6, u"backup-keep"_s);
    CHECK(must(fund::allSettings(*f)).name == u"Set-up fund"_s);
    CHECK(count(*f, u"SELECT COUNT(*) FROM audit_event"_s) == audits);
    CHECK_FALSE(fund::parseFiscalYearStart(u"7-1"_s).ok());
    CHECK(must(fund::parseFiscalYearStart(u"01-31"_s)) == std::pair{1, 31});
}

TEST_CASE("settings: lowering the cap below the plan basis is allowed, with a warning", "[setup]")
{
    Fund f;
    ledger::Pledge bank;
    bank.reference = u"DGF-1"_s;
    bank.donor = u"World Bank DGF"_s;
    bank.source = u"bank"_s;
    bank.date = QDate(2026, 1, 5);
    bank.amountMinor = 10000000;
    bank.rateScaled = Rate::kScale;
    ledger::Pledge other = bank;
    other.reference = u"SE-1"_s;
    other.donor = u"Sweden"_s;
    other.source = u"donor"_s;
    other.amountMinor = 90000000;
    must(ledger::recordPledge(*f, other));
    must(ledger::recordPledge(*f, bank, true)); // 10% Bank
    SettingsChange c;
    c.capBps = 500;
    const auto warnings = must(fund::changeSettings(*f, c));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().contains(u"10.00%"_s));
    CHECK(warnings.first().contains(u"5.00%"_s));
    CHECK(must(funding::capBps(*f)) == 500);
    CHECK_FALSE(must(funding::capStatus(*f)).plan.compliant);
}

// ---- objectives, areas, windows ---------------------------------------------------------------

TEST_CASE("objectives and areas are rows: seeded, added, retitled, validated, kept once used",
          "[setup][programme]")
{
    Fund f;
    auto objectives = must(programme::objectives(*f));
    REQUIRE(objectives.size() == 3);
    for (int i = 0; i < 3; ++i) { // the wizard's starting rows are the schema's seed
        CHECK(objectives.at(i).code == programme::seedObjectives().at(i).code);
        CHECK(objectives.at(i).titleEn == programme::seedObjectives().at(i).titleEn);
        CHECK(objectives.at(i).titleFr == programme::seedObjectives().at(i).titleFr);
        CHECK(objectives.at(i).titleEs == programme::seedObjectives().at(i).titleEs);
    }
    CHECK(objectives.at(0).code == u"1"_s);
    CHECK(objectives.at(0).title(u"fr"_s) == u"Suivi des recommandations du FMMD"_s);
    auto areas = must(programme::areas(*f));
    REQUIRE(areas.size() == 2);
    CHECK(areas.at(1).title == u"Capacity to assess and manage"_s);
    CHECK(areas.at(0).title == programme::seedAreas().at(0).title);

    mustOk(programme::addObjective(*f, {u"4"_s, u"Diaspora engagement"_s, {}, {}, false}));
    mustOk(programme::addArea(*f, {u"C"_s, u"Remittances"_s, false}));
    auto dup = programme::addArea(*f, {u"C"_s, u"Again"_s, false});
    CHECK(dup.error().code == ErrorCode::Refused);
    CHECK(programme::addObjective(*f, {u"x,y"_s, u"Bad"_s, {}, {}, false})
              .error()
              .message.startsWith(u"code:"_s));
    mustOk(programme::editObjective(*f, u"4"_s,
                                    {u"4"_s, u"Diaspora"_s, u"Diaspora (fr)"_s, {}, false}));
    CHECK(must(programme::objectives(*f)).at(3).titleFr == u"Diaspora (fr)"_s);

    // A proposal may serve the new objective and area; unknown ones are refused by name.
    Proposal p = complete(u"P-1"_s);
    p.objectives = u"4"_s;
    p.actionArea = u"C"_s;
    must(pipeline::add(*f, p));
    Proposal bad = complete(u"P-2"_s);
    bad.objectives = u"1,9"_s;
    auto r = pipeline::add(*f, bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.startsWith(u"objectives: '9' is not an objective"_s));
    bad.objectives = u"1"_s;
    bad.actionArea = u"Z"_s;
    r = pipeline::add(*f, bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.startsWith(u"action_area: 'Z'"_s));

    // Used rows are never deleted; unused ones may be (a new fund's wizard).
    CHECK(programme::removeObjective(*f, u"4"_s).error().code == ErrorCode::Refused);
    CHECK(programme::removeArea(*f, u"C"_s).error().code == ErrorCode::Refused);
    mustOk(programme::removeObjective(*f, u"2"_s));
    CHECK(must(programme::objectives(*f)).size() == 3);
    CHECK(must(programme::objectives(*f)).at(2).used);
}

namespace {
/// A window accepting objective 1 and area A, open in March 2026, ceiling 100,000, total 250,000.
void addWindow(Database &db)
{
    FundingWindow w;
    w.code = u"W1"_s;
    w.title = u"GFMD follow-up"_s;
    w.objectives = {u"1"_s};
    w.areas = {u"A"_s};
    w.opens = QDate(2026, 3, 1);
    w.closes = QDate(2026, 3, 31);
    w.ceilingUsdMinor = 10000000;
    w.totalUsdMinor = 25000000;
    must(programme::addWindow(db, w));
}

Status submit(Database &db, const Proposal &p)
{
    if (auto r = pipeline::add(db, p); !r)
        return r.error();
    return pipeline::move(db, p.code, u"submitted"_s, {});
}
} // namespace

TEST_CASE("a window refuses a submission it does not accept, with the reason", "[setup][window]")
{
    Fund f;
    addWindow(*f);
    Proposal p = complete(u"P-OK"_s);
    p.window = u"W1"_s;
    p.objectives = u"1"_s;
    p.requestedMinor = 10000000;
    p.budget = {{u"Staff"_s, 10000000}};
    mustOk(submit(*f, p));
    CHECK(must(pipeline::find(*f, u"P-OK"_s)).window == u"W1"_s);

    const auto refused = [&](Proposal q, const QString &why) {
        auto s = submit(*f, q);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Refused);
        INFO(s.error().message.toStdString());
        CHECK(s.error().message.contains(why));
        CHECK(must(pipeline::find(*f, q.code)).state == u"draft"_s);
    };
    SECTION("an objective it does not accept")
    {
        Proposal q = p;
        q.code = u"P-OBJ"_s;
        q.objectives = u"1,3"_s;
        refused(q, u"window W1 does not accept objective 3 (it accepts 1)"_s);
    }
    SECTION("an area it does not accept")
    {
        Proposal q = p;
        q.code = u"P-AREA"_s;
        q.actionArea = u"B"_s;
        refused(q, u"window W1 does not accept action area B"_s);
    }
    SECTION("closed on the submission date")
    {
        Clock::setFixed(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        Proposal q = p;
        q.code = u"P-LATE"_s;
        refused(q, u"window W1 closed on 2026-03-31"_s);
    }
    SECTION("above the ceiling")
    {
        Proposal q = p;
        q.code = u"P-BIG"_s;
        q.requestedMinor = 10000001;
        q.budget = {{u"Staff"_s, 10000001}};
        refused(q, u"above window W1's ceiling of 100000.00 USD"_s);
    }
    SECTION("beyond the window's total")
    {
        Proposal q = p;
        q.code = u"P-2"_s;
        mustOk(submit(*f, q));
        q.code = u"P-3"_s;
        q.requestedMinor = 5000001;
        q.budget = {{u"Staff"_s, 5000001}};
        refused(q, u"above its total of 250000.00 USD"_s);
    }
    SECTION("an unknown window is bad input")
    {
        Proposal q = p;
        q.code = u"P-NOWIN"_s;
        q.window = u"W9"_s;
        auto r = pipeline::add(*f, q);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(u"window: 'W9'"_s));
    }
    const auto windows = must(programme::windows(*f));
    REQUIRE(windows.size() == 1);
    CHECK(windows.first().objectives == QStringList{u"1"_s});
}

TEST_CASE("window: bad input names the field and writes nothing", "[setup][window]")
{
    Fund f;
    const qint64 audits = count(*f, u"SELECT COUNT(*) FROM audit_event"_s);
    FundingWindow w;
    w.code = u"W1"_s;
    w.title = u"T"_s;
    CHECK(programme::addWindow(*f, w).error().message.startsWith(u"objectives:"_s));
    w.objectives = {u"7"_s};
    CHECK(programme::addWindow(*f, w).error().message.startsWith(u"objectives: '7'"_s));
    w.objectives = {u"1"_s};
    w.areas = {u"Q"_s};
    CHECK(programme::addWindow(*f, w).error().message.startsWith(u"areas: 'Q'"_s));
    w.areas = {};
    w.opens = QDate(2026, 5, 1);
    w.closes = QDate(2026, 4, 1);
    CHECK(programme::addWindow(*f, w).error().message.startsWith(u"to:"_s));
    w.closes = {};
    w.code = u"w 1"_s;
    CHECK(programme::addWindow(*f, w).error().message.startsWith(u"code:"_s));
    CHECK(count(*f, u"SELECT COUNT(*) FROM funding_window"_s) == 0);
    CHECK(count(*f, u"SELECT COUNT(*) FROM audit_event"_s) == audits);
}

// ---- the schema step --------------------------------------------------------------------------

TEST_CASE("the funding-windows step keeps an older fund's proposals, entries, keys and triggers",
          "[setup][storage]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"old.imdp"_s);
    const int before = imdp::test::versionBefore(u"CREATE TABLE objective ("_s);
    {
        auto db = must(Database::create(
            path,
            [](Database &d) -> Status {
                FundSettings s;
                s.name = u"Older fund"_s;
                if (auto st = fund::initialise(d, s); !st)
                    return st;
                if (auto r = organisations::add(d, {0, u"Sweden"_s, {}, u"state"_s, {}, false}); !r)
                    return r.error();
                if (auto r = organisations::add(d, {0, u"ILO"_s, {}, u"agency"_s, {}, true}); !r)
                    return r.error();
                ledger::Receipt r;
                r.reference = u"R-1"_s;
                r.donor = u"Sweden"_s;
                r.date = QDate(2025, 1, 10);
                r.amountMinor = 100000000;
                if (auto x = ledger::recordReceipt(d, r); !x)
                    return x.error();
                Query p(d, u"INSERT INTO proposal (id, code, title, applicant_id, objectives, "
                           "action_area, created_at) VALUES (7, 'OLD-1', 'Old', 2, '1', 'B', "
                           "'2025-01-01T00:00:00Z')"_s);
                if (auto st = p.exec(); !st)
                    return st;
                Query m(d, u"INSERT INTO proposal_move (proposal_id, from_state, to_state, at, "
                           "actor) VALUES (7, 'draft', 'draft', 'x', 'y')"_s);
                if (auto st = m.exec(); !st)
                    return st;
                if (auto x = ledger::allocate(d, {u"OLD-1"_s, 2000000, QDate(2025, 2, 1), {}}); !x)
                    return x.error();
                return {};
            },
            before));
        REQUIRE(db->schemaVersion() == before);
    }
    auto db = must(Database::open(path));
    CHECK(db->schemaVersion() == schema::latestVersion());
    const auto old = must(pipeline::find(*db, u"OLD-1"_s));
    CHECK(old.id == 7);
    CHECK(old.actionArea == u"B"_s);
    CHECK(old.window.isEmpty());
    CHECK(count(*db, u"SELECT COUNT(*) FROM proposal_move WHERE proposal_id = 7"_s) == 1);
    CHECK(count(*db, u"SELECT COUNT(*) FROM journal_entry"_s) == 2);
    CHECK(count(*db, u"SELECT COUNT(*) FROM pragma_foreign_key_check"_s) == 0);
    CHECK(must(programme::objectives(*db)).size() == 3);
    // The journal is still append-only, and its rows still referenced by their postings.
    Query upd(*db, u"UPDATE journal_entry SET memo = 'x'"_s);
    CHECK_FALSE(upd.exec().ok());
    CHECK(count(*db, u"SELECT COUNT(*) FROM sqlite_schema WHERE type = 'trigger' AND "
                     "tbl_name = 'journal_entry'"_s) == 2);
    // Every other table still refers to proposal and journal_entry, never to the old copies.
    CHECK(count(*db, u"SELECT COUNT(*) FROM sqlite_schema WHERE sql LIKE '%_rebuilt%'"_s) == 0);
    CHECK(count(*db, u"SELECT COUNT(*) FROM sqlite_schema WHERE sql LIKE "
                     "'%REFERENCES proposal(id)%'"_s) >= 10);
    CHECK(count(*db, u"SELECT foreign_keys FROM pragma_foreign_keys"_s) == 1); // back on
    // Area B is a row now and a new area works on the rebuilt table.
    mustOk(programme::addArea(*db, {u"C"_s, u"New"_s, false}));
    mustOk(pipeline::edit(*db, u"OLD-1"_s, [] {
        ProposalChange c;
        c.actionArea = u"C"_s;
        return c;
    }()));
    ledger::registerVerifyChecks();
    CHECK(verify::run(*db).ok());
}

// ---- opening balances -------------------------------------------------------------------------

TEST_CASE("opening balances: one balanced entry whose figures are the CSV's", "[setup][opening]")
{
    Fund f;
    const QString csv = writeCsv(f.t, u"opening.csv"_s,
                                 "kind,donor,project,partner,amount_usd,source\n"
                                 "pledged,Sweden,,,1000000.00,\n"
                                 "pledged,Kingdom of Norway,,,500000.00,\n"
                                 "paid,Sweden,,,800000.00,\n"
                                 "paid,Kingdom of Norway,,,600000.00,\n"
                                 "pledged,World Bank DGF,,,200000.00,bank\n"
                                 "paid,World Bank DGF,,,200000.00,bank\n"
                                 "fee,,,,16000.00,\n"
                                 "income,,,,4000.00,\n"
                                 "allocated,,PRJ-1,,700000.00,\n"
                                 "allocated,,PRJ-2,,300000.00,\n"
                                 "transferred,,PRJ-1,ILO,400000.00,\n"
                                 "spent,,PRJ-1,ILO,250000.00,\n"
                                 "refunded,,PRJ-1,ILO,10000.00,\n"
                                 "transferred,,PRJ-2,UNDP,100000.00,\n");
    const auto r = must(ledger::importOpening(*f, csv, QDate(2025, 12, 31)));
    INFO(r.problems.join(u"\n"_s).toStdString());
    REQUIRE(r.problems.isEmpty());
    CHECK(r.rows == 14);
    CHECK(count(*f, u"SELECT COUNT(*) FROM journal_entry WHERE kind = 'opening'"_s) == 1);
    const auto p = must(ledger::position(*f, QDate(2025, 12, 31)));
    CHECK(p.pledged == 170000000);
    CHECK(p.received == 160000000);
    CHECK(p.fees == 1600000);
    CHECK(p.income == 400000);
    CHECK(p.allocated == 100000000);
    CHECK(p.transferred == 50000000);
    CHECK(p.expenditure == 25000000);
    CHECK(p.refunded == 1000000);
    CHECK(p.heldByPartners == 50000000 - 25000000 - 1000000);
    CHECK(p.available == 160000000 + 400000 - 1600000 - 100000000);
    CHECK(p.cash == 160000000 + 400000 - 1600000 - 50000000 + 1000000);
    // Norway paid more than it pledged: outstanding stays at zero, the excess is a contribution.
    for (const ledger::DonorPosition &d : p.byDonor) {
        if (d.donor == u"Kingdom of Norway"_s) {
            CHECK(d.pledged == 50000000);
            CHECK(d.received == 60000000);
            CHECK(d.outstanding == 0);
        }
        if (d.donor == u"Sweden"_s)
            CHECK(d.outstanding == 20000000);
    }
    // The cap sees the opening's Bank money on all three bases.
    const auto cap = must(funding::capStatus(*f));
    CHECK(cap.plan.bank == 20000000);
    CHECK(cap.received.bank == 20000000);
    CHECK(cap.received.other == 140000000);
    // The opening pledges are pledges; the books verify.
    CHECK(must(ledger::findPledge(*f, u"OPENING-20251231-1"_s)).usdMinor == 100000000);
    ledger::registerVerifyChecks();
    const auto report = verify::run(*f);
    for (const auto &o : report.outcomes)
        INFO(o.name.toStdString() + ": " + o.lines().join(u"; "_s).toStdString());
    CHECK(report.ok());
    // Sources and uses shows the opening as such.
    reports::Parameters params;
    params.to = QDate(2026, 3, 1);
    const auto su = must(reports::sourcesAndUses(*f, params));
    CHECK(su.openingAsOf == QDate(2025, 12, 31));
    CHECK(su.openingBalances == p.cash);
    CHECK(su.contributions.isEmpty());
    CHECK(su.closing == p.cash);
    // The opening entry cannot be reversed, and a second opening is refused.
    const qint64 entryId = count(*f, u"SELECT id FROM journal_entry WHERE kind = 'opening'"_s);
    CHECK(ledger::reverse(*f, entryId, u"oops"_s, kToday).error().code == ErrorCode::Refused);
    auto again = ledger::importOpening(*f, csv, QDate(2025, 6, 30));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Refused);
    CHECK(again.error().message.contains(u"already has opening balances as of 2025-12-31"_s));
}

TEST_CASE("opening balances: all or nothing, refused after earlier entries", "[setup][opening]")
{
    Fund f;
    const QByteArray before = imdp::test::sha256(f.path());
    SECTION("a bad row names its line and field; nothing is written")
    {
        const QString csv = writeCsv(f.t, u"bad.csv"_s,
                                     "kind,donor,project,partner,amount_usd\n"
                                     "pledged,Sweden,,,100.00\n"
                                     "gift,Sweden,,,100.00\n"
                                     "spent,,PRJ-1,,5.00\n"
                                     "paid,Sweden,,,-4\n");
        const auto r = must(ledger::importOpening(*f, csv, QDate(2025, 12, 31)));
        REQUIRE(r.problems.size() == 3);
        CHECK(r.problems.at(0).endsWith(u":3: kind: 'gift' is not one of pledged, paid, fee, "
                                        "income, allocated, transferred, spent, refunded"_s));
        CHECK(r.problems.at(1).contains(u":4: partner: is required"_s));
        CHECK(r.problems.at(2).contains(u":5: amount_usd:"_s));
    }
    SECTION("more allocated than received is refused whole")
    {
        const QString csv = writeCsv(f.t, u"over.csv"_s,
                                     "kind,donor,project,partner,amount_usd\n"
                                     "paid,Sweden,,,100.00\n"
                                     "allocated,,PRJ-1,,100.01\n");
        auto r = ledger::importOpening(*f, csv, QDate(2025, 12, 31));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Refused);
        CHECK(r.error().message.contains(u"allocated 0.01 USD more"_s));
    }
    SECTION("a partner spending more than it held is refused whole")
    {
        const QString csv = writeCsv(f.t, u"spent.csv"_s,
                                     "kind,donor,project,partner,amount_usd\n"
                                     "paid,Sweden,,,100.00\n"
                                     "allocated,,PRJ-1,,100.00\n"
                                     "transferred,,PRJ-1,ILO,50.00\n"
                                     "spent,,PRJ-1,ILO,60.00\n");
        auto r = ledger::importOpening(*f, csv, QDate(2025, 12, 31));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Refused);
    }
    f.db.reset(); // closed: the file is exactly as it was
    CHECK(imdp::test::sha256(f.path()) == before);
}

TEST_CASE("opening balances come before every entry", "[setup][opening]")
{
    Fund f;
    ledger::Receipt r;
    r.reference = u"R-1"_s;
    r.donor = u"Sweden"_s;
    r.date = QDate(2026, 1, 10);
    r.amountMinor = 100000;
    must(ledger::recordReceipt(*f, r));
    const QString csv =
        writeCsv(f.t, u"o.csv"_s, "kind,donor,project,partner,amount_usd\npaid,Sweden,,,5.00\n");
    auto late = ledger::importOpening(*f, csv, QDate(2026, 1, 10));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.contains(u"1 journal entry dated on or before 2026-01-10"_s));
    const auto early = must(ledger::importOpening(*f, csv, QDate(2025, 12, 31)));
    CHECK(early.rows == 1);
    CHECK(must(ledger::openingDate(*f)) == QDate(2025, 12, 31));
}
