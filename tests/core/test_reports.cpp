// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The statements tie to the journal: sources − uses = change in the cash balance, donor lines add
// up to the fund's position, project lines to the project balances; the exact-arithmetic helpers
// (percentages, pro rata) round as documented.
#include "../testutil.h"

#include "core/clock.h"
#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/fund/organisations.h"
#include "core/ledger/entries.h"
#include "core/ledger/pledges.h"
#include "core/ledger/position.h"
#include "core/ledger/projects.h"
#include "core/ledger/receipts.h"
#include "core/money/rate.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/reports/catalogue.h"
#include "core/reports/checkedsum.h"
#include "core/reports/dgf.h"
#include "core/reports/forum.h"
#include "core/reports/pipelinereport.h"
#include "core/storage/audit.h"
#include "core/storage/query.h"

#include <QFile>

#include <malloc.h>
#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using namespace imdp::core::reports;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

const QDate kToday(2026, 11, 28);

/// The demo fund, plus what it lacks for these statements: partner expenditure, a refund,
/// investment income and a reversed receipt-free entry, all before the pinned today.
struct DemoFund
{
    imdp::test::TempDir t;
    std::unique_ptr<Database> db;
    QString partner;

    DemoFund()
    {
        Clock::setFixed(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        db = must(Database::create(t.file(u"demo.imdp"_s), [](Database &d) {
            return demo::load(d, demo::source(), u"demo-fund.json"_s);
        }));
        partner = must(pipeline::termsOfReference(*db, u"IMDP-26-001"_s))->partner;
        must(ledger::recordExpenditure(*db, u"IMDP-26-001"_s, partner, 10000000,
                                       QDate(2026, 11, 20), u"EXP-T1"_s));
        must(ledger::refundFromPartner(*db, u"IMDP-26-001"_s, partner, 500000,
                                       QDate(2026, 11, 21), u"REF-T1"_s));
        must(ledger::recordIncome(*db, 123457, QDate(2026, 11, 22), u"interest"_s));
        const qint64 income = must(ledger::recordIncome(*db, 1000, QDate(2026, 11, 23),
                                                         u"interest, posted twice"_s));
        must(ledger::reverse(*db, income, u"posted twice"_s, QDate(2026, 11, 24)));
    }
    ~DemoFund() { Clock::reset(); }

    qint64 cashAt(const QDate &d)
    {
        for (const ledger::Account &a : must(ledger::trialBalance(*db, d))) {
            if (a.key == u"cash"_s)
                return a.balance;
        }
        FAIL("no cash account");
        return 0;
    }
};

} // namespace

TEST_CASE("percentages round once, half away from zero, in basis points", "[reports]")
{
    const auto [part, whole, bps] = GENERATE(table<qint64, qint64, qint64>(
        {{1, 3, 3333}, {2, 3, 6667}, {1, 8, 1250}, {1, 20000, 1}, {1, 20001, 0},
         {-1, 3, -3333}, {-2, 3, -6667}, {5, 0, 0}, {7, 7, 10000},
         {Q_INT64_C(4000000000000000000), Q_INT64_C(8000000000000000000), 5000}}));
    CHECK(percentBps(part, whole) == bps);
}

TEST_CASE("pro rata shares are exact: largest remainders, adding up to the amount", "[reports]")
{
    CHECK(apportion(100, {1, 1, 1}) == QList<qint64>{34, 33, 33});
    CHECK(apportion(-100, {1, 1, 1}) == QList<qint64>{-34, -33, -33});
    CHECK(apportion(10, {0, 0}) == QList<qint64>{0, 0});
    CHECK(apportion(7, {2, 5}) == QList<qint64>{2, 5});
    CHECK(apportion(1000, {333, 333, 334}) == QList<qint64>{333, 333, 334});
    const QList<qint64> w{123456789, 987654321, 55555, 1};
    for (qint64 amount : {Q_INT64_C(1), Q_INT64_C(99999), Q_INT64_C(123456789012)}) {
        const QList<qint64> s = apportion(amount, w);
        CHECK(std::accumulate(s.cbegin(), s.cend(), qint64(0)) == amount);
    }
}

TEST_CASE("sources and uses tie to the cash account, for the whole life and a period",
          "[reports][ledger]")
{
    DemoFund f;
    const auto all = must(sourcesAndUses(*f.db, {}));
    CHECK(all.to == kToday);
    CHECK(all.opening == 0);
    CHECK(all.closing == f.cashAt(kToday));
    CHECK(all.totalSources > 0);
    CHECK(all.refunds == 500000);
    CHECK(all.investmentIncome >= 123457);
    CHECK(!all.bankResources.isEmpty());
    CHECK(all.expenditureToDate == 10000000);

    const auto pos = must(ledger::position(*f.db, kToday));
    CHECK(all.heldByPartners == pos.heldByPartners);
    qint64 transfers = 0;
    for (const auto &t : all.transfers)
        transfers += t.usdMinor;
    CHECK(transfers == pos.transferred);
    CHECK(all.fees == pos.fees);
    // The balance held by partners with its terms: the lines printed add up to it.
    CHECK(all.transferredToDate == pos.transferred);
    CHECK(all.refundedToDate == 500000);
    CHECK(all.transferredToDate - all.refundedToDate - all.expenditureToDate - all.waivedToDate
          == all.heldByPartners);
    const Sheet partners = present(all, Lang::En).sheets.last();
    qint64 printed = 0;
    for (const QList<Cell> &row : partners.rows)
        printed += row.at(1).value;
    CHECK(printed == partners.totals.at(1).value);
    CHECK(partners.totals.at(1).value == all.heldByPartners);
    CHECK(partners.rows.first().at(0).text == u"Transferred to partners to date"_s);
    CHECK(partners.note.contains(u"in the period"_s));

    Parameters p;
    p.from = QDate(2026, 11, 21);
    p.to = QDate(2026, 11, 24);
    const auto period = must(sourcesAndUses(*f.db, p));
    CHECK(period.opening == f.cashAt(QDate(2026, 11, 20)));
    CHECK(period.closing == f.cashAt(QDate(2026, 11, 24)));
    CHECK(period.closing - period.opening == period.totalSources - period.totalUses);
    CHECK(period.investmentIncome == 123457); // the doubled posting and its reversal cancel
    CHECK(period.refunds == 500000);
    CHECK(period.expenditureInPeriod == 0);

    p.from = QDate(2026, 12, 1);
    CHECK(sourcesAndUses(*f.db, p).error().code == ErrorCode::BadInput);
}

TEST_CASE("donor statements add up to the fund's position and to each project's transfers",
          "[reports][ledger]")
{
    DemoFund f;
    const auto s = must(donorStatement(*f.db, {}));
    const auto pos = must(ledger::position(*f.db, kToday));
    qint64 pledged = 0, received = 0, outstanding = 0, arrears = 0, kept = 0;
    for (const DonorLine &d : s.donors) {
        pledged += d.pledged;
        received += d.received;
        outstanding += d.outstanding;
        arrears += d.arrears;
        kept += d.notTransferred;
        REQUIRE(d.toProjects.size() == s.projects.size());
    }
    CHECK(pledged == pos.pledged);
    CHECK(received == pos.received);
    CHECK(outstanding == pos.outstanding);
    CHECK(arrears == pos.arrears);
    qint64 net = 0;
    for (qsizetype j = 0; j < s.projects.size(); ++j) {
        qint64 sum = 0;
        for (const DonorLine &d : s.donors)
            sum += d.toProjects[j];
        CHECK(sum == s.projectTransfers[j]);
        const auto b = must(ledger::projectBalance(*f.db, s.projects[j]));
        CHECK(s.projectTransfers[j] == b.transferred - b.refunded);
        net += sum;
    }
    CHECK(net == pos.transferred - pos.refunded);
    CHECK(kept == pos.received - net);
    // The demo has an instalment in arrears; its count shows with the amount.
    CHECK(pos.arrears > 0);
    int late = 0;
    for (const DonorLine &d : s.donors) {
        CHECK((d.arrears > 0) == (d.instalmentsInArrears > 0));
        late += d.instalmentsInArrears;
    }
    CHECK(late > 0);

    Parameters one;
    one.donor = s.donors.first().donor;
    CHECK(must(donorStatement(*f.db, one)).donors.size() == 1);
    one.donor = u"Nobody"_s;
    CHECK(donorStatement(*f.db, one).error().code == ErrorCode::NotFound);
}

TEST_CASE("the project summary matches each project's balance", "[reports][ledger]")
{
    DemoFund f;
    const auto s = must(projectSummary(*f.db, {}));
    REQUIRE(!s.projects.isEmpty());
    const auto pos = must(ledger::position(*f.db, kToday));
    qint64 allocated = 0, released = 0, spent = 0, refunded = 0, held = 0;
    for (const ProjectLine &l : s.projects) {
        const auto b = must(ledger::projectBalance(*f.db, l.code));
        CHECK(l.allocated == b.allocated);
        CHECK(l.released == b.transferred);
        CHECK(l.expenditure == b.expenditure);
        CHECK(l.refunded == b.refunded);
        CHECK(l.heldByPartner == b.heldByPartner);
        CHECK(l.notReleased == b.unspentAllocation);
        CHECK(!l.title.isEmpty());
        allocated += l.allocated;
        released += l.released;
        spent += l.expenditure;
        refunded += l.refunded;
        held += l.heldByPartner;
    }
    CHECK(allocated == pos.allocated);
    CHECK(released == pos.transferred);
    CHECK(spent == pos.expenditure);
    CHECK(refunded == pos.refunded);
    CHECK(held == pos.heldByPartners);
}

TEST_CASE("a residual waived at closing leaves the partner balance and the statements still tie",
          "[reports][ledger]")
{
    DemoFund f;
    const QString code = u"IMDP-26-001"_s;
    // The partner reports all but US$100.00 spent; that residual is then waived.
    const qint64 held = must(ledger::projectBalance(*f.db, code)).heldByPartner;
    REQUIRE(held > 10000);
    must(ledger::recordExpenditure(*f.db, code, f.partner, held - 10000, QDate(2026, 11, 25),
                                   u"EXP-FINAL"_s));
    const qint64 cashBefore = f.cashAt(QDate(2026, 11, 25));
    CHECK(must(ledger::waiveResidual(*f.db, code, QDate(2026, 11, 26), u"closing"_s)) == 10000);
    // Nothing left to waive: nothing posted.
    CHECK(must(ledger::waiveResidual(*f.db, code, QDate(2026, 11, 26), u"again"_s)) == 0);
    CHECK(f.cashAt(QDate(2026, 11, 26)) == cashBefore); // a write-off, not a movement of cash

    const auto b = must(ledger::projectBalance(*f.db, code));
    CHECK(b.heldByPartner == 0);
    CHECK(b.waived == 10000);
    const auto pos = must(ledger::position(*f.db, kToday));
    CHECK(pos.waived == 10000);
    qint64 trial = 0;
    for (const ledger::Account &a : must(ledger::trialBalance(*f.db)))
        trial += a.balance;
    CHECK(trial == 0);

    // Sources and uses: still tied to the cash account, over the whole life and the period.
    const auto all = must(sourcesAndUses(*f.db, {}));
    CHECK(all.closing == f.cashAt(kToday));
    CHECK(all.heldByPartners == pos.heldByPartners);
    CHECK(all.waivedToDate == 10000);
    Parameters period;
    period.from = QDate(2026, 11, 26);
    period.to = QDate(2026, 11, 26);
    const auto day = must(sourcesAndUses(*f.db, period));
    CHECK(day.closing - day.opening == day.totalSources - day.totalUses);
    CHECK(day.closing == cashBefore);
    const Statement su = present(all, Lang::En);
    // The waived residual is one of the terms of what partners hold, counted as it reduces it.
    bool waivedRow = false;
    qint64 terms = 0;
    for (const auto &row : su.sheets.last().rows) {
        waivedRow = waivedRow ||
                    (row.first().text == u"Less residuals waived at financial closing to date"_s &&
                     row.last().value == -10000);
        terms += row.last().value;
    }
    CHECK(waivedRow);
    CHECK(terms == su.sheets.last().totals.last().value);

    // The project summary: the partner balance at 0, the waived amount in its own column.
    const auto summary = must(projectSummary(*f.db, {}));
    qint64 waived = 0, heldAll = 0;
    for (const ProjectLine &l : summary.projects) {
        const auto pb = must(ledger::projectBalance(*f.db, l.code));
        CHECK(l.waived == pb.waived);
        CHECK(l.heldByPartner == pb.heldByPartner);
        CHECK(l.released - l.expenditure - l.refunded - l.waived == l.heldByPartner);
        waived += l.waived;
        heldAll += l.heldByPartner;
        if (l.code == code)
            CHECK(l.heldByPartner == 0);
    }
    CHECK(waived == pos.waived);
    CHECK(heldAll == pos.heldByPartners);
    for (Lang lang : {Lang::En, Lang::Fr, Lang::Es}) {
        const Statement s = present(summary, lang);
        const Sheet &t = s.sheets.first();
        const QString title = word(lang, "Residual waived");
        qsizetype col = -1;
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            if (t.columns.at(i).title == title)
                col = i;
        }
        REQUIRE(col >= 0);
        CHECK(t.totals.at(col).value == 10000);
        CHECK(t.totals.size() == t.columns.size());
        for (const auto &row : t.rows)
            CHECK(row.size() == t.columns.size());
    }
    CHECK(word(Lang::Fr, "Residual waived") != u"Residual waived"_s);
}

TEST_CASE("the pipeline report counts every proposal once per grouping", "[reports][pipeline]")
{
    DemoFund f;
    const auto r = must(pipelineReport(*f.db, {}));
    const auto list = must(pipeline::list(*f.db));
    CHECK(r.proposals == list.size());
    for (const auto *groups : {&r.byState, &r.byArea, &r.bySource, &r.byPartner}) {
        qint64 n = 0;
        for (const PipelineGroup &g : *groups)
            n += g.count;
        CHECK(n == list.size());
    }
    qint64 objectives = 0;
    for (const PipelineGroup &g : r.byObjective)
        objectives += g.count;
    CHECK(objectives >= list.size());
    qint64 allocated = 0;
    for (const PipelineGroup &g : r.byState)
        allocated += g.allocated;
    CHECK(allocated == must(ledger::position(*f.db, kToday)).allocated);
}

TEST_CASE("every statement carries its totals and the data fingerprint in every language",
          "[reports]")
{
    DemoFund f;
    const QString head = must(audit::head(*f.db));
    for (const QString &name : names()) {
        for (Lang lang : {Lang::En, Lang::Fr, Lang::Es}) {
            Parameters p;
            p.lang = lang;
            const Statement s = must(build(*f.db, name, p));
            CHECK(s.fingerprint == head);
            REQUIRE(!s.sheets.isEmpty());
            for (const Sheet &sheet : s.sheets) {
                INFO(name.toStdString() << " " << sheet.name.toStdString());
                CHECK(sheet.totals.size() == sheet.columns.size());
                for (const auto &row : sheet.rows)
                    CHECK(row.size() == sheet.columns.size());
            }
            const QString csv = QString::fromUtf8(toCsv(s).bytes());
            CHECK(csv.contains(head));
            const auto doc = toDocument(s);
            CHECK(doc.fingerprint == head);
            if (lang == Lang::Fr)
                CHECK(doc.pageFormat == u"Page %1 sur %2"_s);
        }
    }
    CHECK(build(*f.db, u"balance-sheet"_s, {}).error().code == ErrorCode::BadInput);
}

TEST_CASE("amounts print with the language's grouping, exactly", "[reports]")
{
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QLocale fr(QLocale::French, QLocale::France);
    CHECK(Cell::money(123456789012345).display(en) == u"1,234,567,890,123.45"_s);
    CHECK(Cell::money(-5).display(en) == u"-0.05"_s);
    CHECK(Cell::money(123456).display(fr) == u"1\u202f234,56"_s);
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    CHECK(Cell::money(125000000).display(es) == u"1.250.000,00"_s); // not Qt 6.4's "1250.000"
    CHECK(Cell::money(123456).display(es) == u"1234,56"_s);           // CLDR: groups from 5 digits
    CHECK(Cell::percent(1234).display(en) == u"12.34%"_s);
    CHECK(Cell::money(123456).plain() == u"1234.56"_s);
    CHECK(Cell::percent(-5).plain() == u"-0.05"_s);
}

TEST_CASE("the Forum report lists the endorsed projects with their money, results and provenance",
          "[reports][forum]")
{
    DemoFund f;
    mustOk(pipeline::receiveReport(*f.db, u"IMDP-26-001"_s, u"progress"_s, QDate(2026, 11, 25),
                                   u"Survey modules adapted in four countries"_s));
    const ForumReport r = must(forumReport(*f.db, {}));
    QStringList codes;
    qint64 allocated = 0, released = 0;
    for (const ForumProject &p : r.projects) {
        codes << p.code;
        allocated += p.allocated;
        released += p.released;
        CHECK(pipeline::isAllocated(p.state));
    }
    CHECK(codes == QStringList{u"IMDP-26-001"_s, u"IMDP-26-002"_s});
    const auto pos = must(ledger::position(*f.db, kToday));
    CHECK(allocated == pos.allocated);
    CHECK(released == pos.transferred);
    const ForumProject &ilo = r.projects.first();
    CHECK(ilo.answers.contains(u"GFMD-2007-RT2.2"_s));
    CHECK(ilo.countries == QStringList{u"GH"_s, u"ML"_s, u"NE"_s, u"SN"_s});
    CHECK(ilo.reportsReceived == 1);
    CHECK(ilo.reportsDue >= 1);
    REQUIRE(r.results.size() == 1);
    CHECK(r.results.first().note == u"Survey modules adapted in four countries"_s);
    // Acted on: the recommendations a funded project answers, with that project's allocation;
    // a Marketplace item answered only by proposals still in review is not.
    QHash<QString, ForumRecommendation> byRef;
    for (const ForumRecommendation &g : r.recommendations)
        byRef.insert(g.reference, g);
    CHECK(byRef.value(u"GFMD-2007-RT2.2"_s).projects == QStringList{u"IMDP-26-001"_s});
    CHECK(byRef.value(u"GFMD-2007-RT2.2"_s).allocated == ilo.allocated);
    CHECK(byRef.value(u"GFMD-MP-2008-04"_s).projects.isEmpty());
    CHECK(byRef.size() == must(pipeline::recommendations(*f.db)).size());

    // Presented in French: translated states and report kinds, totals that add up.
    const Statement s = present(r, Lang::Fr);
    REQUIRE(s.sheets.size() == 4);
    CHECK(s.sheets[0].rows[0][6].text == u"En cours d’exécution"_s);
    CHECK(s.sheets[2].rows[0][1].text == u"Rapport d’avancement"_s);
    CHECK(s.sheets[1].totals[1].value == pos.allocated);
    CHECK(s.sheets[3].totals[2].text == u"2 sur 5 suivies d’effet"_s);
}

TEST_CASE("the DGF application pack: narratives or a plain mark, donors, partners, cap table",
          "[reports][dgf]")
{
    DemoFund f;
    const DgfPack empty = must(dgfPack(*f.db, {}));
    CHECK(empty.cycle == 2026);
    CHECK(empty.basis.isEmpty());
    const Statement before = presentPreliminary(empty, Lang::En);
    const auto sheet = [](const Statement &s, const QString &name) {
        for (const Sheet &x : s.sheets) {
            if (x.name == name)
                return x;
        }
        FAIL("no sheet " << name.toStdString());
        return Sheet{};
    };
    CHECK(sheet(before, u"Substantive basis"_s).text.startsWith(u"[NOT YET WRITTEN]"_s));
    CHECK(sheet(before, u"Calendar"_s).rows[0][1].text == u"Early December 2026"_s);
    CHECK(sheet(before, u"Calendar"_s).rows[1][1].text == u"Mid-January 2027"_s);

    const qint64 auditRows = must(Query::scalar(*f.db, u"SELECT COUNT(*) FROM audit_event"_s));
    mustOk(dgf::setNarrative(*f.db, u"basis"_s, u"  The fund follows up the GFMD.  "_s));
    CHECK(must(Query::scalar(*f.db, u"SELECT COUNT(*) FROM audit_event"_s)) == auditRows + 1);
    CHECK(dgf::setNarrative(*f.db, u"budget"_s, u"x"_s).error().code == ErrorCode::BadInput);
    const DgfPack r = must(dgfPack(*f.db, {}));
    CHECK(r.basis == u"The fund follows up the GFMD."_s);
    CHECK(sheet(presentPreliminary(r, Lang::En), u"Substantive basis"_s).text == r.basis);
    CHECK(sheet(presentFormal(r, Lang::Fr), u"Governance"_s)
              .text.startsWith(u"[PAS ENCORE RÉDIGÉ]"_s));

    // Donors other than the Bank plus the Bank's own pledges make up the funding requested.
    qint64 donors = 0;
    for (const DgfDonor &d : r.donors) {
        CHECK(d.kind != u"bank"_s);
        donors += d.pledged + d.prospective;
    }
    CHECK(donors + r.cap.plan.bank == r.cap.plan.total);
    // The fiscal years add up to the whole fund.
    qint64 bank = 0, total = 0;
    for (const FiscalYearCap &y : r.capYears) {
        bank += y.status.plan.bank;
        total += y.status.plan.total;
    }
    CHECK(bank == r.cap.plan.bank);
    CHECK(total == r.cap.plan.total);
    const Sheet cap = sheet(presentFormal(r, Lang::En), u"Cap"_s);
    CHECK(cap.rows.size() == r.capYears.size());
    CHECK(cap.totals[3].value == r.cap.plan.total);

    bool ilo = false;
    for (const DgfPartner &p : r.partners) {
        if (p.name == u"International Labour Organization"_s) {
            ilo = true;
            CHECK(p.gmgMember);
            CHECK(p.funded == 1);
        }
    }
    CHECK(ilo);
    REQUIRE(!r.members.isEmpty());
    CHECK(r.members.first().role == u"chair"_s);
    CHECK(sheet(presentFormal(r, Lang::En), u"Evaluation"_s).rows.size() == r.rubric.size());
}

TEST_CASE("pipeline and donor statements print translated labels, not keys", "[reports]")
{
    DemoFund f;
    const Statement pipe = must(build(*f.db, u"pipeline"_s, {{}, {}, {}, {}, Lang::Es}));
    QStringList states;
    for (const auto &row : pipe.sheets[0].rows)
        states << row[0].text;
    CHECK(states.contains(u"En examen"_s));
    CHECK(!states.contains(u"in_review"_s));
    CHECK(pipe.sheets[3].rows[0][0].text == u"Recomendación del FMMD"_s);
    const Statement donors = must(build(*f.db, u"donor-statement"_s, {}));
    QStringList sources;
    for (const auto &row : donors.sheets[0].rows)
        sources << row[1].text;
    CHECK(sources.contains(u"Bank (DGF)"_s));
    CHECK(!sources.contains(u"bank"_s));
    // The cover's key figures say the currency of their amounts.
    const auto doc = toDocument(donors);
    bool usd = false;
    for (const auto &b : doc.blocks) {
        for (const auto &[name, value] : b.fields)
            usd = usd || value.endsWith(u"\u00a0USD"_s);
    }
    CHECK(usd);
}

TEST_CASE("a sheet printed as cards gives a block per row on paper and stays a table in CSV",
          "[reports]")
{
    DemoFund f;
    const Statement s = must(build(*f.db, u"donor-statement"_s, {}));
    const Sheet &where = s.sheets[1];
    REQUIRE(where.cards);
    const auto doc = toDocument(s);
    QStringList headings;
    int tables = 0;
    bool afterWhere = false;
    for (const auto &b : doc.blocks) {
        if (b.kind == document::Block::Kind::Heading1)
            afterWhere = b.text == where.title;
        if (!afterWhere)
            continue;
        if (b.kind == document::Block::Kind::Heading2)
            headings << b.text;
        if (b.kind == document::Block::Kind::Table)
            ++tables;
        if (b.kind == document::Block::Kind::Fields)
            CHECK(b.fields.size() == where.columns.size() - 1); // every donor and the total
    }
    CHECK(tables == 0);
    CHECK(headings.size() == where.rows.size() + 1); // each row, then the totals
    CHECK(headings.first() == u"IMDP-26-001"_s);
    // The CSV keeps the matrix: its column row names every donor.
    const QString csv = QString::fromUtf8(toCsv(s).bytes());
    CHECK(csv.contains(u"Project,Hellenic Republic,"_s));
}

TEST_CASE("a report's total in C++ cannot wrap: 128 bits, refused when out of range", "[reports][overflow]")
{
    using imdp::core::reports::CheckedSum;
    CheckedSum s;
    s += INT64_MAX;
    CHECK(s.fits());
    CHECK(s.value() == INT64_MAX);
    s += 1; // a qint64 would wrap to INT64_MIN here
    CHECK_FALSE(s.fits());
    s += -2;
    CHECK(s.fits());
    CHECK(s.value() == INT64_MAX - 1);
    CheckedSum many;
    for (int i = 0; i < 4; ++i)
        many += INT64_MAX;
    CHECK_FALSE(many.fits());
    CHECK(many.value() == INT64_MAX); // clamped, never a wrapped negative figure
    CheckedSum low;
    low += -INT64_MAX;
    low += -1;
    CHECK_FALSE(low.fits());
    const imdp::core::Error e = imdp::core::reports::totalOutOfRange(u"DGF application"_s);
    CHECK(e.message.startsWith(u"DGF application: the total is beyond"_s));
    CHECK_FALSE(e.message.contains(u'\n'));
}

namespace {

/// A fund built from nothing, closed: the caller adds rows outside the application (SQLite).
QString emptyFund(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"large.imdp"_s);
    must(Database::create(path, [](Database &db) {
        FundSettings s;
        s.name = u"Large fund"_s;
        return fund::initialise(db, s);
    })).reset();
    return path;
}

/// Receipts written with SQLite itself (past the application's own limits, as a tampered or
/// damaged file could hold them): `count` entries of `usdMinor` each, cash against
/// contributions, from the donor `donorId` (inserted when missing).
void outsideReceipts(const QString &path, qint64 firstId, qint64 count, qint64 usdMinor,
                     int donorId)
{
    const QString range = u"WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n "
                          "WHERE i < %2) "_s.arg(firstId)
                              .arg(firstId + count - 1);
    imdp::test::outsideSql(
        path,
        {u"INSERT OR IGNORE INTO organisation (id, name, kind) VALUES (%1, 'Donor %1', 'state')"_s
             .arg(donorId),
         u"BEGIN"_s,
         range + u"INSERT INTO journal_entry (id, date, kind, memo, posted_at, actor) SELECT i, "
                 "'2026-01-10', 'receipt', 'receipt number ' || i, '2026-01-10T09:00:00Z', "
                 "'outside' FROM n"_s,
         range + u"INSERT INTO posting (entry_id, account_id, flow, date, usd_minor, donor_id) "
                 "SELECT i, 1, 'receipt', '2026-01-10', %1, %2 FROM n"_s.arg(usdMinor)
                     .arg(donorId),
         range + u"INSERT INTO posting (entry_id, account_id, flow, date, usd_minor, donor_id) "
                 "SELECT i, 4, 'receipt', '2026-01-10', %1, %2 FROM n"_s.arg(-usdMinor)
                     .arg(donorId),
         u"COMMIT"_s});
}

qint64 statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    FAIL("no " << field << " in /proc/self/status");
    return 0;
}

/// How far this process's resident memory rose above where it stood while `work` ran, in kB:
/// freed memory handed back first, the kernel's high-water mark reset (Linux clear_refs 5).
template<typename F>
qint64 peakGrowthKb(F work)
{
    malloc_trim(0);
    QFile reset(u"/proc/self/clear_refs"_s);
    REQUIRE(reset.open(QIODevice::WriteOnly));
    REQUIRE(reset.write("5") == 1);
    reset.close();
    const qint64 before = statusKb("VmRSS");
    work();
    return statusKb("VmHWM") - before;
}

} // namespace

TEST_CASE("sources and uses refuses totals past 64 bits with one line, never a wrapped figure",
          "[reports][overflow]")
{
    imdp::test::TempDir t;
    const QString path = emptyFund(t);
    const qint64 huge = Q_INT64_C(5000000000000000000); // 5e16 USD: two pass 2^63 cents
    SECTION("two huge receipts from one donor: SQLite's own sum refuses to wrap")
    {
        outsideReceipts(path, 1001, 2, huge, 900);
    }
    SECTION("two huge receipts from two donors: the 128-bit total is out of range")
    {
        outsideReceipts(path, 1001, 1, huge, 900);
        outsideReceipts(path, 1002, 1, huge, 901);
    }
    auto db = must(Database::open(path, Database::Mode::ReadOnly));
    const auto r = sourcesAndUses(*db, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.startsWith(u"sources and uses: the total is beyond the largest "
                                       u"amount a fund can hold"_s));
    CHECK_FALSE(r.error().message.contains(u'\n'));
}

TEST_CASE("the donor statement refuses a total past 64 bits with one line", "[reports][overflow]")
{
    imdp::test::TempDir t;
    const QString path = emptyFund(t);
    const qint64 huge = Q_INT64_C(5000000000000000000);
    outsideReceipts(path, 1001, 1, huge, 900);
    outsideReceipts(path, 1002, 1, huge, 901);
    auto db = must(Database::open(path, Database::Mode::ReadOnly));
    const auto r = donorStatement(*db, {});
    REQUIRE_FALSE(r.ok());
    INFO(r.error().message.toStdString());
    // Refused by the fund position it is built on, or by its own 128-bit totals.
    CHECK(r.error().message.contains(u"beyond the largest amount"_s));
    CHECK_FALSE(r.error().message.contains(u'\n'));
}

TEST_CASE("sources and uses at the edge of 64 bits: one huge receipt still adds up",
          "[reports][overflow]")
{
    imdp::test::TempDir t;
    const QString path = emptyFund(t);
    outsideReceipts(path, 1001, 1, INT64_MAX - 1, 900);
    auto db = must(Database::open(path, Database::Mode::ReadOnly));
    const auto r = must(sourcesAndUses(*db, {}));
    CHECK(r.totalSources == INT64_MAX - 1);
    CHECK(r.closing == INT64_MAX - 1);
    REQUIRE(r.contributions.size() == 1);
    CHECK(r.contributions.first().usdMinor == INT64_MAX - 1);
}

TEST_CASE("sources and uses aggregates in SQL: its memory does not grow with the postings",
          "[reports][memory]")
{
    imdp::test::TempDir t;
    const QString path = emptyFund(t);
    constexpr qint64 small = 2000, large = 100000; // receipts, two postings each
    outsideReceipts(path, 1001, small, 12345, 900);
    qint64 smallTotal = 0, largeTotal = 0;
    const qint64 smallKb = peakGrowthKb([&] {
        auto db = must(Database::open(path, Database::Mode::ReadOnly));
        smallTotal = must(sourcesAndUses(*db, {})).totalSources;
    });
    outsideReceipts(path, 1001 + small, large - small, 12345, 900);
    const qint64 largeKb = peakGrowthKb([&] {
        auto db = must(Database::open(path, Database::Mode::ReadOnly));
        largeTotal = must(sourcesAndUses(*db, {})).totalSources;
    });
    CHECK(smallTotal == small * 12345);
    CHECK(largeTotal == large * 12345);
    INFO("peak growth: " << smallKb << " kB for " << small * 2 << " postings, " << largeKb
                         << " kB for " << large * 2);
    // Loading every posting took some 300 bytes each: 60 MB here. Aggregated: the same few MB
    // (SQLite's page cache, bounded) whatever the count.
    CHECK(largeKb < smallKb + 8 * 1024);
}

TEST_CASE("a one-donor statement lists its pledges, receipts and instalments in its own currency "
          "beside USD",
          "[reports][ledger]")
{
    // A fund built from nothing: Sweden pledges SEK in three instalments (one paid, one late,
    // one due on the statement's date), pays one; Japan pledges yen (no minor unit).
    imdp::test::TempDir t;
    const QString path = t.file(u"own.imdp"_s);
    auto db = must(Database::create(path, [](Database &d) {
        FundSettings s;
        s.name = u"Own-currency fund"_s;
        return fund::initialise(d, s);
    }));
    for (const QString &name : {u"Kingdom of Sweden"_s, u"Japan"_s}) {
        Organisation o;
        o.name = name;
        o.kind = u"state"_s;
        must(organisations::add(*db, o));
    }
    ledger::Pledge se;
    se.reference = u"SE-2026-01"_s;
    se.donor = u"Kingdom of Sweden"_s;
    se.date = QDate(2026, 1, 10);
    se.currency = u"SEK"_s;
    se.amountMinor = 1000000000; // 10,000,000.00 SEK
    se.rateScaled = must(Rate::parse(u"0.0951"_s)).scaled();
    se.instalments = {{QDate(2026, 2, 1), 333333333},
                      {QDate(2026, 6, 1), 333333333},
                      {QDate(2026, 11, 28), 333333334}};
    must(ledger::recordPledge(*db, se));
    ledger::Receipt paid;
    paid.reference = u"SE-R-1"_s;
    paid.donor = se.donor;
    paid.date = QDate(2026, 2, 3);
    paid.currency = u"SEK"_s;
    paid.amountMinor = 333333333;
    paid.rateScaled = must(Rate::parse(u"0.0960"_s)).scaled();
    paid.pledgeReference = se.reference;
    must(ledger::recordReceipt(*db, paid));
    ledger::Pledge jp;
    jp.reference = u"JP-2026-01"_s;
    jp.donor = u"Japan"_s;
    jp.date = QDate(2026, 3, 1);
    jp.currency = u"JPY"_s;
    jp.amountMinor = 150000000; // 150,000,000 yen
    jp.rateScaled = must(Rate::parse(u"0.0067"_s)).scaled();
    must(ledger::recordPledge(*db, jp));

    Parameters p;
    p.to = QDate(2026, 11, 28);
    p.donor = u"Kingdom of Sweden"_s;
    const DonorStatement r = must(donorStatement(*db, p));
    REQUIRE(r.pledges.size() == 1);
    CHECK(r.pledges.first().currency == u"SEK"_s);
    CHECK(r.pledges.first().amountMinor == 1000000000);
    CHECK(r.pledges.first().usdMinor == must(ledger::findPledge(*db, se.reference)).usdMinor);
    REQUIRE(r.receipts.size() == 1);
    CHECK(r.receipts.first().pledge == se.reference);
    CHECK(r.receipts.first().usdMinor == 32000000); // 3,333,333.33 SEK at 0.0960: 319,999.99968
    REQUIRE(r.instalments.size() == 3);
    // The schedule's dollars add up to the pledge's exactly; each instalment's state at the date.
    CHECK(r.instalments.at(0).usdMinor + r.instalments.at(1).usdMinor
              + r.instalments.at(2).usdMinor
          == r.pledges.first().usdMinor);
    CHECK(r.instalments.at(0).due == DonorEntry::Due::Paid);
    CHECK(r.instalments.at(1).due == DonorEntry::Due::InArrears);
    CHECK(r.instalments.at(2).due == DonorEntry::Due::DueToday);
    CHECK(r.donors.first().instalmentsInArrears == 1);

    // On paper and in CSV: the own currency beside USD, in the statement's language.
    const Statement fr = present(r, Lang::Fr);
    QStringList titles;
    for (const Sheet &s : fr.sheets)
        titles << s.name;
    CHECK(titles
          == QStringList{u"Contributions"_s, u"Pledges"_s, u"Receipts"_s, u"Instalments"_s,
                         u"Where the money went"_s});
    const Sheet &schedule = fr.sheets.at(3);
    const QLocale french(QLocale::French, QLocale::France);
    CHECK(schedule.rows.at(0).at(2).text == u"SEK"_s);
    CHECK(schedule.rows.at(0).at(3).display(french) == u"3\u202f333\u202f333,33"_s);
    CHECK(schedule.rows.at(1).at(5).text == u"En retard"_s);
    CHECK(schedule.totals.at(3).plain() == u"10000000.00"_s);
    CHECK(schedule.totals.at(4).value == r.pledges.first().usdMinor);
    const QString csv = QString::fromUtf8(toCsv(present(r, Lang::En)).bytes());
    CHECK(csv.contains(u"Instalment schedule"_s));
    CHECK(csv.contains(u"SE-2026-01,1 Jun 2026,SEK,3333333.33,"_s));
    CHECK(csv.contains(u"Due today"_s));

    // Yen have no minor unit: printed whole, never with cents.
    p.donor = u"Japan"_s;
    const Statement yen = present(must(donorStatement(*db, p)), Lang::En);
    REQUIRE(yen.sheets.at(1).rows.size() == 1);
    CHECK(yen.sheets.at(1).rows.at(0).at(3).plain() == u"150000000"_s);
    CHECK(yen.sheets.at(1).rows.at(0).at(3).display(QLocale(QLocale::English)) == u"150,000,000"_s);

    // Every donor: the summary only, as before.
    p.donor.clear();
    const DonorStatement all = must(donorStatement(*db, p));
    CHECK(all.pledges.isEmpty());
    CHECK(all.instalments.isEmpty());
    CHECK(present(all, Lang::En).sheets.size() == 2);
}
