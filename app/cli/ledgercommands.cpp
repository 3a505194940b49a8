// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The ledger's commands: imports, pledges, receipts, project money, reversal, position, journal.
#include "app/cli/cli.h"

#include "core/clock.h"
#include "core/ledger/import.h"
#include "core/ledger/importpreview.h"
#include "core/ledger/charges.h"
#include "core/ledger/entries.h"
#include "core/ledger/feerule.h"
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

QString usd(qint64 minor)
{
    return core::formatMinor(minor, core::kBaseMinorUnits);
}

QString currencyAmount(qint64 minor, const QString &currency)
{
    const auto c = core::findCurrency(currency);
    return core::formatMinor(minor, c ? c->minorUnits : 2);
}

/// "amount '1.5' has ..." reads "amount: '1.5' has ..." once the field is named first.
Error named(const QString &field, const Error &e)
{
    const QString noun = field == u"usd_rate"_s ? u"rate "_s : field + u' ';
    const QString m = e.message.startsWith(noun) ? e.message.sliced(noun.size()) : e.message;
    return {e.code, field + u": "_s + m};
}

/// A command's options and its fund, opened once the arguments are known to be good.
struct Ctx
{
    explicit Ctx(const QStringList &arguments) : args(arguments) {}

    QCommandLineParser p;
    QStringList args;
    int status = Ok;
    std::unique_ptr<core::Database> db;

    QString arg(int i) const { return p.positionalArguments().value(i); }
    QString value(const QString &name) const { return p.value(name); }
    bool isSet(const QString &name) const { return p.isSet(name); }

    /// Parses; opens positional 0 as the fund. False when the command must stop (`status`).
    bool start(const QStringList &positionals, bool readOnly)
    {
        if (!parse(p, args, positionals, status))
            return false;
        auto opened = openFund(arg(0), readOnly);
        if (!opened) {
            status = fail(opened.error());
            return false;
        }
        db = std::move(opened).value();
        return true;
    }

    /// For the commands that only read: adds --json, then start() read-only.
    bool startReading(const QStringList &positionals,
                      const QString &jsonHelp = u"Machine-readable output."_s)
    {
        p.addOption(QCommandLineOption(u"json"_s, jsonHelp));
        return start(positionals, true);
    }
};

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

core::Result<QDate> dateOption(const Ctx &c, const QString &name = u"date"_s)
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

core::Result<qint64> rateOption(const Ctx &c)
{
    if (!c.isSet(u"rate"_s))
        return 0; // the rate table pre-fills it
    auto r = core::Rate::parse(c.value(u"rate"_s));
    if (!r)
        return named(u"usd_rate"_s, r.error());
    return r->scaled();
}

core::Result<QList<ledger::Instalment>> instalmentOptions(const Ctx &c, const QString &currency)
{
    QList<ledger::Instalment> out;
    for (const QString &v : c.p.values(u"instalment"_s)) {
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
core::Result<AmountAndDate> amountAndDate(const Ctx &c, int index, bool signedAmount = false)
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

using Options = std::initializer_list<std::tuple<QString, QString, QString>>;

void addOptions(Ctx &c, Options options)
{
    for (const auto &[n, h, v] : options)
        c.p.addOption(opt(n, h, v));
}

/// The options a pledge and a receipt share: who, in what, how much, at what rate, when.
const Options kMoneyOptions{
    {u"donor"_s, u"The donor's name or short name (required)."_s, u"NAME"_s},
    {u"source"_s, u"donor (default) or bank (the DGF)."_s, u"KIND"_s},
    {u"currency"_s, u"ISO 4217 code (default USD)."_s, u"CODE"_s},
    {u"amount"_s, u"Amount in the currency, e.g. 1000000.00 (required)."_s, u"AMOUNT"_s},
    {u"rate"_s, u"USD per unit (default: the rate table on the date)."_s, u"RATE"_s}};

/// Reads the shared options into a Pledge or a Receipt (same member names).
template<typename T>
core::Result<T> moneyFields(const Ctx &c)
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

int runImport(const QStringList &args, bool receipts)
{
    Ctx c(args);
    c.p.setApplicationDescription(
        receipts ? u"Import receipts from CSV (date,donor,source,currency,amount,usd_rate,"
                   "reference; optional pledge): all rows or none."_s
                 : u"Import pledges from CSV (date,donor,source,currency,amount,usd_rate,status,"
                   "reference; optional note, instalments): all rows or none."_s);
    if (!receipts)
        c.p.addOption(opt(u"override"_s, u"Justification kept on the bank-source pledges."_s,
                          u"TEXT"_s));
    c.p.addOption(opt(u"dry-run"_s, u"Check the file and show what it would import and which "
                                    "organisations it would create; write nothing."_s));
    if (!c.start({u"FILE"_s, u"CSV"_s}, false))
        return c.status;
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

int runPledgeAdd(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"Record a pledge (signed by default)."_s);
    addOptions(c, kMoneyOptions);
    addOptions(c, {{u"reference"_s, u"Unique reference of the agreement (required)."_s, u"REF"_s},
                   {u"date"_s, u"Date of the pledge (default today)."_s, u"DATE"_s},
                   {u"status"_s, u"prospective, signed (default) or cancelled."_s, u"STATUS"_s},
                   {u"instalment"_s, u"DATE=AMOUNT; repeat for a schedule."_s, u"DATE=AMOUNT"_s},
                   {u"override"_s, u"Written justification for a bank pledge beyond the cap."_s,
                    u"TEXT"_s},
                   {u"note"_s, u"A note."_s, u"TEXT"_s}});
    if (!c.start({u"FILE"_s}, false))
        return c.status;
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
    out(u"Pledge %1 recorded: %2 %3 = %4 USD (%5)"_s.arg(saved->reference,
                                                         currencyAmount(saved->amountMinor,
                                                                        saved->currency),
                                                         saved->currency, usd(saved->usdMinor),
                                                         saved->status));
    return Ok;
}

int runPledgeCancel(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"Cancel a pledge that has no receipts."_s);
    c.p.addOption(opt(u"reason"_s, u"Why (required)."_s, u"TEXT"_s));
    c.p.addOption(opt(u"date"_s, u"Date of the cancellation (default today)."_s, u"DATE"_s));
    c.p.addOption(opt(u"override"_s, u"Written justification when less non-Bank funding would "
                                     "breach the DGF cap."_s,
                      u"TEXT"_s));
    if (!c.start({u"FILE"_s, u"REFERENCE"_s}, false))
        return c.status;
    auto date = dateOption(c);
    if (!date)
        return fail(date.error());
    return done(ledger::cancelPledge(*c.db, c.arg(1), *date, c.value(u"reason"_s),
                                     c.value(u"override"_s)),
                u"Pledge %1 cancelled: entry %2"_s.arg(c.arg(1)));
}

int runPledgeAmend(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"Amend a pledge: amount, rate, status or schedule. Posts the "
                                  "difference."_s);
    c.p.addOption(opt(u"amount"_s, u"New amount in the pledge's currency."_s, u"AMOUNT"_s));
    c.p.addOption(opt(u"rate"_s, u"New USD rate (only before any receipt)."_s, u"RATE"_s));
    c.p.addOption(opt(u"status"_s, u"prospective or signed."_s, u"STATUS"_s));
    c.p.addOption(opt(u"instalment"_s, u"DATE=AMOUNT; repeat for the new schedule."_s,
                      u"DATE=AMOUNT"_s));
    c.p.addOption(opt(u"no-instalments"_s, u"Remove the schedule."_s));
    c.p.addOption(opt(u"note"_s, u"Why."_s, u"TEXT"_s));
    c.p.addOption(opt(u"date"_s, u"Date of the amendment (default today)."_s, u"DATE"_s));
    c.p.addOption(opt(u"override"_s, u"Written justification when the change would breach the DGF "
                                     "cap."_s,
                      u"TEXT"_s));
    if (!c.start({u"FILE"_s, u"REFERENCE"_s}, false))
        return c.status;
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
        now->reference, currencyAmount(now->amountMinor, now->currency), now->currency,
        usd(now->usdMinor), now->status,
        *id > 0 ? u", entry %1"_s.arg(*id) : u", nothing to post"_s));
    return Ok;
}

int runPledgeList(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"List pledges with their schedules and what was paid."_s);
    if (!c.startReading({u"FILE"_s}))
        return c.status;
    auto list = ledger::pledges(*c.db);
    if (!list)
        return fail(list.error());
    QJsonArray a;
    for (const ledger::Pledge &p : *list) {
        QJsonArray inst;
        for (const ledger::Instalment &i : p.instalments)
            inst.append(QJsonObject{{u"due"_s, i.due.toString(Qt::ISODate)},
                                    {u"amount"_s, currencyAmount(i.amountMinor, p.currency)}});
        a.append(QJsonObject{{u"reference"_s, p.reference}, {u"donor"_s, p.donor},
                             {u"source"_s, p.source}, {u"date"_s, p.date.toString(Qt::ISODate)},
                             {u"currency"_s, p.currency},
                             {u"amount"_s, currencyAmount(p.amountMinor, p.currency)},
                             {u"usd_rate"_s, core::Rate::fromScaled(p.rateScaled)->toString()},
                             {u"usd"_s, usd(p.usdMinor)}, {u"status"_s, p.status},
                             {u"paid"_s, currencyAmount(p.paidMinor, p.currency)},
                             {u"instalments"_s, inst}, {u"cap_override"_s, p.capOverride}});
        if (!c.isSet(u"json"_s))
            out(u"%1  %2  %3  %4 %5 @ %6 = %7 USD  %8  paid %9"_s.arg(
                p.reference, p.date.toString(Qt::ISODate), p.donor,
                currencyAmount(p.amountMinor, p.currency), p.currency,
                core::Rate::fromScaled(p.rateScaled)->toString(), usd(p.usdMinor), p.status,
                currencyAmount(p.paidMinor, p.currency)));
    }
    if (c.isSet(u"json"_s))
        printJson({{u"pledges"_s, a}});
    return Ok;
}

int runReceiptAdd(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"Record money paid in, against a pledge or not."_s);
    addOptions(c, kMoneyOptions);
    addOptions(c, {{u"reference"_s, u"Unique reference, e.g. the bank's (required)."_s, u"REF"_s},
                   {u"pledge"_s, u"Reference of the pledge it pays."_s, u"REF"_s},
                   {u"date"_s, u"Value date (default today)."_s, u"DATE"_s},
                   {u"fee-bps"_s,
                    u"This receipt's administrative agent fee in basis points, "
                    "instead of the fund's rule (0: fee-exempt)."_s,
                    u"N"_s}});
    if (!c.start({u"FILE"_s}, false))
        return c.status;
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

int runReceiptList(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"List receipts."_s);
    if (!c.startReading({u"FILE"_s}))
        return c.status;
    auto list = ledger::receipts(*c.db);
    if (!list)
        return fail(list.error());
    QJsonArray a;
    for (const ledger::Receipt &r : *list) {
        a.append(QJsonObject{{u"reference"_s, r.reference}, {u"donor"_s, r.donor},
                             {u"source"_s, r.source}, {u"date"_s, r.date.toString(Qt::ISODate)},
                             {u"currency"_s, r.currency},
                             {u"amount"_s, currencyAmount(r.amountMinor, r.currency)},
                             {u"usd_rate"_s, core::Rate::fromScaled(r.rateScaled)->toString()},
                             {u"usd"_s, usd(r.usdMinor)}, {u"fee"_s, usd(r.feeMinor)},
                             {u"pledge"_s, r.pledgeReference}, {u"reversed"_s, r.reversed}});
        if (!c.isSet(u"json"_s))
            out(u"%1  %2  %3  %4 %5 @ %6 = %7 USD  fee %8%9"_s.arg(
                r.reference, r.date.toString(Qt::ISODate), r.donor,
                currencyAmount(r.amountMinor, r.currency), r.currency,
                core::Rate::fromScaled(r.rateScaled)->toString(), usd(r.usdMinor),
                usd(r.feeMinor), r.reversed ? u"  (reversed)"_s : QString()));
    }
    if (c.isSet(u"json"_s))
        printJson({{u"receipts"_s, a}});
    return Ok;
}

int runIncome(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"Record investment income on the fund's cash (USD)."_s);
    c.p.addOption(opt(u"date"_s, u"Date (default today)."_s, u"DATE"_s));
    c.p.addOption(opt(u"note"_s, u"What it is, e.g. interest Q2."_s, u"TEXT"_s));
    if (!c.start({u"FILE"_s, u"AMOUNT"_s}, false))
        return c.status;
    auto in = amountAndDate(c, 1);
    if (!in)
        return fail(in.error());
    return done(ledger::recordIncome(*c.db, in->usdMinor, in->date, c.value(u"note"_s)),
                u"Income of %1 USD recorded: entry %2"_s.arg(usd(in->usdMinor)));
}

// ---- the statement's other lines (issue 18) ---------------------------------------------------

int runPartnerInterest(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(
        u"Record interest a partner earned on the fund's money and remitted to the fund (USD)."_s);
    addOptions(c, {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                   {u"reference"_s, u"Reference (the partner's remittance, bank)."_s, u"REF"_s}});
    if (!c.start({u"FILE"_s, u"PROJECT"_s, u"PARTNER"_s, u"AMOUNT"_s}, false))
        return c.status;
    auto in = amountAndDate(c, 3);
    if (!in)
        return fail(in.error());
    return done(ledger::recordPartnerInterest(*c.db, c.arg(1), c.arg(2), in->usdMinor, in->date,
                                              c.value(u"reference"_s)),
                u"Interest of %1 USD remitted by %2 for %3: entry %4"_s.arg(usd(in->usdMinor),
                                                                            c.arg(2), c.arg(1)));
}

int runFundTransfer(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(
        u"Record a transfer to another trust fund (a use; not a transfer to a partner)."_s);
    addOptions(c, {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                   {u"reference"_s, u"Reference (transfer order, bank)."_s, u"REF"_s},
                   {u"note"_s, u"Note."_s, u"TEXT"_s}});
    if (!c.start({u"FILE"_s, u"FUND_NAME"_s, u"AMOUNT"_s}, false))
        return c.status;
    auto in = amountAndDate(c, 2);
    if (!in)
        return fail(in.error());
    return done(ledger::transferToFund(*c.db, {c.arg(1), in->usdMinor, in->date,
                                               c.value(u"reference"_s), c.value(u"note"_s)}),
                u"Transferred %1 USD to %2: entry %3"_s.arg(usd(in->usdMinor), c.arg(1)));
}

/// direct-cost and bank-charge: FILE AMOUNT [--date] [--note] (and --project for a direct cost).
int runCharge(const QStringList &args, bool direct)
{
    Ctx c(args);
    c.p.setApplicationDescription(
        direct ? u"Record direct costs charged to the fund (approved by the Committee)."_s
               : u"Record bank charges on the fund's account."_s);
    addOptions(c, {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                   {u"note"_s, u"Note."_s, u"TEXT"_s}});
    if (direct)
        c.p.addOption(opt(u"project"_s, u"The project the cost is for (optional)."_s, u"CODE"_s));
    if (!c.start({u"FILE"_s, u"AMOUNT"_s}, false))
        return c.status;
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

int runFeeAdjust(const QStringList &arguments)
{
    // A negative AMOUNT ("-120.50") would read as an option: it is moved behind "--".
    static const QRegularExpression negativeAmount(u"^-[0-9.]+$"_s);
    QStringList args, amounts;
    bool ended = false;
    for (const QString &a : arguments) {
        ended = ended || a == u"--"_s;
        (!ended && negativeAmount.match(a).hasMatch() ? amounts : args).append(a);
    }
    if (!amounts.isEmpty())
        args << (ended ? QStringList() : QStringList{u"--"_s}) + amounts;
    Ctx c(args);
    c.p.setApplicationDescription(u"Adjust the administrative agent fee: a positive AMOUNT "
                                  "charges more, a negative one gives back (USD)."_s);
    addOptions(c, {{u"date"_s, u"Date (default today)."_s, u"DATE"_s},
                   {u"reason"_s, u"Why (required)."_s, u"TEXT"_s}});
    if (!c.start({u"FILE"_s, u"AMOUNT"_s}, false))
        return c.status;
    auto in = amountAndDate(c, 1, true);
    if (!in)
        return fail(in.error());
    return done(ledger::adjustFee(*c.db, in->usdMinor, in->date, c.value(u"reason"_s)),
                u"Fee adjusted by %1 USD: entry %2"_s.arg(usd(in->usdMinor)));
}

// ---- project money ------------------------------------------------------------------------------

enum class ProjectOp { Allocate, Release, Transfer, Expenditure, Refund };

int runProject(const QStringList &args, ProjectOp op)
{
    Ctx c(args);
    const bool withPartner = op == ProjectOp::Transfer || op == ProjectOp::Expenditure
                             || op == ProjectOp::Refund;
    static const QHash<int, QString> help{
        {int(ProjectOp::Allocate), u"Allocate USD to a project (refused above what is available)."_s},
        {int(ProjectOp::Release), u"Release a project's unspent allocation back to the fund."_s},
        {int(ProjectOp::Transfer), u"Transfer a tranche to a partner (within the allocation)."_s},
        {int(ProjectOp::Expenditure), u"Record expenditure a partner reported."_s},
        {int(ProjectOp::Refund), u"Record unspent money a partner paid back."_s}};
    c.p.setApplicationDescription(help.value(int(op)));
    c.p.addOption(opt(u"date"_s, u"Date (default today)."_s, u"DATE"_s));
    if (withPartner)
        c.p.addOption(opt(u"reference"_s, u"Reference (transfer order, report, bank)."_s,
                          u"REF"_s));
    if (op != ProjectOp::Expenditure && op != ProjectOp::Refund)
        c.p.addOption(opt(u"note"_s, u"Note."_s, u"TEXT"_s));
    const QStringList positionals = withPartner
                                        ? QStringList{u"FILE"_s, u"PROJECT"_s, u"PARTNER"_s,
                                                      u"AMOUNT"_s}
                                        : QStringList{u"FILE"_s, u"PROJECT"_s, u"AMOUNT"_s};
    if (!c.start(positionals, false))
        return c.status;
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
        return done(ledger::transfer(*c.db, {project, c.arg(2), *amount, *date, reference, note}),
                    u"Transferred %1 USD to %2 for %3: entry %4"_s.arg(usd(*amount), c.arg(2),
                                                                       project));
    case ProjectOp::Expenditure:
        return done(ledger::recordExpenditure(*c.db, project, c.arg(2), *amount, *date, reference),
                    u"Expenditure of %1 USD by %2 on %3: entry %4"_s.arg(usd(*amount), c.arg(2),
                                                                         project));
    case ProjectOp::Refund:
        return done(ledger::refundFromPartner(*c.db, project, c.arg(2), *amount, *date, reference),
                    u"Refund of %1 USD from %2 for %3: entry %4"_s.arg(usd(*amount), c.arg(2),
                                                                       project));
    }
    return Usage;
}

int runProjectBalance(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"A project's money: allocated, transferred, spent, held."_s);
    if (!c.startReading({u"FILE"_s, u"PROJECT"_s}))
        return c.status;
    auto b = ledger::projectBalance(*c.db, c.arg(1));
    if (!b)
        return fail(b.error());
    const QList<std::pair<QString, qint64>> rows{
        {u"allocated"_s, b->allocated},         {u"transferred"_s, b->transferred},
        {u"expenditure"_s, b->expenditure},     {u"refunded"_s, b->refunded},
        {u"waived"_s, b->waived},               {u"held_by_partner"_s, b->heldByPartner},
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

int runReverse(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"Reverse a journal entry with a reason (once)."_s);
    c.p.addOption(opt(u"reason"_s, u"Why (required)."_s, u"TEXT"_s));
    c.p.addOption(opt(u"date"_s, u"Date of the reversal (default today)."_s, u"DATE"_s));
    if (!c.start({u"FILE"_s, u"ENTRY"_s}, false))
        return c.status;
    bool ok = false;
    const qint64 id = c.arg(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(Error::badInput(u"entry: '%1' is not an entry number"_s.arg(c.arg(1).left(20))));
    auto date = dateOption(c);
    if (!date)
        return fail(date.error());
    return done(ledger::reverse(*c.db, id, c.value(u"reason"_s), *date),
                u"Entry %1 reversed by entry %2"_s.arg(id));
}

int runRateAdd(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"Record a dated rate: USD per one unit of CURRENCY."_s);
    if (!c.start({u"FILE"_s, u"CURRENCY"_s, u"DATE"_s, u"RATE"_s}, false))
        return c.status;
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

int runRateList(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"List recorded rates."_s);
    if (!c.startReading({u"FILE"_s, u"[CURRENCY]"_s}))
        return c.status;
    auto list = ledger::rates(*c.db, c.arg(1));
    if (!list)
        return fail(list.error());
    QJsonArray a;
    for (const ledger::ExchangeRate &r : *list) {
        const QString rate = core::Rate::fromScaled(r.rateScaled)->toString();
        a.append(QJsonObject{{u"currency"_s, r.currency},
                             {u"date"_s, r.date.toString(Qt::ISODate)}, {u"usd_rate"_s, rate}});
        if (!c.isSet(u"json"_s))
            out(u"%1  %2  %3"_s.arg(r.currency, r.date.toString(Qt::ISODate), rate));
    }
    if (c.isSet(u"json"_s))
        printJson({{u"rates"_s, a}});
    return Ok;
}

int runFee(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"Show or set the administrative agent fee on receipts: none, "
                                  "flat:BPS or tiered:AMOUNT=BPS,...,*=BPS."_s);
    if (!c.start({u"FILE"_s, u"[RULE]"_s}, c.args.size() <= 2)) // showing needs no write access
        return c.status;
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

int runPosition(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"The fund's position at the end of a date (USD)."_s);
    c.p.addOption(opt(u"at"_s, u"Date (default today)."_s, u"DATE"_s));
    if (!c.startReading({u"FILE"_s},
                        u"Machine-readable output; amounts as decimal strings."_s))
        return c.status;
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
            donors.append(QJsonObject{{u"donor"_s, d.donor}, {u"source"_s, d.source},
                                      {u"pledged"_s, usd(d.pledged)},
                                      {u"prospective"_s, usd(d.prospective)},
                                      {u"received"_s, usd(d.received)},
                                      {u"outstanding"_s, usd(d.outstanding)},
                                      {u"arrears"_s, usd(d.arrears)}});
        o.insert(u"by_donor"_s, donors);
        QJsonArray sources;
        for (const ledger::SourcePosition &s : p->bySource)
            sources.append(QJsonObject{{u"source"_s, s.source}, {u"pledged"_s, usd(s.pledged)},
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
                                     {u"income"_s, usd(y.income)}, {u"fees"_s, usd(y.fees)},
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
                    .arg(y.start.toString(Qt::ISODate), y.end.toString(Qt::ISODate),
                         usd(y.pledged), usd(y.received), usd(y.allocated), usd(y.transferred)));
    }
    return Ok;
}

int runJournal(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"The journal: every entry with its postings (USD)."_s);
    if (!c.startReading({u"FILE"_s},
                        u"Machine-readable output; amounts as decimal strings."_s))
        return c.status;
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
                postings.append(QJsonObject{
                    {u"account"_s, p.account}, {u"flow"_s, p.flow},
                    {u"debit"_s, p.usdMinor > 0 ? usd(p.usdMinor) : QString()},
                    {u"credit"_s, p.usdMinor < 0 ? usd(-p.usdMinor) : QString()},
                    {u"donor"_s, p.donor}, {u"project"_s, p.project}, {u"partner"_s, p.partner}});
            }
            QJsonObject o{{u"entry"_s, e.id},           {u"date"_s, e.date.toString(Qt::ISODate)},
                          {u"kind"_s, e.kind},           {u"memo"_s, e.memo},
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

int runAccounts(const QStringList &args)
{
    Ctx c(args);
    c.p.setApplicationDescription(u"The trial balance: every account's balance (debit +)."_s);
    c.p.addOption(opt(u"at"_s, u"Date (default: every entry)."_s, u"DATE"_s));
    if (!c.startReading({u"FILE"_s}))
        return c.status;
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
        a.append(QJsonObject{{u"code"_s, acc.code}, {u"account"_s, acc.key},
                             {u"name"_s, acc.name}, {u"class"_s, acc.accountClass},
                             {u"balance"_s, usd(acc.balance)}});
        if (!c.isSet(u"json"_s))
            out(u"%1  %2 %3"_s.arg(acc.code).arg(acc.name.left(44), -44).arg(usd(acc.balance), 18));
    }
    if (c.isSet(u"json"_s)) {
        printJson({{u"currency"_s, u"USD"_s}, {u"accounts"_s, a}, {u"total"_s, usd(total)}});
        return Ok;
    }
    out(u"%1  %2 %3"_s.arg(QString(4, u' ')).arg(u"Total (zero when the books balance)"_s, -44)
            .arg(usd(total), 18));
    return Ok;
}

} // namespace

void registerLedgerCommands(Registry &r)
{
    core::ledger::registerVerifyChecks(); // `imdp verify` checks the journal and stored balances
    r.add({u"import receipts"_s, u"Import receipts from CSV, all or nothing: FILE CSV"_s,
           [](const QStringList &a) { return runImport(a, true); }});
    r.add({u"import pledges"_s, u"Import pledges from CSV, all or nothing: FILE CSV"_s,
           [](const QStringList &a) { return runImport(a, false); }});
    r.add({u"pledge add"_s, u"Record a pledge: FILE --donor --amount --reference ..."_s,
           runPledgeAdd});
    r.add({u"pledge amend"_s, u"Amend a pledge: FILE REFERENCE [--amount] [--status] ..."_s,
           runPledgeAmend});
    r.add({u"pledge cancel"_s, u"Cancel a pledge: FILE REFERENCE --reason TEXT"_s,
           runPledgeCancel});
    r.add({u"pledge list"_s, u"List pledges: FILE [--json]"_s, runPledgeList});
    r.add({u"receipt add"_s, u"Record a receipt: FILE --donor --amount --reference ..."_s,
           runReceiptAdd});
    r.add({u"receipt list"_s, u"List receipts: FILE [--json]"_s, runReceiptList});
    r.add({u"income"_s, u"Record investment income: FILE AMOUNT [--date] [--note]"_s, runIncome});
    r.add({u"partner-interest"_s,
           u"Record interest remitted by a partner: FILE PROJECT PARTNER AMOUNT"_s,
           runPartnerInterest});
    r.add({u"fund-transfer"_s, u"Record a transfer to another trust fund: FILE FUND_NAME AMOUNT"_s,
           runFundTransfer});
    r.add({u"direct-cost"_s, u"Record direct costs: FILE AMOUNT [--project CODE]"_s,
           [](const QStringList &a) { return runCharge(a, true); }});
    r.add({u"bank-charge"_s, u"Record bank charges: FILE AMOUNT"_s,
           [](const QStringList &a) { return runCharge(a, false); }});
    r.add({u"fee-adjust"_s, u"Adjust the administrative agent fee: FILE AMOUNT --reason TEXT"_s,
           runFeeAdjust});
    r.add({u"allocate"_s, u"Allocate to a project: FILE PROJECT AMOUNT"_s,
           [](const QStringList &a) { return runProject(a, ProjectOp::Allocate); }});
    r.add({u"release"_s, u"Release an unspent allocation: FILE PROJECT AMOUNT"_s,
           [](const QStringList &a) { return runProject(a, ProjectOp::Release); }});
    r.add({u"transfer"_s, u"Transfer a tranche: FILE PROJECT PARTNER AMOUNT"_s,
           [](const QStringList &a) { return runProject(a, ProjectOp::Transfer); }});
    r.add({u"expenditure"_s, u"Record partner expenditure: FILE PROJECT PARTNER AMOUNT"_s,
           [](const QStringList &a) { return runProject(a, ProjectOp::Expenditure); }});
    r.add({u"refund"_s, u"Record a partner's refund: FILE PROJECT PARTNER AMOUNT"_s,
           [](const QStringList &a) { return runProject(a, ProjectOp::Refund); }});
    r.add({u"project"_s, u"A project's balances: FILE PROJECT [--json]"_s, runProjectBalance});
    r.add({u"reverse"_s, u"Reverse an entry: FILE ENTRY --reason TEXT"_s, runReverse});
    r.add({u"rate add"_s, u"Record a rate: FILE CURRENCY DATE RATE"_s, runRateAdd});
    r.add({u"rate list"_s, u"List rates: FILE [CURRENCY] [--json]"_s, runRateList});
    r.add({u"fee"_s, u"Show or set the administrative fee: FILE [RULE]"_s, runFee});
    r.add({u"position"_s, u"The fund position: FILE [--at DATE] [--json]"_s, runPosition});
    r.add({u"journal"_s, u"The journal: FILE [--json]"_s, runJournal});
    r.add({u"accounts"_s, u"The trial balance: FILE [--at DATE] [--json]"_s, runAccounts});
}

} // namespace imdp::cli
