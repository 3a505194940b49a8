// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/models/proposalfilter.h"

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

bool ProposalFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const core::Proposal &p = m_source->rows().at(sourceRow);
    if (!m_state.isEmpty() && p.state != m_state)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString *field : {&p.code, &p.title, &p.applicant, &p.applicantShort, &p.partner,
                                 &p.partnerShort}) {
        if (field->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace imdp::ui
