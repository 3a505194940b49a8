// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "targets.h"

#include "core/funding/caprule.h"
#include "core/io/csvwriter.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/validate.h"

#include <QList>
#include <QStringList>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace imdp::fuzz {

namespace {
void require(bool holds)
{
    if (!holds)
        std::abort();
}

/// A plain RFC 4180 reader (quotes, doubled quotes, CRLF) to read the writer's output back.
QList<QStringList> readCsv(const QString &s)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < s.size() && s.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < s.size() && s.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    require(!quoted && row.isEmpty() && cell.isEmpty());
    return rows;
}
} // namespace

QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

void money(const uint8_t *data, size_t size)
{
    const QString input = text(data, size);
    for (const QString &code : {u"USD"_s, u"JPY"_s, u"KWD"_s}) {
        auto m = Money::parse(input, code);
        if (!m) {
            require(!m.error().message.isEmpty() && !m.error().message.contains(u'\n'));
            continue;
        }
        auto again = Money::parse(m->toString(), code);
        require(again.ok() && *again == *m);
    }
}

void rate(const uint8_t *data, size_t size)
{
    auto r = Rate::parse(text(data, size));
    if (!r)
        return;
    require(r->scaled() > 0);
    auto again = Rate::parse(r->toString());
    require(again.ok() && *again == *r);
}

void date(const uint8_t *data, size_t size)
{
    const QString input = text(data, size);
    auto d = parseIsoDate(u"date"_s, input);
    if (d)
        require(d->isValid() && d->toString(Qt::ISODate) == input);
}

void capBps(const uint8_t *data, size_t size)
{
    auto c = parseCapBps(text(data, size));
    if (c)
        require(*c >= 0 && *c <= 10000);
}

void csv(const uint8_t *data, size_t size)
{
    // Lines are rows, 0x1f separates cells: any text can reach the writer, quotes and CRs too.
    const QString input = text(data, size);
    QList<QStringList> rows;
    CsvWriter w;
    for (const QString &line : input.split(u'\n')) {
        const QStringList cells = line.split(QChar(0x1f));
        rows << cells;
        w.addTextRow(cells);
    }
    const QList<QStringList> back = readCsv(QString::fromUtf8(w.bytes()));
    require(back.size() == rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        require(back.at(r).size() == rows.at(r).size());
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString &orig = rows.at(r).at(c);
            const QString &got = back.at(r).at(c);
            const bool guarded = got == u'\'' + orig;
            require(got == orig || guarded);
            // A cell never reaches a spreadsheet starting with a formula character.
            require(got.isEmpty() || !QStringLiteral("=+-@\t\r").contains(got.at(0)));
        }
    }
}

} // namespace imdp::fuzz
