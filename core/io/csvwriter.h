// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace imdp::core {

/// One CSV cell. Text cells are guarded against spreadsheet formula injection; number cells (exact
/// decimal amounts such as "-1234.56", counts) are written as they are, so they stay numbers.
struct CsvCell
{
    enum class Kind { Text, Number };
    QString value;
    Kind kind = Kind::Text;

    static CsvCell text(QString v) { return {std::move(v), Kind::Text}; }
    static CsvCell number(QString v) { return {std::move(v), Kind::Number}; }
};

/// An RFC 4180 CSV export (CRLF line ends, quotes doubled, UTF-8), built in memory and written
/// to a temporary file in the target folder, flushed, then renamed over the target: a crash
/// leaves the previous export whole.
class CsvWriter
{
public:
    void addRow(const QList<CsvCell> &cells);
    /// A row of text cells (headers, labels).
    void addTextRow(const QStringList &cells);

    QByteArray bytes() const { return m_bytes; }
    /// Writes through core/io/output.h (atomic, 0600, fsynced); an existing file at `path` only
    /// with `replace`, and never a fund, backup, lock or link.
    Status save(const QString &path, bool replace = false) const;

    /// One cell as it appears in the file: formula-prefixed text gets a leading apostrophe (the
    /// OWASP advice), then quoting when it holds a comma, quote, CR or LF.
    static QString encode(const CsvCell &cell);
    /// Whether a number cell holds a plain decimal (an optional minus, digits, one point).
    static bool isPlainDecimal(const QString &value);

private:
    QByteArray m_bytes;
};

} // namespace imdp::core
