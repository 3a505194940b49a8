// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The lines of the standard trust-fund statement besides contributions, income and transfers to
// partners (issue 18): interest remitted by partners (a source), transfers to other trust funds,
// direct costs, bank charges and the administrative agent's fee adjustments (uses). Each is one
// balanced entry of its own kind on the trustee's cash, audited, reversible with `reverse`.
#include "core/ledger/journal.h"
#include "core/ledger/charges.h"

#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

using namespace detail;

namespace {

Status checkAmountAndDate(qint64 usdMinor, const QDate &date)
{
    if (usdMinor <= 0)
        return Error::badInput(u"amount"_s, u"ledger.amount_must_greater_than"_s, {});
    if (!date.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    return {};
}

/// A use is paid from what is not allocated: on its date, and over the whole journal (a
/// back-dated use must not spend money a later entry took).
Status checkAvailable(Database &db, const QString &what, qint64 usdMinor, const QDate &date)
{
    auto onDate = available(db, date);
    if (!onDate)
        return onDate.error();
    auto overall = available(db, {});
    if (!overall)
        return overall.error();
    const qint64 avail = std::min(*onDate, *overall);
    if (usdMinor > avail)
        return Error::refused(what, u"ledger.usd_above_what_available"_s,
                              {ErrorArg::txt(what), ErrorArg::money(usdMinor, u"USD"_s),
                               ErrorArg::day(date),
                               ErrorArg::money(std::max<qint64>(avail, 0), u"USD"_s)});
    return {};
}

/// A cash use of one account: debit the account, credit cash, the flow named as the kind.
QList<Line> cashUse(int account, const QString &flow, qint64 usdMinor, const QString &project = {},
                    qint64 partnerId = 0)
{
    return {{account, flow, usdMinor, 0, project, partnerId},
            {Cash, flow, -usdMinor, 0, project, partnerId}};
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(u" — "_s);
}

/// Posts a movement of the fund's cash against `account` (debit `usdMinor`, credit cash; the
/// flow named as the kind) in its own transaction, once `check` has passed inside it, and audits
/// it as `command`.
Result<qint64> postCashMovement(Database &db, const std::function<Status()> &check, int account,
                                const QString &flow, qint64 usdMinor, const QDate &date,
                                const QString &project, const QString &memo, const QString &command,
                                const QJsonObject &detail)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = check(); !s)
        return s.error();
    const NewEntry e{date, flow, memo, 0, {}, cashUse(account, flow, usdMinor, project)};
    return postProjectEntry(db, tx, e, command, detail);
}

} // namespace

Result<qint64> recordPartnerInterest(Database &db, const QString &projectCode,
                                     const QString &partner, qint64 usdMinor, const QDate &date,
                                     const QString &reference)
{
    if (auto v = checkCommon(projectCode, usdMinor, date); !v)
        return v.error();
    if (auto v = checkLine(u"reference"_s, reference, 80, true); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto org = partnerOrg(db, partner, false);
    if (!org)
        return org.error();
    // Interest is earned on what the fund advanced: the partner must have had a transfer for it.
    auto sent = Query::scalar(db,
                              u"SELECT COUNT(*) FROM posting WHERE account_id = ? AND "
                              "project = ? AND partner_id = ?"_s,
                              {int(Transfers), projectCode, org->id});
    if (!sent)
        return sent.error();
    if (*sent == 0)
        return Error::badInput(u"project"_s, u"ledger.project_has_had_no"_s,
                               {ErrorArg::txt(projectCode), ErrorArg::txt(org->name)});
    const QString flow = u"partner_interest"_s;
    const NewEntry e{date,
                     flow,
                     reference.trimmed(),
                     0,
                     {},
                     {{Cash, flow, usdMinor, 0, projectCode, org->id},
                      {PartnerInterest, flow, -usdMinor, 0, projectCode, org->id}}};
    return postProjectEntry(db, tx, e, u"ledger.partner_interest"_s,
                            {{u"project"_s, projectCode},
                             {u"partner"_s, org->name},
                             {u"usd"_s, usd(usdMinor)},
                             {u"reference"_s, reference.trimmed()}});
}

Result<qint64> transferToFund(Database &db, const FundTransfer &t)
{
    if (auto v = checkLine(u"fund"_s, t.fund, 160); !v)
        return v.error();
    if (t.fund.contains(u'—'))
        return Error::badInput(u"fund"_s, u"ledger.fund_must_contain_separates"_s,
                               {ErrorArg::txt(t.fund.left(80))});
    if (auto v = checkAmountAndDate(t.usdMinor, t.date); !v)
        return v.error();
    if (auto v = checkLine(u"reference"_s, t.reference, 80, true); !v)
        return v.error();
    if (auto v = checkText(u"note"_s, t.note, 2000); !v)
        return v.error();
    const auto available = [&] {
        return checkAvailable(db, u"fund transfer"_s, t.usdMinor, t.date);
    };
    return postCashMovement(db, available, TransfersToFunds, u"fund_transfer"_s, t.usdMinor, t.date,
                            {}, joined({t.fund, t.reference, t.note}), u"ledger.fund_transfer"_s,
                            {{u"fund"_s, t.fund.trimmed()},
                             {u"usd"_s, usd(t.usdMinor)},
                             {u"reference"_s, t.reference.trimmed()},
                             {u"note"_s, t.note.trimmed()}});
}

Result<qint64> recordDirectCost(Database &db, qint64 usdMinor, const QDate &date,
                                const QString &projectCode, const QString &note)
{
    if (!projectCode.isEmpty()) {
        if (auto v = checkCode(projectCode); !v)
            return v.error();
    }
    if (auto v = checkAmountAndDate(usdMinor, date); !v)
        return v.error();
    if (auto v = checkText(u"note"_s, note, 2000); !v)
        return v.error();
    const auto check = [&]() -> Status {
        if (!projectCode.isEmpty()) {
            auto known = Query::scalar(db,
                                       u"SELECT (SELECT COUNT(*) FROM posting WHERE project = ? "
                                       "AND project <> '') + (SELECT COUNT(*) FROM proposal "
                                       "WHERE code = ?)"_s,
                                       {projectCode, projectCode});
            if (!known)
                return known.error();
            if (*known == 0)
                return Error::badInput(u"project"_s, u"ledger.project_project_fund"_s,
                                       {ErrorArg::txt(projectCode)});
        }
        return checkAvailable(db, u"direct cost"_s, usdMinor, date);
    };
    return postCashMovement(
        db, check, DirectCosts, u"direct_cost"_s, usdMinor, date, projectCode, note.trimmed(),
        u"ledger.direct_cost"_s,
        {{u"project"_s, projectCode}, {u"usd"_s, usd(usdMinor)}, {u"note"_s, note.trimmed()}});
}

Result<qint64> recordBankCharge(Database &db, qint64 usdMinor, const QDate &date,
                                const QString &note)
{
    if (auto v = checkAmountAndDate(usdMinor, date); !v)
        return v.error();
    if (auto v = checkText(u"note"_s, note, 2000); !v)
        return v.error();
    const auto available = [&] { return checkAvailable(db, u"bank charge"_s, usdMinor, date); };
    return postCashMovement(db, available, BankCharges, u"bank_charge"_s, usdMinor, date, {},
                            note.trimmed(), u"ledger.bank_charge"_s,
                            {{u"usd"_s, usd(usdMinor)}, {u"note"_s, note.trimmed()}});
}

Result<qint64> adjustFee(Database &db, qint64 usdMinor, const QDate &date, const QString &reason)
{
    if (usdMinor == 0)
        return Error::badInput(u"amount"_s, u"ledger.amount_must_zero"_s, {});
    if (!date.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    if (auto v = checkLine(u"reason"_s, reason, 500); !v)
        return v.error();
    const auto check = [&]() -> Status {
        if (usdMinor > 0)
            return checkAvailable(db, u"fee adjustment"_s, usdMinor, date);
        // Giving back more than was charged would make the fee a source: on its date and overall.
        for (const QDate &at : {date, QDate()}) {
            auto fees = at.isValid() ? Query::scalar(db,
                                                     u"SELECT COALESCE(SUM(usd_minor), 0) FROM "
                                                     "posting WHERE account_id = ? AND date <= ?"_s,
                                                     {int(AdminFee), formatIsoDate(at)})
                                     : balance(db, AdminFee);
            if (!fees)
                return fees.error();
            if (-usdMinor > *fees)
                return at.isValid()
                           ? Error::refused(u"fee"_s, u"ledger.fee_adjustment_more_by"_s,
                                            {ErrorArg::money(-usdMinor, u"USD"_s),
                                             ErrorArg::day(at), ErrorArg::money(*fees, u"USD"_s)})
                           : Error::refused(u"fee"_s, u"ledger.fee_adjustment_more"_s,
                                            {ErrorArg::money(-usdMinor, u"USD"_s),
                                             ErrorArg::money(*fees, u"USD"_s)});
        }
        return {};
    };
    return postCashMovement(db, check, AdminFee, u"fee_adjust"_s, usdMinor, date, {},
                            reason.trimmed(), u"ledger.fee_adjust"_s,
                            {{u"usd"_s, usd(usdMinor)}, {u"reason"_s, reason.trimmed()}});
}

} // namespace imdp::core::ledger
