// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The journal: writing balanced entries, reading them back, reversing them, the trial balance.
#include "core/ledger/journal.h"
#include "core/ledger/journalquery.h"

#include "core/clock.h"
#include "core/ledger/entries.h"
#include "core/ledger/projects.h"
#include "core/money/limit.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>

#include <array>
#include <limits>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

namespace detail {

Error totalLimitRefusal(QStringView what)
{
    return Error::refused(
        what.toString(), u"ledger.fund_s_totals_would"_s,
        {ErrorArg::txt(what.toString()), ErrorArg::money(kMaxTotalUsdMinor, u"USD"_s)});
}

bool isTotalLimitRefusal(const Error &e)
{
    return (e.code == ErrorCode::Refused || e.code == ErrorCode::Io) &&
           (e.key == u"ledger.fund_s_totals_would"_s ||
            e.key == u"ledger.amount_past_limit_one"_s ||
            e.key.startsWith(u"ledger.donor_pledges_total"_s) ||
            e.key.startsWith(u"ledger.donor_receipts_total"_s));
}

namespace {

// The gross total (Σ |usd_minor|) of each account, read once per write transaction and kept up
// to date by post(). It lives only while the transaction is open: SQLite's commit and rollback
// hooks drop it, so the next transaction reads the file afresh. (A savepoint rolled back inside
// the transaction leaves its postings counted: the check errs towards refusing.)
__extension__ using Gross = std::array<__int128, kAccountCount + 1>;
QMutex grossMutex;
QHash<sqlite3 *, Gross> grossByConnection;

// Each donor's receipts in each currency (issue 17, own-currency limit), kept the same way.
using DonorCurrency = std::pair<qint64, QString>;
QHash<sqlite3 *, QHash<DonorCurrency, qint64>> receivedByConnection;

void forgetGross(void *handle)
{
    QMutexLocker lock(&grossMutex);
    grossByConnection.remove(static_cast<sqlite3 *>(handle));
    receivedByConnection.remove(static_cast<sqlite3 *>(handle));
}

int onCommit(void *handle)
{
    forgetGross(handle);
    return 0; // let the commit proceed
}

/// Under grossMutex: a connection without this file's hooks (new, or at a reused address) has
/// no valid totals; the hooks are (re)installed.
void installHooks(sqlite3 *h)
{
    if (!h || sqlite3_commit_hook(h, &onCommit, h) != h) {
        grossByConnection.remove(h);
        receivedByConnection.remove(h);
    }
    if (h)
        sqlite3_rollback_hook(h, &forgetGross, h);
}

Status checkGross(Database &db, const QList<Line> &lines)
{
    sqlite3 *h = db.handle();
    QMutexLocker lock(&grossMutex);
    installHooks(h);
    auto it = grossByConnection.find(h);
    if (it == grossByConnection.end()) {
        Gross g{};
        Query q(db, u"SELECT account_id, SUM(ABS(usd_minor)) FROM posting GROUP BY account_id"_s);
        if (auto s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const qint64 account = q.integer(0);
            if (account >= 1 && account <= kAccountCount)
                g[size_t(account)] = q.integer(1);
        }
        if (auto s = q.status(); !s)
            return s.error();
        it = grossByConnection.insert(h, g);
    }
    Gross next = *it;
    for (const Line &l : lines) {
        __extension__ const __int128 amount = l.usdMinor;
        next[size_t(l.account)] += amount < 0 ? -amount : amount;
        if (next[size_t(l.account)] > kMaxTotalUsdMinor)
            return totalLimitRefusal(u"amount"_s);
    }
    if (h)
        *it = next;
    return {};
}

} // namespace

Error amountLimitRefusal(qint64 amountMinor, const QString &currency)
{
    return Error::refused(u"amount"_s, u"ledger.amount_past_limit_one"_s,
                          {ErrorArg::money(amountMinor, currency), ErrorArg::txt(currency),
                           ErrorArg::money(kMaxAmountMinor, currency)});
}

Error donorTotalRefusal(const QString &table, const QString &donorName, const QString &currency,
                        qint64 before, qint64 adding)
{
    __extension__ const __int128 total = __int128(before) + adding;
    const bool fits = total <= std::numeric_limits<qint64>::max();
    const bool pledges = table == u"pledge"_s;
    const QString key =
        pledges
            ? (fits ? u"ledger.donor_pledges_total"_s : u"ledger.donor_pledges_total_beyond"_s)
            : (fits ? u"ledger.donor_receipts_total"_s : u"ledger.donor_receipts_total_beyond"_s);
    return Error::refused(u"amount"_s, key,
                          {ErrorArg::txt(core::detail::quoted(donorName)), ErrorArg::txt(currency),
                           ErrorArg::money(fits ? qint64(total) : before, currency),
                           ErrorArg::money(kMaxAmountMinor, currency)});
}

Result<qint64> receivedAfter(Database &db, qint64 donorId, const QString &donorName,
                             const QString &currency, qint64 adding)
{
    sqlite3 *h = db.handle();
    if (!h)
        return checkDonorTotal(db, u"receipt"_s, donorId, donorName, currency, adding);
    bool known = false;
    {
        QMutexLocker lock(&grossMutex);
        installHooks(h);
        known = receivedByConnection.contains(h);
    }
    if (!known) {
        // Every donor's totals in one pass (receipt has no index on donor_id): once per write
        // transaction, however many donors an import meets.
        QHash<DonorCurrency, qint64> totals;
        Query q(db, u"SELECT donor_id, currency, SUM(amount_minor) FROM receipt "
                    "GROUP BY donor_id, currency"_s);
        if (auto s = q.exec(); !s)
            return s.error();
        while (q.next())
            totals.insert({q.integer(0), q.text(1)}, q.integer(2));
        if (auto s = q.status(); !s)
            return s.error();
        QMutexLocker lock(&grossMutex);
        receivedByConnection.insert(h, totals);
    }
    qint64 before = 0;
    {
        QMutexLocker lock(&grossMutex);
        before = receivedByConnection.value(h).value({donorId, currency}, 0);
    }
    auto after = addWithin(before, adding);
    if (!after || *after < 0)
        return donorTotalRefusal(u"receipt"_s, donorName, currency, before, adding);
    return *after;
}

void receiptWritten(Database &db, qint64 donorId, const QString &currency, qint64 total)
{
    sqlite3 *h = db.handle();
    QMutexLocker lock(&grossMutex);
    installHooks(h);
    // Only a connection whose totals were read keeps them: a receipt of a donor created in this
    // transaction (no totals read yet) must not make the others' totals look read, as zero.
    if (auto it = receivedByConnection.find(h); it != receivedByConnection.end())
        it->insert({donorId, currency}, total);
}

Result<qint64> checkDonorTotal(Database &db, const QString &table, qint64 donorId,
                               const QString &donorName, const QString &currency, qint64 adding,
                               qint64 excludeId)
{
    Q_ASSERT(table == u"pledge"_s || table == u"receipt"_s);
    auto before = Query::scalar(db,
                                u"SELECT COALESCE(SUM(amount_minor), 0) FROM %1 WHERE donor_id = "
                                "? AND currency = ? AND id <> ?"_s.arg(table),
                                {donorId, currency, excludeId});
    if (!before)
        return before.error();
    auto after = addWithin(*before, adding);
    if (!after || *after < 0)
        return donorTotalRefusal(table, donorName, currency, *before, adding);
    return *after;
}

QString usd(qint64 minor)
{
    return formatMinor(minor, kBaseMinorUnits);
}

Result<qint64> post(Database &db, const NewEntry &e, ReadBack readBack)
{
    // __extension__: 128-bit integers are a GCC/Clang extension; -Wpedantic would warn.
    __extension__ __int128 sum = 0;
    QList<Line> lines;
    for (const Line &l : e.lines) {
        if (l.usdMinor == 0)
            continue;
        Q_ASSERT(l.account >= 1 && l.account <= kAccountCount);
        sum += l.usdMinor;
        lines.append(l);
    }
    if (lines.isEmpty())
        return Error::badInput(u"amount"_s, u"ledger.amount_entry_would_post"_s, {});
    if (sum != 0)
        return Error::io(u""_s, u"ledger.internal_error_entry_does"_s,
                         {ErrorArg::txt(db.path()), ErrorArg::txt(e.kind)});
    if (auto s = checkGross(db, lines); !s)
        return s.error();
    const QString date = formatIsoDate(e.date);
    Query ins(db, u"INSERT INTO journal_entry (date, kind, memo, reverses_entry_id, reason, "
                  "posted_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    ins.bind(date).bind(e.kind).bind(e.memo);
    ins.bind(e.reverses > 0 ? QVariant(e.reverses) : QVariant());
    ins.bind(e.reason).bind(Clock::stamp()).bind(Clock::user());
    if (auto s = ins.exec(); !s)
        return s.error();
    const qint64 id = ins.lastInsertId();
    // One single-row INSERT per posting. (One multi-row INSERT for the whole entry was tried:
    // SQLite then keeps a statement journal for each run, which spilled to a temporary file and
    // multiplied the system calls thirty-fold; see docs/performance.md.)
    Query p(db, u"INSERT INTO posting (entry_id, account_id, flow, date, usd_minor, donor_id, "
                "project, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Line &l : lines) {
        p.bind(id).bind(l.account).bind(l.flow).bind(date).bind(l.usdMinor);
        p.bind(l.donorId > 0 ? QVariant(l.donorId) : QVariant());
        p.bind(l.project);
        p.bind(l.partnerId > 0 ? QVariant(l.partnerId) : QVariant());
        if (auto s = p.exec(); !s)
            return s.error();
    }
    if (readBack == ReadBack::No)
        return id;
    // What was written, read back: a sum other than zero aborts the whole command.
    Query check(db, u"SELECT COALESCE(SUM(usd_minor), 0), COUNT(*) FROM posting WHERE entry_id = ?"_s);
    check.bind(id);
    if (auto s = check.exec(); !s)
        return s.error();
    if (!check.next() || check.integer(0) != 0 || check.integer(1) != lines.size())
        return Error::io(u""_s, u"ledger.internal_error_entry_does_2"_s,
                         {ErrorArg::txt(db.path()), ErrorArg::num(id)});
    return id;
}

Result<qint64> balance(Database &db, int account, const QString &project, qint64 partnerId)
{
    QString sql = u"SELECT COALESCE(SUM(usd_minor), 0) FROM posting WHERE account_id = ?"_s;
    QVariantList binds{account};
    if (!project.isEmpty()) {
        sql += u" AND project = ? AND project <> ''"_s;
        binds.append(project);
    }
    if (partnerId > 0) {
        sql += u" AND partner_id = ?"_s;
        binds.append(partnerId);
    }
    return Query::scalar(db, sql, binds);
}

Result<qint64> available(Database &db, const QDate &at)
{
    // received (cash in from receipts) + income + partner interest − fees − transfers to other
    // funds − direct costs − bank charges − allocated, on one covering index.
    QString sql = u"SELECT account_id, flow, COALESCE(SUM(usd_minor), 0) FROM posting "
                  "WHERE account_id IN (?, ?, ?, ?, ?, ?, ?, ?)"_s;
    if (at.isValid())
        sql += u" AND date <= ?"_s;
    sql += u" GROUP BY account_id, flow"_s;
    Query q(db, sql);
    for (const AccountId a : {Cash, InvestmentIncome, AdminFee, Allocations, PartnerInterest,
                              TransfersToFunds, DirectCosts, BankCharges})
        q.bind(int(a));
    if (at.isValid())
        q.bind(at.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    __extension__ __int128 total = 0;
    while (q.next()) {
        const int account = int(q.integer(0));
        const qint64 v = q.integer(2);
        if (account == Cash) {
            if (q.text(1) == u"receipt"_s)
                total += v;
        } else if (account == Allocations) {
            total += v; // allocations are credits: adding them subtracts what was allocated
        } else {
            total -= v; // sources are credits (negative), uses debits (positive)
        }
    }
    if (auto s = q.status(); !s)
        return s.error();
    if (total > std::numeric_limits<qint64>::max() || total < -std::numeric_limits<qint64>::max())
        return Error::badInput(u""_s, u"ledger.fund_s_totals_are"_s, {});
    return qint64(total);
}

Status checkProject(Database &db, const QString &project)
{
    auto b = projectBalance(db, project);
    if (!b)
        return b.error();
    if (b->unspentAllocation < 0)
        return Error::refused(project, u"ledger.transfers_net_refunds_usd"_s,
                              {ErrorArg::txt(project),
                               ErrorArg::money(b->transferred - b->refunded, u"USD"_s),
                               ErrorArg::money(b->allocated, u"USD"_s)});
    auto held = heldByEachPartner(db, project);
    if (!held)
        return held.error();
    for (const PartnerHeld &h : *held) {
        if (h.usdMinor < 0)
            return Error::refused(project, u"ledger.would_hold_usd_below"_s,
                                  {ErrorArg::txt(project), ErrorArg::txt(h.partner),
                                   ErrorArg::money(h.usdMinor, u"USD"_s)});
    }
    return {};
}

Result<QList<PartnerHeld>> heldByEachPartner(Database &db, const QString &project)
{
    Query q(db, u"SELECT p.partner_id, o.name, SUM(p.usd_minor) FROM posting p "
                "JOIN organisation o ON o.id = p.partner_id "
                "WHERE p.project = ? AND p.project <> '' AND p.account_id = ? "
                "GROUP BY p.partner_id HAVING SUM(p.usd_minor) <> 0 ORDER BY p.partner_id"_s);
    q.bind(project).bind(int(HeldByPartners));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<PartnerHeld> out;
    while (q.next())
        out.append({q.integer(0), q.text(1), q.integer(2)});
    if (auto s = q.status(); !s)
        return s.error();
    return out;
}

} // namespace detail

using namespace detail;

namespace {

const QString kEntryColumns = u"SELECT e.id, e.date, e.kind, e.memo, "
                              "COALESCE(e.reverses_entry_id, 0), e.reason, e.posted_at, e.actor, "
                              "COALESCE(r.id, 0) FROM journal_entry e "
                              "LEFT JOIN journal_entry r ON r.reverses_entry_id = e.id "_s;
const QString kPostingColumns =
    u"SELECT p.entry_id, p.id, a.key, p.flow, p.usd_minor, COALESCE(d.name, ''), p.project, "
    "COALESCE(pt.name, '') FROM posting p JOIN account a ON a.id = p.account_id "
    "LEFT JOIN organisation d ON d.id = p.donor_id "
    "LEFT JOIN organisation pt ON pt.id = p.partner_id "_s;

JournalEntry entryFromRow(const Query &q)
{
    JournalEntry e;
    e.id = q.integer(0);
    e.date = QDate::fromString(q.text(1), Qt::ISODate);
    e.kind = q.text(2);
    e.memo = q.text(3);
    e.reversesEntryId = q.integer(4);
    e.reason = q.text(5);
    e.postedAt = q.text(6);
    e.actor = q.text(7);
    e.reversedByEntryId = q.integer(8);
    return e;
}

Posting postingFromRow(const Query &q)
{
    return {q.integer(1), q.text(2), q.text(3), q.integer(4), q.text(5), q.text(6), q.text(7)};
}

} // namespace

Status forEachEntry(Database &db, const std::function<Status(const JournalEntry &)> &each)
{
    // Two cursors read side by side, the entries by id and the postings by entry (the
    // posting_entry index, whose order within an entry is the posting id): one entry in memory
    // at a time, whatever the journal's size (issue 23).
    Query q(db, kEntryColumns + u"ORDER BY e.id"_s);
    if (auto s = q.exec(); !s)
        return s;
    Query p(db, kPostingColumns + u"ORDER BY p.entry_id, p.id"_s);
    if (auto s = p.exec(); !s)
        return s;
    bool posting = p.next();
    while (q.next()) {
        JournalEntry e = entryFromRow(q);
        while (posting && p.integer(0) < e.id) // a posting of no entry: never listed
            posting = p.next();
        while (posting && p.integer(0) == e.id) {
            e.postings.append(postingFromRow(p));
            posting = p.next();
        }
        if (auto s = each(e); !s)
            return s;
    }
    if (auto s = q.status(); !s)
        return s;
    return p.status();
}

Result<QList<JournalEntry>> journal(Database &db)
{
    QList<JournalEntry> out;
    if (auto s = forEachEntry(db, [&out](const JournalEntry &e) -> Status {
            out.append(e);
            return {};
        });
        !s)
        return s.error();
    return out;
}

Result<JournalEntry> entry(Database &db, qint64 entryId)
{
    Query q(db, kEntryColumns + u"WHERE e.id = ?"_s);
    q.bind(entryId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"entry"_s, u"ledger.entry_does_exist"_s, {ErrorArg::num(entryId)});
    JournalEntry e = entryFromRow(q);
    Query p(db, kPostingColumns + u"WHERE p.entry_id = ? ORDER BY p.id"_s);
    p.bind(entryId);
    if (auto s = p.exec(); !s)
        return s.error();
    while (p.next())
        e.postings.append(postingFromRow(p));
    return e;
}

Result<QList<Account>> trialBalance(Database &db, const QDate &at)
{
    QString sql = u"SELECT a.id, a.code, a.key, a.name, a.class, "
                  "(SELECT COALESCE(SUM(p.usd_minor), 0) FROM posting p WHERE p.account_id = a.id"_s;
    if (at.isValid())
        sql += u" AND p.date <= ?"_s;
    sql += u") FROM account a ORDER BY a.code"_s;
    Query q(db, sql);
    if (at.isValid())
        q.bind(at.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Account> out;
    while (q.next())
        out.append({int(q.integer(0)), q.text(1), q.text(2), q.text(3), q.text(4), q.integer(5)});
    if (auto s = q.status(); !s)
        return s.error();
    return out;
}

Result<qint64> reverse(Database &db, qint64 entryId, const QString &reason, const QDate &date)
{
    if (auto v = checkLine(u"reason"_s, reason, 500); !v)
        return v.error();
    if (!date.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto original = entry(db, entryId);
    if (!original)
        return original.error();
    if (original->kind == u"reversal"_s)
        return Error::refused(u""_s, u"ledger.entry_itself_reversal_record"_s,
                              {ErrorArg::num(entryId)});
    if (original->reversedByEntryId > 0)
        return Error::refused(u""_s, u"ledger.entry_was_already_reversed"_s,
                              {ErrorArg::num(entryId), ErrorArg::num(original->reversedByEntryId)});
    if (original->kind == u"opening"_s)
        return Error::refused(u""_s, u"ledger.entry_opening_balances_are"_s,
                              {ErrorArg::num(entryId)});
    if (original->kind.startsWith(u"pledge"_s))
        return Error::refused(u""_s, u"ledger.entry_pledge_entries_are"_s,
                              {ErrorArg::num(entryId)});
    if (date < original->date)
        return Error::badInput(u"date"_s, u"ledger.date_reversal_cannot_dated"_s,
                               {ErrorArg::day(original->date)});

    // The exact opposite, line by line, with the original's dimensions (read as ids).
    Query q(db, u"SELECT account_id, flow, usd_minor, COALESCE(donor_id, 0), project, "
                "COALESCE(partner_id, 0) FROM posting WHERE entry_id = ? ORDER BY id"_s);
    q.bind(entryId);
    if (auto s = q.exec(); !s)
        return s.error();
    NewEntry e{date, u"reversal"_s, u"reverses entry %1 (%2)"_s.arg(entryId).arg(original->kind),
               entryId, reason.trimmed(), {}};
    QStringList projects;
    while (q.next()) {
        e.lines.append({int(q.integer(0)), q.text(1), -q.integer(2), q.integer(3), q.text(4),
                        q.integer(5)});
        if (!q.text(4).isEmpty() && !projects.contains(q.text(4)))
            projects.append(q.text(4));
    }
    auto id = post(db, e);
    if (!id)
        return id.error();
    // A reversal must not leave the fund over-allocated or a partner holding less than nothing.
    for (const QString &project : projects) {
        if (auto s = checkProject(db, project); !s)
            return Error::refused(u"entry"_s, u"ledger.cannot_reverse"_s,
                                  {ErrorArg::num(entryId), ErrorArg::nested(s.error())});
    }
    auto avail = available(db, {});
    if (!avail)
        return avail.error();
    if (*avail < 0)
        return Error::refused(u""_s, u"ledger.entry_cannot_reversed_allocations"_s,
                              {ErrorArg::num(entryId), ErrorArg::money(-*avail, u"USD"_s)});
    QJsonArray lines;
    for (const Line &l : e.lines)
        lines.append(QJsonArray{l.account, l.flow, usd(l.usdMinor)});
    if (auto s = audit::record(db, u"ledger.reverse"_s,
                               {{u"entry"_s, *id}, {u"reverses"_s, entryId},
                                {u"kind"_s, original->kind},
                                {u"date"_s, date.toString(Qt::ISODate)},
                                {u"reason"_s, reason.trimmed()}, {u"postings"_s, lines}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

} // namespace imdp::core::ledger
