// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/models/proposalfilter.h"

#include <QHash>

namespace imdp::ui {

ProposalFilter::ProposalFilter(TableModel<core::Proposal> *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(TableModel<core::Proposal>::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProposalFilter::setState(const QString &state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void ProposalFilter::setWindow(const QString &window)
{
    if (window == m_window)
        return;
    m_window = window;
    invalidateRowsFilter();
}

void ProposalFilter::setSearch(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    invalidateRowsFilter();
}

const core::Proposal &ProposalFilter::proposalAt(int row) const
{
    return m_source->rows().at(mapToSource(index(row, 0)).row());
}

bool ProposalFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const core::Proposal &a = m_source->rows().at(left.row());
    const core::Proposal &b = m_source->rows().at(right.row());
    const auto text = [](const QString &x, const QString &y) {
        return QString::compare(x, y, Qt::CaseInsensitive) < 0;
    };
    // The columns of makeProposalModel (ui/models/models.cpp): code, title, applicant, partner,
    // state (in pipeline order), requested amount (minor units), currency.
    switch (left.column()) {
    case 0: return text(a.code, b.code);
    case 1: return text(a.title, b.title);
    case 2: return text(a.applicantShort, b.applicantShort);
    case 3: return text(a.partnerShort, b.partnerShort);
    case 4: return stateOrder(a.state) < stateOrder(b.state);
    case 5: return a.requestedMinor < b.requestedMinor;
    case 6: return text(a.currency, b.currency);
    default: return QSortFilterProxyModel::lessThan(left, right);
    }
}

int ProposalFilter::stateOrder(const QString &state)
{
    static const QHash<QString, int> order = [] {
        QHash<QString, int> h;
        const QStringList &all = core::pipeline::states();
        for (int i = 0; i < all.size(); ++i)
            h.insert(all.at(i), i);
        return h;
    }();
    return order.value(state, -1);
}

bool ProposalFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const core::Proposal &p = m_source->rows().at(sourceRow);
    if (!m_state.isEmpty() && p.state != m_state)
        return false;
    if (!m_window.isEmpty() && p.window != m_window)
        return false;
    return matches(p, m_search);
}

bool ProposalFilter::matches(const core::Proposal &p, const QString &search)
{
    if (search.isEmpty())
        return true;
    for (const QString *field : {&p.code, &p.title, &p.applicant, &p.applicantShort, &p.partner,
                                 &p.partnerShort}) {
        if (field->contains(search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace imdp::ui
