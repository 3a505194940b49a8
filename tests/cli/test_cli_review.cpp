// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end: imdp review — assignment with its conflict-of-interest rule, a package out and
// back, a second import that changes nothing (the file's bytes), tampered and foreign packages
// (exit 2, one line), conflicts (exit 1 with the list), the round summary.
#include "clirun.h"
#include "review/reviewfixture.h"

#include "core/review/package.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::lines;
using imdp::test::must;
using imdp::test::mustOk;
using imdp::test::runCli;

namespace {
void fill(core::review::Package &p, const QString &code, int score)
{
    core::review::Entry &e = *p.entry(code);
    e.declaration = u"none"_s;
    e.scores.clear();
    for (const core::review::Criterion &c : p.rubricOf(code))
        e.scores.append({c.code, score, {}});
    e.recommendation = u"recommend"_s;
}
} // namespace

TEST_CASE("imdp review: assign, export, import twice, summary", "[cli][review]")
{
    test::ReviewFund f;
    f.db.reset(); // the CLI takes the file's lock
    const QString fund = f.path;
    const QString pkg = f.t.file(u"ana.imdpreview"_s);

    auto r = runCli({u"review"_s, u"assign"_s, fund, u"P-1"_s, u"--reviewer"_s, u"Ana"_s,
                     u"--organisation"_s, u"ILO"_s});
    CHECK(r.exit == 1);
    CHECK(lines(r.err)
          == QStringList{u"imdp: P-1: cannot assign Ana: conflict of interest: the reviewer's "
                         "organisation ILO is the applicant (an officer may override with a "
                         "reason)"_s});
    r = runCli({u"review"_s, u"assign"_s, fund, u"P-1"_s, u"--reviewer"_s, u"Ana"_s,
                u"--organisation"_s, u"ILO"_s, u"--override"_s, u"Independent unit"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    REQUIRE(runCli({u"review"_s, u"assign"_s, fund, u"P-3"_s, u"--reviewer"_s, u"Ana"_s,
                    u"--role"_s, u"secondary"_s})
                .exit
            == 0);
    r = runCli({u"review"_s, u"list"_s, fund, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QJsonArray list = r.json().value(u"assignments"_s).toArray();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject().value(u"override_reason"_s).toString() == u"Independent unit"_s);

    r = runCli({u"review"_s, u"export"_s, fund, u"--reviewer"_s, u"Ana"_s, u"--out"_s, pkg});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.startsWith(u"Exported 2 proposal(s) and 1 attachment(s) for Ana"_s));

    auto p = must(core::review::readPackage(pkg));
    fill(p, u"P-1"_s, 4);
    fill(p, u"P-3"_s, 3);
    mustOk(core::review::savePackage(p));

    r = runCli({u"review"_s, u"import"_s, fund, pkg, u"--dry-run"_s});
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(u"Dry run: nothing was written"_s));
    r = runCli({u"review"_s, u"import"_s, fund, pkg});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(lines(r.out).last() == u"Imported 2 change(s) from Ana"_s);

    QByteArray before = test::sha256(fund);
    r = runCli({u"review"_s, u"import"_s, fund, pkg});
    REQUIRE(r.exit == 0);
    CHECK(lines(r.out).last() == u"Nothing new: the fund already holds this package's reviews"_s);
    CHECK(test::sha256(fund) == before); // not one byte changed

    r = runCli({u"review"_s, u"summary"_s, fund, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QJsonArray ps = r.json().value(u"proposals"_s).toArray();
    REQUIRE(ps.size() == 2);
    CHECK(ps[0].toObject().value(u"mean"_s).toString() == u"4.00"_s);
    CHECK(ps[1].toObject().value(u"mean"_s).toString() == u"3.00"_s);
    CHECK(r.json().value(u"reviewers"_s).toArray()[0].toObject().value(u"completed"_s).toInt()
          == 2);
    r = runCli({u"review"_s, u"summary"_s, fund, u"--spread-threshold"_s, u"1.5"_s});
    REQUIRE(r.exit == 0);
    CHECK(lines(r.out)[1] == u"P-1              1/1    4.00  0.00"_s);
    CHECK(runCli({u"review"_s, u"summary"_s, fund, u"--spread-threshold"_s, u"4.01"_s}).exit
          == 2);

    // The reviewer changes a completed review and sends the package again: a conflict.
    before = test::sha256(fund);
    p.entry(u"P-1"_s)->scores[0].score = 1;
    mustOk(core::review::savePackage(p));
    r = runCli({u"review"_s, u"import"_s, fund, pkg});
    CHECK(r.exit == 1);
    CHECK(r.out.isEmpty());
    CHECK(lines(r.err)
          == QStringList{u"conflict: P-1: a different review by Ana is already recorded "
                         "(completed, from a package)"_s,
                         u"imdp: ana.imdpreview: 1 conflict(s); nothing was imported "
                         "(--accept-changes replaces them)"_s});
    CHECK(test::sha256(fund) == before);
}

TEST_CASE("imdp review import refuses tampered and foreign packages with one line",
          "[cli][review]")
{
    test::ReviewFund f;
    test::ReviewFund other(u"Another fund"_s);
    mustOk(core::review::assign(*f, u"P-1"_s, [] {
        core::review::Assignment a;
        a.reviewer = u"Ana"_s;
        return a;
    }()));
    mustOk(core::review::assign(*other, u"P-1"_s, [] {
        core::review::Assignment a;
        a.reviewer = u"Ana"_s;
        return a;
    }()));
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    const QString foreign = other.t.file(u"foreign.imdpreview"_s);
    must(core::review::exportPackage(*f, u"Ana"_s, pkg));
    must(core::review::exportPackage(*other, u"Ana"_s, foreign));
    f.db.reset();

    auto r = runCli({u"review"_s, u"import"_s, f.path, foreign});
    CHECK(r.exit == 2);
    CHECK(lines(r.err)
          == QStringList{u"imdp: foreign.imdpreview: refused: this review package belongs to another "
                         "fund (Another fund)"_s});

    QFile file(pkg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes.replace("Workplan of P-1", "Workplan of P-9");
    bytes.replace(QByteArray("Workplan of P-1\n").toBase64(),
                  QByteArray("Workplan of P-9\n").toBase64());
    test::writeFile(pkg, bytes);
    const QByteArray before = test::sha256(f.path);
    r = runCli({u"review"_s, u"import"_s, f.path, pkg});
    CHECK(r.exit == 2);
    CHECK(lines(r.err)
          == QStringList{u"imdp: ana.imdpreview: refused: the package was altered outside IMDP Desk "
                         "after export (content hash mismatch)"_s});
    CHECK(test::sha256(f.path) == before);
}
