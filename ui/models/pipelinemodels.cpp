// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/models/pipelinemodels.h"

#include "ui/labels.h"
#include "ui/models/models.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
constexpr Qt::Alignment numeric = Qt::AlignRight | Qt::AlignVCenter;
QString translated(const char *s)
{
    return QCoreApplication::translate("PipelineModels", s);
}
QVariant dateKey(const QDate &d)
{
    return d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::max();
}
} // namespace

TableModel<core::pipeline::Tranche> *makeTrancheModel(QObject *parent)
{
    using T = core::pipeline::Tranche;
    QList<Column<T>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "No.")); },
         [](const T &t) { return QLocale().toString(t.seq); }, [](const T &t) { return t.seq; },
         numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Amount (USD)")); },
         [](const T &t) { return formatAmount(t.amountUsdMinor, u"USD"_s); },
         [](const T &t) { return t.amountUsdMinor; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Conditions")); },
         [](const T &t) { return t.conditions; }},
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Conditions met")); },
         [](const T &t) {
             return t.conditionsMet ? translated(QT_TRANSLATE_NOOP("PipelineModels", "Yes"))
                                    : translated(QT_TRANSLATE_NOOP("PipelineModels", "No"));
         }},
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Released")); },
         [](const T &t) { return formatDate(t.releasedOn); },
         [](const T &t) { return dateKey(t.releasedOn); }},
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Reference")); },
         [](const T &t) { return t.reference; }},
    };
    return new TableModel<T>(std::move(cols), parent);
}

TableModel<core::pipeline::PartnerReport> *makeReportModel(QObject *parent, bool withProposal)
{
    using R = core::pipeline::PartnerReport;
    QList<Column<R>> cols;
    if (withProposal) {
        cols << Column<R>{
                    [] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Proposal")); },
                    [](const R &r) { return r.proposal; }}
             << Column<R>{[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Title")); },
                          [](const R &r) { return r.title; }};
    }
    cols << Column<R>{[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Report")); },
                      [](const R &r) { return reportKindLabel(r.kind); }}
         << Column<R>{[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Due")); },
                      [](const R &r) { return formatDate(r.due); },
                      [](const R &r) { return dateKey(r.due); }}
         << Column<R>{[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Status")); },
                      [](const R &r) {
                          if (r.received.isValid())
                              return translated(QT_TRANSLATE_NOOP("PipelineModels", "Received %1"))
                                  .arg(formatDate(r.received));
                          return r.overdue
                                     ? translated(QT_TRANSLATE_NOOP("PipelineModels", "Overdue"))
                                     : translated(QT_TRANSLATE_NOOP("PipelineModels", "Upcoming"));
                      }};
    return new TableModel<R>(std::move(cols), parent);
}

TableModel<core::ProposalMove> *makeMoveModel(QObject *parent)
{
    using M = core::ProposalMove;
    QList<Column<M>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "When")); },
         [](const M &m) { return formatTimestamp(m.at); }, [](const M &m) { return m.at; }},
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "From")); },
         [](const M &m) { return stateLabel(m.from); }},
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "To")); },
         [](const M &m) { return stateLabel(m.to); }},
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "By")); },
         [](const M &m) { return m.actor; }},
        {[] { return translated(QT_TRANSLATE_NOOP("PipelineModels", "Note")); },
         [](const M &m) { return m.note; }},
    };
    return new TableModel<M>(std::move(cols), parent);
}

} // namespace imdp::ui
