// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/fund/demo.h"

#include "core/committee/meetings.h"
#include "core/fund/fund.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/pipeline/proposals.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
