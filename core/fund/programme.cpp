// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/fund/programme.h"

#include "core/clock.h"
#include "core/ledger/rates.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/pipeline/proposals.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

QString Objective::title(const QString &lang) const
{
    if (lang == u"fr"_s && !titleFr.isEmpty())
        return titleFr;
    if (lang == u"es"_s && !titleEs.isEmpty())
        return titleEs;
    return titleEn;
}

namespace programme {

namespace {

Status checkCode(const QString &field, const QString &code)
{
    static const QRegularExpression shape(u"^[A-Z0-9]{1,8}$"_s);
    if (!shape.match(code).hasMatch())
        return Error::badInput(field, u"fund.must_capital_letters_digits"_s,
                               {ErrorArg::txt(field), ErrorArg::txt(code.left(40))});
    return {};
}

// A proposal's objectives are a comma list: ",1,3," contains ",3,".
const QString objectiveUse =
    u"(SELECT COUNT(*) FROM proposal WHERE ',' || objectives || ',' LIKE '%,' || o.code || ',%') "
    "+ (SELECT COUNT(*) FROM funding_window_objective w WHERE w.objective = o.code)"_s;
const QString areaUse = u"(SELECT COUNT(*) FROM proposal WHERE action_area = a.code) "
                        "+ (SELECT COUNT(*) FROM funding_window_area w WHERE w.area = a.code)"_s;

Result<bool> exists(Database &db, const QString &table, const QString &code)
{
    // Table names come from this file's constants, never from input.
    auto n = Query::scalar(db, u"SELECT COUNT(*) FROM %1 WHERE code = ?"_s.arg(table), {code});
    if (!n)
        return n.error();
    return *n > 0;
}

Status checkTitles(const Objective &o)
{
    if (auto v = checkLine(u"title"_s, o.titleEn, 160); !v)
        return v;
    if (auto v = checkLine(u"title-fr"_s, o.titleFr, 160, true); !v)
        return v;
    return checkLine(u"title-es"_s, o.titleEs, 160, true);
}

/// Removes one row of `table` (objective or action_area) when `useSql` counts no use of it.
Status removeUnused(Database &db, const QString &table, const QString &alias, const QString &useSql,
                    const QString &field, const QString &code)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto used = Query::scalar(
        db, u"SELECT %1 FROM %2 %3 WHERE code = ?"_s.arg(useSql, table, alias), {code});
    if (!used)
        return used.error();
    auto there = exists(db, table, code);
    if (!there)
        return there.error();
    if (!*there)
        return Error::notFound(field, u"fund.does_exist"_s,
                               {ErrorArg::txt(field), ErrorArg::txt(code.left(40))});
    if (*used > 0)
        return Error::refused(field, u"fund.used_proposals_windows_kept"_s,
                              {ErrorArg::txt(field), ErrorArg::txt(code)});
    Query q(db, u"DELETE FROM %1 WHERE code = ?"_s.arg(table));
    q.bind(code);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, field + u".remove"_s, {{u"code"_s, code}}); !s)
        return s;
    return tx.commit();
}

Result<qint64> toUsd(Database &db, qint64 minor, const QString &currency, const QDate &on)
{
    if (currency == u"USD"_s)
        return minor;
    auto rate = ledger::rateOn(db, currency, on);
    if (!rate)
        return Error::refused(u""_s, u"fund.no_rate_before_convert"_s,
                              {ErrorArg::txt(currency), ErrorArg::day(on)});
    auto scaled = Rate::fromScaled(*rate);
    if (!scaled)
        return scaled.error();
    auto money = Money::fromMinor(minor, currency);
    if (!money)
        return money.error();
    return scaled->toUsdMinor(*money);
}

// States in which a proposal's request counts against its window's total.
const QString countedStates = u"state NOT IN ('draft','withdrawn','rejected')"_s;

} // namespace

const QList<Objective> &seedObjectives()
{
    static const QList<Objective> s{
        {u"1"_s, u"Follow-up of GFMD recommendations"_s, u"Suivi des recommandations du FMMD"_s,
         u"Seguimiento de las recomendaciones del FMMD"_s, false},
        {u"2"_s, u"Policy coherence"_s, u"Cohérence des politiques"_s, u"Coherencia de políticas"_s,
         false},
        {u"3"_s, u"Capacity building"_s, u"Renforcement des capacités"_s,
         u"Fortalecimiento de capacidades"_s, false}};
    return s;
}

const QList<ActionArea> &seedAreas()
{
    static const QList<ActionArea> s{{u"A"_s, u"Information, research and analysis"_s, false},
                                     {u"B"_s, u"Capacity to assess and manage"_s, false}};
    return s;
}

Result<QList<Objective>> objectives(Database &db)
{
    Query q(db, u"SELECT o.code, o.title_en, o.title_fr, o.title_es, "_s + objectiveUse +
                    u" FROM objective o ORDER BY o.position, o.code"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Objective> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3), q.integer(4) > 0});
    return out;
}

Status addObjective(Database &db, const Objective &o)
{
    if (auto v = checkCode(u"code"_s, o.code); !v)
        return v;
    if (auto v = checkTitles(o); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto there = exists(db, u"objective"_s, o.code);
    if (!there)
        return there.error();
    if (*there)
        return Error::refused(u"code"_s, u"fund.code_objective_already_exists"_s,
                              {ErrorArg::txt(o.code)});
    Query q(db, u"INSERT INTO objective (code, title_en, title_fr, title_es, position) "
                "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM objective))"_s);
    q.bind(o.code).bind(o.titleEn.trimmed()).bind(o.titleFr.trimmed()).bind(o.titleEs.trimmed());
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"objective.add"_s,
                               {{u"code"_s, o.code},
                                {u"title_en"_s, o.titleEn.trimmed()},
                                {u"title_fr"_s, o.titleFr.trimmed()},
                                {u"title_es"_s, o.titleEs.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Status editObjective(Database &db, const QString &code, const Objective &t)
{
    if (auto v = checkTitles(t); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Query before(db, u"SELECT title_en, title_fr, title_es FROM objective WHERE code = ?"_s);
    before.bind(code);
    if (auto s = before.exec(); !s)
        return s;
    if (!before.next())
        return Error::notFound(u"objective"_s, u"fund.objective_does_exist"_s,
                               {ErrorArg::txt(code.left(40))});
    const QJsonObject from{{u"title_en"_s, before.text(0)},
                           {u"title_fr"_s, before.text(1)},
                           {u"title_es"_s, before.text(2)}};
    const QJsonObject to{{u"title_en"_s, t.titleEn.trimmed()},
                         {u"title_fr"_s, t.titleFr.trimmed()},
                         {u"title_es"_s, t.titleEs.trimmed()}};
    if (from == to)
        return tx.commit(); // nothing changes: nothing written, no audit row
    Query q(db, u"UPDATE objective SET title_en = ?, title_fr = ?, title_es = ? WHERE code = ?"_s);
    q.bind(t.titleEn.trimmed()).bind(t.titleFr.trimmed()).bind(t.titleEs.trimmed()).bind(code);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"objective.edit"_s,
                               {{u"code"_s, code}, {u"from"_s, from}, {u"to"_s, to}});
        !s)
        return s;
    return tx.commit();
}

Status removeObjective(Database &db, const QString &code)
{
    return removeUnused(db, u"objective"_s, u"o"_s, objectiveUse, u"objective"_s, code);
}

Status startWith(Database &db, const QList<Objective> &wanted, const QList<ActionArea> &areaRows)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto have = objectives(db);
    if (!have)
        return have.error();
    for (const Objective &o : *have) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(),
                                      [&](const Objective &w) { return w.code == o.code; });
        if (!kept) {
            if (auto s = removeObjective(db, o.code); !s)
                return s;
        }
    }
    for (const Objective &w : wanted) {
        const auto it = std::find_if(have->cbegin(), have->cend(),
                                     [&](const Objective &o) { return o.code == w.code; });
        if (it == have->cend()) {
            if (auto s = addObjective(db, w); !s)
                return s;
        } else if (it->titleEn != w.titleEn || it->titleFr != w.titleFr ||
                   it->titleEs != w.titleEs) {
            if (auto s = editObjective(db, w.code, w); !s)
                return s;
        }
    }
    auto haveAreas = areas(db);
    if (!haveAreas)
        return haveAreas.error();
    for (const ActionArea &a : *haveAreas) {
        const bool kept = std::any_of(areaRows.cbegin(), areaRows.cend(),
                                      [&](const ActionArea &w) { return w.code == a.code; });
        if (!kept) {
            if (auto s = removeArea(db, a.code); !s)
                return s;
        }
    }
    for (const ActionArea &w : areaRows) {
        const auto it = std::find_if(haveAreas->cbegin(), haveAreas->cend(),
                                     [&](const ActionArea &a) { return a.code == w.code; });
        if (it == haveAreas->cend()) {
            if (auto s = addArea(db, w); !s)
                return s;
        } else if (it->title != w.title) {
            if (auto s = editArea(db, w.code, w.title); !s)
                return s;
        }
    }
    return tx.commit();
}

Result<QList<ActionArea>> areas(Database &db)
{
    Query q(db, u"SELECT a.code, a.title, "_s + areaUse +
                    u" FROM action_area a ORDER BY a.position, a.code"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<ActionArea> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.integer(2) > 0});
    return out;
}

Status addArea(Database &db, const ActionArea &a)
{
    if (auto v = checkCode(u"code"_s, a.code); !v)
        return v;
    if (auto v = checkLine(u"title"_s, a.title, 160); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto there = exists(db, u"action_area"_s, a.code);
    if (!there)
        return there.error();
    if (*there)
        return Error::refused(u"code"_s, u"fund.code_action_area_already"_s,
                              {ErrorArg::txt(a.code)});
    Query q(db, u"INSERT INTO action_area (code, title, position) "
                "VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM action_area))"_s);
    q.bind(a.code).bind(a.title.trimmed());
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"area.add"_s,
                               {{u"code"_s, a.code}, {u"title"_s, a.title.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Status editArea(Database &db, const QString &code, const QString &title)
{
    if (auto v = checkLine(u"title"_s, title, 160); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Query before(db, u"SELECT title FROM action_area WHERE code = ?"_s);
    before.bind(code);
    if (auto s = before.exec(); !s)
        return s;
    if (!before.next())
        return Error::notFound(u"area"_s, u"fund.area_does_exist"_s,
                               {ErrorArg::txt(code.left(40))});
    const QString from = before.text(0);
    if (from == title.trimmed())
        return tx.commit(); // nothing changes: nothing written, no audit row
    Query q(db, u"UPDATE action_area SET title = ? WHERE code = ?"_s);
    q.bind(title.trimmed()).bind(code);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"area.edit"_s,
                               {{u"code"_s, code}, {u"from"_s, from}, {u"to"_s, title.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Status removeArea(Database &db, const QString &code)
{
    return removeUnused(db, u"action_area"_s, u"a"_s, areaUse, u"area"_s, code);
}

Status checkObjectives(Database &db, const QString &list)
{
    if (list.isEmpty())
        return {};
    auto all = objectives(db);
    if (!all)
        return all.error();
    QStringList codes;
    for (const Objective &o : *all)
        codes << o.code;
    const QStringList parts = list.split(u',');
    for (const QString &part : parts) {
        if (!codes.contains(part))
            return Error::badInput(u"objectives"_s, u"fund.objectives_objective_fund_list"_s,
                                   {ErrorArg::txt(part.left(40)),
                                    ErrorArg::txt(codes.join(u", "_s)),
                                    ErrorArg::txt(codes.mid(0, 2).join(u','))});
    }
    if (QSet<QString>(parts.cbegin(), parts.cend()).size() != parts.size())
        return Error::badInput(u"objectives"_s, u"fund.objectives_objective_listed_twice"_s, {});
    return {};
}

Status checkArea(Database &db, const QString &area)
{
    if (area.isEmpty())
        return {};
    auto all = areas(db);
    if (!all)
        return all.error();
    QStringList codes;
    for (const ActionArea &a : *all) {
        if (a.code == area)
            return {};
        codes << a.code;
    }
    return Error::badInput(u"action_area"_s, u"fund.action_area_action_area"_s,
                           {ErrorArg::txt(area.left(40)), ErrorArg::txt(codes.join(u", "_s))});
}

// ---- windows --------------------------------------------------------------------------------

namespace {
const QString windowColumns =
    u"SELECT w.id, w.code, w.title, w.opens, w.closes, w.ceiling_usd_minor, w.total_usd_minor, "
    "(SELECT group_concat(objective, ',') FROM (SELECT objective FROM funding_window_objective "
    " WHERE window_id = w.id ORDER BY objective)), "
    "(SELECT group_concat(area, ',') FROM (SELECT area FROM funding_window_area "
    " WHERE window_id = w.id ORDER BY area)), "
    "(SELECT COUNT(*) FROM proposal p WHERE p.window_id = w.id) "
    "FROM funding_window w "_s;

FundingWindow windowFromRow(const Query &q)
{
    FundingWindow w;
    w.id = q.integer(0);
    w.code = q.text(1);
    w.title = q.text(2);
    w.opens = q.text(3).isEmpty() ? QDate() : QDate::fromString(q.text(3), Qt::ISODate);
    w.closes = q.text(4).isEmpty() ? QDate() : QDate::fromString(q.text(4), Qt::ISODate);
    if (q.value(5).isValid())
        w.ceilingUsdMinor = q.integer(5);
    if (q.value(6).isValid())
        w.totalUsdMinor = q.integer(6);
    w.objectives = q.text(7).split(u',', Qt::SkipEmptyParts);
    w.areas = q.text(8).split(u',', Qt::SkipEmptyParts);
    w.proposals = q.integer(9);
    return w;
}

/// What the window's counted proposals ask, in USD on `on`, leaving out `exceptId`.
Result<qint64> requestedInWindow(Database &db, qint64 windowId, qint64 exceptId, const QDate &on)
{
    Query q(db, u"SELECT requested_minor, currency FROM proposal WHERE window_id = ? AND id <> ? "
                "AND "_s +
                    countedStates);
    q.bind(windowId).bind(exceptId);
    if (auto s = q.exec(); !s)
        return s.error();
    qint64 total = 0;
    while (q.next()) {
        auto v = toUsd(db, q.integer(0), q.text(1), on);
        if (!v)
            return v.error();
        if (__builtin_add_overflow(total, *v, &total))
            return Error::badInput(u""_s, u"fund.window_s_requests_exceed"_s, {});
    }
    return total;
}
} // namespace

Result<QList<FundingWindow>> windows(Database &db)
{
    Query q(db, windowColumns + u"ORDER BY w.code"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<FundingWindow> out;
    while (q.next())
        out.append(windowFromRow(q));
    for (FundingWindow &w : out) {
        auto r = requestedInWindow(db, w.id, 0, Clock::today());
        w.requestedUsdMinor = r ? *r : 0; // a missing rate leaves the figure at 0 in a listing
    }
    return out;
}

Result<FundingWindow> window(Database &db, const QString &code)
{
    Query q(db, windowColumns + u"WHERE w.code = ?"_s);
    q.bind(code);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"window"_s, u"fund.window_does_exist"_s,
                               {ErrorArg::txt(code.left(40))});
    FundingWindow w = windowFromRow(q);
    auto r = requestedInWindow(db, w.id, 0, Clock::today());
    w.requestedUsdMinor = r ? *r : 0;
    return w;
}

namespace {
/// What addWindow and editWindow both check, before anything is written.
Status checkWindow(Database &db, const FundingWindow &w)
{
    static const QRegularExpression shape(u"^[A-Z0-9][A-Z0-9-]{0,23}$"_s);
    if (!shape.match(w.code).hasMatch())
        return Error::badInput(u"code"_s, u"fund.code_must_capital_letters"_s,
                               {ErrorArg::txt(w.code.left(40))});
    if (auto v = checkLine(u"title"_s, w.title, 200); !v)
        return v;
    if (w.objectives.isEmpty())
        return Error::badInput(u"objectives"_s, u"fund.objectives_window_accepts_least"_s, {});
    if (auto v = checkObjectives(db, w.objectives.join(u',')); !v)
        return v;
    for (const QString &a : w.areas) {
        if (auto v = checkArea(db, a); !v)
            return v.error().named(u"action_area"_s, u"areas"_s);
    }
    if (QSet<QString>(w.areas.cbegin(), w.areas.cend()).size() != w.areas.size())
        return Error::badInput(u"areas"_s, u"fund.areas_area_listed_twice"_s, {});
    if (w.opens.isValid() && w.closes.isValid() && w.closes < w.opens)
        return Error::badInput(u"to"_s, u"fund.before_opening_date"_s,
                               {ErrorArg::day(w.closes), ErrorArg::day(w.opens)});
    if (w.ceilingUsdMinor && *w.ceilingUsdMinor <= 0)
        return Error::badInput(u"ceiling"_s, u"fund.ceiling_must_above_zero"_s, {});
    if (w.totalUsdMinor && *w.totalUsdMinor <= 0)
        return Error::badInput(u"total"_s, u"fund.total_must_above_zero"_s, {});
    if (w.ceilingUsdMinor && w.totalUsdMinor && *w.ceilingUsdMinor > *w.totalUsdMinor)
        return Error::badInput(u"ceiling"_s, u"fund.ceiling_above_window_s"_s,
                               {ErrorArg::money(*w.ceilingUsdMinor, u"USD"_s),
                                ErrorArg::money(*w.totalUsdMinor, u"USD"_s)});
    return {};
}

QJsonObject windowJson(const FundingWindow &w)
{
    return {{u"title"_s, w.title.trimmed()},
            {u"opens"_s, w.opens.isValid() ? formatIsoDate(w.opens) : QString()},
            {u"closes"_s, w.closes.isValid() ? formatIsoDate(w.closes) : QString()},
            {u"objectives"_s, w.objectives.join(u',')},
            {u"areas"_s, w.areas.join(u',')},
            {u"ceiling_usd_minor"_s,
             w.ceilingUsdMinor ? QJsonValue(QString::number(*w.ceilingUsdMinor)) : QJsonValue()},
            {u"total_usd_minor"_s,
             w.totalUsdMinor ? QJsonValue(QString::number(*w.totalUsdMinor)) : QJsonValue()}};
}

/// Writes the objectives and areas window `id` accepts (after deleting what it had).
Status writeAccepted(Database &db, qint64 id, const FundingWindow &w)
{
    for (const QString &table : {u"funding_window_objective"_s, u"funding_window_area"_s}) {
        Query d(db, u"DELETE FROM %1 WHERE window_id = ?"_s.arg(table));
        d.bind(id);
        if (auto s = d.exec(); !s)
            return s;
    }
    for (const QString &o : w.objectives) {
        Query i(db, u"INSERT INTO funding_window_objective (window_id, objective) VALUES (?, ?)"_s);
        i.bind(id).bind(o);
        if (auto s = i.exec(); !s)
            return s;
    }
    for (const QString &a : w.areas) {
        Query i(db, u"INSERT INTO funding_window_area (window_id, area) VALUES (?, ?)"_s);
        i.bind(id).bind(a);
        if (auto s = i.exec(); !s)
            return s;
    }
    return {};
}
} // namespace

Result<qint64> addWindow(Database &db, const FundingWindow &w)
{
    if (auto v = checkWindow(db, w); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM funding_window WHERE code = ?"_s, {w.code});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(u"code"_s, u"fund.code_window_already_exists"_s,
                              {ErrorArg::txt(w.code)});
    Query q(db, u"INSERT INTO funding_window (code, title, opens, closes, ceiling_usd_minor, "
                "total_usd_minor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(w.code).bind(w.title.trimmed());
    q.bind(w.opens.isValid() ? formatIsoDate(w.opens) : QString());
    q.bind(w.closes.isValid() ? formatIsoDate(w.closes) : QString());
    q.bind(w.ceilingUsdMinor ? QVariant(*w.ceilingUsdMinor) : QVariant());
    q.bind(w.totalUsdMinor ? QVariant(*w.totalUsdMinor) : QVariant());
    q.bind(Clock::stamp());
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId();
    if (auto s = writeAccepted(db, id, w); !s)
        return s.error();
    QJsonObject detail = windowJson(w);
    detail.insert(u"id"_s, id);
    detail.insert(u"code"_s, w.code);
    if (auto s = audit::record(db, u"window.add"_s, detail); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status editWindow(Database &db, const QString &code, const FundingWindow &changed)
{
    FundingWindow w = changed;
    w.code = code; // a window's code never changes
    if (auto v = checkWindow(db, w); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto before = window(db, code);
    if (!before)
        return before.error();
    // What a proposal of the window already serves stays accepted.
    Query used(db, u"SELECT code, objectives, action_area FROM proposal WHERE window_id = ? "
                   "ORDER BY code"_s);
    used.bind(before->id);
    if (auto s = used.exec(); !s)
        return s;
    while (used.next()) {
        for (const QString &o : used.text(1).split(u',', Qt::SkipEmptyParts)) {
            if (!w.objectives.contains(o))
                return Error::refused(
                    u"objectives"_s, u"fund.objectives_proposal_window_serves"_s,
                    {ErrorArg::txt(used.text(0)), ErrorArg::txt(code), ErrorArg::txt(o)});
        }
        const QString area = used.text(2);
        if (!w.areas.isEmpty() && !area.isEmpty() && !w.areas.contains(area))
            return Error::refused(
                u"areas"_s, u"fund.areas_proposal_window_action"_s,
                {ErrorArg::txt(used.text(0)), ErrorArg::txt(code), ErrorArg::txt(area)});
    }
    if (windowJson(*before) == windowJson(w))
        return tx.commit(); // nothing changes: nothing written, no audit row
    Query q(db, u"UPDATE funding_window SET title = ?, opens = ?, closes = ?, "
                "ceiling_usd_minor = ?, total_usd_minor = ? WHERE id = ?"_s);
    q.bind(w.title.trimmed());
    q.bind(w.opens.isValid() ? formatIsoDate(w.opens) : QString());
    q.bind(w.closes.isValid() ? formatIsoDate(w.closes) : QString());
    q.bind(w.ceilingUsdMinor ? QVariant(*w.ceilingUsdMinor) : QVariant());
    q.bind(w.totalUsdMinor ? QVariant(*w.totalUsdMinor) : QVariant());
    q.bind(before->id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = writeAccepted(db, before->id, w); !s)
        return s;
    if (auto s = audit::record(db, u"window.edit"_s,
                               {{u"id"_s, before->id},
                                {u"code"_s, code},
                                {u"from"_s, windowJson(*before)},
                                {u"to"_s, windowJson(w)}});
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<Error>> submissionRefusal(Database &db, const Proposal &p, const QDate &on)
{
    using Why = std::optional<Error>;
    // The reason, a keyed part (so tests/core/test_i18n.cpp's scan checks each key's template).
    const auto part = [](const QString &key, QList<ErrorArg> args) {
        return Why(Error::refused(u"window"_s, key, std::move(args)));
    };
    if (p.window.isEmpty())
        return Why();
    auto w = window(db, p.window);
    if (!w)
        return w.error();
    for (const QString &o : p.objectives.split(u',', Qt::SkipEmptyParts)) {
        if (!w->objectives.contains(o))
            return part(u"fund.why.window_objective"_s,
                        {ErrorArg::txt(w->code), ErrorArg::txt(o),
                         ErrorArg::txt(w->objectives.join(u", "_s))});
    }
    if (!w->areas.isEmpty() && !p.actionArea.isEmpty() && !w->areas.contains(p.actionArea))
        return part(u"fund.why.window_area"_s,
                    {ErrorArg::txt(w->code), ErrorArg::txt(p.actionArea),
                     ErrorArg::txt(w->areas.join(u", "_s))});
    if (w->opens.isValid() && on < w->opens)
        return part(u"fund.why.window_opens"_s, {ErrorArg::txt(w->code), ErrorArg::day(w->opens)});
    if (w->closes.isValid() && on > w->closes)
        return part(u"fund.why.window_closed"_s,
                    {ErrorArg::txt(w->code), ErrorArg::day(w->closes)});
    if (!w->ceilingUsdMinor && !w->totalUsdMinor)
        return Why();
    auto asked = toUsd(db, p.requestedMinor, p.currency, on);
    if (!asked)
        return Why(asked.error()); // no rate to convert the request: the reason, keyed
    if (w->ceilingUsdMinor && *asked > *w->ceilingUsdMinor)
        return part(u"fund.why.window_ceiling"_s,
                    {ErrorArg::money(*asked, u"USD"_s), ErrorArg::txt(w->code),
                     ErrorArg::money(*w->ceilingUsdMinor, u"USD"_s)});
    if (w->totalUsdMinor) {
        auto others = requestedInWindow(db, w->id, p.id, on);
        if (!others)
            return others.error();
        if (*asked > *w->totalUsdMinor - *others)
            return part(u"fund.why.window_total"_s,
                        {ErrorArg::txt(w->code), ErrorArg::money(*others + *asked, u"USD"_s),
                         ErrorArg::money(*w->totalUsdMinor, u"USD"_s)});
    }
    return Why();
}

} // namespace programme
} // namespace imdp::core
