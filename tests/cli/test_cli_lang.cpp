// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The CLI's language (issue 19): English by default; French or Spanish with --lang or from
// LC_ALL, LC_MESSAGES or LANG, the option winning; refusals worded in it, the text output's
// stored keys, dates and amounts in its words; --json never changes.
#include "clirun.h"

#include "core/i18n/labels.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;
using imdp::test::lines;
using imdp::test::Run;
using imdp::test::runCli;

namespace {

/// runCli with the locale variables set as a user's shell would.
Run runWithLocale(const QStringList &args, const QString &lcAll, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IMDP_USER"_s, u"cli-tester"_s);
    env.insert(u"IMDP_NOW"_s, u"2026-11-28T09:00:00Z"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"LC_ALL"_s);
    if (!lcAll.isEmpty())
        env.insert(u"LC_ALL"_s, lcAll);
    env.insert(u"LANG"_s, lang);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMDP_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString demoFund(const imdp::test::TempDir &t)
{
    const QString f = t.file(u"demo.imdp"_s);
    REQUIRE(runCli({u"init"_s, f, u"--demo"_s}).exit == 0);
    return f;
}

/// The line of `text` that starts with `start`.
QString lineOf(const QString &text, const QString &start)
{
    for (const QString &l : lines(text)) {
        if (l.startsWith(start))
            return l;
    }
    return {};
}

} // namespace

TEST_CASE("a refusal in French and in Spanish, from --lang or the environment", "[cli][lang]")
{
    imdp::test::TempDir t;
    const QString f = demoFund(t);
    const QStringList move{u"proposal"_s, u"move"_s, f, u"IMDP-26-006"_s, u"recommended"_s};
    const auto sha = imdp::test::sha256(f);

    Run r = runCli(move);
    CHECK(r.exit == 1);
    REQUIRE(lines(r.err).size() == 1);
    CHECK(r.err.startsWith(u"imdp: IMDP-26-006: cannot move from In review to Recommended"_s));

    r = runCli(move + QStringList{u"--lang"_s, u"fr"_s});
    CHECK(r.exit == 1);
    REQUIRE(lines(r.err).size() == 1);
    CHECK(r.err.startsWith(
        u"imdp: IMDP-26-006 : impossible de passer de « En cours d’examen » à « Recommandée »"_s));

    r = runCli(move + QStringList{u"--lang=es"_s});
    CHECK(r.exit == 1);
    REQUIRE(lines(r.err).size() == 1);
    CHECK(r.err.startsWith(u"imdp: IMDP-26-006: no se puede pasar de «En examen» a «Recomendada»"_s));

    // From the environment: LC_ALL before LANG; --lang before both.
    r = runWithLocale(move, u"es_ES.UTF-8"_s, u"fr_FR.UTF-8"_s);
    CHECK(r.err.startsWith(u"imdp: IMDP-26-006: no se puede pasar de «En examen»"_s));
    r = runWithLocale(move, QString(), u"fr_FR.UTF-8"_s);
    CHECK(r.err.startsWith(u"imdp: IMDP-26-006 : impossible de passer de « En cours d’examen »"_s));
    r = runWithLocale(move + QStringList{u"--lang"_s, u"en"_s}, u"es_ES.UTF-8"_s, u"fr_FR.UTF-8"_s);
    CHECK(r.err.startsWith(u"imdp: IMDP-26-006: cannot move from In review to Recommended"_s));
    // A refusal changes nothing, in any language.
    CHECK(imdp::test::sha256(f) == sha);
}

TEST_CASE("a bad amount or rate on a fund built from nothing, in French and Spanish", "[cli][lang]")
{
    imdp::test::TempDir t;
    const QString f = t.file(u"new.imdp"_s);
    REQUIRE(runCli({u"init"_s, f, u"--name"_s, u"Nouveau fonds"_s}).exit == 0);
    REQUIRE(runCli({u"org"_s, u"add"_s, f, u"--name"_s, u"Royaume de Norvège"_s, u"--kind"_s,
                    u"state"_s})
                .exit == 0);
    const auto sha = imdp::test::sha256(f);
    const QStringList pledge{u"pledge"_s,   u"add"_s,      f,        u"--donor"_s,
                             u"Royaume de Norvège"_s,      u"--currency"_s, u"JPY"_s,
                             u"--reference"_s, u"N-1"_s,   u"--amount"_s,   u"12.5"_s};
    Run en = runCli(pledge);
    CHECK(en.exit == 2);
    CHECK(en.err.startsWith(u"imdp: amount: '12.5' has more decimals than JPY allows"_s));
    Run fr = runCli(pledge + QStringList{u"--lang"_s, u"fr"_s});
    CHECK(fr.exit == 2);
    REQUIRE(lines(fr.err).size() == 1);
    CHECK(fr.err.startsWith(u"imdp: amount"_s));
    CHECK(fr.err != en.err); // worded in French, not the English line
    Run es = runCli({u"rate"_s, u"add"_s, f, u"EUR"_s, u"2026-01-01"_s, u"1,5"_s, u"--lang"_s,
                     u"es"_s});
    CHECK(es.exit == 2);
    REQUIRE(lines(es.err).size() == 1);
    CHECK_FALSE(es.err.contains(u"contains"_s));
    CHECK(imdp::test::sha256(f) == sha);
}

TEST_CASE("a text listing in French words, dates and numbers, --json unchanged", "[cli][lang]")
{
    imdp::test::TempDir t;
    const QString f = demoFund(t);

    // English: the stored keys, ISO dates and plain amounts scripts read.
    Run r = runCli({u"proposal"_s, u"list"_s, f});
    REQUIRE(r.exit == 0);
    CHECK(lineOf(r.out, u"IMDP-26-006"_s).contains(u" in_review "_s));

    r = runCli({u"proposal"_s, u"list"_s, f, u"--lang"_s, u"fr"_s});
    REQUIRE(r.exit == 0);
    const QString fr = lineOf(r.out, u"IMDP-26-006"_s);
    INFO(r.out.toStdString());
    CHECK(fr.contains(u"En cours d’examen"_s));
    CHECK_FALSE(fr.contains(u"in_review"_s));

    r = runCli({u"pledge"_s, u"list"_s, f, u"--lang"_s, u"fr"_s});
    REQUIRE(r.exit == 0);
    const QString pledge = lineOf(r.out, u"AA-SE-2026-01"_s);
    INFO(r.out.toStdString());
    // 15,000,000.00 SEK signed on 2026-01-12, in French: a comma for decimals, spaces to group,
    // the day before the month in words, the status in words.
    CHECK(pledge.contains(u"12 janv. 2026"_s));
    CHECK(pledge.contains(u"15\u202f000\u202f000,00 SEK"_s));
    CHECK(pledge.contains(u"Signée"_s));
    CHECK_FALSE(pledge.contains(u"2026-01-12"_s));

    r = runCli({u"member"_s, u"list"_s, f, u"--lang"_s, u"es"_s});
    REQUIRE(r.exit == 0);
    INFO(r.out.toStdString());
    CHECK(r.out.contains(u"Donante"_s));
    CHECK_FALSE(r.out.contains(u" donor "_s));

    // --json is for programs: the same keys, ISO dates and decimal strings in every language.
    const Run en = runCli({u"pledge"_s, u"list"_s, f, u"--json"_s});
    const Run frJson = runCli({u"pledge"_s, u"list"_s, f, u"--json"_s, u"--lang"_s, u"fr"_s});
    REQUIRE(en.exit == 0);
    CHECK(frJson.out == en.out);
    CHECK(en.out.contains(u"\"status\": \"signed\""_s));
}

TEST_CASE("an unknown --lang is refused in one line and changes nothing", "[cli][lang]")
{
    imdp::test::TempDir t;
    const QString f = demoFund(t);
    const auto sha = imdp::test::sha256(f);
    for (const QStringList &lang : {QStringList{u"--lang"_s, u"de"_s}, {u"--lang=pt"_s}}) {
        const Run r = runCli(QStringList{u"pledge"_s, u"cancel"_s, f, u"AA-SE-2026-01"_s,
                                         u"--reason"_s, u"test"_s}
                             + lang);
        CHECK(r.exit == 2);
        CHECK(lines(r.err) == QStringList{u"imdp pledge cancel: --lang: expected en, fr or es"_s});
        CHECK(r.out.isEmpty());
    }
    CHECK(imdp::test::sha256(f) == sha);
}

namespace {

/// English sentences, headings and column headers of the CLI's text output (context
/// "imdp::cli"): none may be left in a French or Spanish run.
const QStringList englishLines{u"Created "_s,
                               u"Fund: "_s,
                               u"Schema version:"_s,
                               u"Fingerprint:"_s,
                               u"Rows:"_s,
                               u"Added organisation"_s,
                               u"No organisations."_s,
                               u"Pledge "_s,
                               u"Receipt "_s,
                               u" recorded"_s,
                               u"paid "_s,
                               u"Fund position at"_s,
                               u"By donor:"_s,
                               u"By fiscal year:"_s,
                               u"outstanding"_s,
                               u"prospective"_s,
                               u"held_by_partners"_s,
                               u"exchange_differences"_s,
                               u"Total (zero when the books balance)"_s,
                               u"DGF cap: Bank resources"_s,
                               u"Bank headroom"_s,
                               u"complies"_s,
                               u"headroom"_s,
                               u"What if"_s,
                               u"Fiscal year"_s,
                               u"Name: "_s,
                               u"Reviews required:"_s,
                               u"Closing waiver:"_s,
                               u"Attachment limit:"_s,
                               u"Backups:"_s,
                               u"a majority"_s,
                               u"Applicant:"_s,
                               u"Partner:"_s,
                               u"Requested:"_s,
                               u"Countries:"_s,
                               u"Dates:"_s,
                               u"Summary:"_s,
                               u"  check "_s,
                               u"  review "_s,
                               u"  moved "_s,
                               u"Added "_s,
                               u"Updated "_s,
                               u"Allocated "_s,
                               u"Income of"_s,
                               u": entry "_s,
                               u" (reason: "_s,
                               u"Opened window"_s,
                               u"objectives "_s,
                               u"proposal(s) asking"_s,
                               u"Recorded the review"_s,
                               u"Added member"_s,
                               u"Added meeting"_s,
                               u"voting members"_s,
                               u"constituency"_s,
                               u"Project "_s,
                               u"transferred"_s,
                               u"unspent_allocation"_s,
                               u"Rate "_s};

/// Runs `args` with --lang `lang`; it succeeds and says none of englishLines.
QString inLanguage(const QStringList &args, const QString &lang)
{
    const Run r = runCli(args + QStringList{u"--lang"_s, lang});
    INFO(args.join(u' ').toStdString() << " --lang " << lang.toStdString() << "\n"
                                       << r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exit == 0);
    for (const QString &english : englishLines)
        CHECK_FALSE(r.out.contains(english));
    return r.out;
}

} // namespace

TEST_CASE("the CLI's own sentences and headings in French and Spanish, English unchanged",
          "[cli][lang]")
{
    imdp::test::TempDir t;
    const QString f = t.file(u"words.imdp"_s);
    // A fund built from nothing, each step in a language.
    CHECK(runCli({u"init"_s, f, u"--name"_s, u"Fonds"_s, u"--lang"_s, u"fr"_s})
              .out.startsWith(u"%1 créé : Fonds"_s.arg(f)));
    CHECK(inLanguage({u"org"_s, u"add"_s, f, u"--name"_s, u"Royaume de Belgique"_s, u"--kind"_s,
                      u"state"_s},
                     u"fr"_s)
              .startsWith(u"Organisation Royaume de Belgique ajoutée"_s));
    CHECK(inLanguage({u"org"_s, u"add"_s, f, u"--name"_s,
                      u"Organización Internacional del "
                      "Trabajo"_s,
                      u"--short"_s, u"OIT"_s, u"--kind"_s, u"agency"_s, u"--gmg"_s},
                     u"es"_s)
              .startsWith(u"Organización Organización Internacional del Trabajo añadida"_s));
    inLanguage({u"settings"_s, f, u"--fee"_s, u"flat:100"_s}, u"fr"_s);
    const QString pledged =
        inLanguage({u"pledge"_s, u"add"_s, f, u"--donor"_s, u"Royaume de Belgique"_s,
                    u"--amount"_s, u"1000000.00"_s, u"--reference"_s, u"BE-1"_s, u"--status"_s,
                    u"signed"_s, u"--date"_s, u"2026-11-02"_s},
                   u"fr"_s);
    CHECK(pledged.startsWith(u"Annonce BE-1 enregistrée : 1\u202f000\u202f000,00 USD"_s));
    // The pledge's status in words, not as stored.
    CHECK(pledged.trimmed().endsWith(
        u"(%1)"_s.arg(imdp::core::i18n::label(imdp::core::i18n::Kind::PledgeStatus,
                                              u"signed"_s, u"fr"_s))));
    CHECK_FALSE(pledged.contains(u"(signed)"_s));
    CHECK(inLanguage({u"receipt"_s, u"add"_s, f, u"--donor"_s, u"Royaume de Belgique"_s,
                      u"--amount"_s, u"400000.00"_s, u"--reference"_s, u"BE-1-R1"_s, u"--pledge"_s,
                      u"BE-1"_s, u"--date"_s, u"2026-11-10"_s},
                     u"es"_s)
              .startsWith(u"Ingreso BE-1-R1 registrado: asiento"_s));
    inLanguage({u"income"_s, f, u"250.00"_s, u"--date"_s, u"2026-11-12"_s}, u"es"_s);
    inLanguage({u"window"_s, u"add"_s, f, u"--code"_s, u"W1"_s, u"--title"_s, u"Sahel"_s,
                u"--objectives"_s, u"1"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
                u"2026-12-31"_s},
               u"fr"_s);
    inLanguage({u"proposal"_s,
                u"add"_s,
                f,
                u"--code"_s,
                u"P-1"_s,
                u"--title"_s,
                u"Données"_s,
                u"--applicant"_s,
                u"OIT"_s,
                u"--partner"_s,
                u"OIT"_s,
                u"--window"_s,
                u"W1"_s,
                u"--objectives"_s,
                u"1"_s,
                u"--area"_s,
                u"A"_s,
                u"--disaggregation"_s,
                u"sex"_s,
                u"--requested"_s,
                u"20000.00"_s,
                u"--source"_s,
                u"gmg_agency"_s,
                u"--country"_s,
                u"ML"_s,
                u"--start"_s,
                u"2027-01-01"_s,
                u"--end"_s,
                u"2027-06-30"_s,
                u"--summary"_s,
                u"Enquêtes."_s,
                u"--budget"_s,
                u"staff=20000.00"_s},
               u"es"_s);
    inLanguage({u"member"_s, u"add"_s, f, u"--name"_s, u"Marc Dubois"_s, u"--organisation"_s,
                u"Royaume de Belgique"_s, u"--constituency"_s, u"donor"_s, u"--role"_s, u"chair"_s,
                u"--from"_s, u"2026-01-01"_s},
               u"fr"_s);
    inLanguage(
        {u"meeting"_s, u"add"_s, f, u"--date"_s, u"2026-11-25"_s, u"--place"_s, u"Bruxelles"_s},
        u"es"_s);

    // The readings, in both languages.
    const QString infoFr = inLanguage({u"info"_s, f}, u"fr"_s);
    CHECK(infoFr.contains(u"Fonds :             Fonds"_s));
    CHECK(infoFr.contains(u"Empreinte :"_s));
    const QString positionFr = inLanguage({u"position"_s, f}, u"fr"_s);
    CHECK(positionFr.contains(u"Situation du fonds au 28 nov. 2026 (USD)"_s));
    CHECK(positionFr.contains(u"Par donateur :"_s));
    CHECK(positionFr.contains(u"restant dû"_s));
    const QString positionEs = inLanguage({u"position"_s, f}, u"es"_s);
    CHECK(positionEs.contains(u"Situación del fondo al"_s));
    CHECK(positionEs.contains(u"Por donante:"_s));
    CHECK(
        inLanguage({u"accounts"_s, f}, u"es"_s).contains(u"Total (cero si las cuentas cuadran)"_s));
    CHECK(inLanguage({u"pledge"_s, u"list"_s, f}, u"es"_s).contains(u"pagado"_s));
    CHECK(inLanguage({u"cap"_s, f, u"--what-if-bank"_s, u"1000.00"_s}, u"fr"_s)
              .contains(u"Plafond DGF : ressources de la Banque au plus 15,00\u00a0%"_s));
    CHECK(inLanguage({u"settings"_s, f}, u"es"_s).contains(u"Quórum:"_s));
    const QString show = inLanguage({u"proposal"_s, u"show"_s, f, u"P-1"_s}, u"fr"_s);
    CHECK(show.contains(u"Demandeur :      Organización Internacional del Trabajo"_s));
    CHECK(show.contains(u"Données par :    Sexe"_s));
    CHECK(show.contains(u"du 1 janv. 2027 au 30 juin 2027"_s));
    CHECK(inLanguage({u"window"_s, u"list"_s, f}, u"es"_s).contains(u"objetivos 1"_s));
    CHECK(inLanguage({u"member"_s, u"list"_s, f}, u"fr"_s).contains(u"collège"_s));
    CHECK(inLanguage({u"org"_s, u"list"_s, f}, u"fr"_s).contains(u"Royaume de Belgique"_s));
    CHECK(inLanguage({u"statement"_s, f}, u"fr"_s)
              .contains(u"Ressources, emplois et solde des fonds, du "_s));
    CHECK(inLanguage({u"meeting"_s, u"list"_s, f}, u"es"_s).contains(u"25 nov 2026"_s));
    inLanguage({u"journal"_s, f}, u"es"_s);
    inLanguage({u"project"_s, f, u"P-1"_s}, u"es"_s);

    // English: the lines scripts read, as before.
    Run en = runCli({u"position"_s, f});
    CHECK(en.out.startsWith(u"Fund position at 2026-11-28 (USD)\n"_s));
    CHECK(en.out.contains(u"  outstanding "_s));
    en = runCli({u"info"_s, f});
    CHECK(en.out.startsWith(u"Fund:            Fonds\n"_s));
}
