// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 19, the last English words in the core: French elides "de" before a vowel in the
// Committee's refusals (and before any vowel-initial argument); a funding window's refusal of a
// submission is keyed; a review package's changes are worded in the reader's language; an
// attachment's size in MB takes the language's decimal sign. Each fund is built from nothing.
#include "../review/reviewfixture.h"

#include "core/committee/meetings.h"
#include "core/fund/organisations.h"
#include "core/fund/programme.h"
#include "core/i18n/errors.h"
#include "core/i18n/i18n.h"
#include "core/i18n/labels.h"
#include "core/pipeline/proposalref.h"
#include "core/review/package.h"
#include "core/review/review.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;
using imdp::test::ReviewFund;

namespace {

/// A fund made from nothing: an applicant that is also the partner and a donor's receipt; the
/// clock pinned on 1 June 2026.
struct Fund
{
    imdp::test::TempDir t;
    std::unique_ptr<Database> db;

    Fund()
    {
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        db = must(Database::create(t.file(u"f.imdp"_s), [&](Database &d) -> Status {
            FundSettings s;
            s.name = u"Fonds à partir de rien"_s;
            if (auto st = fund::initialise(d, s); !st)
                return st;
            Organisation ilo{0, u"International Labour Organization"_s, u"ILO"_s, u"agency"_s,
                             {}, true};
            if (auto r = organisations::add(d, ilo); !r)
                return r.error();
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
    p.objectives = u"1"_s;
    p.actionArea = u"A"_s;
    p.requestedMinor = 10000000;
    p.source = u"gmg_agency"_s;
    p.countries = {u"SN"_s};
    p.start = QDate(2026, 7, 1);
    p.end = QDate(2027, 6, 30);
    p.summary = u"Comparable statistics."_s;
    p.disaggregation = {u"sex"_s};
    p.budget = {{u"Staff"_s, 10000000}};
    return p;
}

QString fr(const Error &e)
{
    return i18n::describe(e, u"fr"_s);
}
QString es(const Error &e)
{
    return i18n::describe(e, u"es"_s);
}

/// "de", "le", "la" or "que" left whole before a vowel: French that should have elided ("ouvrez-le
/// une fois": a pronoun after its verb is not elided).
bool unelided(const QString &text)
{
    static const QRegularExpression re(u"(^|[^\\p{L}-])(de|le|la|que) [aeiouàâéèêîôûœ]"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

} // namespace

TEST_CASE("the Committee's refusals elide \"de\" in French", "[i18n][committee]")
{
    Fund f;
    must(pipeline::add(*f, complete(u"P-1"_s))); // a draft: not for an agenda
    Meeting m;
    m.date = QDate(2026, 7, 1);
    m.place = u"Geneva"_s;
    const qint64 id = must(meetings::add(*f, m));

    const Error put = meetings::addProposal(*f, id, u"P-1"_s).error();
    CHECK(put.message.startsWith(u"meeting %1: cannot put P-1 on the agenda: "_s.arg(id)));
    INFO(fr(put).toStdString());
    CHECK(fr(put).startsWith(
        u"réunion %1 : impossible d’inscrire P-1 à l'ordre du jour : "_s.arg(id)));
    const Error decide =
        meetings::decide(*f, id, {{u"P-1"_s, u"rejected"_s, 0, {}}}).error();
    CHECK(fr(decide).contains(u"impossible d’enregistrer des décisions"_s));
    const Error approve = meetings::setStatus(*f, id, u"minutes_approved"_s).error();
    CHECK(fr(approve).contains(u"impossible de passer à "_s));
    const Error issue = meetings::setStatus(*f, id, u"dossier_issued"_s).error();
    CHECK(fr(issue).contains(u"impossible de publier son dossier"_s));
    for (const Error &e : {put, decide, approve, issue}) {
        INFO(fr(e).toStdString());
        CHECK_FALSE(unelided(fr(e)));
        CHECK_FALSE(es(e).contains(u"cannot"_s));
    }

    // Every part of a Committee refusal, whatever its verb.
    int parts = 0;
    for (const QString &key : i18n::errorKeys()) {
        if (!key.startsWith(u"committee.what."_s))
            continue;
        ++parts;
        const Error e = Error::refused(
            u"meeting"_s, u"committee.meeting_cannot"_s,
            {ErrorArg::num(1),
             ErrorArg::nested(pipeline::part(key, {ErrorArg::label(u"meeting_status"_s,
                                                                   u"held"_s)})),
             ErrorArg::nested(pipeline::part(u"committee.why.empty_agenda"_s))});
        INFO(key.toStdString() << ": " << fr(e).toStdString());
        CHECK(fr(e).startsWith(u"réunion 1 : impossible d"_s));
        CHECK_FALSE(unelided(fr(e)));
    }
    CHECK(parts >= 9);
}

TEST_CASE("French elides before any vowel-initial argument, never inside a word",
          "[i18n]")
{
    CHECK(fr(pipeline::part(u"review.what.import"_s, {ErrorArg::txt(u"Ana"_s)}))
          == u"d’importer l’examen d’Ana"_s);
    CHECK(fr(pipeline::part(u"review.what.import"_s, {ErrorArg::txt(u"Bea"_s)}))
          == u"d’importer l’examen de Bea"_s);
    // English and Spanish keep their words.
    CHECK(es(pipeline::part(u"review.what.import"_s, {ErrorArg::txt(u"Ana"_s)}))
          == u"importar la evaluación de Ana"_s);
    // Every French template, each argument a vowel-initial name: nothing left unelided.
    for (const QString &key : i18n::errorKeys()) {
        QList<ErrorArg> args;
        for (int i = 0; i < 9; ++i)
            args << ErrorArg::txt(u"Oxfam"_s);
        const QString text = fr(Error::refused(u"amount"_s, key, args));
        INFO(key.toStdString() << ": " << text.toStdString());
        CHECK_FALSE(unelided(text));
    }
}

TEST_CASE("a funding window's refusal of a submission reads in French and Spanish",
          "[i18n][window]")
{
    Fund f;
    FundingWindow w;
    w.code = u"W1"_s;
    w.title = u"GFMD follow-up"_s;
    w.objectives = {u"1"_s};
    w.areas = {u"A"_s};
    w.opens = QDate(2026, 3, 1);
    w.closes = QDate(2026, 3, 31); // closed on 1 June 2026, the clock's date
    w.ceilingUsdMinor = 10000000;
    must(programme::addWindow(*f, w));

    Proposal p = complete(u"P-1"_s);
    p.window = u"W1"_s;
    must(pipeline::add(*f, p));
    const Error late = pipeline::move(*f, u"P-1"_s, u"submitted"_s, {}).error();
    CHECK(late.code == ErrorCode::Refused);
    CHECK(late.message
          == u"P-1: cannot move from Draft to Submitted: window W1 closed on 2026-03-31"_s);
    REQUIRE(late.args.size() == 4);
    REQUIRE(late.args.at(3).error);
    CHECK(late.args.at(3).error->key == u"fund.why.window_closed"_s);
    const QDate closed(2026, 3, 31);
    INFO(fr(late).toStdString() << " | " << es(late).toStdString());
    CHECK(fr(late).endsWith(u" : le guichet W1 a fermé le "_s
                            + i18n::formatDate(closed, u"fr"_s)));
    CHECK(es(late).endsWith(u": la convocatoria W1 cerró el "_s
                            + i18n::formatDate(closed, u"es"_s)));
    for (const QString &text : {fr(late), es(late)}) {
        CHECK_FALSE(text.contains(u"window"_s));
        CHECK_FALSE(text.contains(u"closed"_s));
        CHECK_FALSE(text.contains(u"2026-03-31"_s));
    }
    CHECK(must(pipeline::find(*f, u"P-1"_s)).state == u"draft"_s);

    // Open again, a request above the ceiling: the amounts in the language's figures.
    w.closes = QDate(2026, 12, 31);
    mustOk(programme::editWindow(*f, u"W1"_s, w));
    Proposal big = complete(u"P-2"_s);
    big.window = u"W1"_s;
    big.requestedMinor = 12345600;
    big.budget = {{u"Staff"_s, 12345600}};
    must(pipeline::add(*f, big));
    const Error above = pipeline::move(*f, u"P-2"_s, u"submitted"_s, {}).error();
    CHECK(above.message.endsWith(
        u"the request of 123456.00 USD is above window W1's ceiling of 100000.00 USD"_s));
    CHECK(fr(above).contains(u"la demande de "_s + i18n::formatFixed(12345600, 2, u"fr"_s)
                             + u" USD dépasse le plafond du guichet W1"_s));
    CHECK(es(above).contains(i18n::formatFixed(10000000, 2, u"es"_s)));
    CHECK_FALSE(es(above).contains(u"ceiling"_s));
}

TEST_CASE("a review package's changes are worded in the reader's language",
          "[i18n][review][package]")
{
    ReviewFund f;
    mustOk(review::assign(*f, u"P-1"_s, [] {
        review::Assignment a;
        a.reviewer = u"Ana"_s;
        a.role = u"primary"_s;
        return a;
    }()));
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    must(review::exportPackage(*f, u"Ana"_s, pkg));
    auto p = must(review::readPackage(pkg));
    review::Entry &e = *p.entry(u"P-1"_s);
    e.declaration = u"none"_s;
    for (const review::Criterion &c : p.rubricOf(u"P-1"_s))
        e.scores.append({c.code, 4, {}});
    e.recommendation = u"recommend"_s;
    mustOk(review::savePackage(p));

    const auto plan = must(review::previewImport(*f, pkg));
    REQUIRE(plan.changes.size() == 1);
    const review::ImportChange &c = plan.changes.first();
    CHECK(c.detail == u"completed review, weighted mean 4.00"_s); // the CLI's English line
    CHECK(c.words.key == u"review.change.completed"_s);
    CHECK(fr(c.words) == u"évaluation terminée, moyenne pondérée 4,00"_s);
    CHECK(es(c.words) == u"evaluación terminada, media ponderada 4,00"_s);

    // Imported, then changed in the package: a conflict, worded in French too.
    must(review::importPackage(*f, pkg, false));
    p.entry(u"P-1"_s)->scores[0].score = 1;
    mustOk(review::savePackage(p));
    const auto again = must(review::previewImport(*f, pkg));
    REQUIRE(again.conflicts().size() == 1);
    const review::ImportChange k = again.conflicts().first();
    CHECK(k.detail
          == u"a different review by Ana is already recorded (completed, from a package)"_s);
    CHECK(fr(k.words)
          == u"une autre évaluation d’Ana est déjà enregistrée (terminée, issue d’un dossier)"_s);
    CHECK(es(k.words)
          == u"ya hay registrada otra evaluación de Ana (terminada, procedente de un paquete)"_s);
}

TEST_CASE("an attachment's size in MB takes the language's decimal sign", "[i18n][attachment]")
{
    Fund f;
    must(pipeline::add(*f, complete(u"P-1"_s)));
    const QByteArray big(11 * 1024 * 1024 + 300 * 1024, 'x'); // 11.3 MB
    const Error e = pipeline::attach(*f, u"P-1"_s, u"annexe.pdf"_s, big).error();
    CHECK(e.message
          == u"attachment: 'annexe.pdf' is 11.3 MB, above the fund's limit of 10.0 MB"_s);
    CHECK(fr(e).contains(u"11,3 Mo"_s));
    CHECK(fr(e).contains(u"10,0 Mo"_s));
    CHECK(es(e).contains(u"ocupa 11,3 MB"_s));
    CHECK_FALSE(es(e).contains(u"11.3"_s));
    CHECK(must(pipeline::attachments(*f, u"P-1"_s)).isEmpty()); // nothing written
}
