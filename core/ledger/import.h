// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// CSV imports of receipts and pledges: all or nothing, in one transaction, every row through the
// same command code a person's entry goes through (receipts as one ReceiptBatch, of which
// recordReceipt is a batch of one; pledges through recordPledge). Any bad row fails the whole
// file, and every bad row is reported as "FILE:LINE: field: reason".

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace imdp::core {
class Database;
}

namespace imdp::core::ledger {

struct ImportResult
{
    qint64 rows = 0;     ///< rows written (0 when there are problems)
    qint64 usdMinor = 0; ///< their total USD value, cents
    QStringList problems; ///< one "FILE:LINE: field: reason" per bad row; empty on success
    /// The same problems with their keys: each "FILE:LINE" over the row's own error, so a
    /// screen words it in its language (core/i18n/errors.h); `problems` holds their English.
    QList<Error> problemErrors;
    /// Problems beyond the first 1,000, counted, not listed (a header of a million columns).
    qint64 unlistedProblems = 0;
    QStringList created;  ///< organisations the import creates (unknown donors; the directory's
                          ///< own import: every row), in file order
};

/// How far an import running on this thread has got, and a way to stop it (the desktop runs
/// imports on a worker thread with a progress bar and Cancel). Called before the first row, every
/// few hundred rows and before the commit, with the rows gone through and the file's rows;
/// returning false stops the import: its transaction rolls back, nothing is written, and the
/// import returns a Refused error saying it was cancelled.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Installs `progress` for the imports (and import previews) this thread runs while it lives.
class ImportProgressScope
{
public:
    explicit ImportProgressScope(ImportProgress progress);
    ~ImportProgressScope();
    ImportProgressScope(const ImportProgressScope &) = delete;
    ImportProgressScope &operator=(const ImportProgressScope &) = delete;

private:
    ImportProgress m_previous;
};

/// Columns date,donor,source,currency,amount,usd_rate,reference in any order; optional pledge
/// (the reference of the pledge a row pays). Unknown donors are created.
Result<ImportResult> importReceipts(Database &db, const QString &csvPath);

/// Columns date,donor,source,currency,amount,usd_rate,status,reference in any order; optional
/// note and instalments ("YYYY-MM-DD=AMOUNT;..."). `capOverride`, when given, is kept on the
/// import's bank-source pledges as the officer's written justification.
Result<ImportResult> importPledges(Database &db, const QString &csvPath,
                                   const QString &capOverride = {});

/// Columns name,kind in any order; optional short_name, gmg_member (yes/no), country, iati_ref,
/// contact, email. Every row through organisations::add (the directory's own checks).
Result<ImportResult> importOrganisations(Database &db, const QString &csvPath);

} // namespace imdp::core::ledger
