// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// An RFC 4180 reader for imports: UTF-8 (an optional BOM is skipped), CRLF or LF, a header row,
// quoted fields with "" for a quote and line breaks inside. It never stops at the first problem:
// each record says what is wrong with it, so an import can report every bad row at once.

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace imdp::core::csv {

struct Record
{
    int line = 0;       ///< the physical line the record starts on (1-based)
    QStringList fields;
    int badField = -1;  ///< index of the field at fault, or -1
    QString problem;    ///< empty when the record is well formed
    Error error{};      ///< the problem with its key, worded in any language (core/i18n)
};

struct Table
{
    QStringList header; ///< trimmed column names
    QList<Record> records;
};

/// Parses a whole file's bytes. Fails only for what leaves no table to read: bytes that are not
/// UTF-8 (naming the first bad line), an empty file. Entirely blank lines are skipped.
Result<Table> parse(const QByteArray &bytes);

} // namespace imdp::core::csv
