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
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::funding {

namespace {

struct Sums
{
    qint64 planBank = 0, planOther = 0, pledgedBank = 0, pledgedOther = 0, receivedBank = 0,
           receivedOther = 0;
};

// Receipts count unless their journal entry was reversed.
const QString pledgeSums =
    u"SELECT source, status, date, usd_minor FROM pledge WHERE status <> 'cancelled'"_s;
// The opening balances' payments (issue 16) are received money without receipt rows: their cash
// postings count, by the donor's kind.
const QString receiptSums =
    u"SELECT r.source, r.date, r.usd_minor FROM receipt r WHERE NOT EXISTS "
    "(SELECT 1 FROM journal_entry j WHERE j.reverses_entry_id = r.entry_id) "
    "UNION ALL SELECT CASE WHEN o.kind = 'bank' THEN 'bank' ELSE 'donor' END, p.date, "
    "p.usd_minor FROM posting p JOIN journal_entry e ON e.id = p.entry_id AND e.kind = 'opening' "
    "JOIN organisation o ON o.id = p.donor_id WHERE p.account_id = 1 AND p.flow = 'receipt'"_s;

QString overrideHint()
{
    return u" (an officer may override with a written justification)"_s;
}

Status add(qint64 &into, qint64 v)
{
    if (__builtin_add_overflow(into, v, &into))
        return Error::badInput(u"the fund's totals exceed the largest amount IMDP Desk can hold"_s);
    return {};
}

/// Sums per key (the fiscal year, or 0 for the life of the fund).
Result<QMap<int, Sums>> collect(Database &db, const FundSettings &fy, bool byYear)
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
    auto v = fund::setting(db, u"cap_bps"_s);
    if (!v)
        return kDefaultCapBps;
    return parseCapBps(*v);
}

Status setCapBps(Database &db, int bps)
{
    if (bps < 0 || bps > 10000)
        return Error::badInput(u"cap_bps: must be from 0 to 10000"_s);
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
        return Error::refused(what + u": "_s + capRefusalMessage(before, after, bps) +
                              overrideHint())
            .keyed(u"cap"_s, capRefusalKey(after), capRefusalArgs(what, before, after, bps));
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
