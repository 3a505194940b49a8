// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end: `imdp member|meeting|dossier` on the demo fund, the dossier read back from its PDF
// with pdftotext and pdfinfo, in each language, as a member (or an observer) would read it.
#include "clirun.h"

#include "core/committee/dossier.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using imdp::test::Run;
using imdp::test::runCli;

namespace {
QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(tool(u"pdfinfo"_s, {pdf}));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

QString pageText(const QString &pdf, int page)
{
    return tool(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                 QString::number(page), pdf, u"-"_s});
}

QString demo(const imdp::test::TempDir &t)
{
    const QString fund = t.file(u"demo.imdp"_s);
    REQUIRE(runCli({u"init"_s, fund, u"--demo"_s}).exit == 0);
    return fund;
}

struct Language
{
    QString code;
    QStringList sections; ///< as the translated dossier titles them
    QString page;         ///< "Page %1 of %2" in that language
};
} // namespace

TEST_CASE("imdp dossier: every section, code and amount, in en, fr and es", "[cli][dossier]")
{
    imdp::test::TempDir t;
    const QString fund = demo(t);
    const Language lang = GENERATE(
        Language{u"en"_s,
                 {u"Contents"_s, u"Agenda"_s, u"The fund's position"_s, u"Sources and uses"_s,
                  u"The DGF cap"_s, u"Overrides of the cap"_s, u"Budget"_s, u"Reviews"_s,
                  u"Secretariat recommendation"_s, u"Decision sheet"_s,
                  u"Annex: funded projects"_s, u"Overdue reports"_s,
                  u"Confidential — for Committee members only"_s},
                 u"Page %1 of %2"_s},
        Language{u"fr"_s,
                 {u"Sommaire"_s, u"Ordre du jour"_s, u"Situation du fonds"_s,
                  u"Ressources et emplois"_s, u"Le plafond du DGF"_s,
                  u"Dérogations au plafond"_s, u"Budget"_s, u"Évaluations"_s,
                  u"Recommandation du secrétariat"_s, u"Fiche de décision"_s,
                  u"Annexe : projets financés"_s, u"Rapports en retard"_s,
                  u"Confidentiel — réservé aux membres du Comité"_s},
                 u"Page %1 sur %2"_s},
        Language{u"es"_s,
                 {u"Índice"_s, u"Orden del día"_s, u"Situación del fondo"_s,
                  u"Fuentes y usos"_s, u"El tope del DGF"_s, u"Excepciones al tope"_s,
                  u"Presupuesto"_s, u"Evaluaciones"_s, u"Recomendación de la secretaría"_s,
                  u"Hoja de decisión"_s, u"Anexo: proyectos financiados"_s,
                  u"Informes atrasados"_s,
                  u"Confidencial — solo para los miembros del Comité"_s},
                 u"Página %1 de %2"_s});
    INFO(lang.code.toStdString());
    const QString pdf = t.file(u"dossier-%1.pdf"_s.arg(lang.code));
    const Run r = runCli({u"dossier"_s, fund, u"--meeting"_s, u"1"_s, u"--out"_s, pdf,
                          u"--lang"_s, lang.code, u"--json"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const int pages = pageCount(pdf);
    CHECK(r.json().value(u"pages"_s).toInt() == pages);
    CHECK(pages >= 8);
    CHECK(tool(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));

    QString all;
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(pdf, p);
        // The cover carries no running footer; every other page says where it is.
        if (p > 1)
            CHECK(text.contains(lang.page.arg(p).arg(pages)));
        all += text;
    }
    // pdftotext lays out columns with spaces; compare words, not the layout.
    const QString flat = all.simplified();
    for (const QString &s : lang.sections) {
        INFO(s.toStdString());
        CHECK(flat.contains(s));
    }
    const QLocale locale(lang.code);
    for (const QString &code : {u"IMDP-26-003"_s, u"IMDP-26-004"_s})
        CHECK(flat.contains(code));
    for (qint64 amount : {31000000LL, 56000000LL, 87000000LL, 13950000LL, 25200000LL}) {
        // French groups digits with a narrow no-break space; the PDF's text layer gives it back
        // as a plain space, so the expected text is read the same way.
        const QString formatted = imdp::core::dossier::amount(amount, locale)
                                      .replace(QChar(0x202F), u' ')
                                      .replace(QChar(0x00A0), u' ');
        INFO(formatted.toStdString());
        CHECK(all.contains(formatted));
    }
    CHECK(flat.contains(u"A. Diallo"_s));
}

TEST_CASE("imdp dossier --redacted names no reviewer, --paper letter", "[cli][dossier]")
{
    imdp::test::TempDir t;
    const QString fund = demo(t);
    const QString pdf = t.file(u"observers.pdf"_s);
    REQUIRE(runCli({u"dossier"_s, fund, u"--meeting"_s, u"1"_s, u"--out"_s, pdf, u"--redacted"_s,
                    u"--paper"_s, u"letter"_s})
                .exit
            == 0);
    const QString text = tool(u"pdftotext"_s, {pdf, u"-"_s});
    for (const char *name : {"Diallo", "Tanaka", "Lindqvist", "Haddad"})
        CHECK_FALSE(text.contains(QString::fromUtf8(name)));
    CHECK(text.contains(u"Reviewer 1"_s));
    CHECK(tool(u"pdfinfo"_s, {pdf}).contains(u"(letter)"_s));
}

TEST_CASE("imdp dossier: usage errors exit 2 and write nothing", "[cli][dossier]")
{
    imdp::test::TempDir t;
    const QString fund = demo(t);
    const QString pdf = t.file(u"x.pdf"_s);
    const QList<QStringList> bad{
        {u"--meeting"_s, u"7"_s, u"--out"_s, pdf},
        {u"--meeting"_s, u"one"_s, u"--out"_s, pdf},
        {u"--meeting"_s, u"1"_s, u"--out"_s, pdf, u"--lang"_s, u"de"_s},
        {u"--meeting"_s, u"1"_s, u"--out"_s, pdf, u"--paper"_s, u"a3"_s},
        {u"--meeting"_s, u"1"_s}};
    for (const QStringList &args : bad) {
        INFO(args.join(u' ').toStdString());
        const Run r = runCli(QStringList{u"dossier"_s, fund} + args);
        CHECK(r.exit == 2);
        CHECK(imdp::test::lines(r.err).size() == 1);
        CHECK_FALSE(QFile::exists(pdf));
    }
}

TEST_CASE("imdp member and meeting: from agenda to minutes", "[cli][committee]")
{
    imdp::test::TempDir t;
    const QString fund = demo(t);
    CHECK(runCli({u"member"_s, u"list"_s, fund, u"--json"_s}).json().value(u"members"_s)
              .toArray().size() == 9);
    CHECK(runCli({u"member"_s, u"add"_s, fund, u"--name"_s, u"Ana Ruiz"_s, u"--organisation"_s,
                  u"Republic of Chile"_s, u"--constituency"_s, u"nobody"_s, u"--from"_s,
                  u"2026-01-01"_s})
              .exit == 2);
    CHECK(runCli({u"member"_s, u"add"_s, fund, u"--name"_s, u"Ana Ruiz"_s, u"--organisation"_s,
                  u"Republic of Chile"_s, u"--constituency"_s, u"developing_country"_s,
                  u"--role"_s, u"chair"_s, u"--from"_s, u"2026-01-01"_s})
              .exit == 1); // the demo has its chair
    REQUIRE(runCli({u"member"_s, u"add"_s, fund, u"--name"_s, u"Ana Ruiz"_s, u"--organisation"_s,
                    u"Republic of Chile"_s, u"--constituency"_s, u"developing_country"_s,
                    u"--from"_s, u"2026-01-01"_s})
                .exit == 0);

    // An extraordinary meeting already past (the CLI's clock says 2026-11-28).
    Run r = runCli({u"meeting"_s, u"add"_s, fund, u"--date"_s, u"2026-11-20"_s, u"--place"_s,
                    u"Brussels"_s, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QString id = QString::number(r.json().value(u"id"_s).toInteger());
    CHECK(runCli({u"meeting"_s, u"agenda"_s, fund, id, u"--add"_s, u"IMDP-26-006"_s}).exit == 1);
    REQUIRE(runCli({u"meeting"_s, u"agenda"_s, fund, id, u"--add"_s, u"IMDP-26-005"_s}).exit == 0);
    CHECK(runCli({u"meeting"_s, u"status"_s, fund, id, u"--set"_s, u"held"_s}).exit == 1);
    REQUIRE(runCli({u"meeting"_s, u"status"_s, fund, id, u"--set"_s, u"dossier_issued"_s}).exit
            == 0);
    r = runCli({u"meeting"_s, u"status"_s, fund, id, u"--set"_s, u"held"_s});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(u"quorum is 5"_s));
    REQUIRE(runCli({u"meeting"_s, u"attend"_s, fund, id, u"--member"_s, u"Ingrid Lindahl"_s,
                    u"--member"_s, u"Marc Dubois"_s, u"--member"_s, u"Maria Santos"_s,
                    u"--member"_s, u"Amadou Ba"_s, u"--member"_s, u"Ana Ruiz"_s})
                .exit == 0);
    REQUIRE(runCli({u"meeting"_s, u"status"_s, fund, id, u"--set"_s, u"held"_s}).exit == 0);
    CHECK(runCli({u"meeting"_s, u"decide"_s, fund, id, u"IMDP-26-005"_s, u"--decision"_s,
                  u"endorsed"_s})
              .exit == 2); // an endorsement needs its amount
    REQUIRE(runCli({u"meeting"_s, u"decide"_s, fund, id, u"IMDP-26-005"_s, u"--decision"_s,
                    u"rejected"_s})
                .exit == 0);
    r = runCli({u"meeting"_s, u"agenda"_s, fund, id, u"--json"_s});
    const QJsonObject item = r.json().value(u"agenda"_s).toArray().first().toObject();
    CHECK(item.value(u"decision"_s).toString() == u"rejected"_s);
    CHECK(item.value(u"state"_s).toString() == u"rejected"_s);
    REQUIRE(runCli({u"meeting"_s, u"status"_s, fund, id, u"--set"_s, u"minutes_approved"_s}).exit
            == 0);
    const QString minutes = t.file(u"minutes.pdf"_s);
    REQUIRE(runCli({u"dossier"_s, fund, u"--meeting"_s, id, u"--out"_s, minutes, u"--minutes"_s})
                .exit == 0);
    const QString text = tool(u"pdftotext"_s, {minutes, u"-"_s}).simplified();
    CHECK(text.contains(u"Voting members present: 5 of 9; quorum: 5 (met)."_s));
    CHECK(text.contains(u"IMDP-26-005"_s));
    CHECK(runCli({u"meeting"_s, u"status"_s, fund, u"99"_s}).exit == 2);
    CHECK(runCli({u"meeting"_s, u"list"_s, fund, u"--json"_s}).json().value(u"meetings"_s)
              .toArray().size() == 2);
}
