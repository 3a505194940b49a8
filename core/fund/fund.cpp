// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/fund/fund.h"

#include "core/clock.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

qint64 FundInfo::count(const QString &table) const
{
    for (const auto &[name, n] : counts) {
        if (name == table)
            return n;
    }
    return 0;
}

int FundSettings::fiscalYearOf(int year, int month, bool onOrAfterStartDay) const
{
    if (fiscalYearStartMonth == 1 && fiscalYearStartDay == 1)
        return year;
    const bool later = month > fiscalYearStartMonth
                       || (month == fiscalYearStartMonth && onOrAfterStartDay);
    return later ? year + 1 : year;
}

int FundSettings::fiscalYearOf(const QDate &date) const
{
    return fiscalYearOf(date.year(), date.month(), date.day() >= fiscalYearStartDay);
}

QDate FundSettings::fiscalYearStart(int fy) const
{
    if (fiscalYearStartMonth == 1 && fiscalYearStartDay == 1)
        return QDate(fy, 1, 1);
    return QDate(fy - 1, fiscalYearStartMonth, fiscalYearStartDay);
}

Status checkFiscalYearStart(int month, int day)
{
    if (month < 1 || month > 12)
        return Error::badInput(u"fiscal_year_start"_s, u"fund.fiscal_year_start_month"_s, {});
    // 2023 is not a leap year: 29 February cannot start every year.
    if (day < 1 || day > QDate(2023, month, 1).daysInMonth())
        return Error::badInput(u"fiscal_year_start"_s, u"fund.fiscal_year_start_day"_s,
                               {ErrorArg::num(day), ErrorArg::num(month)});
    return {};
}

namespace fund {

namespace {
Status put(Database &db, const QString &key, const QString &value)
{
    Query q(db, u"INSERT INTO fund_setting (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.bind(key).bind(value);
    return q.exec();
}

// The tables `info` counts, in the order people read them. Later capabilities add theirs here.
const QStringList &countedTables()
{
    static const QStringList t{u"organisation"_s, u"proposal"_s,      u"meeting"_s,
                               u"committee_member"_s, u"agenda_item"_s,
                               u"pledge"_s,       u"receipt"_s,       u"journal_entry"_s,
                               u"posting"_s,      u"tranche"_s,       u"report"_s,
                               u"gfmd_recommendation"_s, u"audit_event"_s};
    return t;
}
} // namespace

Status initialise(Database &db, const FundSettings &s)
{
    if (auto v = checkLine(u"name"_s, s.name, 120); !v)
        return v;
    if (s.capBps < 0 || s.capBps > 10000)
        return Error::badInput(u"cap_bps"_s, u"fund.cap_bps_must_between"_s, {});
    if (auto v = checkFiscalYearStart(s.fiscalYearStartMonth, s.fiscalYearStartDay); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QList<std::pair<QString, QString>> rows{
        {u"name"_s, s.name.trimmed()},
        {u"base_currency"_s, s.baseCurrency},
        {u"cap_bps"_s, QString::number(s.capBps)},
        {u"fiscal_year_start_month"_s, QString::number(s.fiscalYearStartMonth)},
        {u"created_at"_s, Clock::stamp()},
    };
    // The day is written only when it is not the 1st (its default when absent), so a fund
    // created as before records the same audit row as before.
    QList<std::pair<QString, QString>> all = rows;
    if (s.fiscalYearStartDay != 1)
        all.append({u"fiscal_year_start_day"_s, QString::number(s.fiscalYearStartDay)});
    QJsonObject detail;
    for (const auto &[k, v] : all) {
        if (auto st = put(db, k, v); !st)
            return st;
        detail.insert(k, v);
    }
    if (auto st = audit::record(db, u"fund.init"_s, detail); !st)
        return st;
    return tx.commit();
}

Result<QString> setting(Database &db, const QString &key)
{
    Query q(db, u"SELECT value FROM fund_setting WHERE key = ?"_s);
    q.bind(key);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u""_s, u"fund.setting_missing"_s,
                               {ErrorArg::txt(db.path()), ErrorArg::txt(key)});
    return q.text(0);
}

Result<QString> settingOr(Database &db, const QString &key, const QString &fallback)
{
    auto v = setting(db, key);
    if (!v && v.error().code == ErrorCode::NotFound)
        return fallback;
    return v;
}

Result<FundSettings> settings(Database &db)
{
    FundSettings s;
    auto name = setting(db, u"name"_s);
    if (!name)
        return name.error();
    s.name = *name;
    auto currency = settingOr(db, u"base_currency"_s, s.baseCurrency);
    if (!currency)
        return currency.error();
    s.baseCurrency = *currency;
    struct Number
    {
        const char16_t *key;
        int *field;
    };
    // fiscal_year_start_day is absent before issue 16: the 1st.
    for (const Number &n : {Number{u"cap_bps", &s.capBps},
                            Number{u"fiscal_year_start_month", &s.fiscalYearStartMonth},
                            Number{u"fiscal_year_start_day", &s.fiscalYearStartDay}}) {
        auto v = settingOr(db, QString::fromUtf16(n.key), QString::number(*n.field));
        if (!v)
            return v.error();
        *n.field = v->toInt();
    }
    return s;
}

Result<FundInfo> info(Database &db)
{
    FundInfo fi;
    auto s = settings(db);
    if (!s)
        return s.error();
    fi.name = s->name;
    fi.path = db.path();
    fi.schemaVersion = db.schemaVersion();
    fi.sqliteVersion = Database::sqliteVersion();
    auto created = settingOr(db, u"created_at"_s, {});
    if (!created)
        return created.error();
    fi.createdAt = *created;
    auto h = audit::head(db);
    if (!h)
        return h.error();
    fi.fingerprint = *h;
    for (const QString &t : countedTables()) {
        // Table names come from our own constant list, never from input.
        auto n = Query::scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(t));
        if (!n)
            return n.error();
        fi.counts.append({t, *n});
    }
    return fi;
}

} // namespace fund

} // namespace imdp::core
