// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/reports/pipelinereport.h"

#include "core/clock.h"
#include "core/ledger/entries.h"
#include "core/ledger/rates.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/fund/programme.h"
#include "core/pipeline/proposals.h"
#include "core/storage/query.h"

#include <QMap>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

namespace {

QList<PipelineGroup> groups(const QMap<QString, PipelineGroup> &m, const QStringList &order)
{
    QList<PipelineGroup> out;
    for (const QString &k : order) {
        if (m.contains(k))
            out.append(m.value(k));
    }
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        if (!order.contains(it.key()))
            out.append(it.value());
    }
    return out;
}

void add(QMap<QString, PipelineGroup> &m, const QString &key, qint64 requested, qint64 allocated)
{
    PipelineGroup &g = m[key];
    g.key = key;
    ++g.count;
    g.requested += requested;
    g.allocated += allocated;
}

} // namespace

Result<PipelineReport> pipelineReport(Database &db, const Parameters &p)
{
    PipelineReport r;
    r.at = p.to.isValid() ? p.to : Clock::today();
    auto list = pipeline::list(db);
    if (!list)
        return list.error();
    // Each project's allocation at the date, summed by SQLite (issue 23: never the whole
    // journal in memory).
    QHash<QString, qint64> allocated;
    {
        Query q(db, u"SELECT p.project, SUM(p.usd_minor) FROM account a "
                    "CROSS JOIN posting p ON p.account_id = a.id "
                    "JOIN journal_entry e ON e.id = p.entry_id "
                    "WHERE a.key = 'allocations' AND e.date <= ? GROUP BY p.project"_s);
        q.bind(r.at.toString(Qt::ISODate));
        if (auto s = q.exec(); !s)
            return s.error();
        while (q.next())
            allocated.insert(q.text(0), -q.integer(1));
        if (auto s = q.status(); !s)
            return s.error();
    }
    auto objectives = programme::objectives(db);
    if (!objectives)
        return objectives.error();
    auto areas = programme::areas(db);
    if (!areas)
        return areas.error();
    auto windows = programme::windows(db);
    if (!windows)
        return windows.error();
    r.objectives = *objectives;
    r.areas = *areas;
    r.windows = *windows;
    QMap<QString, PipelineGroup> st, ob, ar, so, pa, wi;
    for (const Proposal &prop : *list) {
        qint64 requested = prop.requestedMinor;
        if (prop.currency != u"USD"_s) {
            auto rate = ledger::rateOn(db, prop.currency, r.at);
            auto money = Money::fromMinor(prop.requestedMinor, prop.currency);
            auto scaled = rate ? Rate::fromScaled(*rate) : Result<Rate>(rate.error());
            if (!scaled || !money)
                return Error::notFound(
                    u""_s, u"reports.proposal_no_rate_before"_s,
                    {ErrorArg::txt(prop.code), ErrorArg::txt(prop.currency), ErrorArg::day(r.at)});
            auto usd = scaled->toUsdMinor(*money);
            if (!usd)
                return usd.error();
            requested = *usd;
        }
        const qint64 alloc = allocated.value(prop.code);
        ++r.proposals;
        add(st, prop.state, requested, alloc);
        const QStringList objectives = prop.objectives.split(u',', Qt::SkipEmptyParts);
        for (const QString &o : objectives)
            add(ob, o.trimmed(), requested, alloc);
        if (objectives.isEmpty())
            add(ob, QString(), requested, alloc);
        add(ar, prop.actionArea, requested, alloc);
        add(so, prop.source, requested, alloc);
        add(pa, prop.partnerShort.isEmpty() ? prop.partner : prop.partnerShort, requested, alloc);
        add(wi, prop.window, requested, alloc);
    }
    r.byState = groups(st, pipeline::states());
    QStringList objectiveOrder, areaOrder, windowOrder;
    for (const Objective &o : r.objectives)
        objectiveOrder << o.code;
    for (const ActionArea &a : r.areas)
        areaOrder << a.code;
    for (const FundingWindow &w : r.windows)
        windowOrder << w.code;
    r.byObjective = groups(ob, objectiveOrder);
    r.byArea = groups(ar, areaOrder);
    if (r.windows.size() > 1)
        r.byWindow = groups(wi, windowOrder);
    r.bySource = groups(so, pipeline::sources());
    r.byPartner = groups(pa, {});
    return r;
}

Statement present(const PipelineReport &r, Lang lang)
{
    Statement s;
    s.id = u"pipeline"_s;
    s.lang = lang;
    s.title = word(lang, QT_TRANSLATE_NOOP("Report", "Pipeline report"));
    s.period = word(lang, QT_TRANSLATE_NOOP("Report", "As at")) + u' ' + longDate(lang, r.at);
    // The fund's own titles; the seed's areas keep their translated names.
    const auto objective = [&r, lang](const QString &k) {
        for (const Objective &o : r.objectives) {
            if (o.code == k)
                return u"%1. %2"_s.arg(k, o.title(langCode(lang)));
        }
        return objectiveName(lang, k);
    };
    const auto area = [&r, lang](const QString &k) {
        for (const ActionArea &a : r.areas) {
            if (a.code != k)
                continue;
            for (const ActionArea &seed : programme::seedAreas()) {
                if (seed.code == k && seed.title == a.title)
                    return areaName(lang, k);
            }
            return u"%1. %2"_s.arg(k, a.title);
        }
        return areaName(lang, k);
    };
    const auto window = [&r](const QString &k) {
        for (const FundingWindow &w : r.windows) {
            if (w.code == k)
                return u"%1 · %2"_s.arg(k, w.title);
        }
        return k;
    };
    const auto stateName = [lang](const QString &k) { return label(lang, i18n::Kind::State, k); };
    const auto originName = [lang](const QString &k) { return label(lang, i18n::Kind::Origin, k); };
    const auto sheet = [&](const QString &name, const QString &title, const QString &keyTitle,
                           const QList<PipelineGroup> &gs,
                           const std::function<QString(const QString &)> &keyName) {
        Sheet t{
            name,
            title,
            {{keyTitle, document::Align::Left, 4},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Count")), document::Align::Right, 1},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Requested (USD)")), document::Align::Right, 2},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Allocated (USD)")), document::Align::Right, 2}},
            {},
            {},
            {}};
        qint64 c = 0, rq = 0, al = 0;
        for (const PipelineGroup &g : gs) {
            const QString key = g.key.isEmpty() ? word(lang, QT_TRANSLATE_NOOP("Report", "(none)"))
                                                : keyName(g.key);
            t.rows.append({Cell::txt(key), Cell::count(g.count), Cell::money(g.requested),
                           Cell::money(g.allocated)});
            c += g.count;
            rq += g.requested;
            al += g.allocated;
        }
        t.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))), Cell::count(c),
                    Cell::money(rq), Cell::money(al)};
        return t;
    };
    const auto same = [](const QString &k) { return k; };
    s.sheets = {
        sheet(u"By state"_s, word(lang, QT_TRANSLATE_NOOP("Report", "By state")),
              word(lang, QT_TRANSLATE_NOOP("Report", "State")), r.byState, stateName),
        sheet(u"By objective"_s, word(lang, QT_TRANSLATE_NOOP("Report", "By objective")),
              word(lang, QT_TRANSLATE_NOOP("Report", "Objective")), r.byObjective, objective),
        sheet(u"By action area"_s, word(lang, QT_TRANSLATE_NOOP("Report", "By action area")),
              word(lang, QT_TRANSLATE_NOOP("Report", "Action area")), r.byArea, area),
        sheet(u"By source"_s, word(lang, QT_TRANSLATE_NOOP("Report", "By source")),
              word(lang, QT_TRANSLATE_NOOP("Report", "Source")), r.bySource, originName),
        sheet(u"By partner"_s, word(lang, QT_TRANSLATE_NOOP("Report", "By partner")),
              word(lang, QT_TRANSLATE_NOOP("Report", "Partner")), r.byPartner, same)};
    if (!r.byWindow.isEmpty())
        s.sheets.append(sheet(
            u"By funding window"_s, word(lang, QT_TRANSLATE_NOOP("Report", "By funding window")),
            word(lang, QT_TRANSLATE_NOOP("Report", "Funding window")), r.byWindow, window));
    s.sheets[1].note =
        word(lang, QT_TRANSLATE_NOOP("Report",
                                     "A proposal serving several objectives is counted under each "
                                     "of them, so the objective table adds up to more than the "
                                     "number of proposals. Requested amounts in other currencies "
                                     "are converted at the latest recorded rate."));
    s.fields = {{word(lang, QT_TRANSLATE_NOOP("Report", "Proposals")), Cell::count(r.proposals)}};
    return s;
}

} // namespace imdp::core::reports
