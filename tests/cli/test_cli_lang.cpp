// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The CLI's language (issue 19): English by default; French or Spanish with --lang or from
// LC_ALL, LC_MESSAGES or LANG, the option winning; refusals worded in it, the text output's
// stored keys, dates and amounts in its words; --json never changes.
#include "clirun.h"

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
