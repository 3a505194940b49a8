// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp org add|edit|retire|merge|delete|list and imdp import organisations, on a fund built from
// an empty file.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using imdp::test::lines;
using imdp::test::Run;
using imdp::test::runCli;

namespace {

QString freshFund(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"IMDP 2008.imdp"_s);
    REQUIRE(runCli({u"init"_s, path}).exit == 0);
    return path;
}

QJsonArray listJson(const QString &fund, const QStringList &extra = {})
{
    const Run r = runCli(QStringList{u"org"_s, u"list"_s, fund, u"--json"_s} + extra);
    REQUIRE(r.exit == 0);
    const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(d.isArray());
    return d.array();
}

/// Bad input: exit 2, one line on stderr naming the field, the file byte for byte unchanged.
void refusedUnchanged(const QString &fund, const QStringList &args, int exit,
                      const QString &errorStart)
{
    const QByteArray before = imdp::test::sha256(fund);
    const Run r = runCli(args);
    CHECK(r.exit == exit);
    INFO(r.err.toStdString());
    REQUIRE(lines(r.err).size() == 1);
    CHECK(lines(r.err).at(0).startsWith(errorStart));
    CHECK(imdp::test::sha256(fund) == before);
}

} // namespace

TEST_CASE("imdp org add, edit, retire, list on a new fund", "[cli][organisations]")
{
    imdp::test::TempDir t;
    const QString fund = freshFund(t);
    // The first thing a secretariat does, refused until the donor is in the directory.
    Run r =
        runCli({u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom of Belgium"_s, u"--amount"_s,
                u"1000.00"_s, u"--reference"_s, u"BE-1"_s, u"--date"_s, u"2026-03-01"_s});
    CHECK(r.exit == 2);
    CHECK(lines(r.err) == QStringList{u"imdp: donor: 'Kingdom of Belgium' is not a known "
                                      "organisation; add it first (imdp org add, or the "
                                      "Organisations page)"_s});

    r = runCli({u"org"_s, u"add"_s, fund, u"--name"_s, u"Kingdom of Belgium"_s, u"--kind"_s,
                u"state"_s, u"--country"_s, u"be"_s, u"--iati-ref"_s, u"BE-BCE_KBO-0264814354"_s,
                u"--contact"_s, u"A. Officer"_s, u"--email"_s, u"dgd@diplobel.fed.be"_s});
    CHECK(r.exit == 0);
    CHECK(r.out.trimmed() == u"Added organisation Kingdom of Belgium"_s);
    r = runCli({u"org"_s, u"add"_s, fund, u"--name"_s, u"United Nations Development Programme"_s,
                u"--kind"_s, u"agency"_s, u"--short"_s, u"UNDP"_s, u"--gmg"_s});
    REQUIRE(r.exit == 0);
    r = runCli({u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"Kingdom\u00a0of Belgium"_s,
                u"--amount"_s, u"1000.00"_s, u"--reference"_s, u"BE-1"_s, u"--date"_s,
                u"2026-03-01"_s});
    CHECK(r.exit == 0);

    QJsonArray all = listJson(fund);
    REQUIRE(all.size() == 2);
    const QJsonObject be = all.at(0).toObject();
    CHECK(be.value(u"name"_s).toString() == u"Kingdom of Belgium"_s);
    CHECK(be.value(u"kind"_s).toString() == u"state"_s);
    CHECK(be.value(u"country"_s).toString() == u"BE"_s);
    CHECK(be.value(u"iati_ref"_s).toString() == u"BE-BCE_KBO-0264814354"_s);
    CHECK(be.value(u"gmg_member"_s).isBool());
    CHECK(be.value(u"retired"_s).isBool());
    CHECK_FALSE(be.value(u"retired"_s).toBool());
    for (const QString &key : {u"name"_s, u"short_name"_s, u"kind"_s, u"gmg_member"_s, u"country"_s,
                               u"iati_ref"_s, u"retired"_s})
        CHECK(be.contains(key));
    const QJsonObject undp = all.at(1).toObject();
    CHECK(undp.value(u"short_name"_s).toString() == u"UNDP"_s);
    CHECK(undp.value(u"gmg_member"_s).toBool());
    CHECK(listJson(fund, {u"--kind"_s, u"agency"_s}).size() == 1);

    r = runCli({u"org"_s, u"edit"_s, fund, u"UNDP"_s, u"--country"_s, u"US"_s, u"--no-gmg"_s});
    CHECK(r.exit == 0);
    CHECK(r.out.trimmed() == u"Updated organisation United Nations Development Programme"_s);
    r = runCli({u"org"_s, u"edit"_s, fund, u"Kingdom of Belgium"_s, u"--rename"_s,
                u"Belgium (Kingdom of)"_s});
    CHECK(r.exit == 0);
    CHECK(r.out.trimmed() == u"Renamed Kingdom of Belgium to Belgium (Kingdom of)"_s);
    all = listJson(fund);
    CHECK(all.at(0).toObject().value(u"name"_s).toString() == u"Belgium (Kingdom of)"_s);
    CHECK_FALSE(all.at(1).toObject().value(u"gmg_member"_s).toBool());
    CHECK(all.at(1).toObject().value(u"country"_s).toString() == u"US"_s);

    r = runCli({u"org"_s, u"retire"_s, fund, u"UNDP"_s});
    CHECK(r.exit == 0);
    CHECK(listJson(fund).at(1).toObject().value(u"retired"_s).toBool());
    r = runCli({u"proposal"_s, u"add"_s, fund, u"--code"_s, u"P-1"_s, u"--title"_s, u"T"_s,
                u"--applicant"_s, u"UNDP"_s});
    CHECK(r.exit == 1);
    CHECK(r.err.startsWith(u"imdp: applicant: United Nations Development Programme is retired"_s));
    r = runCli({u"org"_s, u"retire"_s, fund, u"UNDP"_s, u"--undo"_s});
    CHECK(r.exit == 0);
    CHECK_FALSE(listJson(fund).at(1).toObject().value(u"retired"_s).toBool());

    // Text output: one line per organisation.
    r = runCli({u"org"_s, u"list"_s, fund});
    CHECK(r.exit == 0);
    CHECK(lines(r.out).size() == 2);

    // Delete: refused once a record refers to it.
    r = runCli({u"org"_s, u"delete"_s, fund, u"Belgium (Kingdom of)"_s});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(u"cannot be deleted, records refer to it"_s));
}

TEST_CASE("imdp org: bad input is one line naming the field, exit 2, nothing written",
          "[cli][organisations]")
{
    imdp::test::TempDir t;
    const QString fund = freshFund(t);
    REQUIRE(runCli({u"org"_s, u"add"_s, fund, u"--name"_s, u"Kingdom of Sweden"_s, u"--kind"_s,
                    u"state"_s})
                .exit == 0);
    const QStringList add{u"org"_s, u"add"_s, fund};
    refusedUnchanged(fund, add + QStringList{u"--kind"_s, u"state"_s}, 2,
                     u"imdp: name: is required"_s);
    refusedUnchanged(fund, add + QStringList{u"--name"_s, u"X"_s}, 2, u"imdp: kind: is required"_s);
    refusedUnchanged(fund, add + QStringList{u"--name"_s, u"X"_s, u"--kind"_s, u"club"_s}, 2,
                     u"imdp: kind: 'club' is not one of"_s);
    refusedUnchanged(
        fund,
        add + QStringList{u"--name"_s, u"X"_s, u"--kind"_s, u"ngo"_s, u"--country"_s, u"ZZ"_s}, 2,
        u"imdp: country: 'ZZ' is not an ISO 3166"_s);
    refusedUnchanged(
        fund,
        add + QStringList{u"--name"_s, u"X"_s, u"--kind"_s, u"ngo"_s, u"--iati-ref"_s, u"1234"_s},
        2, u"imdp: iati_ref: '1234' is not an IATI organisation identifier"_s);
    refusedUnchanged(
        fund,
        add + QStringList{u"--name"_s, u"X"_s, u"--kind"_s, u"ngo"_s, u"--email"_s, u"nobody"_s}, 2,
        u"imdp: email: 'nobody' is not an e-mail address"_s);
    refusedUnchanged(
        fund, add + QStringList{u"--name"_s, u"Kingdom\u200bof Sweden"_s, u"--kind"_s, u"state"_s},
        2, u"imdp: name: contains an invisible character (U+200B"_s);
    refusedUnchanged(
        fund, add + QStringList{u"--name"_s, u"KINGDOM\u00a0OF SWEDEN"_s, u"--kind"_s, u"state"_s},
        1, u"imdp: name: an organisation called 'Kingdom of Sweden' already exists"_s);
    refusedUnchanged(fund, {u"org"_s, u"edit"_s, fund, u"Nowhere"_s, u"--kind"_s, u"ngo"_s}, 2,
                     u"imdp: organisation: 'Nowhere' is not known"_s);
    refusedUnchanged(fund, {u"org"_s, u"merge"_s, fund, u"Kingdom of Sweden"_s}, 2,
                     u"imdp: into: is required"_s);
    refusedUnchanged(
        fund, {u"org"_s, u"merge"_s, fund, u"Nowhere"_s, u"--into"_s, u"Kingdom of Sweden"_s}, 2,
        u"imdp: duplicate: 'Nowhere' is not a known organisation"_s);
    refusedUnchanged(fund, {u"org"_s, u"list"_s, fund, u"--kind"_s, u"club"_s}, 2,
                     u"imdp: kind: 'club' is not one of"_s);
}

TEST_CASE("lookalike donor names in a receipts import never make a second donor",
          "[cli][organisations]")
{
    // Issue 17, item 10: a leading U+FEFF or U+200B, a no-break space, another case or a double
    // space printed like the name already there and made a new donor. Now they are the same
    // donor, or (an invisible character inside the name) the row is refused, naming it.
    imdp::test::TempDir t;
    const QString fund = freshFund(t);
    const QString csv = t.file(u"receipts.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-01-10,Kingdom of Sweden,donor,USD,10,1,R-1\n"
                               "2026-01-10,\xef\xbb\xbfKingdom of Sweden,donor,USD,10,1,R-2\n"
                               "2026-01-10,Kingdom\xc2\xa0of Sweden,donor,USD,10,1,R-3\n"
                               "2026-01-10,kingdom of  SWEDEN,donor,USD,10,1,R-4\n"
                               "2026-01-10,\xe2\x80\x8bKingdom of Sweden,donor,USD,10,1,R-5\n");
    Run r = runCli({u"import"_s, u"receipts"_s, fund, csv});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(u"New organisations (1): Kingdom of Sweden"_s));
    const QJsonArray all = listJson(fund);
    REQUIRE(all.size() == 1);
    CHECK(all.at(0).toObject().value(u"name"_s).toString() == u"Kingdom of Sweden"_s);

    const QString inside = t.file(u"inside.csv"_s);
    imdp::test::writeFile(inside, "date,donor,source,currency,amount,usd_rate,reference\n"
                                  "2026-01-10,Kingdom\xe2\x80\x8bof Sweden,donor,USD,10,1,R-6\n");
    const QByteArray before = imdp::test::sha256(fund);
    r = runCli({u"import"_s, u"receipts"_s, fund, inside});
    CHECK(r.exit == 2);
    CHECK(r.err.contains(u"inside.csv:2: donor: name: contains an invisible character (U+200B"_s));
    CHECK(imdp::test::sha256(fund) == before);
    CHECK(listJson(fund).size() == 1);
    CHECK(runCli({u"verify"_s, fund}).exit == 0);
}

TEST_CASE("imdp org merge moves a duplicate typed by an import, verify passes",
          "[cli][organisations]")
{
    imdp::test::TempDir t;
    const QString fund = freshFund(t);
    REQUIRE(runCli({u"org"_s, u"add"_s, fund, u"--name"_s, u"Kingdom of Sweden"_s, u"--kind"_s,
                    u"state"_s})
                .exit == 0);
    const QString csv = t.file(u"receipts.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-03-05,Kingdom of Swedne,donor,USD,200.00,1,R-1\n"
                               "2026-03-06,Kingdom of Sweden,donor,USD,50.00,1,R-2\n");
    // The dry run names the organisation the import would create, and writes nothing.
    const QByteArray before = imdp::test::sha256(fund);
    Run r = runCli({u"import"_s, u"receipts"_s, fund, csv, u"--dry-run"_s});
    CHECK(r.exit == 0);
    CHECK(r.out.contains(u"Would create organisations (1): Kingdom of Swedne"_s));
    CHECK(r.out.contains(u"Dry run: nothing was written"_s));
    CHECK(imdp::test::sha256(fund) == before);
    r = runCli({u"import"_s, u"receipts"_s, fund, csv});
    CHECK(r.exit == 0);
    CHECK(r.out.contains(u"New organisations (1): Kingdom of Swedne"_s));

    r = runCli(
        {u"org"_s, u"merge"_s, fund, u"Kingdom of Swedne"_s, u"--into"_s, u"Kingdom of Sweden"_s});
    CHECK(r.exit == 0);
    CHECK(r.out.trimmed() == u"Merged Kingdom of Swedne into Kingdom of Sweden"_s);
    CHECK(listJson(fund).size() == 1);
    r = runCli({u"verify"_s, fund});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exit == 0);
    r = runCli({u"position"_s, fund, u"--json"_s});
    CHECK(r.exit == 0);
    CHECK_FALSE(r.out.contains(u"Swedne"_s));
}

TEST_CASE("imdp import organisations: all or nothing, each bad row named", "[cli][organisations]")
{
    imdp::test::TempDir t;
    const QString fund = freshFund(t);
    const QString bad = t.file(u"orgs.csv"_s);
    imdp::test::writeFile(bad, "name,kind,short_name,gmg_member,country,iati_ref,contact,email\n"
                               "Kingdom of Sweden,state,,no,SE,,,\n"
                               "UNDP,agency,,perhaps,,,,\n"
                               "IOM,agency,,yes,XX,,,\n");
    const QByteArray before = imdp::test::sha256(fund);
    Run r = runCli({u"import"_s, u"organisations"_s, fund, bad});
    CHECK(r.exit == 2);
    CHECK(lines(r.err) ==
          QStringList{u"%1:3: gmg_member: 'perhaps' must be yes or no"_s.arg(bad),
                      u"%1:4: country: 'XX' is not an ISO 3166 alpha-2 country code"_s.arg(bad),
                      u"imdp: %1: nothing imported (2 bad rows)"_s.arg(bad)});
    CHECK(imdp::test::sha256(fund) == before);

    const QString good = t.file(u"good.csv"_s);
    imdp::test::writeFile(good, "name,kind,short_name,gmg_member\n"
                                "Kingdom of Sweden,state,,no\n"
                                "International Organization for Migration,agency,IOM,yes\n");
    r = runCli({u"import"_s, u"organisations"_s, fund, good});
    CHECK(r.exit == 0);
    CHECK(r.out.trimmed() == u"Imported 2 organisations from %1"_s.arg(good));
    const QJsonArray all = listJson(fund);
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).toObject().value(u"short_name"_s).toString() == u"IOM"_s);
    CHECK(all.at(0).toObject().value(u"gmg_member"_s).toBool());
}
