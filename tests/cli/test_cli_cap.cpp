// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end: `imdp cap` and the cap's enforcement through the pledge commands.
#include "clirun.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using imdp::test::lines;
using imdp::test::Run;
using imdp::test::runCli;

TEST_CASE("imdp cap --json gives the three bases of the demo fund exactly", "[cli][cap]")
{
    imdp::test::TempDir t;
    const QString fund = t.file(u"demo.imdp"_s);
    REQUIRE(runCli({u"init"_s, fund, u"--demo"_s}).exit == 0);
    const Run r = runCli({u"cap"_s, fund, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QJsonObject o = r.json();
    CHECK(o.value(u"cap_bps"_s).toInt() == 1500);
    for (const QString &basis : {u"plan"_s, u"pledged"_s, u"received"_s}) {
        const QJsonObject b = o.value(basis).toObject();
        INFO(basis.toStdString());
        CHECK(b.value(u"compliant"_s).toBool());
        CHECK(b.value(u"other_needed"_s).toString() == u"0.00"_s);
        // share_bps is floor(10000 × bank / total), recomputed here from the decimal strings.
        const qint64 bank = QString(b.value(u"bank"_s).toString()).remove(u'.').toLongLong();
        const qint64 total = QString(b.value(u"total"_s).toString()).remove(u'.').toLongLong();
        const qint64 other = QString(b.value(u"other"_s).toString()).remove(u'.').toLongLong();
        CHECK(bank + other == total);
        CHECK(b.value(u"share_bps"_s).toInteger() == 10000 * bank / total);
    }
    CHECK(o.value(u"plan"_s).toObject().value(u"bank"_s).toString() == u"1000000.00"_s);
    CHECK(o.value(u"plan"_s).toObject().value(u"bank_headroom"_s).toString() == u"344194.11"_s);

    const Run w = runCli({u"cap"_s, fund, u"--json"_s, u"--what-if-bank"_s, u"344194.12"_s});
    REQUIRE(w.exit == 0);
    const QJsonObject plan = w.json().value(u"what_if"_s).toObject().value(u"plan"_s).toObject();
    CHECK_FALSE(plan.value(u"compliant"_s).toBool());
    // ceil(85 × 1,344,194.12 / 15) − 7,617,100.00 = 0.02
    CHECK(plan.value(u"other_needed"_s).toString() == u"0.02"_s);

    const Run bad = runCli({u"cap"_s, fund, u"--what-if-bank"_s, u"12.345"_s});
    CHECK(bad.exit == 2);
    CHECK(lines(bad.err).size() == 1);
    CHECK(bad.err.startsWith(u"imdp: --what-if-bank: "_s));
}

TEST_CASE("a Bank pledge over the cap exits 1 with the headroom, --override records it",
          "[cli][cap]")
{
    imdp::test::TempDir t;
    const QString fund = t.file(u"demo.imdp"_s);
    REQUIRE(runCli({u"init"_s, fund, u"--demo"_s}).exit == 0);
    const QStringList add{u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"DGF"_s, u"--source"_s,
                          u"bank"_s, u"--amount"_s, u"344194.12"_s, u"--reference"_s,
                          u"DGF-TOPUP"_s, u"--date"_s, u"2026-11-20"_s};
    Run r = runCli(add);
    CHECK(r.exit == 1);
    CHECK(r.out.isEmpty());
    REQUIRE(lines(r.err).size() == 1);
    CHECK(r.err.contains(u"pledge DGF-TOPUP: refused: the Bank's share on the plan basis"_s));
    CHECK(r.err.contains(u"bank headroom before this change was 344194.11"_s));

    // Exactly the headroom complies.
    QStringList exact = add;
    exact[8] = u"344194.11"_s;
    CHECK(runCli(exact).exit == 0);

    QStringList justified = add;
    justified[10] = u"DGF-TOPUP-2"_s;
    justified << u"--override"_s << u"Approved by the Committee on 2026-11-19, minute 4"_s;
    r = runCli(justified);
    CHECK(r.exit == 0);
    const QJsonObject o = runCli({u"cap"_s, fund, u"--json"_s}).json();
    CHECK_FALSE(o.value(u"plan"_s).toObject().value(u"compliant"_s).toBool());
}
