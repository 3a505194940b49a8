// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end: `imdp report` (golden CSV per case, XLSX read back, PDF text) and `imdp export iati`
// validated against the IATI 2.03 schema with xmllint.
//
// Golden cases live in tests/golden/CASE/: `args` (the report name and options; the fund file is
// inserted after the name), `expected.csv` and `fund`, the script that builds the case's own small
// fund (one imdp command a line, `#` comments, FUND for the fund file), so a change to the demo
// does not rewrite the case's expected file. A case without `fund` still reads the demo fund. A
// case with `expected.txt` instead is a printed document: `args` is an imdp command (the dossier
// or the minutes) that writes a PDF, compared as the text pdftotext reads from it. After an
// intended change, regenerate them with
//     IMDP_UPDATE_GOLDEN=1 ctest --preset release -R golden
// and review the diff before committing; without that variable a difference fails the test.
#include "clirun.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using imdp::test::Run;
using imdp::test::runCli;

namespace {

QString tool(const QString &program, const QStringList &args, int *exit = nullptr)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    if (exit)
        *exit = p.exitCode();
    else
        REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString demoFund(const imdp::test::TempDir &t)
{
    const QString fund = t.file(u"demo.imdp"_s);
    REQUIRE(runCli({u"init"_s, fund, u"--demo"_s}).exit == 0);
    return fund;
}

QString schema()
{
    return QStringLiteral(IMDP_FIXTURES) + u"/iati-2.03/iati-activities-schema.xsd"_s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Runs a golden fund script on `fund`: one imdp command a line, FUND for the fund file, `#`
/// comments, and `include PATH` for another script (relative to this one) run in its place.
void runFundScript(const QString &script, const QString &fund)
{
    for (const QString &line : QString::fromUtf8(readAll(script)).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        QStringList args = QProcess::splitCommand(line);
        if (args.size() == 2 && args.first() == u"include"_s) {
            runFundScript(QFileInfo(script).dir().filePath(args.last()), fund);
            continue;
        }
        args.replaceInStrings(QRegularExpression(u"^FUND$"_s), fund);
        const Run r = runCli(args);
        INFO(line.toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exit == 0);
    }
}

/// The fund a golden case reads: built from CASE/fund when the case has one, else `demo`.
QString caseFund(const QDir &golden, const QString &c, const imdp::test::TempDir &t,
                 const QString &demo)
{
    const QString script = golden.filePath(c + u"/fund"_s);
    if (!QFileInfo::exists(script))
        return demo;
    const QString fund = t.file(c + u".imdp"_s);
    runFundScript(script, fund);
    return fund;
}

} // namespace

TEST_CASE("golden CSV of every report, each case on its own fund", "[cli][reports][golden]")
{
    const QDir golden(QStringLiteral(IMDP_GOLDEN));
    const QStringList cases = golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 4);
    imdp::test::TempDir t;
    const QString fund = demoFund(t);
    const bool update = qEnvironmentVariableIsSet("IMDP_UPDATE_GOLDEN");
    for (const QString &c : cases) {
        if (QFileInfo::exists(golden.filePath(c + u"/expected.txt"_s)))
            continue; // a printed document: the next test case
        INFO("golden case " << c.toStdString());
        QStringList args = QString::fromUtf8(readAll(golden.filePath(c + u"/args"_s)))
                               .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        REQUIRE(!args.isEmpty());
        const QString out = t.file(c + u".csv"_s);
        args.insert(1, caseFund(golden, c, t, fund));
        args = QStringList{u"report"_s} + args + QStringList{u"--format"_s, u"csv"_s,
                                                               u"--out"_s, out};
        const Run r = runCli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
        const QString expectedPath = golden.filePath(c + u"/expected.csv"_s);
        if (update) {
            QFile::remove(expectedPath);
            REQUIRE(QFile::copy(out, expectedPath));
            WARN("regenerated " << expectedPath.toStdString());
            continue;
        }
        const QByteArray actual = readAll(out);
        const QByteArray expected = readAll(expectedPath);
        // Line by line, so a failure names the first line that differs.
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (qsizetype i = 0; i < qMin(a.size(), e.size()); ++i) {
            INFO("line " << (i + 1));
            REQUIRE(a[i].toStdString() == e[i].toStdString());
        }
        CHECK(a.size() == e.size());
    }
}

TEST_CASE("golden text of the dossier and the minutes, on their own fund", "[cli][golden][dossier]")
{
    const QDir golden(QStringLiteral(IMDP_GOLDEN));
    imdp::test::TempDir t;
    const bool update = qEnvironmentVariableIsSet("IMDP_UPDATE_GOLDEN");
    int cases = 0;
    for (const QString &c : golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString expectedPath = golden.filePath(c + u"/expected.txt"_s);
        if (!QFileInfo::exists(expectedPath))
            continue;
        ++cases;
        INFO("golden case " << c.toStdString());
        REQUIRE(QFileInfo::exists(golden.filePath(c + u"/fund"_s))); // never the demo
        QStringList args = QString::fromUtf8(readAll(golden.filePath(c + u"/args"_s)))
                               .split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        REQUIRE(!args.isEmpty());
        const QString pdf = t.file(c + u".pdf"_s);
        args.insert(1, caseFund(golden, c, t, {}));
        args << u"--out"_s << pdf;
        const Run r = runCli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
        const QString text = tool(u"pdftotext"_s, {pdf, u"-"_s});
        if (update) {
            QFile f(expectedPath);
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text.toUtf8());
            WARN("regenerated " << expectedPath.toStdString());
            continue;
        }
        const QStringList a = text.split(u'\n');
        const QStringList e = QString::fromUtf8(readAll(expectedPath)).split(u'\n');
        for (qsizetype i = 0; i < qMin(a.size(), e.size()); ++i) {
            INFO("line " << (i + 1));
            REQUIRE(a[i].toStdString() == e[i].toStdString());
        }
        CHECK(a.size() == e.size());
    }
    CHECK(cases >= 2); // the dossier and the minutes
}

TEST_CASE("an XLSX report reads back: numbers as numbers, text as text, fingerprint and totals",
          "[cli][reports][xlsx]")
{
    imdp::test::TempDir t;
    const QString fund = demoFund(t);
    const QString xlsx = t.file(u"su.xlsx"_s);
    const Run r = runCli({u"report"_s, u"sources-uses"_s, fund, u"--out"_s, xlsx, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QString fingerprint = r.json().value(u"fingerprint"_s).toString();
    REQUIRE(fingerprint.size() == 64);
    const QString listing = tool(u"unzip"_s, {u"-l"_s, xlsx});
    // the statement, contributions by donor, by partner, by project
    CHECK(listing.contains(u"xl/worksheets/sheet4.xml"_s));
    const QString strings = tool(u"unzip"_s, {u"-p"_s, xlsx, u"xl/sharedStrings.xml"_s});
    CHECK(strings.contains(fingerprint));
    CHECK(strings.contains(u"Total sources"_s));
    CHECK(strings.contains(u"Total balance of funds"_s));
    // The same figures as the CSV of the same report: the total balance of funds as a number cell.
    const QString csvPath = t.file(u"su.csv"_s);
    REQUIRE(runCli({u"report"_s, u"sources-uses"_s, fund, u"--out"_s, csvPath}).exit == 0);
    const QString csv = QString::fromUtf8(readAll(csvPath));
    const auto m = QRegularExpression(u"Total balance of funds,(-?\\d+\\.\\d\\d)"_s).match(csv);
    REQUIRE(m.hasMatch());
    const QString sheet1 = tool(u"unzip"_s, {u"-p"_s, xlsx, u"xl/worksheets/sheet1.xml"_s});
    QString value = m.captured(1);
    while (value.endsWith(u'0') && value.contains(u'.'))
        value.chop(1);
    if (value.endsWith(u'.'))
        value.chop(1);
    INFO(sheet1.toStdString());
    // A number cell has no t="s" (shared string) type and carries the value in <v>.
    CHECK(QRegularExpression(
              u"<c r=\"B\\d+\" s=\"\\d+\"><v>%1</v></c>"_s.arg(QRegularExpression::escape(value)))
              .match(sheet1)
              .hasMatch());
    // An existing export is replaced only with --force, then whole, never appended to; no
    // temporary file is left behind.
    CHECK(runCli({u"report"_s, u"pipeline"_s, fund, u"--out"_s, xlsx}).exit == 1);
    REQUIRE(runCli({u"report"_s, u"pipeline"_s, fund, u"--out"_s, xlsx, u"--force"_s}).exit == 0);
    CHECK(tool(u"unzip"_s, {u"-p"_s, xlsx, u"xl/sharedStrings.xml"_s}).contains(u"By state"_s));
    CHECK(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u"writing"_s).isEmpty());
}

TEST_CASE("a PDF report in French: title, pages, fingerprint", "[cli][reports][pdf]")
{
    imdp::test::TempDir t;
    const QString fund = demoFund(t);
    const QString pdf = t.file(u"donors.pdf"_s);
    const Run r = runCli({u"report"_s, u"donor-statement"_s, fund, u"--lang"_s, u"fr"_s,
                          u"--out"_s, pdf, u"--json"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.json().value(u"pages"_s).toInt() >= 2);
    const QString text = tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    CHECK(text.contains(u"Relevé par donateur"_s));
    CHECK(text.contains(u"Emploi des contributions"_s));
    CHECK(text.contains(u"Page 1 sur"_s));
    const QString fp = r.json().value(u"fingerprint"_s).toString();
    CHECK(text.contains(fp.left(4)));
}

TEST_CASE("imdp report refuses what it cannot do, with status 2", "[cli][reports]")
{
    imdp::test::TempDir t;
    const QString fund = demoFund(t);
    const QString out = t.file(u"x.csv"_s);
    CHECK(runCli({u"report"_s, u"balance"_s, fund, u"--out"_s, out}).exit == 2);
    CHECK(runCli({u"report"_s, u"pipeline"_s, fund}).exit == 2);
    CHECK(runCli({u"report"_s, u"pipeline"_s, fund, u"--out"_s, out, u"--lang"_s, u"de"_s}).exit
          == 2);
    CHECK(runCli({u"report"_s, u"pipeline"_s, fund, u"--out"_s, t.file(u"x.doc"_s)}).exit == 2);
    CHECK(runCli({u"report"_s, u"sources-uses"_s, fund, u"--out"_s, out, u"--from"_s,
                  u"2026-13-01"_s}).exit == 2);
    const Run r = runCli({u"report"_s, u"donor-statement"_s, fund, u"--donor"_s, u"Nobody"_s,
                          u"--out"_s, out});
    CHECK(r.exit == 2);
    CHECK(r.err.contains(u"Nobody"_s));
    CHECK(!QFile::exists(out));
    // Other commands still run without a GUI application.
    CHECK(runCli({u"info"_s, fund}).exit == 0);
}

TEST_CASE("imdp export iati writes activities valid against the IATI 2.03 schema",
          "[cli][reports][iati]")
{
    imdp::test::TempDir t;
    const QString fund = demoFund(t);
    const QString xml = t.file(u"activities.xml"_s);
    const Run r = runCli({u"export"_s, u"iati"_s, fund, u"--out"_s, xml});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    int exit = -1;
    const QString log = tool(u"xmllint"_s,
                             {u"--nonet"_s, u"--noout"_s, u"--schema"_s,
                              schema(),
                              xml},
                             &exit);
    INFO(log.toStdString());
    CHECK(exit == 0);
    const QString text = QString::fromUtf8(readAll(xml));
    CHECK(text.contains(u"<sector vocabulary=\"1\" code=\"15190\""_s));
    CHECK(text.contains(u"<iati-identifier>XM-IMDP-IMDP-26-001</iati-identifier>"_s));
    for (const QString &role : {u"role=\"1\""_s, u"role=\"3\""_s, u"role=\"4\""_s})
        CHECK(text.contains(role));
    for (const QString &type : {u"13"_s, u"1"_s, u"11"_s, u"2"_s, u"3"_s})
        CHECK(text.contains(u"<transaction-type code=\"%1\"/>"_s.arg(type)));
    CHECK(text.contains(u"xml:lang=\"en\""_s));

    // A broken file is caught by the same check, so the check itself can fail.
    const QString bad = t.file(u"bad.xml"_s);
    imdp::test::writeFile(bad, QString(text).replace(u"<iati-identifier>"_s,
                                                     u"<iati-id>"_s).toUtf8());
    tool(u"xmllint"_s,
         {u"--nonet"_s, u"--noout"_s, u"--schema"_s,
          schema(), bad},
         &exit);
    CHECK(exit != 0);
}

TEST_CASE("the DGF application pack as PDF: narratives written with imdp dgf text, the cap table",
          "[cli][reports][dgf][pdf]")
{
    imdp::test::TempDir t;
    const QString fund = demoFund(t);
    const QString basis = t.file(u"basis.txt"_s);
    imdp::test::writeFile(basis, "The partnership answers the Brussels recommendations.\n");
    REQUIRE(runCli({u"dgf"_s, u"text"_s, fund, u"basis"_s, u"--file"_s, basis}).exit == 0);

    const QString pdf = t.file(u"preliminary.pdf"_s);
    Run r = runCli({u"report"_s, u"dgf-preliminary"_s, fund, u"--out"_s, pdf, u"--json"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    QString text = tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    CHECK(text.contains(u"DGF application: preliminary proposal"_s));
    CHECK(text.contains(u"The partnership answers the Brussels recommendations."_s));
    CHECK(text.contains(u"Potential donors"_s));
    CHECK(text.contains(u"Early December"_s));
    CHECK(text.contains(u"Bank resources and the cap"_s));
    CHECK(text.contains(u"Whole fund"_s));
    CHECK(!text.contains(u"NOT YET WRITTEN"_s));

    // The formal request in French: governance not written yet, said plainly.
    const QString formal = t.file(u"formal.pdf"_s);
    r = runCli({u"report"_s, u"dgf-formal"_s, fund, u"--lang"_s, u"fr"_s, u"--out"_s, formal});
    REQUIRE(r.exit == 0);
    text = tool(u"pdftotext"_s, {u"-layout"_s, formal, u"-"_s});
    CHECK(text.contains(u"Demande au DGF : demande officielle"_s));
    CHECK(text.contains(u"PAS ENCORE RÉDIGÉ"_s));
    CHECK(text.contains(u"Comité de surveillance"_s));
    CHECK(text.contains(u"Mécanismes d’évaluation"_s));
    CHECK(text.contains(u"Ensemble du"_s)); // the cap table's whole-fund row (its cell wraps)
    CHECK(text.contains(u"11,60"_s));       // the Bank's share of the funding requested
    CHECK(text.contains(u"USD"_s));

    // Refusals: an unknown narrative, no text or two, nothing written.
    CHECK(runCli({u"dgf"_s, u"text"_s, fund, u"budget"_s, u"--text"_s, u"x"_s}).exit == 2);
    CHECK(runCli({u"dgf"_s, u"text"_s, fund, u"governance"_s}).exit == 2);
    CHECK(runCli({u"dgf"_s, u"text"_s, fund, u"governance"_s, u"--text"_s, u"x"_s, u"--file"_s,
                  basis}).exit == 2);
    const QString csv = t.file(u"formal.csv"_s);
    REQUIRE(runCli({u"report"_s, u"dgf-formal"_s, fund, u"--out"_s, csv}).exit == 0);
    CHECK(QString::fromUtf8(readAll(csv)).contains(u"[NOT YET WRITTEN]"_s));
    // In the workbook a narrative is a worksheet of its own, its text under the title.
    const QString xlsx = t.file(u"formal.xlsx"_s);
    REQUIRE(runCli({u"report"_s, u"dgf-formal"_s, fund, u"--out"_s, xlsx}).exit == 0);
    CHECK(tool(u"unzip"_s, {u"-p"_s, xlsx, u"xl/workbook.xml"_s})
              .contains(u"<sheet name=\"Governance\""_s));
    CHECK(tool(u"unzip"_s, {u"-p"_s, xlsx, u"xl/sharedStrings.xml"_s})
              .contains(u"imdp dgf text FILE governance"_s));
}

TEST_CASE("the Forum report as PDF in Spanish and as XLSX", "[cli][reports][forum]")
{
    imdp::test::TempDir t;
    const QString fund = demoFund(t);
    const QString pdf = t.file(u"forum.pdf"_s);
    const Run r = runCli({u"report"_s, u"forum"_s, fund, u"--lang"_s, u"es"_s, u"--out"_s, pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QString text = tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    CHECK(text.contains(u"Informe al Foro Mundial"_s));
    // The reference wraps at its hyphen in the narrow column: both halves are printed.
    CHECK(text.contains(u"GFMD-2007-"_s));
    CHECK(text.contains(u"RT2.2"_s));
    CHECK(text.contains(u"Recomendaciones atendidas"_s));
    const QString xlsx = t.file(u"forum.xlsx"_s);
    REQUIRE(runCli({u"report"_s, u"forum"_s, fund, u"--out"_s, xlsx}).exit == 0);
    const QString listing = tool(u"unzip"_s, {u"-l"_s, xlsx});
    CHECK(listing.contains(u"xl/worksheets/sheet4.xml"_s));
    const QString strings = tool(u"unzip"_s, {u"-p"_s, xlsx, u"xl/sharedStrings.xml"_s});
    CHECK(strings.contains(u"Recommendations acted on"_s));
    CHECK(strings.contains(u"GFMD-MP-2008-04"_s));
}

TEST_CASE("a PDF table never breaks a word letter by letter: headers and names stay whole",
          "[cli][reports][pdf]")
{
    // A fund built from nothing, a donor whose long words once broke in a narrow column.
    imdp::test::TempDir t;
    const QString fund = t.file(u"f.imdp"_s);
    const auto ok = [](const QStringList &args) {
        const Run r = runCli(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exit == 0);
    };
    ok({u"init"_s, fund});
    ok({u"org"_s, u"add"_s, fund, u"--name"_s, u"Swiss Confederation"_s, u"--kind"_s, u"state"_s});
    ok({u"pledge"_s, u"add"_s, fund, u"--donor"_s, u"Swiss Confederation"_s, u"--amount"_s,
        u"1353600.00"_s, u"--reference"_s, u"CH-1"_s, u"--date"_s, u"2026-01-05"_s});
    for (const auto &[lang, header] :
         {std::pair{u"en"_s, u"Instalments"_s}, std::pair{u"es"_s, u"Cuotas"_s}}) {
        const QString pdf = t.file(u"ds-%1.pdf"_s.arg(lang));
        ok({u"report"_s, u"donor-statement"_s, fund, u"--lang"_s, lang, u"--out"_s, pdf});
        const QString text = tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        INFO(lang.toStdString() << "\n" << text.toStdString());
        CHECK(text.contains(header));
        CHECK(text.contains(u"Confederation"_s));
        CHECK(text.contains(u"1,353,600.00"_s) != (lang == u"es"_s));
    }
    // One donor asked for: the cover names it.
    const QString one = t.file(u"ds-one.pdf"_s);
    ok({u"report"_s, u"donor-statement"_s, fund, u"--donor"_s, u"Swiss Confederation"_s, u"--out"_s,
        one});
    const QString cover = tool(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, one, u"-"_s});
    CHECK(cover.simplified().contains(u"Donor statement \u2014 Swiss Confederation"_s));
}

TEST_CASE("a report that cannot be written for want of room: one line, no file, in every format",
          "[cli][reports][io]")
{
    // The CLI run with a file-size limit (SIGXFSZ ignored, so a write past it fails with EFBIG,
    // as a full disk fails with ENOSPC): libxlsxwriter's own stderr lines must not show.
    imdp::test::TempDir t;
    const QString fund = demoFund(t);
    for (const QString &format : {u"xlsx"_s, u"pdf"_s, u"csv"_s}) {
        const QString out = t.file(u"big."_s + format);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"IMDP_NOW"_s, u"2026-11-28T09:00:00Z"_s);
        p.setProcessEnvironment(env);
        const QString limit = format == u"csv"_s ? u"1"_s : u"4"_s; // 512-byte blocks
        p.start(u"bash"_s,
                {u"-c"_s, u"trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\""_s.arg(limit),
                 QStringLiteral(IMDP_CLI), u"report"_s, u"sources-uses"_s, fund, u"--out"_s, out});
        REQUIRE(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(format.toStdString() << ": " << err.toStdString());
        CHECK(p.exitCode() != 0);
        CHECK(err.trimmed().count(u'\n') == 0);
        CHECK(err.startsWith(u"imdp: "_s + out + u": cannot be written ("_s));
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(QDir(t.dir.path())
                  .entryList(QDir::Files | QDir::Hidden)
                  .filter(u"writing"_s)
                  .isEmpty());
    }
}
