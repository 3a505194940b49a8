// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Pledges: a donor's promise, its instalments, amendment and cancellation.
#include "core/ledger/pledges.h"

#include "core/fund/fund.h"
#include "core/funding/capstatus.h"
#include "core/ledger/contribution.h"
#include "core/ledger/journal.h"
#include "core/ledger/opening.h"
#include "core/money/currency.h"
#include "core/money/limit.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

using namespace detail;

namespace {

/// The postings that stand for a pledge in a given state: what an amendment moves from and to.
QList<Line> pledgeEffect(const QString &status, qint64 usdMinor, qint64 donorId,
                         const QString &source)
{
    if (status == u"signed"_s)
        return {{PledgesReceivable, u"pledge"_s, usdMinor, donorId, {}, 0},
                {contributionAccount(source), u"pledge"_s, -usdMinor, donorId, {}, 0}};
    if (status == u"prospective"_s)
        return {{ProspectivePledges, u"prospective"_s, usdMinor, donorId, {}, 0},
                {ProspectiveOffset, u"prospective"_s, -usdMinor, donorId, {}, 0}};
    return {};
}

QJsonArray instalmentsJson(const QList<Instalment> &list)
{
    QJsonArray a;
    for (const Instalment &i : list)
        a.append(QJsonArray{formatIsoDate(i.due), QString::number(i.amountMinor)});
    return a;
}

// Paid and cleared count the part paid in the opening entry (opening.h, openingPaidSql).
const QString kPledgeColumns =
    u"SELECT p.id, p.reference, o.name, p.source, p.date, p.currency, p.amount_minor, "
    "p.rate_scaled, p.usd_minor, p.status, p.cap_override, p.note, p.donor_id, "
    "(SELECT COALESCE(SUM(r.amount_minor), 0) FROM receipt r WHERE r.pledge_id = p.id AND NOT "
    " EXISTS (SELECT 1 FROM journal_entry x WHERE x.reverses_entry_id = r.entry_id)) + "_s +
    openingPaidSql() +
    u", (SELECT COALESCE(SUM(r.cleared_usd_minor), 0) FROM receipt r WHERE r.pledge_id = p.id "
    "AND NOT EXISTS (SELECT 1 FROM journal_entry x WHERE x.reverses_entry_id = r.entry_id)) + "_s +
    openingPaidSql() +
    u", "
    "(SELECT COUNT(*) FROM receipt r WHERE r.pledge_id = p.id AND NOT EXISTS "
    " (SELECT 1 FROM journal_entry x WHERE x.reverses_entry_id = r.entry_id)) "
    "FROM pledge p JOIN organisation o ON o.id = p.donor_id "_s;

Result<QList<Instalment>> instalmentsOf(Database &db, qint64 pledgeId)
{
    Query q(db, u"SELECT due_date, amount_minor FROM pledge_instalment WHERE pledge_id = ? "
                "ORDER BY due_date"_s);
    q.bind(pledgeId);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Instalment> out;
    while (q.next())
        out.append({QDate::fromString(q.text(0), Qt::ISODate), q.integer(1)});
    return out;
}

PledgeRow pledgeFromRow(const Query &q)
{
    PledgeRow r;
    Pledge &p = r.pledge;
    p.id = q.integer(0);
    p.reference = q.text(1);
    p.donor = q.text(2);
    p.source = q.text(3);
    p.date = QDate::fromString(q.text(4), Qt::ISODate);
    p.currency = q.text(5);
    p.amountMinor = q.integer(6);
    p.rateScaled = q.integer(7);
    p.usdMinor = q.integer(8);
    p.status = q.text(9);
    p.capOverride = q.text(10);
    p.note = q.text(11);
    r.donorId = q.integer(12);
    p.paidMinor = q.integer(13);
    r.clearedUsd = q.integer(14);
    r.hasReceipts = q.integer(15) > 0;
    return r;
}

Status writeInstalments(Database &db, qint64 pledgeId, const QList<Instalment> &list)
{
    Query del(db, u"DELETE FROM pledge_instalment WHERE pledge_id = ?"_s);
    del.bind(pledgeId);
    if (auto s = del.exec(); !s)
        return s;
    Query ins(db, u"INSERT INTO pledge_instalment (pledge_id, due_date, amount_minor) "
                  "VALUES (?, ?, ?)"_s);
    for (const Instalment &i : list) {
        ins.bind(pledgeId).bind(formatIsoDate(i.due)).bind(i.amountMinor);
        if (auto s = ins.exec(); !s)
            return s;
    }
    return {};
}

} // namespace

namespace detail {

Result<PledgeRow> pledgeRow(Database &db, const QString &reference)
{
    Query q(db, kPledgeColumns + u"WHERE p.reference = ?"_s);
    q.bind(reference);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"pledge"_s, u"ledger.pledge_does_exist"_s,
                               {ErrorArg::txt(reference.left(80))});
    PledgeRow r = pledgeFromRow(q);
    auto inst = instalmentsOf(db, r.pledge.id);
    if (!inst)
        return inst.error();
    r.pledge.instalments = *inst;
    return r;
}

} // namespace detail

Status checkInstalments(const QList<Instalment> &list, qint64 amountMinor)
{
    if (list.isEmpty())
        return {};
    QSet<QDate> seen;
    __extension__ __int128 sum = 0;
    for (const Instalment &i : list) {
        if (!i.due.isValid())
            return Error::badInput(u"instalment"_s, u"ledger.instalment_due_date_required"_s, {});
        if (i.amountMinor <= 0)
            return Error::badInput(u"instalment"_s, u"ledger.instalment_amount_must_greater"_s,
                                   {ErrorArg::day(i.due)});
        if (seen.contains(i.due))
            return Error::badInput(u"instalment"_s, u"ledger.instalment_given_twice"_s,
                                   {ErrorArg::day(i.due)});
        seen.insert(i.due);
        sum += i.amountMinor;
    }
    if (sum != amountMinor)
        return Error::badInput(u"instalment"_s, u"ledger.instalment_instalments_must_add"_s, {});
    return {};
}

// ---- Pledges ----------------------------------------------------------------------------------

Result<qint64> recordPledge(Database &db, const Pledge &in, bool createDonor)
{
    if (auto v = checkLine(u"reference"_s, in.reference, 80); !v)
        return v.error();
    if (auto v = checkSource(in.source); !v)
        return v.error();
    static const QStringList statuses{u"prospective"_s, u"signed"_s, u"cancelled"_s};
    if (!statuses.contains(in.status))
        return Error::badInput(u"status"_s, u"ledger.status_must_prospective_signed"_s,
                               {ErrorArg::txt(in.status.left(40))});
    auto usdValue = checkMoney(in.currency, in.amountMinor, in.rateScaled, in.date);
    if (!usdValue)
        return usdValue.error();
    if (auto v = checkInstalments(in.instalments, in.amountMinor); !v)
        return v.error();
    if (auto v = checkText(u"override"_s, in.capOverride, 2000); !v)
        return v.error();
    if (auto v = checkText(u"note"_s, in.note, 2000); !v)
        return v.error();

    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM pledge WHERE reference = ?"_s,
                             {in.reference.trimmed()});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(u"reference"_s, u"ledger.reference_pledge_already_recorded"_s,
                              {ErrorArg::txt(in.reference.trimmed())});
    auto donor = resolveDonor(db, in.donor, in.source, createDonor);
    if (!donor)
        return donor.error();
    // Issue 17: the donor's pledges in this currency, every status, stay within kMaxAmountMinor.
    if (auto t =
            checkDonorTotal(db, u"pledge"_s, donor->id, donor->name, in.currency, in.amountMinor);
        !t)
        return t.error();
    // The single place every pledge passes: the DGF cap on the plan basis (every pledge not
    // cancelled). Batch commands defer it to one check of the whole batch.
    if (in.status != u"cancelled"_s && !in.deferCapCheck) {
        const bool bank = in.source == u"bank"_s;
        if (auto s = funding::checkPlanChange(db, bank ? *usdValue : 0, bank ? 0 : *usdValue,
                                              in.capOverride,
                                              u"pledge %1"_s.arg(in.reference.trimmed()));
            !s)
            return s.error();
    }
    const QList<Line> lines = pledgeEffect(in.status, *usdValue, donor->id, in.source);
    QVariant entryId;
    if (!lines.isEmpty()) {
        auto id = post(db, {in.date, u"pledge"_s, u"pledge %1"_s.arg(in.reference.trimmed()), 0,
                            {}, lines});
        if (!id)
            return id.error();
        entryId = *id;
    }
    Query q(db, u"INSERT INTO pledge (reference, donor_id, source, date, currency, amount_minor, "
                "rate_scaled, usd_minor, status, cap_override, note, entry_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(in.reference.trimmed()).bind(donor->id).bind(in.source).bind(formatIsoDate(in.date));
    q.bind(in.currency).bind(in.amountMinor).bind(in.rateScaled).bind(*usdValue);
    q.bind(in.status).bind(in.capOverride.trimmed()).bind(in.note.trimmed()).bind(entryId);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 pledgeId = q.lastInsertId();
    if (auto s = writeInstalments(db, pledgeId, in.instalments); !s)
        return s.error();
    if (auto s = audit::record(
            db, u"ledger.pledge"_s,
            {{u"pledge"_s, pledgeId}, {u"entry"_s, entryId.isValid() ? entryId.toLongLong() : 0},
             {u"reference"_s, in.reference.trimmed()}, {u"donor"_s, donor->name},
             {u"source"_s, in.source}, {u"date"_s, formatIsoDate(in.date)}, {u"currency"_s, in.currency},
             {u"amount_minor"_s, QString::number(in.amountMinor)},
             {u"rate"_s, Rate::fromScaled(in.rateScaled)->toString()},
             {u"usd"_s, usd(*usdValue)}, {u"status"_s, in.status},
             {u"instalments"_s, instalmentsJson(in.instalments)},
             {u"cap_override"_s, in.capOverride.trimmed()}, {u"postings"_s, linesJson(lines)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return pledgeId;
}

Result<qint64> cancelPledge(Database &db, const QString &reference, const QDate &date,
                            const QString &reason, const QString &capOverride)
{
    if (auto v = checkLine(u"reason"_s, reason, 500); !v)
        return v.error();
    if (!date.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto row = pledgeRow(db, reference);
    if (!row)
        return row.error();
    const Pledge &p = row->pledge;
    if (p.status == u"cancelled"_s)
        return Error::refused(u""_s, u"ledger.pledge_already_cancelled"_s,
                              {ErrorArg::txt(p.reference)});
    if (row->hasReceipts)
        return Error::refused(
            u""_s, u"ledger.pledge_has_receipts_paid"_s,
            {ErrorArg::txt(p.reference),
             ErrorArg::txt(formatMinor(p.paidMinor, findCurrency(p.currency)->minorUnits)),
             ErrorArg::txt(p.currency)});
    // Less non-Bank funding raises the Bank's share: the cap may refuse the cancellation.
    const bool bank = p.source == u"bank"_s;
    if (auto s = funding::checkPlanChange(db, bank ? -p.usdMinor : 0, bank ? 0 : -p.usdMinor,
                                          capOverride, u"cancel pledge %1"_s.arg(p.reference));
        !s)
        return s.error();
    QList<Line> lines = pledgeEffect(p.status, p.usdMinor, row->donorId, p.source);
    for (Line &l : lines)
        l.usdMinor = -l.usdMinor;
    auto id = post(db, {date, u"pledge_cancel"_s, u"cancel pledge %1"_s.arg(p.reference), 0,
                        reason.trimmed(), lines});
    if (!id)
        return id.error();
    Query q(db, u"UPDATE pledge SET status = 'cancelled' WHERE id = ?"_s);
    q.bind(p.id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (auto s = audit::record(db, u"ledger.pledge_cancel"_s,
                               {{u"pledge"_s, p.id}, {u"entry"_s, *id},
                                {u"reference"_s, p.reference}, {u"from_status"_s, p.status},
                                {u"date"_s, formatIsoDate(date)}, {u"reason"_s, reason.trimmed()},
                                {u"postings"_s, linesJson(lines)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> amendPledge(Database &db, const QString &reference, const PledgeAmendment &change,
                           const QDate &date)
{
    if (!date.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    if (auto v = checkText(u"note"_s, change.note, 2000); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto row = pledgeRow(db, reference);
    if (!row)
        return row.error();
    const Pledge &old = row->pledge;
    if (old.status == u"cancelled"_s)
        return Error::refused(u""_s, u"ledger.pledge_cancelled_record_new"_s,
                              {ErrorArg::txt(old.reference)});
    Pledge now = old;
    now.amountMinor = change.amountMinor.value_or(old.amountMinor);
    now.rateScaled = change.rateScaled.value_or(old.rateScaled);
    now.status = change.status.value_or(old.status);
    if (now.status != u"prospective"_s && now.status != u"signed"_s)
        return Error::badInput(u"status"_s, u"ledger.status_must_prospective_signed_2"_s,
                               {ErrorArg::txt(now.status.left(40))});
    if (change.instalments)
        now.instalments = *change.instalments;
    else if (now.amountMinor != old.amountMinor && !old.instalments.isEmpty())
        return Error::badInput(u"instalment"_s, u"ledger.instalment_amount_changes_give"_s, {});
    auto usdValue = checkMoney(now.currency, now.amountMinor, now.rateScaled, old.date);
    if (!usdValue)
        return usdValue.error();
    now.usdMinor = *usdValue;
    if (auto v = checkInstalments(now.instalments, now.amountMinor); !v)
        return v.error();
    if (now.amountMinor > old.amountMinor) {
        if (auto t = checkDonorTotal(db, u"pledge"_s, row->donorId, old.donor, old.currency,
                                     now.amountMinor, old.id);
            !t)
            return t.error();
    }
    if (row->hasReceipts) {
        const int mu = findCurrency(old.currency)->minorUnits;
        if (now.amountMinor < old.paidMinor)
            return Error::refused(u"amount"_s, u"ledger.amount_pledge_has_paid"_s,
                                  {ErrorArg::txt(old.reference),
                                   ErrorArg::txt(formatMinor(old.paidMinor, mu)),
                                   ErrorArg::txt(old.currency)});
        if (now.rateScaled != old.rateScaled)
            return Error::refused(u"usd_rate"_s, u"ledger.usd_rate_pledge_has"_s,
                                  {ErrorArg::txt(old.reference)});
        if (now.status != u"signed"_s)
            return Error::refused(u"status"_s, u"ledger.status_pledge_has_receipts"_s,
                                  {ErrorArg::txt(old.reference)});
    }

    {
        const qint64 delta = now.usdMinor - old.usdMinor;
        const bool bank = old.source == u"bank"_s;
        if (auto s = funding::checkPlanChange(db, bank ? delta : 0, bank ? 0 : delta,
                                              change.capOverride,
                                              u"amend pledge %1"_s.arg(old.reference));
            !s)
            return s.error();
    }
    // Post the difference between what the pledge stood for and what it stands for now.
    QList<Line> lines = pledgeEffect(now.status, now.usdMinor, row->donorId, now.source);
    for (Line l : pledgeEffect(old.status, old.usdMinor, row->donorId, old.source)) {
        l.usdMinor = -l.usdMinor;
        lines.append(l);
    }
    // Paid in full: what is left on the receivable is rounding between rates, not money owed.
    if (row->hasReceipts && now.amountMinor == old.paidMinor) {
        const qint64 residue = now.usdMinor - row->clearedUsd;
        lines.append({PledgesReceivable, u"fx"_s, -residue, row->donorId, {}, 0});
        lines.append({ExchangeDifferences, u"fx"_s, residue, 0, {}, 0});
    }
    // Merge lines of one account and flow so the entry reads as the change it is.
    QList<Line> merged;
    for (const Line &l : lines) {
        auto it = std::find_if(merged.begin(), merged.end(), [&](const Line &m) {
            return m.account == l.account && m.flow == l.flow && m.donorId == l.donorId;
        });
        if (it == merged.end())
            merged.append(l);
        else
            it->usdMinor += l.usdMinor;
    }
    bool posts = false;
    for (const Line &l : merged)
        posts = posts || l.usdMinor != 0;
    qint64 entryId = 0;
    if (posts) {
        auto id = post(db, {date, u"pledge_amend"_s, u"amend pledge %1"_s.arg(old.reference), 0,
                            change.note.trimmed(), merged});
        if (!id)
            return id.error();
        entryId = *id;
    }
    Query q(db, u"UPDATE pledge SET amount_minor = ?, rate_scaled = ?, usd_minor = ?, status = ?, "
                "note = CASE WHEN ? = '' THEN note ELSE ? END WHERE id = ?"_s);
    q.bind(now.amountMinor).bind(now.rateScaled).bind(now.usdMinor).bind(now.status);
    q.bind(change.note.trimmed()).bind(change.note.trimmed()).bind(old.id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (change.instalments) {
        if (auto s = writeInstalments(db, old.id, now.instalments); !s)
            return s.error();
    }
    if (auto s = audit::record(
            db, u"ledger.pledge_amend"_s,
            {{u"pledge"_s, old.id}, {u"entry"_s, entryId}, {u"reference"_s, old.reference},
             {u"date"_s, formatIsoDate(date)},
             {u"from"_s, QJsonObject{{u"amount_minor"_s, QString::number(old.amountMinor)},
                                     {u"rate"_s, Rate::fromScaled(old.rateScaled)->toString()},
                                     {u"usd"_s, usd(old.usdMinor)}, {u"status"_s, old.status},
                                     {u"instalments"_s, instalmentsJson(old.instalments)}}},
             {u"to"_s, QJsonObject{{u"amount_minor"_s, QString::number(now.amountMinor)},
                                   {u"rate"_s, Rate::fromScaled(now.rateScaled)->toString()},
                                   {u"usd"_s, usd(now.usdMinor)}, {u"status"_s, now.status},
                                   {u"instalments"_s, instalmentsJson(now.instalments)}}},
             {u"note"_s, change.note.trimmed()}, {u"postings"_s, linesJson(merged)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return entryId;
}

Result<Pledge> findPledge(Database &db, const QString &reference)
{
    auto row = pledgeRow(db, reference);
    if (!row)
        return row.error();
    return row->pledge;
}

Result<QList<Pledge>> pledges(Database &db)
{
    Query q(db, kPledgeColumns + u"ORDER BY p.date, p.id"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Pledge> out;
    while (q.next())
        out.append(pledgeFromRow(q).pledge);
    if (auto s = q.status(); !s)
        return s.error();
    for (Pledge &p : out) {
        auto inst = instalmentsOf(db, p.id);
        if (!inst)
            return inst.error();
        p.instalments = *inst;
    }
    return out;
}

} // namespace imdp::core::ledger
