// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "../testutil.h"

#include "core/clock.h"
#include "core/committee/meetings.h"
#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/ledger/pledges.h"
#include "core/ledger/position.h"
#include "core/ledger/projects.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/storage/query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {
std::unique_ptr<Database> demoFund(const QString &path)
{
    return must(Database::create(
        path, [](Database &db) { return demo::load(db, demo::source(), u"demo-fund.json"_s); }));
}
} // namespace

TEST_CASE("the demo fund holds the seed's actors and a spread pipeline", "[fund][demo]")
{
    imdp::test::TempDir t;
    auto db = demoFund(t.file(u"demo.imdp"_s));
    const auto info = must(fund::info(*db));
    CHECK(info.name == u"IMDP Multi-Donor Trust Fund (demo)"_s);
    CHECK(info.count(u"organisation"_s) == 26);
    CHECK(info.count(u"proposal"_s) == 12);
    CHECK(info.count(u"meeting"_s) == 1);
    CHECK(info.count(u"committee_member"_s) == 9);
    CHECK(info.count(u"agenda_item"_s) == 3);
    CHECK(info.count(u"tranche"_s) == 5);
    CHECK(info.count(u"report"_s) == 11);
    CHECK(info.count(u"gfmd_recommendation"_s) == 5);
    // Every command audited: the fund, 26 organisations, the ledger's money (the fee setting,
    // 7 rates, 9 pledges, 8 receipts, 2 incomes), 5 GFMD recommendations, 12 proposals, their
    // moves, the pipeline's records, the postings its guards made, 9 Committee members, and 1
    // meeting with its 3 agenda items.
    const qint64 moves = must(Query::scalar(*db, u"SELECT COUNT(*) FROM proposal_move"_s));
    CHECK(moves == 39); // the lengths of the demo paths
    CHECK(info.count(u"pledge"_s) == 9);
    CHECK(info.count(u"receipt"_s) == 8);
    const qint64 ledgerMoney = 1 + 7 + 9 + 8 + 2;
    const qint64 pipelineRecords = 47 + 10 + 2 + 2 + 5 + 1 + 1 + 11; // checklist answers, reviews,
    // decisions, ToRs, tranches added, conditions met, releases, reports due
    const qint64 guardPostings = 2 + 1; // the endorsements' allocations, one tranche's transfer
    CHECK(info.count(u"journal_entry"_s) == 9 + 8 + 2 + guardPostings);
    CHECK(info.count(u"audit_event"_s)
          == 1 + 26 + ledgerMoney + 5 + 12 + moves + pipelineRecords + guardPostings + 9
                 + 1 + 3);

    for (const char *agency : {"ILO", "IOM", "OHCHR", "UNCTAD", "UN DESA", "UNDP", "UNESCO",
                               "UNFPA", "UNHCR", "UNICEF", "UNITAR", "UNODC", "WB", "DGF"})
        CHECK(must(organisations::find(*db, QString::fromLatin1(agency))).id > 0);
    CHECK(must(organisations::find(*db, u"DGF"_s)).kind == u"bank"_s);

    const auto counts = must(pipeline::countByState(*db));
    REQUIRE(counts.size() == pipeline::states().size());
    int statesUsed = 0;
    for (const auto &[state, n] : counts)
        statesUsed += n > 0 ? 1 : 0;
    CHECK(statesUsed >= 9);
    const auto p = must(pipeline::find(*db, u"IMDP-26-001"_s));
    CHECK(p.state == u"implementation"_s);
    CHECK(p.requestedMinor == 85000000);
    CHECK(p.partner == u"International Labour Organization"_s);
    CHECK(p.countries == QStringList{u"GH"_s, u"ML"_s, u"NE"_s, u"SN"_s});
    CHECK(p.budget.size() == 4);
    CHECK(p.recommendations == QStringList{u"GFMD-2007-RT2.2"_s});
    CHECK(must(pipeline::find(*db, u"IMDP-26-008"_s)).stage == u"concept"_s);
    // Endorsed proposals carry a decision, ToR and tranches; the ledger holds their allocations.
    CHECK(must(pipeline::latestDecision(*db, u"IMDP-26-002"_s))->decision
          == u"endorsed_with_conditions"_s);
    CHECK(must(pipeline::termsOfReference(*db, u"IMDP-26-002"_s))->partner
          == u"UN Economic and Social Commission for Asia and the Pacific"_s);
    const auto b = must(ledger::projectBalance(*db, u"IMDP-26-001"_s));
    CHECK(b.allocated == 85000000);
    CHECK(b.transferred == 42500000);
    CHECK(must(ledger::projectBalance(*db, u"IMDP-26-002"_s)).allocated == 40000000);
    // One report is overdue on the demo's reference date.
    Clock::setFixed(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    const auto overdue = must(pipeline::due(*db, true));
    Clock::reset();
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.at(0).proposal == u"IMDP-26-001"_s);
    CHECK(overdue.at(0).kind == u"progress"_s);
}

TEST_CASE("the demo fund's ledger: plausible money, the DGF within 15%, arrears showing",
          "[fund][demo][ledger]")
{
    imdp::test::TempDir t;
    auto db = demoFund(t.file(u"demo.imdp"_s));
    const auto p = must(ledger::position(*db, QDate(2026, 11, 28)));
    CHECK(p.pledged == 761210000);
    CHECK(p.prospective == 100500000);
    CHECK(p.received == 603330000);
    CHECK(p.arrears == 108500000); // Belgium's second instalment, EUR 1M at 1.085
    CHECK(p.fees == 6033300);      // 1% of every receipt
    CHECK(p.allocated == 125000000); // the Committee's decisions: 850,000.00 and 400,000.00
    CHECK(p.transferred == 42500000); // IMDP-26-001's first tranche
    CHECK(p.available == p.received + p.income - p.fees - p.allocated);
    // The Bank's share on the plan, pledged and received bases: 100 * bank <= 15 * total.
    qint64 bank[3] = {0, 0, 0};
    qint64 total[3] = {0, 0, 0};
    for (const auto &d : p.byDonor) {
        const qint64 v[3] = {d.pledged + d.prospective, d.pledged, d.received};
        for (int i = 0; i < 3; ++i) {
            total[i] += v[i];
            bank[i] += d.source == u"bank"_s ? v[i] : 0;
        }
    }
    for (int i = 0; i < 3; ++i) {
        CHECK(bank[i] > 0);
        CHECK(100 * bank[i] <= 15 * total[i]);
    }
    QStringList currencies;
    for (const auto &pl : must(ledger::pledges(*db)))
        currencies << pl.currency;
    for (const char16_t *c : {u"EUR", u"CHF", u"SEK", u"NOK", u"JPY", u"USD"})
        CHECK(currencies.contains(QString::fromUtf16(c)));
    const auto b = must(ledger::projectBalance(*db, u"IMDP-26-001"_s));
    CHECK(b.allocated == 85000000);
    CHECK(b.heldByPartner == 42500000);
    CHECK(must(ledger::projectBalance(*db, u"IMDP-26-002"_s)).allocated == 40000000);
}

TEST_CASE("a broken demo source names the JSON path at fault and writes nothing", "[fund][demo]")
{
    imdp::test::TempDir t;
    QJsonObject root = QJsonDocument::fromJson(demo::source()).object();
    QJsonArray props = root.value(u"proposals"_s).toArray();
    QJsonObject third = props.at(2).toObject();
    third.insert(u"requested"_s, u"12.345"_s);
    props.replace(2, third);
    root.insert(u"proposals"_s, props);
    const QString path = t.file(u"demo.imdp"_s);
    auto r = Database::create(path, [&](Database &db) {
        return demo::load(db, QJsonDocument(root).toJson(), u"demo-fund.json"_s);
    });
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.startsWith(u"demo-fund.json: proposals[2].requested: "_s));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("organisations are validated before anything is written", "[fund]")
{
    imdp::test::TempDir t;
    auto db = must(Database::create(t.file(u"f.imdp"_s), [](Database &d) {
        FundSettings s;
        s.name = u"F"_s;
        return fund::initialise(d, s);
    }));
    struct Case
    {
        Organisation org;
        QString message;
    };
    const QList<Case> cases{
        {{0, u""_s, u""_s, u"state"_s, u""_s, false}, u"name: is required"_s},
        {{0, u"Two\nlines"_s, u""_s, u"state"_s, u""_s, false}, u"name: must be a single line"_s},
        {{0, u"Tab\tname"_s, u""_s, u"state"_s, u""_s, false}, u"name: contains a control character"_s},
        {{0, u"X"_s, u""_s, u"planet"_s, u""_s, false}, u"kind: 'planet' is not one of"_s},
        {{0, u"X"_s, u""_s, u"state"_s, u"France"_s, false}, u"country: 'France' is not an ISO"_s},
        {{0, QString(161, u'x'), u""_s, u"state"_s, u""_s, false}, u"name: is longer than 160"_s},
    };
    for (const Case &c : cases) {
        auto r = organisations::add(*db, c.org);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().message.startsWith(c.message));
    }
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM organisation"_s)) == 0);
    must(organisations::add(*db, {0, u"Kingdom of Sweden"_s, u"Sweden"_s, u"state"_s, u"SE"_s, false}));
    auto dup = organisations::add(*db, {0, u"Kingdom of Sweden"_s, u""_s, u"state"_s, u""_s, false});
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code == ErrorCode::Refused);
}

TEST_CASE("proposal moves follow the one transition table", "[pipeline]")
{
    imdp::test::TempDir t;
    auto db = demoFund(t.file(u"demo.imdp"_s));
    SECTION("an allowed move is recorded with who, when, from, to and why") {
        mustOk(pipeline::move(*db, u"IMDP-26-009"_s, u"submitted"_s, u"complete dossier"_s));
        CHECK(must(pipeline::find(*db, u"IMDP-26-009"_s)).state == u"submitted"_s);
        Query q(*db, u"SELECT from_state, to_state, actor, note FROM proposal_move m "
                     "JOIN proposal p ON p.id = m.proposal_id WHERE p.code = 'IMDP-26-009'"_s);
        mustOk(q.exec());
        REQUIRE(q.next());
        CHECK(q.text(0) == u"draft"_s);
        CHECK(q.text(1) == u"submitted"_s);
        CHECK(q.text(2) == u"tester"_s);
        CHECK(q.text(3) == u"complete dossier"_s);
    }
    SECTION("a move off the table is refused and changes nothing") {
        auto s = pipeline::move(*db, u"IMDP-26-009"_s, u"endorsed"_s, {});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Refused);
        CHECK(s.error().message == u"IMDP-26-009: cannot move from Draft to Endorsed"_s);
        CHECK(must(pipeline::find(*db, u"IMDP-26-009"_s)).state == u"draft"_s);
    }
    SECTION("closed proposals cannot be withdrawn; open ones can") {
        CHECK_FALSE(pipeline::move(*db, u"IMDP-26-010"_s, u"withdrawn"_s, {}).ok()); // rejected
        mustOk(pipeline::move(*db, u"IMDP-26-006"_s, u"withdrawn"_s, u"partner left"_s));
    }
    SECTION("unknown proposal and unknown state are bad input") {
        CHECK(pipeline::move(*db, u"NOPE-1"_s, u"submitted"_s, {}).error().code
              == ErrorCode::NotFound);
        CHECK(pipeline::move(*db, u"IMDP-26-009"_s, u"limbo"_s, {}).error().code
              == ErrorCode::BadInput);
    }
    SECTION("every state but the closed ones has a way out") {
        for (const QString &s : pipeline::states())
            CHECK(pipeline::nextStates(s).isEmpty() == !pipeline::isOpen(s));
    }
}
