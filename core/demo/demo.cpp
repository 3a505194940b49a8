// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/demo/demo.h"

#include "core/committee/meetings.h"
#include "core/committee/members.h"
#include "core/fund/fund.h"
#include "core/funding/capstatus.h"
#include "core/ledger/feerule.h"
#include "core/ledger/pledges.h"
#include "core/ledger/projects.h"
#include "core/ledger/rates.h"
#include "core/ledger/receipts.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/review.h"
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
    return Error::within(where, e);
}

Result<QDate> dateOf(const QJsonObject &o)
{
    return parseIsoDate(u"date"_s, o.value(u"date"_s).toString());
}

Result<qint64> rateOf(const QJsonObject &o)
{
    auto r = Rate::parse(o.value(u"rate"_s).toString());
    if (!r)
        return Error::withinBare(u"rate"_s, r.error());
    return r->scaled();
}

Result<qint64> usdOf(const QJsonObject &o)
{
    auto m = Money::parse(o.value(u"amount"_s).toString(), kBaseCurrency);
    if (!m)
        return Error::withinBare(u"amount"_s, m.error());
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
            return Error::withinBare(u"amount"_s, amount.error());
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
                return Error::withinBare(u"instalments"_s, part.error());
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
            return Error::withinBare(u"amount"_s, amount.error());
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
        auto id = ledger::allocate(
            db, {o.value(u"project"_s).toString(), *amount, *date, o.value(u"note"_s).toString()});
        return id ? Status{} : Status(id.error());
    });
    if (!s)
        return s;
    return each(u"transfers"_s, [&](const QJsonObject &o) -> Status {
        auto date = dateOf(o);
        auto amount = usdOf(o);
        if (!date || !amount)
            return !date ? date.error() : amount.error();
        auto id = ledger::transfer(
            db, {o.value(u"project"_s).toString(), o.value(u"partner"_s).toString(), *amount, *date,
                 o.value(u"reference"_s).toString(), o.value(u"note"_s).toString()});
        return id ? Status{} : Status(id.error());
    });
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

Result<QDate> optionalDate(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        return QDate();
    return parseIsoDate(key, o.value(key).toString());
}

Result<qint64> usdAmount(const QJsonObject &o, const QString &key)
{
    auto m = Money::parse(o.value(key).toString(), u"USD");
    if (!m)
        return Error::withinBare(key, m.error());
    return m->minor();
}

/// What must hold before the proposal takes `step`: the records its guard reads, in the order
/// the secretariat would enter them.
Status prepareStep(Database &db, const QString &code, const QString &step, const QJsonObject &o,
                   const QString &where)
{
    const auto at = [&where](const QString &field, const Error &e) {
        return demo::at(where + u"."_s + field, e);
    };
    if (step == u"in_review"_s || step == u"rejected"_s) {
        const QJsonValue list = o.value(u"checklist"_s);
        if (list.isString() && list.toString() == u"all"_s) {
            for (const QString &item : pipeline::checklistItems()) {
                if (auto s = pipeline::answerChecklist(db, code, item, true, {}); !s)
                    return at(u"checklist"_s, s.error());
            }
        }
    }
    if (step == u"recommended"_s || step == u"not_recommended"_s) {
        for (const QJsonValue &v : o.value(u"reviews"_s).toArray()) {
            const QJsonObject r = v.toObject();
            review::OverallReview review{r.value(u"reviewer"_s).toString(),
                                         r.value(u"score"_s).toInt(),
                                         r.value(u"completed"_s).toBool(true),
                                         r.value(u"comment"_s).toString(),
                                         {}};
            if (auto s = review::recordOverallReview(db, code, review); !s)
                return at(u"reviews"_s, s.error());
        }
    }
    if (pipeline::decisions().contains(step) && o.contains(u"decision"_s)) {
        const QJsonObject d = o.value(u"decision"_s).toObject();
        pipeline::Decision decision;
        decision.decision = d.value(u"decision"_s).toString();
        decision.conditions = d.value(u"conditions"_s).toString();
        auto date = optionalDate(d, u"date"_s);
        auto amount = usdAmount(d, u"amount"_s);
        if (!date || !amount)
            return at(u"decision"_s, !date ? date.error() : amount.error());
        decision.date = *date;
        decision.amountUsdMinor = *amount;
        if (auto s = pipeline::recordDecision(db, code, decision); !s)
            return at(u"decision"_s, s.error());
    }
    if (step == u"tor_issued"_s) {
        const QJsonObject t = o.value(u"tor"_s).toObject();
        pipeline::TermsOfReference tor;
        tor.objectives = t.value(u"objectives"_s).toString();
        tor.tasks = t.value(u"tasks"_s).toString();
        tor.expectedResults = t.value(u"expected_results"_s).toString();
        tor.partner = t.value(u"partner"_s).toString();
        auto start = optionalDate(t, u"start"_s);
        auto end = optionalDate(t, u"end"_s);
        auto budget = usdAmount(t, u"budget"_s);
        if (!start || !end || !budget)
            return at(u"tor"_s, !start ? start.error() : !end ? end.error() : budget.error());
        tor.start = *start;
        tor.end = *end;
        tor.budgetUsdMinor = *budget;
        if (auto s = pipeline::setTermsOfReference(db, code, tor); !s)
            return at(u"tor"_s, s.error());
        const QJsonArray tranches = o.value(u"tranches"_s).toArray();
        for (qsizetype i = 0; i < tranches.size(); ++i) {
            const QJsonObject tr = tranches.at(i).toObject();
            auto amount = usdAmount(tr, u"amount"_s);
            if (!amount)
                return at(u"tranches[%1]"_s.arg(i), amount.error());
            auto seq =
                pipeline::addTranche(db, code, *amount, tr.value(u"conditions"_s).toString());
            if (!seq)
                return at(u"tranches[%1]"_s.arg(i), seq.error());
            if (tr.value(u"met"_s).toBool()) {
                if (auto s = pipeline::setTrancheConditionsMet(db, code, *seq, true); !s)
                    return at(u"tranches[%1]"_s.arg(i), s.error());
            }
        }
    }
    if (step == u"implementation"_s) {
        const QJsonArray tranches = o.value(u"tranches"_s).toArray();
        for (qsizetype i = 0; i < tranches.size(); ++i) {
            const QJsonObject tr = tranches.at(i).toObject();
            auto date = optionalDate(tr, u"released"_s);
            if (!date)
                return at(u"tranches[%1]"_s.arg(i), date.error());
            if (!date->isValid())
                continue;
            if (auto s = pipeline::releaseTranche(db, code, int(i) + 1, *date,
                                                  tr.value(u"reference"_s).toString());
                !s)
                return at(u"tranches[%1]"_s.arg(i), s.error());
        }
    }
    return {};
}

Status loadProposal(Database &db, const QJsonObject &o, const QString &where)
{
    const auto at = [&where](const QString &field, const Error &e) {
        return demo::at(where + u"."_s + field, e);
    };
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
        return at(u"requested"_s, amount.error());
    p.requestedMinor = amount->minor();
    p.stage = o.value(u"stage"_s).toString(u"full"_s);
    p.source = o.value(u"source"_s).toString();
    p.sourceReference = o.value(u"source_ref"_s).toString();
    p.countries = strings(o.value(u"countries"_s));
    auto start = optionalDate(o, u"start"_s);
    auto end = optionalDate(o, u"end"_s);
    if (!start || !end)
        return demo::at(where, !start ? start.error() : end.error());
    p.start = *start;
    p.end = *end;
    p.summary = o.value(u"summary"_s).toString();
    p.disaggregation = strings(o.value(u"disaggregation"_s));
    p.disaggregationOther = o.value(u"disaggregation_other"_s).toString();
    p.recommendations = strings(o.value(u"recommendations"_s));
    const QJsonArray budget = o.value(u"budget"_s).toArray();
    for (qsizetype i = 0; i < budget.size(); ++i) {
        const QJsonObject b = budget.at(i).toObject();
        auto m = Money::parse(b.value(u"amount"_s).toString(), p.currency);
        if (!m)
            return at(u"budget[%1].amount"_s.arg(i), m.error());
        p.budget.append({b.value(u"category"_s).toString(), m->minor()});
    }
    if (auto r = pipeline::add(db, p); !r)
        return demo::at(where, r.error());
    // A checklist given item by item is answered while the proposal is screened.
    const QJsonValue list = o.value(u"checklist"_s);
    const QString note = o.value(u"note"_s).toString();
    for (const QJsonValue &step : o.value(u"path"_s).toArray()) {
        if (auto s = prepareStep(db, p.code, step.toString(), o, where); !s)
            return s;
        if (auto s = pipeline::move(db, p.code, step.toString(), note); !s)
            return at(u"path"_s, s.error());
        if (step.toString() == u"screening"_s && list.isObject()) {
            const QJsonObject items = list.toObject();
            for (auto it = items.begin(); it != items.end(); ++it) {
                if (auto s =
                        pipeline::answerChecklist(db, p.code, it.key(), it.value().toBool(), {});
                    !s)
                    return at(u"checklist"_s, s.error());
            }
        }
    }
    return {};
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
        return Error::badInput(u""_s, u"demo.json"_s,
                               {ErrorArg::txt(name), ErrorArg::num(perr.offset),
                                ErrorArg::txt(perr.errorString())});
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
        org.iatiRef = o.value(u"iati_ref"_s).toString();
        org.contact = o.value(u"contact"_s).toString();
        org.email = o.value(u"email"_s).toString();
        // The public command, as `imdp org add` and the Organisations page use it.
        if (auto r = organisations::add(db, org); !r)
            return at(u"%1: organisations[%2]"_s.arg(name).arg(i), r.error());
    }

    // The money first, so that the Committee's endorsements below have funds to allocate.
    if (auto st = loadLedger(db, root.value(u"ledger"_s).toObject(), name); !st)
        return st;

    const QJsonArray recs = root.value(u"recommendations"_s).toArray();
    for (qsizetype i = 0; i < recs.size(); ++i) {
        const QJsonObject o = recs.at(i).toObject();
        pipeline::Recommendation r{o.value(u"reference"_s).toString(),
                                   o.value(u"kind"_s).toString(u"recommendation"_s),
                                   o.value(u"text"_s).toString(), 0};
        if (auto s = pipeline::addRecommendation(db, r); !s)
            return at(u"%1: recommendations[%2]"_s.arg(name).arg(i), s.error());
    }

    const QJsonArray props = root.value(u"proposals"_s).toArray();
    for (qsizetype i = 0; i < props.size(); ++i) {
        const QString where = u"%1: proposals[%2]"_s.arg(name).arg(i);
        if (auto s = loadProposal(db, props.at(i).toObject(), where); !s)
            return s;
    }

    const QJsonArray people = root.value(u"committee_members"_s).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QJsonObject o = people.at(i).toObject();
        const QString where = u"%1: committee_members[%2]"_s.arg(name).arg(i);
        Member m;
        m.name = o.value(u"name"_s).toString();
        m.organisation = o.value(u"organisation"_s).toString();
        m.constituency = o.value(u"constituency"_s).toString();
        m.role = o.value(u"role"_s).toString(u"member"_s);
        auto from = parseIsoDate(u"from"_s, o.value(u"from"_s).toString());
        if (!from)
            return at(where, from.error());
        m.termStart = *from;
        if (o.contains(u"to"_s)) {
            auto to = parseIsoDate(u"to"_s, o.value(u"to"_s).toString());
            if (!to)
                return at(where, to.error());
            m.termEnd = *to;
        }
        if (auto r = members::add(db, m); !r)
            return at(where, r.error());
    }

    // Meetings and their agendas go through the Committee's commands, so the demo's agenda obeys
    // the same rule as a user's (only proposals awaiting the Committee's decision).
    const QJsonArray meets = root.value(u"meetings"_s).toArray();
    for (qsizetype i = 0; i < meets.size(); ++i) {
        const QJsonObject o = meets.at(i).toObject();
        const QString where = u"%1: meetings[%2]"_s.arg(name).arg(i);
        auto date = parseIsoDate(u"date"_s, o.value(u"date"_s).toString());
        if (!date)
            return at(where, date.error());
        auto id = meetings::add(db, {0, *date, o.value(u"place"_s).toString(), {}, 0});
        if (!id)
            return at(where, id.error());
        for (const QJsonValue &code : o.value(u"agenda"_s).toArray()) {
            if (auto r = meetings::addProposal(db, *id, code.toString()); !r)
                return at(where + u".agenda"_s, r.error());
        }
        for (const QJsonValue &title : o.value(u"information"_s).toArray()) {
            if (auto r = meetings::addInformation(db, *id, title.toString()); !r)
                return at(where + u".information"_s, r.error());
        }
    }
    return tx.commit();
}

} // namespace imdp::core::demo
