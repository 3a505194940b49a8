// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The journal a page at a time (see journalquery.h for the paging scheme).
#include "core/ledger/journalquery.h"

#include "core/storage/database.h"
#include "core/storage/query.h"

#include <QVariantList>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

namespace {

struct Where
{
    QString sql; ///< " AND ..." clauses
    QVariantList binds;
    bool joinsEntry = false;
};

/// The filter as SQL. `rowidOrder` prefixes the posting columns with a unary '+' so that SQLite
/// walks the postings in id order instead of picking an index and sorting every match: a page
/// then costs what it shows, at any depth. Sums prefer the indexes, so they leave it off.
Where where(const JournalFilter &f, bool rowidOrder, bool withFrom)
{
    const QString plus = rowidOrder ? u"+"_s : QString();
    Where w;
    if (withFrom && f.from.isValid()) {
        w.sql += u" AND p.date >= ?"_s;
        w.binds.append(f.from.toString(Qt::ISODate));
    }
    if (f.to.isValid()) {
        w.sql += u" AND p.date <= ?"_s;
        w.binds.append(f.to.toString(Qt::ISODate));
    }
    if (!f.account.isEmpty()) {
        w.sql += u" AND %1p.account_id = (SELECT id FROM account WHERE key = ?)"_s.arg(plus);
        w.binds.append(f.account);
    }
    if (!f.donor.isEmpty()) {
        w.sql += u" AND %1p.donor_id = (SELECT id FROM organisation WHERE name = ?)"_s.arg(plus);
        w.binds.append(f.donor);
    }
    if (!f.project.isEmpty()) {
        w.sql += u" AND %1p.project = ?"_s.arg(plus);
        w.binds.append(f.project);
    }
    if (!f.kind.isEmpty()) {
        w.sql += u" AND e.kind = ?"_s;
        w.binds.append(f.kind);
        w.joinsEntry = true;
    }
    return w;
}

QString fromClause(const Where &w)
{
    return w.joinsEntry ? u" FROM posting p JOIN journal_entry e ON e.id = p.entry_id"_s
                        : u" FROM posting p"_s;
}

} // namespace

const QStringList &entryKinds()
{
    static const QStringList kinds{
        u"pledge"_s,      u"pledge_amend"_s, u"pledge_cancel"_s,    u"receipt"_s,
        u"income"_s,      u"allocation"_s,   u"release"_s,          u"transfer"_s,
        u"expenditure"_s, u"refund"_s,       u"partner_interest"_s, u"fund_transfer"_s,
        u"direct_cost"_s, u"bank_charge"_s,  u"fee_adjust"_s,       u"opening"_s,
        u"reversal"_s};
    return kinds;
}

Result<JournalSummary> journalSummary(Database &db, const JournalFilter &f)
{
    // One pass: rows dated before `from` make the opening balance, the others the totals.
    const Where w = where(f, false, false);
    const QString inRange = f.from.isValid() ? u"p.date >= ?"_s : u"1"_s;
    Query q(db, u"SELECT COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(CASE WHEN %1 AND p.usd_minor > 0 THEN p.usd_minor END), 0), "
                "COALESCE(SUM(CASE WHEN %1 AND p.usd_minor < 0 THEN p.usd_minor END), 0), "
                "COALESCE(SUM(CASE WHEN %1 THEN 0 ELSE p.usd_minor END), 0)"_s.arg(inRange)
                    + fromClause(w) + u" WHERE 1"_s + w.sql);
    const QString from = f.from.toString(Qt::ISODate);
    if (f.from.isValid()) {
        for (int i = 0; i < 4; ++i)
            q.bind(from);
    }
    for (const QVariant &b : w.binds)
        q.bind(b);
    if (auto s = q.exec(); !s)
        return s.error();
    JournalSummary out;
    if (q.next())
        out = {q.integer(0), q.integer(1), q.integer(2), q.integer(3)};
    return out;
}

Result<qint64> journalCount(Database &db, const JournalFilter &f)
{
    const Where w = where(f, false, true);
    return Query::scalar(db, u"SELECT COUNT(*)"_s + fromClause(w) + u" WHERE 1"_s + w.sql,
                         w.binds);
}

Result<QList<Account>> accounts(Database &db)
{
    Query q(db, u"SELECT id, code, key, name, class FROM account ORDER BY code"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Account> out;
    while (q.next())
        out.append({int(q.integer(0)), q.text(1), q.text(2), q.text(3), q.text(4), 0});
    return out;
}

Result<QList<JournalLine>> journalPage(Database &db, const JournalFilter &f,
                                       qint64 afterPostingId, qint64 offset, int limit)
{
    Where w = where(f, true, true);
    QString sql =
        u"SELECT p.id, p.entry_id, p.date, e.kind, e.memo, a.key, p.flow, p.usd_minor, "
        "COALESCE(d.name, ''), p.project, COALESCE(pt.name, ''), "
        "COALESCE(e.reverses_entry_id, 0), COALESCE(r.id, 0), e.reason "
        "FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
        "JOIN account a ON a.id = p.account_id "
        "LEFT JOIN organisation d ON d.id = p.donor_id "
        "LEFT JOIN organisation pt ON pt.id = p.partner_id "
        "LEFT JOIN journal_entry r ON r.reverses_entry_id = e.id "
        "WHERE p.id > ?"_s
        + w.sql + u" ORDER BY p.id LIMIT ?"_s;
    const bool keyset = afterPostingId > 0;
    const bool jump = !keyset && offset > 0;
    if (jump) {
        // The offset is walked over bare posting ids (no joins), then the page is read from the
        // id it lands on: a jump to row 999,800 costs a scan of ids, not of joined rows.
        const Where bare = where(f, true, true);
        sql.replace(u"WHERE p.id > ?"_s,
                    u"WHERE p.id >= (SELECT p.id"_s + fromClause(bare) + u" WHERE 1"_s + bare.sql
                        + u" ORDER BY p.id LIMIT 1 OFFSET ?)"_s);
    }
    Query q(db, sql);
    if (jump) {
        for (const QVariant &b : std::as_const(w.binds))
            q.bind(b);
        q.bind(offset);
    } else {
        q.bind(keyset ? afterPostingId : qint64(0));
    }
    for (const QVariant &b : std::as_const(w.binds))
        q.bind(b);
    q.bind(limit);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<JournalLine> out;
    out.reserve(limit);
    while (q.next()) {
        JournalLine l;
        l.postingId = q.integer(0);
        l.entryId = q.integer(1);
        l.date = QDate::fromString(q.text(2), Qt::ISODate);
        l.kind = q.text(3);
        l.memo = q.text(4);
        l.account = q.text(5);
        l.flow = q.text(6);
        l.usdMinor = q.integer(7);
        l.donor = q.text(8);
        l.project = q.text(9);
        l.partner = q.text(10);
        l.reversesEntryId = q.integer(11);
        l.reversedByEntryId = q.integer(12);
        l.reason = q.text(13);
        out.append(std::move(l));
    }
    return out;
}

Result<qint64> journalSumBefore(Database &db, const JournalFilter &f, qint64 postingId)
{
    const Where w = where(f, false, true);
    QVariantList binds{postingId};
    binds.append(w.binds);
    return Query::scalar(db,
                         u"SELECT COALESCE(SUM(p.usd_minor), 0)"_s + fromClause(w)
                             + u" WHERE p.id < ?"_s + w.sql,
                         binds);
}

Result<QStringList> journalProjects(Database &db)
{
    Query q(db, u"SELECT DISTINCT project FROM posting WHERE project <> '' ORDER BY project"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

} // namespace imdp::core::ledger
