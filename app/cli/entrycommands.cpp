// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The ledger's other entries: income, the statement's other lines, project money, reversal, rates
// and the fee.
#include "app/cli/ledgercli.h"

#include "core/ledger/charges.h"
#include "core/ledger/entries.h"
#include "core/ledger/feerule.h"
#include "core/ledger/projects.h"
#include "core/ledger/rates.h"
#include "core/ledger/receipts.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/storage/database.h"
#include "core/validate.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

namespace ledger = core::ledger;
using namespace ledgercli;

int runIncome(Invocation &c)
{
    auto in = amountAndDate(c, 1);
    if (!in)
        return fail(in.error());
    return posted(ledger::recordIncome(*c.db, in->usdMinor, in->date, c.value(u"note"_s)),
                  tr("Income of %1 USD recorded: entry %2").arg(usd(in->usdMinor)));
}

// ---- the statement's other lines (issue 18) ---------------------------------------------------

int runPartnerInterest(Invocation &c)
{
    auto in = amountAndDate(c, 3);
    if (!in)
        return fail(in.error());
    return posted(ledger::recordPartnerInterest(*c.db, c.arg(1), c.arg(2), in->usdMinor, in->date,
                                                c.value(u"reference"_s)),
                  tr("Interest of %1 USD remitted by %2 for %3: entry %4")
                      .arg(usd(in->usdMinor), c.arg(2), c.arg(1)));
}

int runFundTransfer(Invocation &c)
{
    auto in = amountAndDate(c, 2);
    if (!in)
        return fail(in.error());
    return posted(ledger::transferToFund(*c.db, {c.arg(1), in->usdMinor, in->date,
                                                 c.value(u"reference"_s), c.value(u"note"_s)}),
                  tr("Transferred %1 USD to %2: entry %3").arg(usd(in->usdMinor), c.arg(1)));
}

/// direct-cost and bank-charge: FILE AMOUNT [--date] [--note] (and --project for a direct cost).
int runCharge(Invocation &c, bool direct)
{
    auto in = amountAndDate(c, 1);
    if (!in)
        return fail(in.error());
    if (direct)
        return posted(ledger::recordDirectCost(*c.db, in->usdMinor, in->date, c.value(u"project"_s),
                                               c.value(u"note"_s)),
                      tr("Direct cost of %1 USD recorded: entry %2").arg(usd(in->usdMinor)));
    return posted(ledger::recordBankCharge(*c.db, in->usdMinor, in->date, c.value(u"note"_s)),
                  tr("Bank charge of %1 USD recorded: entry %2").arg(usd(in->usdMinor)));
}

int runFeeAdjust(Invocation &c)
{
    auto in = amountAndDate(c, 1, true);
    if (!in)
        return fail(in.error());
    return posted(ledger::adjustFee(*c.db, in->usdMinor, in->date, c.value(u"reason"_s)),
                  tr("Fee adjusted by %1 USD: entry %2").arg(usd(in->usdMinor)));
}

enum class ProjectOp { Allocate, Release, Transfer, Expenditure, Refund };

int runProject(Invocation &c, ProjectOp op)
{
    const bool withPartner =
        op == ProjectOp::Transfer || op == ProjectOp::Expenditure || op == ProjectOp::Refund;
    const QString project = c.arg(1);
    auto amount = usdAmount(c.arg(withPartner ? 3 : 2));
    if (!amount)
        return fail(amount.error());
    auto date = dateOption(c);
    if (!date)
        return fail(date.error());
    const bool withNote = op != ProjectOp::Expenditure && op != ProjectOp::Refund;
    const QString note = withNote ? c.value(u"note"_s) : QString();
    const QString reference = withPartner ? c.value(u"reference"_s) : QString();
    switch (op) {
    case ProjectOp::Allocate:
        return posted(ledger::allocate(*c.db, {project, *amount, *date, note}),
                      tr("Allocated %1 USD to %2: entry %3").arg(usd(*amount), project));
    case ProjectOp::Release:
        return posted(ledger::releaseAllocation(*c.db, project, *amount, *date, note),
                      tr("Released %1 USD of %2: entry %3").arg(usd(*amount), project));
    case ProjectOp::Transfer:
        return posted(
            ledger::transfer(*c.db, {project, c.arg(2), *amount, *date, reference, note}),
            tr("Transferred %1 USD to %2 for %3: entry %4").arg(usd(*amount), c.arg(2), project));
    case ProjectOp::Expenditure:
        return posted(
            ledger::recordExpenditure(*c.db, project, c.arg(2), *amount, *date, reference),
            tr("Expenditure of %1 USD by %2 on %3: entry %4").arg(usd(*amount), c.arg(2), project));
    case ProjectOp::Refund:
        return posted(
            ledger::refundFromPartner(*c.db, project, c.arg(2), *amount, *date, reference),
            tr("Refund of %1 USD from %2 for %3: entry %4").arg(usd(*amount), c.arg(2), project));
    }
    return Usage;
}

// ---- corrections, rates, fee ------------------------------------------------------------------

int runReverse(Invocation &c)
{
    bool ok = false;
    const qint64 id = c.arg(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(
            Error::badInput(tr("entry: '%1' is not an entry number").arg(c.arg(1).left(20))));
    auto date = dateOption(c);
    if (!date)
        return fail(date.error());
    return posted(ledger::reverse(*c.db, id, c.value(u"reason"_s), *date),
                  tr("Entry %1 reversed by entry %2").arg(id));
}

int runRateAdd(Invocation &c)
{
    auto date = core::parseIsoDate(u"date"_s, c.arg(2));
    if (!date)
        return fail(date.error());
    auto rate = core::Rate::parse(c.arg(3));
    if (!rate)
        return fail(named(u"usd_rate"_s, rate.error()));
    if (auto s = ledger::addRate(*c.db, {c.arg(1), *date, rate->scaled()}); !s)
        return fail(s.error());
    out(tr("Rate %1 on %2: %3 USD").arg(c.arg(1), c.arg(2), rate->toString()));
    return Ok;
}

int runRateList(Invocation &c)
{
    auto list = ledger::rates(*c.db, c.arg(1));
    if (!list)
        return fail(list.error());
    QJsonArray a;
    for (const ledger::ExchangeRate &r : *list) {
        const QString rate = core::Rate::fromScaled(r.rateScaled)->toString();
        a.append(QJsonObject{{u"currency"_s, r.currency},
                             {u"date"_s, r.date.toString(Qt::ISODate)},
                             {u"usd_rate"_s, rate}});
        if (!c.isSet(u"json"_s))
            out(u"%1  %2  %3"_s.arg(r.currency, shownDate(r.date), shownDecimal(rate)));
    }
    if (c.isSet(u"json"_s))
        printJson({{u"rates"_s, a}});
    return Ok;
}

int runFee(Invocation &c)
{
    if (!c.arg(1).isEmpty()) {
        auto rule = ledger::FeeRule::parse(c.arg(1));
        if (!rule)
            return fail(rule.error());
        if (auto s = ledger::setFeeRule(*c.db, *rule); !s)
            return fail(s.error());
    }
    auto rule = ledger::feeRule(*c.db);
    if (!rule)
        return fail(rule.error());
    out(tr("Administrative agent fee: %1").arg(rule->toString()));
    return Ok;
}

} // namespace

void registerEntryCommands(Registry &r)
{
    r.add({.name = u"income"_s,
           .summary = u"Record investment income: FILE AMOUNT [--date] [--note]"_s,
           .description = u"Record investment income on the fund's cash (USD)."_s,
           .positionals = {u"FILE"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"note"_s, u"What it is, e.g. interest Q2."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .run = runIncome});
    r.add(
        {.name = u"partner-interest"_s,
         .summary = u"Record interest remitted by a partner: FILE PROJECT PARTNER AMOUNT"_s,
         .description =
             u"Record interest a partner earned on the fund's money and remitted to the fund (USD)."_s,
         .positionals = {u"FILE"_s, u"PROJECT"_s, u"PARTNER"_s, u"AMOUNT"_s},
         .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                     {u"reference"_s, u"Reference (the partner's remittance, bank)."_s, u"REF"_s}},
         .fund = Fund::Write,
         .run = runPartnerInterest});
    r.add({.name = u"fund-transfer"_s,
           .summary = u"Record a transfer to another trust fund: FILE FUND_NAME AMOUNT"_s,
           .description =
               u"Record a transfer to another trust fund (a use; not a transfer to a partner)."_s,
           .positionals = {u"FILE"_s, u"FUND_NAME"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"reference"_s, u"Reference (transfer order, bank)."_s, u"REF"_s},
                       {u"note"_s, u"Note."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .run = runFundTransfer});
    r.add({.name = u"direct-cost"_s,
           .summary = u"Record direct costs: FILE AMOUNT [--project CODE]"_s,
           .description = u"Record direct costs charged to the fund (approved by the Committee)."_s,
           .positionals = {u"FILE"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"note"_s, u"Note."_s, u"TEXT"_s},
                       {u"project"_s, u"The project the cost is for (optional)."_s, u"CODE"_s}},
           .fund = Fund::Write,
           .run = [](Invocation &c) { return runCharge(c, true); }});
    r.add({.name = u"bank-charge"_s,
           .summary = u"Record bank charges: FILE AMOUNT"_s,
           .description = u"Record bank charges on the fund's account."_s,
           .positionals = {u"FILE"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"note"_s, u"Note."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .run = [](Invocation &c) { return runCharge(c, false); }});
    r.add({.name = u"fee-adjust"_s,
           .summary = u"Adjust the administrative agent fee: FILE AMOUNT --reason TEXT"_s,
           .description = u"Adjust the administrative agent fee: a positive AMOUNT "
                          "charges more, a negative one gives back (USD)."_s,
           .positionals = {u"FILE"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"reason"_s, u"Why (required)."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .signedAmounts = {u"AMOUNT"_s},
           .run = runFeeAdjust});
    r.add({.name = u"allocate"_s,
           .summary = u"Allocate to a project: FILE PROJECT AMOUNT"_s,
           .description = u"Allocate USD to a project (refused above what is available)."_s,
           .positionals = {u"FILE"_s, u"PROJECT"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"note"_s, u"Note."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .run = [](Invocation &c) { return runProject(c, ProjectOp::Allocate); }});
    r.add({.name = u"release"_s,
           .summary = u"Release an unspent allocation: FILE PROJECT AMOUNT"_s,
           .description = u"Release a project's unspent allocation back to the fund."_s,
           .positionals = {u"FILE"_s, u"PROJECT"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"note"_s, u"Note."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .run = [](Invocation &c) { return runProject(c, ProjectOp::Release); }});
    r.add({.name = u"transfer"_s,
           .summary = u"Transfer a tranche: FILE PROJECT PARTNER AMOUNT"_s,
           .description = u"Transfer a tranche to a partner (within the allocation)."_s,
           .positionals = {u"FILE"_s, u"PROJECT"_s, u"PARTNER"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"reference"_s, u"Reference (transfer order, report, bank)."_s, u"REF"_s},
                       {u"note"_s, u"Note."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .run = [](Invocation &c) { return runProject(c, ProjectOp::Transfer); }});
    r.add({.name = u"expenditure"_s,
           .summary = u"Record partner expenditure: FILE PROJECT PARTNER AMOUNT"_s,
           .description = u"Record expenditure a partner reported."_s,
           .positionals = {u"FILE"_s, u"PROJECT"_s, u"PARTNER"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"reference"_s, u"Reference (transfer order, report, bank)."_s, u"REF"_s}},
           .fund = Fund::Write,
           .run = [](Invocation &c) { return runProject(c, ProjectOp::Expenditure); }});
    r.add({.name = u"refund"_s,
           .summary = u"Record a partner's refund: FILE PROJECT PARTNER AMOUNT"_s,
           .description = u"Record unspent money a partner paid back."_s,
           .positionals = {u"FILE"_s, u"PROJECT"_s, u"PARTNER"_s, u"AMOUNT"_s},
           .options = {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                       {u"reference"_s, u"Reference (transfer order, report, bank)."_s, u"REF"_s}},
           .fund = Fund::Write,
           .run = [](Invocation &c) { return runProject(c, ProjectOp::Refund); }});
    r.add({.name = u"reverse"_s,
           .summary = u"Reverse an entry: FILE ENTRY --reason TEXT"_s,
           .description = u"Reverse a journal entry with a reason (once)."_s,
           .positionals = {u"FILE"_s, u"ENTRY"_s},
           .options = {{u"reason"_s, u"Why (required)."_s, u"TEXT"_s},
                       {u"date"_s, u"Date of the reversal (default today)."_s, u"DATE"_s}},
           .fund = Fund::Write,
           .run = runReverse});
    r.add({.name = u"rate add"_s,
           .summary = u"Record a rate: FILE CURRENCY DATE RATE"_s,
           .description = u"Record a dated rate: USD per one unit of CURRENCY."_s,
           .positionals = {u"FILE"_s, u"CURRENCY"_s, u"DATE"_s, u"RATE"_s},
           .fund = Fund::Write,
           .run = runRateAdd});
    r.add({.name = u"rate list"_s,
           .summary = u"List rates: FILE [CURRENCY] [--json]"_s,
           .description = u"List recorded rates."_s,
           .positionals = {u"FILE"_s, u"[CURRENCY]"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runRateList});
    r.add({.name = u"fee"_s,
           .summary = u"Show or set the administrative fee: FILE [RULE]"_s,
           .description = u"Show or set the administrative agent fee on receipts: none, "
                          "flat:BPS or tiered:AMOUNT=BPS,...,*=BPS."_s,
           .positionals = {u"FILE"_s, u"[RULE]"_s},
           .fund = Fund::Read,
           .writesWith = {u"RULE"_s},
           .run = runFee});
}

} // namespace imdp::cli
