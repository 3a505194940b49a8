// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end: the ledger's commands through the real `imdp` binary.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;
using imdp::test::lines;
using imdp::test::Run;
using imdp::test::runCli;

namespace {
QJsonObject counts(const QString &fund)
{
    const Run r = runCli({u"info"_s, fund, u"--json"_s});
    REQUIRE(r.exit == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"counts"_s).toObject();
}

const QByteArray kHeader = "date,donor,source,currency,amount,usd_rate,reference\n";
const QByteArray kGood = "2026-01-10,Kingdom of Sweden,donor,SEK,1000000.00,0.095,R-1\n";
} // namespace

TEST_CASE("import receipts is all or nothing for each kind of bad row", "[cli][ledger]")
{
    imdp::test::TempDir t;
    const QString fund = t.file(u"f.imdp"_s);
    REQUIRE(runCli({u"init"_s, fund}).exit == 0);
    const QString first = t.file(u"first.csv"_s);
    imdp::test::writeFile(first, kHeader + "2025-12-01,Japan,donor,JPY,1000000,0.0067,J-1\n");
    REQUIRE(runCli({u"import"_s, u"receipts"_s, fund, first}).exit == 0);

    struct Case
    {
        const char *name;
        QByteArray row;    // line 3 of the file, after a good line 2
        QString message;   // what follows "FILE:3: "
    };
    const QList<Case> cases{
        {"bad date", "2026-02-30,Japan,donor,JPY,5,0.0067,R-2\n",
         u"date: '2026-02-30' is not a calendar date"_s},
        {"unknown currency", "2026-02-01,Japan,donor,XYZ,5,0.0067,R-2\n",
         u"currency: unknown currency code 'XYZ' (an ISO 4217 code in capitals, such as USD)"_s},
        {"more decimals than the currency has", "2026-02-01,Japan,donor,JPY,5.5,0.0067,R-2\n",
         u"amount: '5.5' has more decimals than JPY allows (0)"_s},
        {"zero amount", "2026-02-01,Japan,donor,JPY,0,0.0067,R-2\n",
         u"amount: '0' must be greater than zero"_s},
        {"negative amount", "2026-02-01,Japan,donor,JPY,-5,0.0067,R-2\n",
         u"amount: '-5' must be greater than zero"_s},
        {"missing rate", "2026-02-01,Japan,donor,JPY,5,,R-2\n", u"usd_rate: is required"_s},
        {"non-positive rate", "2026-02-01,Japan,donor,JPY,5,0,R-2\n",
         u"usd_rate: '0' must be greater than zero (USD per one unit)"_s},
        {"USD at a rate other than 1", "2026-02-01,Japan,donor,USD,5,1.1,R-2\n",
         u"usd_rate: a USD amount converts at rate 1, not 1.1"_s},
        {"unbalanced quotes", "2026-02-01,\"Japan,donor,JPY,5,0.0067,R-2\n",
         u"donor: unbalanced quote: the quoted field opened on line 3 never closes"_s},
        {"duplicate reference in the file", "2026-02-01,Japan,donor,JPY,5,0.0067,R-1\n",
         u"reference: 'R-1' is also on line 2"_s},
        {"duplicate reference in the fund", "2026-02-01,Japan,donor,JPY,5,0.0067,J-1\n",
         u"reference: receipt 'J-1' is already recorded"_s},
    };
    const QJsonObject before = counts(fund);
    for (const Case &c : cases) {
        INFO(c.name);
        const QString csv = t.file(u"bad.csv"_s);
        imdp::test::writeFile(csv, kHeader + kGood + c.row);
        const QByteArray sha = imdp::test::sha256(fund);
        const Run r = runCli({u"import"_s, u"receipts"_s, fund, csv});
        CHECK(r.exit == 2);
        CHECK(r.out.isEmpty());
        CHECK(lines(r.err) == QStringList{u"%1:3: %2"_s.arg(csv, c.message),
                                          u"imdp: %1: nothing imported (1 bad row)"_s.arg(csv)});
        CHECK(imdp::test::sha256(fund) == sha);
        CHECK(counts(fund) == before);
    }

    SECTION("a missing column") {
        const QString csv = t.file(u"nocol.csv"_s);
        imdp::test::writeFile(csv, "date,donor,source,currency,amount,reference\n"
                                   "2026-01-10,Japan,donor,JPY,5,R-9\n");
        const QByteArray sha = imdp::test::sha256(fund);
        const Run r = runCli({u"import"_s, u"receipts"_s, fund, csv});
        CHECK(r.exit == 2);
        CHECK(lines(r.err).first() == u"%1:1: usd_rate: missing column"_s.arg(csv));
        CHECK(imdp::test::sha256(fund) == sha);
    }
    SECTION("every bad row is reported, not just the first") {
        const QString csv = t.file(u"many.csv"_s);
        QByteArray bytes = kHeader + kGood;
        for (const Case &c : cases)
            bytes += c.row;
        imdp::test::writeFile(csv, bytes);
        const Run r = runCli({u"import"_s, u"receipts"_s, fund, csv});
        CHECK(r.exit == 2);
        // The unbalanced quote swallows the rows after it, so it is reported last.
        CHECK(lines(r.err).size() == cases.size() - 2 + 1);
        CHECK(counts(fund) == before);
    }
}

TEST_CASE("import receipts with a BOM, CRLF and columns in any order, a re-import changes nothing",
          "[cli][ledger]")
{
    imdp::test::TempDir t;
    const QString fund = t.file(u"f.imdp"_s);
    REQUIRE(runCli({u"init"_s, fund}).exit == 0);
    const QString csv = t.file(u"receipts.csv"_s);
    imdp::test::writeFile(csv, "\xEF\xBB\xBFreference,amount,currency,usd_rate,date,source,donor\r\n"
                               "R-1,1000000.00,SEK,0.095,2026-01-10,donor,\"Kingdom of Sweden\"\r\n"
                               "R-2,250000.00,USD,1,2026-02-01,bank,\"World Bank, DGF\"\r\n");
    Run r = runCli({u"import"_s, u"receipts"_s, fund, csv});
    CHECK(r.exit == 0);
    // The summary names the organisations the import created (unknown donors).
    CHECK(lines(r.out) == QStringList{u"Imported 2 receipts from %1: 345000.00 USD"_s.arg(csv),
                                      u"New organisations (2): Kingdom of Sweden; World Bank, DGF"_s});
    const QJsonObject after = counts(fund);
    CHECK(after.value(u"receipt"_s).toInt() == 2);
    CHECK(after.value(u"organisation"_s).toInt() == 2); // unknown donors were created
    const QByteArray sha = imdp::test::sha256(fund);

    r = runCli({u"import"_s, u"receipts"_s, fund, csv});
    CHECK(r.exit == 2);
    CHECK(lines(r.err).first() == u"%1:2: reference: receipt 'R-1' is already recorded"_s.arg(csv));
    CHECK(imdp::test::sha256(fund) == sha);
    CHECK(counts(fund) == after);

    r = runCli({u"position"_s, fund, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QJsonObject p = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(p.value(u"currency"_s).toString() == u"USD"_s);
    CHECK(p.value(u"received"_s).toString() == u"345000.00"_s);
    CHECK(p.value(u"available"_s).toString() == u"345000.00"_s); // no fee set on a new fund
    const QJsonArray donors = p.value(u"by_donor"_s).toArray();
    REQUIRE(donors.size() == 2);
    CHECK(donors.at(1).toObject().value(u"donor"_s).toString() == u"World Bank, DGF"_s);
    CHECK(donors.at(1).toObject().value(u"source"_s).toString() == u"bank"_s);
}

TEST_CASE("pledges, receipts, allocation, transfer and reversal from the command line",
          "[cli][ledger]")
{
    imdp::test::TempDir t;
    const QString fund = t.file(u"f.imdp"_s);
    REQUIRE(runCli({u"init"_s, fund}).exit == 0);
    const QString csv = t.file(u"pledges.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,status,reference\n"
                               "2026-01-05,Kingdom of Sweden,donor,SEK,2000000.00,0.095,signed,P-1\n"
                               "2026-01-05,Japan,donor,JPY,50000000,0.0067,prospective,P-2\n"
                               "2026-01-05,DGF,bank,USD,30000.00,1,signed,P-3\n");
    Run r = runCli({u"import"_s, u"pledges"_s, fund, csv, u"--override"_s, u"agreed"_s});
    REQUIRE(r.exit == 0);
    r = runCli({u"pledge"_s, u"list"_s, fund, u"--json"_s});
    const QJsonArray pledges =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"pledges"_s).toArray();
    REQUIRE(pledges.size() == 3);
    CHECK(pledges.at(2).toObject().value(u"cap_override"_s).toString() == u"agreed"_s);
    CHECK(pledges.at(0).toObject().value(u"cap_override"_s).toString().isEmpty());

    CHECK(runCli({u"fee"_s, fund, u"flat:100"_s}).exit == 0);
    r = runCli({u"receipt"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Sweden"_s,
                 u"--currency"_s, u"SEK"_s, u"--amount"_s, u"1000000.00"_s, u"--rate"_s, u"0.1"_s,
                 u"--reference"_s, u"R-1"_s, u"--pledge"_s, u"P-1"_s, u"--date"_s,
                 u"2026-03-01"_s});
    CHECK(r.exit == 0);
    CHECK(r.out.trimmed() == u"Receipt R-1 recorded: entry 4, 100000.00 USD, fee 1000.00 USD"_s);

    r = runCli({u"allocate"_s, fund, u"IMDP-26-001"_s, u"99000.01"_s, u"--date"_s,
                 u"2026-04-01"_s});
    CHECK(r.exit == 1);
    CHECK(lines(r.err) == QStringList{u"imdp: IMDP-26-001: 99000.01 USD is above what is available "
                                      "for allocation on 2026-04-01 (99000.00 USD)"_s});
    CHECK(runCli({u"allocate"_s, fund, u"IMDP-26-001"_s, u"99000.00"_s, u"--date"_s,
                   u"2026-04-01"_s})
              .exit == 0);
    r = runCli({u"transfer"_s, fund, u"IMDP-26-001"_s, u"DGF"_s, u"99000.01"_s});
    CHECK(r.exit == 1);
    r = runCli({u"allocate"_s, fund, u"IMDP-26-001"_s, u"1.234"_s});
    CHECK(r.exit == 2);
    CHECK(lines(r.err) == QStringList{u"imdp: amount: '1.234' has more decimals than allowed (2)"_s});

    r = runCli({u"reverse"_s, fund, u"4"_s});
    CHECK(r.exit == 2);
    CHECK(lines(r.err) == QStringList{u"imdp: reason: is required"_s});
    r = runCli({u"reverse"_s, fund, u"5"_s, u"--reason"_s, u"wrong project"_s});
    CHECK(r.exit == 0);
    CHECK(r.out.trimmed() == u"Entry 5 reversed by entry 6"_s);
    r = runCli({u"reverse"_s, fund, u"5"_s, u"--reason"_s, u"again"_s});
    CHECK(r.exit == 1);
    CHECK(lines(r.err) == QStringList{u"imdp: entry 5: was already reversed by entry 6"_s});

    r = runCli({u"journal"_s, fund, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QJsonArray entries =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"entries"_s).toArray();
    REQUIRE(entries.size() == 6);
    CHECK(entries.at(5).toObject().value(u"reverses"_s).toInt() == 5);
    CHECK(entries.at(5).toObject().value(u"reason"_s).toString() == u"wrong project"_s);
    CHECK(entries.at(4).toObject().value(u"reversed_by"_s).toInt() == 6);

    r = runCli({u"accounts"_s, fund, u"--json"_s});
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"total"_s).toString()
          == u"0.00"_s);

    r = runCli({u"position"_s, fund, u"--at"_s, u"2026-12-31"_s, u"--json"_s});
    const QJsonObject p = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QString &key : {u"currency"_s, u"pledged"_s, u"prospective"_s, u"received"_s,
                               u"outstanding"_s, u"allocated"_s, u"transferred"_s,
                               u"available"_s, u"by_donor"_s})
        CHECK(p.contains(key));
    CHECK(p.value(u"pledged"_s).toString() == u"220000.00"_s);
    CHECK(p.value(u"prospective"_s).toString() == u"335000.00"_s);
    CHECK(p.value(u"received"_s).toString() == u"100000.00"_s);
    CHECK(p.value(u"outstanding"_s).toString() == u"120000.00"_s);
    CHECK(p.value(u"allocated"_s).toString() == u"0.00"_s);
    CHECK(p.value(u"available"_s).toString() == u"99000.00"_s);
    const QJsonObject sweden = p.value(u"by_donor"_s).toArray().at(2).toObject(); // by name
    CHECK(sweden.value(u"donor"_s).toString() == u"Kingdom of Sweden"_s);
    CHECK(sweden.value(u"pledged"_s).toString() == u"190000.00"_s);
    CHECK(sweden.value(u"received"_s).toString() == u"100000.00"_s);
}
