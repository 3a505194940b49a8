// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// What donors promise and pay: pledges (with instalments), receipts, investment income, rates.
#include "core/ledger/journal.h"
#include "core/ledger/ledger.h"
#include "core/ledger/opening.h"
#include "core/ledger/receiptdigest.h"

#include "core/funding/capstatus.h"

#include "core/fund/fund.h"
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

QString iso(const QDate &d)
{
    return formatIsoDate(d);
}

Status checkSource(const QString &source)
{
    if (source != u"donor"_s && source != u"bank"_s)
        return Error::badInput(u"source: '%1' must be donor or bank"_s.arg(source.left(40)));
    return {};
}

/// The money fields every pledge and receipt shares: currency, amount, rate, and the USD value.
Result<qint64> checkMoney(const QString &currency, qint64 amountMinor, qint64 rateScaled,
                          const QDate &date)
{
    if (!date.isValid())
        return Error::badInput(u"date: is required"_s);
    auto cur = requireCurrency(currency);
    if (!cur)
        return Error::badInput(u"currency: "_s + cur.error().message);
    if (amountMinor <= 0)
        return Error::badInput(u"amount: must be greater than zero"_s);
    auto rate = Rate::fromScaled(rateScaled);
    if (!rate)
        return Error::badInput(u"usd_rate: "_s + rate.error().message);
    auto money = Money::fromMinor(amountMinor, currency);
    if (!money)
        return Error::badInput(u"amount: "_s + money.error().message);
    if (amountMinor > kMaxAmountMinor)
        return amountLimitRefusal(amountMinor, currency);
    auto usdValue = rate->toUsdMinor(*money);
    if (!usdValue)
        return Error::badInput(u"usd_rate: "_s + usdValue.error().message);
    if (*usdValue <= 0)
        return Error::badInput(u"amount: %1 %2 converts to 0.00 USD at %3"_s.arg(
            money->toString(), currency, rate->toString()));
    return *usdValue;
}

} // namespace

namespace detail {

/// The donor by name or short name; unknown ones are created when allowed. A bank source must
/// be an organisation of kind bank and the other way round: the DGF cap counts on it.
Result<Donor> resolveDonor(Database &db, const QString &name, const QString &source, bool create)
{
    if (auto v = checkLine(u"donor"_s, name, 160); !v)
        return v.error();
    auto org = organisations::find(db, name.trimmed());
    if (!org) {
        if (org.error().code != ErrorCode::NotFound || !create)
            return organisations::findForNew(db, u"donor"_s, name).error();
        Organisation o;
        o.name = name.trimmed();
        o.kind = source == u"bank"_s ? u"bank"_s : u"other"_s;
        auto id = organisations::add(db, o);
        if (!id)
            return Error{id.error().code, u"donor: "_s + id.error().message};
        return Donor{*id, o.name};
    }
    if (org->retired)
        return organisations::findForNew(db, u"donor"_s, name).error();
    const bool bank = org->kind == u"bank"_s;
    if (bank != (source == u"bank"_s))
        return Error::badInput(
            bank ? u"source: %1 is a Bank (DGF) source; its funding is source bank"_s.arg(org->name)
                 : u"source: %1 is not a Bank (DGF) organisation; its funding is source donor"_s
                       .arg(org->name));
    return Donor{org->id, org->name};
}

int contributionAccount(const QString &source)
{
    return source == u"bank"_s ? BankResources : Contributions;
}

} // namespace detail

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
        a.append(QJsonArray{iso(i.due), QString::number(i.amountMinor)});
    return a;
}

/// A pledge row with what has been paid against it (receipts not reversed).
struct PledgeRow
{
    Pledge pledge;
    qint64 donorId = 0;
    qint64 clearedUsd = 0;
    bool hasReceipts = false;
};

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

Result<PledgeRow> pledgeRow(Database &db, const QString &reference)
{
    Query q(db, kPledgeColumns + u"WHERE p.reference = ?"_s);
    q.bind(reference);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"pledge: '%1' does not exist"_s.arg(reference.left(80)));
    PledgeRow r = pledgeFromRow(q);
    auto inst = instalmentsOf(db, r.pledge.id);
    if (!inst)
        return inst.error();
    r.pledge.instalments = *inst;
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
        ins.bind(pledgeId).bind(iso(i.due)).bind(i.amountMinor);
        if (auto s = ins.exec(); !s)
            return s;
    }
    return {};
}

} // namespace

Status checkInstalments(const QList<Instalment> &list, qint64 amountMinor)
{
    if (list.isEmpty())
        return {};
    QSet<QDate> seen;
    __extension__ __int128 sum = 0;
    for (const Instalment &i : list) {
        if (!i.due.isValid())
            return Error::badInput(u"instalment: a due date is required"_s);
        if (i.amountMinor <= 0)
            return Error::badInput(u"instalment: %1: the amount must be greater than zero"_s.arg(
                iso(i.due)));
        if (seen.contains(i.due))
            return Error::badInput(u"instalment: %1 is given twice"_s.arg(iso(i.due)));
        seen.insert(i.due);
        sum += i.amountMinor;
    }
    if (sum != amountMinor)
        return Error::badInput(u"instalment: the instalments must add up to the pledged amount"_s);
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
        return Error::badInput(
            u"status: '%1' must be prospective, signed or cancelled"_s.arg(in.status.left(40)));
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
        return Error::refused(u"reference: pledge '%1' is already recorded"_s.arg(
            in.reference.trimmed()));
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
    q.bind(in.reference.trimmed()).bind(donor->id).bind(in.source).bind(iso(in.date));
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
             {u"source"_s, in.source}, {u"date"_s, iso(in.date)}, {u"currency"_s, in.currency},
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
        return Error::badInput(u"date: is required"_s);
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto row = pledgeRow(db, reference);
    if (!row)
        return row.error();
    const Pledge &p = row->pledge;
    if (p.status == u"cancelled"_s)
        return Error::refused(u"pledge '%1': is already cancelled"_s.arg(p.reference));
    if (row->hasReceipts)
        return Error::refused(u"pledge '%1': has receipts (%2 %3 paid); amend it down to what was "
                              "paid instead"_s.arg(p.reference,
                                                   formatMinor(p.paidMinor,
                                                               findCurrency(p.currency)->minorUnits),
                                                   p.currency));
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
                                {u"date"_s, iso(date)}, {u"reason"_s, reason.trimmed()},
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
        return Error::badInput(u"date: is required"_s);
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
        return Error::refused(u"pledge '%1': is cancelled; record a new pledge"_s.arg(old.reference));
    Pledge now = old;
    now.amountMinor = change.amountMinor.value_or(old.amountMinor);
    now.rateScaled = change.rateScaled.value_or(old.rateScaled);
    now.status = change.status.value_or(old.status);
    if (now.status != u"prospective"_s && now.status != u"signed"_s)
        return Error::badInput(u"status: '%1' must be prospective or signed (cancel a pledge "
                               "with pledge cancel)"_s.arg(now.status.left(40)));
    if (change.instalments)
        now.instalments = *change.instalments;
    else if (now.amountMinor != old.amountMinor && !old.instalments.isEmpty())
        return Error::badInput(u"instalment: the amount changes; give the new schedule"_s);
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
            return Error::refused(u"amount: pledge '%1' has %2 %3 paid; it cannot be amended "
                                  "below that"_s.arg(old.reference,
                                                     formatMinor(old.paidMinor, mu), old.currency));
        if (now.rateScaled != old.rateScaled)
            return Error::refused(u"usd_rate: pledge '%1' has receipts cleared at its rate; the "
                                  "rate cannot change"_s.arg(old.reference));
        if (now.status != u"signed"_s)
            return Error::refused(u"status: pledge '%1' has receipts; it stays signed"_s.arg(
                old.reference));
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
             {u"date"_s, iso(date)},
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

// ---- Receipts ---------------------------------------------------------------------------------

namespace {

/// The checks on a receipt's own fields, made before the fund is read.
Status checkReceiptFields(const Receipt &in)
{
    if (auto v = checkLine(u"reference"_s, in.reference, 80); !v)
        return v;
    if (auto v = checkSource(in.source); !v)
        return v;
    if (auto v = checkLine(u"pledge"_s, in.pledgeReference, 80, true); !v)
        return v;
    return {};
}

} // namespace

/// A receipt checked against the fund, with every figure of its entry: what `write` needs and
/// nothing it could still refuse. Planning reads only; a donor to create is created by `write`.
struct ReceiptBatch::Planned
{
    qint64 rateScaled = 0;
    qint64 usdMinor = 0;
    qint64 feeMinor = 0;
    bool againstPledge = false;
    qint64 pledgeId = 0;
    qint64 clearedMinor = 0; ///< the receivable cleared, at the pledge's rate
    qint64 excessMinor = 0;  ///< paid beyond the pledge, at the receipt's rate
    qint64 donorId = 0;      ///< 0 while the donor is still to be created
    qint64 receivedAfter = 0; ///< the donor's receipts in the currency, this one included
    QString donorName;
    QString donorKind; ///< the kind of a donor to create
};

ReceiptBatch::ReceiptBatch(Database &db, bool createDonors)
    : m_db(db)
    , m_createDonors(createDonors)
{
}

ReceiptBatch::~ReceiptBatch() = default;

Result<ReceiptBatch::Planned> ReceiptBatch::plan(const Receipt &in)
{
    Planned p;
    p.rateScaled = in.rateScaled;
    if (p.rateScaled == 0 && in.currency == QStringView(kBaseCurrency))
        p.rateScaled = Rate::kScale;
    if (p.rateScaled == 0 && in.date.isValid() && findCurrency(in.currency)) {
        // No rate given: the fund's rate table pre-fills it.
        auto r = rateOn(m_db, in.currency, in.date);
        if (!r)
            return Error::badInput(u"usd_rate: "_s + r.error().message);
        p.rateScaled = *r;
    }
    auto usdValue = checkMoney(in.currency, in.amountMinor, p.rateScaled, in.date);
    if (!usdValue)
        return usdValue.error();
    p.usdMinor = *usdValue;
    auto dup = Query::scalar(m_db, u"SELECT COUNT(*) FROM receipt WHERE reference = ?"_s,
                             {in.reference.trimmed()});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(u"reference: receipt '%1' is already recorded"_s.arg(
            in.reference.trimmed()));

    // The donor by name or short name, as resolveDonor finds it; remembered for the batch.
    if (auto v = checkLine(u"donor"_s, in.donor, 160); !v)
        return v.error();
    const QString name = in.donor.trimmed();
    auto known = m_donors.constFind(name);
    if (known == m_donors.cend()) {
        auto org = organisations::find(m_db, name);
        if (org && org->retired) {
            return organisations::findForNew(m_db, u"donor"_s, name).error();
        } else if (org) {
            known = m_donors.insert(name, {org->id, org->name, org->kind});
        } else if (org.error().code != ErrorCode::NotFound || !m_createDonors) {
            return organisations::findForNew(m_db, u"donor"_s, name).error();
        }
    }
    if (known != m_donors.cend()) {
        const bool bank = known->kind == u"bank"_s;
        if (bank != (in.source == u"bank"_s))
            return Error::badInput(
                bank ? u"source: %1 is a Bank (DGF) source; its funding is source bank"_s.arg(
                           known->name)
                     : u"source: %1 is not a Bank (DGF) organisation; its funding is source "
                       "donor"_s.arg(known->name));
        p.donorId = known->id;
        p.donorName = known->name;
    } else {
        p.donorName = name;
        p.donorKind = in.source == u"bank"_s ? u"bank"_s : u"other"_s;
    }
    // Issue 17: the donor's receipts in this currency (reversed ones too) stay within
    // kMaxAmountMinor; the total is read once per donor, currency and transaction.
    p.receivedAfter = in.amountMinor;
    if (p.donorId != 0) {
        auto after = receivedAfter(m_db, p.donorId, p.donorName, in.currency, in.amountMinor);
        if (!after)
            return after.error();
        p.receivedAfter = *after;
    }

    if (in.feeBps) {
        // The receipt's own rate (0: fee-exempt) instead of the fund's rule.
        if (*in.feeBps < 0 || *in.feeBps > 10000)
            return Error::badInput(
                u"fee_bps: '%1' must be 0 to 10000 basis points"_s.arg(*in.feeBps));
        FeeRule own;
        if (*in.feeBps > 0)
            own.tiers = {{-1, *in.feeBps}};
        p.feeMinor = own.feeOn(p.usdMinor);
    } else {
        if (!m_feeRule) {
            auto rule = feeRule(m_db);
            if (!rule)
                return rule.error();
            m_feeRule = *rule;
        }
        p.feeMinor = m_feeRule->feeOn(p.usdMinor);
    }

    if (!in.pledgeReference.trimmed().isEmpty()) {
        auto row = pledgeRow(m_db, in.pledgeReference.trimmed());
        if (!row)
            return Error::badInput(u"pledge: '%1' is not a recorded pledge"_s.arg(
                in.pledgeReference.trimmed().left(80)));
        const Pledge &pl = row->pledge;
        if (row->donorId != p.donorId) // a donor still to be created has pledged nothing
            return Error::badInput(u"pledge: '%1' is a pledge of %2, not of %3"_s.arg(
                pl.reference, pl.donor, p.donorName));
        if (pl.currency != in.currency)
            return Error::badInput(u"currency: pledge '%1' is in %2; a receipt against it must "
                                   "be too"_s.arg(pl.reference, pl.currency));
        if (pl.status != u"signed"_s)
            return Error::refused(u"pledge: '%1' is %2; only a signed pledge can be paid"_s.arg(
                pl.reference, pl.status));
        // Clear the receivable at the pledge's own rate; the last payment clears what is left,
        // so no cent of rounding stays behind. Beyond the pledge, money is a new contribution.
        const qint64 remaining = std::max<qint64>(0, pl.amountMinor - pl.paidMinor);
        const qint64 applied = std::min(remaining, in.amountMinor);
        if (applied == remaining) {
            p.clearedMinor = pl.usdMinor - row->clearedUsd;
        } else {
            auto part = Money::fromMinor(applied, pl.currency);
            p.clearedMinor = *Rate::fromScaled(pl.rateScaled)->toUsdMinor(*part);
        }
        if (in.amountMinor > applied) {
            auto extra = Money::fromMinor(in.amountMinor - applied, in.currency);
            p.excessMinor = *Rate::fromScaled(p.rateScaled)->toUsdMinor(*extra);
        }
        p.againstPledge = true;
        p.pledgeId = pl.id;
    }
    return p;
}

Result<qint64> ReceiptBatch::write(const Receipt &in, Planned &p)
{
    if (p.donorId == 0) {
        Organisation o;
        o.name = p.donorName;
        o.kind = p.donorKind;
        auto id = organisations::add(m_db, o);
        if (!id)
            return Error{id.error().code, u"donor: "_s + id.error().message};
        p.donorId = *id;
        m_donors.insert(p.donorName, {p.donorId, p.donorName, p.donorKind});
    }
    // The posting rules of a receipt: cash in at its rate; against a pledge, the receivable
    // cleared at the pledge's rate and the difference to exchange differences; then the fee.
    const int revenue = contributionAccount(in.source);
    QList<Line> lines{{Cash, u"receipt"_s, p.usdMinor, p.donorId, {}, 0}};
    if (p.againstPledge) {
        lines.append({PledgesReceivable, u"receipt"_s, -p.clearedMinor, p.donorId, {}, 0});
        lines.append({revenue, u"receipt"_s, -p.excessMinor, p.donorId, {}, 0});
        // What the rate moved between pledge and payment: a gain is a credit.
        lines.append({ExchangeDifferences, u"fx"_s,
                      -(p.usdMinor - p.clearedMinor - p.excessMinor), 0, {}, 0});
    } else {
        lines.append({revenue, u"receipt"_s, -p.usdMinor, p.donorId, {}, 0});
    }
    lines.append({AdminFee, u"fee"_s, p.feeMinor, p.donorId, {}, 0});
    lines.append({Cash, u"fee"_s, -p.feeMinor, p.donorId, {}, 0});

    const QString reference = in.reference.trimmed();
    const QString date = iso(in.date);
    const QString memo = u"receipt "_s + reference;
    auto entryId = post(m_db, {in.date, u"receipt"_s, memo, 0, {}, lines},
                        m_digest ? ReadBack::No : ReadBack::Yes);
    if (!entryId)
        return entryId.error();
    Query q(m_db, u"INSERT INTO receipt (reference, donor_id, source, date, currency, "
                  "amount_minor, rate_scaled, usd_minor, pledge_id, cleared_usd_minor, "
                  "fee_usd_minor, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(reference).bind(p.donorId).bind(in.source).bind(date);
    q.bind(in.currency).bind(in.amountMinor).bind(p.rateScaled).bind(p.usdMinor);
    q.bind(p.againstPledge ? QVariant(p.pledgeId) : QVariant());
    q.bind(p.clearedMinor).bind(p.feeMinor).bind(*entryId);
    if (auto s = q.exec(); !s)
        return s.error();
    receiptWritten(m_db, p.donorId, in.currency, p.receivedAfter);
    if (m_digest) {
        // The rows exactly as written, in the order `verify` reads them back.
        m_digest->addReceipt({q.lastInsertId(), reference, p.donorId, in.source, date,
                              in.currency, in.amountMinor, p.rateScaled, p.usdMinor,
                              p.againstPledge ? p.pledgeId : 0, p.clearedMinor, p.feeMinor,
                              *entryId, date, u"receipt"_s, memo});
        for (const Line &l : lines) {
            if (l.usdMinor != 0)
                m_digest->addPosting({*entryId, l.account, l.flow, date, l.usdMinor, l.donorId,
                                      l.project, l.partnerId});
        }
        return *entryId;
    }
    // The values the receipt wrote, as ledger.receipt rows always held them (keys in the order
    // QJsonObject sorts them), written as text: the JSON objects cost more than the inserts.
    audit::JsonWriter detail;
    detail.beginObject();
    detail.value(u"amount_minor", QString::number(in.amountMinor));
    detail.value(u"currency", in.currency).value(u"date", date);
    detail.value(u"donor", p.donorName).value(u"entry", *entryId).value(u"fee", usd(p.feeMinor));
    if (in.feeBps)
        detail.value(u"fee_bps", QString::number(*in.feeBps));
    detail.value(u"pledge", in.pledgeReference.trimmed());
    detail.beginArray(u"postings");
    for (const Line &l : lines) {
        if (l.usdMinor != 0)
            detail.beginArray().element(l.account).element(l.flow).element(usd(l.usdMinor))
                .endArray();
    }
    detail.endArray();
    detail.value(u"rate", Rate::fromScaled(p.rateScaled)->toString());
    detail.value(u"receipt", q.lastInsertId()).value(u"reference", reference);
    detail.value(u"source", in.source).value(u"usd", usd(p.usdMinor));
    detail.endObject();
    if (auto s = audit::record(m_db, u"ledger.receipt"_s, detail.text()); !s)
        return s.error();
    return *entryId;
}

Result<qint64> ReceiptBatch::add(const Receipt &in)
{
    Q_ASSERT(!m_broken);
    if (auto v = checkReceiptFields(in); !v)
        return v.error();
    auto planned = plan(in);
    if (!planned) {
        // A refusal leaves the fund as it was; a failing read may have ended the transaction.
        m_broken = planned.error().code == ErrorCode::Io;
        return planned.error();
    }
    auto id = write(in, planned.value());
    if (!id)
        m_broken = true; // part of the receipt may be written: only a rollback undoes it
    return id;
}

Result<qint64> recordReceipt(Database &db, const Receipt &in, bool createDonor)
{
    if (auto v = checkReceiptFields(in); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    // A batch of one: the same checks and posting rules as an import's rows.
    ReceiptBatch one(db, createDonor);
    auto entryId = one.add(in);
    if (!entryId)
        return entryId.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *entryId;
}

Result<QList<Receipt>> receipts(Database &db)
{
    Query q(db, u"SELECT r.id, r.reference, o.name, r.source, r.date, r.currency, r.amount_minor, "
                "r.rate_scaled, r.usd_minor, r.fee_usd_minor, COALESCE(p.reference, ''), "
                "EXISTS (SELECT 1 FROM journal_entry x WHERE x.reverses_entry_id = r.entry_id) "
                "FROM receipt r JOIN organisation o ON o.id = r.donor_id "
                "LEFT JOIN pledge p ON p.id = r.pledge_id ORDER BY r.date, r.id"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Receipt> out;
    while (q.next()) {
        Receipt r;
        r.id = q.integer(0);
        r.reference = q.text(1);
        r.donor = q.text(2);
        r.source = q.text(3);
        r.date = QDate::fromString(q.text(4), Qt::ISODate);
        r.currency = q.text(5);
        r.amountMinor = q.integer(6);
        r.rateScaled = q.integer(7);
        r.usdMinor = q.integer(8);
        r.feeMinor = q.integer(9);
        r.pledgeReference = q.text(10);
        r.reversed = q.integer(11) != 0;
        out.append(r);
    }
    if (auto s = q.status(); !s)
        return s.error();
    return out;
}

Result<qint64> recordIncome(Database &db, qint64 usdMinor, const QDate &date, const QString &note)
{
    if (!date.isValid())
        return Error::badInput(u"date: is required"_s);
    if (usdMinor <= 0)
        return Error::badInput(u"amount: must be greater than zero"_s);
    if (auto v = checkLine(u"note"_s, note, 200, true); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const QList<Line> lines{{Cash, u"income"_s, usdMinor, 0, {}, 0},
                            {InvestmentIncome, u"income"_s, -usdMinor, 0, {}, 0}};
    auto id = post(db, {date, u"income"_s, note.trimmed(), 0, {}, lines});
    if (!id)
        return id.error();
    if (auto s = audit::record(db, u"ledger.income"_s,
                               {{u"entry"_s, *id}, {u"date"_s, iso(date)},
                                {u"usd"_s, usd(usdMinor)}, {u"note"_s, note.trimmed()},
                                {u"postings"_s, linesJson(lines)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

// ---- Exchange rates ---------------------------------------------------------------------------

Status addRate(Database &db, const ExchangeRate &r)
{
    auto cur = requireCurrency(r.currency);
    if (!cur)
        return Error::badInput(u"currency: "_s + cur.error().message);
    if (r.currency == QStringView(kBaseCurrency))
        return Error::badInput(u"currency: USD is the base currency; its rate is always 1"_s);
    if (!r.date.isValid())
        return Error::badInput(u"date: is required"_s);
    auto rate = Rate::fromScaled(r.rateScaled);
    if (!rate)
        return Error::badInput(u"usd_rate: "_s + rate.error().message);
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM exchange_rate WHERE currency = ? AND "
                                 "date = ?"_s,
                             {r.currency, iso(r.date)});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(u"rate: %1 on %2 is already recorded"_s.arg(r.currency, iso(r.date)));
    Query q(db, u"INSERT INTO exchange_rate (currency, date, rate_scaled) VALUES (?, ?, ?)"_s);
    q.bind(r.currency).bind(iso(r.date)).bind(r.rateScaled);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"ledger.rate"_s,
                               {{u"currency"_s, r.currency}, {u"date"_s, iso(r.date)},
                                {u"rate"_s, rate->toString()}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<ExchangeRate>> rates(Database &db, const QString &currency)
{
    Query q(db, u"SELECT currency, date, rate_scaled FROM exchange_rate "
                "WHERE ? = '' OR currency = ? ORDER BY currency, date"_s);
    q.bind(currency).bind(currency);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<ExchangeRate> out;
    while (q.next())
        out.append({q.text(0), QDate::fromString(q.text(1), Qt::ISODate), q.integer(2)});
    return out;
}

Result<qint64> rateOn(Database &db, const QString &currency, const QDate &date)
{
    if (currency == QStringView(kBaseCurrency))
        return Rate::kScale;
    Query q(db, u"SELECT rate_scaled FROM exchange_rate WHERE currency = ? AND date <= ? "
                "ORDER BY date DESC LIMIT 1"_s);
    q.bind(currency).bind(iso(date));
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"no rate recorded for %1 on or before %2"_s.arg(
            currency.left(8), iso(date)));
    return q.integer(0);
}

} // namespace imdp::core::ledger
