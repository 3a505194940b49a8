// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// What an imported batch of receipts is, in one SHA-256: each receipt row, its journal entry and
// the entry's postings, in order, as canonical text. The import computes it from the values it
// writes and records it in its one `ledger.import` audit row; `imdp verify` ("ledger imports")
// recomputes it from the stored rows, so a row altered, added or deleted outside the application
// is caught although the receipts of an import carry no audit row each.

#include "core/result.h"

#include "core/storage/sha256.h"
#include <QByteArray>

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <future>

struct sqlite3_stmt;

namespace imdp::core {
class Database;
}

namespace imdp::core::ledger {

/// A receipt row and its entry's header as stored (the columns the digest covers).
struct StoredReceipt
{
    qint64 id = 0;
    QString reference;
    qint64 donorId = 0;
    QString source;
    QString date; ///< YYYY-MM-DD, as stored
    QString currency;
    qint64 amountMinor = 0;
    qint64 rateScaled = 0;
    qint64 usdMinor = 0;
    qint64 pledgeId = 0; ///< 0: none
    qint64 clearedMinor = 0;
    qint64 feeMinor = 0;
    qint64 entryId = 0;
    QString entryDate;
    QString entryKind;
    QString entryMemo;
};

/// A posting as stored (without its id: the order is the digest's).
struct StoredPosting
{
    qint64 entryId = 0;
    int accountId = 0;
    QString flow;
    QString date;
    qint64 usdMinor = 0;
    qint64 donorId = 0;
    QString project;
    qint64 partnerId = 0;
};

class ReceiptDigest
{
    Q_DISABLE_COPY_MOVE(ReceiptDigest)
public:
    ReceiptDigest();
    ~ReceiptDigest();
    void addReceipt(const StoredReceipt &r);
    void addPosting(const StoredPosting &p);
    /// A stored row's line as addReceipt() ('R') or addPosting() ('P') writes it, read straight
    /// from a statement's current row: `types` says for each column whether it is an integer
    /// ('I') or text ('T'). Text goes in as stored (UTF-8), without a QString between: what
    /// `verify` reads back for millions of rows. Counts the 'R' rows in `rows`.
    void addStored(char kind, sqlite3_stmt *row, const char *types);
    /// The SHA-256 of everything added, in hex (add nothing after).
    QString hex();

    qint64 rows = 0;
    qint64 firstReceipt = 0;
    qint64 lastReceipt = 0;
    qint64 firstEntry = 0;
    qint64 lastEntry = 0;
    __extension__ typedef __int128 Wide; ///< totals of up to 2^62 per row cannot overflow it
    Wide usdMinor = 0;
    Wide feeMinor = 0;
    QMap<QString, Wide> byCurrency; ///< amounts in each currency's minor units

private:
    void flush();
    Sha256 m_hash;
    QByteArray m_buffer;  ///< canonical text being written
    QByteArray m_hashing; ///< the previous block, hashed on another thread meanwhile
    std::future<void> m_pending;
};

/// The `verify` check "ledger imports": every receipts import's digest recomputed from the
/// stored rows and compared with its audit row. One line per import that no longer matches.
Result<QStringList> verifyImports(Database &db);

/// For an organisation merge: finds the receipts imports holding a receipt of `donorId`, runs
/// `move` (which moves them to the organisation kept), and returns each such import's digest
/// recomputed, keyed by the import's audit row id. The merge records it in its own audit row;
/// verifyImports compares with the latest digest recorded.
Result<QJsonObject> redigestImports(Database &db, qint64 donorId,
                                    const std::function<Status()> &move);

} // namespace imdp::core::ledger
