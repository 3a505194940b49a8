// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "../testutil.h"

#include "core/io/csvwriter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;
using imdp::core::CsvCell;
using imdp::core::CsvWriter;
using imdp::test::mustOk;

TEST_CASE("CSV text cells are guarded against formulas, amounts stay numbers", "[csv]")
{
    const auto [input, kind, expected] = GENERATE(table<QString, CsvCell::Kind, QString>({
        {u"Sweden"_s, CsvCell::Kind::Text, u"Sweden"_s},
        {u"=HYPERLINK(\"http://x\")"_s, CsvCell::Kind::Text, u"\"'=HYPERLINK(\"\"http://x\"\")\""_s},
        {u"+1+1"_s, CsvCell::Kind::Text, u"'+1+1"_s},
        {u"-2+3"_s, CsvCell::Kind::Text, u"'-2+3"_s},
        {u"@SUM(A1)"_s, CsvCell::Kind::Text, u"'@SUM(A1)"_s},
        {u"\tx"_s, CsvCell::Kind::Text, u"'\tx"_s},
        {u"\rx"_s, CsvCell::Kind::Text, u"\"'\rx\""_s},
        {u"a,b"_s, CsvCell::Kind::Text, u"\"a,b\""_s},
        {u"line\nbreak"_s, CsvCell::Kind::Text, u"\"line\nbreak\""_s},
        {u"say \"hi\""_s, CsvCell::Kind::Text, u"\"say \"\"hi\"\"\""_s},
        {u""_s, CsvCell::Kind::Text, u""_s},
        {u"-1234.56"_s, CsvCell::Kind::Number, u"-1234.56"_s},
        {u"0.00"_s, CsvCell::Kind::Number, u"0.00"_s},
        {u"42"_s, CsvCell::Kind::Number, u"42"_s},
        // Not a plain decimal: a "number" cell holding a formula is escaped like text.
        {u"-1+1"_s, CsvCell::Kind::Number, u"'-1+1"_s},
        {u"=1"_s, CsvCell::Kind::Number, u"'=1"_s},
        {u"1."_s, CsvCell::Kind::Number, u"1."_s},
    }));
    CHECK(CsvWriter::encode({input, kind}) == expected);
}

TEST_CASE("a CSV export is RFC 4180, replaces the old one atomically and is owner-only", "[csv]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"export.csv"_s);
    imdp::test::writeFile(path, "old export\r\n");
    CsvWriter w;
    w.addTextRow({u"donor"_s, u"amount"_s});
    w.addRow({CsvCell::text(u"=cmd|' /C calc'!A0"_s), CsvCell::number(u"-15.00"_s)});
    w.addRow({CsvCell::text(u"Kingdom of Sweden, MFA"_s), CsvCell::number(u"1000000.00"_s)});
    CHECK(w.bytes() == "donor,amount\r\n'=cmd|' /C calc'!A0,-15.00\r\n"
                       "\"Kingdom of Sweden, MFA\",1000000.00\r\n");
    // The old export is replaced only when the caller says so (--force, a confirmation).
    const auto unasked = w.save(path);
    REQUIRE_FALSE(unasked.ok());
    CHECK(unasked.error().code == imdp::core::ErrorCode::Refused);
    mustOk(w.save(path, true));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == w.bytes());
    CHECK(QFileInfo(path).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QDir(t.dir.path()).entryList(QDir::Files) == QStringList{u"export.csv"_s});

    auto bad = w.save(t.file(u"missing/x.csv"_s));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(u"does not exist"_s));
}
