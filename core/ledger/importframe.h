// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Inside the ledger: the frame every CSV import shares (import.cpp, opening.cpp).

#include "core/io/csvreader.h"
#include "core/ledger/import.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace imdp::core::ledger::detail {

/// One row, read by column name (trimmed; empty for a column the file does not have).
struct RowReader
{
    const QHash<QString, int> &columns;
    const csv::Record &record;

    QString get(const QString &name) const
    {
        const int i = columns.value(name, -1);
        return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
    }
};

using RowFn = std::function<Result<qint64>(const RowReader &, int line)>;

/// The frame the imports share: read, check the header, run every row in one transaction,
/// collect every problem, and commit only when there is none. `beforeCommit` may refuse the
/// whole file; `addDetail` adds to the import's one audit row (`ledger.import`).
Result<ImportResult> runImport(Database &db, const QString &path, const QString &kind,
                               const QStringList &required, const QStringList &optional,
                               const RowFn &row, const std::function<Status()> &beforeCommit = {},
                               const std::function<Status(QJsonObject &)> &addDetail = {});

} // namespace imdp::core::ledger::detail
