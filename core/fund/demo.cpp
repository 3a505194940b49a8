// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/fund/demo.h"

#include "core/funding/capstatus.h"

#include "core/committee/meetings.h"
#include "core/fund/fund.h"
#include "core/ledger/ledger.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/pipeline/proposals.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::Literals::StringLiterals;

static void initDemoResource()
{
    Q_INIT_RESOURCE(imdp_core_demo);
}

namespace imdp::core::demo {

namespace {
Error at(const QString &where, const Error &e)
{
    return {e.code, u"%1: %2"_s.arg(where, e.message)};
}

Result<QDate> dateOf(const QJsonObject &o)
{
    return parseIsoDate(u"date"_s, o.value(u"date"_s).toString());
}

Result<qint64> rateOf(const QJsonObject &o)
{
    auto r = Rate::parse(o.value(u"rate"_s).toString());
    if (!r)
        return Error::badInput(u"rate: "_s + r.error().message);
    return r->scaled();
}

Result<qint64> usdOf(const QJsonObject &o)
{
    auto m = Money::parse(o.value(u"amount"_s).toString(), kBaseCurrency);
    if (!m)
        return Error::badInput(u"amount: "_s + m.error().message);
    return m->minor();
}

/// The demo's money, through the ledger's own commands: rates, pledges, receipts, income, uses.
Status loadLedger(Database &db, const QJsonObject &l, const QString &name)
{
    if (l.isEmpty())
        return {};
    auto fee = ledger::FeeRule::parse(l.value(u"fee"_s).toString(u"none"_s));
    if (!fee)
        return at(name + u": ledger.fee"_s, fee.error());
    if (auto s = ledger::setFeeRule(db, *fee); !s)
        return at(name + u": ledger.fee"_s, s.error());
    const auto each = [&](const QString &key,
                          const std::function<Status(const QJsonObject &)> &fn) -> Status {
        const QJsonArray a = l.value(key).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (auto s = fn(a.at(i).toObject()); !s)
                return Status(at(u"%1: ledger.%2[%3]"_s.arg(name, key).arg(i), s.error()));
        }
        return Status{};
    };
    Status s = each(u"rates"_s, [&](const QJsonObject &o) -> Status {
        auto date = dateOf(o);
        auto rate = rateOf(o);
        if (!date || !rate)
            return !date ? date.error() : rate.error();
        return ledger::addRate(db, {o.value(u"currency"_s).toString(), *date, *rate});
    });
    if (!s)
        return s;
    auto capBefore = funding::capStatus(db);
    if (!capBefore)
        return capBefore.error();
    s = each(u"pledges"_s, [&](const QJsonObject &o) -> Status {
        ledger::Pledge p;
        p.reference = o.value(u"reference"_s).toString();
        p.donor = o.value(u"donor"_s).toString();
        p.source = o.value(u"source"_s).toString(u"donor"_s);
        p.currency = o.value(u"currency"_s).toString();
        p.status = o.value(u"status"_s).toString();
        p.note = o.value(u"note"_s).toString();
        auto date = dateOf(o);
        auto rate = rateOf(o);
        auto amount = Money::parse(o.value(u"amount"_s).toString(), p.currency);
        if (!date || !rate)
            return !date ? date.error() : rate.error();
        if (!amount)
            return Error::badInput(u"amount: "_s + amount.error().message);
        p.date = *date;
        p.rateScaled = *rate;
        p.amountMinor = amount->minor();
        for (const QJsonValue &v : o.value(u"instalments"_s).toArray()) {
            const QJsonArray pair = v.toArray();
            auto due = parseIsoDate(u"instalments"_s, pair.at(0).toString());
            auto part = Money::parse(pair.at(1).toString(), p.currency);
            if (!due)
                return due.error();
            if (!part)
                return Error::badInput(u"instalments: "_s + part.error().message);
            p.instalments.append({*due, part->minor()});
        }
        // Donors and the Bank pledged over weeks; the cap holds for the set, checked once below.
        p.deferCapCheck = true;
        auto r = ledger::recordPledge(db, p);
        return r ? Status{} : Status(r.error());
    });
    if (!s)
        return s;
    if (auto c = funding::checkPlanAfterBatch(db, *capBefore, {}, u"demo pledges"_s); !c)
        return Status(at(name + u": ledger.pledges"_s, c.error()));
    s = each(u"receipts"_s, [&](const QJsonObject &o) -> Status {
        ledger::Receipt r;
        r.reference = o.value(u"reference"_s).toString();
        r.donor = o.value(u"donor"_s).toString();
        r.source = o.value(u"source"_s).toString(u"donor"_s);
        r.currency = o.value(u"currency"_s).toString();
        r.pledgeReference = o.value(u"pledge"_s).toString();
        auto date = dateOf(o);
        auto rate = rateOf(o);
        auto amount = Money::parse(o.value(u"amount"_s).toString(), r.currency);
        if (!date || !rate)
            return !date ? date.error() : rate.error();
        if (!amount)
            return Error::badInput(u"amount: "_s + amount.error().message);
        r.date = *date;
        r.rateScaled = *rate;
        r.amountMinor = amount->minor();
        auto id = ledger::recordReceipt(db, r);
        return id ? Status{} : Status(id.error());
    });
    if (!s)
        return s;
    s = each(u"income"_s, [&](const QJsonObject &o) -> Status {
        auto date = dateOf(o);
        auto amount = usdOf(o);
        if (!date || !amount)
            return !date ? date.error() : amount.error();
        auto id = ledger::recordIncome(db, *amount, *date, o.value(u"note"_s).toString());
        return id ? Status{} : Status(id.error());
    });
    if (!s)
        return s;
    s = each(u"allocations"_s, [&](const QJsonObject &o) -> Status {
        auto date = dateOf(o);
        auto amount = usdOf(o);
        if (!date || !amount)
            return !date ? date.error() : amount.error();
        auto id = ledger::allocate(db, {o.value(u"project"_s).toString(), *amount, *date,
                                        o.value(u"note"_s).toString()});
        return id ? Status{} : Status(id.error());
    });
    if (!s)
        return s;
    return each(u"transfers"_s, [&](const QJsonObject &o) -> Status {
        auto date = dateOf(o);
        auto amount = usdOf(o);
        if (!date || !amount)
            return !date ? date.error() : amount.error();
        auto id = ledger::transfer(db, {o.value(u"project"_s).toString(),
                                        o.value(u"partner"_s).toString(), *amount, *date,
                                        o.value(u"reference"_s).toString(),
                                        o.value(u"note"_s).toString()});
        return id ? Status{} : Status(id.error());
    });
}
} // namespace

QByteArray source()
{
    initDemoResource();
    QFile f(u":/imdp/demo/demo-fund.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Status load(Database &db, const QByteArray &json, const QString &name)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (doc.isNull())
        return Error::badInput(u"%1: offset %2: %3"_s.arg(name).arg(perr.offset).arg(
            perr.errorString()));
    const QJsonObject root = doc.object();

    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();

    const QJsonObject f = root.value(u"fund"_s).toObject();
    FundSettings settings;
    settings.name = f.value(u"name"_s).toString();
    settings.baseCurrency = f.value(u"base_currency"_s).toString(u"USD"_s);
    settings.capBps = f.value(u"cap_bps"_s).toInt(1500);
    settings.fiscalYearStartMonth = f.value(u"fiscal_year_start_month"_s).toInt(7);
    if (auto s = fund::initialise(db, settings); !s)
        return at(name + u": fund"_s, s.error());

    const QJsonArray orgs = root.value(u"organisations"_s).toArray();
    for (qsizetype i = 0; i < orgs.size(); ++i) {
        const QJsonObject o = orgs.at(i).toObject();
        Organisation org;
        org.name = o.value(u"name"_s).toString();
        org.shortName = o.value(u"short"_s).toString();
        org.kind = o.value(u"kind"_s).toString();
        org.country = o.value(u"country"_s).toString();
        org.gmgMember = o.value(u"gmg"_s).toBool();
        if (auto r = organisations::add(db, org); !r)
            return at(u"%1: organisations[%2]"_s.arg(name).arg(i), r.error());
    }

    const QJsonArray props = root.value(u"proposals"_s).toArray();
    for (qsizetype i = 0; i < props.size(); ++i) {
        const QString where = u"%1: proposals[%2]"_s.arg(name).arg(i);
        const QJsonObject o = props.at(i).toObject();
        Proposal p;
        p.code = o.value(u"code"_s).toString();
        p.title = o.value(u"title"_s).toString();
        p.applicant = o.value(u"applicant"_s).toString();
        p.partner = o.value(u"partner"_s).toString();
        p.objectives = o.value(u"objectives"_s).toString();
        p.actionArea = o.value(u"area"_s).toString();
        p.currency = o.value(u"currency"_s).toString(u"USD"_s);
        auto amount = Money::parse(o.value(u"requested"_s).toString(), p.currency);
        if (!amount)
            return at(where + u".requested"_s, amount.error());
        p.requestedMinor = amount->minor();
        if (auto r = pipeline::add(db, p); !r)
            return at(where, r.error());
        const QString note = o.value(u"note"_s).toString();
        for (const QJsonValue &step : o.value(u"path"_s).toArray()) {
            if (auto s = pipeline::move(db, p.code, step.toString(), note); !s)
                return at(where + u".path"_s, s.error());
        }
    }

    if (auto st = loadLedger(db, root.value(u"ledger"_s).toObject(), name); !st)
        return st;

    const QJsonArray meets = root.value(u"meetings"_s).toArray();
    for (qsizetype i = 0; i < meets.size(); ++i) {
        const QJsonObject o = meets.at(i).toObject();
        const QString where = u"%1: meetings[%2]"_s.arg(name).arg(i);
        auto date = parseIsoDate(u"date"_s, o.value(u"date"_s).toString());
        if (!date)
            return at(where, date.error());
        if (auto r = meetings::add(db, {0, *date, o.value(u"place"_s).toString(), {}}); !r)
            return at(where, r.error());
    }
    return tx.commit();
}

} // namespace imdp::core::demo
