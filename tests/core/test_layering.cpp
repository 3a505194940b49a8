// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
//
// The layers of core/ as docs/architecture.md states them: every `#include "core/..."` of every
// file in core/ must be allowed by the doc's table of module dependencies or named there as a
// known exception, and every exception must still be needed.
#include "../testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kRoot = QDir::cleanPath(QStringLiteral(IMDP_FIXTURES) + u"/../.."_s);

QString readText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

/// The rows of the Markdown table between `<!-- layering: NAME -->` and its closing comment:
/// each row's cells, with the header and separator rows left out.
QList<QStringList> docTable(const QString &doc, const QString &name)
{
    const QString open = u"<!-- layering: %1 -->"_s.arg(name);
    const QString close = u"<!-- /layering: %1 -->"_s.arg(name);
    const qsizetype from = doc.indexOf(open);
    const qsizetype to = doc.indexOf(close);
    REQUIRE(from >= 0);
    REQUIRE(to > from);
    QList<QStringList> rows;
    const QStringList lines = doc.mid(from + open.size(), to - from - open.size()).split(u'\n');
    bool header = true;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!line.startsWith(u'|'))
            continue;
        if (header) { // the header row, then the |---| row
            if (line.startsWith(u"|-"_s) || line.startsWith(u"|--"_s) || line.contains(u"---"_s))
                header = false;
            continue;
        }
        QStringList cells = line.mid(1, line.size() - 2).split(u'|');
        for (QString &c : cells)
            c = c.trimmed();
        rows << cells;
    }
    return rows;
}

/// `a`, `b` → {a, b}
QStringList codeNames(const QString &cell)
{
    QStringList out;
    static const QRegularExpression code(u"`([^`]+)`"_s);
    for (auto it = code.globalMatch(cell); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

/// The module of a path under core/: its folder, or `base` for the files at core/'s root.
QString moduleOf(const QString &corePath)
{
    const QStringList parts = corePath.split(u'/');
    return parts.size() > 2 ? parts.at(1) : u"base"_s;
}

struct Include
{
    QString file;   ///< core/x/y.cpp
    QString target; ///< core/z/w.h
    int line = 0;
};

QList<Include> coreIncludes()
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*\"(core/[^\"]+)\""_s);
    QList<Include> out;
    QDirIterator it(kRoot + u"/core"_s, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(kRoot).relativeFilePath(path);
        const QStringList lines = readText(path).split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const auto m = include.match(lines.at(i));
            if (m.hasMatch())
                out << Include{rel, m.captured(1), i + 1};
        }
    }
    return out;
}

} // namespace

TEST_CASE("core modules include only what docs/architecture.md allows", "[layering]")
{
    const QString doc = readText(kRoot + u"/docs/architecture.md"_s);

    QMap<QString, QSet<QString>> allowed;
    for (const QStringList &row : docTable(doc, u"allowed"_s)) {
        REQUIRE(row.size() >= 2);
        const QStringList module = codeNames(row.at(0));
        REQUIRE(module.size() == 1);
        const QStringList deps = codeNames(row.at(1));
        allowed.insert(module.first(), QSet<QString>(deps.cbegin(), deps.cend()));
    }
    REQUIRE(allowed.size() >= 10);
    REQUIRE(allowed.contains(u"base"_s));

    QMap<QString, QSet<QString>> exceptions; // file -> headers it may include for now
    for (const QStringList &row : docTable(doc, u"exceptions"_s)) {
        REQUIRE(row.size() >= 3);
        const QStringList file = codeNames(row.at(0));
        REQUIRE(file.size() == 1);
        REQUIRE_FALSE(row.at(2).isEmpty()); // each exception says why
        const QStringList headers = codeNames(row.at(1));
        REQUIRE_FALSE(headers.isEmpty());
        exceptions[file.first()].unite(QSet<QString>(headers.cbegin(), headers.cend()));
    }

    const QList<Include> includes = coreIncludes();
    REQUIRE(includes.size() > 200);
    QStringList violations;
    QSet<QString> modulesSeen{u"base"_s};
    for (const QString &dir : QDir(kRoot + u"/core"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        modulesSeen.insert(dir);
    QMap<QString, QSet<QString>> exceptionsUsed;
    for (const Include &inc : includes) {
        const QString from = moduleOf(inc.file);
        const QString to = moduleOf(inc.target);
        if (!QFile::exists(kRoot + u'/' + inc.target)) {
            violations
                << u"%1:%2: includes %3, which does not exist"_s.arg(inc.file).arg(inc.line).arg(
                       inc.target);
            continue;
        }
        if (!allowed.contains(from)) {
            violations << u"%1: module %2 has no row in the table"_s.arg(inc.file, from);
            continue;
        }
        const bool privateHeader = inc.target.endsWith(u"/internal.h"_s);
        const bool ok = from == to || (allowed.value(from).contains(to) && !privateHeader);
        if (ok)
            continue;
        if (exceptions.value(inc.file).contains(inc.target)) {
            exceptionsUsed[inc.file].insert(inc.target);
            continue;
        }
        violations << u"%1:%2: %3 may not include %4 (%5 → %6)%7"_s.arg(inc.file).arg(inc.line).arg(
            from, inc.target, from, to,
            privateHeader ? u": internal.h is private to its module"_s : QString());
    }
    // Every module in core/ has its row, and every row names a module that exists.
    for (const QString &m : modulesSeen)
        CHECK(allowed.contains(m));
    for (auto it = allowed.cbegin(); it != allowed.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(modulesSeen.contains(it.key()));
    }
    // An exception no longer needed is removed from the doc: the list only shrinks.
    for (auto it = exceptions.cbegin(); it != exceptions.cend(); ++it) {
        for (const QString &header : it.value()) {
            if (!exceptionsUsed.value(it.key()).contains(header))
                violations << u"%1: the exception for %2 is no longer needed: remove it from "
                              "docs/architecture.md"_s.arg(it.key(), header);
        }
    }
    INFO(violations.join(u'\n').toStdString());
    CHECK(violations.isEmpty());
}

TEST_CASE("no test name holds a semicolon: CTest would cut it and report a test that never ran",
          "[layering]")
{
    // catch_discover_tests passes names through CMake lists, which split on ';': the cut name
    // matches no test, runs nothing, and CTest reports it as passed.
    static const QRegularExpression testCase(u"TEST_CASE\\(((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\")+)"_s);
    QStringList cut;
    int seen = 0;
    QDirIterator it(kRoot + u"/tests"_s, {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = readText(path);
        for (auto m = testCase.globalMatch(text); m.hasNext();) {
            const QString name = m.next().captured(1);
            ++seen;
            if (name.contains(u';'))
                cut << QDir(kRoot).relativeFilePath(path) + u": "_s + name.simplified();
        }
    }
    CHECK(seen > 300);
    INFO(cut.join(u'\n').toStdString());
    CHECK(cut.isEmpty());
}
