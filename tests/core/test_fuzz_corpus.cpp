// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Replays every saved fuzz input (tests/fuzz/corpus/TARGET/*) through its target's body: inputs
// that once crashed a parser are saved there and stay regression tests in the ordinary suite.
#include "../testutil.h"
#include "../fuzz/targets.h"

#include "core/validate.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("the fuzz corpus and past crashes replay cleanly through every target", "[fuzz]")
{
    using Body = void (*)(const uint8_t *, size_t);
    const QList<std::pair<QString, Body>> targets{{u"money"_s, imdp::fuzz::money},
                                                  {u"rate"_s, imdp::fuzz::rate},
                                                  {u"date"_s, imdp::fuzz::date},
                                                  {u"capbps"_s, imdp::fuzz::capBps},
                                                  {u"csv"_s, imdp::fuzz::csv},
                                                  {u"import"_s, imdp::fuzz::import},
                                                  {u"organisations"_s, imdp::fuzz::organisations},
                                                  {u"opening"_s, imdp::fuzz::opening},
                                                  {u"review"_s, imdp::fuzz::reviewPackage}};
    int replayed = 0;
    for (const auto &[name, body] : targets) {
        const QDir dir(QStringLiteral(IMDP_FUZZ_CORPUS) + u'/' + name);
        const QStringList files = dir.entryList(QDir::Files);
        INFO(name.toStdString());
        CHECK_FALSE(files.isEmpty());
        for (const QString &f : files) {
            QFile in(dir.filePath(f));
            REQUIRE(in.open(QIODevice::ReadOnly));
            const QByteArray bytes = in.readAll();
            body(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++replayed;
        }
    }
    CHECK(replayed >= 10);
}

// Found by fuzz_date: "$" in the date pattern matched before a trailing newline, so a date field
// carrying a line break was accepted (the input is saved in tests/fuzz/corpus/date/).
TEST_CASE("dates refuse a trailing newline and non-ASCII digits", "[fuzz][validate]")
{
    using imdp::core::parseIsoDate;
    CHECK(parseIsoDate(u"date"_s, u"2024-02-29"_s).ok());
    const QString bad = GENERATE(u"2024-02-29\n"_s, u"2024-02-29\r\n"_s, u"\n2024-02-29"_s,
                                 QString::fromUtf8("\u0662\u0660\u0662\u0664-\u0660\u0662-"
                                                   "\u0662\u0669"));
    auto r = parseIsoDate(u"date"_s, bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.startsWith(u"date: '"_s));
}
