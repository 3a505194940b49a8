// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 19 for the pipeline, the reviews, the demo loader and CSV imports: every refusal carries
// its key and values, so French and Spanish name states through the label catalogue rather than
// as stored keys; one validation of a draft shared with the editor; one check of what an
// endorsement may allocate; the import's problem lines in any language. Each fund is built from
// nothing through the public commands.
#include "../testutil.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/fund/organisations.h"
#include "core/i18n/errors.h"
#include "core/i18n/labels.h"
#include "core/ledger/importpreview.h"
#include "core/ledger/projects.h"
#include "core/ledger/receipts.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/package.h"
#include "core/review/review.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

const QString kRoot = QDir::cleanPath(QStringLiteral(IMDP_FIXTURES) + u"/../.."_s);

/// A fund made from nothing: an applicant that is also the partner, a donor, and `received`
/// US$ cents received; the clock pinned on 1 June 2026.
struct Fund
{
    imdp::test::TempDir t;
    std::unique_ptr<Database> db;

    explicit Fund(qint64 received = 500000000)
    {
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        db = must(Database::create(t.file(u"f.imdp"_s), [&](Database &d) -> Status {
            FundSettings s;
            s.name = u"Fund from nothing"_s;
            if (auto st = fund::initialise(d, s); !st)
                return st;
            for (const Organisation &o :
                 {Organisation{0, u"International Labour Organization"_s, u"ILO"_s, u"agency"_s,
                               {}, true},
                  Organisation{0, u"Kingdom of Sweden"_s, u"Sweden"_s, u"state"_s, u"SE"_s,
                               false}}) {
                if (auto r = organisations::add(d, o); !r)
                    return r.error();
            }
            ledger::Receipt r;
            r.reference = u"R-1"_s;
            r.donor = u"Sweden"_s;
            r.date = QDate(2026, 1, 10);
            r.amountMinor = received;
            if (auto x = ledger::recordReceipt(d, r); !x)
                return x.error();
            return {};
        }));
    }
    ~Fund() { Clock::reset(); }
    Fund(const Fund &) = delete;
    Fund &operator=(const Fund &) = delete;
    Database &operator*() { return *db; }
};

Proposal complete(const QString &code)
{
    Proposal p;
    p.code = code;
    p.title = u"Labour migration statistics"_s;
    p.applicant = u"ILO"_s;
    p.partner = u"ILO"_s;
    p.objectives = u"1,3"_s;
    p.actionArea = u"A"_s;
    p.requestedMinor = 15000000;
    p.source = u"gmg_agency"_s;
    p.countries = {u"SN"_s, u"GH"_s};
    p.start = QDate(2026, 7, 1);
    p.end = QDate(2027, 6, 30);
    p.summary = u"Comparable statistics."_s;
    p.disaggregation = {u"sex"_s};
    p.budget = {{u"Staff"_s, 10000000}, {u"Travel"_s, 5000000}};
    return p;
}

/// The proposal taken to Recommended, the Committee's decision to endorse `amount` recorded.
void recommendedAndEndorsed(Database &db, const QString &code, qint64 amount)
{
    must(pipeline::add(db, complete(code)));
    mustOk(pipeline::move(db, code, u"submitted"_s, {}));
    mustOk(pipeline::move(db, code, u"screening"_s, {}));
    for (const QString &item : pipeline::checklistItems())
        mustOk(pipeline::answerChecklist(db, code, item, true, {}));
    mustOk(pipeline::move(db, code, u"in_review"_s, {}));
    mustOk(review::recordOverallReview(db, code, {u"Reviewer A"_s, 4, true, {}, {}}));
    mustOk(review::recordOverallReview(db, code, {u"Reviewer B"_s, 3, true, {}, {}}));
    mustOk(pipeline::move(db, code, u"recommended"_s, {}));
    mustOk(pipeline::recordDecision(db, code,
                                    {u"endorsed"_s, amount, {}, QDate(2026, 5, 1), {}}));
}

QString fr(const Error &e)
{
    return i18n::describe(e, u"fr"_s);
}
QString es(const Error &e)
{
    return i18n::describe(e, u"es"_s);
}

} // namespace

TEST_CASE("a pipeline refusal names its states in the reader's language, never as stored",
          "[i18n][pipeline]")
{
    Fund f;
    must(pipeline::add(*f, complete(u"P-1"_s)));

    // A review recorded on a draft: the guard's reason names both states.
    const Error review =
        review::recordOverallReview(*f, u"P-1"_s, {u"Reviewer A"_s, 4, true, {}, {}}).error();
    CHECK(review.key == u"pipeline.cannot"_s);
    CHECK(review.message == u"P-1: cannot record a review: the proposal is in state Draft "
                            "(allowed in In review)"_s);
    const QString inReviewFr = i18n::label(i18n::Kind::State, u"in_review"_s, u"fr"_s);
    const QString inReviewEs = i18n::label(i18n::Kind::State, u"in_review"_s, u"es"_s);
    CHECK(fr(review).contains(inReviewFr));
    CHECK(es(review).contains(inReviewEs));
    for (const QString &text : {fr(review), es(review), review.message})
        CHECK_FALSE(text.contains(u"in_review"_s));
    CHECK(fr(review).startsWith(u"P-1 : impossible d’enregistrer un examen : "_s));

    // A submission that lacks its fields: the move, then each missing item, in the language.
    Proposal bare;
    bare.code = u"P-2"_s;
    bare.title = u"Bare"_s;
    bare.applicant = u"ILO"_s;
    must(pipeline::add(*f, bare));
    const Error submit = pipeline::move(*f, u"P-2"_s, u"submitted"_s, {}).error();
    CHECK(submit.code == ErrorCode::Refused);
    CHECK(submit.message.startsWith(u"P-2: cannot move from Draft to Submitted: missing "
                                    "objectives, action area, source, countries, summary, "
                                    "requested amount"_s));
    CHECK(fr(submit).contains(u"il manque : objectifs, domaine d’action, origine, pays"_s));
    CHECK(es(submit).contains(u"falta: objetivos, área de acción, origen, países"_s));
    CHECK(fr(submit).contains(i18n::label(i18n::Kind::State, u"submitted"_s, u"fr"_s)));

    // A Committee decision on a draft: the allowed states, as a list of words.
    const Error decision = pipeline::recordDecision(
                               *f, u"P-1"_s, {u"rejected"_s, 0, {}, QDate(2026, 5, 1), {}})
                               .error();
    CHECK(decision.message.endsWith(u"(allowed in Recommended, Not recommended)"_s));
    CHECK(es(decision).contains(
        i18n::label(i18n::Kind::State, u"not_recommended"_s, u"es"_s)));
    CHECK_FALSE(es(decision).contains(u"not_recommended"_s));

    // A value error keeps its field and its values: a date in the language's one format.
    Proposal late = complete(u"P-3"_s);
    late.end = QDate(2026, 1, 1);
    const Error end = pipeline::add(*f, late).error();
    CHECK(end.field == u"end"_s);
    CHECK(end.message == u"end: 2026-01-01 must be after the start, 2026-07-01"_s);
    CHECK(fr(end) == u"fin : le 1 janv. 2026 doit être postérieur au début, le 1 juil. 2026"_s);
}

TEST_CASE("one check of what an endorsement may allocate: the ledger's, under the move",
          "[i18n][pipeline]")
{
    Fund f(5000000); // US$50,000.00 received
    recommendedAndEndorsed(*f, u"P-1"_s, 10000000);
    const Error e = pipeline::move(*f, u"P-1"_s, u"endorsed"_s, {}).error();
    CHECK(e.code == ErrorCode::Refused);
    CHECK(e.key == u"pipeline.move_because"_s);
    // The reason is the ledger's own refusal of the allocation, not a second message.
    REQUIRE(e.args.size() == 4);
    REQUIRE(e.args.at(3).error);
    CHECK(e.args.at(3).error->key == u"ledger.usd_above_what_available_2"_s);
    CHECK(e.message == u"P-1: cannot move from Recommended to Endorsed: P-1: 100000.00 USD is "
                       "above what is available for allocation on 2026-05-01 (50000.00 USD)"_s);
    CHECK(i18n::describe(e, u"es"_s).contains(u"100.000,00 USD"_s));
    CHECK(must(ledger::projectBalance(*f, u"P-1"_s)).allocated == 0);
    CHECK(must(pipeline::find(*f, u"P-1"_s)).state == u"recommended"_s);
    // The pipeline reads no availability of its own any more.
    QFile src(kRoot + u"/core/pipeline/transitions.cpp"_s);
    REQUIRE(src.open(QIODevice::ReadOnly));
    CHECK_FALSE(QString::fromUtf8(src.readAll()).contains(u"posting::available"_s));
}

TEST_CASE("a draft's validation is the core's, every problem with its field", "[i18n][pipeline]")
{
    Proposal p = complete(u"bad code"_s);
    p.title.clear();
    p.requestedMinor = -1;
    p.countries = {u"SN"_s, u"XX"_s};
    p.end = QDate(2026, 1, 1);
    p.budget = {{u"Staff"_s, -5}};
    const QList<Error> errors = pipeline::validateDraft(p, true);
    QStringList fields;
    for (const Error &e : errors) {
        fields << e.field;
        CHECK_FALSE(e.key.isEmpty());
        CHECK_FALSE(i18n::errorTemplate(e.key).isEmpty());
    }
    CHECK(fields == QStringList{u"code"_s, u"title"_s, u"requested"_s, u"countries"_s, u"end"_s,
                                u"budget"_s});
    CHECK(errors.first().key == u"pipeline.code_shape"_s);
    CHECK(es(errors.first()) ==
          u"código: «bad code» debe tener de 2 a 32 mayúsculas, cifras o guiones"_s);
    // An edit keeps its code: not checked again.
    CHECK(pipeline::validateDraft(p, false).first().field == u"title"_s);
    // What add() refuses is the first of them, worded the same.
    Fund f;
    const Error refused = pipeline::add(*f, p).error();
    CHECK(refused.key == errors.first().key);
    CHECK(refused.message == errors.first().message);
    CHECK(pipeline::validateDraft(complete(u"P-1"_s), true).isEmpty());

    // What a submission still lacks, item by item, in the language.
    Proposal note;
    note.stage = u"concept"_s;
    const QList<Error> missing = pipeline::missingItems(note);
    REQUIRE_FALSE(missing.isEmpty());
    CHECK(fr(missing.first()) == u"objectifs"_s);
    CHECK(pipeline::missingForSubmission(note).first() == u"objectives"_s);
}

TEST_CASE("the error tables sit with their modules, each file under 800 lines", "[i18n]")
{
    // One table per module (core/i18n/errors_<module>.cpp), one lookup: a key's prefix says
    // the file its template is in.
    const QHash<QString, QString> fileOf{
        {u"pipeline"_s, u"pipeline"_s}, {u"demo"_s, u"pipeline"_s},
        {u"review"_s, u"review"_s},     {u"ledger"_s, u"ledger"_s},
        {u"fund"_s, u"fund"_s},         {u"committee"_s, u"committee"_s},
        {u"io"_s, u"storage"_s},        {u"storage"_s, u"storage"_s},
        {u"verify"_s, u"storage"_s},
        {u"reports"_s, u"reports"_s},
    };
    QHash<QString, QString> texts;
    QDirIterator it(kRoot + u"/core/i18n"_s, {u"*.cpp"_s}, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        INFO(file.fileName().toStdString());
        CHECK(text.count(u'\n') < 800);
        texts.insert(QFileInfo(file.fileName()).completeBaseName(), text);
    }
    REQUIRE(texts.contains(u"errors_pipeline"_s));
    REQUIRE(texts.contains(u"errors_review"_s));
    QStringList misplaced;
    for (const QString &key : i18n::errorKeys()) {
        const QString module = fileOf.value(key.section(u'.', 0, 0), u"base"_s);
        if (!texts.value(u"errors_"_s + module).contains(u"{u\""_s + key + u"\"_s"_s))
            misplaced << key;
    }
    INFO(misplaced.join(u", "_s).toStdString());
    CHECK(misplaced.isEmpty());
    CHECK(i18n::errorKeys().size() > 450);
}

TEST_CASE("a CSV import's problem lines are worded in the reader's language",
          "[i18n][ledger][import]")
{
    Fund f;
    const QString csv = f.t.file(u"receipts.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference,colour\n"
                               "2026-02-01,Sweden,donor,USD,12.5.0,,R-9,blue\n");
    auto preview = must(ledger::previewImport(*f, ledger::ImportKind::Receipts, csv));
    const ledger::ImportResult &r = preview.result;
    REQUIRE(r.problems.size() == 1);
    REQUIRE(r.problemErrors.size() == 1);
    CHECK(r.problems.first() == r.problemErrors.first().message);
    CHECK(r.problems.first().startsWith(csv + u":1: colour: unknown column"_s));
    CHECK(es(r.problemErrors.first()).startsWith(csv + u":1: colour: columna desconocida"_s));

    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-02-02,Sweden,donor,USD,5,,R-10,extra\n"
                               "2026-02-02,Sweden,donor,USD,\"5\"x,,R-11\n");
    preview = must(ledger::previewImport(*f, ledger::ImportKind::Receipts, csv));
    const QList<Error> &e = preview.result.problemErrors;
    REQUIRE(e.size() == 2);
    CHECK(preview.result.problems.at(0) == csv + u":2: row: has 8 fields; the header has 7"_s);
    CHECK(es(e.at(0)) == csv + u":2: fila: tiene 8 campos; el encabezado tiene 7"_s);
    CHECK(preview.result.problems.at(1) == csv + u":3: amount: text after the closing quote"_s);
    CHECK(es(e.at(1)) == csv + u":3: amount: texto después de la comilla de cierre"_s);
    CHECK(fr(e.at(1)).endsWith(u"du texte après le guillemet fermant"_s));
}

TEST_CASE("the demo loader's errors keep their keys", "[i18n][demo]")
{
    imdp::test::TempDir t;
    auto db = must(Database::create(t.file(u"d.imdp"_s), [](Database &) -> Status { return {}; }));
    const Status s = demo::load(*db, QByteArray("{ not json"), u"bad.json"_s);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().key == u"demo.json"_s);
    CHECK(s.error().message.startsWith(u"bad.json: offset "_s));
    CHECK(es(s.error()).startsWith(u"bad.json: posición "_s));
}
