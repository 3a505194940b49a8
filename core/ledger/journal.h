// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Inside the ledger: the chart of accounts' fixed ids and the one function that writes a journal
// entry. Not for callers outside core/ledger/: they go through the domain commands
// (pledges.h, receipts.h, projects.h, charges.h, entries.h).

#include "core/fund/fund.h"
#include "core/money/rate.h"
#include "core/result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace imdp::core {
class Database;
class WriteTransaction;
}

namespace imdp::core::ledger::detail {

/// Account ids as seeded by the schema (core/storage/schema.cpp, version 3; 17 by version 7;
/// 18-21 by statementLines()).
enum AccountId : int {
    Cash = 1,
    PledgesReceivable = 2,
    HeldByPartners = 3,
    Contributions = 4,
    BankResources = 5,
    InvestmentIncome = 6,
    ExchangeDifferences = 7,
    AdminFee = 8,
    Expenditure = 9,
    ProspectivePledges = 10,
    ProspectiveOffset = 11,
    Allocations = 12,
    AllocationControl = 13,
    Transfers = 14,
    Refunds = 15,
    TransferControl = 16,
    ResidualWaived = 17,
    PartnerInterest = 18, ///< the statement's lines (issue 18), added by statementLines()
    TransfersToFunds = 19,
    DirectCosts = 20,
    BankCharges = 21,
};
inline constexpr int kAccountCount = 21;

/// The largest gross total one account may reach: the sum of the absolute values of all its
/// postings, in USD cents (10^15 = 10,000,000,000,000.00 USD). post() refuses an entry that
/// would take any account past it, so every balance, sum and total a report adds up (at most
/// kAccountCount such accounts, 2.1 * 10^16) stays far inside 64 bits (9.2 * 10^18).
inline constexpr qint64 kMaxTotalUsdMinor = kMaxUsdMinor;

/// The refusal named when an amount or a total would pass kMaxTotalUsdMinor.
Error totalLimitRefusal(QStringView what);
/// Whether `e` refuses an amount or a total for passing kMaxTotalUsdMinor (from post(), an
/// amount's parse or its conversion to USD) or kMaxAmountMinor (amountLimitRefusal(),
/// checkDonorTotal()).
bool isTotalLimitRefusal(const Error &e);

/// The refusal of one amount above kMaxAmountMinor in its own currency (issue 17): "amount:
/// 10000000000000.01 EUR is past the limit of 10000000000000.00 EUR for one amount; ...".
Error amountLimitRefusal(qint64 amountMinor, const QString &currency);
/// Refuses (Error::refused, the limit named) when `donorId`'s amounts in `currency` in `table`
/// ("pledge" or "receipt"), every row counted whatever its status, leaving out row `excludeId`
/// (0: none), plus `adding` would pass kMaxAmountMinor. Returns the new total.
Result<qint64> checkDonorTotal(Database &db, const QString &table, qint64 donorId,
                               const QString &donorName, const QString &currency, qint64 adding,
                               qint64 excludeId = 0);
/// The total of `donorId`'s receipts in `currency` with `adding` more, refused as
/// checkDonorTotal() refuses. The total is read from the file once per write transaction and
/// kept in memory (dropped, like post()'s gross totals, by SQLite's commit and rollback hooks),
/// so an import of many receipts does not add them up again for each row.
Result<qint64> receivedAfter(Database &db, qint64 donorId, const QString &donorName,
                             const QString &currency, qint64 adding);
/// Records what receivedAfter() returned once the receipt is written.
void receiptWritten(Database &db, qint64 donorId, const QString &currency, qint64 total);
/// The refusal of a donor's total in one currency above kMaxAmountMinor.
Error donorTotalRefusal(const QString &table, const QString &donorName, const QString &currency,
                        qint64 before, qint64 adding);

/// One line of an entry: debit positive, credit negative, USD cents.
struct Line
{
    int account = 0;
    QString flow;
    qint64 usdMinor = 0;
    qint64 donorId = 0; ///< 0: none
    QString project;
    qint64 partnerId = 0; ///< 0: none
};

struct NewEntry
{
    QDate date;
    QString kind;
    QString memo;
    qint64 reverses = 0;
    QString reason;
    QList<Line> lines; ///< zero lines are dropped
};

/// Whether post() re-reads what it wrote. An import leaves it out: its entries are covered by
/// the digest of its audit row, recomputed from the stored rows by `imdp verify`.
enum class ReadBack { Yes, No };

/// Writes an entry and its postings. Must run inside the caller's WriteTransaction. Refuses an
/// entry that does not balance (computed in 128 bits), and (ReadBack::Yes) re-reads its sum from
/// the database before returning, so an entry that does not balance is never committed.
/// Refuses (Error::refused) an entry that would take any account's gross total past
/// kMaxTotalUsdMinor; the gross totals are read once per transaction and kept in memory.
Result<qint64> post(Database &db, const NewEntry &entry, ReadBack readBack = ReadBack::Yes);

/// Σ of the postings of `account` (optionally for one project / partner), all dates.
Result<qint64> balance(Database &db, int account, const QString &project = {},
                       qint64 partnerId = 0);

/// received + income − fees − allocated over entries dated on or before `at` (all when invalid).
Result<qint64> available(Database &db, const QDate &at);

/// What one partner holds for a project: Σ held_by_partners for that project and partner.
struct PartnerHeld
{
    qint64 partnerId = 0;
    QString partner; ///< its name
    qint64 usdMinor = 0;
};
/// Every partner whose balance for `project` is not zero, by partner id.
Result<QList<PartnerHeld>> heldByEachPartner(Database &db, const QString &project);

/// Checks the per-project rules after a change: transfers net of refunds within the allocation,
/// no partner holding a negative balance. Refused with the figures when broken.
Status checkProject(Database &db, const QString &project);

QString usd(qint64 minor); ///< "1234.56"

/// A project code's shape (a proposal code): 2-32 capital letters, digits or dashes.
Status checkCode(const QString &code);

/// A project entry's fields: the code's shape, an amount above zero, a date.
Status checkCommon(const QString &code, qint64 usdMinor, const QDate &date);

/// An organisation by name or short name; bad input naming `partner` when unknown. With
/// `newMoney` (a transfer starts new money with it) a retired partner is refused; expenditure,
/// refunds and remitted interest settle what a partner already holds, so it may be retired.
Result<Organisation> partnerOrg(Database &db, const QString &partner, bool newMoney);

/// The postings of an audit row: [account, flow, amount] each.
QJsonArray linesJson(const QList<Line> &lines);

/// Posts `e`, re-checks its project's rules (when its first line has a project) with the entry in
/// place, audits `command` with `detail` plus the entry, date and postings, commits `tx`.
Result<qint64> postProjectEntry(Database &db, WriteTransaction &tx, const NewEntry &e,
                                const QString &command, QJsonObject detail);

struct Donor
{
    qint64 id = 0;
    QString name;
};
/// The donor by name or short name; unknown ones are created when `create` (kind bank for a
/// bank source, else other). A bank source must be an organisation of kind bank and the other
/// way round: the DGF cap counts on it.
Result<Donor> resolveDonor(Database &db, const QString &name, const QString &source, bool create);
/// Contributions, or Bank resources for a bank source.
int contributionAccount(const QString &source);

} // namespace imdp::core::ledger::detail
