// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The standard trust-fund statement (issue 18): the schema step that makes entry kinds data keeps
// every entry, and the statement, the fund position, the project summary and the trial balance
// agree to the cent over a randomised history with every kind of entry and reversals.
#include "../testutil.h"

#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/ledger/charges.h"
#include "core/ledger/entries.h"
#include "core/ledger/feerule.h"
#include "core/ledger/position.h"
#include "core/ledger/projects.h"
#include "core/ledger/receipts.h"
#include "core/ledger/verifychecks.h"
#include "core/reports/financial.h"
#include "core/storage/query.h"
#include "core/storage/schema.h"
#include "core/storage/verify.h"

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>

#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

/// The version before the step that made entry kinds data.
int versionBeforeEntryKinds()
{
    return imdp::test::versionBefore(u"CREATE TABLE entry_kind"_s);
}

/// Every entry as text: id, date, kind, memo, reversal link, reason, who, when, and its postings.
QStringList journalText(Database &db)
{
    QStringList out;
    for (const ledger::JournalEntry &e : must(ledger::journal(db))) {
        QString line = u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(e.id)
                           .arg(e.date.toString(Qt::ISODate), e.kind, e.memo)
                           .arg(e.reversesEntryId)
                           .arg(e.reason, e.actor, e.postedAt)
                           .arg(e.reversedByEntryId);
        for (const ledger::Posting &p : e.postings)
            line += u"|%1:%2:%3:%4:%5:%6:%7"_s.arg(p.id)
                        .arg(p.account, p.flow)
                        .arg(p.usdMinor)
                        .arg(p.donor, p.project, p.partner);
        out << line;
    }
    return out;
}

QStringList positionText(Database &db, const QDate &at)
{
    const auto p = must(ledger::position(db, at));
    QStringList out{QString::number(p.pledged),        QString::number(p.received),
                    QString::number(p.income),         QString::number(p.fees),
                    QString::number(p.allocated),      QString::number(p.transferred),
                    QString::number(p.expenditure),    QString::number(p.refunded),
                    QString::number(p.heldByPartners), QString::number(p.cash),
                    QString::number(p.available),      QString::number(p.arrears)};
    for (const ledger::DonorPosition &d : p.byDonor)
        out << u"%1:%2:%3"_s.arg(d.donor).arg(d.pledged).arg(d.received);
    return out;
}

} // namespace

TEST_CASE("the step making entry kinds data keeps the journal, the position and verify clean",
          "[storage][statement]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"demo-old.imdp"_s);
    const int before = versionBeforeEntryKinds();
    REQUIRE(before > 0);
    QStringList journalBefore, positionBefore;
    QList<ledger::Account> accountsBefore;
    const QDate at(2026, 11, 28);
    {
        auto db = must(Database::create(
            path, [](Database &d) { return demo::load(d, demo::source(), u"demo-fund.json"_s); },
            before));
        REQUIRE(db->schemaVersion() == before);
        // A reversal in the old file: its link to the entry it reverses must survive.
        const auto entries = must(ledger::journal(*db));
        qint64 income = 0;
        for (const ledger::JournalEntry &e : entries) {
            if (e.kind == u"receipt"_s && e.reversedByEntryId == 0)
                income = e.id;
        }
        REQUIRE(income > 0);
        must(ledger::recordIncome(*db, 12345, QDate(2026, 10, 1), u"interest"_s));
        journalBefore = journalText(*db);
        positionBefore = positionText(*db, at);
        accountsBefore = must(ledger::trialBalance(*db));
        REQUIRE(journalBefore.size() > 10);
    }
    auto db = must(Database::open(path));
    CHECK(db->schemaVersion() == schema::latestVersion());
    CHECK(journalText(*db) == journalBefore);
    CHECK(positionText(*db, at) == positionBefore);
    const auto accountsAfter = must(ledger::trialBalance(*db));
    for (const ledger::Account &a : accountsBefore) {
        const auto same = std::find_if(accountsAfter.cbegin(), accountsAfter.cend(),
                                       [&](const ledger::Account &b) { return b.id == a.id; });
        REQUIRE(same != accountsAfter.cend());
        CHECK(same->balance == a.balance);
    }
    CHECK(accountsAfter.size() == accountsBefore.size() + 4);
    ledger::registerVerifyChecks(); // as `imdp verify` does
    const verify::Findings report = verify::run(*db);
    for (const verify::Outcome &o : report.outcomes) {
        INFO(o.name.toStdString() << ": " << o.lines().join(u"; "_s).toStdString());
        CHECK(o.ok());
    }
    CHECK(report.outcomes.size() >= 7);
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM pragma_foreign_key_check"_s)) == 0);
    // The rebuilt table is still append-only, and its kinds are the table's.
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(u"UPDATE journal_entry SET memo = 'x' WHERE id = 1"_s));
    CHECK(q.lastError().text().contains(u"journal_entry rows are immutable"_s));
    CHECK_FALSE(q.exec(u"DELETE FROM journal_entry WHERE id = 1"_s));
    CHECK_FALSE(q.exec(u"INSERT INTO journal_entry (date, kind, posted_at, actor) VALUES "
                       "('2026-01-01', 'bogus', 'now', 'me')"_s));
    CHECK(q.lastError().text().contains(u"FOREIGN KEY"_s));
    CHECK_FALSE(q.exec(u"DELETE FROM entry_kind WHERE key = 'opening'"_s));
    for (const char16_t *k : {u"opening", u"waiver", u"partner_interest", u"fund_transfer",
                              u"direct_cost", u"bank_charge", u"fee_adjust", u"reversal"})
        CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM entry_kind WHERE key = ?"_s,
                                 {QString::fromUtf16(k)})) == 1);
    // The new kinds post on the migrated file.
    CHECK(ledger::recordBankCharge(*db, 1500, QDate(2026, 11, 1), u"fees"_s).ok());
}

TEST_CASE("statement, position, project summary and trial balance agree over a random history",
          "[ledger][statement]")
{
    imdp::test::TempDir t;
    auto db = must(Database::create(t.file(u"random.imdp"_s), [](Database &d) {
        FundSettings s;
        s.name = u"Random fund"_s;
        return fund::initialise(d, s);
    }));
    for (const char16_t *name : {u"Sweden", u"Norway", u"Japan", u"UNDP", u"IOM", u"ILO"})
        must(organisations::add(
            *db, Organisation{0, QString::fromUtf16(name), {}, u"state"_s, {}, false}));
    mustOk(ledger::setFeeRule(*db, must(ledger::FeeRule::parse(u"flat:700"_s))));
    const QStringList donors{u"Sweden"_s, u"Norway"_s, u"Japan"_s};
    const QStringList partners{u"UNDP"_s, u"IOM"_s, u"ILO"_s};
    const QStringList projects{u"PRJ-A"_s, u"PRJ-B"_s, u"PRJ-C"_s};
    const unsigned seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    const auto pick = [&](int n) { return int(rng() % unsigned(n)); };
    const auto cents = [&](qint64 max) { return 1 + qint64(rng() % quint64(max)); };
    QDate day(2023, 1, 1);
    QList<qint64> entries;
    int refused = 0;
    for (int i = 0; i < 400; ++i) {
        day = day.addDays(pick(6));
        const QString project = projects[pick(3)];
        const QString partner = partners[pick(3)];
        Result<qint64> r = Error::badInput(u"none"_s);
        switch (pick(13)) {
        case 0:
        case 1: {
            ledger::Receipt rc;
            rc.reference = u"R-%1"_s.arg(i);
            rc.donor = donors[pick(3)];
            rc.date = day;
            rc.amountMinor = cents(50000000);
            rc.rateScaled = 10000000000;
            if (pick(3) == 0)
                rc.feeBps = pick(3) == 0 ? 0 : pick(1000);
            r = ledger::recordReceipt(*db, rc);
            break;
        }
        case 2:
            r = ledger::recordIncome(*db, cents(100000), day, {});
            break;
        case 3:
            r = ledger::allocate(*db, {project, cents(10000000), day, {}});
            break;
        case 4:
            r = ledger::transfer(*db, {project, partner, cents(5000000), day, {}, {}});
            break;
        case 5:
            r = ledger::recordExpenditure(*db, project, partner, cents(3000000), day, {});
            break;
        case 6:
            r = ledger::refundFromPartner(*db, project, partner, cents(500000), day, {});
            break;
        case 7:
            r = ledger::recordPartnerInterest(*db, project, partner, cents(50000), day, {});
            break;
        case 8:
            r = ledger::transferToFund(*db, {u"Other Fund"_s, cents(1000000), day, {}, {}});
            break;
        case 9:
            r = ledger::recordDirectCost(*db, cents(200000), day, pick(2) ? project : QString(),
                                         {});
            break;
        case 10:
            r = ledger::recordBankCharge(*db, cents(5000), day, {});
            break;
        case 11:
            r = ledger::adjustFee(*db, cents(20000) * (pick(2) ? 1 : -1), day, u"fix"_s);
            break;
        case 12:
            if (!entries.isEmpty())
                r = ledger::reverse(*db, entries[pick(int(entries.size()))], u"random"_s, day);
            break;
        }
        if (r)
            entries.append(*r);
        else
            ++refused;
    }
    REQUIRE(entries.size() > 150);
    const auto kinds = must(ledger::journal(*db));
    QSet<QString> seen;
    for (const ledger::JournalEntry &e : kinds)
        seen.insert(e.kind);
    for (const char16_t *k : {u"partner_interest", u"fund_transfer", u"direct_cost", u"bank_charge",
                              u"fee_adjust", u"reversal"})
        CHECK(seen.contains(QString::fromUtf16(k)));

    for (const QDate &to : {day.addDays(-200), day.addDays(-31), day}) {
        INFO("to " << to.toString(Qt::ISODate).toStdString());
        reports::Parameters p;
        p.to = to;
        p.from = to.addDays(-90);
        const auto s = must(reports::fundStatement(*db, p));
        const reports::StatementFigures &c = s.cumulative;
        // The statement's own identities.
        CHECK(c.totalSources == c.contributions + c.investmentIncome + c.partnerInterest);
        CHECK(c.subtotalTransfers == c.transfersToPartners + c.transfersToFunds);
        CHECK(c.totalUses ==
              c.subtotalTransfers - c.refunds + c.fees + c.directCosts + c.bankCharges);
        CHECK(c.balanceWithAgent == c.totalSources - c.totalUses);
        CHECK(c.partnerTotalExpenses == c.partnerExpenditure + c.refunds);
        CHECK(c.balanceWithPartners == c.transfersToPartners - c.partnerTotalExpenses);
        CHECK(c.totalBalance == c.balanceWithAgent + c.balanceWithPartners);
        // Statement = position.
        const auto pos = must(ledger::position(*db, to));
        CHECK(c.contributions == pos.received);
        CHECK(c.investmentIncome == pos.income);
        CHECK(c.partnerInterest == pos.partnerInterest);
        CHECK(c.transfersToPartners == pos.transferred);
        CHECK(c.transfersToFunds == pos.transfersToFunds);
        CHECK(c.refunds == pos.refunded);
        CHECK(c.fees == pos.fees);
        CHECK(c.directCosts == pos.directCosts);
        CHECK(c.bankCharges == pos.bankCharges);
        CHECK(c.partnerExpenditure == pos.expenditure + pos.waived);
        CHECK(c.balanceWithAgent == pos.cash);
        CHECK(c.balanceWithPartners == pos.heldByPartners);
        // Statement = project summary (and its by-project and by-partner tables).
        const auto summary = must(reports::projectSummary(*db, p));
        qint64 released = 0, spent = 0, refunded = 0, held = 0;
        for (const reports::ProjectLine &l : summary.projects) {
            released += l.released;
            spent += l.expenditure + l.waived;
            refunded += l.refunded;
            held += l.heldByPartner;
        }
        CHECK(released == c.transfersToPartners);
        CHECK(spent == c.partnerExpenditure);
        CHECK(refunded == c.refunds);
        CHECK(held == c.balanceWithPartners);
        for (const QList<reports::PartnerFigures> *table : {&s.byProject, &s.byPartner}) {
            qint64 tr = 0, bal = 0;
            for (const reports::PartnerFigures &l : *table) {
                tr += l.transferred;
                bal += l.balance;
            }
            CHECK(tr == c.transfersToPartners);
            CHECK(bal == c.balanceWithPartners);
        }
        // Statement = trial balance.
        QHash<QString, qint64> tb;
        for (const ledger::Account &a : must(ledger::trialBalance(*db, to)))
            tb.insert(a.key, a.balance);
        CHECK(c.balanceWithAgent == tb.value(u"cash"_s));
        CHECK(c.balanceWithPartners == tb.value(u"held_by_partners"_s));
        CHECK(c.investmentIncome == -tb.value(u"investment_income"_s));
        CHECK(c.partnerInterest == -tb.value(u"partner_interest"_s));
        CHECK(c.transfersToPartners == tb.value(u"transfers"_s));
        CHECK(c.refunds == -tb.value(u"refunds"_s));
        CHECK(c.fees == tb.value(u"admin_fee"_s));
        CHECK(c.transfersToFunds == tb.value(u"transfers_to_funds"_s));
        CHECK(c.directCosts == tb.value(u"direct_costs"_s));
        CHECK(c.bankCharges == tb.value(u"bank_charges"_s));
        CHECK(c.partnerExpenditure == tb.value(u"expenditure"_s) + tb.value(u"residual_waived"_s));
        // The period is the cumulative to its end less the cumulative to the day before it.
        reports::Parameters earlier;
        earlier.from = p.from.addDays(-1);
        earlier.to = p.from.addDays(-1);
        const auto e = must(reports::fundStatement(*db, earlier)).cumulative;
        CHECK(s.period.contributions == c.contributions - e.contributions);
        CHECK(s.period.totalSources == c.totalSources - e.totalSources);
        CHECK(s.period.totalUses == c.totalUses - e.totalUses);
        CHECK(s.period.balanceWithAgent == c.balanceWithAgent - e.balanceWithAgent);
        CHECK(s.period.balanceWithPartners == c.balanceWithPartners - e.balanceWithPartners);
        // Shares: basis points rounded once, half away from zero.
        CHECK(c.agentBalanceBpsOfDeposits ==
              reports::percentBps(c.balanceWithAgent, c.contributions));
    }
    ledger::registerVerifyChecks(); // as `imdp verify` does
    const verify::Findings report = verify::run(*db);
    for (const verify::Outcome &o : report.outcomes) {
        INFO(o.name.toStdString() << ": " << o.lines().join(u"; "_s).toStdString());
        CHECK(o.ok());
    }
    CHECK(std::any_of(report.outcomes.cbegin(), report.outcomes.cend(),
                      [](const verify::Outcome &o) { return o.name == u"statement lines"_s; }));
    CHECK(refused < 400);

    // Outside the application: a bank charge's posting moved to reported expenditure. The books
    // still balance; the statement-lines check names the entry.
    const qint64 charge = must(ledger::recordBankCharge(*db, 1, day, u"tampered"_s));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(u"DROP TRIGGER posting_no_update"_s));
    REQUIRE(
        q.exec(u"UPDATE posting SET account_id = 9 WHERE entry_id = %1 AND account_id = 21"_s.arg(
            charge)));
    const verify::Findings tampered = verify::run(*db);
    for (const verify::Outcome &o : tampered.outcomes) {
        INFO(o.name.toStdString());
        if (o.name == u"statement lines"_s) {
            REQUIRE(o.problems.size() == 1);
            CHECK(o.lines().first().startsWith(u"journal entry %1 (bank_charge)"_s.arg(charge)));
            CHECK(o.lines().first().contains(u"to account 5100 with flow bank_charge is not one "
                                              "of its kind's lines"_s));
        } else if (o.name == u"journal balances"_s) {
            CHECK(o.ok());
        }
    }
}

TEST_CASE("the statement's shares are basis points rounded once, half away from zero",
          "[reports][statement]")
{
    CHECK(reports::roundedShare(1, 8, 10000) == 1250);
    CHECK(reports::roundedShare(1, 3, 10000) == 3333);
    CHECK(reports::roundedShare(2, 3, 10000) == 6667);
    CHECK(reports::roundedShare(-2, 3, 10000) == -6667);
    CHECK(reports::roundedShare(1, 16, 1000) == 63); // 62.5 → 63
    CHECK(reports::roundedShare(-1, 16, 1000) == -63);
    CHECK(reports::roundedShare(5, 0, 1000) == 0);
    CHECK(reports::Cell::percent1(693).plain() == u"69.3"_s);
    CHECK(reports::Cell::percent1(-5).plain() == u"-0.5"_s);
}
