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

using document::Align;

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
        for (const pipeline::PartnerReport &rep : *reports) {
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
    s.title =
        word(lang, QT_TRANSLATE_NOOP("Report", "Report to the Global Forum on funded activities"));
    s.period = word(lang, QT_TRANSLATE_NOOP("Report", "As at")) + u' ' + longDate(lang, r.at);
    const QString none = word(lang, QT_TRANSLATE_NOOP("Report", "(none)"));
    const auto joined = [&none](const QStringList &l) {
        return l.isEmpty() ? none : l.join(u", "_s);
    };

    Sheet act{
        u"Funded activities"_s,
        word(lang, QT_TRANSLATE_NOOP("Report", "Funded activities")),
        {{word(lang, QT_TRANSLATE_NOOP("Report", "Project")), Align::Left, 1},
         {word(lang, QT_TRANSLATE_NOOP("Report", "Title")), Align::Left, 1},
         {word(lang, QT_TRANSLATE_NOOP("Report", "Objectives")), Align::Left, 1},
         {word(lang, QT_TRANSLATE_NOOP("Report", "Partner")), Align::Left, 1},
         {word(lang, QT_TRANSLATE_NOOP("Report", "Countries")), Align::Left, 1},
         {word(lang, QT_TRANSLATE_NOOP("Report", "GFMD recommendations answered")), Align::Left, 1},
         {word(lang, QT_TRANSLATE_NOOP("Report", "State")), Align::Left, 1}},
        {},
        {},
        {},
        {}};
    Sheet funds{u"Funds and results"_s,
                word(lang, QT_TRANSLATE_NOOP("Report", "Funds and results")),
                {{word(lang, QT_TRANSLATE_NOOP("Report", "Project")), Align::Left, 22},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Allocation")), Align::Right, 24},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Released")), Align::Right, 27},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Expenditure")), Align::Right, 22},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Reports due")), Align::Right, 18},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Reports received")), Align::Right, 18},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Overdue")), Align::Right, 20}},
                {},
                {},
                {},
                {}};
    ForumProject sum;
    CheckedSum allocated, released, expenditure; // 128 bits; forumReport() checked they fit
    for (const ForumProject &f : r.projects) {
        QStringList objectives;
        for (const QString &o : f.objectives)
            objectives.append(objectiveName(lang, o));
        act.rows.append({Cell::txt(f.code), Cell::txt(f.title), Cell::txt(joined(objectives)),
                         Cell::txt(f.partner.isEmpty() ? none : f.partner),
                         Cell::txt(joined(f.countries)), Cell::txt(joined(f.answers)),
                         Cell::txt(label(lang, i18n::Kind::State, f.state))});
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
    act.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
                  Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "%1 projects")).arg(projects)),
                  Cell::empty(),
                  Cell::empty(),
                  Cell::empty(),
                  Cell::empty(),
                  Cell::empty()};
    act.cards = true; // seven columns of text: one block per project on paper
    act.note = word(
        lang, QT_TRANSLATE_NOOP(
                  "Report", "Projects the Oversight Committee has endorsed, in their state today. "
                            "Countries are ISO 3166 codes."));
    funds.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
                    Cell::money(sum.allocated),
                    Cell::money(sum.released),
                    Cell::money(sum.expenditure),
                    Cell::count(sum.reportsDue),
                    Cell::count(sum.reportsReceived),
                    Cell::count(sum.reportsOverdue)};
    funds.note = word(
        lang, QT_TRANSLATE_NOOP("Report",
                                "Amounts in US dollars, from the journal. Reports due: the "
                                "reporting obligations falling due on or before the date; overdue: "
                                "due before it and not received by then."));

    Sheet results{u"Results reported"_s,
                  word(lang, QT_TRANSLATE_NOOP("Report", "Results reported")),
                  {{word(lang, QT_TRANSLATE_NOOP("Report", "Project")), Align::Left, 8},
                   {word(lang, QT_TRANSLATE_NOOP("Report", "Report")), Align::Left, 9},
                   {word(lang, QT_TRANSLATE_NOOP("Report", "Due")), Align::Left, 8},
                   {word(lang, QT_TRANSLATE_NOOP("Report", "Received")), Align::Left, 7},
                   {word(lang, QT_TRANSLATE_NOOP("Report", "What was reported")), Align::Left, 16}},
                  {},
                  {},
                  {},
                  {}};
    for (const ForumResult &x : r.results) {
        results.rows.append({Cell::txt(x.project),
                             Cell::txt(label(lang, i18n::Kind::ReportKind, x.kind)),
                             Cell::txt(x.due.toString(Qt::ISODate)),
                             Cell::txt(x.received.toString(Qt::ISODate)), Cell::txt(x.note)});
    }
    results.totals = {
        Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
        Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "%1 reports")).arg(r.results.size())),
        Cell::empty(), Cell::empty(), Cell::empty()};
    if (r.results.isEmpty())
        results.text = word(lang, QT_TRANSLATE_NOOP("Report", "No report has been received yet."));

    Sheet acted{u"Recommendations acted on"_s,
                word(lang, QT_TRANSLATE_NOOP("Report", "Recommendations acted on")),
                {{word(lang, QT_TRANSLATE_NOOP("Report", "Reference")), Align::Left, 7},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Kind")), Align::Left, 9},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Recommendation")), Align::Left, 11},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Funded projects")), Align::Left, 7},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Count")), Align::Right, 6},
                 {word(lang, QT_TRANSLATE_NOOP("Report", "Allocation")), Align::Right, 9}},
                {},
                {},
                {},
                {}};
    qint64 actedOn = 0, linked = 0;
    CheckedSum linkedAllocated;
    for (const ForumRecommendation &g : r.recommendations) {
        acted.rows.append({Cell::txt(g.reference),
                           Cell::txt(label(lang, i18n::Kind::ReferenceKind, g.kind)),
                           Cell::txt(g.text), Cell::txt(joined(g.projects)),
                           Cell::count(g.projects.size()), Cell::money(g.allocated)});
        if (!g.projects.isEmpty())
            ++actedOn;
        linked += g.projects.size();
        linkedAllocated += g.allocated;
    }
    acted.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
                    Cell::empty(),
                    Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "%1 of %2 acted on"))
                                  .arg(actedOn)
                                  .arg(r.recommendations.size())),
                    Cell::empty(),
                    Cell::count(linked),
                    Cell::money(linkedAllocated.value())};
    acted.note =
        word(lang, QT_TRANSLATE_NOOP(
                       "Report", "A project answering several recommendations is counted, with its "
                                 "allocation, under each of them, so this table adds up to more "
                                 "than the funded activities."));

    s.sheets = {act, funds, results, acted};
    s.fields = {{word(lang, QT_TRANSLATE_NOOP("Report", "Funded projects")), Cell::count(projects)},
                {word(lang, QT_TRANSLATE_NOOP("Report", "Allocation")), Cell::money(sum.allocated)},
                {word(lang, QT_TRANSLATE_NOOP("Report", "Released")), Cell::money(sum.released)},
                {word(lang, QT_TRANSLATE_NOOP("Report", "Reports received")),
                 Cell::count(sum.reportsReceived)},
                {word(lang, QT_TRANSLATE_NOOP("Report", "Recommendations acted on")),
                 Cell::count(actedOn)}};
    return s;
}

} // namespace imdp::core::reports
