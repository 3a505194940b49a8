// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/models/models.h"

#include "core/i18n/i18n.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "ui/labels.h"
#include "ui/language.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
constexpr Qt::Alignment numeric = Qt::AlignRight | Qt::AlignVCenter;
QString translated(const char *s)
{
    return QCoreApplication::translate("Models", s);
}
} // namespace

TableModel<StatePair> *makePipelinePairModel(QObject *parent)
{
    const auto state = [](const StateCount &s) {
        return s.first.isEmpty() ? QString() : stateLabel(s.first);
    };
    const auto count = [](const StateCount &s) {
        return s.first.isEmpty() ? QString() : QLocale().toString(s.second);
    };
    QList<Column<StatePair>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "State")); },
         [state](const StatePair &p) { return state(p.first); }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Proposals")); },
         [count](const StatePair &p) { return count(p.first); },
         {},
         numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "State")); },
         [state](const StatePair &p) { return state(p.second); }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Proposals")); },
         [count](const StatePair &p) { return count(p.second); },
         {},
         numeric},
    };
    return new TableModel<StatePair>(std::move(cols), parent);
}

QList<StatePair> pairStates(const QList<StateCount> &counts)
{
    QList<StateCount> held;
    for (const StateCount &c : counts) {
        if (c.second > 0)
            held.append(c);
    }
    const qsizetype rows = (held.size() + 1) / 2;
    QList<StatePair> out;
    for (qsizetype r = 0; r < rows; ++r)
        out.append({held.at(r), r + rows < held.size() ? held.at(r + rows) : StateCount{}});
    return out;
}

bool selectRow(QAbstractItemView *view, int column, const QString &text)
{
    QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model || text.isEmpty())
        return false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, column);
        if (i.data().toString() == text) {
            view->setCurrentIndex(i);
            view->scrollTo(i, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

QString formatAmount(qint64 minor, const QString &currency)
{
    auto m = core::Money::fromMinor(minor, currency);
    return m ? m->format(QLocale()) : QString::number(minor);
}

QString formatRate(qint64 rateScaled)
{
    auto rate = core::Rate::fromScaled(rateScaled);
    return rate ? rate->toString().replace(u'.', QLocale().decimalPoint()) : QString();
}

QString dateEditFormat()
{
    return core::i18n::dateFormat(currentLanguage());
}

QString formatDate(const QDate &date)
{
    return core::i18n::formatDate(date, currentLanguage());
}

QString formatHundredths(int hundredths)
{
    return core::i18n::formatFixed(hundredths, 2, currentLanguage());
}

QString formatTimestamp(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return iso;
    const QDateTime local = t.toLocalTime();
    return formatDate(local.date()) + u' ' + QLocale().toString(local.time(), QLocale::ShortFormat);
}

TableModel<core::Organisation> *makeOrganisationModel(QObject *parent)
{
    using O = core::Organisation;
    QList<Column<O>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Name")); }, [](const O &o) { return o.name; }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Short name")); },
         [](const O &o) { return o.shortName; }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Kind")); },
         [](const O &o) { return organisationKindLabel(o.kind); }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Country")); },
         [](const O &o) { return o.country; }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "GMG member")); },
         [](const O &o) { return o.gmgMember ? translated(QT_TRANSLATE_NOOP("Models", "Yes")) : QString(); }},
    };
    return new TableModel<O>(std::move(cols), parent);
}

TableModel<core::Proposal> *makeProposalModel(QObject *parent)
{
    using P = core::Proposal;
    QList<Column<P>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Code")); }, [](const P &p) { return p.code; }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Title")); }, [](const P &p) { return p.title; }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Applicant")); },
         [](const P &p) { return p.applicantShort; }, {}, Qt::AlignLeft | Qt::AlignVCenter,
         [](const P &p) { return p.applicant; }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Partner")); },
         [](const P &p) { return p.partnerShort; }, {}, Qt::AlignLeft | Qt::AlignVCenter,
         [](const P &p) { return p.partner; }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "State")); },
         [](const P &p) { return stateLabel(p.state); },
         [](const P &p) { return core::pipeline::states().indexOf(p.state); }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Requested")); },
         [](const P &p) { return formatAmount(p.requestedMinor, p.currency); },
         [](const P &p) { return p.requestedMinor; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Currency")); },
         [](const P &p) { return p.currency; }},
    };
    return new TableModel<P>(std::move(cols), parent);
}

TableModel<StateCount> *makePipelineCountModel(QObject *parent)
{
    QList<Column<StateCount>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "State")); },
         [](const StateCount &s) { return stateLabel(s.first); },
         [](const StateCount &s) { return core::pipeline::states().indexOf(s.first); }},
        {[] { return translated(QT_TRANSLATE_NOOP("Models", "Proposals")); },
         [](const StateCount &s) { return QLocale().toString(s.second); },
         [](const StateCount &s) { return s.second; }, numeric},
    };
    return new TableModel<StateCount>(std::move(cols), parent);
}

} // namespace imdp::ui
