// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The user guide in French and Spanish (issue 19, "Documents") kept in step with the English one,
// which is the reference: docs/fr/user-guide.md and docs/es/user-guide.md must have the same
// headings at the same levels in the same order (so each section corresponds one to one), the same
// `imdp ...` command lines in the fenced code blocks of each section (commands are not
// translated), a link back to the English guide, and no relative link or image that leads nowhere.
// A failure names the first English heading whose section differs.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Section
{
    int level = 0;        ///< 1 for "#", 2 for "##", ...; 0 for the text before the first heading
    QString heading;      ///< the heading's text
    QStringList commands; ///< `imdp ...` lines of its fenced blocks, continuation lines joined
};

struct Guide
{
    QList<Section> sections{Section{}};
    QStringList links; ///< targets of [text](target) and ![alt](target), outside code blocks
};

Guide parseGuide(const QString &text)
{
    static const QRegularExpression headingRe(u"^(#{1,6})\\s+(.*\\S)\\s*$"_s);
    static const QRegularExpression linkRe(u"\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)"_s);
    static const QRegularExpression inlineCodeRe(u"`[^`]*`"_s);
    Guide g;
    bool inFence = false;
    QString pending; // a command line continued with a trailing backslash
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.endsWith(u'\r') ? raw.chopped(1) : raw;
        if (line.trimmed().startsWith(u"```"_s)) {
            inFence = !inFence;
            pending.clear();
            continue;
        }
        if (inFence) {
            const QString t = line.trimmed();
            if (!pending.isEmpty()) {
                pending += u' ' + t;
            } else if (t.startsWith(u"imdp "_s)) {
                pending = t;
            } else {
                continue;
            }
            if (pending.endsWith(u'\\')) {
                pending.chop(1);
                pending = pending.trimmed();
                continue;
            }
            g.sections.last().commands << pending.simplified();
            pending.clear();
            continue;
        }
        const QRegularExpressionMatch h = headingRe.match(line);
        if (h.hasMatch()) {
            g.sections << Section{int(h.capturedLength(1)), h.captured(2), {}};
            continue;
        }
        QString prose = line;
        prose.remove(inlineCodeRe);
        for (auto it = linkRe.globalMatch(prose); it.hasNext();)
            g.links << it.next().captured(1);
    }
    return g;
}

/// Empty when `tr` is in step with `en`, else what differs first, naming the English heading.
QString firstMismatch(const Guide &en, const Guide &tr)
{
    const qsizetype n = std::min(en.sections.size(), tr.sections.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Section &e = en.sections[i];
        const Section &t = tr.sections[i];
        const QString where = i == 0 ? u"the text before the first heading"_s
                                     : u"section %1 \"%2\""_s.arg(i).arg(e.heading);
        if (e.level != t.level)
            return u"%1: heading level %2 in English, %3 in the translation (\"%4\")"_s.arg(where)
                .arg(e.level)
                .arg(t.level)
                .arg(t.heading);
        if (e.commands != t.commands) {
            for (qsizetype k = 0; k < std::max(e.commands.size(), t.commands.size()); ++k) {
                const QString ec = k < e.commands.size() ? e.commands[k] : u"(none)"_s;
                const QString tc = k < t.commands.size() ? t.commands[k] : u"(none)"_s;
                if (ec != tc)
                    return u"%1: command %2 differs: English \"%3\", translation \"%4\""_s
                        .arg(where)
                        .arg(k + 1)
                        .arg(ec, tc);
            }
        }
    }
    if (en.sections.size() != tr.sections.size()) {
        const QString extra =
            en.sections.size() > n
                ? u"English section \"%1\" has no counterpart"_s.arg(en.sections[n].heading)
                : u"the translation's section \"%1\" has no English counterpart"_s.arg(
                      tr.sections[n].heading);
        return u"%1 headings in English, %2 in the translation: %3"_s.arg(en.sections.size() - 1)
            .arg(tr.sections.size() - 1)
            .arg(extra);
    }
    return {};
}

/// Relative link targets of `g` (read from `dir`) that do not exist.
QStringList brokenLinks(const Guide &g, const QDir &dir)
{
    static const QRegularExpression schemeRe(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    QStringList broken;
    for (const QString &link : g.links) {
        if (link.startsWith(u'#') || schemeRe.match(link).hasMatch())
            continue;
        const QString path = link.section(u'#', 0, 0);
        if (!QFileInfo::exists(dir.filePath(path)))
            broken << link;
    }
    return broken;
}

QString docsDir()
{
    return QDir::cleanPath(QStringLiteral(IMDP_FIXTURES) + u"/../../docs"_s);
}

QString readAll(const QString &path)
{
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("user guide comparison names the first section out of step")
{
    const Guide en = parseGuide(u"# Guide\nintro\n## One\n```sh\nimdp init F\n# a comment\n```\n"
                                "### One a\n```\nimdp window add F --code W \\\n     --to X\n```\n"
                                "## Two\n"_s);
    SECTION("the same structure and commands, other words")
    {
        const Guide fr =
            parseGuide(u"# Guide (fr)\n> [anglais](../user-guide.md)\n## Un\n"
                       "```sh\nimdp init F\n# un commentaire\n```\n### Un a\n"
                       "```\nimdp window add F --code W \\\n  --to X\n```\n## Deux\n"_s);
        CHECK(firstMismatch(en, fr).isEmpty());
        CHECK(fr.links == QStringList{u"../user-guide.md"_s});
    }
    SECTION("a heading at another level")
    {
        const Guide fr = parseGuide(u"# Guide\n## Un\n```sh\nimdp init F\n```\n## Un a\n"
                                    "```\nimdp window add F --code W --to X\n```\n## Deux\n"_s);
        CHECK(firstMismatch(en, fr).contains(u"section 3 \"One a\": heading level 3"_s));
    }
    SECTION("a translated command")
    {
        const Guide fr = parseGuide(u"# Guide\n## Un\n```sh\nimdp init F\n```\n### Un a\n"
                                    "```\nimdp window add F --code W --to Y\n```\n## Deux\n"_s);
        CHECK(firstMismatch(en, fr).contains(u"section 3 \"One a\": command 1 differs"_s));
    }
    SECTION("a missing section")
    {
        const Guide fr = parseGuide(u"# Guide\n## Un\n```sh\nimdp init F\n```\n### Un a\n"
                                    "```\nimdp window add F --code W --to X\n```\n"_s);
        CHECK(firstMismatch(en, fr).contains(u"English section \"Two\" has no counterpart"_s));
    }
    SECTION("a relative link that leads nowhere")
    {
        const Guide fr = parseGuide(u"[a](../user-guide.md) ![b](../screenshots/none.png) "
                                    "[c](https://example.org) [d](#un) `[e](x.md)`\n"_s);
        CHECK(brokenLinks(fr, QDir(docsDir() + u"/fr"_s)) ==
              QStringList{u"../screenshots/none.png"_s});
    }
}

TEST_CASE("the French and Spanish user guides are in step with the English one")
{
    const Guide en = parseGuide(readAll(docsDir() + u"/user-guide.md"_s));
    REQUIRE(en.sections.size() > 10);
    // The tutorial "Your first fund" is read: its commands are compared.
    REQUIRE(std::any_of(en.sections.cbegin(), en.sections.cend(),
                        [](const Section &s) { return s.commands.size() > 10; }));
    for (const QString &lang : {u"fr"_s, u"es"_s}) {
        const QDir dir(docsDir() + u'/' + lang);
        const Guide tr = parseGuide(readAll(dir.filePath(u"user-guide.md"_s)));
        INFO("docs/" << lang.toStdString() << "/user-guide.md");
        const QString mismatch = firstMismatch(en, tr);
        INFO(mismatch.toStdString());
        CHECK(mismatch.isEmpty());
        CHECK(tr.links.contains(u"../user-guide.md"_s)); // the note pointing to the reference
        const QStringList broken = brokenLinks(tr, dir);
        INFO("broken links: " << broken.join(u", "_s).toStdString());
        CHECK(broken.isEmpty());
    }
}
