// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Opening balances: one CSV, one balanced journal entry of kind `opening` (core/ledger/opening.h).
#include "core/ledger/opening.h"

#include "core/fund/fund.h"
#include "core/ledger/importframe.h"
#include "core/ledger/journal.h"
#include "core/money/limit.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/validate.h"

#include <QFileInfo>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

using namespace detail;

const QStringList &openingKinds()
{
    static const QStringList k{u"pledged"_s,   u"paid"_s,        u"fee"_s,   u"income"_s,
                               u"allocated"_s, u"transferred"_s, u"spent"_s, u"refunded"_s};
    return k;
}

namespace {

/// What the file's rows add up to, kept until the one entry is posted.
struct Plan
{
    struct PledgeRow
    {
        qint64 donorId = 0;
        QString source;
        qint64 usdMinor = 0;
        QString donor; ///< its name, for a refusal
    };
    QList<PledgeRow> pledges;
    QMap<qint64, qint64> paid;         ///< donor id → USD paid
    QMap<qint64, QString> donorSource; ///< donor id → donor or bank
    QList<Line> lines;                 ///< every line but the payments (posted at the end)
    QStringList projects;
    QMap<QString, qint64> totals; ///< kind → USD, for the audit row
};

Status requireEmpty(const RowReader &r, const QString &kind, const QStringList &columns)
{
    for (const QString &c : columns) {
        if (!r.get(c).isEmpty())
            return Error::badInput(c, u"ledger.must_empty_row"_s,
                                   {ErrorArg::txt(c), ErrorArg::txt(kind)});
    }
    return {};
}

Result<qint64> readRow(Database &db, Plan &plan, const RowReader &r)
{
    const QString kind = r.get(u"kind"_s);
    if (!openingKinds().contains(kind))
        return Error::badInput(
            u"kind"_s, u"ledger.kind_one"_s,
            {ErrorArg::txt(kind.left(40)), ErrorArg::txt(openingKinds().join(u", "_s))});
    const QString amountText = r.get(u"amount_usd"_s);
    if (amountText.isEmpty())
        return Error::badInput(u"amount_usd"_s, u"ledger.amount_usd_required"_s, {});
    auto amount = parseMinor(amountText, 2);
    if (!amount)
        return Error::withinBare(u"amount_usd"_s, amount.error());
    if (*amount <= 0)
        return Error::badInput(u"amount_usd"_s, u"ledger.amount_usd_must_greater"_s,
                               {ErrorArg::txt(amountText.left(40))});
    const qint64 v = *amount;
    // Issue 17: each kind's total stays within the ledger's limit (the limit of the account it
    // posts to), so neither it nor a donor's share of it can wrap.
    auto total = addWithin(plan.totals.value(kind), v, kMaxTotalUsdMinor);
    if (!total)
        return totalLimitRefusal(u"amount_usd"_s);
    plan.totals[kind] = *total;
    if (kind == u"pledged"_s || kind == u"paid"_s) {
        if (auto e = requireEmpty(r, kind, {u"project"_s, u"partner"_s}); !e)
            return e.error();
        QString source = r.get(u"source"_s);
        if (source.isEmpty())
            source = u"donor"_s;
        if (source != u"donor"_s && source != u"bank"_s)
            return Error::badInput(u"source"_s, u"ledger.source_must_donor_bank"_s,
                                   {ErrorArg::txt(source.left(40))});
        if (r.get(u"donor"_s).isEmpty())
            return Error::badInput(u"donor"_s, u"ledger.donor_required_row"_s,
                                   {ErrorArg::txt(kind)});
        auto donor = resolveDonor(db, r.get(u"donor"_s), source, true);
        if (!donor)
            return donor.error();
        plan.donorSource.insert(donor->id, source);
        if (kind == u"pledged"_s)
            plan.pledges.append({donor->id, source, v, donor->name});
        else
            plan.paid[donor->id] += v;
        return v;
    }
    if (kind == u"fee"_s || kind == u"income"_s) {
        if (auto e = requireEmpty(r, kind, {u"donor"_s, u"project"_s, u"partner"_s}); !e)
            return e.error();
        if (kind == u"fee"_s)
            plan.lines += {{AdminFee, u"fee"_s, v, 0, {}, 0}, {Cash, u"fee"_s, -v, 0, {}, 0}};
        else
            plan.lines +=
                {{Cash, u"income"_s, v, 0, {}, 0}, {InvestmentIncome, u"income"_s, -v, 0, {}, 0}};
        return v;
    }
    if (auto e = requireEmpty(r, kind, {u"donor"_s}); !e)
        return e.error();
    const QString project = r.get(u"project"_s);
    if (auto c = checkCode(project); !c)
        return c.error();
    if (!plan.projects.contains(project))
        plan.projects.append(project);
    if (kind == u"allocated"_s) {
        if (auto e = requireEmpty(r, kind, {u"partner"_s}); !e)
            return e.error();
        plan.lines += {{AllocationControl, u"allocation"_s, v, 0, project, 0},
                       {Allocations, u"allocation"_s, -v, 0, project, 0}};
        return v;
    }
    if (r.get(u"partner"_s).isEmpty())
        return Error::badInput(u"partner"_s, u"ledger.partner_required_row"_s,
                               {ErrorArg::txt(kind)});
    auto partner = organisations::find(db, r.get(u"partner"_s));
    qint64 partnerId = 0;
    if (partner) {
        partnerId = partner->id;
    } else {
        if (partner.error().code != ErrorCode::NotFound)
            return partner.error();
        Organisation o;
        o.name = r.get(u"partner"_s);
        o.kind = u"other"_s;
        auto id = organisations::add(db, o);
        if (!id)
            return Error::within(u"partner"_s, id.error());
        partnerId = *id;
    }
    if (kind == u"transferred"_s)
        plan.lines += {{HeldByPartners, u"transfer"_s, v, 0, project, partnerId},
                       {Cash, u"transfer"_s, -v, 0, project, partnerId},
                       {Transfers, u"transfer"_s, v, 0, project, partnerId},
                       {TransferControl, u"transfer"_s, -v, 0, project, partnerId}};
    else if (kind == u"spent"_s)
        plan.lines += {{Expenditure, u"expenditure"_s, v, 0, project, partnerId},
                       {HeldByPartners, u"expenditure"_s, -v, 0, project, partnerId}};
    else
        plan.lines += {{Cash, u"refund"_s, v, 0, project, partnerId},
                       {HeldByPartners, u"refund"_s, -v, 0, project, partnerId},
                       {TransferControl, u"refund"_s, v, 0, project, partnerId},
                       {Refunds, u"refund"_s, -v, 0, project, partnerId}};
    return v;
}

/// Posts the one entry, writes the opening pledges and checks what the ledger's own commands
/// would have refused: more allocated than the fund had, more transferred than allocated, a
/// partner spending more than it held, cash below zero.
Status post(Database &db, const Plan &plan, const QDate &asOf, const QString &fileName)
{
    NewEntry e{
        asOf, u"opening"_s, u"Opening balances as of %1 (%2)"_s.arg(formatIsoDate(asOf), fileName),
        0,    {},           {}};
    QMap<qint64, qint64> pledged;
    for (const Plan::PledgeRow &p : plan.pledges) {
        e.lines += {{PledgesReceivable, u"pledge"_s, p.usdMinor, p.donorId, {}, 0},
                    {contributionAccount(p.source), u"pledge"_s, -p.usdMinor, p.donorId, {}, 0}};
        pledged[p.donorId] += p.usdMinor;
    }
    // A payment clears the donor's opening pledges first; beyond them it is a contribution
    // received without a pledge, as a receipt without a pledge posts it.
    for (auto it = plan.paid.cbegin(); it != plan.paid.cend(); ++it) {
        const qint64 cleared = std::min(it.value(), pledged.value(it.key()));
        const int revenue = contributionAccount(plan.donorSource.value(it.key()));
        e.lines += {{Cash, u"receipt"_s, it.value(), it.key(), {}, 0},
                    {PledgesReceivable, u"receipt"_s, -cleared, it.key(), {}, 0},
                    {revenue, u"receipt"_s, cleared - it.value(), it.key(), {}, 0}};
    }
    e.lines += plan.lines;
    QList<Line> kept;
    for (const Line &l : e.lines) {
        if (l.usdMinor != 0)
            kept.append(l);
    }
    e.lines = kept;
    if (e.lines.isEmpty())
        return Error::badInput(fileName, u"ledger.file_has_no_opening"_s,
                               {ErrorArg::txt(fileName)});
    auto entryId = detail::post(db, e);
    if (!entryId)
        return entryId.error();
    int n = 0;
    for (const Plan::PledgeRow &p : plan.pledges) {
        const QString reference = u"OPENING-%1-%2"_s.arg(asOf.toString(u"yyyyMMdd"_s)).arg(++n);
        auto dup =
            Query::scalar(db, u"SELECT COUNT(*) FROM pledge WHERE reference = ?"_s, {reference});
        if (!dup)
            return dup.error();
        if (*dup > 0)
            return Error::refused(u"reference"_s, u"ledger.reference_pledge_already_exists"_s,
                                  {ErrorArg::txt(reference)});
        // Issue 17: the donor's USD pledges, later ones included, stay within kMaxAmountMinor.
        if (auto t = checkDonorTotal(db, u"pledge"_s, p.donorId, p.donor, u"USD"_s, p.usdMinor); !t)
            return t.error();
        Query q(db, u"INSERT INTO pledge (reference, donor_id, source, date, currency, "
                    "amount_minor, rate_scaled, usd_minor, status, note, entry_id) "
                    "VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, 'signed', ?, ?)"_s);
        q.bind(reference).bind(p.donorId).bind(p.source).bind(formatIsoDate(asOf));
        q.bind(p.usdMinor).bind(Rate::kScale).bind(p.usdMinor);
        q.bind(u"Opening balance as of %1"_s.arg(formatIsoDate(asOf))).bind(*entryId);
        if (auto s = q.exec(); !s)
            return s;
    }
    auto avail = available(db, {});
    if (!avail)
        return avail.error();
    if (*avail < 0)
        return Error::refused(fileName, u"ledger.projects_are_allocated_usd"_s,
                              {ErrorArg::txt(fileName), ErrorArg::money(-*avail, u"USD"_s)});
    auto cash = balance(db, Cash);
    if (!cash)
        return cash.error();
    if (*cash < 0)
        return Error::refused(fileName, u"ledger.fund_would_hold_usd"_s,
                              {ErrorArg::txt(fileName), ErrorArg::money(*cash, u"USD"_s)});
    for (const QString &project : plan.projects) {
        if (auto s = checkProject(db, project); !s)
            return Error::within(ErrorCode::Refused, fileName, s.error());
    }
    return {};
}

} // namespace

QString openingPaidSql(const QString &alias)
{
    // What the opening entry cleared from the donor's receivable, less the donor's earlier
    // opening pledges (cleared first), capped by this pledge.
    return u"COALESCE(MAX(0, MIN(%1.usd_minor, "
           "(SELECT COALESCE(-SUM(op.usd_minor), 0) FROM posting op "
           " JOIN journal_entry oe ON oe.id = op.entry_id "
           " WHERE op.entry_id = %1.entry_id AND oe.kind = 'opening' AND op.account_id = %2 "
           " AND op.flow = 'receipt' AND op.donor_id = %1.donor_id) "
           "- (SELECT COALESCE(SUM(oq.usd_minor), 0) FROM pledge oq "
           " WHERE oq.entry_id = %1.entry_id AND oq.donor_id = %1.donor_id AND oq.id < %1.id))), 0)"_s
               .arg(alias)
               .arg(int(PledgesReceivable));
}

Result<QDate> openingDate(Database &db)
{
    Query q(db, u"SELECT date FROM journal_entry WHERE kind = 'opening' ORDER BY id LIMIT 1"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return QDate();
    return QDate::fromString(q.text(0), Qt::ISODate);
}

Result<ImportResult> importOpening(Database &db, const QString &csvPath, const QDate &asOf)
{
    if (!asOf.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_opening_date_required"_s, {});
    auto existing = openingDate(db);
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return Error::refused(u"opening"_s, u"ledger.opening_fund_already_has"_s,
                              {ErrorArg::day(*existing)});
    auto earlier = Query::scalar(db, u"SELECT COUNT(*) FROM journal_entry WHERE date <= ?"_s,
                                 {formatIsoDate(asOf)});
    if (!earlier)
        return earlier.error();
    if (*earlier > 0)
        return Error::refused(u"opening"_s,
                              *earlier == 1 ? u"ledger.opening_after_entry"_s
                                            : u"ledger.opening_after_entries"_s,
                              {ErrorArg::num(*earlier), ErrorArg::day(asOf)});
    Plan plan;
    const QString fileName = QFileInfo(csvPath).fileName();
    return runImport(
        db, csvPath, u"opening"_s,
        {u"kind"_s, u"donor"_s, u"project"_s, u"partner"_s, u"amount_usd"_s}, {u"source"_s},
        [&db, &plan](const RowReader &r, int) { return readRow(db, plan, r); },
        [&db, &plan, &asOf, &fileName] { return post(db, plan, asOf, fileName); },
        [&plan, &asOf](QJsonObject &detail) {
            detail.insert(u"as_of"_s, formatIsoDate(asOf));
            QJsonObject totals;
            for (auto it = plan.totals.cbegin(); it != plan.totals.cend(); ++it)
                totals.insert(it.key(), usd(it.value()));
            detail.insert(u"totals"_s, totals);
            return Status{};
        });
}

} // namespace imdp::core::ledger
