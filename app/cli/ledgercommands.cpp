// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The ledger's commands: imports, pledges, receipts, project money, reversal, position, journal.
#include "app/cli/cli.h"

#include "core/clock.h"
#include "core/ledger/charges.h"
#include "core/ledger/entries.h"
#include "core/ledger/feerule.h"
#include "core/ledger/import.h"
#include "core/ledger/importpreview.h"
#include "core/ledger/journalquery.h"
#include "core/ledger/pledges.h"
#include "core/ledger/position.h"
#include "core/ledger/projects.h"
#include "core/ledger/rates.h"
#include "core/ledger/receipts.h"
#include "core/ledger/verifychecks.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/storage/database.h"
#include "core/validate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

namespace ledger = core::ledger;
using core::Error;

/// "amount '1.5' has ..." reads "amount: '1.5' has ..." once the field is named first.
Error named(const QString &field, const Error &e)
{
    const QString noun = field == u"usd_rate"_s ? u"rate "_s : field + u' ';
    const QString m = e.message.startsWith(noun) ? e.message.sliced(noun.size()) : e.message;
    return {e.code, field + u": "_s + m};
}

core::Result<QDate> dateOption(const Invocation &c, const QString &name = u"date"_s)
{
    if (!c.isSet(name))
        return core::Clock::today();
    return core::parseIsoDate(name, c.value(name));
}

core::Result<qint64> usdAmount(const QString &text, const QString &field = u"amount"_s)
{
    auto v = core::parseMinor(text, core::kBaseMinorUnits);
    if (!v)
        return named(field, v.error());
    if (*v <= 0)
        return Error::badInput(u"%1: '%2' must be greater than zero"_s.arg(field, text.left(40)));
    return *v;
}

core::Result<qint64> rateOption(const Invocation &c)
{
    if (!c.isSet(u"rate"_s))
        return 0; // the rate table pre-fills it
    auto r = core::Rate::parse(c.value(u"rate"_s));
    if (!r)
        return named(u"usd_rate"_s, r.error());
    return r->scaled();
}

core::Result<QList<ledger::Instalment>> instalmentOptions(const Invocation &c,
                                                          const QString &currency)
{
    QList<ledger::Instalment> out;
    for (const QString &v : c.values(u"instalment"_s)) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq < 0)
            return Error::badInput(u"instalment: '%1' must be DATE=AMOUNT"_s.arg(v.left(40)));
        auto due = core::parseIsoDate(u"instalment"_s, v.left(eq));
        if (!due)
            return due.error();
        auto amount = core::Money::parse(v.sliced(eq + 1), currency);
        if (!amount)
            return Error::badInput(u"instalment: "_s + amount.error().message);
        out.append({*due, amount->minor()});
    }
    return out;
}

/// The USD amount at positional `index` and the --date option of an entry command; `signedAmount`
/// takes a leading '-' (a fee adjustment giving back).
struct AmountAndDate
{
    qint64 usdMinor = 0;
    QDate date;
};
core::Result<AmountAndDate> amountAndDate(const Invocation &c, int index, bool signedAmount = false)
{
    const QString text = c.arg(index);
    const bool negative = signedAmount && text.startsWith(u'-');
    auto amount = usdAmount(negative ? text.sliced(1) : text);
    if (!amount)
        return amount.error();
    auto date = dateOption(c);
    if (!date)
        return date.error();
    return AmountAndDate{negative ? -*amount : *amount, *date};
}

int done(const core::Result<qint64> &r, const QString &what)
{
    if (!r)
        return fail(r.error());
    out(what.arg(*r));
    return Ok;
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
        return Error::badInput(u"amount: is required"_s);
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
        return importProblems(c.arg(1), r->problems, r->unlistedProblems, u"imported"_s);
    out(u"%1 %2 %3 from %4: %5 USD"_s.arg(dry ? u"Would import"_s : u"Imported"_s)
            .arg(r->rows)
            .arg(receipts ? u"receipts"_s : u"pledges"_s, c.arg(1), usd(r->usdMinor)));
    // Unknown donors were created: named, so a typo shows (and can be merged away).
    if (!r->created.isEmpty())
        out(u"%1 (%2): %3"_s.arg(dry ? u"Would create organisations"_s : u"New organisations"_s)
                .arg(r->created.size())
                .arg(r->created.join(u"; "_s)));
    if (dry)
        out(u"Dry run: nothing was written"_s);
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
            return fail(Error::badInput(u"usd_rate: "_s + r.error().message));
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
    out(u"Pledge %1 recorded: %2 %3 = %4 USD (%5)"_s.arg(
        saved->reference, amount(saved->amountMinor, saved->currency), saved->currency,
        usd(saved->usdMinor), saved->status));
    return Ok;
}

int runPledgeCancel(Invocation &c)
{
    auto date = dateOption(c);
    if (!date)
        return fail(date.error());
    return done(
        ledger::cancelPledge(*c.db, c.arg(1), *date, c.value(u"reason"_s), c.value(u"override"_s)),
        u"Pledge %1 cancelled: entry %2"_s.arg(c.arg(1)));
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
    out(u"Pledge %1 amended: %2 %3 = %4 USD (%5)%6"_s.arg(
        now->reference, amount(now->amountMinor, now->currency), now->currency, usd(now->usdMinor),
        now->status, *id > 0 ? u", entry %1"_s.arg(*id) : u", nothing to post"_s));
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
            out(u"%1  %2  %3  %4 %5 @ %6 = %7 USD  %8  paid %9"_s.arg(
                p.reference, p.date.toString(Qt::ISODate), p.donor,
                amount(p.amountMinor, p.currency), p.currency,
                core::Rate::fromScaled(p.rateScaled)->toString(), usd(p.usdMinor), p.status,
                amount(p.paidMinor, p.currency)));
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
            return fail(Error::badInput(u"fee_bps: a number of basis points is required"_s));
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
    out(u"Receipt %1 recorded: entry %2, %3 USD, fee %4 USD"_s.arg(r.reference.trimmed())
            .arg(*id)
            .arg(usd(cash), usd(fee)));
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
            out(u"%1  %2  %3  %4 %5 @ %6 = %7 USD  fee %8%9"_s.arg(
                r.reference, r.date.toString(Qt::ISODate), r.donor,
                amount(r.amountMinor, r.currency), r.currency,
                core::Rate::fromScaled(r.rateScaled)->toString(), usd(r.usdMinor), usd(r.feeMinor),
                r.reversed ? u"  (reversed)"_s : QString()));
    }
    if (c.isSet(u"json"_s))
        printJson({{u"receipts"_s, a}});
    return Ok;
}

int runIncome(Invocation &c)
{
    auto in = amountAndDate(c, 1);
    if (!in)
        return fail(in.error());
    return done(ledger::recordIncome(*c.db, in->usdMinor, in->date, c.value(u"note"_s)),
                u"Income of %1 USD recorded: entry %2"_s.arg(usd(in->usdMinor)));
}

// ---- the statement's other lines (issue 18) ---------------------------------------------------

int runPartnerInterest(Invocation &c)
{
    auto in = amountAndDate(c, 3);
    if (!in)
        return fail(in.error());
    return done(ledger::recordPartnerInterest(*c.db, c.arg(1), c.arg(2), in->usdMinor, in->date,
                                              c.value(u"reference"_s)),
                u"Interest of %1 USD remitted by %2 for %3: entry %4"_s.arg(usd(in->usdMinor),
                                                                            c.arg(2), c.arg(1)));
}

int runFundTransfer(Invocation &c)
{
    auto in = amountAndDate(c, 2);
    if (!in)
        return fail(in.error());
    return done(ledger::transferToFund(*c.db, {c.arg(1), in->usdMinor, in->date,
                                               c.value(u"reference"_s), c.value(u"note"_s)}),
                u"Transferred %1 USD to %2: entry %3"_s.arg(usd(in->usdMinor), c.arg(1)));
}

/// direct-cost and bank-charge: FILE AMOUNT [--date] [--note] (and --project for a direct cost).
int runCharge(Invocation &c, bool direct)
{
    auto in = amountAndDate(c, 1);
    if (!in)
        return fail(in.error());
    if (direct)
        return done(ledger::recordDirectCost(*c.db, in->usdMinor, in->date, c.value(u"project"_s),
                                             c.value(u"note"_s)),
                    u"Direct cost of %1 USD recorded: entry %2"_s.arg(usd(in->usdMinor)));
    return done(ledger::recordBankCharge(*c.db, in->usdMinor, in->date, c.value(u"note"_s)),
                u"Bank charge of %1 USD recorded: entry %2"_s.arg(usd(in->usdMinor)));
}

int runFeeAdjust(Invocation &c)
{
    auto in = amountAndDate(c, 1, true);
    if (!in)
        return fail(in.error());
    return done(ledger::adjustFee(*c.db, in->usdMinor, in->date, c.value(u"reason"_s)),
                u"Fee adjusted by %1 USD: entry %2"_s.arg(usd(in->usdMinor)));
}

// ---- project money ------------------------------------------------------------------------------

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
        return done(ledger::allocate(*c.db, {project, *amount, *date, note}),
                    u"Allocated %1 USD to %2: entry %3"_s.arg(usd(*amount), project));
    case ProjectOp::Release:
        return done(ledger::releaseAllocation(*c.db, project, *amount, *date, note),
                    u"Released %1 USD of %2: entry %3"_s.arg(usd(*amount), project));
    case ProjectOp::Transfer:
        return done(
            ledger::transfer(*c.db, {project, c.arg(2), *amount, *date, reference, note}),
            u"Transferred %1 USD to %2 for %3: entry %4"_s.arg(usd(*amount), c.arg(2), project));
    case ProjectOp::Expenditure:
        return done(
            ledger::recordExpenditure(*c.db, project, c.arg(2), *amount, *date, reference),
            u"Expenditure of %1 USD by %2 on %3: entry %4"_s.arg(usd(*amount), c.arg(2), project));
    case ProjectOp::Refund:
        return done(
            ledger::refundFromPartner(*c.db, project, c.arg(2), *amount, *date, reference),
            u"Refund of %1 USD from %2 for %3: entry %4"_s.arg(usd(*amount), c.arg(2), project));
    }
    return Usage;
}

int runProjectBalance(Invocation &c)
{
    auto b = ledger::projectBalance(*c.db, c.arg(1));
    if (!b)
        return fail(b.error());
    const QList<std::pair<QString, qint64>> rows{{u"allocated"_s, b->allocated},
                                                 {u"transferred"_s, b->transferred},
                                                 {u"expenditure"_s, b->expenditure},
                                                 {u"refunded"_s, b->refunded},
                                                 {u"waived"_s, b->waived},
                                                 {u"held_by_partner"_s, b->heldByPartner},
                                                 {u"unspent_allocation"_s, b->unspentAllocation}};
    if (c.isSet(u"json"_s)) {
        QJsonObject o{{u"project"_s, c.arg(1)}, {u"currency"_s, u"USD"_s}};
        for (const auto &[k, v] : rows)
            o.insert(k, usd(v));
        printJson(o);
        return Ok;
    }
    out(u"Project %1 (USD)"_s.arg(c.arg(1)));
    for (const auto &[k, v] : rows)
        out(u"  %1 %2"_s.arg(k, -20).arg(usd(v), 18));
    return Ok;
}

// ---- corrections, rates, fee ------------------------------------------------------------------

int runReverse(Invocation &c)
{
    bool ok = false;
    const qint64 id = c.arg(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(
            Error::badInput(u"entry: '%1' is not an entry number"_s.arg(c.arg(1).left(20))));
    auto date = dateOption(c);
    if (!date)
        return fail(date.error());
    return done(ledger::reverse(*c.db, id, c.value(u"reason"_s), *date),
                u"Entry %1 reversed by entry %2"_s.arg(id));
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
    out(u"Rate %1 on %2: %3 USD"_s.arg(c.arg(1), c.arg(2), rate->toString()));
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
            out(u"%1  %2  %3"_s.arg(r.currency, r.date.toString(Qt::ISODate), rate));
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
    out(u"Administrative agent fee: %1"_s.arg(rule->toString()));
    return Ok;
}

// ---- reports ----------------------------------------------------------------------------------

int runPosition(Invocation &c)
{
    auto at = dateOption(c, u"at"_s);
    if (!at)
        return fail(at.error());
    auto p = ledger::position(*c.db, *at);
    if (!p)
        return fail(p.error());
    const QList<std::pair<QString, qint64>> figures{
        {u"pledged"_s, p->pledged},
        {u"prospective"_s, p->prospective},
        {u"received"_s, p->received},
        {u"outstanding"_s, p->outstanding},
        {u"arrears"_s, p->arrears},
        {u"income"_s, p->income},
        {u"fees"_s, p->fees},
        {u"exchange_differences"_s, p->exchangeDifferences},
        {u"allocated"_s, p->allocated},
        {u"transferred"_s, p->transferred},
        {u"expenditure"_s, p->expenditure},
        {u"refunded"_s, p->refunded},
        {u"waived"_s, p->waived},
        {u"partner_interest"_s, p->partnerInterest},
        {u"transfers_to_funds"_s, p->transfersToFunds},
        {u"direct_costs"_s, p->directCosts},
        {u"bank_charges"_s, p->bankCharges},
        {u"held_by_partners"_s, p->heldByPartners},
        {u"cash"_s, p->cash},
        {u"available"_s, p->available}};
    if (c.isSet(u"json"_s)) {
        QJsonObject o{{u"currency"_s, u"USD"_s}, {u"at"_s, at->toString(Qt::ISODate)}};
        for (const auto &[k, v] : figures)
            o.insert(k, usd(v));
        QJsonArray donors;
        for (const ledger::DonorPosition &d : p->byDonor)
            donors.append(QJsonObject{{u"donor"_s, d.donor},
                                      {u"source"_s, d.source},
                                      {u"pledged"_s, usd(d.pledged)},
                                      {u"prospective"_s, usd(d.prospective)},
                                      {u"received"_s, usd(d.received)},
                                      {u"outstanding"_s, usd(d.outstanding)},
                                      {u"arrears"_s, usd(d.arrears)}});
        o.insert(u"by_donor"_s, donors);
        QJsonArray sources;
        for (const ledger::SourcePosition &s : p->bySource)
            sources.append(QJsonObject{{u"source"_s, s.source},
                                       {u"pledged"_s, usd(s.pledged)},
                                       {u"prospective"_s, usd(s.prospective)},
                                       {u"received"_s, usd(s.received)}});
        o.insert(u"by_source"_s, sources);
        QJsonArray years;
        for (const ledger::FiscalYearPosition &y : p->byFiscalYear)
            years.append(QJsonObject{{u"fiscal_year"_s, u"FY%1"_s.arg(y.year)},
                                     {u"start"_s, y.start.toString(Qt::ISODate)},
                                     {u"end"_s, y.end.toString(Qt::ISODate)},
                                     {u"pledged"_s, usd(y.pledged)},
                                     {u"received"_s, usd(y.received)},
                                     {u"income"_s, usd(y.income)},
                                     {u"fees"_s, usd(y.fees)},
                                     {u"allocated"_s, usd(y.allocated)},
                                     {u"transferred"_s, usd(y.transferred)},
                                     {u"expenditure"_s, usd(y.expenditure)},
                                     {u"refunded"_s, usd(y.refunded)}});
        o.insert(u"by_fiscal_year"_s, years);
        printJson(o);
        return Ok;
    }
    out(u"Fund position at %1 (USD)"_s.arg(at->toString(Qt::ISODate)));
    for (const auto &[k, v] : figures)
        out(u"  %1 %2"_s.arg(k, -22).arg(usd(v), 20));
    if (!p->byDonor.isEmpty()) {
        out(u"By donor:"_s);
        out(u"  %1 %2 %3 %4 %5 %6"_s.arg(u"donor"_s, -44)
                .arg(u"source"_s, -6)
                .arg(u"pledged"_s, 16)
                .arg(u"prospective"_s, 16)
                .arg(u"received"_s, 16)
                .arg(u"outstanding"_s, 16));
        for (const ledger::DonorPosition &d : p->byDonor)
            out(u"  %1 %2 %3 %4 %5 %6"_s.arg(d.donor.left(44), -44)
                    .arg(d.source, -6)
                    .arg(usd(d.pledged), 16)
                    .arg(usd(d.prospective), 16)
                    .arg(usd(d.received), 16)
                    .arg(usd(d.outstanding), 16));
    }
    if (!p->byFiscalYear.isEmpty()) {
        out(u"By fiscal year:"_s);
        for (const ledger::FiscalYearPosition &y : p->byFiscalYear)
            out(u"  FY%1 (%2 to %3): pledged %4, received %5, allocated %6, transferred %7"_s
                    .arg(y.year)
                    .arg(y.start.toString(Qt::ISODate), y.end.toString(Qt::ISODate), usd(y.pledged),
                         usd(y.received), usd(y.allocated), usd(y.transferred)));
    }
    return Ok;
}

int runJournal(Invocation &c)
{
    // Streamed entry by entry (issue 23): a journal of any size in bounded memory. The JSON is
    // the document printJson() would print, written one entry's object at a time.
    const bool json = c.isSet(u"json"_s);
    QTextStream stream(stdout);
    bool first = true;
    if (json)
        stream << "{\n    \"currency\": \"USD\",\n    \"entries\": [";
    const auto each = [&](const ledger::JournalEntry &e) -> core::Status {
        if (json) {
            QJsonArray postings;
            for (const ledger::Posting &p : e.postings) {
                postings.append(
                    QJsonObject{{u"account"_s, p.account},
                                {u"flow"_s, p.flow},
                                {u"debit"_s, p.usdMinor > 0 ? usd(p.usdMinor) : QString()},
                                {u"credit"_s, p.usdMinor < 0 ? usd(-p.usdMinor) : QString()},
                                {u"donor"_s, p.donor},
                                {u"project"_s, p.project},
                                {u"partner"_s, p.partner}});
            }
            QJsonObject o{{u"entry"_s, e.id},           {u"date"_s, e.date.toString(Qt::ISODate)},
                          {u"kind"_s, e.kind},          {u"memo"_s, e.memo},
                          {u"posted_at"_s, e.postedAt}, {u"actor"_s, e.actor},
                          {u"postings"_s, postings}};
            if (e.reversesEntryId > 0) {
                o.insert(u"reverses"_s, e.reversesEntryId);
                o.insert(u"reason"_s, e.reason);
            }
            if (e.reversedByEntryId > 0)
                o.insert(u"reversed_by"_s, e.reversedByEntryId);
            // The object as it sits two levels deep in the whole document.
            QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
            text.chop(1); // its last newline
            text.replace("\n", "\n        ");
            stream << (first ? "\n        " : ",\n        ") << QString::fromUtf8(text);
            first = false;
            return {};
        }
        QString head = u"#%1 %2 %3"_s.arg(e.id).arg(e.date.toString(Qt::ISODate), e.kind);
        if (!e.memo.isEmpty())
            head += u" — "_s + e.memo;
        if (e.reversesEntryId > 0)
            head += u" (reason: %1)"_s.arg(e.reason);
        if (e.reversedByEntryId > 0)
            head += u" [reversed by #%1]"_s.arg(e.reversedByEntryId);
        stream << terminalSafe(head) << '\n';
        for (const ledger::Posting &p : e.postings) {
            QString dims;
            for (const QString &d : {p.donor, p.project, p.partner}) {
                if (!d.isEmpty())
                    dims += u"  "_s + d;
            }
            stream << terminalSafe(u"    %1 %2 %3%4"_s.arg(p.account, -22)
                                       .arg(p.usdMinor > 0 ? usd(p.usdMinor) : QString(), 16)
                                       .arg(p.usdMinor < 0 ? usd(-p.usdMinor) : QString(), 16)
                                       .arg(dims))
                   << '\n';
        }
        return {};
    };
    if (auto s = ledger::forEachEntry(*c.db, each); !s) {
        stream << Qt::flush;
        return fail(s.error());
    }
    if (json)
        stream << "\n    ]\n}\n"; // [\n    ] when empty, as QJsonDocument writes it
    return Ok;
}

int runAccounts(Invocation &c)
{
    QDate at;
    if (c.isSet(u"at"_s)) {
        auto d = core::parseIsoDate(u"at"_s, c.value(u"at"_s));
        if (!d)
            return fail(d.error());
        at = *d;
    }
    auto list = ledger::trialBalance(*c.db, at);
    if (!list)
        return fail(list.error());
    QJsonArray a;
    qint64 total = 0;
    for (const ledger::Account &acc : *list) {
        total += acc.balance;
        a.append(QJsonObject{{u"code"_s, acc.code},
                             {u"account"_s, acc.key},
                             {u"name"_s, acc.name},
                             {u"class"_s, acc.accountClass},
                             {u"balance"_s, usd(acc.balance)}});
        if (!c.isSet(u"json"_s))
            out(u"%1  %2 %3"_s.arg(acc.code).arg(acc.name.left(44), -44).arg(usd(acc.balance), 18));
    }
    if (c.isSet(u"json"_s)) {
        printJson({{u"currency"_s, u"USD"_s}, {u"accounts"_s, a}, {u"total"_s, usd(total)}});
        return Ok;
    }
    out(u"%1  %2 %3"_s.arg(QString(4, u' '))
            .arg(u"Total (zero when the books balance)"_s, -44)
            .arg(usd(total), 18));
    return Ok;
}

} // namespace

void registerLedgerCommands(Registry &r)
{
    core::ledger::registerVerifyChecks(); // `imdp verify` checks the journal and stored balances
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
                                     u"N"_s}},
           .fund = Fund::Write,
           .run = runReceiptAdd});
    r.add({.name = u"receipt list"_s,
           .summary = u"List receipts: FILE [--json]"_s,
           .description = u"List receipts."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runReceiptList});
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
    r.add({.name = u"project"_s,
           .summary = u"A project's balances: FILE PROJECT [--json]"_s,
           .description = u"A project's money: allocated, transferred, spent, held."_s,
           .positionals = {u"FILE"_s, u"PROJECT"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runProjectBalance});
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
    r.add({.name = u"position"_s,
           .summary = u"The fund position: FILE [--at DATE] [--json]"_s,
           .description = u"The fund's position at the end of a date (USD)."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"at"_s, u"Date (default today)."_s, u"DATE"_s}},
           .fund = Fund::Read,
           .json = true,
           .jsonHelp = u"Machine-readable output; amounts as decimal strings."_s,
           .run = runPosition});
    r.add({.name = u"journal"_s,
           .summary = u"The journal: FILE [--json]"_s,
           .description = u"The journal: every entry with its postings (USD)."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .jsonHelp = u"Machine-readable output; amounts as decimal strings."_s,
           .run = runJournal});
    r.add({.name = u"accounts"_s,
           .summary = u"The trial balance: FILE [--at DATE] [--json]"_s,
           .description = u"The trial balance: every account's balance (debit +)."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"at"_s, u"Date (default: every entry)."_s, u"DATE"_s}},
           .fund = Fund::Read,
           .json = true,
           .run = runAccounts});
}

} // namespace imdp::cli
