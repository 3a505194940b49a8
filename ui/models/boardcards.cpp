// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/models/boardcards.h"

#include "ui/models/proposalfilter.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

BoardCards::BoardCards(TableModel<core::Proposal> *source, const QString &state, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_state(state)
{
}

const core::Proposal &BoardCards::proposalAt(int row) const
{
    return m_source->rows().at(m_rows.at(row));
}

int BoardCards::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BoardCards::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Proposal &p = proposalAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return p.code;
    case Qt::ToolTipRole:
        return u"%1 · %2"_s.arg(p.code, p.title);
    default:
        return {};
    }
}

Qt::ItemFlags BoardCards::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

void BoardCards::distribute(const QList<BoardCards *> &columns, const QString &search,
                            const QString &window)
{
    if (columns.isEmpty())
        return;
    const TableModel<core::Proposal> *source = columns.first()->m_source;
    const QString text = search.trimmed();
    QHash<QString, QList<int>> byState;
    for (const BoardCards *c : columns)
        byState.insert(c->m_state, {});
    const QList<core::Proposal> &rows = source->rows();
    for (int i = 0; i < rows.size(); ++i) {
        const core::Proposal &p = rows.at(i);
        const auto it = byState.find(p.state);
        if (it != byState.end() && (window.isEmpty() || p.window == window)
            && ProposalFilter::matches(p, text))
            it->append(i);
    }
    for (BoardCards *c : columns) {
        Q_ASSERT(c->m_source == source);
        c->beginResetModel();
        c->m_rows = byState.take(c->m_state);
        c->endResetModel();
    }
}

} // namespace imdp::ui
