// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Proposal review: rubric, conflict-of-interest rules, exact aggregation, and review packages —
// what they hold and above all what they do not, the round trip, double, tampered and foreign
// imports, and conflicts never overwritten silently.
#include "../review/reviewfixture.h"

#include "core/committee/dossier.h"
#include "core/committee/meetings.h"
#include "core/review/package.h"
#include "core/review/review.h"
#include "core/storage/audit.h"
#include "core/storage/query.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;
using imdp::test::ReviewFund;

namespace {

qint64 count(Database &db, const QString &sql)
{
    return must(Query::scalar(db, sql));
}

review::Assignment assignment(const QString &reviewer, const QString &org = {},
                              const QString &role = u"primary"_s)
{
    review::Assignment a;
    a.reviewer = reviewer;
    a.organisation = org;
    a.role = role;
    return a;
}

/// Scores every default criterion with `score`, declares no conflict, recommends.
void fillAll(review::Entry &e, const QList<review::Criterion> &rubric, int score)
{
    e.declaration = u"none"_s;
    e.scores.clear();
    for (const review::Criterion &c : rubric)
        e.scores.append({c.code, score, u"on "_s + c.code});
    e.recommendation = u"recommend"_s;
    e.comment = u"Sound proposal."_s;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

TEST_CASE("the default rubric, and a rubric frozen once scored", "[review][rubric]")
{
    ReviewFund f;
    const auto rub = must(review::rubric(*f));
    REQUIRE(rub.size() == 6);
    CHECK(rub[0].label == u"Relevance to the objectives"_s);
    CHECK(rub[4].label == u"Gender and disaggregated data"_s);
    int total = 0;
    for (const auto &c : rub)
        total += c.weight;
    CHECK(total == 100);
    CHECK(must(review::rubric(*f, u"call-2027"_s)).size() == 6); // falls back to the default

    CHECK(review::setRubric(*f, u"call-2027"_s, {{u"Bad Code"_s, u"x"_s, 1}}).error().message
          == u"criterion: 'Bad Code' must be lowercase letters, digits or _"_s);
    CHECK(review::setRubric(*f, u"call-2027"_s, {{u"a"_s, u"A"_s, 0}}).error().message
          == u"weight: 0 of a must be from 1 to 100"_s);
    mustOk(review::setRubric(*f, u"call-2027"_s, {{u"a"_s, u"A"_s, 3}, {u"b"_s, u"B"_s, 5}}));
    CHECK(must(review::rubric(*f, u"call-2027"_s)).size() == 2);

    mustOk(review::assign(*f, u"P-3"_s, [] {
        auto a = assignment(u"Ana"_s);
        a.call = u"call-2027"_s;
        return a;
    }()));
    review::Review r;
    r.reviewer = u"Ana"_s;
    r.scores = {{u"a"_s, 4, {}}};
    mustOk(review::recordScores(*f, u"P-3"_s, r));
    const Status frozen = review::setRubric(*f, u"call-2027"_s, {{u"a"_s, u"A"_s, 1}});
    REQUIRE_FALSE(frozen.ok());
    CHECK(frozen.error().code == ErrorCode::Refused);
    CHECK(frozen.error().message.contains(u"reviews were scored"_s));
}

TEST_CASE("a reviewer of the applicant's or partner's organisation is blocked unless "
          "overridden with a reason, audited", "[review][coi]")
{
    ReviewFund f;
    const Status s = review::assign(*f, u"P-1"_s, assignment(u"Omar"_s, u"ilo"_s));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Refused);
    CHECK(s.error().message
          == u"P-1: cannot assign Omar: conflict of interest: the reviewer's organisation ilo is "
             "the applicant (an officer may override with a reason)"_s);
    CHECK(count(*f, u"SELECT COUNT(*) FROM review_assignment"_s) == 0);

    // The long name counts as well as the short one.
    CHECK_FALSE(review::assign(*f, u"P-1"_s,
                               assignment(u"Omar"_s, u"International Labour Organization"_s))
                    .ok());
    // Another organisation is fine.
    mustOk(review::assign(*f, u"P-1"_s, assignment(u"Sven"_s, u"Sweden"_s)));

    auto a = assignment(u"Omar"_s, u"ILO"_s, u"secondary"_s);
    a.overrideReason = u"Only statistician available; no link to the project team"_s;
    mustOk(review::assign(*f, u"P-1"_s, a));
    const auto list = must(review::assignments(*f, u"Omar"_s));
    REQUIRE(list.size() == 1);
    CHECK(list[0].coiFlag == u"the reviewer's organisation ILO is the applicant"_s);
    CHECK_FALSE(list[0].blocked());
    CHECK(count(*f, u"SELECT COUNT(*) FROM audit_event WHERE command = 'review.assign' "
                    "AND detail LIKE '%override_reason%Only statistician%'"_s)
          == 1);

    // A declared conflict blocks the assignment: no review can be recorded on it.
    CHECK(review::declareConflict(*f, u"P-1"_s, u"Sven"_s, u"conflict"_s, {}).error().message
          == u"note: a declared conflict must say what it is"_s);
    mustOk(review::declareConflict(*f, u"P-1"_s, u"Sven"_s, u"conflict"_s, u"Former employer"_s));
    CHECK(must(review::assignments(*f, u"Sven"_s))[0].blocked());
    review::Review r;
    r.reviewer = u"Sven"_s;
    r.scores = {{u"relevance"_s, 4, {}}};
    CHECK(review::recordScores(*f, u"P-1"_s, r).error().message
          == u"P-1: cannot record a review: the assignment of Sven is blocked by a conflict of "
             "interest"_s);
    CHECK(review::recordOverallReview(*f, u"P-1"_s, {u"Sven"_s, 4, true, {}, {}}).error().code ==
          ErrorCode::Refused);
}

TEST_CASE("aggregation is exact integer arithmetic in hundredths, rounded half up",
          "[review][aggregation]")
{
    const QList<review::Criterion> rub{{u"a"_s, {}, 3}, {u"b"_s, {}, 5}};
    // (1×3 + 2×5) × 100 / 8 = 162.5 → 163 (half up)
    CHECK(review::weightedMeanHundredths({{u"a"_s, 1, {}}, {u"b"_s, 2, {}}}, rub) == 163);
    // (5×3 + 4×5) × 100 / 8 = 437.5 → 438
    CHECK(review::weightedMeanHundredths({{u"a"_s, 5, {}}, {u"b"_s, 4, {}}}, rub) == 438);
    // (4×3 + 4×5) × 100 / 8 = 400 exactly
    CHECK(review::weightedMeanHundredths({{u"a"_s, 4, {}}, {u"b"_s, 4, {}}}, rub) == 400);
    const QList<review::Criterion> thirds{{u"a"_s, {}, 1}, {u"b"_s, {}, 1}, {u"c"_s, {}, 1}};
    // 1300 / 3 = 433.33 → 433; 1400 / 3 = 466.67 → 467
    CHECK(review::weightedMeanHundredths({{u"a"_s, 4, {}}, {u"b"_s, 4, {}}, {u"c"_s, 5, {}}},
                                         thirds)
          == 433);
    CHECK(review::weightedMeanHundredths({{u"a"_s, 5, {}}, {u"b"_s, 5, {}}, {u"c"_s, 4, {}}},
                                         thirds)
          == 467);
    CHECK(review::weightedMeanHundredths({}, thirds) == 0);
    CHECK(review::formatHundredths(305) == u"3.05"_s);
    CHECK(review::formatHundredths(500) == u"5.00"_s);

    ReviewFund f;
    const auto def = must(review::rubric(*f));
    mustOk(review::assign(*f, u"P-2"_s, assignment(u"Ana"_s)));
    mustOk(review::assign(*f, u"P-2"_s, assignment(u"Ben"_s, {}, u"secondary"_s)));
    mustOk(review::declareConflict(*f, u"P-2"_s, u"Ana"_s, u"none"_s, {}));
    mustOk(review::declareConflict(*f, u"P-2"_s, u"Ben"_s, u"none"_s, {}));
    // Ana: 5,4,3,3,2,4 with weights 25,20,15,15,10,15 → 375/100 = 3.75 exactly.
    review::Review ana;
    ana.reviewer = u"Ana"_s;
    const int anaScores[] = {5, 4, 3, 3, 2, 4};
    for (int i = 0; i < 6; ++i)
        ana.scores.append({def[i].code, anaScores[i], {}});
    ana.recommendation = u"recommend"_s;
    mustOk(review::recordScores(*f, u"P-2"_s, ana));
    // Ben: overall 2 recorded in the office → 2.00.
    mustOk(review::recordOverallReview(*f, u"P-2"_s, {u"Ben"_s, 2, true, {}, {}}));
    auto ps = must(review::proposalScore(*f, u"P-2"_s));
    CHECK(ps.completed == 2);
    CHECK(ps.meansHundredths == QList<int>{375, 200});
    CHECK(ps.meanHundredths == 288); // (375 + 200) / 2 = 287.5 → 288
    CHECK(ps.spreadHundredths == 175);
    CHECK(ps.spreadFlagged); // above the default threshold of 1.00
    mustOk(pipeline::setSetting(*f, u"review_spread_threshold"_s, 175));
    CHECK_FALSE(must(review::proposalScore(*f, u"P-2"_s)).spreadFlagged); // not above: equal
    // The pipeline reads the rubric review as its weighted mean rounded half up: 3.75 → 4.
    const auto old = must(review::overallReviews(*f, u"P-2"_s));
    REQUIRE(old.size() == 2);
    CHECK(old[0].reviewer == u"Ana"_s);
    CHECK(old[0].score == 4);
    CHECK(old[0].completed);

    const auto round = must(review::summary(*f));
    REQUIRE(round.reviewers.size() == 2);
    CHECK(round.reviewers[0].reviewer == u"Ana"_s);
    CHECK(round.reviewers[0].completed == 1);
    CHECK(round.reviewers[0].assigned == 1);
    REQUIRE(round.proposals.size() == 1);
    CHECK(round.proposals[0].proposal == u"P-2"_s);
}

TEST_CASE("reviews recorded in the office and from packages feed the recommend guard",
          "[review][pipeline]")
{
    ReviewFund f;
    const auto def = must(review::rubric(*f));
    mustOk(review::assign(*f, u"P-3"_s, assignment(u"Ana"_s)));
    mustOk(review::declareConflict(*f, u"P-3"_s, u"Ana"_s, u"none"_s, {}));
    review::Review ana;
    ana.reviewer = u"Ana"_s;
    for (const auto &c : def)
        ana.scores.append({c.code, 4, {}});
    mustOk(review::recordScores(*f, u"P-3"_s, ana)); // no recommendation yet: not completed
    mustOk(review::recordOverallReview(*f, u"P-3"_s, {u"Ben"_s, 4, true, {}, {}}));
    const Status early = pipeline::move(*f, u"P-3"_s, u"recommended"_s, {});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.endsWith(u"1 completed review of the 2 required"_s));
    ana.recommendation = u"recommend_with_changes"_s;
    mustOk(review::recordScores(*f, u"P-3"_s, ana));
    mustOk(pipeline::move(*f, u"P-3"_s, u"recommended"_s, {}));
    // Ben had no assignment: the office review made him a secondary one.
    const auto ben = must(review::assignments(*f, u"Ben"_s));
    REQUIRE(ben.size() == 1);
    CHECK(ben[0].role == u"secondary"_s);
}

TEST_CASE("a review package holds only what its reviewer may see", "[review][package]")
{
    ReviewFund f;
    mustOk(review::assign(*f, u"P-1"_s, assignment(u"Ana Reviewer"_s, u"Sweden"_s)));
    mustOk(review::assign(*f, u"P-2"_s, assignment(u"Other Person"_s)));
    mustOk(
        review::recordOverallReview(*f, u"P-2"_s, {u"Other Person"_s, 2, true, u"hidden"_s, {}}));
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    const auto ex = must(review::exportPackage(*f, u"Ana Reviewer"_s, pkg));
    CHECK(ex.proposals == 1);
    CHECK(ex.attachments == 1);

    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(pkg).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    QFile file(pkg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // Not a database: no table of the fund can travel in it.
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    // What it holds.
    const auto p = must(review::readPackage(pkg));
    CHECK(p.reviewer == u"Ana Reviewer"_s);
    REQUIRE(p.proposals.size() == 1);
    CHECK(p.proposals[0].code == u"P-1"_s);
    CHECK(p.proposals[0].details.contains(u"Summary of Labour migration statistics"_s));
    REQUIRE(p.proposals[0].attachments.size() == 1);
    CHECK(p.proposals[0].attachments[0].content == "Workplan of P-1\n");
    CHECK(p.rubricOf(u"P-1"_s).size() == 6);
    CHECK(p.fundName == u"Review fund"_s);
    CHECK(p.fundId == must(fund::setting(*f, u"fund_id"_s)));
    // What it must not hold: the ledger, other proposals, other reviewers, their reviews.
    for (const char *absent :
         {"LEDGER-SECRET-R1", "Sweden\"", "journal", "posting", "receipt", "P-2", "P-3",
          "Secret other proposal", "secret-annex", "Other annex", "Other Person", "hidden",
          "audit", "5000000"}) {
        INFO(absent);
        CHECK_FALSE(bytes.contains(absent));
    }
    const QJsonObject root = readJson(pkg);
    CHECK(QStringList(root.keys())
          == QStringList({u"content_hash"_s, u"export"_s, u"format"_s, u"reviews"_s,
                          u"version"_s}));
    CHECK(QStringList(root.value(u"export"_s).toObject().keys())
          == QStringList({u"exported_at"_s, u"fund"_s, u"package_id"_s, u"proposals"_s,
                          u"recommendations"_s, u"reviewer"_s, u"rubrics"_s}));
    // The fund recorded the package and its hash, audited.
    CHECK(count(*f, u"SELECT COUNT(*) FROM review_package"_s) == 1);
    CHECK(count(*f, u"SELECT COUNT(*) FROM audit_event WHERE command = 'review.export'"_s) == 1);
    // The fund id is created once.
    const QString id = must(fund::setting(*f, u"fund_id"_s));
    must(review::exportPackage(*f, u"Ana Reviewer"_s, f.t.file(u"ana2.imdpreview"_s)));
    CHECK(must(fund::setting(*f, u"fund_id"_s)) == id);
    // Never over an existing file.
    CHECK(review::exportPackage(*f, u"Ana Reviewer"_s, pkg).error().code == ErrorCode::Refused);
    // A reviewer with nothing in review gets no package.
    CHECK(review::exportPackage(*f, u"Nobody"_s, f.t.file(u"n.imdpreview"_s)).error().message
          == u"Nobody has no assignment on a proposal in review"_s);
}

TEST_CASE("a package goes out, is scored offline and comes back: once", "[review][package]")
{
    ReviewFund f;
    mustOk(review::assign(*f, u"P-1"_s, assignment(u"Ana"_s)));
    mustOk(review::assign(*f, u"P-3"_s, assignment(u"Ana"_s, {}, u"secondary"_s)));
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    must(review::exportPackage(*f, u"Ana"_s, pkg));

    auto p = must(review::readPackage(pkg));
    fillAll(*p.entry(u"P-1"_s), p.rubricOf(u"P-1"_s), 4);
    review::Entry &e3 = *p.entry(u"P-3"_s);
    e3.declaration = u"conflict"_s;
    e3.declarationNote = u"I advised the applicant last year"_s;
    mustOk(review::savePackage(p));
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(pkg).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const auto preview = must(review::previewImport(*f, pkg));
    CHECK(preview.count(u"new"_s) == 2);
    CHECK(count(*f, u"SELECT COUNT(*) FROM review"_s) == 0); // a preview writes nothing

    const auto first = must(review::importPackage(*f, pkg, false));
    CHECK(first.count(u"new"_s) == 2);
    const auto rs = must(review::reviews(*f, u"P-1"_s));
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].completed);
    CHECK(rs[0].scores.size() == 6);
    CHECK(rs[0].recommendation == u"recommend"_s);
    CHECK(must(review::proposalScore(*f, u"P-1"_s)).meanHundredths == 400);
    CHECK(must(review::assignments(*f, u"Ana"_s))[1].coiDeclared == u"conflict"_s);
    CHECK(count(*f, u"SELECT COUNT(*) FROM audit_event WHERE command = 'review.import'"_s) == 1);

    // The second import changes nothing at all: not a row, not an audit event.
    const qint64 audits = count(*f, u"SELECT COUNT(*) FROM audit_event"_s);
    const QString head = must(audit::head(*f));
    const auto second = must(review::importPackage(*f, pkg, false));
    CHECK(second.count(u"unchanged"_s) == 2);
    CHECK(second.count(u"new"_s) == 0);
    CHECK(count(*f, u"SELECT COUNT(*) FROM audit_event"_s) == audits);
    CHECK(must(audit::head(*f)) == head);
}

TEST_CASE("a review already imported that differs is a conflict, never overwritten silently",
          "[review][package]")
{
    ReviewFund f;
    mustOk(review::assign(*f, u"P-1"_s, assignment(u"Ana"_s)));
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    must(review::exportPackage(*f, u"Ana"_s, pkg));
    auto p = must(review::readPackage(pkg));

    SECTION("progress on an unfinished review of the same package is an update") {
        review::Entry &e = *p.entry(u"P-1"_s);
        e.declaration = u"none"_s;
        e.scores = {{u"relevance"_s, 3, {}}};
        mustOk(review::savePackage(p));
        CHECK(must(review::importPackage(*f, pkg, false)).count(u"new"_s) == 1);
        CHECK_FALSE(must(review::reviews(*f, u"P-1"_s))[0].completed);
        fillAll(e, p.rubricOf(u"P-1"_s), 5);
        mustOk(review::savePackage(p));
        CHECK(must(review::importPackage(*f, pkg, false)).count(u"update"_s) == 1);
        CHECK(must(review::reviews(*f, u"P-1"_s))[0].completed);
    }
    SECTION("a completed review that differs is reported and kept") {
        fillAll(*p.entry(u"P-1"_s), p.rubricOf(u"P-1"_s), 4);
        mustOk(review::savePackage(p));
        must(review::importPackage(*f, pkg, false));
        p.entry(u"P-1"_s)->scores[0].score = 1;
        mustOk(review::savePackage(p));
        const auto plan = must(review::importPackage(*f, pkg, false));
        REQUIRE(plan.conflicts().size() == 1);
        CHECK(plan.conflicts()[0].proposal == u"P-1"_s);
        CHECK(must(review::reviews(*f, u"P-1"_s))[0].scores[0].score == 4); // kept
        const auto accepted = must(review::importPackage(*f, pkg, true));
        CHECK(accepted.count(u"replace"_s) == 1);
        CHECK(must(review::reviews(*f, u"P-1"_s))[0].scores[0].score == 1);
        CHECK(count(*f, u"SELECT COUNT(*) FROM audit_event WHERE command = 'review.import' "
                        "AND detail LIKE '%\"replaced\"%'"_s)
              == 1);
    }
    SECTION("a review recorded in the office is not overwritten by a package") {
        mustOk(review::recordOverallReview(*f, u"P-1"_s, {u"Ana"_s, 2, true, {}, {}}));
        fillAll(*p.entry(u"P-1"_s), p.rubricOf(u"P-1"_s), 5);
        mustOk(review::savePackage(p));
        CHECK(must(review::importPackage(*f, pkg, false)).conflicts().size() == 1);
        CHECK(*must(review::reviews(*f, u"P-1"_s))[0].overall == 2);
    }
}

TEST_CASE("a tampered package and a package of another fund are refused, changing nothing",
          "[review][package]")
{
    ReviewFund f;
    mustOk(review::assign(*f, u"P-1"_s, assignment(u"Ana"_s)));
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    must(review::exportPackage(*f, u"Ana"_s, pkg));
    auto p = must(review::readPackage(pkg));
    fillAll(*p.entry(u"P-1"_s), p.rubricOf(u"P-1"_s), 4);
    mustOk(review::savePackage(p));
    const qint64 audits = count(*f, u"SELECT COUNT(*) FROM audit_event"_s);

    SECTION("an edited export part, hash left alone") {
        QByteArray bytes = [&] {
            QFile r(pkg);
            REQUIRE(r.open(QIODevice::ReadOnly));
            return r.readAll();
        }();
        REQUIRE(bytes.contains("Labour migration statistics"));
        bytes.replace("Labour migration statistics", "Labour migration statistic!");
        imdp::test::writeFile(pkg, bytes);
        const auto r = review::importPackage(*f, pkg, false);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadFile);
        CHECK(r.error().message
              == u"ana.imdpreview: refused: the package was altered outside IMDP Desk after "
                 "export (content hash mismatch)"_s);
    }
    SECTION("an edited export part with its hash recomputed: the fund kept the original") {
        QJsonObject root = readJson(pkg);
        QJsonObject exported = root.value(u"export"_s).toObject();
        exported.insert(u"reviewer"_s, u"Ana"_s);
        QJsonArray rub = exported.value(u"rubrics"_s).toObject().value(u"default"_s).toArray();
        QJsonObject c0 = rub[0].toObject();
        c0.insert(u"weight"_s, 99);
        rub[0] = c0;
        exported.insert(u"rubrics"_s, QJsonObject{{u"default"_s, rub}});
        root.insert(u"export"_s, exported);
        root.insert(u"content_hash"_s, review::contentHash(exported));
        imdp::test::writeFile(pkg, QJsonDocument(root).toJson());
        const auto r = review::importPackage(*f, pkg, false);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(u"altered outside IMDP Desk"_s));
    }
    SECTION("a package exported by another fund") {
        ReviewFund other(u"Another fund"_s);
        mustOk(review::assign(*other, u"P-1"_s, assignment(u"Ana"_s)));
        const QString foreign = other.t.file(u"ana.imdpreview"_s);
        must(review::exportPackage(*other, u"Ana"_s, foreign));
        const auto r = review::importPackage(*f, foreign, false);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadFile);
        CHECK(r.error().message
              == u"ana.imdpreview: refused: this review package belongs to another fund "
                 "(Another fund)"_s);
    }
    SECTION("a score outside 1 to 5 in the reviewer's part") {
        p.entry(u"P-1"_s)->scores[0].score = 7;
        mustOk(review::savePackage(p));
        const auto r = review::importPackage(*f, pkg, false);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == u"P-1: score 7 of relevance must be from 1 to 5"_s);
    }
    CHECK(count(*f, u"SELECT COUNT(*) FROM review"_s) == 0);
    CHECK(count(*f, u"SELECT COUNT(*) FROM audit_event"_s) == audits);
}

TEST_CASE("the dossier prints each proposal's score as review::proposalScore computes it",
          "[review][dossier]")
{
    ReviewFund f;
    mustOk(review::assign(*f, u"P-1"_s, assignment(u"Ana"_s)));
    mustOk(review::assign(*f, u"P-1"_s, assignment(u"Ben"_s, {}, u"secondary"_s)));
    // Weights 25, 20, 15, 15, 10, 15. Ana: 375 / 100 = 3.75; Ben: 325 / 100 = 3.25. A whole
    // score per reviewer (4 and 3) would have made the dossier disagree with the Reviews page.
    const QList<std::pair<QString, QList<int>>> given{{u"Ana"_s, {5, 4, 3, 3, 2, 4}},
                                                      {u"Ben"_s, {4, 3, 3, 3, 3, 3}}};
    const auto rubric = must(review::rubric(*f));
    REQUIRE(rubric.size() == 6);
    for (const auto &[reviewer, scores] : given) {
        mustOk(review::declareConflict(*f, u"P-1"_s, reviewer, u"none"_s, {}));
        review::Review r;
        r.reviewer = reviewer;
        for (int i = 0; i < rubric.size(); ++i)
            r.scores.append({rubric[i].code, scores[i], {}});
        r.recommendation = u"recommend"_s;
        r.comment = u"Comment of "_s + reviewer;
        mustOk(review::recordScores(*f, u"P-1"_s, r));
    }
    mustOk(pipeline::setSetting(*f, u"review_spread_threshold"_s, 40));
    mustOk(pipeline::move(*f, u"P-1"_s, u"recommended"_s, {}));
    Meeting m;
    m.date = QDate(2026, 7, 15);
    m.place = u"Geneva"_s;
    const qint64 meeting = must(meetings::add(*f, m));
    must(meetings::addProposal(*f, meeting, u"P-1"_s));

    const auto score = must(review::proposalScore(*f, u"P-1"_s));
    CHECK(score.meansHundredths == QList<int>({375, 325}));
    CHECK(score.meanHundredths == 350);
    CHECK(score.spreadFlagged);

    const auto reviewTable = [](const document::Document &d,
                                const QString &reviewer = u"Reviewer"_s) {
        for (const document::Block &b : d.blocks) {
            if (b.kind == document::Block::Kind::Table && !b.table.columns.isEmpty()
                && b.table.columns[0].title == reviewer)
                return b;
        }
        FAIL("the dossier has no Reviews table");
        return document::Block();
    };
    const auto d = must(dossier::build(*f, meeting, {}));
    const document::Block table = reviewTable(d);
    REQUIRE(table.table.rows.size() == 2);
    CHECK(table.table.rows[0] == QStringList({u"Ana"_s, u"3.75"_s, u"Comment of Ana"_s}));
    CHECK(table.table.rows[1] == QStringList({u"Ben"_s, u"3.25"_s, u"Comment of Ben"_s}));
    REQUIRE(table.table.totals.size() == 3);
    CHECK(table.table.totals[0] == u"Weighted mean"_s);
    CHECK(table.table.totals[1] == review::formatHundredths(score.meanHundredths));
    CHECK(table.table.totals[1] == u"3.50"_s);
    const bool spreadNoted = std::any_of(d.blocks.cbegin(), d.blocks.cend(), [](const auto &b) {
        return b.kind == document::Block::Kind::Note
               && b.text == u"The reviewers disagree: their scores are 0.50 apart, more than the "
                            "fund's 0.40."_s;
    });
    CHECK(spreadNoted);

    // In French, the same figures with the French decimal comma, and French words.
    dossier::Options fr;
    fr.language = u"fr"_s;
    fr.redacted = true;
    const document::Block frTable =
        reviewTable(must(dossier::build(*f, meeting, fr)), u"Évaluateur"_s);
    REQUIRE(frTable.table.rows.size() == 2);
    CHECK(frTable.table.rows[0] == QStringList({u"Évaluateur 1"_s, u"3,75"_s}));
    CHECK(frTable.table.totals == QStringList({u"Moyenne pondérée"_s, u"3,50"_s}));
}
