// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The project financial summary: each project's allocation, transfers, expenditure and balance.
#include "core/reports/checkedsum.h"
#include "core/reports/financial.h"
#include "core/reports/statementparts.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/ledger/projects.h"
#include "core/ledger/opening.h"
#include "core/pipeline/proposals.h"
#include "core/storage/audit.h"
#include "core/storage/query.h"

#include <QMap>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

using document::Align;
using document::Column;
using namespace detail;

// ---- Project financial summary ----------------------------------------------------------------

Result<ProjectSummary> projectSummary(Database &db, const Parameters &p)
{
    ProjectSummary r;
    r.at = endOf(p);
    auto proposals = proposalsByCode(db);
    if (!proposals)
        return proposals.error();
    // Summed by SQLite per project and account (never every posting in memory), which refuses a
    // sum that would wrap; the lines' figures derived in 128 bits.
    const QString at = r.at.toString(Qt::ISODate);
    const auto refused = [](const Error &e) -> Error {
        return e.message.contains(u"integer overflow"_s) ? totalOutOfRange(u"project summary"_s)
                                                         : e;
    };
    QMap<QString, ProjectLine> by;
    {
        Query q(db,
                u"SELECT p.project, a.key, SUM(p.usd_minor) FROM posting p "
                "JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id "
                "WHERE e.date <= ? AND p.project <> '' GROUP BY p.project, a.key"_s);
        q.bind(at);
        if (auto s = q.exec(); !s)
            return refused(s.error());
        while (q.next()) {
            ProjectLine &l = by[q.text(0)];
            const QString account = q.text(1);
            const qint64 v = q.integer(2);
            // Negated in 128 bits: a tampered INT64_MIN never wraps to itself.
            CheckedSum negated;
            negated -= v;
            if (!negated.fits())
                return totalOutOfRange(u"project summary"_s);
            if (account == u"allocations"_s)
                l.allocated = negated.value();
            else if (account == u"transfers"_s)
                l.released = v;
            else if (account == u"expenditure"_s)
                l.expenditure = v;
            else if (account == u"refunds"_s)
                l.refunded = negated.value();
            else if (account == u"residual_waived"_s)
                l.waived = v;
            else if (account == u"held_by_partners"_s)
                l.heldByPartner = v;
        }
        if (auto s = q.status(); !s)
            return refused(s.error());
    }
    {
        // Each project's partner: the last one its postings name, as the journal runs.
        Query q(db, u"SELECT p.project, pt.name FROM posting p "
                    "JOIN journal_entry e ON e.id = p.entry_id "
                    "JOIN organisation pt ON pt.id = p.partner_id "
                    "WHERE e.date <= ? AND p.project <> '' ORDER BY p.entry_id, p.id"_s);
        q.bind(at);
        if (auto s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = by.find(q.text(0));
            if (it != by.end() && !q.text(1).isEmpty())
                it->partner = q.text(1);
        }
        if (auto s = q.status(); !s)
            return s.error();
    }
    for (auto it = by.begin(); it != by.end(); ++it) {
        if (!p.project.isEmpty() && it.key() != p.project)
            continue;
        ProjectLine l = it.value();
        l.code = it.key();
        const Proposal prop = proposals->value(l.code);
        l.title = prop.title;
        if (l.partner.isEmpty())
            l.partner = prop.partnerShort.isEmpty() ? prop.partner : prop.partnerShort;
        CheckedSum notReleased;
        notReleased += l.allocated;
        notReleased -= l.released;
        notReleased += l.refunded;
        if (!notReleased.fits())
            return totalOutOfRange(u"project summary"_s);
        l.notReleased = notReleased.value();
        r.projects.append(l);
    }
    if (!p.project.isEmpty() && r.projects.isEmpty())
        return Error::notFound(u""_s, u"reports.project_has_no_allocation"_s,
                               {ErrorArg::txt(p.project.left(80))});
    return r;
}

Statement present(const ProjectSummary &r, Lang lang)
{
    Statement s;
    s.id = u"project-summary"_s;
    s.lang = lang;
    s.title = word(lang, QT_TRANSLATE_NOOP("Report", "Project financial summary"));
    s.period = asAtText(lang, r.at);
    ProjectLine sum;
    for (const ProjectLine &l : r.projects) {
        sum.allocated += l.allocated;
        sum.released += l.released;
        sum.expenditure += l.expenditure;
        sum.refunded += l.refunded;
        sum.waived += l.waived;
        sum.heldByPartner += l.heldByPartner;
        sum.notReleased += l.notReleased;
    }
    // The waived column appears once a residual has been waived: it explains a partner balance
    // brought to 0 without expenditure or refund.
    const bool waivers = std::any_of(r.projects.cbegin(), r.projects.cend(),
                                     [](const ProjectLine &l) { return l.waived != 0; });
    const auto figures = [waivers](const ProjectLine &l) {
        QList<Cell> cells{Cell::money(l.allocated), Cell::money(l.released),
                          Cell::money(l.expenditure), Cell::money(l.refunded)};
        if (waivers)
            cells.append(Cell::money(l.waived));
        cells << Cell::money(l.heldByPartner) << Cell::money(l.notReleased);
        return cells;
    };
    QList<Column> columns{{word(lang, QT_TRANSLATE_NOOP("Report", "Project")), Align::Left, 2},
                          {word(lang, QT_TRANSLATE_NOOP("Report", "Title")), Align::Left, 4},
                          {word(lang, QT_TRANSLATE_NOOP("Report", "Partner")), Align::Left, 2},
                          {word(lang, QT_TRANSLATE_NOOP("Report", "Allocation")), Align::Right, 2},
                          {word(lang, QT_TRANSLATE_NOOP("Report", "Released")), Align::Right, 2},
                          {word(lang, QT_TRANSLATE_NOOP("Report", "Expenditure")), Align::Right, 2},
                          {word(lang, QT_TRANSLATE_NOOP("Report", "Refunds")), Align::Right, 2}};
    if (waivers)
        columns.append(
            {word(lang, QT_TRANSLATE_NOOP("Report", "Residual waived")), Align::Right, 2});
    columns << Column{word(lang, QT_TRANSLATE_NOOP("Report", "Held by partner")), Align::Right, 2}
            << Column{word(lang, QT_TRANSLATE_NOOP("Report", "Not yet released")), Align::Right, 2};
    Sheet t{
        u"Projects"_s, word(lang, QT_TRANSLATE_NOOP("Report", "Projects")), columns, {}, {}, {}};
    for (const ProjectLine &l : r.projects)
        t.rows.append(QList<Cell>{Cell::txt(l.code), Cell::txt(l.title), Cell::txt(l.partner)} +
                      figures(l));
    t.totals = QList<Cell>{Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
                           Cell::empty(), Cell::empty()} +
               figures(sum);
    s.sheets = {t};
    return s;
}

} // namespace imdp::core::reports
