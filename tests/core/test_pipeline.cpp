// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The project pipeline: every edge of the transition table allowed and refused, each guard's
// refusal, the ledger postings of moves and tranches, obligations, and a project's whole life.
#include "../testutil.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/i18n/labels.h"
#include "core/ledger/entries.h"
#include "core/ledger/position.h"
#include "core/ledger/projects.h"
#include "core/ledger/receipts.h"
#include "core/pipeline/countries.h"
#include "core/pipeline/listing.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/review.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

const QDate kToday(2026, 6, 1);

/// A fund with an applicant, a partner and US$5,000,000 received, the clock pinned.
struct Fund
{
    imdp::test::TempDir t;
    std::unique_ptr<Database> db;

    explicit Fund(qint64 receivedUsdMinor = 500000000)
    {
        Clock::setFixed(QDateTime(kToday, QTime(10, 0), Qt::UTC));
        db = must(Database::create(t.file(u"f.imdp"_s), [&](Database &d) -> Status {
            FundSettings s;
            s.name = u"Test fund"_s;
            if (auto st = fund::initialise(d, s); !st)
                return st;
            for (const Organisation &o :
                 {Organisation{0, u"International Labour Organization"_s, u"ILO"_s, u"agency"_s,
                               {}, true},
                  Organisation{0, u"Kingdom of Sweden"_s, u"Sweden"_s, u"state"_s, u"SE"_s,
                               false}}) {
                if (auto r = organisations::add(d, o); !r)
                    return r.error();
            }
            ledger::Receipt r;
            r.reference = u"R-1"_s;
            r.donor = u"Sweden"_s;
            r.date = QDate(2026, 1, 10);
            r.amountMinor = receivedUsdMinor;
            if (auto x = ledger::recordReceipt(d, r); !x)
                return x.error();
            return {};
        }));
    }
    ~Fund() { Clock::reset(); }
    Fund(const Fund &) = delete;
    Fund &operator=(const Fund &) = delete;

    Database &operator*() { return *db; }
};

/// A full proposal with every field a submission needs.
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
    p.countries = {u"SN"_s, u"GH"_s};
    p.start = QDate(2026, 7, 1);
    p.end = QDate(2027, 6, 30);
    p.summary = u"Comparable statistics."_s;
    p.disaggregation = {u"sex"_s};
    p.budget = {{u"Staff"_s, 10000000}, {u"Travel"_s, 5000000}};
    return p;
}

const qint64 kAllocation = 10000000; // US$100,000.00

/// Records what the guard of the move to `step` reads, as the secretariat would.
void prepare(Database &db, const QString &code, const QString &step)
{
    const QString from = must(pipeline::find(db, code)).state;
    if (step == u"in_review"_s && from == u"screening"_s) {
        for (const QString &item : pipeline::checklistItems())
            mustOk(pipeline::answerChecklist(db, code, item, true, {}));
    } else if (step == u"recommended"_s || step == u"not_recommended"_s) {
        mustOk(review::recordOverallReview(db, code, {u"Reviewer A"_s, 4, true, {}, {}}));
        mustOk(review::recordOverallReview(db, code, {u"Reviewer B"_s, 3, true, {}, {}}));
    } else if (pipeline::decisions().contains(step) && from != u"screening"_s) {
        pipeline::Decision d{step, step.startsWith(u"endorsed"_s) ? kAllocation : 0,
                             step == u"endorsed_with_conditions"_s ? u"Sign first"_s : QString(),
                             QDate(2026, 5, 1), {}};
        mustOk(pipeline::recordDecision(db, code, d));
    } else if (step == u"tor_issued"_s) {
        mustOk(pipeline::setTermsOfReference(
            db, code,
            {u"Objectives"_s, u"Tasks"_s, u"Results"_s, u"ILO"_s, QDate(2026, 7, 1),
             QDate(2027, 6, 30), kAllocation}));
        CHECK(must(pipeline::addTranche(db, code, 6000000, u"Signature"_s)) == 1);
        CHECK(must(pipeline::addTranche(db, code, 4000000, u"Progress report"_s)) == 2);
    } else if (step == u"implementation"_s) {
        mustOk(pipeline::setTrancheConditionsMet(db, code, 1, true));
        mustOk(pipeline::releaseTranche(db, code, 1, QDate(2026, 5, 20), u"T1"_s));
    } else if (step == u"operationally_closed"_s || step == u"financially_closed"_s) {
        const QStringList kinds = step == u"operationally_closed"_s
                                      ? QStringList{u"progress"_s, u"final_narrative"_s}
                                      : QStringList{u"financial"_s, u"final_financial"_s};
        const auto balance = must(ledger::projectBalance(db, code));
        for (const pipeline::PartnerReport &r : must(pipeline::reports(db, code))) {
            if (!kinds.contains(r.kind) || r.received.isValid())
                continue;
            pipeline::ReportFigures f;
            if (r.kind == u"final_financial"_s)
                f.expenditureUsdMinor = balance.heldByPartner;
            mustOk(pipeline::receiveReport(db, code, QString::number(r.id), kToday, {}, f));
        }
    }
}

QStringList pathTo(const QString &state)
{
    static const QHash<QString, QStringList> paths{
        {u"draft"_s, {}},
        {u"submitted"_s, {u"submitted"_s}},
        {u"screening"_s, {u"submitted"_s, u"screening"_s}},
        {u"in_review"_s, {u"submitted"_s, u"screening"_s, u"in_review"_s}},
        {u"rejected"_s, {u"submitted"_s, u"screening"_s, u"rejected"_s}},
        {u"withdrawn"_s, {u"withdrawn"_s}},
    };
    if (paths.contains(state))
        return paths.value(state);
    if (state == u"recommended"_s || state == u"not_recommended"_s)
        return pathTo(u"in_review"_s) << state;
    if (pipeline::decisions().contains(state))
        return pathTo(u"recommended"_s) << state;
    const QStringList tail{u"tor_issued"_s, u"implementation"_s, u"operationally_closed"_s,
                           u"financially_closed"_s};
    return pathTo(u"endorsed"_s) + tail.mid(0, tail.indexOf(state) + 1);
}

void bringTo(Database &db, const QString &code, const QString &state)
{
    // One transaction (the commands nest as savepoints): one disk sync instead of dozens.
    WriteTransaction tx(db);
    mustOk(tx.begun());
    must(pipeline::add(db, complete(code)));
    for (const QString &step : pathTo(state)) {
        prepare(db, code, step);
        mustOk(pipeline::move(db, code, step, u"because"_s));
    }
    mustOk(tx.commit());
    REQUIRE(must(pipeline::find(db, code)).state == state);
}

QString refusalOf(const Status &s)
{
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Refused);
    return s.error().message;
}

} // namespace

TEST_CASE("every edge of the transition table is allowed with its conditions, every other "
          "pair refused", "[pipeline][transitions]")
{
    const QString from = GENERATE(from_range(pipeline::states().cbegin(),
                                             pipeline::states().cend()));
    CAPTURE(from);
    Fund f;
    int n = 0;
    for (const QString &to : pipeline::states()) {
        CAPTURE(to);
        const QString code = u"P-%1"_s.arg(++n);
        bringTo(*f, code, from);
        if (pipeline::nextStates(from).contains(to)) {
            prepare(*f, code, to);
            mustOk(pipeline::move(*f, code, to, u"because"_s));
            CHECK(must(pipeline::find(*f, code)).state == to);
            const auto moves = must(pipeline::history(*f, code));
            REQUIRE_FALSE(moves.isEmpty());
            CHECK(moves.last().from == from);
            CHECK(moves.last().to == to);
            CHECK(moves.last().actor == u"tester"_s);
            CHECK(moves.last().at == u"2026-06-01T10:00:00Z"_s);
            CHECK(moves.last().note == u"because"_s);
        } else {
            CHECK(refusalOf(pipeline::move(*f, code, to, u"because"_s)) ==
                  u"%1: cannot move from %2 to %3"_s.arg(
                      code, i18n::label(i18n::Kind::State, from, u"en"_s),
                      i18n::label(i18n::Kind::State, to, u"en"_s)));
            CHECK(must(pipeline::find(*f, code)).state == from);
        }
    }
}

TEST_CASE("the table: closed states are final, every open state can be withdrawn",
          "[pipeline][transitions]")
{
    for (const QString &s : pipeline::states()) {
        CAPTURE(s);
        CHECK(pipeline::nextStates(s).isEmpty() == !pipeline::isOpen(s));
        CHECK(pipeline::nextStates(s).contains(u"withdrawn"_s) == pipeline::isOpen(s));
    }
    CHECK(pipeline::nextStates(u"limbo"_s).isEmpty());
}

TEST_CASE("each guard refuses with a reason naming the proposal", "[pipeline][guards]")
{
    Fund f;
    SECTION("submit needs the mandatory fields") {
        Proposal p;
        p.code = u"P-1"_s;
        p.title = u"Bare"_s;
        p.applicant = u"ILO"_s;
        must(pipeline::add(*f, p));
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"submitted"_s, {})) ==
              u"P-1: cannot move from Draft to Submitted: missing objectives, action area, "
              "source, countries, summary, requested amount, partner, start date, end date, "
              "budget lines"_s);
        Proposal q = complete(u"P-2"_s);
        q.budget = {{u"Staff"_s, 100}};
        q.disaggregation.clear();
        must(pipeline::add(*f, q));
        CHECK(refusalOf(pipeline::move(*f, u"P-2"_s, u"submitted"_s, {})) ==
              u"P-2: cannot move from Draft to Submitted: missing budget lines adding up to "
              "the requested amount (they add up to 1.00 USD, 150000.00 requested), data "
              "disaggregation (action area A)"_s);
    }
    SECTION("a concept note needs less to submit, and must become a full proposal for review") {
        Proposal p = complete(u"P-1"_s);
        p.stage = u"concept"_s;
        p.partner.clear();
        p.budget.clear();
        p.start = p.end = QDate();
        must(pipeline::add(*f, p));
        mustOk(pipeline::move(*f, u"P-1"_s, u"submitted"_s, {}));
        mustOk(pipeline::move(*f, u"P-1"_s, u"screening"_s, {}));
        prepare(*f, u"P-1"_s, u"in_review"_s);
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"in_review"_s, {})) ==
              u"P-1: cannot move from Screening to In review: a concept note must become a "
              "full proposal before review"_s);
        ProposalChange full;
        full.stage = u"full"_s;
        CHECK(refusalOf(pipeline::edit(*f, u"P-1"_s, full))
              == u"P-1: cannot become a full proposal: missing partner, start date, end date, "
                 "budget lines"_s);
        const Proposal c = complete(u"P-1"_s);
        full.partner = c.partner;
        full.start = c.start;
        full.end = c.end;
        full.budget = c.budget;
        mustOk(pipeline::edit(*f, u"P-1"_s, full));
        mustOk(pipeline::move(*f, u"P-1"_s, u"in_review"_s, {}));
        ProposalChange back;
        back.stage = u"concept"_s;
        CHECK(refusalOf(pipeline::edit(*f, u"P-1"_s, back)).contains(u"cannot go back"_s));
    }
    SECTION("review needs the screening checklist completed and met") {
        bringTo(*f, u"P-1"_s, u"screening"_s);
        mustOk(pipeline::answerChecklist(*f, u"P-1"_s, u"eligible_applicant"_s, true, {}));
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"in_review"_s, {})) ==
              u"P-1: cannot move from Screening to In review: the screening checklist is not "
              "completed (unanswered: Matches the fund's objectives, Matches an action area, "
              "Budget complete, Documents complete, No duplicate funding)"_s);
        for (const QString &item : pipeline::checklistItems())
            mustOk(pipeline::answerChecklist(*f, u"P-1"_s, item, item != u"budget_complete"_s,
                                             {}));
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"in_review"_s, {})) ==
              u"P-1: cannot move from Screening to In review: the screening checklist is not "
              "met (Budget complete); reject the proposal instead"_s);
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"rejected"_s, {})) ==
              u"P-1: cannot move from Screening to Rejected: a note must say why"_s);
    }
    SECTION("recommend needs the fund's number of completed reviews") {
        bringTo(*f, u"P-1"_s, u"in_review"_s);
        mustOk(review::recordOverallReview(*f, u"P-1"_s, {u"A"_s, 4, true, {}, {}}));
        mustOk(review::recordOverallReview(*f, u"P-1"_s, {u"B"_s, 4, false, {}, {}}));
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"recommended"_s, {})) ==
              u"P-1: cannot move from In review to Recommended: 1 completed review of the 2 "
              "required"_s);
        mustOk(review::recordOverallReview(*f, u"P-1"_s, {u"B"_s, 4, true, {}, {}}));
        mustOk(pipeline::setSetting(*f, u"reviews_required"_s, 3));
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"not_recommended"_s, {})) ==
              u"P-1: cannot move from In review to Not recommended: 2 completed reviews of "
              "the 3 required"_s);
        mustOk(pipeline::setSetting(*f, u"reviews_required"_s, 2));
        mustOk(pipeline::move(*f, u"P-1"_s, u"recommended"_s, {}));
    }
    SECTION("a Committee decision must match the move and be recorded since the last move") {
        bringTo(*f, u"P-1"_s, u"recommended"_s);
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"endorsed"_s, {})) ==
              u"P-1: cannot move from Recommended to Endorsed: no Committee decision is "
              "recorded since it became Recommended"_s);
        prepare(*f, u"P-1"_s, u"deferred"_s);
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"endorsed"_s, {})) ==
              u"P-1: cannot move from Recommended to Endorsed: the Committee decided Deferred "
              "on 2026-05-01"_s);
        mustOk(pipeline::move(*f, u"P-1"_s, u"deferred"_s, {}));
        mustOk(pipeline::move(*f, u"P-1"_s, u"in_review"_s, {}));
        mustOk(pipeline::move(*f, u"P-1"_s, u"recommended"_s, {}));
        // The old deferral does not answer the proposal as it stands now.
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"deferred"_s, {}))
                  .endsWith(u"no Committee decision is recorded since it became Recommended"_s));
    }
    SECTION("endorse needs the amount available for allocation; refused, nothing is posted") {
        Fund small(5000000); // US$50,000 received
        bringTo(*small, u"P-1"_s, u"recommended"_s);
        prepare(*small, u"P-1"_s, u"endorsed"_s); // US$100,000
        // The ledger's one check of what an allocation may take, under the move.
        CHECK(refusalOf(pipeline::move(*small, u"P-1"_s, u"endorsed"_s, {})) ==
              u"P-1: cannot move from Recommended to Endorsed: P-1: 100000.00 USD is above "
              "what is available for allocation on 2026-05-01 (50000.00 USD)"_s);
        CHECK(must(ledger::projectBalance(*small, u"P-1"_s)).allocated == 0);
        CHECK(must(pipeline::find(*small, u"P-1"_s)).state == u"recommended"_s);
    }
    SECTION("terms of reference need every part, within the allocation") {
        bringTo(*f, u"P-1"_s, u"endorsed"_s);
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"tor_issued"_s, {})) ==
              u"P-1: cannot move from Endorsed to Terms of reference issued: no terms of reference "
              u"are "
              "recorded"_s);
        mustOk(pipeline::setTermsOfReference(*f, u"P-1"_s,
                                             {u"Objectives"_s, {}, {}, {}, {}, {}, 0}));
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"tor_issued"_s, {})) ==
              u"P-1: cannot move from Endorsed to Terms of reference issued: the terms of "
              u"reference lack "
              "tasks, expected results, partner, start date, end date, budget"_s);
        mustOk(pipeline::setTermsOfReference(
            *f, u"P-1"_s,
            {u"O"_s, u"T"_s, u"R"_s, u"ILO"_s, QDate(2026, 7, 1), QDate(2027, 6, 30),
             kAllocation + 1}));
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"tor_issued"_s, {})) ==
              u"P-1: cannot move from Endorsed to Terms of reference issued: the terms of "
              u"reference budget "
              "100000.01 USD exceeds the allocation of 100000.00 USD"_s);
    }
    SECTION("tranches: scheduled within the allocation, released after ToR with conditions met") {
        bringTo(*f, u"P-1"_s, u"endorsed"_s);
        CHECK(must(pipeline::addTranche(*f, u"P-1"_s, 7000000, u"Signature"_s)) == 1);
        CHECK(pipeline::addTranche(*f, u"P-1"_s, 3000001, {}).error().message
              == u"P-1: cannot schedule a tranche of 30000.01 USD: tranches would total "
                 "100000.01 USD, above the allocation of 100000.00 USD"_s);
        mustOk(pipeline::setTrancheConditionsMet(*f, u"P-1"_s, 1, true));
        CHECK(refusalOf(pipeline::releaseTranche(*f, u"P-1"_s, 1, kToday, {}))
              == u"P-1: cannot release tranche 1: terms of reference are not issued (the "
                 "proposal is in state Endorsed)"_s);
        mustOk(pipeline::setTermsOfReference(
            *f, u"P-1"_s,
            {u"O"_s, u"T"_s, u"R"_s, u"ILO"_s, QDate(2026, 7, 1), QDate(2027, 6, 30),
             kAllocation}));
        mustOk(pipeline::move(*f, u"P-1"_s, u"tor_issued"_s, {}));
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"implementation"_s, {})) ==
              u"P-1: cannot move from Terms of reference issued to Under implementation: no "
              u"tranche has been "
              "released"_s);
        CHECK(must(pipeline::addTranche(*f, u"P-1"_s, 3000000, {})) == 2);
        CHECK(refusalOf(pipeline::releaseTranche(*f, u"P-1"_s, 2, kToday, {}))
              == u"P-1: cannot release tranche 2: its conditions are not marked met"_s);
        mustOk(pipeline::releaseTranche(*f, u"P-1"_s, 1, kToday, u"T1"_s));
        CHECK(refusalOf(pipeline::releaseTranche(*f, u"P-1"_s, 1, kToday, {}))
              == u"P-1: cannot release tranche 1: it was already released on 2026-06-01"_s);
        CHECK(pipeline::releaseTranche(*f, u"P-1"_s, 3, kToday, {}).error().code
              == ErrorCode::NotFound);
    }
    SECTION("closing needs the reports; financial closing needs the balance refunded") {
        bringTo(*f, u"P-1"_s, u"implementation"_s);
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"operationally_closed"_s, {})) ==
              u"P-1: cannot move from Under implementation to Operationally closed: reports not "
              "received: Progress report due 2027-01-01, Final narrative report due "
              "2027-09-30"_s);
        prepare(*f, u"P-1"_s, u"operationally_closed"_s);
        mustOk(pipeline::move(*f, u"P-1"_s, u"operationally_closed"_s, {}));
        // US$60,000 transferred; the partner reports 59,700 spent: 300 held, above the waiver.
        const auto fin = must(pipeline::reports(*f, u"P-1"_s));
        for (const pipeline::PartnerReport &r : fin) {
            if (r.kind == u"final_financial"_s)
                mustOk(pipeline::receiveReport(*f, u"P-1"_s, u"final_financial"_s, kToday, {},
                                               {5970000, 0}));
        }
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"financially_closed"_s, {})) ==
              u"P-1: cannot move from Operationally closed to Financially closed: the "
              "partner still holds 300.00 USD unspent, above the 250.00 USD that may be "
              "waived; record its refund with the final financial statement"_s);
        mustOk(pipeline::setSetting(*f, u"closing_waiver_usd_minor"_s, 30000));
        mustOk(pipeline::move(*f, u"P-1"_s, u"financially_closed"_s, {}));
        // The 300 the partner held is waived: its balance is 0, the write-off shows apart.
        const auto b = must(ledger::projectBalance(*f, u"P-1"_s));
        CHECK(b.heldByPartner == 0);
        CHECK(b.waived == 30000);
        CHECK(b.expenditure == 5970000);
    }
    SECTION("withdrawal needs a note") {
        bringTo(*f, u"P-1"_s, u"submitted"_s);
        CHECK(refusalOf(pipeline::move(*f, u"P-1"_s, u"withdrawn"_s, u"  "_s)) ==
              u"P-1: cannot move from Submitted to Withdrawn: a note must say why"_s);
    }
}

TEST_CASE("records are refused outside the states they belong to", "[pipeline][guards]")
{
    Fund f;
    bringTo(*f, u"P-1"_s, u"draft"_s);
    CHECK(refusalOf(review::recordOverallReview(*f, u"P-1"_s, {u"A"_s, 4, true, {}, {}})) ==
          u"P-1: cannot record a review: the proposal is in state Draft (allowed in "
          "In review)"_s);
    CHECK(refusalOf(pipeline::recordDecision(*f, u"P-1"_s,
                                             {u"deferred"_s, 0, {}, kToday, {}}))
              .startsWith(u"P-1: cannot record a Committee decision: the proposal is in state "
                          "Draft"_s));
    CHECK(refusalOf(pipeline::answerChecklist(*f, u"P-1"_s, u"budget_complete"_s, true, {}))
              .startsWith(u"P-1: cannot answer the checklist"_s));
    CHECK(pipeline::answerChecklist(*f, u"P-1"_s, u"vibes"_s, true, {}).error().message
              .startsWith(u"item: 'vibes' is not one of eligible_applicant"_s));
    CHECK(review::recordOverallReview(*f, u"P-1"_s, {u"A"_s, 6, true, {}, {}}).error().message ==
          u"score: 6 must be from 1 to 5"_s);
    CHECK(pipeline::recordDecision(*f, u"P-1"_s, {u"endorsed"_s, 0, {}, kToday, {}})
              .error()
              .message
          == u"amount: an endorsement needs an amount above zero"_s);
    CHECK(pipeline::recordDecision(*f, u"P-1"_s,
                                   {u"endorsed_with_conditions"_s, 100, {}, kToday, {}})
              .error()
              .message
          == u"conditions: an endorsement with conditions must state them"_s);
    CHECK(pipeline::move(*f, u"NOPE-1"_s, u"submitted"_s, {}).error().code == ErrorCode::NotFound);
    CHECK(pipeline::move(*f, u"P-1"_s, u"limbo"_s, {}).error().code == ErrorCode::BadInput);
}

TEST_CASE("the brief listing gives what a list shows, as the full one does", "[pipeline][fields]")
{
    Fund f;
    bringTo(*f, u"P-1"_s, u"screening"_s);
    Proposal other = complete(u"P-2"_s);
    other.partner.clear();
    other.title = u"Remittance costs"_s;
    must(pipeline::add(*f, other));
    const auto full = must(pipeline::list(*f));
    const auto brief = must(pipeline::listBrief(*f));
    REQUIRE(brief.size() == full.size());
    REQUIRE(brief.size() == 2);
    for (qsizetype i = 0; i < brief.size(); ++i) {
        const Proposal &b = brief.at(i);
        const Proposal &p = full.at(i);
        CHECK(b.id == p.id);
        CHECK(b.code == p.code);
        CHECK(b.title == p.title);
        CHECK(b.applicant == p.applicant);
        CHECK(b.applicantShort == p.applicantShort);
        CHECK(b.partner == p.partner);
        CHECK(b.partnerShort == p.partnerShort);
        CHECK(b.objectives == p.objectives);
        CHECK(b.actionArea == p.actionArea);
        CHECK(b.requestedMinor == p.requestedMinor);
        CHECK(b.currency == p.currency);
        CHECK(b.state == p.state);
        CHECK(b.stage == p.stage);
        CHECK(b.countries.isEmpty()); // left to find()
    }
    CHECK(brief.at(0).state == u"screening"_s);
    CHECK(brief.at(0).applicantShort == u"ILO"_s);
    CHECK(brief.at(1).partner.isEmpty());
    CHECK(brief.at(1).partnerShort.isEmpty());
}

TEST_CASE("proposal fields are validated and stored", "[pipeline][fields]")
{
    Fund f;
    struct Case
    {
        std::function<void(Proposal &)> change;
        QString message;
    };
    const QList<Case> cases{
        {[](Proposal &p) { p.countries = {u"XX"_s}; },
         u"countries: 'XX' is not an ISO 3166 alpha-2 country code"_s},
        {[](Proposal &p) { p.countries = {u"SN"_s, u"SN"_s}; },
         u"countries: a country is listed twice"_s},
        {[](Proposal &p) { p.source = u"rumour"_s; }, u"source: 'rumour' is not one of"_s},
        {[](Proposal &p) { p.disaggregation = {u"shoe_size"_s}; },
         u"disaggregation: 'shoe_size' is not one of"_s},
        {[](Proposal &p) { p.end = p.start; }, u"end: 2026-07-01 must be after the start"_s},
        {[](Proposal &p) { p.objectives = u"4"_s; },
         u"objectives: '4' is not an objective of the fund (1, 2, 3)"_s},
        {[](Proposal &p) { p.budget = {{u""_s, 1}}; }, u"budget category: is required"_s},
        {[](Proposal &p) { p.recommendations = {u"GFMD-X"_s}; },
         u"recommendation: 'GFMD-X' is not a recorded GFMD recommendation"_s},
        {[](Proposal &p) { p.disaggregationOther = u"age"_s; },
         u"disaggregation_other: describes 'other', which is not listed"_s},
    };
    for (const Case &c : cases) {
        CAPTURE(c.message);
        Proposal p = complete(u"P-1"_s);
        c.change(p);
        auto r = pipeline::add(*f, p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().message.startsWith(c.message));
    }
    CHECK(must(Query::scalar(*f, u"SELECT COUNT(*) FROM proposal"_s)) == 0);

    must(pipeline::addRecommendation(
        *f, {u"GFMD-2007-RT2.2"_s, u"recommendation"_s, u"Data"_s, 0}));
    Proposal p = complete(u"P-1"_s);
    p.countries = {u"SN"_s, u"GH"_s};
    p.disaggregation = {u"other"_s, u"sex"_s};
    p.disaggregationOther = u"age"_s;
    p.recommendations = {u"GFMD-2007-RT2.2"_s};
    must(pipeline::add(*f, p));
    const Proposal back = must(pipeline::find(*f, u"P-1"_s));
    CHECK(back.countries == QStringList{u"GH"_s, u"SN"_s});
    CHECK(back.disaggregation == QStringList{u"sex"_s, u"other"_s});
    CHECK(back.budget.size() == 2);
    CHECK(back.budget.at(1).amountMinor == 5000000);
    CHECK(back.recommendations == QStringList{u"GFMD-2007-RT2.2"_s});
    CHECK(back.start == QDate(2026, 7, 1));
    CHECK(must(pipeline::recommendations(*f)).at(0).proposals == 1);
    CHECK(countries::isKnown(u"SN"_s));
    CHECK_FALSE(countries::isKnown(u"sn"_s));
    CHECK(countries::all().size() == 249);

    ProposalChange cur;
    cur.currency = u"JPY"_s;
    CHECK(pipeline::edit(*f, u"P-1"_s, cur).error().message
          == u"currency: changing it needs the requested amount and the budget lines in the new "
             "currency"_s);
    cur.requestedMinor = 15000000;
    cur.budget = QList<BudgetLine>{{u"Staff"_s, 15000000}};
    mustOk(pipeline::edit(*f, u"P-1"_s, cur));
    CHECK(must(pipeline::find(*f, u"P-1"_s)).currency == u"JPY"_s);

    ProposalChange c;
    c.title = u"Renamed"_s;
    mustOk(pipeline::edit(*f, u"P-1"_s, c));
    CHECK(must(pipeline::find(*f, u"P-1"_s)).title == u"Renamed"_s);
    CHECK(must(pipeline::find(*f, u"P-1"_s)).countries.size() == 2); // untouched fields kept
}

TEST_CASE("attachments are stored in the file up to the fund's limit", "[pipeline][attach]")
{
    Fund f;
    bringTo(*f, u"P-1"_s, u"draft"_s);
    const QByteArray doc("%PDF-1.4 concept note");
    must(pipeline::attach(*f, u"P-1"_s, u"concept.pdf"_s, doc));
    CHECK(must(pipeline::attachmentContent(*f, u"P-1"_s, u"concept.pdf"_s)) == doc);
    CHECK(must(pipeline::attachments(*f, u"P-1"_s)).at(0).size == doc.size());
    auto again = pipeline::attach(*f, u"P-1"_s, u"concept.pdf"_s, doc);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message
          == u"P-1: cannot attach 'concept.pdf': a document of that name is attached already"_s);
    mustOk(pipeline::setSetting(*f, u"attachment_max_bytes"_s, 1024 * 1024));
    auto big = pipeline::attach(*f, u"P-1"_s, u"annex.pdf"_s, QByteArray(1024 * 1024 + 1, 'x'));
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().code == ErrorCode::BadInput);
    CHECK(big.error().message
          == u"attachment: 'annex.pdf' is 1.0 MB, above the fund's limit of 1.0 MB"_s);
    must(pipeline::attach(*f, u"P-1"_s, u"annex.pdf"_s, QByteArray(1024 * 1024, 'x')));
    CHECK(pipeline::settings(*f)->attachmentMaxBytes == 1024 * 1024);
    CHECK(pipeline::setSetting(*f, u"colour"_s, 1).error().code == ErrorCode::BadInput);
}

TEST_CASE("moves and tranches post in the ledger, and a refused posting rolls the move back",
          "[pipeline][ledger]")
{
    Fund f;
    const auto available = [&] { return must(ledger::availableForAllocation(*f, kToday)); };
    const qint64 start = available();
    CHECK(start == 500000000);

    SECTION("endorse allocates; release transfers; withdraw releases the unspent allocation") {
        bringTo(*f, u"P-1"_s, u"endorsed_with_conditions"_s);
        auto b = must(ledger::projectBalance(*f, u"P-1"_s));
        CHECK(b.allocated == kAllocation);
        CHECK(available() == start - kAllocation);
        prepare(*f, u"P-1"_s, u"tor_issued"_s);
        mustOk(pipeline::move(*f, u"P-1"_s, u"tor_issued"_s, {}));
        prepare(*f, u"P-1"_s, u"implementation"_s);
        b = must(ledger::projectBalance(*f, u"P-1"_s));
        CHECK(b.transferred == 6000000);
        CHECK(b.heldByPartner == 6000000);
        CHECK(b.unspentAllocation == 4000000);
        mustOk(pipeline::move(*f, u"P-1"_s, u"implementation"_s, {}));
        mustOk(pipeline::move(*f, u"P-1"_s, u"withdrawn"_s, u"partner withdrew"_s));
        b = must(ledger::projectBalance(*f, u"P-1"_s));
        CHECK(b.allocated == 6000000);
        CHECK(b.unspentAllocation == 0);
        CHECK(available() == start - 6000000);
    }
    SECTION("withdrawing a proposal never allocated posts nothing") {
        bringTo(*f, u"P-1"_s, u"recommended"_s);
        mustOk(pipeline::move(*f, u"P-1"_s, u"withdrawn"_s, u"merged"_s));
        CHECK(must(Query::scalar(*f, u"SELECT COUNT(*) FROM journal_entry"_s)) == 1);
    }
    SECTION("a transfer the ledger refuses leaves the tranche unreleased") {
        bringTo(*f, u"P-1"_s, u"tor_issued"_s);
        mustOk(pipeline::setTrancheConditionsMet(*f, u"P-1"_s, 1, true));
        // The ledger refuses a transfer to an organisation it does not know; the release
        // (already written when the posting fails) must roll back with it.
        Query q(*f, u"UPDATE terms_of_reference SET partner_id = NULL"_s);
        mustOk(q.exec());
        auto s = pipeline::releaseTranche(*f, u"P-1"_s, 1, kToday, u"T1"_s);
        REQUIRE_FALSE(s.ok());
        CHECK_FALSE(must(pipeline::tranches(*f, u"P-1"_s)).at(0).releasedOn.isValid());
        CHECK(must(ledger::projectBalance(*f, u"P-1"_s)).transferred == 0);
    }
}

TEST_CASE("reports are generated from the terms of reference and the DGF rules, overdue flagged",
          "[pipeline][obligations]")
{
    Fund f;
    bringTo(*f, u"P-1"_s, u"tor_issued"_s);
    QStringList got;
    for (const pipeline::PartnerReport &r : must(pipeline::reports(*f, u"P-1"_s)))
        got << u"%1 %2"_s.arg(r.kind, r.due.toString(Qt::ISODate));
    // ToR 2026-07-01 to 2027-06-30; allocation US$100,000: below the evaluation threshold.
    CHECK(got == QStringList{u"progress 2027-01-01"_s, u"final_narrative 2027-09-30"_s,
                             u"final_financial 2027-12-30"_s});
    CHECK(must(pipeline::due(*f, true)).isEmpty());
    Clock::setFixed(QDateTime(QDate(2027, 1, 2), QTime(9, 0), Qt::UTC));
    const auto overdue = must(pipeline::due(*f, true));
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.at(0).kind == u"progress"_s);
    CHECK(overdue.at(0).overdue);
    CHECK(must(pipeline::due(*f, false)).size() == 3);
    CHECK(pipeline::receiveReport(*f, u"P-1"_s, u"progress"_s, QDate(2027, 1, 3), {})
              .error()
              .message
          == u"date: 2027-01-03 is in the future"_s);
    mustOk(pipeline::receiveReport(*f, u"P-1"_s, u"progress"_s, QDate(2027, 1, 2), {}));
    CHECK(must(pipeline::due(*f, true)).isEmpty());
    CHECK(pipeline::receiveReport(*f, u"P-1"_s, u"progress"_s, QDate(2027, 1, 2), {})
              .error()
              .code
          == ErrorCode::NotFound);
    CHECK(pipeline::receiveReport(*f, u"P-1"_s, u"final_narrative"_s, QDate(2027, 1, 2), {},
                                  {100, 0})
              .error()
              .message
          == u"expenditure: only a financial report declares expenditure"_s);

    // Rules are data: a grant of US$300,000 or more owes an evaluation; lower the bar and see.
    mustOk(pipeline::setObligationRule(*f, {u"dgf_evaluation"_s, u"evaluation"_s, u"end"_s, 6, 0,
                                            5000000, u"Evaluation above US$50,000"_s}));
    Clock::setFixed(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    bringTo(*f, u"P-2"_s, u"tor_issued"_s);
    bool evaluation = false;
    for (const pipeline::PartnerReport &r : must(pipeline::reports(*f, u"P-2"_s)))
        evaluation = evaluation || (r.kind == u"evaluation"_s && r.due == QDate(2027, 12, 30));
    CHECK(evaluation);
    CHECK(pipeline::setObligationRule(*f, {u"x"_s, u"evaluation"_s, u"end"_s, 6, 3, 0, u"X"_s})
              .error()
              .message
          == u"every: only rules anchored on the start repeat"_s);
}

TEST_CASE("a project's whole life, from concept note to financial closing, against the fund "
          "position", "[pipeline][life]")
{
    Fund f;
    const auto position = [&] { return must(ledger::position(*f, QDate(2030, 1, 1))); };
    const qint64 availableBefore = position().available;

    Proposal p = complete(u"IMDP-27-001"_s);
    p.stage = u"concept"_s;
    p.partner.clear();
    p.budget.clear();
    must(pipeline::add(*f, p));
    mustOk(pipeline::move(*f, p.code, u"submitted"_s, u"concept note"_s));
    mustOk(pipeline::move(*f, p.code, u"screening"_s, {}));
    prepare(*f, p.code, u"in_review"_s);
    ProposalChange full;
    full.stage = u"full"_s;
    full.partner = u"ILO"_s;
    full.budget = complete(p.code).budget;
    mustOk(pipeline::edit(*f, p.code, full));
    for (const QString &step : {u"in_review"_s, u"recommended"_s, u"endorsed"_s, u"tor_issued"_s,
                                u"implementation"_s}) {
        prepare(*f, p.code, step);
        mustOk(pipeline::move(*f, p.code, step, {}));
    }
    mustOk(pipeline::setTrancheConditionsMet(*f, p.code, 2, true));
    mustOk(pipeline::releaseTranche(*f, p.code, 2, kToday, u"T2"_s));
    CHECK(refusalOf(pipeline::releaseTranche(*f, p.code, 2, kToday, {})).contains(u"already"_s));
    prepare(*f, p.code, u"operationally_closed"_s);
    mustOk(pipeline::move(*f, p.code, u"operationally_closed"_s, {}));
    // The completion report is due 6 months after the operational closing.
    bool completion = false;
    for (const pipeline::PartnerReport &r : must(pipeline::reports(*f, p.code)))
        completion = completion || (r.kind == u"completion"_s && r.due == kToday.addMonths(6));
    CHECK(completion);
    // Spent 92,000 of the 100,000 transferred; 7,900 refunded with the final statement, and the
    // last 100 (below the US$250 threshold) waived at financial closing.
    for (const pipeline::PartnerReport &r : must(pipeline::reports(*f, p.code))) {
        if (r.kind == u"financial"_s)
            mustOk(pipeline::receiveReport(*f, p.code, QString::number(r.id), kToday, {}));
    }
    mustOk(pipeline::receiveReport(*f, p.code, u"final_financial"_s, kToday, u"audited"_s,
                                   {9200000, 790000}));
    CHECK(must(ledger::projectBalance(*f, p.code)).heldByPartner == 10000);
    CHECK(position().heldByPartners == 10000);
    mustOk(pipeline::move(*f, p.code, u"financially_closed"_s, {}));

    const auto b = must(ledger::projectBalance(*f, p.code));
    CHECK(b.transferred == 10000000);
    CHECK(b.expenditure == 9200000);
    CHECK(b.refunded == 790000);
    CHECK(b.waived == 10000);
    CHECK(b.heldByPartner == 0);
    CHECK(b.unspentAllocation == 0);
    CHECK(b.allocated == 9210000); // the allocation now equals what was spent and waived
    const auto pos = position();
    CHECK(pos.available == availableBefore - 9210000);
    CHECK(pos.expenditure == 9200000);
    CHECK(pos.waived == 10000);
    CHECK(pos.heldByPartners == 0);
    // One balanced entry: residual waived debited, the partner's balance credited.
    ledger::JournalEntry waiver;
    for (const ledger::JournalEntry &e : must(ledger::journal(*f))) {
        if (e.memo == u"Residual waived at financial closing"_s)
            waiver = e;
    }
    CHECK(waiver.date == kToday);
    REQUIRE(waiver.postings.size() == 2);
    for (const ledger::Posting &ps : waiver.postings) {
        CHECK(ps.flow == u"waiver"_s);
        CHECK(ps.project == p.code);
        CHECK(ps.usdMinor == (ps.account == u"residual_waived"_s ? 10000 : -10000));
    }
    CHECK(waiver.postings.first().account != waiver.postings.last().account);
    qint64 trial = 0;
    for (const ledger::Account &a : must(ledger::trialBalance(*f)))
        trial += a.balance;
    CHECK(trial == 0);
    const auto moves = must(pipeline::history(*f, p.code));
    CHECK(moves.size() == 9);
    CHECK(moves.first().note == u"concept note"_s);
}

TEST_CASE("history and decisions are immutable in the database itself", "[pipeline][storage]")
{
    Fund f;
    bringTo(*f, u"P-1"_s, u"endorsed"_s);
    for (const QString &sql : {u"UPDATE proposal_move SET note = 'x'"_s,
                               u"DELETE FROM proposal_move"_s,
                               u"UPDATE committee_decision SET amount_usd_minor = 1"_s,
                               u"DELETE FROM committee_decision"_s}) {
        CAPTURE(sql);
        Query q(*f, sql);
        auto s = q.exec();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(u"immutable"_s));
    }
}

TEST_CASE("missingForSubmission sums a form's budget lines without wrapping",
          "[pipeline][overflow]")
{
    // The desktop editor asks it about a form not yet validated: any 64-bit amounts.
    Proposal p;
    p.currency = u"USD"_s;
    p.requestedMinor = 100;
    p.budget = {{u"Staff"_s, std::numeric_limits<qint64>::max()},
                {u"Travel"_s, 2},
                {u"Other"_s, std::numeric_limits<qint64>::max()}};
    // In 64 bits the three lines wrap to exactly 100, the request.
    p.budget.append({u"Rest"_s, 100});
    const QString missing = pipeline::missingForSubmission(p).join(u"; "_s);
    CHECK(missing.contains(u"budget lines adding up to the requested amount (they add up past "
                           "the limit of 10000000000000.00 USD)"_s));
    p.budget = {{u"Staff"_s, 60}, {u"Travel"_s, 40}};
    CHECK_FALSE(pipeline::missingForSubmission(p).join(u"; "_s).contains(u"budget lines"_s));
}
