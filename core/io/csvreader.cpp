// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/io/csvreader.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::csv {

namespace {

/// The first line holding bytes that are not UTF-8, for a message a person can act on.
int firstBadLine(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = dec.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded)
        if (dec.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return line;
}

} // namespace

Result<Table> parse(const QByteArray &input)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = dec.decode(bytes);
    if (dec.hasError())
        return Error::badInput(u""_s, u"io.encoding_utf"_s, {ErrorArg::num(firstBadLine(bytes))});

    QList<Record> records;
    Record rec;
    QString field;
    int line = 1;
    rec.line = 1;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field was quoted and has closed
    bool recordHasData = false;
    int quoteLine = 0;
    auto flag = [&](const QString &key, QList<ErrorArg> args = {}) {
        if (rec.problem.isEmpty()) {
            rec.badField = int(rec.fields.size());
            rec.error = Error::badInput(u""_s, key, std::move(args));
            rec.problem = rec.error.message;
        }
    };
    auto endField = [&] {
        rec.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (recordHasData || rec.fields.size() > 1 || !rec.fields.first().isEmpty())
            records.append(rec);
        rec = Record{};
        recordHasData = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
            recordHasData = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            rec.line = line;
        } else if (c == u'"') {
            if (field.isEmpty() && !wasQuoted) {
                quoted = true;
                quoteLine = line;
                recordHasData = true;
            } else {
                flag(wasQuoted ? u"io.csv_quote_doubled"_s : u"io.csv_quote_unquoted"_s);
                field += c;
            }
        } else {
            if (wasQuoted)
                flag(u"io.csv_after_quote"_s);
            field += c;
        }
    }
    if (quoted) {
        // Everything after the opening quote was swallowed: report it where it opened.
        flag(u"io.csv_unbalanced"_s, {ErrorArg::txt(QString::number(quoteLine))});
        endRecord();
    } else if (!field.isEmpty() || !rec.fields.isEmpty()) {
        endRecord();
    }
    if (records.isEmpty())
        return Error::badInput(u""_s, u"io.header_file_empty"_s, {});
    Table t;
    for (const QString &h : records.first().fields)
        t.header.append(h.trimmed());
    if (!records.first().problem.isEmpty())
        return Error::badInput(u""_s, u"io.header"_s, {ErrorArg::txt(records.first().problem)});
    t.records = records.mid(1);
    return t;
}

} // namespace imdp::core::csv
