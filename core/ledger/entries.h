// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The journal as read back (entries, postings, the trial balance) and its one correction,
// the reversal of an entry.

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace imdp::core {

class Database;

namespace ledger {

struct Posting
{
    qint64 id = 0;
    QString account; ///< account key, e.g. "cash"
    QString flow;    ///< what moved: pledge, prospective, receipt, fee, fx, income, ...
    qint64 usdMinor = 0; ///< debit positive, credit negative
    QString donor;
    QString project;
    QString partner;
};

struct JournalEntry
{
    qint64 id = 0;
    QDate date;
    QString kind;
    QString memo;
    qint64 reversesEntryId = 0; ///< 0 unless a reversal
    qint64 reversedByEntryId = 0;
    QString reason;
    QString postedAt;
    QString actor;
    QList<Posting> postings;
};
Result<QList<JournalEntry>> journal(Database &db);
Result<JournalEntry> entry(Database &db, qint64 entryId);

struct Account
{
    int id = 0;
    QString code;
    QString key;
    QString name;
    QString accountClass; ///< asset, revenue, expense, memo
    qint64 balance = 0;   ///< Σ postings, debit positive
};
/// Every account with its balance; the balances sum to zero when the books are sound.
Result<QList<Account>> trialBalance(Database &db, const QDate &at = {});

/// Posts the exact opposite of an entry, referencing it, with a mandatory reason. Refused for an
/// entry already reversed, for a reversal, and for pledge entries (cancel or amend the pledge).
/// Refused too when the result would break a rule (over-allocation, a partner balance below 0).
Result<qint64> reverse(Database &db, qint64 entryId, const QString &reason, const QDate &date);

} // namespace ledger
} // namespace imdp::core
