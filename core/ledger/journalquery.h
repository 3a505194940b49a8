// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The journal read a page at a time, for screens that show a million postings without loading
// them: keyset paging on the posting id (the rowid, so no extra index), with OFFSET only to jump
// far ahead, and the filtered count and totals from the covering balance index.

#include "core/ledger/entries.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace imdp::core {
class Database;
}

namespace imdp::core::ledger {

/// What a journal view asks for; empty fields do not filter. Postings come in the order they were
/// posted (posting id), the order auditors read a journal in.
struct JournalFilter
{
    QDate from;      ///< postings dated on or after
    QDate to;        ///< postings dated on or before
    QString account; ///< account key, e.g. "cash"
    QString donor;   ///< organisation name
    QString project; ///< project code
    QString kind;    ///< entry kind: receipt, allocation, reversal, ...

    friend bool operator==(const JournalFilter &, const JournalFilter &) = default;
};

/// One posting with its entry's fields, as a journal row.
struct JournalLine
{
    qint64 postingId = 0;
    qint64 entryId = 0;
    QDate date;
    QString kind;
    QString memo;
    QString account; ///< key
    QString flow;
    qint64 usdMinor = 0; ///< debit positive, credit negative
    QString donor;
    QString project;
    QString partner;
    qint64 reversesEntryId = 0;
    qint64 reversedByEntryId = 0;
    QString reason;
};

/// The filtered postings' count and totals, and the opening balance: the sum of the postings that
/// match every filter but are dated before `from` (0 without `from`). With an account filter,
/// opening + Σ shown = the account's balance at `to`.
struct JournalSummary
{
    qint64 count = 0;
    qint64 debits = 0;  ///< Σ of positive amounts
    qint64 credits = 0; ///< Σ of negative amounts (≤ 0)
    qint64 opening = 0;
};
Result<JournalSummary> journalSummary(Database &db, const JournalFilter &filter);

/// Only the number of filtered postings: without a filter a count over the smallest index, far
/// cheaper than the sums, so that a view can size itself before the totals are known.
Result<qint64> journalCount(Database &db, const JournalFilter &filter);

/// The chart of accounts (ids, codes, keys, names; balances left at 0), cheaper than trialBalance.
Result<QList<Account>> accounts(Database &db);

/// Up to `limit` filtered postings. With `afterPostingId` > 0 the page starts after that posting
/// (keyset: cheap at any depth); otherwise it skips `offset` filtered postings (for jumps).
Result<QList<JournalLine>> journalPage(Database &db, const JournalFilter &filter,
                                       qint64 afterPostingId, qint64 offset, int limit);

/// Σ of the filtered postings before `postingId` (dates within the filter): what a running
/// balance adds to the opening balance before the row of that posting.
Result<qint64> journalSumBefore(Database &db, const JournalFilter &filter, qint64 postingId);

/// The project codes that appear in the journal, sorted.
Result<QStringList> journalProjects(Database &db);

/// The kinds of journal entry, in the order a person thinks of them.
const QStringList &entryKinds();

/// Every entry with its postings, in order (ledger::journal's), one at a time: a journal of any
/// size listed in bounded memory. Stops at, and returns, the first failure of `each`.
Status forEachEntry(Database &db, const std::function<Status(const JournalEntry &)> &each);

} // namespace imdp::core::ledger
