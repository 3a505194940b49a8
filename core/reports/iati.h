// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The fund's projects as IATI 2.03 activities (https://iatistandard.org), for publication to the
// IATI registry. Schema: tests/fixtures/iati-2.03/ (a copy of ../shared/iati-2.03/).

#include "core/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace imdp::core {
class Database;
}

namespace imdp::core::reports {

struct IatiOptions
{
    /// The fund's IATI organisation identifier. The registry gives each publisher one; until the
    /// secretariat has it, the default "XM-IMDP" marks the file as self-identified.
    QString orgRef = QStringLiteral("XM-IMDP");
    QString lang = QStringLiteral("en"); ///< xml:lang of titles and descriptions
};

/// One activity for the trust fund itself (incoming pledges 13 and incoming funds 1 from each
/// donor) and one per project with an allocation: participating organisations (funding donors
/// pro rata as in the donor statement, the fund extending, the partner implementing), title and
/// description, sector 15190, recipient countries (equal shares), status and dates from the
/// pipeline, the allocation as budget, and transactions from the journal: allocations as incoming
/// commitments (11) and outgoing commitments (2), transfers as disbursements (3, refunds as
/// negative disbursements), expenditure (4). Reversals appear as negative transactions.
Result<QByteArray> iatiActivities(Database &db, const IatiOptions &options);
/// The same document written to `out` as it is built (issue 23): the journal is read one entry
/// at a time, so memory does not grow with the number of receipts (the file does).
Status writeIatiActivities(Database &db, const IatiOptions &options, QIODevice *out);
/// writeIatiActivities() into the file `path` through core/io/output.h (atomic, 0600; an
/// existing file replaced only with `replace`): the document never held whole in memory.
Status writeIatiFile(Database &db, const IatiOptions &options, const QString &path, bool replace);

} // namespace imdp::core::reports
