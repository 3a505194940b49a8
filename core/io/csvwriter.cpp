// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/io/csvwriter.h"

#include "core/io/output.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

bool CsvWriter::isPlainDecimal(const QString &value)
{
    qsizetype i = value.startsWith(u'-') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c >= u'0' && c <= u'9') {
            digits = true;
        } else if (c == u'.' && !point && digits) {
            point = true;
        } else {
            return false;
        }
    }
    return digits && !value.endsWith(u'.');
}

QString CsvWriter::encode(const CsvCell &cell)
{
    QString v = cell.value;
    // A number that is not a plain decimal is treated as text: "-1+1" must not reach a formula.
    const bool number = cell.kind == CsvCell::Kind::Number && isPlainDecimal(v);
    if (!number && !v.isEmpty()) {
        const QChar first = v.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\r') || v.contains(u'\n')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v;
}

void CsvWriter::addRow(const QList<CsvCell> &cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    for (const CsvCell &c : cells)
        encoded << encode(c);
    m_bytes += encoded.join(u',').toUtf8();
    m_bytes += "\r\n";
}

void CsvWriter::addTextRow(const QStringList &cells)
{
    QList<CsvCell> row;
    row.reserve(cells.size());
    for (const QString &c : cells)
        row << CsvCell::text(c);
    addRow(row);
}

Status CsvWriter::save(const QString &path, bool replace) const
{
    return output::write(path, m_bytes, replace);
}

} // namespace imdp::core
