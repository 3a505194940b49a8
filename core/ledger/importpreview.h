// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// What an import would do, shown before anything is written: the file's rows as read and the
// import's own verdict (rows and total, or every bad row), from the real import run inside a
// transaction that is always rolled back. The same code path as the import, so the preview
// cannot disagree with it.

#include "core/io/csvreader.h"
#include "core/ledger/import.h"

#include <QDate>

namespace imdp::core::ledger {

enum class ImportKind { Receipts, Pledges, Organisations, Opening };

struct ImportPreview
{
    QStringList header;
    QList<csv::Record> records; ///< every data row, with its line number
    ImportResult result;        ///< rows and USD total it would write, or every problem
};

/// Runs the import and rolls it back: the fund and the CSV file are left exactly as they were.
/// `openingDate`: the date of an Opening import (opening balances as of that date).
Result<ImportPreview> previewImport(Database &db, ImportKind kind, const QString &csvPath,
                                    const QString &capOverride = {},
                                    const QDate &openingDate = {});

/// The import for real (importReceipts or importPledges).
Result<ImportResult> runImport(Database &db, ImportKind kind, const QString &csvPath,
                               const QString &capOverride = {}, const QDate &openingDate = {});

} // namespace imdp::core::ledger
