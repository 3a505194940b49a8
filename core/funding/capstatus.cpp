// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/funding/capstatus.h"

#include "core/fund/fund.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::funding {

namespace {

struct Sums
{
    qint64 planBank = 0, planOther = 0, pledgedBank = 0, pledgedOther = 0, receivedBank = 0,
           receivedOther = 0;
};

// Receipts count unless their journal entry was reversed. The opening balances' payments
// (issue 16) are received money without receipt rows: their cash postings count, by the donor's
// kind. Row by row, for the rare fund whose sums SQLite cannot add in 64 bits (see collect()).
const QString pledgeSums =
    u"SELECT source, status, date, usd_minor FROM pledge WHERE status <> 'cancelled'"_s;
const QString receiptSums =
    u"SELECT r.source, r.date, r.usd_minor FROM receipt r WHERE NOT EXISTS "
    "(SELECT 1 FROM journal_entry j WHERE j.reverses_entry_id = r.entry_id) "
    "UNION ALL SELECT CASE WHEN o.kind = 'bank' THEN 'bank' ELSE 'donor' END, p.date, "
    "p.usd_minor FROM posting p JOIN journal_entry e ON e.id = p.entry_id AND e.kind = 'opening' "
    "JOIN organisation o ON o.id = p.donor_id WHERE p.account_id = 1 AND p.flow = 'receipt'"_s;

// The same figures summed by SQLite (issue 23), per key: the fiscal year as an integer
// expression of the ISO date (`?1` the first day's "MM-DD", or "~" when the year is the calendar
// year), or 0 for the life of the fund. Every receipt is summed in one pass without a probe per
// row, and the reversed ones (found through the reversals, few) are taken off.
QString fiscalKey(bool byYear, const QString &column)
{
    return byYear ? u"CAST(substr(%1, 1, 4) AS INTEGER) + (substr(%1, 6, 5) >= ?1)"_s.arg(column)
                  : u"0"_s;
}
QString pledgeAggregate(bool byYear)
{
    return u"SELECT %1, source = 'bank', status = 'signed', SUM(usd_minor), COUNT(*) FROM pledge "
           "WHERE status <> 'cancelled' GROUP BY 1, 2, 3"_s.arg(fiscalKey(byYear, u"date"_s));
}
QString receiptAggregate(bool byYear)
{
    const QString sums = u"SUM(CASE WHEN source = 'bank' THEN usd_minor ELSE 0 END), "
                         "SUM(CASE WHEN source = 'bank' THEN 0 ELSE usd_minor END), COUNT(*)"_s;
    return byYear ? u"SELECT %1, %2 FROM receipt GROUP BY 1"_s.arg(fiscalKey(true, u"date"_s), sums)
                  : u"SELECT 0, %1 FROM receipt"_s.arg(sums);
}
QString reversedAndOpening(bool byYear)
{
    // Driven by the entries of kind reversal and opening (an index), never by the receipts.
    return u"SELECT %1, r.source = 'bank', -r.usd_minor, -1 FROM journal_entry j "
           "CROSS JOIN receipt r ON r.entry_id = j.reverses_entry_id WHERE j.kind = 'reversal' "
           "UNION ALL SELECT %2, o.kind = 'bank', p.usd_minor, 1 FROM journal_entry e "
           "CROSS JOIN posting p ON p.entry_id = e.id JOIN organisation o ON o.id = p.donor_id "
           "WHERE e.kind = 'opening' AND p.account_id = 1 AND p.flow = 'receipt'"_s
        .arg(fiscalKey(byYear, u"r.date"_s), fiscalKey(byYear, u"p.date"_s));
}

Status add(qint64 &into, qint64 v)
{
    if (__builtin_add_overflow(into, v, &into))
        return Error::badInput(u""_s, u"funding.fund_s_totals_exceed"_s, {});
    return {};
}

/// Sums per key, row by row in checked 64-bit additions: the fallback of collect().
Result<QMap<int, Sums>> collectRows(Database &db, const FundSettings &fy, bool byYear)
{
    const auto yearOf = [&](const QString &iso) {
        if (!byYear)
            return 0;
        return fy.fiscalYearOf(QDate::fromString(iso, Qt::ISODate));
    };
    QMap<int, Sums> out;
    Query p(db, pledgeSums);
    if (auto s = p.exec(); !s)
        return s.error();
    while (p.next()) {
        Sums &s = out[yearOf(p.text(2))];
        const bool bank = p.text(0) == u"bank"_s;
        const qint64 usd = p.integer(3);
        if (auto st = add(bank ? s.planBank : s.planOther, usd); !st)
            return st.error();
        if (p.text(1) == u"signed"_s) {
            if (auto st = add(bank ? s.pledgedBank : s.pledgedOther, usd); !st)
                return st.error();
        }
    }
    Query r(db, receiptSums);
    if (auto s = r.exec(); !s)
        return s.error();
    while (r.next()) {
        Sums &s = out[yearOf(r.text(1))];
        if (auto st = add(r.text(0) == u"bank"_s ? s.receivedBank : s.receivedOther, r.integer(2));
            !st)
            return st.error();
    }
    return out;
}

/// Sums per key (the fiscal year, or 0 for the life of the fund), added up by SQLite.
Result<QMap<int, Sums>> collect(Database &db, const FundSettings &fy, bool byYear)
{
    QString firstDay = u"~"_s; // after every "MM-DD": the fiscal year is the calendar year
    if (byYear && !(fy.fiscalYearStartMonth == 1 && fy.fiscalYearStartDay == 1))
        firstDay = u"%1-%2"_s.arg(fy.fiscalYearStartMonth, 2, 10, QChar(u'0'))
                       .arg(fy.fiscalYearStartDay, 2, 10, QChar(u'0'));
    QMap<int, Sums> out;
    QHash<int, qint64> rows; // per key: the pledges, receipts not reversed and opening payments
    bool overflow = false;
    // Runs one aggregate; a sum past 64 bits (SQLite's "integer overflow") sends the whole
    // computation to the row-by-row path, whose checked additions give the same refusal or the
    // same figures as before.
    const auto run = [&](const QString &sql, const auto &row) -> Status {
        Query q(db, sql);
        if (byYear)
            q.bind(firstDay);
        if (auto s = q.exec(); !s)
            return s;
        while (q.next()) {
            if (auto st = row(q); !st)
                return st;
        }
        if (auto s = q.status(); !s) {
            if (!s.error().message.contains(u"integer overflow"_s))
                return s;
            overflow = true;
        }
        return {};
    };
    Status s = run(pledgeAggregate(byYear), [&](const Query &q) -> Status {
        Sums &to = out[int(q.integer(0))];
        rows[int(q.integer(0))] += q.integer(4);
        const bool bank = q.integer(1) != 0;
        const qint64 usd = q.integer(3);
        if (auto st = add(bank ? to.planBank : to.planOther, usd); !st)
            return st;
        if (q.integer(2) != 0)
            return add(bank ? to.pledgedBank : to.pledgedOther, usd);
        return {};
    });
    if (s && !overflow) {
        s = run(receiptAggregate(byYear), [&](const Query &q) -> Status {
            Sums &to = out[int(q.integer(0))];
            rows[int(q.integer(0))] += q.integer(3);
            if (auto st = add(to.receivedBank, q.integer(1)); !st)
                return st;
            return add(to.receivedOther, q.integer(2));
        });
    }
    if (s && !overflow) {
        s = run(reversedAndOpening(byYear), [&](const Query &q) -> Status {
            Sums &to = out[int(q.integer(0))];
            rows[int(q.integer(0))] += q.integer(3);
            return add(q.integer(1) != 0 ? to.receivedBank : to.receivedOther, q.integer(2));
        });
    }
    if (!s || overflow) // an addition past 64 bits: the reversed receipts may bring it back
        return collectRows(db, fy, byYear);
    // A fiscal year is listed when it holds a record that counts (not only reversed receipts).
    for (auto it = out.begin(); it != out.end();) {
        if (byYear && rows.value(it.key()) <= 0)
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}

Result<CapStatus> evaluate(const Sums &s, int bps)
{
    CapStatus c;
    c.capBps = bps;
    auto plan = evaluateCap(s.planBank, s.planOther, bps);
    auto pledged = evaluateCap(s.pledgedBank, s.pledgedOther, bps);
    auto received = evaluateCap(s.receivedBank, s.receivedOther, bps);
    for (const auto *r : {&plan, &pledged, &received}) {
        if (!r->ok())
            return r->error();
    }
    c.plan = *plan;
    c.pledged = *pledged;
    c.received = *received;
    return c;
}

} // namespace

Result<int> capBps(Database &db)
{
    auto v = fund::settingOr(db, u"cap_bps"_s, QString::number(kDefaultCapBps));
    if (!v)
        return v.error();
    return parseCapBps(*v);
}

Status setCapBps(Database &db, int bps)
{
    if (bps < 0 || bps > 10000)
        return Error::badInput(u"cap_bps"_s, u"funding.cap_bps_must"_s, {});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto before = capBps(db);
    Query q(db, u"INSERT INTO fund_setting (key, value) VALUES ('cap_bps', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.bind(QString::number(bps));
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"fund.cap_bps"_s,
                               {{u"from"_s, before ? *before : kDefaultCapBps}, {u"to"_s, bps}});
        !s)
        return s;
    return tx.commit();
}

Result<CapStatus> capStatus(Database &db)
{
    auto bps = capBps(db);
    if (!bps)
        return bps.error();
    auto sums = collect(db, FundSettings{}, false);
    if (!sums)
        return sums.error();
    return evaluate(sums->value(0), *bps);
}

Result<QList<FiscalYearCap>> capByFiscalYear(Database &db)
{
    auto bps = capBps(db);
    if (!bps)
        return bps.error();
    auto settings = fund::settings(db);
    if (!settings)
        return settings.error();
    auto sums = collect(db, *settings, true);
    if (!sums)
        return sums.error();
    QList<FiscalYearCap> out;
    for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
        FiscalYearCap fy;
        fy.fiscalYear = it.key();
        fy.start = settings->fiscalYearStart(it.key());
        fy.end = fy.start.addYears(1).addDays(-1);
        auto st = evaluate(it.value(), *bps);
        if (!st)
            return st.error();
        fy.status = *st;
        out.append(fy);
    }
    return out;
}

Result<CapStatus> whatIf(const CapStatus &now, const CapChange &c)
{
    CapStatus out;
    out.capBps = now.capBps;
    auto plan = evaluateCapWhatIf(now.plan.bank, now.plan.other, now.capBps, c.planBank,
                                  c.planOther);
    auto pledged = evaluateCapWhatIf(now.pledged.bank, now.pledged.other, now.capBps,
                                     c.pledgedBank, c.pledgedOther);
    auto received = evaluateCapWhatIf(now.received.bank, now.received.other, now.capBps,
                                      c.receivedBank, c.receivedOther);
    for (const auto *r : {&plan, &pledged, &received}) {
        if (!r->ok())
            return r->error();
    }
    out.plan = *plan;
    out.pledged = *pledged;
    out.received = *received;
    return out;
}

namespace {
/// Decides on a plan-basis change already computed: allowed, refused, or allowed by an override
/// that is then recorded.
Status decide(Database &db, const CapFigures &before, const CapFigures &after, int bps,
              bool raisesShare, const QString &overrideText, const QString &what)
{
    if (after.compliant || !raisesShare)
        return {};
    if (overrideText.trimmed().isEmpty())
        return Error::refused(u"cap"_s, capRefusalKey(after),
                              capRefusalArgs(what, before, after, bps));
    if (auto v = checkLine(u"override"_s, overrideText, 500); !v)
        return v;
    return audit::record(db, u"funding.cap_override"_s,
                         {{u"what"_s, what},
                          {u"justification"_s, overrideText.trimmed()},
                          {u"share_bps"_s, after.shareBps},
                          {u"cap_bps"_s, bps},
                          {u"bank"_s, QString::number(after.bank)},
                          {u"total"_s, QString::number(after.total)}});
}
} // namespace

Result<std::optional<Error>> planChangeRefusal(Database &db, qint64 deltaBank, qint64 deltaOther,
                                               const QString &what)
{
    if (deltaBank <= 0 && deltaOther >= 0)
        return std::optional<Error>(); // only a change that raises the Bank's share can breach
    auto now = capStatus(db);
    if (!now)
        return now.error();
    auto after =
        evaluateCapWhatIf(now->plan.bank, now->plan.other, now->capBps, deltaBank, deltaOther);
    if (!after)
        return after.error();
    if (after->compliant)
        return std::optional<Error>();
    return std::optional<Error>(Error::refused(
        u"cap"_s, capRefusalKey(*after), capRefusalArgs(what, now->plan, *after, now->capBps)));
}

Status checkPlanChange(Database &db, qint64 deltaBank, qint64 deltaOther,
                       const QString &overrideText, const QString &what)
{
    auto now = capStatus(db);
    if (!now)
        return now.error();
    auto after = evaluateCapWhatIf(now->plan.bank, now->plan.other, now->capBps, deltaBank,
                                   deltaOther);
    if (!after)
        return after.error();
    // Only a change that raises the Bank's share can breach the rule.
    return decide(db, now->plan, *after, now->capBps, deltaBank > 0 || deltaOther < 0,
                  overrideText, what);
}

Status checkPlanAfterBatch(Database &db, const CapStatus &before, const QString &overrideText,
                           const QString &what)
{
    auto now = capStatus(db);
    if (!now)
        return now.error();
    return decide(db, before.plan, now->plan, now->capBps,
                  now->plan.bank > before.plan.bank || now->plan.other < before.plan.other,
                  overrideText, what);
}

Result<QList<CapOverride>> overrides(Database &db)
{
    Query q(db, u"SELECT at, actor, detail FROM audit_event WHERE command = 'funding.cap_override' "
                "ORDER BY id"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<CapOverride> out;
    while (q.next()) {
        const QJsonObject d = QJsonDocument::fromJson(q.text(2).toUtf8()).object();
        out.append({q.text(0), q.text(1), d.value(u"what"_s).toString(),
                    d.value(u"justification"_s).toString(), d.value(u"share_bps"_s).toInteger(),
                    d.value(u"bank"_s).toString().toLongLong(),
                    d.value(u"total"_s).toString().toLongLong()});
    }
    return out;
}

} // namespace imdp::core::funding
