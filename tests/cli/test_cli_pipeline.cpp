// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end: the pipeline commands of the real `imdp` binary, their output and exit codes.
#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
using imdp::test::Run;
using imdp::test::runCli;

/// Runs a command expected to succeed.
Run ok(const QStringList &args)
{
    Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exit == 0);
    return r;
}

/// Runs a command expected to fail with `exit` and one line on stderr; returns that line.
QString refused(const QStringList &args, int exit)
{
    const Run r = runCli(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString());
    CHECK(r.exit == exit);
    CHECK(r.out.isEmpty());
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == 1);
    return lines.value(0);
}

QString demo(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"demo.imdp"_s);
    ok({u"init"_s, path, u"--demo"_s});
    return path;
}
} // namespace

TEST_CASE("imdp proposal list and show read the demo pipeline, in text and JSON", "[cli][pipeline]")
{
    imdp::test::TempDir t;
    const QString f = demo(t);
    Run r = ok({u"proposal"_s, u"list"_s, f, u"--json"_s});
    const QJsonArray all = r.json().value(u"proposals"_s).toArray();
    REQUIRE(all.size() == 12);
    const QJsonObject first = all.at(0).toObject();
    CHECK(first.value(u"code"_s).toString() == u"IMDP-26-001"_s);
    CHECK(first.value(u"requested"_s).toString() == u"850000.00"_s);
    CHECK(first.value(u"state"_s).toString() == u"implementation"_s);
    CHECK(first.value(u"countries"_s).toArray().size() == 4);

    r = ok({u"proposal"_s, u"list"_s, f, u"--state"_s, u"recommended"_s});
    CHECK(r.out.split(u'\n', Qt::SkipEmptyParts).size() == 2);
    CHECK(refused({u"proposal"_s, u"list"_s, f, u"--state"_s, u"limbo"_s}, 2)
          == u"imdp: state: 'limbo' is not a pipeline state"_s);

    r = ok({u"proposal"_s, u"show"_s, f, u"IMDP-26-001"_s, u"--json"_s});
    const QJsonObject p = r.json();
    CHECK(p.value(u"decision"_s).toObject().value(u"amount"_s).toString() == u"850000.00"_s);
    CHECK(p.value(u"terms_of_reference"_s).toObject().value(u"budget"_s).toString()
          == u"850000.00"_s);
    CHECK(p.value(u"tranches"_s).toArray().at(0).toObject().value(u"released_on"_s).toString()
          == u"2026-05-15"_s);
    CHECK(p.value(u"reports"_s).toArray().at(0).toObject().value(u"overdue"_s).toBool());
    CHECK(p.value(u"history"_s).toArray().size() == 7);
    CHECK(p.value(u"budget"_s).toArray().at(0).toObject().value(u"amount"_s).toString()
          == u"382500.00"_s);

    r = ok({u"proposal"_s, u"show"_s, f, u"IMDP-26-001"_s});
    CHECK(r.out.contains(u"Decision:     endorsed 850000.00 USD on 2026-04-22"_s));
    CHECK(r.out.contains(u"  report  #1 progress due 2026-11-01 OVERDUE\n"_s));
    CHECK(refused({u"proposal"_s, u"show"_s, f, u"NOPE-1"_s}, 2)
          == u"imdp: proposal: 'NOPE-1' does not exist"_s);
}

TEST_CASE("imdp proposal list --json writes what QJsonDocument would, escapes included",
          "[cli][pipeline]")
{
    imdp::test::TempDir t;
    const QString f = demo(t);
    const QString title = u"Quotes \" and a backslash \\ in Côte d’Ivoire, 100% «data»"_s;
    ok({u"proposal"_s, u"add"_s, f, u"--code"_s, u"Q-1"_s, u"--title"_s, title,
        u"--applicant"_s, u"ILO"_s, u"--country"_s, u"CI"_s, u"--country"_s, u"SN"_s});
    const Run r = ok({u"proposal"_s, u"list"_s, f, u"--json"_s});
    const QJsonArray all = r.json().value(u"proposals"_s).toArray();
    REQUIRE(all.size() == 13);
    // Each line is the compact form of its object: keys sorted, the same escaping.
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts).mid(2, 13);
    REQUIRE(lines.size() == 13);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.endsWith(u','))
            line.chop(1);
        CHECK(line
              == QString::fromUtf8(
                  QJsonDocument(all.at(i).toObject()).toJson(QJsonDocument::Compact)));
    }
    const QJsonObject q = all.at(12).toObject();
    CHECK(q.value(u"code"_s).toString() == u"Q-1"_s);
    CHECK(q.value(u"title"_s).toString() == title);
    CHECK(q.value(u"countries"_s).toArray() == QJsonArray{u"CI"_s, u"SN"_s});
    CHECK(q.value(u"partner"_s).toString().isEmpty());
    CHECK(lines.at(12).contains(u"\\\" and a backslash \\\\ in Côte"_s));
}

TEST_CASE("imdp due lists outstanding reports and flags the overdue", "[cli][pipeline]")
{
    imdp::test::TempDir t;
    const QString f = demo(t);
    Run r = ok({u"due"_s, f, u"--overdue"_s});
    CHECK(r.out == u"2026-11-01 IMDP-26-001 #1 progress         OVERDUE\n"_s);
    r = ok({u"due"_s, f, u"--json"_s});
    CHECK(r.json().value(u"today"_s).toString() == u"2026-11-28"_s);
    CHECK(r.json().value(u"reports"_s).toArray().size() == 11);
    r = ok({u"due"_s, f, u"--rules"_s, u"--json"_s});
    const QJsonArray rules = r.json().value(u"rules"_s).toArray();
    REQUIRE(rules.size() == 6);
    CHECK(rules.at(5).toObject().value(u"min_amount"_s).toString() == u"300000.00"_s);
    ok({u"rule"_s, u"set"_s, f, u"dgf_evaluation"_s, u"--kind"_s, u"evaluation"_s, u"--anchor"_s,
        u"end"_s, u"--offset"_s, u"6"_s, u"--min"_s, u"250000.00"_s, u"--description"_s,
        u"Evaluation for grants of US$250,000 or more"_s});
    r = ok({u"due"_s, f, u"--rules"_s, u"--json"_s});
    CHECK(r.json().value(u"rules"_s).toArray().at(5).toObject().value(u"min_amount"_s).toString()
          == u"250000.00"_s);
    CHECK(refused({u"rule"_s, u"set"_s, f, u"x"_s, u"--kind"_s, u"evaluation"_s, u"--anchor"_s,
                   u"closing"_s, u"--every"_s, u"6"_s, u"--description"_s, u"X"_s},
                  2)
          == u"imdp: every: only rules anchored on the start repeat"_s);
    CHECK(refused({u"report"_s, u"receive"_s, f, u"IMDP-26-001"_s, u"1"_s}, 2)
          == u"imdp: date: is required (--date YYYY-MM-DD)"_s);
    ok({u"report"_s, u"receive"_s, f, u"IMDP-26-001"_s, u"1"_s, u"--date"_s, u"2026-11-27"_s});
    CHECK(ok({u"due"_s, f, u"--overdue"_s}).out.isEmpty());
    CHECK(refused({u"report"_s, u"receive"_s, f, u"IMDP-26-001"_s, u"1"_s, u"--date"_s,
                   u"2026-11-27"_s},
                  1)
          == u"imdp: IMDP-26-001: cannot receive report 1: it was received on 2026-11-27"_s);
    CHECK(refused({u"report"_s, u"receive"_s, f, u"IMDP-26-001"_s, u"2"_s, u"--date"_s,
                   u"2026-12-01"_s},
                  2)
          == u"imdp: date: 2026-12-01 is in the future"_s);
}

TEST_CASE("a proposal's life through the CLI: guarded moves exit 1 with the reason",
          "[cli][pipeline]")
{
    imdp::test::TempDir t;
    const QString f = demo(t);
    const QString code = u"IMDP-27-001"_s;
    ok({u"proposal"_s, u"add"_s, f, u"--code"_s, code, u"--title"_s, u"Diaspora skills"_s,
        u"--applicant"_s, u"IOM"_s, u"--concept"_s, u"--objectives"_s, u"1"_s, u"--area"_s,
        u"B"_s, u"--source"_s, u"gfmd_recommendation"_s, u"--source-ref"_s,
        u"GFMD-2007-RT3.1"_s, u"--recommendation"_s, u"GFMD-2007-RT3.1"_s, u"--country"_s,
        u"MA,SN"_s, u"--requested"_s, u"120000.00"_s, u"--summary"_s, u"Skills transfer"_s});
    CHECK(refused({u"proposal"_s, u"move"_s, f, code, u"screening"_s}, 1) ==
          u"imdp: IMDP-27-001: cannot move from Draft to Screening"_s);
    // In French or Spanish (--lang, or LANG), the states in words of the language.
    CHECK(refused({u"proposal"_s, u"move"_s, f, code, u"screening"_s, u"--lang"_s, u"fr"_s}, 1) ==
          u"imdp: IMDP-27-001 : impossible de passer de « Brouillon » à « Présélection »"_s);
    ok({u"proposal"_s, u"move"_s, f, code, u"submitted"_s});
    ok({u"proposal"_s, u"move"_s, f, code, u"screening"_s});
    ok({u"proposal"_s, u"checklist"_s, f, code, u"--all-met"_s});
    CHECK(refused({u"proposal"_s, u"move"_s, f, code, u"in_review"_s}, 1) ==
          u"imdp: IMDP-27-001: cannot move from Screening to In review: a concept note must "
          "become a full proposal before review"_s);
    CHECK(refused({u"proposal"_s, u"edit"_s, f, code, u"--full"_s}, 1)
          == u"imdp: IMDP-27-001: cannot become a full proposal: missing partner, start date, "
             "end date, budget lines"_s);
    ok({u"proposal"_s, u"edit"_s, f, code, u"--full"_s, u"--partner"_s, u"IOM"_s, u"--start"_s,
        u"2027-01-01"_s, u"--end"_s, u"2027-12-31"_s, u"--budget"_s, u"Staff=80000.00"_s,
        u"--budget"_s, u"Travel=40000.00"_s});
    ok({u"proposal"_s, u"move"_s, f, code, u"in_review"_s});
    ok({u"proposal"_s, u"review"_s, f, code, u"--reviewer"_s, u"K. Tanaka"_s, u"--score"_s,
        u"4"_s});
    CHECK(refused({u"proposal"_s, u"move"_s, f, code, u"recommended"_s}, 1) ==
          u"imdp: IMDP-27-001: cannot move from In review to Recommended: 1 completed review "
          "of the 2 required"_s);
    ok({u"proposal"_s, u"review"_s, f, code, u"--reviewer"_s, u"A. Diallo"_s, u"--score"_s,
        u"5"_s, u"--comment"_s, u"Clear"_s});
    ok({u"proposal"_s, u"move"_s, f, code, u"recommended"_s, u"--note"_s, u"two reviews"_s});
    // Recording a decision is not allocating: the endorsement is what checks the funds.
    ok({u"proposal"_s, u"decide"_s, f, code, u"--decision"_s, u"endorsed"_s, u"--date"_s,
        u"2026-11-20"_s, u"--amount"_s, u"99999999.00"_s});
    CHECK(refused({u"proposal"_s, u"move"_s, f, code, u"endorsed"_s}, 1) ==
          u"imdp: IMDP-27-001: cannot move from Recommended to Endorsed: IMDP-27-001: "
          "99999999.00 USD is above what is available for allocation on 2026-11-20 "
          "(4749628.15 USD)"_s);
    ok({u"proposal"_s, u"decide"_s, f, code, u"--decision"_s, u"endorsed"_s, u"--date"_s,
        u"2026-11-21"_s, u"--amount"_s, u"100000.00"_s});
    Run r = ok({u"proposal"_s, u"move"_s, f, code, u"endorsed"_s, u"--json"_s});
    CHECK(r.json().value(u"to"_s).toString() == u"endorsed"_s);
    r = ok({u"tor"_s, u"set"_s, f, code, u"--objectives"_s, u"Transfer skills"_s});
    CHECK(r.out.trimmed()
          == u"Terms of reference of IMDP-27-001 saved; still missing: tasks, expected results, "
             "partner, start date, end date, budget"_s);
    CHECK(
        refused({u"proposal"_s, u"move"_s, f, code, u"tor_issued"_s}, 1) ==
        u"imdp: IMDP-27-001: cannot move from Endorsed to Terms of reference issued: the terms of "
        "reference lack tasks, expected results, partner, start date, end date, budget"_s);
    ok({u"tor"_s, u"set"_s, f, code, u"--tasks"_s, u"Workshops"_s, u"--results"_s, u"Plans"_s,
        u"--partner"_s, u"IOM"_s, u"--start"_s, u"2027-01-01"_s, u"--end"_s, u"2027-12-31"_s,
        u"--budget"_s, u"100000.00"_s});
    ok({u"tranche"_s, u"add"_s, f, code, u"--amount"_s, u"60000.00"_s, u"--conditions"_s,
        u"ToR signed"_s});
    CHECK(refused({u"tranche"_s, u"add"_s, f, code, u"--amount"_s, u"40000.01"_s}, 1)
          == u"imdp: IMDP-27-001: cannot schedule a tranche of 40000.01 USD: tranches would "
             "total 100000.01 USD, above the allocation of 100000.00 USD"_s);
    ok({u"proposal"_s, u"move"_s, f, code, u"tor_issued"_s});
    CHECK(refused({u"tranche"_s, u"release"_s, f, code, u"1"_s, u"--date"_s, u"2026-11-25"_s},
                  1)
          == u"imdp: IMDP-27-001: cannot release tranche 1: its conditions are not marked met"_s);
    ok({u"tranche"_s, u"met"_s, f, code, u"1"_s});
    ok({u"tranche"_s, u"release"_s, f, code, u"1"_s, u"--date"_s, u"2026-11-25"_s,
        u"--reference"_s, u"TRF-27-001-1"_s});
    ok({u"proposal"_s, u"move"_s, f, code, u"implementation"_s});
    r = ok({u"proposal"_s, u"show"_s, f, code, u"--json"_s});
    CHECK(r.json().value(u"reports"_s).toArray().size() == 3);
    CHECK(r.json().value(u"recommendations"_s).toArray().at(0).toString()
          == u"GFMD-2007-RT3.1"_s);
    CHECK(refused({u"proposal"_s, u"move"_s, f, code, u"withdrawn"_s}, 1) ==
          u"imdp: IMDP-27-001: cannot move from Under implementation to Withdrawn: a note must say "
          "why"_s);
    ok({u"proposal"_s, u"move"_s, f, code, u"withdrawn"_s, u"--note"_s, u"Partner left"_s});
    r = ok({u"gfmd"_s, u"list"_s, f, u"--json"_s});
    bool found = false;
    for (const QJsonValue &v : r.json().value(u"recommendations"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"reference"_s).toString() == u"GFMD-2007-RT3.1"_s)
            found = o.value(u"proposals"_s).toInt() == 3; // IMDP-26-003, -006 and the new one
    }
    CHECK(found);
}

TEST_CASE("bad input exits 2 with one line naming the field", "[cli][pipeline]")
{
    imdp::test::TempDir t;
    const QString f = demo(t);
    const QStringList add{u"proposal"_s, u"add"_s, f, u"--code"_s, u"X-1"_s, u"--title"_s,
                          u"T"_s, u"--applicant"_s, u"IOM"_s};
    CHECK(refused(add + QStringList{u"--country"_s, u"ZZ"_s}, 2)
          == u"imdp: countries: 'ZZ' is not an ISO 3166 alpha-2 country code"_s);
    CHECK(refused(add + QStringList{u"--requested"_s, u"12.345"_s}, 2)
              .startsWith(u"imdp: requested: "_s));
    CHECK(refused(add + QStringList{u"--budget"_s, u"Staff"_s}, 2)
          == u"imdp: budget: 'Staff' must be CATEGORY=AMOUNT"_s);
    CHECK(refused(add + QStringList{u"--start"_s, u"2027-02-30"_s}, 2)
          == u"imdp: start: '2027-02-30' is not a calendar date"_s);
    CHECK(refused(add + QStringList{u"--area"_s, u"C"_s}, 2)
          == u"imdp: action_area: 'C' is not an action area of the fund (A, B)"_s);
    CHECK(refused({u"proposal"_s, u"add"_s, f, u"--code"_s, u"IMDP-26-001"_s, u"--title"_s,
                   u"T"_s, u"--applicant"_s, u"IOM"_s},
                  1)
          == u"imdp: code: a proposal IMDP-26-001 already exists"_s);
    CHECK(refused({u"proposal"_s, u"review"_s, f, u"IMDP-26-006"_s, u"--reviewer"_s, u"X"_s,
                   u"--score"_s, u"high"_s},
                  2)
          == u"imdp: score: 'high' must be a whole number from 1 to 5"_s);
    CHECK(refused({u"proposal"_s, u"move"_s, f, u"IMDP-26-009"_s}, 2)
              .contains(u"expects FILE CODE STATE"_s));
    CHECK(refused({u"tranche"_s, u"release"_s, f, u"IMDP-26-001"_s, u"first"_s}, 2)
          == u"imdp: tranche: 'first' must be a tranche number (1, 2, ...)"_s);
    CHECK(refused({u"proposal"_s, u"checklist"_s, f, u"IMDP-26-007"_s, u"--met"_s, u"vibes"_s},
                  2)
              .startsWith(u"imdp: item: 'vibes' is not one of eligible_applicant"_s));
    CHECK(refused({u"proposal"_s, u"settings"_s, f, u"--reviews-required"_s, u"99"_s}, 2)
          == u"imdp: reviews_required: must be between 0 and 20"_s);
}

TEST_CASE("imdp proposal attach stores a document up to the fund's limit", "[cli][pipeline]")
{
    imdp::test::TempDir t;
    const QString f = demo(t);
    const QString small = t.file(u"concept.pdf"_s);
    imdp::test::writeFile(small, "%PDF-1.4 small");
    Run r = ok({u"proposal"_s, u"attach"_s, f, u"IMDP-26-009"_s, small, u"--json"_s});
    CHECK(r.json().value(u"size"_s).toInt() == 14);
    ok({u"proposal"_s, u"settings"_s, f, u"--attachment-limit-mb"_s, u"1"_s});
    const QString big = t.file(u"annex.pdf"_s);
    imdp::test::writeFile(big, QByteArray(3 * 512 * 1024, 'x'));
    CHECK(refused({u"proposal"_s, u"attach"_s, f, u"IMDP-26-009"_s, big}, 2)
          == u"imdp: attachment: 'annex.pdf' is 1.5 MB, above the fund's limit of 1.0 MB"_s);
    r = ok({u"proposal"_s, u"show"_s, f, u"IMDP-26-009"_s, u"--json"_s});
    const QJsonArray files = r.json().value(u"attachments"_s).toArray();
    REQUIRE(files.size() == 1);
    CHECK(files.at(0).toObject().value(u"name"_s).toString() == u"concept.pdf"_s);
    CHECK(refused({u"proposal"_s, u"attach"_s, f, u"IMDP-26-009"_s, t.file(u"none.pdf"_s)}, 2)
              .contains(u"none.pdf: cannot read"_s));
}

TEST_CASE("imdp proposal attachment lists and extracts a document, never overwriting unasked",
          "[cli][pipeline]")
{
    imdp::test::TempDir t;
    const QString f = demo(t);
    const QByteArray content("%PDF-1.4\n\x00\xff binary annex\n", 25);
    const QString source = t.file(u"annex.pdf"_s);
    imdp::test::writeFile(source, content);
    ok({u"proposal"_s, u"attach"_s, f, u"IMDP-26-009"_s, source});

    // Listed, in text and JSON, with the hash taken when it was attached.
    Run r = ok({u"proposal"_s, u"attachments"_s, f, u"IMDP-26-009"_s});
    CHECK(r.out.startsWith(u"annex.pdf  25 bytes  2026-11-28"_s));
    r = ok({u"proposal"_s, u"attachments"_s, f, u"IMDP-26-009"_s, u"--json"_s});
    const QJsonArray files = r.json().value(u"attachments"_s).toArray();
    REQUIRE(files.size() == 1);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    CHECK(files.at(0).toObject().value(u"sha256"_s).toString() == sha);
    CHECK(ok({u"proposal"_s, u"attachments"_s, f, u"IMDP-26-001"_s}).out
          == u"IMDP-26-001 has no attachment\n"_s);

    // Extracted byte for byte, and nothing left beside it.
    QDir().mkpath(t.file(u"out"_s));
    const QString out = t.file(u"out/copy.pdf"_s);
    r = ok({u"proposal"_s, u"attachment"_s, f, u"IMDP-26-009"_s, u"annex.pdf"_s, u"--out"_s, out,
            u"--json"_s});
    CHECK(r.json().value(u"size"_s).toInt() == 25);
    CHECK(r.json().value(u"sha256"_s).toString() == sha);
    QFile copy(out);
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == content);
    copy.close();
    CHECK(QDir(t.file(u"out"_s)).entryList(QDir::Files) == QStringList{u"copy.pdf"_s});

    // An existing file is kept unless --force.
    imdp::test::writeFile(out, "mine");
    CHECK(refused({u"proposal"_s, u"attachment"_s, f, u"IMDP-26-009"_s, u"annex.pdf"_s,
                   u"--out"_s, out},
                  1)
          == u"imdp: %1: already exists; use --force to replace it"_s.arg(out));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == "mine");
    copy.close();
    ok({u"proposal"_s, u"attachment"_s, f, u"IMDP-26-009"_s, u"annex.pdf"_s, u"--out"_s, out,
        u"--force"_s});
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == content);
    copy.close();
    CHECK(QDir(t.file(u"out"_s)).entryList(QDir::Files) == QStringList{u"copy.pdf"_s});

    // Clear errors for an unknown proposal, an unknown document, a folder, a missing folder.
    const QString other = t.file(u"out/other.pdf"_s);
    CHECK(refused({u"proposal"_s, u"attachment"_s, f, u"IMDP-99-999"_s, u"annex.pdf"_s,
                   u"--out"_s, other},
                  2)
          == u"imdp: proposal: 'IMDP-99-999' does not exist"_s);
    CHECK(refused({u"proposal"_s, u"attachment"_s, f, u"IMDP-26-009"_s, u"budget.xlsx"_s,
                   u"--out"_s, other},
                  2)
          == u"imdp: attachment: IMDP-26-009 has no document 'budget.xlsx' (see imdp proposal "
             "attachments)"_s);
    CHECK(refused({u"proposal"_s, u"attachment"_s, f, u"IMDP-26-001"_s, u"annex.pdf"_s,
                   u"--out"_s, other},
                  2)
          == u"imdp: attachment: IMDP-26-001 has no document 'annex.pdf' (it has none)"_s);
    CHECK(refused({u"proposal"_s, u"attachment"_s, f, u"IMDP-26-009"_s, u"annex.pdf"_s,
                   u"--out"_s, t.file(u"out"_s)},
                  2)
              .contains(u"is a folder"_s));
    CHECK(refused({u"proposal"_s, u"attachment"_s, f, u"IMDP-26-009"_s, u"annex.pdf"_s,
                   u"--out"_s, t.file(u"missing/x.pdf"_s)},
                  2)
              .contains(u"the folder does not exist"_s));
    CHECK(!QFileInfo::exists(other));
}
