// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The statements tie to the journal: sources − uses = change in the cash balance, donor lines add
// up to the fund's position, project lines to the project balances; the exact-arithmetic helpers
// (percentages, pro rata) round as documented.
#include "../testutil.h"

#include "core/clock.h"
#include "core/fund/demo.h"
#include "core/ledger/ledger.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/reports/catalogue.h"
#include "core/reports/pipelinereport.h"
#include "core/storage/audit.h"

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
    bool waivedRow = false;
    for (const auto &row : su.sheets.last().rows)
        waivedRow = waivedRow || (row.first().text == u"Residuals waived at financial closing to date"_s
                                  && row.last().value == 10000);
    CHECK(waivedRow);

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
        const QString title = word(lang, u"Residual waived"_s);
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
    CHECK(word(Lang::Fr, u"Residual waived"_s) != u"Residual waived"_s);
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
    CHECK(Cell::percent(1234).display(en) == u"12.34%"_s);
    CHECK(Cell::money(123456).plain() == u"1234.56"_s);
    CHECK(Cell::percent(-5).plain() == u"-0.05"_s);
}
