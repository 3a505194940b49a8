// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp settings, objective, area, window, opening (issue 16) on funds built from an empty file.
#include "clirun.h"

#include "core/storage/database.h"
#include "core/storage/query.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {
using imdp::test::Run;
using imdp::test::runCli;

Run ok(const QStringList &args)
{
    Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exit == 0);
    return r;
}

/// A refusal or bad input: the exit status, nothing on stdout, one line on stderr.
QString refused(const QStringList &args, int exit)
{
    const Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == exit);
    CHECK(r.out.isEmpty());
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == 1);
    return lines.value(0);
}

/// Bad input: exit 2, one line naming `option`, the fund byte for byte unchanged.
void badInput(const QString &fund, const QStringList &args, const QString &option)
{
    const QByteArray before = imdp::test::sha256(fund);
    const QString line = refused(args, 2);
    INFO(line.toStdString());
    CHECK(line.contains(option));
    CHECK(imdp::test::sha256(fund) == before);
}

QString fresh(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"fund.imdp"_s);
    ok({u"init"_s, path, u"--name"_s, u"IMDP 2008"_s});
    return path;
}

qint64 scalar(const QString &fund, const QString &sql)
{
    auto db =
        imdp::test::must(imdp::core::Database::open(fund, imdp::core::Database::Mode::ReadOnly));
    return imdp::test::must(imdp::core::Query::scalar(*db, sql));
}

QString csv(const imdp::test::TempDir &t, const QString &name, const QByteArray &text)
{
    const QString path = t.file(name);
    imdp::test::writeFile(path, text);
    return path;
}
} // namespace

TEST_CASE("imdp settings: shows every setting and changes several in one audited transaction",
          "[cli][setup]")
{
    imdp::test::TempDir t;
    const QString f = fresh(t);
    QJsonObject s = ok({u"settings"_s, f, u"--json"_s}).json();
    for (const QString &key :
         {u"name"_s, u"cap_bps"_s, u"fiscal_year_start"_s, u"fee"_s, u"reviews_required"_s,
          u"quorum"_s, u"closing_waiver"_s, u"attachment_max_bytes"_s, u"review_spread_threshold"_s,
          u"iati_org_ref"_s, u"backup_keep"_s, u"backup_every_hours"_s})
        CHECK(s.contains(key));
    CHECK(s.size() == 12);
    CHECK(s.value(u"cap_bps"_s).toInt() == 1500);
    CHECK(s.value(u"fiscal_year_start"_s).toString() == u"07-01"_s);
    const qint64 audits = scalar(f, u"SELECT COUNT(*) FROM audit_event"_s);
    ok({u"settings"_s,
        f,
        u"--cap-bps"_s,
        u"1200"_s,
        u"--fiscal-year-start"_s,
        u"01-01"_s,
        u"--fee"_s,
        u"flat:100"_s,
        u"--name"_s,
        u"IMDP 2008-2010"_s,
        u"--quorum"_s,
        u"3"_s,
        u"--closing-waiver"_s,
        u"500.00"_s,
        u"--review-spread-threshold"_s,
        u"1.50"_s,
        u"--iati-org-ref"_s,
        u"XM-DAC-41301"_s,
        u"--backup-keep"_s,
        u"7"_s});
    s = ok({u"settings"_s, f, u"--json"_s}).json();
    CHECK(s.value(u"name"_s).toString() == u"IMDP 2008-2010"_s);
    CHECK(s.value(u"cap_bps"_s).toInt() == 1200);
    CHECK(s.value(u"fiscal_year_start"_s).toString() == u"01-01"_s);
    CHECK(s.value(u"fee"_s).toString() == u"flat:100"_s);
    CHECK(s.value(u"quorum"_s).toInt() == 3);
    CHECK(s.value(u"closing_waiver"_s).toString() == u"500.00"_s);
    CHECK(s.value(u"review_spread_threshold"_s).toString() == u"1.50"_s);
    CHECK(s.value(u"iati_org_ref"_s).toString() == u"XM-DAC-41301"_s);
    CHECK(s.value(u"backup_keep"_s).toInt() == 7);
    CHECK(scalar(f, u"SELECT COUNT(*) FROM audit_event"_s) == audits + 1);
    CHECK(scalar(f, u"SELECT COUNT(*) FROM audit_event WHERE command = 'fund.settings' AND "
                    "detail LIKE '%\"cap_bps\":{\"from\":\"1500\",\"to\":\"1200\"}%'"_s) == 1);
    // The per-topic commands read the same values.
    CHECK(ok({u"fee"_s, f}).out.contains(u"flat:100"_s));
    CHECK(ok({u"cap"_s, f, u"--json"_s}).json().value(u"cap_bps"_s).toInt() == 1200);

    badInput(f, {u"settings"_s, f, u"--cap-bps"_s, u"10001"_s}, u"cap-bps"_s);
    badInput(f, {u"settings"_s, f, u"--cap-bps"_s, u"lots"_s}, u"cap-bps"_s);
    badInput(f, {u"settings"_s, f, u"--fiscal-year-start"_s, u"02-29"_s}, u"fiscal-year-start"_s);
    badInput(f, {u"settings"_s, f, u"--fiscal-year-start"_s, u"7"_s}, u"fiscal-year-start"_s);
    badInput(f, {u"settings"_s, f, u"--fee"_s, u"half"_s, u"--name"_s, u"X"_s}, u"fee"_s);
    badInput(f, {u"settings"_s, f, u"--quorum"_s, u"-1"_s}, u"quorum"_s);
    badInput(f, {u"settings"_s, f, u"--reviews-required"_s, u"50"_s}, u"reviews-required"_s);
    badInput(f, {u"settings"_s, f, u"--iati-org-ref"_s, u"my fund"_s}, u"iati-org-ref"_s);
    badInput(f, {u"settings"_s, f, u"--backup-every-hours"_s, u"0"_s}, u"every-hours"_s);
    badInput(f, {u"settings"_s, f, u"--name"_s, u""_s}, u"name"_s);
}

TEST_CASE("imdp settings: lowering the cap below the plan basis warns and is kept", "[cli][setup]")
{
    imdp::test::TempDir t;
    const QString f = fresh(t);
    ok({u"import"_s, u"pledges"_s, f,
        csv(t, u"p.csv"_s,
            "date,donor,source,currency,amount,usd_rate,status,reference\n"
            "2026-01-10,Kingdom of Belgium,donor,USD,900000.00,1,signed,BE-1\n"
            "2026-01-11,World Bank DGF,bank,USD,100000.00,1,signed,DGF-1\n")});
    const Run r = ok({u"settings"_s, f, u"--cap-bps"_s, u"500"_s});
    CHECK(r.err.contains(u"imdp: warning: cap-bps: the plan basis already holds 10.00% Bank "
                         "resources, above the cap of 5.00%"_s));
    const QJsonObject cap = ok({u"cap"_s, f, u"--json"_s}).json();
    CHECK(cap.value(u"cap_bps"_s).toInt() == 500);
    CHECK_FALSE(cap.value(u"plan"_s).toObject().value(u"compliant"_s).toBool());
}

TEST_CASE("imdp objective and area: seeded, added, retitled, listed", "[cli][setup]")
{
    imdp::test::TempDir t;
    const QString f = fresh(t);
    QJsonArray objectives =
        ok({u"objective"_s, u"list"_s, f, u"--json"_s}).json().value(u"objectives"_s).toArray();
    REQUIRE(objectives.size() == 3);
    const QJsonObject first = objectives.at(0).toObject();
    CHECK(first.value(u"code"_s).toString() == u"1"_s);
    CHECK(first.value(u"title"_s).toString() == u"Follow-up of GFMD recommendations"_s);
    for (const QString &key : {u"title_fr"_s, u"title_es"_s, u"used"_s})
        CHECK(first.contains(key));
    ok({u"objective"_s, u"add"_s, f, u"--code"_s, u"4"_s, u"--title"_s, u"Diaspora"_s,
        u"--title-fr"_s, u"Diaspora (fr)"_s});
    ok({u"objective"_s, u"edit"_s, f, u"4"_s, u"--title-es"_s, u"Diáspora"_s});
    objectives =
        ok({u"objective"_s, u"list"_s, f, u"--json"_s}).json().value(u"objectives"_s).toArray();
    REQUIRE(objectives.size() == 4);
    CHECK(objectives.at(3).toObject().value(u"title_es"_s).toString() == u"Diáspora"_s);
    CHECK(objectives.at(3).toObject().value(u"title_fr"_s).toString() == u"Diaspora (fr)"_s);

    ok({u"area"_s, u"add"_s, f, u"--code"_s, u"C"_s, u"--title"_s, u"Remittances"_s});
    ok({u"area"_s, u"edit"_s, f, u"C"_s, u"--title"_s, u"Remittances and diaspora"_s});
    const QJsonArray areas =
        ok({u"area"_s, u"list"_s, f, u"--json"_s}).json().value(u"areas"_s).toArray();
    REQUIRE(areas.size() == 3);
    CHECK(areas.at(2).toObject().value(u"title"_s).toString() == u"Remittances and diaspora"_s);
    CHECK(areas.at(0).toObject().value(u"code"_s).toString() == u"A"_s);

    badInput(f, {u"objective"_s, u"add"_s, f, u"--code"_s, u"a b"_s, u"--title"_s, u"X"_s},
             u"code"_s);
    badInput(f, {u"objective"_s, u"add"_s, f, u"--code"_s, u"5"_s}, u"title"_s);
    badInput(f, {u"objective"_s, u"edit"_s, f, u"9"_s, u"--title"_s, u"X"_s}, u"objective"_s);
    badInput(f, {u"area"_s, u"add"_s, f, u"--code"_s, u"D"_s, u"--title"_s, u"a\tb"_s}, u"title"_s);
    badInput(f, {u"area"_s, u"edit"_s, f, u"C"_s}, u"title"_s);
    CHECK(refused({u"area"_s, u"add"_s, f, u"--code"_s, u"C"_s, u"--title"_s, u"Again"_s}, 1)
              .contains(u"already exists"_s));
}

namespace {
QStringList conceptNote(const QString &f, const QString &code, const QString &objectives,
                    const QString &area, const QString &requested)
{
    return {u"proposal"_s,
            u"add"_s,
            f,
            u"--code"_s,
            code,
            u"--title"_s,
            u"Study"_s,
            u"--applicant"_s,
            u"UNDP"_s,
            u"--concept"_s,
            u"--objectives"_s,
            objectives,
            u"--area"_s,
            area,
            u"--source"_s,
            u"gmg_agency"_s,
            u"--country"_s,
            u"SN"_s,
            u"--requested"_s,
            requested,
            u"--summary"_s,
            u"S"_s,
            u"--window"_s,
            u"W1"_s};
}
} // namespace

TEST_CASE("imdp window: a call for proposals guards submission (exit 1 with the reason)",
          "[cli][setup][window]")
{
    imdp::test::TempDir t;
    const QString f = fresh(t);
    // The applicant, created the way a new fund can today: an import creates unknown donors.
    ok({u"import"_s, u"receipts"_s, f,
        csv(t, u"r.csv"_s,
            "date,donor,source,currency,amount,usd_rate,reference\n"
            "2026-01-10,UNDP,donor,USD,10.00,1,R-1\n")});
    // The 2008 update: the Troika accepted objective 1 only.
    ok({u"window"_s, u"add"_s, f, u"--code"_s, u"W1"_s, u"--title"_s, u"GFMD follow-up"_s,
        u"--objectives"_s, u"1"_s, u"--areas"_s, u"A"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-12-31"_s, u"--ceiling"_s, u"100000.00"_s, u"--total"_s, u"150000.00"_s});
    ok({u"window"_s, u"add"_s, f, u"--code"_s, u"W0"_s, u"--title"_s, u"Closed call"_s,
        u"--objectives"_s, u"1,2,3"_s, u"--to"_s, u"2026-10-31"_s});
    const QJsonArray windows =
        ok({u"window"_s, u"list"_s, f, u"--json"_s}).json().value(u"windows"_s).toArray();
    REQUIRE(windows.size() == 2);
    const QJsonObject w1 = windows.at(1).toObject();
    CHECK(w1.value(u"code"_s).toString() == u"W1"_s);
    CHECK(w1.value(u"objectives"_s).toArray() == QJsonArray{u"1"_s});
    CHECK(w1.value(u"areas"_s).toArray() == QJsonArray{u"A"_s});
    CHECK(w1.value(u"from"_s).toString() == u"2026-01-01"_s);
    CHECK(w1.value(u"to"_s).toString() == u"2026-12-31"_s);
    CHECK(w1.value(u"ceiling"_s).toString() == u"100000.00"_s);
    CHECK(w1.value(u"total"_s).toString() == u"150000.00"_s);
    CHECK(windows.at(0).toObject().value(u"ceiling"_s).isNull());

    ok(conceptNote(f, u"P-1"_s, u"1"_s, u"A"_s, u"100000.00"_s));
    ok({u"proposal"_s, u"move"_s, f, u"P-1"_s, u"submitted"_s});
    CHECK(ok({u"proposal"_s, u"show"_s, f, u"P-1"_s, u"--json"_s})
              .json()
              .value(u"window"_s)
              .toString() == u"W1"_s);

    ok(conceptNote(f, u"P-OBJ"_s, u"1,2"_s, u"A"_s, u"1000.00"_s));
    CHECK(refused({u"proposal"_s, u"move"_s, f, u"P-OBJ"_s, u"submitted"_s}, 1) ==
          u"imdp: P-OBJ: cannot move from Draft to Submitted: window W1 does not accept "
          "objective 2 (it accepts 1)"_s);
    ok(conceptNote(f, u"P-AREA"_s, u"1"_s, u"B"_s, u"1000.00"_s));
    CHECK(refused({u"proposal"_s, u"move"_s, f, u"P-AREA"_s, u"submitted"_s}, 1)
              .endsWith(u"window W1 does not accept action area B (it accepts A)"_s));
    ok(conceptNote(f, u"P-BIG"_s, u"1"_s, u"A"_s, u"100000.01"_s));
    CHECK(refused({u"proposal"_s, u"move"_s, f, u"P-BIG"_s, u"submitted"_s}, 1)
              .endsWith(u"the request of 100000.01 USD is above window W1's ceiling of "
                        "100000.00 USD"_s));
    ok(conceptNote(f, u"P-TOT"_s, u"1"_s, u"A"_s, u"50000.01"_s));
    CHECK(refused({u"proposal"_s, u"move"_s, f, u"P-TOT"_s, u"submitted"_s}, 1)
              .endsWith(u"window W1's proposals would ask 150000.01 USD, above its total of "
                        "150000.00 USD"_s));
    ok({u"proposal"_s, u"edit"_s, f, u"P-AREA"_s, u"--window"_s, u"W0"_s});
    CHECK(refused({u"proposal"_s, u"move"_s, f, u"P-AREA"_s, u"submitted"_s}, 1)
              .endsWith(u"window W0 closed on 2026-10-31"_s)); // IMDP_NOW is 2026-11-28
    // Out of any window, the same proposal goes through.
    ok({u"proposal"_s, u"edit"_s, f, u"P-AREA"_s, u"--window"_s, u""_s});
    ok({u"proposal"_s, u"move"_s, f, u"P-AREA"_s, u"submitted"_s});

    badInput(f, {u"window"_s, u"add"_s, f, u"--code"_s, u"W2"_s, u"--title"_s, u"T"_s},
             u"objectives"_s);
    badInput(f,
             {u"window"_s, u"add"_s, f, u"--code"_s, u"W2"_s, u"--title"_s, u"T"_s,
              u"--objectives"_s, u"8"_s},
             u"objectives"_s);
    badInput(f,
             {u"window"_s, u"add"_s, f, u"--code"_s, u"W2"_s, u"--title"_s, u"T"_s,
              u"--objectives"_s, u"1"_s, u"--areas"_s, u"Z"_s},
             u"areas"_s);
    badInput(f,
             {u"window"_s, u"add"_s, f, u"--code"_s, u"W2"_s, u"--title"_s, u"T"_s,
              u"--objectives"_s, u"1"_s, u"--to"_s, u"2026-13-01"_s},
             u"to"_s);
    badInput(f,
             {u"window"_s, u"add"_s, f, u"--code"_s, u"W2"_s, u"--title"_s, u"T"_s,
              u"--objectives"_s, u"1"_s, u"--ceiling"_s, u"1.001"_s},
             u"ceiling"_s);
    badInput(f,
             {u"window"_s, u"add"_s, f, u"--code"_s, u"W2"_s, u"--title"_s, u"T"_s,
              u"--objectives"_s, u"1"_s, u"--total"_s, u"0"_s},
             u"total"_s);
    badInput(f, conceptNote(f, u"P-X"_s, u"1"_s, u"A"_s, u"1.00"_s).replaceInStrings(u"W1"_s, u"W9"_s),
             u"window"_s);
}

TEST_CASE("imdp window edit: only what is given changes, audited, a refused edit changes nothing",
          "[cli][setup][window]")
{
    imdp::test::TempDir t;
    const QString f = fresh(t);
    ok({u"org"_s, u"add"_s, f, u"--name"_s, u"UNDP"_s, u"--kind"_s, u"agency"_s, u"--gmg"_s});
    ok({u"window"_s, u"add"_s, f, u"--code"_s, u"W1"_s, u"--title"_s, u"GFMD follow-up"_s,
        u"--objectives"_s, u"1"_s, u"--areas"_s, u"A"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-06-30"_s, u"--ceiling"_s, u"100000.00"_s, u"--total"_s, u"150000.00"_s});
    const qint64 audits = scalar(f, u"SELECT COUNT(*) FROM audit_event"_s);

    // The call is extended and widened to objective 3; its ceiling per proposal is dropped.
    const QJsonObject r = ok({u"window"_s, u"edit"_s, f, u"W1"_s, u"--title"_s,
                              u"GFMD follow-up, extended"_s, u"--to"_s, u"2026-12-31"_s,
                              u"--objectives"_s, u"1,3"_s, u"--ceiling"_s, u""_s, u"--json"_s})
                              .json();
    CHECK(r.value(u"code"_s).toString() == u"W1"_s);
    CHECK(r.value(u"title"_s).toString() == u"GFMD follow-up, extended"_s);
    CHECK(ok({u"window"_s, u"edit"_s, f, u"W1"_s, u"--total"_s, u"200000.00"_s}).out ==
          u"Changed window W1: GFMD follow-up, extended\n"_s);
    QJsonArray windows =
        ok({u"window"_s, u"list"_s, f, u"--json"_s}).json().value(u"windows"_s).toArray();
    REQUIRE(windows.size() == 1);
    QJsonObject w1 = windows.at(0).toObject();
    CHECK(w1.value(u"title"_s).toString() == u"GFMD follow-up, extended"_s);
    CHECK(w1.value(u"objectives"_s).toArray() == (QJsonArray{u"1"_s, u"3"_s}));
    CHECK(w1.value(u"areas"_s).toArray() == QJsonArray{u"A"_s}); // not given: kept
    CHECK(w1.value(u"from"_s).toString() == u"2026-01-01"_s);    // kept
    CHECK(w1.value(u"to"_s).toString() == u"2026-12-31"_s);
    CHECK(w1.value(u"ceiling"_s).isNull());
    CHECK(w1.value(u"total"_s).toString() == u"200000.00"_s);
    CHECK(scalar(f, u"SELECT COUNT(*) FROM audit_event"_s) == audits + 2);
    CHECK(scalar(f, u"SELECT COUNT(*) FROM audit_event WHERE command = 'window.edit'"_s) == 2);
    // An edit that changes nothing (no option, or the values it has) writes nothing.
    ok({u"window"_s, u"edit"_s, f, u"W1"_s});
    ok({u"window"_s, u"edit"_s, f, u"W1"_s, u"--total"_s, u"200000.00"_s});
    ok({u"objective"_s, u"edit"_s, f, u"1"_s});
    CHECK(scalar(f, u"SELECT COUNT(*) FROM audit_event"_s) == audits + 2);

    // The edit governs submission: a proposal of objective 3 above the old ceiling goes through.
    ok(conceptNote(f, u"P-1"_s, u"3"_s, u"A"_s, u"120000.00"_s));
    ok({u"proposal"_s, u"move"_s, f, u"P-1"_s, u"submitted"_s});
    // Closed before today (IMDP_NOW is 2026-11-28), then open again with no closing date.
    ok({u"window"_s, u"edit"_s, f, u"W1"_s, u"--to"_s, u"2026-10-31"_s});
    ok(conceptNote(f, u"P-2"_s, u"1"_s, u"A"_s, u"1000.00"_s));
    CHECK(refused({u"proposal"_s, u"move"_s, f, u"P-2"_s, u"submitted"_s}, 1)
              .endsWith(u"window W1 closed on 2026-10-31"_s));
    ok({u"window"_s, u"edit"_s, f, u"W1"_s, u"--to"_s, u""_s, u"--areas"_s, u""_s});
    w1 = ok({u"window"_s, u"list"_s, f, u"--json"_s})
             .json()
             .value(u"windows"_s)
             .toArray()
             .at(0)
             .toObject();
    CHECK(w1.value(u"to"_s).toString().isEmpty());
    CHECK(w1.value(u"areas"_s).toArray().isEmpty()); // every area
    ok({u"proposal"_s, u"move"_s, f, u"P-2"_s, u"submitted"_s});

    // Refused (exit 1): what its proposals serve stays accepted; the file byte for byte unchanged.
    const QByteArray before = imdp::test::sha256(f);
    CHECK(refused({u"window"_s, u"edit"_s, f, u"W1"_s, u"--objectives"_s, u"1"_s}, 1) ==
          u"imdp: objectives: proposal P-1 of window W1 serves objective 3; keep it"_s);
    CHECK(refused({u"window"_s, u"edit"_s, f, u"W1"_s, u"--areas"_s, u"B"_s}, 1) ==
          u"imdp: areas: proposal P-1 of window W1 is in action area A; keep it"_s);
    CHECK(imdp::test::sha256(f) == before);

    // Bad input (exit 2): one line naming the field, nothing written.
    badInput(f, {u"window"_s, u"edit"_s, f, u"W9"_s, u"--title"_s, u"T"_s}, u"window: 'W9'"_s);
    badInput(f, {u"window"_s, u"edit"_s, f, u"W1"_s, u"--title"_s, u""_s}, u"title"_s);
    badInput(f, {u"window"_s, u"edit"_s, f, u"W1"_s, u"--objectives"_s, u""_s}, u"objectives"_s);
    badInput(f, {u"window"_s, u"edit"_s, f, u"W1"_s, u"--objectives"_s, u"1,3,8"_s},
             u"objectives"_s);
    badInput(f, {u"window"_s, u"edit"_s, f, u"W1"_s, u"--areas"_s, u"A,Z"_s}, u"areas"_s);
    badInput(f, {u"window"_s, u"edit"_s, f, u"W1"_s, u"--from"_s, u"2026-02-30"_s}, u"from"_s);
    badInput(f, {u"window"_s, u"edit"_s, f, u"W1"_s, u"--to"_s, u"2025-12-31"_s},
             u"to: 2025-12-31"_s);
    badInput(f, {u"window"_s, u"edit"_s, f, u"W1"_s, u"--ceiling"_s, u"250000.00"_s},
             u"ceiling: 250000.00 is above the window's total 200000.00"_s);
    badInput(f, {u"window"_s, u"edit"_s, f, u"W1"_s, u"--total"_s, u"-5.00"_s}, u"total"_s);
    badInput(f, {u"window"_s, u"edit"_s, f, u"W1"_s, u"--code"_s, u"W2"_s}, u"code"_s);
    CHECK(imdp::test::sha256(f) == before);
}

TEST_CASE("imdp opening: one balanced entry, the position is the CSV's, verify clean, once only",
          "[cli][setup][opening]")
{
    imdp::test::TempDir t;
    const QString f = fresh(t);
    const QString file = csv(t, u"opening.csv"_s,
                             "kind,donor,project,partner,amount_usd\n"
                             "pledged,Kingdom of Belgium,,,1000000.00\n"
                             "paid,Kingdom of Belgium,,,750000.00\n"
                             "pledged,Kingdom of Spain,,,250000.00\n"
                             "paid,Kingdom of Spain,,,250000.00\n"
                             "fee,,,,10000.00\n"
                             "allocated,,IMDP-07-001,,600000.00\n"
                             "transferred,,IMDP-07-001,UNDP,400000.00\n"
                             "spent,,IMDP-07-001,UNDP,150000.00\n"
                             "refunded,,IMDP-07-001,UNDP,20000.00\n");
    const QJsonObject r =
        ok({u"opening"_s, f, file, u"--date"_s, u"2008-06-30"_s, u"--json"_s}).json();
    CHECK(r.value(u"rows"_s).toInt() == 9);
    CHECK(r.value(u"as_of"_s).toString() == u"2008-06-30"_s);
    const QJsonObject p = r.value(u"position"_s).toObject();
    CHECK(p.value(u"pledged"_s).toString() == u"1250000.00"_s);
    CHECK(p.value(u"received"_s).toString() == u"1000000.00"_s);
    CHECK(p.value(u"fees"_s).toString() == u"10000.00"_s);
    CHECK(p.value(u"allocated"_s).toString() == u"600000.00"_s);
    CHECK(p.value(u"transferred"_s).toString() == u"400000.00"_s);
    CHECK(p.value(u"expenditure"_s).toString() == u"150000.00"_s);
    CHECK(p.value(u"refunded"_s).toString() == u"20000.00"_s);
    CHECK(p.value(u"held_by_partners"_s).toString() == u"230000.00"_s);
    CHECK(p.value(u"available"_s).toString() == u"390000.00"_s);
    CHECK(p.value(u"cash"_s).toString() == u"610000.00"_s);
    // The same figures from `imdp position` later on.
    const QJsonObject later = ok({u"position"_s, f, u"--json"_s}).json();
    CHECK(later.value(u"available"_s).toString() == u"390000.00"_s);
    ok({u"verify"_s, f});
    CHECK(scalar(f, u"SELECT COUNT(*) FROM journal_entry"_s) == 1);
    CHECK(scalar(f, u"SELECT COUNT(*) FROM audit_event WHERE command = 'ledger.import' AND "
                    "detail LIKE '%\"kind\":\"opening\"%'"_s) == 1);
    // Once only.
    const QByteArray before = imdp::test::sha256(f);
    CHECK(refused({u"opening"_s, f, file, u"--date"_s, u"2008-01-31"_s}, 1)
              .contains(u"already has opening balances as of 2008-06-30"_s));
    CHECK(imdp::test::sha256(f) == before);
}

TEST_CASE("imdp opening: bad input is refused whole", "[cli][setup][opening]")
{
    imdp::test::TempDir t;
    const QString f = fresh(t);
    const QString good =
        csv(t, u"good.csv"_s, "kind,donor,project,partner,amount_usd\npaid,Belgium,,,5.00\n");
    badInput(f, {u"opening"_s, f, good}, u"date"_s);
    badInput(f, {u"opening"_s, f, good, u"--date"_s, u"2008-02-30"_s}, u"date"_s);
    const QByteArray before = imdp::test::sha256(f);
    const Run r = runCli({u"opening"_s, f,
                          csv(t, u"bad.csv"_s,
                              "kind,donor,project,partner,amount_usd\n"
                              "paid,Belgium,,,5.00\n"
                              "spent,,P-1,,1.00\n"),
                          u"--date"_s, u"2008-06-30"_s});
    CHECK(r.exit == 2);
    CHECK(r.err.contains(u"bad.csv:3: partner: is required for a spent row"_s));
    CHECK(r.err.contains(u"nothing recorded (1 bad row)"_s));
    CHECK(imdp::test::sha256(f) == before);
}

TEST_CASE("imdp opening: a pledge's opening paid part counts against later receipts, its paid "
          "part and its arrears",
          "[cli][setup][opening]")
{
    imdp::test::TempDir t;
    const QString f = fresh(t);
    const QString file = csv(t, u"opening.csv"_s,
                             "kind,donor,project,partner,amount_usd\n"
                             "pledged,Kingdom of Belgium,,,1000000.00\n"
                             "paid,Kingdom of Belgium,,,750000.00\n");
    ok({u"opening"_s, f, file, u"--date"_s, u"2008-06-30"_s});
    const QString ref = u"OPENING-20080630-1"_s;
    const auto pledge = [&] {
        const QJsonArray all = ok({u"pledge"_s, u"list"_s, f, u"--json"_s}).json()
                                   .value(u"pledges"_s)
                                   .toArray();
        REQUIRE(all.size() == 1);
        return all.first().toObject();
    };
    const auto receivable = [&] {
        for (const QJsonValue &a :
             ok({u"accounts"_s, f, u"--json"_s}).json().value(u"accounts"_s).toArray())
            if (a.toObject().value(u"account"_s).toString() == u"pledges_receivable"_s)
                return a.toObject().value(u"balance"_s).toString();
        return QString();
    };
    CHECK(pledge().value(u"reference"_s).toString() == ref);
    CHECK(pledge().value(u"paid"_s).toString() == u"750000.00"_s);
    CHECK(receivable() == u"250000.00"_s);

    // A schedule: the 250,000 left is due by 2008-09-30; the opening part is not in arrears.
    ok({u"pledge"_s, u"amend"_s, f, ref, u"--instalment"_s, u"2008-06-30=750000.00"_s,
        u"--instalment"_s, u"2008-09-30=250000.00"_s, u"--date"_s, u"2008-07-01"_s,
        u"--note"_s, u"schedule as signed"_s});
    const auto position = [&](const QString &at) {
        return ok({u"position"_s, f, u"--at"_s, at, u"--json"_s}).json();
    };
    CHECK(position(u"2008-07-15"_s).value(u"arrears"_s).toString() == u"0.00"_s);

    // 100,000 paid later: 850,000 paid in all; 150,000 in arrears after the due date.
    ok({u"receipt"_s, u"add"_s, f, u"--donor"_s, u"Kingdom of Belgium"_s, u"--amount"_s,
        u"100000.00"_s, u"--reference"_s, u"R-1"_s, u"--pledge"_s, ref, u"--date"_s,
        u"2008-08-01"_s});
    CHECK(pledge().value(u"paid"_s).toString() == u"850000.00"_s);
    CHECK(receivable() == u"150000.00"_s);
    CHECK(position(u"2008-10-01"_s).value(u"arrears"_s).toString() == u"150000.00"_s);

    // 200,000 more clears the 150,000 left; the 50,000 beyond is a contribution without a
    // pledge, and the receivable is nil, not below nil.
    ok({u"receipt"_s, u"add"_s, f, u"--donor"_s, u"Kingdom of Belgium"_s, u"--amount"_s,
        u"200000.00"_s, u"--reference"_s, u"R-2"_s, u"--pledge"_s, ref, u"--date"_s,
        u"2008-10-15"_s});
    CHECK(pledge().value(u"paid"_s).toString() == u"1050000.00"_s);
    CHECK(receivable() == u"0.00"_s);
    const QJsonObject now = position(u"2008-12-31"_s);
    CHECK(now.value(u"outstanding"_s).toString() == u"0.00"_s);
    CHECK(now.value(u"arrears"_s).toString() == u"0.00"_s);
    CHECK(now.value(u"received"_s).toString() == u"1050000.00"_s);
    // Lowering the pledge below what was paid, opening part included, is refused.
    CHECK(refused({u"pledge"_s, u"amend"_s, f, ref, u"--amount"_s, u"800000.00"_s, u"--no-instalments"_s, u"--date"_s,
                   u"2008-12-31"_s, u"--note"_s, u"lower"_s},
                  1)
              .contains(u"paid"_s));
    ok({u"verify"_s, f});
}
