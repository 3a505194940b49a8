// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/reports/forum.h"
#include "core/reports/checkedsum.h"

#include "core/clock.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

using report::Align;

Result<ForumReport> forumReport(Database &db, const Parameters &p)
{
    ForumReport r;
    r.at = p.to.isValid() ? p.to : Clock::today();
    Parameters at;
    at.to = r.at;
    auto money = projectSummary(db, at);
    if (!money)
        return money.error();
    QHash<QString, ProjectLine> byCode;
    for (const ProjectLine &l : money->projects)
        byCode.insert(l.code, l);
    auto list = pipeline::list(db);
    if (!list)
        return list.error();
    auto recs = pipeline::recommendations(db);
    if (!recs)
        return recs.error();
    QHash<QString, qsizetype> recIndex;
    for (const pipeline::Recommendation &g : *recs) {
        recIndex.insert(g.reference, r.recommendations.size());
        r.recommendations.append({g.reference, g.kind, g.text, {}, 0});
    }

    for (const Proposal &listed : *list) {
        if (!pipeline::isAllocated(listed.state))
            continue;
        auto prop = pipeline::find(db, listed.code); // with its linked recommendations
        if (!prop)
            return prop.error();
        ForumProject f;
        f.code = prop->code;
        f.title = prop->title;
        f.state = prop->state;
        for (const QString &o : prop->objectives.split(u',', Qt::SkipEmptyParts))
            f.objectives.append(o.trimmed());
        f.partner = prop->partnerShort.isEmpty() ? prop->partner : prop->partnerShort;
        f.countries = prop->countries;
        f.answers = prop->recommendations;
        // The reference the proposal came from counts as answered too when it names one.
        if (!prop->sourceReference.isEmpty() && !f.answers.contains(prop->sourceReference))
            f.answers.append(prop->sourceReference);
        const ProjectLine l = byCode.value(f.code);
        f.allocated = l.allocated;
        f.released = l.released;
        f.expenditure = l.expenditure;
        auto reports = pipeline::reports(db, f.code);
        if (!reports)
            return reports.error();
        for (const pipeline::Report &rep : *reports) {
            const bool received = rep.received.isValid() && rep.received <= r.at;
            if (rep.due <= r.at)
                ++f.reportsDue;
            if (received) {
                ++f.reportsReceived;
                r.results.append({f.code, rep.kind, rep.due, rep.received, rep.note});
            } else if (rep.due < r.at) {
                ++f.reportsOverdue;
            }
        }
        for (const QString &ref : std::as_const(f.answers)) {
            const auto it = recIndex.constFind(ref);
            if (it == recIndex.cend())
                continue;
            ForumRecommendation &g = r.recommendations[*it];
            g.projects.append(f.code);
            CheckedSum allocated;
            allocated += g.allocated;
            allocated += f.allocated;
            if (!allocated.fits())
                return totalOutOfRange(u"Report to the Global Forum: recommendation %1"_s.arg(
                    g.reference));
            g.allocated = allocated.value();
        }
        r.projects.append(f);
    }
    // The totals present() prints, checked here where a report can still be refused.
    CheckedSum allocated, released, expenditure, linkedAllocated;
    for (const ForumProject &f : std::as_const(r.projects)) {
        allocated += f.allocated;
        released += f.released;
        expenditure += f.expenditure;
    }
    for (const ForumRecommendation &g : std::as_const(r.recommendations))
        linkedAllocated += g.allocated;
    if (!allocated.fits() || !released.fits() || !expenditure.fits() || !linkedAllocated.fits())
        return totalOutOfRange(u"Report to the Global Forum: funds and results"_s);
    return r;
}

Statement present(const ForumReport &r, Lang lang)
{
    Statement s;
    s.id = u"forum"_s;
    s.lang = lang;
    s.title = word(lang, u"Report to the Global Forum on funded activities"_s);
    s.period = word(lang, u"As at"_s) + u' ' + longDate(lang, r.at);
    const QString none = word(lang, u"(none)"_s);
    const auto joined = [&none](const QStringList &l) {
        return l.isEmpty() ? none : l.join(u", "_s);
    };

    Sheet act{u"Funded activities"_s, word(lang, u"Funded activities"_s),
              {{word(lang, u"Project"_s), Align::Left, 1},
               {word(lang, u"Title"_s), Align::Left, 1},
               {word(lang, u"Objectives"_s), Align::Left, 1},
               {word(lang, u"Partner"_s), Align::Left, 1},
               {word(lang, u"Countries"_s), Align::Left, 1},
               {word(lang, u"GFMD recommendations answered"_s), Align::Left, 1},
               {word(lang, u"State"_s), Align::Left, 1}},
              {}, {}, {}, {}};
    Sheet funds{u"Funds and results"_s, word(lang, u"Funds and results"_s),
                {{word(lang, u"Project"_s), Align::Left, 22},
                 {word(lang, u"Allocation"_s), Align::Right, 24},
                 {word(lang, u"Released"_s), Align::Right, 27},
                 {word(lang, u"Expenditure"_s), Align::Right, 22},
                 {word(lang, u"Reports due"_s), Align::Right, 18},
                 {word(lang, u"Reports received"_s), Align::Right, 18},
                 {word(lang, u"Overdue"_s), Align::Right, 20}},
                {}, {}, {}, {}};
    ForumProject sum;
    CheckedSum allocated, released, expenditure; // 128 bits; forumReport() checked they fit
    for (const ForumProject &f : r.projects) {
        QStringList objectives;
        for (const QString &o : f.objectives)
            objectives.append(objectiveName(lang, o));
        act.rows.append({Cell::txt(f.code), Cell::txt(f.title), Cell::txt(joined(objectives)),
                         Cell::txt(f.partner.isEmpty() ? none : f.partner),
                         Cell::txt(joined(f.countries)), Cell::txt(joined(f.answers)),
                         Cell::txt(label(lang, f.state))});
        funds.rows.append({Cell::txt(f.code), Cell::money(f.allocated), Cell::money(f.released),
                           Cell::money(f.expenditure), Cell::count(f.reportsDue),
                           Cell::count(f.reportsReceived), Cell::count(f.reportsOverdue)});
        allocated += f.allocated;
        released += f.released;
        expenditure += f.expenditure;
        sum.reportsDue += f.reportsDue;
        sum.reportsReceived += f.reportsReceived;
        sum.reportsOverdue += f.reportsOverdue;
    }
    sum.allocated = allocated.value();
    sum.released = released.value();
    sum.expenditure = expenditure.value();
    const qint64 projects = r.projects.size();
    act.totals = {Cell::txt(word(lang, u"Total"_s)),
                  Cell::txt(word(lang, u"%1 projects"_s).arg(projects)), Cell::empty(),
                  Cell::empty(), Cell::empty(), Cell::empty(), Cell::empty()};
    act.cards = true; // seven columns of text: one block per project on paper
    act.note = word(lang, u"Projects the Oversight Committee has endorsed, in their state today. "
                          u"Countries are ISO 3166 codes."_s);
    funds.totals = {Cell::txt(word(lang, u"Total"_s)), Cell::money(sum.allocated),
                    Cell::money(sum.released), Cell::money(sum.expenditure),
                    Cell::count(sum.reportsDue), Cell::count(sum.reportsReceived),
                    Cell::count(sum.reportsOverdue)};
    funds.note = word(lang, u"Amounts in US dollars, from the journal. Reports due: the "
                            u"reporting obligations falling due on or before the date; overdue: "
                            u"due before it and not received by then."_s);

    Sheet results{u"Results reported"_s, word(lang, u"Results reported"_s),
                  {{word(lang, u"Project"_s), Align::Left, 8},
                   {word(lang, u"Report"_s), Align::Left, 9},
                   {word(lang, u"Due"_s), Align::Left, 8},
                   {word(lang, u"Received"_s), Align::Left, 7},
                   {word(lang, u"What was reported"_s), Align::Left, 16}},
                  {}, {}, {}, {}};
    for (const ForumResult &x : r.results) {
        results.rows.append({Cell::txt(x.project), Cell::txt(label(lang, x.kind)),
                             Cell::txt(x.due.toString(Qt::ISODate)),
                             Cell::txt(x.received.toString(Qt::ISODate)), Cell::txt(x.note)});
    }
    results.totals = {Cell::txt(word(lang, u"Total"_s)),
                      Cell::txt(word(lang, u"%1 reports"_s).arg(r.results.size())),
                      Cell::empty(), Cell::empty(), Cell::empty()};
    if (r.results.isEmpty())
        results.text = word(lang, u"No report has been received yet."_s);

    Sheet acted{u"Recommendations acted on"_s, word(lang, u"Recommendations acted on"_s),
                {{word(lang, u"Reference"_s), Align::Left, 7},
                 {word(lang, u"Kind"_s), Align::Left, 9},
                 {word(lang, u"Recommendation"_s), Align::Left, 11},
                 {word(lang, u"Funded projects"_s), Align::Left, 7},
                 {word(lang, u"Count"_s), Align::Right, 6},
                 {word(lang, u"Allocation"_s), Align::Right, 9}},
                {}, {}, {}, {}};
    qint64 actedOn = 0, linked = 0;
    CheckedSum linkedAllocated;
    for (const ForumRecommendation &g : r.recommendations) {
        acted.rows.append({Cell::txt(g.reference), Cell::txt(label(lang, g.kind)),
                           Cell::txt(g.text), Cell::txt(joined(g.projects)),
                           Cell::count(g.projects.size()), Cell::money(g.allocated)});
        if (!g.projects.isEmpty())
            ++actedOn;
        linked += g.projects.size();
        linkedAllocated += g.allocated;
    }
    acted.totals = {Cell::txt(word(lang, u"Total"_s)), Cell::empty(),
                    Cell::txt(word(lang, u"%1 of %2 acted on"_s)
                                  .arg(actedOn)
                                  .arg(r.recommendations.size())),
                    Cell::empty(), Cell::count(linked),
                    Cell::money(linkedAllocated.value())};
    acted.note = word(lang, u"A project answering several recommendations is counted, with its "
                            u"allocation, under each of them, so this table adds up to more "
                            u"than the funded activities."_s);

    s.sheets = {act, funds, results, acted};
    s.fields = {{word(lang, u"Funded projects"_s), Cell::count(projects)},
                {word(lang, u"Allocation"_s), Cell::money(sum.allocated)},
                {word(lang, u"Released"_s), Cell::money(sum.released)},
                {word(lang, u"Reports received"_s), Cell::count(sum.reportsReceived)},
                {word(lang, u"Recommendations acted on"_s), Cell::count(actedOn)}};
    return s;
}

} // namespace imdp::core::reports
