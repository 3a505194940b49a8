// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The user guide's tutorial "Your first fund", run as printed: the fenced `sh` block of that
// section in docs/user-guide.md is read from the page itself and every line run, in order, with the
// real `imdp` binary in a fresh temporary folder (no demo fund anywhere), so the page and the
// product cannot drift apart. Then the figures it leads to are checked.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString fundFile = u"IMDP 2008.imdp"_s;

/// The lines of the first ```sh block after the heading "## Your first fund".
QStringList tutorialLines()
{
    QFile f(QStringLiteral(IMDP_FIXTURES) + u"/../../docs/user-guide.md"_s);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList all = QString::fromUtf8(f.readAll()).split(u'\n');
    const qsizetype heading = all.indexOf(u"## Your first fund"_s);
    REQUIRE(heading >= 0);
    qsizetype i = heading + 1;
    while (i < all.size() && all[i] != u"```sh"_s) {
        REQUIRE_FALSE(all[i].startsWith(u"## "_s)); // the block belongs to the section
        ++i;
    }
    REQUIRE(i < all.size());
    QStringList out;
    for (++i; i < all.size() && all[i] != u"```"_s; ++i)
        if (!all[i].trimmed().isEmpty())
            out << all[i];
    REQUIRE(i < all.size()); // the block is closed
    return out;
}

/// Splits a tutorial line into words the way a shell would, for the small subset the tutorial
/// may use: plain words and "double-quoted" words. Anything else a reader's shell would treat
/// specially is refused, so the page stays a script that runs the same here and there.
QStringList shellWords(const QString &line)
{
    for (const QChar c : u"$`\\'|;&<>*?(){}#"_s)
        if (line.contains(c))
            FAIL("the tutorial line uses '" << QString(c)
                                            << "', which this test does not run: " << line);
    QStringList words;
    QString word;
    bool quoted = false, inWord = false;
    for (const QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            inWord = true;
        } else if (c.isSpace() && !quoted) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    REQUIRE_FALSE(quoted);
    if (inWord)
        words << word;
    return words;
}

struct Step
{
    QString line;
    imdp::test::Run run;
};

/// The output of the `n`th (0-based) step whose line starts with `prefix`.
const Step &step(const QList<Step> &steps, const QString &prefix, int n = 0)
{
    for (const Step &s : steps)
        if (s.line.startsWith(prefix) && n-- == 0)
            return s;
    FAIL("the tutorial has no step '" << prefix << "'");
    return steps.front();
}

QJsonObject json(const Step &s)
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(s.run.out.toUtf8(), &e);
    INFO(s.line.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return d.object();
}

} // namespace

TEST_CASE("user guide 'Your first fund': every command runs as printed on a new fund",
          "[cli][firstfund]")
{
    const imdp::test::TempDir t;
    const QStringList script = tutorialLines();
    REQUIRE(script.size() >= 20);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"IMDP_NOW"_s);
    env.remove(u"IMDP_USER"_s);
    QList<Step> steps;
    for (const QString &line : script) {
        const QStringList words = shellWords(line);
        INFO("tutorial line: " << line.toStdString());
        REQUIRE_FALSE(words.contains(u"--demo"_s));
        if (words.value(0) == u"export"_s) {
            REQUIRE(words.size() == 2);
            const qsizetype eq = words[1].indexOf(u'=');
            REQUIRE(eq > 0);
            env.insert(words[1].left(eq), words[1].mid(eq + 1));
            continue;
        }
        REQUIRE(words.value(0) == u"imdp"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(t.dir.path());
        p.start(QStringLiteral(IMDP_CLI), words.mid(1));
        REQUIRE(p.waitForFinished(120000));
        REQUIRE(p.exitStatus() == QProcess::NormalExit);
        Step s{line,
               {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())}};
        INFO("stdout: " << s.run.out.toStdString() << "\nstderr: " << s.run.err.toStdString());
        REQUIRE(s.run.exit == 0);
        steps << s;
    }
    // The tutorial pins its clock and user, so its figures and dates are the ones checked below.
    REQUIRE(env.value(u"IMDP_NOW"_s) == u"2026-11-28T09:00:00Z"_s);

    { // the fund was created empty, under the tutorial's name
        CHECK(QFileInfo::exists(t.file(fundFile)));
        CHECK(step(steps, u"imdp init"_s).run.out.contains(u"IMDP Multi-Donor Trust Fund"_s));
    }

    { // the three organisations, with their kinds
        const QJsonArray orgs =
            QJsonDocument::fromJson(step(steps, u"imdp org list"_s).run.out.toUtf8()).array();
        REQUIRE(orgs.size() == 3);
        QHash<QString, QJsonObject> byName;
        for (const auto &o : orgs)
            byName.insert(o.toObject().value(u"name"_s).toString(), o.toObject());
        CHECK(byName.value(u"Kingdom of Belgium"_s).value(u"kind"_s) == u"state"_s);
        CHECK(byName.value(u"Development Grant Facility"_s).value(u"kind"_s) == u"bank"_s);
        CHECK(byName.value(u"Development Grant Facility"_s).value(u"short_name"_s) == u"DGF"_s);
        const QJsonObject ilo = byName.value(u"International Labour Organization"_s);
        CHECK(ilo.value(u"kind"_s) == u"agency"_s);
        CHECK(ilo.value(u"gmg_member"_s).toBool());
    }

    { // the pledges and the receipt, less the 1% fee, before any allocation
        const QJsonObject p = json(step(steps, u"imdp position"_s, 0));
        CHECK(p.value(u"pledged"_s) == u"1150000.00"_s);
        CHECK(p.value(u"received"_s) == u"1000000.00"_s);
        CHECK(p.value(u"outstanding"_s) == u"150000.00"_s);
        CHECK(p.value(u"fees"_s) == u"10000.00"_s);
        CHECK(p.value(u"allocated"_s) == u"0.00"_s);
        CHECK(p.value(u"available"_s) == u"990000.00"_s);
    }

    { // the endorsement allocated and the tranche transferred
        const QJsonObject p = json(step(steps, u"imdp position"_s, 1));
        CHECK(p.value(u"allocated"_s) == u"200000.00"_s);
        CHECK(p.value(u"transferred"_s) == u"120000.00"_s);
        CHECK(p.value(u"held_by_partners"_s) == u"120000.00"_s);
        CHECK(p.value(u"cash"_s) == u"870000.00"_s);
        CHECK(p.value(u"available"_s) == u"790000.00"_s);
    }

    { // the statement of sources and uses
        const QJsonObject st = json(step(steps, u"imdp statement"_s));
        CHECK(st.value(u"from"_s) == u"2026-11-01"_s);
        CHECK(st.value(u"to"_s) == u"2026-11-28"_s);
        for (const QString &block : {u"period"_s, u"cumulative"_s}) {
            INFO(block.toStdString());
            const QJsonObject b = st.value(block).toObject();
            CHECK(b.value(u"contributions"_s) == u"1000000.00"_s);
            CHECK(b.value(u"total_sources"_s) == u"1000000.00"_s);
            CHECK(b.value(u"transfers_to_partners"_s) == u"120000.00"_s);
            CHECK(b.value(u"fees"_s) == u"10000.00"_s);
            CHECK(b.value(u"total_uses"_s) == u"130000.00"_s);
            CHECK(b.value(u"balance_with_agent"_s) == u"870000.00"_s);
            CHECK(b.value(u"balance_with_partners"_s) == u"120000.00"_s);
            CHECK(b.value(u"total_balance"_s) == u"990000.00"_s);
            CHECK(b.value(u"total_balance_bps_of_deposits"_s).toInt() == 9900);
        }
    }

    { // the dossier, read back from its PDF, and the report
        const QString pdf = t.file(u"dossier.pdf"_s);
        REQUIRE(QFileInfo(pdf).size() > 0);
        QProcess p;
        p.start(u"pdftotext"_s, {pdf, u"-"_s});
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        CHECK(text.contains(u"IMDP-08-001"_s));
        CHECK(text.contains(u"Labour migration data for the Sahel"_s));
        CHECK(text.contains(u"IMDP Multi-Donor Trust Fund"_s));
        const QFileInfo report(t.file(u"sources-uses.pdf"_s));
        CHECK(report.exists());
        CHECK(report.size() > 0);
    }
}
