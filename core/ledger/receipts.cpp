// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Receipts, alone or in a batch as an import writes them, and the fund's income.
#include "core/ledger/receipts.h"

#include "core/fund/fund.h"
#include "core/ledger/contribution.h"
#include "core/ledger/feerule.h"
#include "core/ledger/journal.h"
#include "core/ledger/opening.h"
#include "core/ledger/rates.h"
#include "core/ledger/receiptdigest.h"
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
            return Error::within(u"usd_rate"_s, r.error());
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
        return Error::refused(u"reference"_s, u"ledger.reference_receipt_already_recorded"_s,
                              {ErrorArg::txt(in.reference.trimmed())});

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
            return Error::badInput(u"source"_s,
                                   bank ? u"ledger.source_is_bank"_s : u"ledger.source_not_bank"_s,
                                   {ErrorArg::txt(known->name)});
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
            return Error::badInput(u"fee_bps"_s, u"ledger.fee_bps_must_basis"_s,
                                   {ErrorArg::num(*in.feeBps)});
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
            return Error::badInput(u"pledge"_s, u"ledger.pledge_recorded_pledge"_s,
                                   {ErrorArg::txt(in.pledgeReference.trimmed().left(80))});
        const Pledge &pl = row->pledge;
        if (row->donorId != p.donorId) // a donor still to be created has pledged nothing
            return Error::badInput(
                u"pledge"_s, u"ledger.pledge_pledge"_s,
                {ErrorArg::txt(pl.reference), ErrorArg::txt(pl.donor), ErrorArg::txt(p.donorName)});
        if (pl.currency != in.currency)
            return Error::badInput(u"currency"_s, u"ledger.currency_pledge_receipt_against"_s,
                                   {ErrorArg::txt(pl.reference), ErrorArg::txt(pl.currency)});
        if (pl.status != u"signed"_s)
            return Error::refused(u"pledge"_s, u"ledger.pledge_only_signed_pledge"_s,
                                  {ErrorArg::txt(pl.reference), ErrorArg::txt(pl.status)});
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
            return Error::within(u"donor"_s, id.error());
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
    const QString date = formatIsoDate(in.date);
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
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    if (usdMinor <= 0)
        return Error::badInput(u"amount"_s, u"ledger.amount_must_greater_than"_s, {});
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
                               {{u"entry"_s, *id}, {u"date"_s, formatIsoDate(date)},
                                {u"usd"_s, usd(usdMinor)}, {u"note"_s, note.trimmed()},
                                {u"postings"_s, linesJson(lines)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

} // namespace imdp::core::ledger
