// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The ledger's money in: CSV imports, pledges and receipts.
#include "app/cli/ledgercli.h"

#include "core/ledger/entries.h"
#include "core/ledger/feerule.h"
#include "core/ledger/import.h"
#include "core/ledger/importpreview.h"
#include "core/ledger/pledges.h"
#include "core/ledger/rates.h"
#include "core/ledger/receipts.h"
#include "core/money/currency.h"
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

core::Result<QList<ledger::Instalment>> instalmentOptions(const Invocation &c,
                                                          const QString &currency)
{
    QList<ledger::Instalment> out;
    for (const QString &v : c.values(u"instalment"_s)) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq < 0)
            return Error::badInput(tr("instalment: '%1' must be DATE=AMOUNT").arg(v.left(40)));
        auto due = core::parseIsoDate(u"instalment"_s, v.left(eq));
        if (!due)
            return due.error();
        auto amount = core::Money::parse(v.sliced(eq + 1), currency);
        if (!amount)
            return Error::withinBare(u"instalment"_s, amount.error());
        out.append({*due, amount->minor()});
    }
    return out;
}

/// The options a pledge and a receipt share: who, in what, how much, at what rate, when.
const QList<Option> kMoneyOptions{
    {u"donor"_s, u"The donor's name or short name (required)."_s, u"NAME"_s},
    {u"source"_s, u"donor (default) or bank (the DGF)."_s, u"KIND"_s},
    {u"currency"_s, u"ISO 4217 code (default USD)."_s, u"CODE"_s},
    {u"amount"_s, u"Amount in the currency, e.g. 1000000.00 (required)."_s, u"AMOUNT"_s},
    {u"rate"_s, u"USD per unit (default: the rate table on the date)."_s, u"RATE"_s}};

/// Reads the shared options into a Pledge or a Receipt (same member names).
template<typename T>
core::Result<T> moneyFields(const Invocation &c)
{
    T f;
    f.donor = c.value(u"donor"_s);
    f.source = c.isSet(u"source"_s) ? c.value(u"source"_s) : u"donor"_s;
    f.currency = c.isSet(u"currency"_s) ? c.value(u"currency"_s) : u"USD"_s;
    f.reference = c.value(u"reference"_s);
    auto date = dateOption(c);
    if (!date)
        return date.error();
    f.date = *date;
    if (!c.isSet(u"amount"_s))
        return Error::badInput(tr("amount: is required"));
    auto amount = core::Money::parse(c.value(u"amount"_s), f.currency);
    if (!amount)
        return named(u"amount"_s, amount.error());
    f.amountMinor = amount->minor();
    auto rate = rateOption(c);
    if (!rate)
        return rate.error();
    f.rateScaled = *rate;
    return f;
}

// ---- import ---------------------------------------------------------------------------------

int runImport(Invocation &c, bool receipts)
{
    const bool dry = c.isSet(u"dry-run"_s);
    const auto kind = receipts ? ledger::ImportKind::Receipts : ledger::ImportKind::Pledges;
    const QString capOverride = receipts ? QString() : c.value(u"override"_s); // pledges only
    core::Result<ledger::ImportResult> r = core::Error::badInput({});
    if (dry) {
        auto preview = ledger::previewImport(*c.db, kind, c.arg(1), capOverride);
        r = preview ? core::Result<ledger::ImportResult>(preview->result)
                    : core::Result<ledger::ImportResult>(preview.error());
    } else {
        r = ledger::runImport(*c.db, kind, c.arg(1), capOverride);
    }
    if (!r)
        return fail(r.error());
    if (!r->problems.isEmpty())
        return importProblems(c.arg(1), r->problems, r->unlistedProblems, tr("imported"));
    out(tr("%1 %2 %3 from %4: %5 USD")
            .arg(dry ? tr("Would import") : tr("Imported"))
            .arg(r->rows)
            .arg(receipts ? tr("receipts") : tr("pledges"), c.arg(1), shownUsd(r->usdMinor)));
    // Unknown donors were created: named, so a typo shows (and can be merged away).
    if (!r->created.isEmpty())
        out(u"%1 (%2): %3"_s.arg(dry ? tr("Would create organisations") : tr("New organisations"))
                .arg(r->created.size())
                .arg(r->created.join(u"; "_s)));
    if (dry)
        out(tr("Dry run: nothing was written"));
    return Ok;
}

// ---- pledges and receipts -----------------------------------------------------------------------

int runPledgeAdd(Invocation &c)
{
    auto read = moneyFields<ledger::Pledge>(c);
    if (!read)
        return fail(read.error());
    ledger::Pledge p = *read;
    p.status = c.isSet(u"status"_s) ? c.value(u"status"_s) : u"signed"_s;
    p.capOverride = c.value(u"override"_s);
    p.note = c.value(u"note"_s);
    if (p.rateScaled == 0) {
        auto r = ledger::rateOn(*c.db, p.currency, p.date);
        if (!r)
            return fail(Error::withinBare(u"usd_rate"_s, r.error()));
        p.rateScaled = *r;
    }
    auto inst = instalmentOptions(c, p.currency);
    if (!inst)
        return fail(inst.error());
    p.instalments = *inst;
    auto id = ledger::recordPledge(*c.db, p);
    if (!id)
        return fail(id.error());
    auto saved = ledger::findPledge(*c.db, p.reference.trimmed());
    if (!saved)
        return fail(saved.error());
    out(tr("Pledge %1 recorded: %2 %3 = %4 USD (%5)")
            .arg(saved->reference, shownAmount(saved->amountMinor, saved->currency),
                 saved->currency, shownUsd(saved->usdMinor),
                 word(core::i18n::Kind::PledgeStatus, saved->status)));
    return Ok;
}

int runPledgeCancel(Invocation &c)
{
    auto date = dateOption(c);
    if (!date)
        return fail(date.error());
    return posted(
        ledger::cancelPledge(*c.db, c.arg(1), *date, c.value(u"reason"_s), c.value(u"override"_s)),
        tr("Pledge %1 cancelled: entry %2").arg(c.arg(1)));
}

int runPledgeAmend(Invocation &c)
{
    auto old = ledger::findPledge(*c.db, c.arg(1));
    if (!old)
        return fail(old.error());
    ledger::PledgeAmendment a;
    a.note = c.value(u"note"_s);
    a.capOverride = c.value(u"override"_s);
    if (c.isSet(u"amount"_s)) {
        auto amount = core::Money::parse(c.value(u"amount"_s), old->currency);
        if (!amount)
            return fail(named(u"amount"_s, amount.error()));
        a.amountMinor = amount->minor();
    }
    if (c.isSet(u"rate"_s)) {
        auto rate = rateOption(c);
        if (!rate)
            return fail(rate.error());
        a.rateScaled = *rate;
    }
    if (c.isSet(u"status"_s))
        a.status = c.value(u"status"_s);
    if (c.isSet(u"instalment"_s)) {
        auto inst = instalmentOptions(c, old->currency);
        if (!inst)
            return fail(inst.error());
        a.instalments = *inst;
    } else if (c.isSet(u"no-instalments"_s)) {
        a.instalments = QList<ledger::Instalment>{};
    }
    auto date = dateOption(c);
    if (!date)
        return fail(date.error());
    auto id = ledger::amendPledge(*c.db, c.arg(1), a, *date);
    if (!id)
        return fail(id.error());
    auto now = ledger::findPledge(*c.db, c.arg(1));
    if (!now)
        return fail(now.error());
    out(tr("Pledge %1 amended: %2 %3 = %4 USD (%5)%6")
            .arg(now->reference, shownAmount(now->amountMinor, now->currency), now->currency,
                 shownUsd(now->usdMinor), word(core::i18n::Kind::PledgeStatus, now->status),
                 *id > 0 ? tr(", entry %1").arg(*id) : tr(", nothing to post")));
    return Ok;
}

int runPledgeList(Invocation &c)
{
    auto list = ledger::pledges(*c.db);
    if (!list)
        return fail(list.error());
    QJsonArray a;
    for (const ledger::Pledge &p : *list) {
        QJsonArray inst;
        for (const ledger::Instalment &i : p.instalments)
            inst.append(QJsonObject{{u"due"_s, i.due.toString(Qt::ISODate)},
                                    {u"amount"_s, amount(i.amountMinor, p.currency)}});
        a.append(QJsonObject{{u"reference"_s, p.reference},
                             {u"donor"_s, p.donor},
                             {u"source"_s, p.source},
                             {u"date"_s, p.date.toString(Qt::ISODate)},
                             {u"currency"_s, p.currency},
                             {u"amount"_s, amount(p.amountMinor, p.currency)},
                             {u"usd_rate"_s, core::Rate::fromScaled(p.rateScaled)->toString()},
                             {u"usd"_s, usd(p.usdMinor)},
                             {u"status"_s, p.status},
                             {u"paid"_s, amount(p.paidMinor, p.currency)},
                             {u"instalments"_s, inst},
                             {u"cap_override"_s, p.capOverride}});
        if (!c.isSet(u"json"_s))
            out(tr("%1  %2  %3  %4 %5 @ %6 = %7 USD  %8  paid %9")
                    .arg(p.reference, shownDate(p.date), p.donor,
                         shownAmount(p.amountMinor, p.currency), p.currency,
                         shownDecimal(core::Rate::fromScaled(p.rateScaled)->toString()),
                         shownUsd(p.usdMinor), word(core::i18n::Kind::PledgeStatus, p.status),
                         shownAmount(p.paidMinor, p.currency)));
    }
    if (c.isSet(u"json"_s))
        printJson({{u"pledges"_s, a}});
    return Ok;
}

int runReceiptAdd(Invocation &c)
{
    auto read = moneyFields<ledger::Receipt>(c);
    if (!read)
        return fail(read.error());
    ledger::Receipt r = *read;
    r.pledgeReference = c.value(u"pledge"_s);
    if (c.isSet(u"fee-bps"_s)) {
        auto bps = ledger::parseFeeBps(c.value(u"fee-bps"_s));
        if (!bps)
            return fail(bps.error());
        if (!*bps)
            return fail(Error::badInput(tr("fee_bps: a number of basis points is required")));
        r.feeBps = *bps;
    }
    auto id = ledger::recordReceipt(*c.db, r);
    if (!id)
        return fail(id.error());
    auto e = ledger::entry(*c.db, *id);
    if (!e)
        return fail(e.error());
    qint64 cash = 0;
    qint64 fee = 0;
    for (const ledger::Posting &p : e->postings) {
        if (p.account == u"cash"_s && p.flow == u"receipt"_s)
            cash += p.usdMinor;
        if (p.account == u"admin_fee"_s)
            fee += p.usdMinor;
    }
    out(tr("Receipt %1 recorded: entry %2, %3 USD, fee %4 USD")
            .arg(r.reference.trimmed())
            .arg(*id)
            .arg(shownUsd(cash), shownUsd(fee)));
    return Ok;
}

int runReceiptList(Invocation &c)
{
    auto list = ledger::receipts(*c.db);
    if (!list)
        return fail(list.error());
    QJsonArray a;
    for (const ledger::Receipt &r : *list) {
        a.append(QJsonObject{{u"reference"_s, r.reference},
                             {u"donor"_s, r.donor},
                             {u"source"_s, r.source},
                             {u"date"_s, r.date.toString(Qt::ISODate)},
                             {u"currency"_s, r.currency},
                             {u"amount"_s, amount(r.amountMinor, r.currency)},
                             {u"usd_rate"_s, core::Rate::fromScaled(r.rateScaled)->toString()},
                             {u"usd"_s, usd(r.usdMinor)},
                             {u"fee"_s, usd(r.feeMinor)},
                             {u"pledge"_s, r.pledgeReference},
                             {u"reversed"_s, r.reversed}});
        if (!c.isSet(u"json"_s))
            out(tr("%1  %2  %3  %4 %5 @ %6 = %7 USD  fee %8%9")
                    .arg(r.reference, shownDate(r.date), r.donor,
                         shownAmount(r.amountMinor, r.currency), r.currency,
                         shownDecimal(core::Rate::fromScaled(r.rateScaled)->toString()),
                         shownUsd(r.usdMinor), shownUsd(r.feeMinor),
                         r.reversed ? tr("  (reversed)") : QString()));
    }
    if (c.isSet(u"json"_s))
        printJson({{u"receipts"_s, a}});
    return Ok;
}

} // namespace

void registerContributionCommands(Registry &r)
{
    r.add(
        {.name = u"import receipts"_s,
         .summary = u"Import receipts from CSV, all or nothing: FILE CSV"_s,
         .description = u"Import receipts from CSV (date,donor,source,currency,amount,usd_rate,"
                        "reference; optional pledge): all rows or none."_s,
         .positionals = {u"FILE"_s, u"CSV"_s},
         .options =
             {{u"dry-run"_s,
               u"Check the file and show what it would import and which organisations it would create; write nothing."_s}},
         .fund = Fund::Write,
         .run = [](Invocation &c) { return runImport(c, true); }});
    r.add(
        {.name = u"import pledges"_s,
         .summary = u"Import pledges from CSV, all or nothing: FILE CSV"_s,
         .description =
             u"Import pledges from CSV (date,donor,source,currency,amount,usd_rate,status,"
             "reference; optional note, instalments): all rows or none."_s,
         .positionals = {u"FILE"_s, u"CSV"_s},
         .options =
             {{u"override"_s, u"Justification kept on the bank-source pledges."_s, u"TEXT"_s},
              {u"dry-run"_s,
               u"Check the file and show what it would import and which organisations it would create; write nothing."_s}},
         .fund = Fund::Write,
         .run = [](Invocation &c) { return runImport(c, false); }});
    r.add({.name = u"pledge add"_s,
           .summary = u"Record a pledge: FILE --donor --amount --reference ..."_s,
           .description = u"Record a pledge (signed by default)."_s,
           .positionals = {u"FILE"_s},
           .options =
               kMoneyOptions +
               QList<Option>{
                   {u"reference"_s, u"Unique reference of the agreement (required)."_s, u"REF"_s},
                   {u"date"_s, u"Date of the pledge (default today)."_s, u"DATE"_s},
                   {u"status"_s, u"prospective, signed (default) or cancelled."_s, u"STATUS"_s},
                   {u"instalment"_s, u"DATE=AMOUNT; repeat for a schedule."_s, u"DATE=AMOUNT"_s},
                   {u"override"_s, u"Written justification for a bank pledge beyond the cap."_s,
                    u"TEXT"_s},
                   {u"note"_s, u"A note."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .run = runPledgeAdd});
    r.add({.name = u"pledge amend"_s,
           .summary = u"Amend a pledge: FILE REFERENCE [--amount] [--status] ..."_s,
           .description = u"Amend a pledge: amount, rate, status or schedule. Posts the "
                          "difference."_s,
           .positionals = {u"FILE"_s, u"REFERENCE"_s},
           .options = {{u"amount"_s, u"New amount in the pledge's currency."_s, u"AMOUNT"_s},
                       {u"rate"_s, u"New USD rate (only before any receipt)."_s, u"RATE"_s},
                       {u"status"_s, u"prospective or signed."_s, u"STATUS"_s},
                       {u"instalment"_s, u"DATE=AMOUNT; repeat for the new schedule."_s,
                        u"DATE=AMOUNT"_s},
                       {u"no-instalments"_s, u"Remove the schedule."_s},
                       {u"note"_s, u"Why."_s, u"TEXT"_s},
                       {u"date"_s, u"Date of the amendment (default today)."_s, u"DATE"_s},
                       {u"override"_s,
                        u"Written justification when the change would breach the DGF "
                        "cap."_s,
                        u"TEXT"_s}},
           .fund = Fund::Write,
           .run = runPledgeAmend});
    r.add({.name = u"pledge cancel"_s,
           .summary = u"Cancel a pledge: FILE REFERENCE --reason TEXT"_s,
           .description = u"Cancel a pledge that has no receipts."_s,
           .positionals = {u"FILE"_s, u"REFERENCE"_s},
           .options = {{u"reason"_s, u"Why (required)."_s, u"TEXT"_s},
                       {u"date"_s, u"Date of the cancellation (default today)."_s, u"DATE"_s},
                       {u"override"_s,
                        u"Written justification when less non-Bank funding would "
                        "breach the DGF cap."_s,
                        u"TEXT"_s}},
           .fund = Fund::Write,
           .run = runPledgeCancel});
    r.add({.name = u"pledge list"_s,
           .summary = u"List pledges: FILE [--json]"_s,
           .description = u"List pledges with their schedules and what was paid."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runPledgeList});
    r.add({.name = u"receipt add"_s,
           .summary = u"Record a receipt: FILE --donor --amount --reference ..."_s,
           .description = u"Record money paid in, against a pledge or not."_s,
           .positionals = {u"FILE"_s},
           .options = kMoneyOptions +
                      QList<Option>{{u"reference"_s,
                                     u"Unique reference, e.g. the bank's (required)."_s, u"REF"_s},
                                    {u"pledge"_s, u"Reference of the pledge it pays."_s, u"REF"_s},
                                    {u"date"_s, u"Value date (default today)."_s, u"DATE"_s},
                                    {u"fee-bps"_s,
                                     u"This receipt's administrative agent fee in basis points, "
                                     "instead of the fund's rule (0: fee-exempt)."_s,
                                     u"N"_s,
                                     [](const QString &v) -> core::Status {
                                         if (auto b = ledger::parseFeeBps(v); !b)
                                             return b.error();
                                         return {};
                                     }}},
           .fund = Fund::Write,
           .run = runReceiptAdd});
    r.add({.name = u"receipt list"_s,
           .summary = u"List receipts: FILE [--json]"_s,
           .description = u"List receipts."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runReceiptList});
}

} // namespace imdp::cli
