// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/models/fundingmodels.h"

#include "core/money/rate.h"
#include "ui/capguard.h"
#include "ui/labels.h"
#include "ui/models/models.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
constexpr Qt::Alignment numeric = Qt::AlignRight | Qt::AlignVCenter;
QString translated(const char *s)
{
    return QCoreApplication::translate("FundingModels", s);
}
QString usd(qint64 minor)
{
    return formatAmount(minor, u"USD"_s);
}
} // namespace

QList<InstalmentRow> instalmentRows(const core::ledger::Pledge &p, const QDate &today)
{
    QList<core::ledger::Instalment> sorted = p.instalments;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.due < b.due; });
    QList<InstalmentRow> out;
    qint64 paidLeft = p.paidMinor;
    for (const auto &i : sorted) {
        const qint64 covered = std::min(paidLeft, i.amountMinor);
        paidLeft -= covered;
        // An instalment is late the day after its due date; on the day it is only due.
        const bool signedPledge = p.status == u"signed"_s;
        const qint64 open = i.amountMinor - covered;
        out.append({i.due, i.amountMinor, p.currency, signedPledge && i.due < today ? open : 0,
                    signedPledge && i.due == today ? open : 0});
    }
    return out;
}

QList<CapRow> capRows(const core::CapStatus &s, const QString &period)
{
    return {{u"plan"_s, period, s.plan, s.capBps},
            {u"pledged"_s, period, s.pledged, s.capBps},
            {u"received"_s, period, s.received, s.capBps}};
}

TableModel<core::ledger::DonorPosition> *makeDonorModel(QObject *parent)
{
    using D = core::ledger::DonorPosition;
    // "(USD)" under the amounts' names: five columns of figures and the donors' names fit a
    // 1024-px window in French and Spanish without scrolling sideways.
    const auto twoLines = [](const char *title) {
        return translated(title).replace(u" (USD)"_s, u"\n(USD)"_s);
    };
    QList<Column<D>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Donor")); },
         [](const D &d) { return d.donor; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Source")); },
         [](const D &d) { return sourceLabel(d.source); }},
        {[twoLines] { return twoLines(QT_TRANSLATE_NOOP("FundingModels", "Pledged (USD)")); },
         [](const D &d) { return usd(d.pledged); }, [](const D &d) { return d.pledged; }, numeric},
        {[twoLines] { return twoLines(QT_TRANSLATE_NOOP("FundingModels", "Prospective (USD)")); },
         [](const D &d) { return usd(d.prospective); }, [](const D &d) { return d.prospective; },
         numeric},
        {[twoLines] { return twoLines(QT_TRANSLATE_NOOP("FundingModels", "Received (USD)")); },
         [](const D &d) { return usd(d.received); }, [](const D &d) { return d.received; },
         numeric},
        {[twoLines] { return twoLines(QT_TRANSLATE_NOOP("FundingModels", "Outstanding (USD)")); },
         [](const D &d) { return usd(d.outstanding); }, [](const D &d) { return d.outstanding; },
         numeric},
        {[twoLines] { return twoLines(QT_TRANSLATE_NOOP("FundingModels", "In arrears (USD)")); },
         [](const D &d) { return d.arrears ? usd(d.arrears) : QString(); },
         [](const D &d) { return d.arrears; }, numeric},
    };
    auto *m = new TableModel<D>(std::move(cols), parent);
    m->setAlert([](const D &d) { return d.arrears > 0; });
    return m;
}

TableModel<core::ledger::Pledge> *makePledgeModel(const QDate &today, QObject *parent)
{
    using P = core::ledger::Pledge;
    QList<Column<P>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Reference")); },
         [](const P &p) { return p.reference; },
         {},
         Qt::AlignLeft | Qt::AlignVCenter,
         [](const P &p) { return p.capOverride.isEmpty() ? p.note : p.capOverride; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Date")); },
         [](const P &p) { return formatDate(p.date); }, [](const P &p) { return p.date; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Status")); },
         [](const P &p) { return pledgeStatusLabel(p.status); }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Currency")); },
         [](const P &p) { return p.currency; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Amount")); },
         [](const P &p) { return formatAmount(p.amountMinor, p.currency); },
         [](const P &p) { return p.amountMinor; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Rate")); },
         [](const P &p) { return formatRate(p.rateScaled); },
         [](const P &p) { return p.rateScaled; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "USD")); },
         [](const P &p) { return usd(p.usdMinor); }, [](const P &p) { return p.usdMinor; },
         numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Paid")); },
         [](const P &p) { return formatAmount(p.paidMinor, p.currency); },
         [](const P &p) { return p.paidMinor; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Override")); },
         [](const P &p) {
             return p.capOverride.isEmpty() ? QString()
                                            : translated(QT_TRANSLATE_NOOP("FundingModels", "Yes"));
         }},
    };
    auto *m = new TableModel<P>(std::move(cols), parent);
    m->setAlert([today](const P &p) {
        const auto rows = instalmentRows(p, today);
        return std::any_of(rows.cbegin(), rows.cend(),
                           [](const InstalmentRow &r) { return r.arrearsMinor > 0; });
    });
    return m;
}

TableModel<InstalmentRow> *makeInstalmentModel(QObject *parent)
{
    using I = InstalmentRow;
    QList<Column<I>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Due")); },
         [](const I &i) { return formatDate(i.due); }, [](const I &i) { return i.due; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Amount")); },
         [](const I &i) { return formatAmount(i.amountMinor, i.currency); },
         [](const I &i) { return i.amountMinor; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "In arrears")); },
         [](const I &i) {
             if (i.dueTodayMinor)
                 return translated(QT_TRANSLATE_NOOP("FundingModels", "Due today"));
             return i.arrearsMinor ? formatAmount(i.arrearsMinor, i.currency) : QString();
         },
         [](const I &i) { return i.arrearsMinor; }, numeric},
    };
    auto *m = new TableModel<I>(std::move(cols), parent);
    m->setAlert([](const I &i) { return i.arrearsMinor > 0; });
    return m;
}

TableModel<core::ledger::Receipt> *makeReceiptModel(QObject *parent)
{
    using R = core::ledger::Receipt;
    QList<Column<R>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Reference")); },
         [](const R &r) { return r.reference; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Date")); },
         [](const R &r) { return formatDate(r.date); }, [](const R &r) { return r.date; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Currency")); },
         [](const R &r) { return r.currency; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Amount")); },
         [](const R &r) { return formatAmount(r.amountMinor, r.currency); },
         [](const R &r) { return r.amountMinor; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Rate")); },
         [](const R &r) { return formatRate(r.rateScaled); },
         [](const R &r) { return r.rateScaled; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "USD")); },
         [](const R &r) { return usd(r.usdMinor); }, [](const R &r) { return r.usdMinor; },
         numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Fee (USD)")); },
         [](const R &r) { return usd(r.feeMinor); }, [](const R &r) { return r.feeMinor; },
         numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Pledge")); },
         [](const R &r) { return r.pledgeReference; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Reversed")); },
         [](const R &r) {
             return r.reversed ? translated(QT_TRANSLATE_NOOP("FundingModels", "Yes")) : QString();
         }},
    };
    return new TableModel<R>(std::move(cols), parent);
}

TableModel<CapRow> *makeCapModel(QObject *parent)
{
    using C = CapRow;
    QList<Column<C>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Period")); },
         [](const C &c) { return c.period; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Basis")); },
         [](const C &c) { return basisLabel(c.basis); }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Bank (USD)")); },
         [](const C &c) { return usd(c.figures.bank); },
         [](const C &c) { return c.figures.bank; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Other (USD)")); },
         [](const C &c) { return usd(c.figures.other); },
         [](const C &c) { return c.figures.other; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Total (USD)")); },
         [](const C &c) { return usd(c.figures.total); },
         [](const C &c) { return c.figures.total; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Bank share")); },
         [](const C &c) { return percentText(c.figures.shareBps); },
         [](const C &c) { return c.figures.shareBps; }, numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Complies")); },
         [](const C &c) {
             return c.figures.compliant ? translated(QT_TRANSLATE_NOOP("FundingModels", "Yes"))
                                        : translated(QT_TRANSLATE_NOOP("FundingModels", "No"));
         }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Headroom")); },
         [](const C &c) { return headroomText(c.figures); }},
    };
    auto *m = new TableModel<C>(std::move(cols), parent);
    m->setAlert([](const C &c) { return !c.figures.compliant; });
    return m;
}

TableModel<core::funding::CapOverride> *makeOverrideModel(QObject *parent)
{
    using O = core::funding::CapOverride;
    QList<Column<O>> cols{
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "When")); },
         [](const O &o) { return formatTimestamp(o.at); }, [](const O &o) { return o.at; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Officer")); },
         [](const O &o) { return o.actor; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "What")); },
         [](const O &o) { return o.what; }},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Bank share after")); },
         [](const O &o) { return percentText(o.shareBps); }, [](const O &o) { return o.shareBps; },
         numeric},
        {[] { return translated(QT_TRANSLATE_NOOP("FundingModels", "Justification")); },
         [](const O &o) { return o.justification; }},
    };
    return new TableModel<O>(std::move(cols), parent);
}

} // namespace imdp::ui
