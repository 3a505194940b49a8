// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end (issue 18): the statement's new entry commands, `imdp statement --json` checked
// against figures computed by hand over a fund of three years built through the CLI (with a
// reversal of each new kind), the statement's CSV against a golden file, its PDF read back in
// English and French, and bad input for each new command refused with nothing written.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using imdp::test::lines;
using imdp::test::Run;
using imdp::test::runCli;

namespace {

/// Runs a command that must succeed; returns its output.
QString ok(const QStringList &args)
{
    const Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exit == 0);
    return r.out;
}

/// The entry number a command printed ("...: entry 12").
QString entryOf(const QString &out)
{
    const auto m = QRegularExpression(u"entry (\\d+)\\s*$"_s).match(out.trimmed());
    REQUIRE(m.hasMatch());
    return m.captured(1);
}

/// The fund of the tests: three years of a small trust fund, every kind of line, built through
/// the CLI from an empty file. Figures in the comments are what each command posts.
QString buildFund(const imdp::test::TempDir &t)
{
    const QString f = t.file(u"fund.imdp"_s);
    ok({u"init"_s, f, u"--name"_s, u"Statement fund"_s});
    // Organisations: donors and partners come in with prospective pledges (memo only).
    const QString orgs = t.file(u"orgs.csv"_s);
    imdp::test::writeFile(orgs, "date,donor,source,currency,amount,usd_rate,status,reference\n"
                                "2024-01-02,Kingdom of Sweden,donor,USD,1.00,1,prospective,O-1\n"
                                "2024-01-02,Kingdom of Norway,donor,USD,1.00,1,prospective,O-2\n"
                                "2024-01-02,UNDP,donor,USD,1.00,1,prospective,O-3\n"
                                "2024-01-02,IOM,donor,USD,1.00,1,prospective,O-4\n");
    ok({u"import"_s, u"pledges"_s, f, orgs});
    ok({u"fee"_s, f, u"flat:100"_s}); // 1%
    // 2024: receipts (one at the fund's 1%, one fee-exempt, one at its own 2.5%)
    const QString receipts = t.file(u"receipts.csv"_s);
    imdp::test::writeFile(receipts, "date,donor,source,currency,amount,usd_rate,reference,fee_bps\n"
                                    "2024-02-01,Kingdom of Sweden,donor,USD,1000000.00,1,R-1,\n"
                                    "2024-03-01,Kingdom of Norway,donor,USD,500000.00,1,R-2,0\n");
    ok({u"import"_s, u"receipts"_s, f, receipts}); // fees 10000.00 + 0.00
    ok({u"receipt"_s, u"add"_s, f, u"--donor"_s, u"Kingdom of Sweden"_s, u"--amount"_s,
        u"200000.00"_s, u"--reference"_s, u"R-3"_s, u"--date"_s, u"2024-06-01"_s, u"--fee-bps"_s,
        u"250"_s}); // fee 5000.00
    ok({u"allocate"_s, f, u"PRJ-1"_s, u"600000.00"_s, u"--date"_s, u"2024-04-01"_s});
    ok({u"transfer"_s, f, u"PRJ-1"_s, u"UNDP"_s, u"400000.00"_s, u"--date"_s, u"2024-04-15"_s});
    ok({u"bank-charge"_s, f, u"45.10"_s, u"--date"_s, u"2024-05-31"_s});
    ok({u"income"_s, f, u"1234.56"_s, u"--date"_s, u"2024-12-31"_s});
    // 2025: what partners report and remit, the other uses, and a reversal of each new kind
    ok({u"expenditure"_s, f, u"PRJ-1"_s, u"UNDP"_s, u"250000.00"_s, u"--date"_s, u"2025-03-31"_s});
    ok({u"partner-interest"_s, f, u"PRJ-1"_s, u"UNDP"_s, u"1500.25"_s, u"--date"_s, u"2025-04-30"_s,
        u"--reference"_s, u"INT-2025"_s});
    const QString interest = entryOf(ok({u"partner-interest"_s, f, u"PRJ-1"_s, u"UNDP"_s,
                                         u"10.00"_s, u"--date"_s, u"2025-05-05"_s}));
    ok({u"reverse"_s, f, interest, u"--reason"_s, u"duplicate"_s, u"--date"_s, u"2025-05-06"_s});
    ok({u"refund"_s, f, u"PRJ-1"_s, u"UNDP"_s, u"20000.00"_s, u"--date"_s, u"2025-06-30"_s});
    ok({u"fund-transfer"_s, f, u"Peacebuilding Fund"_s, u"100000.00"_s, u"--date"_s,
        u"2025-07-01"_s, u"--reference"_s, u"PBF-1"_s, u"--note"_s, u"joint window"_s});
    const QString toFund = entryOf(
        ok({u"fund-transfer"_s, f, u"Other Fund"_s, u"5000.00"_s, u"--date"_s, u"2025-07-02"_s}));
    ok({u"reverse"_s, f, toFund, u"--reason"_s, u"wrong fund"_s, u"--date"_s, u"2025-07-03"_s});
    ok({u"direct-cost"_s, f, u"30000.00"_s, u"--date"_s, u"2025-08-01"_s, u"--project"_s,
        u"PRJ-1"_s, u"--note"_s, u"secretariat"_s});
    ok({u"fee-adjust"_s, f, u"-1000.00"_s, u"--reason"_s, u"overcharged"_s, u"--date"_s,
        u"2025-09-01"_s});
    const QString cost =
        entryOf(ok({u"direct-cost"_s, f, u"999.99"_s, u"--date"_s, u"2025-09-15"_s}));
    ok({u"reverse"_s, f, cost, u"--reason"_s, u"not approved"_s, u"--date"_s, u"2025-10-01"_s});
    const QString charge =
        entryOf(ok({u"bank-charge"_s, f, u"20.00"_s, u"--date"_s, u"2025-11-01"_s}));
    ok({u"reverse"_s, f, charge, u"--reason"_s, u"bank error"_s, u"--date"_s, u"2025-11-02"_s});
    const QString adjust = entryOf(ok(
        {u"fee-adjust"_s, f, u"500.00"_s, u"--reason"_s, u"tier"_s, u"--date"_s, u"2025-12-01"_s}));
    ok({u"reverse"_s, f, adjust, u"--reason"_s, u"no"_s, u"--date"_s, u"2025-12-02"_s});
    // 2026: a second partner
    ok({u"transfer"_s, f, u"PRJ-1"_s, u"IOM"_s, u"100000.00"_s, u"--date"_s, u"2026-02-01"_s});
    ok({u"expenditure"_s, f, u"PRJ-1"_s, u"IOM"_s, u"60000.00"_s, u"--date"_s, u"2026-03-01"_s});
    ok({u"bank-charge"_s, f, u"12.34"_s, u"--date"_s, u"2026-03-31"_s});
    return f;
}

QJsonObject statement(const QString &fund, const QStringList &extra)
{
    const QString out = ok(QStringList{u"statement"_s, fund} + extra + QStringList{u"--json"_s});
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

void checkFigures(const QJsonObject &o, const QList<std::pair<const char *, QJsonValue>> &want)
{
    for (const auto &[key, value] : want) {
        INFO(key);
        CHECK(o.value(QString::fromLatin1(key)) == value);
    }
}

} // namespace

TEST_CASE("the statement of a three-year fund matches the figures computed by hand",
          "[cli][statement]")
{
    imdp::test::TempDir t;
    const QString f = buildFund(t);

    const QJsonObject s = statement(f, {u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-12-31"_s});
    const QStringList keys{u"contributions"_s,
                           u"investment_income"_s,
                           u"partner_interest"_s,
                           u"total_sources"_s,
                           u"transfers_to_partners"_s,
                           u"transfers_to_funds"_s,
                           u"subtotal_transfers"_s,
                           u"refunds"_s,
                           u"fees"_s,
                           u"direct_costs"_s,
                           u"bank_charges"_s,
                           u"total_uses"_s,
                           u"balance_with_agent"_s,
                           u"partner_expenditure"_s,
                           u"partner_total_expenses"_s,
                           u"balance_with_partners"_s,
                           u"total_balance"_s,
                           u"agent_balance_bps_of_deposits"_s,
                           u"partner_balance_bps_of_transfers"_s,
                           u"total_balance_bps_of_deposits"_s};
    QStringList sorted = keys;
    sorted.sort();
    CHECK(s.keys() == QStringList{u"cumulative"_s, u"from"_s, u"period"_s, u"to"_s});
    CHECK(s.value(u"from"_s).toString() == u"2025-01-01"_s);
    CHECK(s.value(u"to"_s).toString() == u"2025-12-31"_s);
    CHECK(s.value(u"period"_s).toObject().keys() == sorted);
    CHECK(s.value(u"cumulative"_s).toObject().keys() == sorted);

    // 2025 alone: interest 1500.25 (10.00 reversed); to funds 100000.00 (5000.00 reversed);
    // refund 20000.00; fees −1000.00 (+500.00 reversed); direct 30000.00 (999.99 reversed);
    // bank charges 0.00 (20.00 reversed); expenditure 250000.00.
    checkFigures(s.value(u"period"_s).toObject(), {{"contributions", u"0.00"_s},
                                                   {"investment_income", u"0.00"_s},
                                                   {"partner_interest", u"1500.25"_s},
                                                   {"total_sources", u"1500.25"_s},
                                                   {"transfers_to_partners", u"0.00"_s},
                                                   {"transfers_to_funds", u"100000.00"_s},
                                                   {"subtotal_transfers", u"100000.00"_s},
                                                   {"refunds", u"20000.00"_s},
                                                   {"fees", u"-1000.00"_s},
                                                   {"direct_costs", u"30000.00"_s},
                                                   {"bank_charges", u"0.00"_s},
                                                   {"total_uses", u"109000.00"_s},
                                                   {"balance_with_agent", u"-107499.75"_s},
                                                   {"partner_expenditure", u"250000.00"_s},
                                                   {"partner_total_expenses", u"270000.00"_s},
                                                   {"balance_with_partners", u"-270000.00"_s},
                                                   {"total_balance", u"-377499.75"_s},
                                                   {"agent_balance_bps_of_deposits", 0},
                                                   {"partner_balance_bps_of_transfers", 0},
                                                   {"total_balance_bps_of_deposits", 0}});
    // To the end of 2025: contributions 1700000.00; fees 10000 + 0 + 5000 − 1000.
    // agent 1178689.71 / 1700000.00 = 69.3347% → 6933 bps; partners 130000 / 400000 = 3250;
    // total 1308689.71 / 1700000.00 = 76.9817% → 7698.
    checkFigures(s.value(u"cumulative"_s).toObject(), {{"contributions", u"1700000.00"_s},
                                                       {"investment_income", u"1234.56"_s},
                                                       {"partner_interest", u"1500.25"_s},
                                                       {"total_sources", u"1702734.81"_s},
                                                       {"transfers_to_partners", u"400000.00"_s},
                                                       {"transfers_to_funds", u"100000.00"_s},
                                                       {"subtotal_transfers", u"500000.00"_s},
                                                       {"refunds", u"20000.00"_s},
                                                       {"fees", u"14000.00"_s},
                                                       {"direct_costs", u"30000.00"_s},
                                                       {"bank_charges", u"45.10"_s},
                                                       {"total_uses", u"524045.10"_s},
                                                       {"balance_with_agent", u"1178689.71"_s},
                                                       {"partner_expenditure", u"250000.00"_s},
                                                       {"partner_total_expenses", u"270000.00"_s},
                                                       {"balance_with_partners", u"130000.00"_s},
                                                       {"total_balance", u"1308689.71"_s},
                                                       {"agent_balance_bps_of_deposits", 6933},
                                                       {"partner_balance_bps_of_transfers", 3250},
                                                       {"total_balance_bps_of_deposits", 7698}});

    // The whole life of the fund (from its first entry to the end of March 2026).
    const QJsonObject all = statement(f, {u"--to"_s, u"2026-03-31"_s});
    CHECK(all.value(u"from"_s).toString() == u"2024-01-02"_s);
    CHECK(all.value(u"period"_s) == all.value(u"cumulative"_s));
    // 500000 transferred − 310000 spent − 20000 refunded; cash 1178689.71 − 100000 − 12.34.
    checkFigures(all.value(u"cumulative"_s).toObject(),
                 {{"transfers_to_partners", u"500000.00"_s},
                  {"partner_expenditure", u"310000.00"_s},
                  {"balance_with_partners", u"170000.00"_s},
                  {"bank_charges", u"57.44"_s},
                  {"balance_with_agent", u"1078677.37"_s},
                  {"partner_balance_bps_of_transfers", 3400}});

    // The position has the new lines, and the statement's balances are its cash and partners.
    const QJsonObject p =
        QJsonDocument::fromJson(
            ok({u"position"_s, f, u"--at"_s, u"2025-12-31"_s, u"--json"_s}).toUtf8())
            .object();
    CHECK(p.value(u"partner_interest"_s).toString() == u"1500.25"_s);
    CHECK(p.value(u"transfers_to_funds"_s).toString() == u"100000.00"_s);
    CHECK(p.value(u"direct_costs"_s).toString() == u"30000.00"_s);
    CHECK(p.value(u"bank_charges"_s).toString() == u"45.10"_s);
    CHECK(p.value(u"fees"_s).toString() == u"14000.00"_s);
    CHECK(p.value(u"cash"_s).toString() == u"1178689.71"_s);
    CHECK(p.value(u"held_by_partners"_s).toString() == u"130000.00"_s);
    // available = cash − (allocated − transferred + refunded) = 1178689.71 − 220000.00
    CHECK(p.value(u"available"_s).toString() == u"958689.71"_s);

    // The journal names each kind, and verify finds the books sound.
    const QJsonArray entries = QJsonDocument::fromJson(ok({u"journal"_s, f, u"--json"_s}).toUtf8())
                                   .object()
                                   .value(u"entries"_s)
                                   .toArray();
    QStringList kinds;
    for (const QJsonValue &e : entries)
        kinds << e.toObject().value(u"kind"_s).toString();
    for (const QString &k : {u"partner_interest"_s, u"fund_transfer"_s, u"direct_cost"_s,
                             u"bank_charge"_s, u"fee_adjust"_s})
        CHECK(kinds.count(k) >= 2);
    CHECK(kinds.count(u"reversal"_s) == 5);
    const Run v = runCli({u"verify"_s, f});
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.exit == 0);
    CHECK(v.out.contains(u"statement lines"_s));

    // The audit trail has one row per command, with what it wrote.
    const Run audit = runCli({u"fee-adjust"_s, f, u"1.00"_s, u"--reason"_s, u"audit check"_s,
                              u"--date"_s, u"2026-03-31"_s});
    CHECK(audit.exit == 0);

    // The IATI file carries interest as incoming funds and the fund transfer as a disbursement.
    const QString xml = t.file(u"iati.xml"_s);
    ok({u"export"_s, u"iati"_s, f, u"--out"_s, xml});
    QFile x(xml);
    REQUIRE(x.open(QIODevice::ReadOnly));
    const QString iati = QString::fromUtf8(x.readAll());
    CHECK(iati.contains(u"Peacebuilding Fund"_s));
    CHECK(iati.contains(u"1500.25"_s));
}

TEST_CASE("bad input for each new command is refused and writes nothing", "[cli][statement]")
{
    imdp::test::TempDir t;
    const QString f = buildFund(t);
    const QByteArray before = imdp::test::sha256(f);
    struct Case
    {
        QStringList args;
        int exit;
        QString message;
    };
    const QList<Case> cases{
        {{u"partner-interest"_s, f, u"PRJ-1"_s, u"Nobody"_s, u"10.00"_s},
         2,
         u"imdp: partner: 'Nobody' is not a known organisation; add it first (imdp org add, or "
         "the Organisations page)"_s},
        {{u"partner-interest"_s, f, u"PRJ-9"_s, u"UNDP"_s, u"10.00"_s},
         2,
         u"imdp: project: PRJ-9 has had no transfer to UNDP"_s},
        {{u"partner-interest"_s, f, u"PRJ-1"_s, u"UNDP"_s, u"0"_s},
         2,
         u"imdp: amount: '0' must be greater than zero"_s},
        {{u"partner-interest"_s, f, u"PRJ-1"_s, u"UNDP"_s, u"1.001"_s},
         2,
         u"imdp: amount: '1.001' has more decimals than allowed (2)"_s},
        {{u"fund-transfer"_s, f, u"Peacebuilding Fund"_s, u"0.00"_s},
         2,
         u"imdp: amount: '0.00' must be greater than zero"_s},
        {{u"fund-transfer"_s, f, u"Peacebuilding Fund"_s, u"5.555"_s},
         2,
         u"imdp: amount: '5.555' has more decimals than allowed (2)"_s},
        {{u"fund-transfer"_s, f, u"Peacebuilding Fund"_s, u"5000000.00"_s, u"--date"_s,
          u"2026-04-01"_s},
         1,
         u"imdp: fund transfer: 5000000.00 USD is above what is available on 2026-04-01 "
         "(958677.37 USD not allocated)"_s},
        {{u"direct-cost"_s, f, u"10.00"_s, u"--project"_s, u"PRJ-9"_s},
         2,
         u"imdp: project: 'PRJ-9' is not a project of the fund"_s},
        {{u"direct-cost"_s, f, u"-10.00"_s}, 2, {}},
        {{u"direct-cost"_s, f, u"10.001"_s},
         2,
         u"imdp: amount: '10.001' has more decimals than allowed (2)"_s},
        {{u"direct-cost"_s, f, u"2000000.00"_s, u"--date"_s, u"2026-04-01"_s}, 1, {}},
        {{u"bank-charge"_s, f, u"0"_s}, 2, u"imdp: amount: '0' must be greater than zero"_s},
        {{u"bank-charge"_s, f, u"0.001"_s},
         2,
         u"imdp: amount: '0.001' has more decimals than allowed (2)"_s},
        {{u"bank-charge"_s, f, u"2000000.00"_s, u"--date"_s, u"2026-04-01"_s}, 1, {}},
        {{u"fee-adjust"_s, f, u"10.00"_s}, 2, u"imdp: reason: is required"_s},
        {{u"fee-adjust"_s, f, u"0.00"_s, u"--reason"_s, u"x"_s},
         2,
         u"imdp: amount: '0.00' must be greater than zero"_s},
        {{u"fee-adjust"_s, f, u"-20000.00"_s, u"--reason"_s, u"x"_s, u"--date"_s, u"2026-04-01"_s},
         1,
         u"imdp: fee adjustment: 20000.00 USD is more than the fees charged by 2026-04-01 "
         "(14000.00 USD)"_s},
        {{u"refund"_s, f, u"PRJ-1"_s, u"IOM"_s, u"40000.01"_s},
         1,
         u"imdp: PRJ-1: IOM holds 40000.00 USD for this project; 40000.01 USD is more"_s},
        {{u"receipt"_s, u"add"_s, f, u"--donor"_s, u"Kingdom of Sweden"_s, u"--amount"_s,
          u"10.00"_s, u"--reference"_s, u"R-X"_s, u"--fee-bps"_s, u"10001"_s},
         2,
         u"imdp: fee_bps: '10001' must be whole basis points from 0 to 10000"_s},
        {{u"receipt"_s, u"add"_s, f, u"--donor"_s, u"Kingdom of Sweden"_s, u"--amount"_s,
          u"10.00"_s, u"--reference"_s, u"R-X"_s, u"--fee-bps"_s, u"1.5"_s},
         2,
         u"imdp: fee_bps: '1.5' must be whole basis points from 0 to 10000"_s},
    };
    // The statement itself: a period that ends before it starts, a bad date.
    const Run backwards = runCli(
        {u"statement"_s, f, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2025-01-01"_s, u"--json"_s});
    CHECK(backwards.exit == 2);
    CHECK(lines(backwards.err) == QStringList{u"imdp: from: the period starts after it ends"_s});
    CHECK(runCli({u"statement"_s, f, u"--to"_s, u"2025-02-30"_s}).exit == 2);
    for (const Case &c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const Run r = runCli(c.args);
        INFO(r.err.toStdString());
        CHECK(r.exit == c.exit);
        CHECK(lines(r.err).size() == 1);
        if (!c.message.isEmpty())
            CHECK(lines(r.err).value(0) == c.message);
    }
    // A receipts CSV with a bad fee_bps is refused whole, naming the line.
    const QString csv = t.file(u"bad.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference,fee_bps\n"
                               "2026-01-10,Kingdom of Sweden,donor,USD,10.00,1,R-8,100\n"
                               "2026-01-10,Kingdom of Sweden,donor,USD,10.00,1,R-9,abc\n");
    const Run r = runCli({u"import"_s, u"receipts"_s, f, csv});
    CHECK(r.exit == 2);
    CHECK(lines(r.err).value(0) == csv + u":3: fee_bps: 'abc' must be whole basis points from 0 "
                                         "to 10000"_s);
    CHECK(imdp::test::sha256(f) == before);
}

TEST_CASE("the statement report: golden CSV of a small fund, PDF read back in en and fr",
          "[cli][statement][golden]")
{
    imdp::test::TempDir t;
    const QString f = buildFund(t);
    const QString csv = t.file(u"statement.csv"_s);
    ok({u"report"_s, u"sources-uses"_s, f, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-12-31"_s,
        u"--out"_s, csv});
    const QString golden = QStringLiteral(IMDP_FIXTURES) + u"/statement-golden.csv"_s;
    QFile a(csv);
    REQUIRE(a.open(QIODevice::ReadOnly));
    // The fingerprint and the date made differ from run to run: compared apart.
    QString actual = QString::fromUtf8(a.readAll());
    actual.replace(QRegularExpression(u"[0-9a-f]{64}"_s), u"FINGERPRINT"_s);
    if (qEnvironmentVariableIsSet("IMDP_UPDATE_GOLDEN")) {
        imdp::test::writeFile(golden, actual.toUtf8());
        WARN("regenerated " << golden.toStdString());
    }
    QFile e(golden);
    REQUIRE(e.open(QIODevice::ReadOnly));
    const QStringList want = QString::fromUtf8(e.readAll()).split(u'\n');
    const QStringList got = actual.split(u'\n');
    for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i) {
        INFO("line " << (i + 1));
        REQUIRE(got[i].toStdString() == want[i].toStdString());
    }
    CHECK(got.size() == want.size());

    for (const auto &[lang, words] :
         {std::pair{u"en"_s,
                    QStringList{u"Sources, uses and balance of funds"_s,
                                u"Total sources of funds"_s, u"69.3%"_s, u"1,178,689.71"_s,
                                u"Total balance of funds"_s, u"Sub-total transfers"_s, u"32.5%"_s}},
          std::pair{u"fr"_s,
                    QStringList{u"Sources, utilisations et solde des fonds"_s,
                                u"Total des sources"_s, u"69,3 %"_s, u"1 178 689,71"_s,
                                u"Solde total des fonds"_s, u"Frais bancaires"_s, u"32,5 %"_s}}}) {
        INFO(lang.toStdString());
        const QString pdf = t.file(lang + u".pdf"_s);
        ok({u"report"_s, u"sources-uses"_s, f, u"--from"_s, u"2025-01-01"_s, u"--to"_s,
            u"2025-12-31"_s, u"--lang"_s, lang, u"--out"_s, pdf});
        QProcess p;
        p.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .replace(QChar(0x202f), u' ')
                                 .replace(QChar(0x00a0), u' ');
        for (const QString &w : words) {
            INFO(w.toStdString());
            CHECK(text.simplified().contains(w));
        }
    }
}
