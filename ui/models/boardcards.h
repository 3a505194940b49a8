// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/pipeline/proposals.h"
#include "ui/models/tablemodel.h"

#include <QAbstractListModel>

namespace imdp::ui {

/// The cards of one board column: the proposals of the proposal model in one state that match the
/// search, in the model's order. Every column is filled by one pass over the model
/// (`distribute`), not by a filter per column each reading all the rows.
class BoardCards final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardCards)
public:
    BoardCards(TableModel<core::Proposal> *source, const QString &state,
               QObject *parent = nullptr);

    const QString &state() const { return m_state; }
    /// The proposal shown at a row of this column.
    const core::Proposal &proposalAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    /// Display: the code; tool tip: code and title; flags: selectable, enabled, draggable.
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Fills `columns` (all over the same source) with the source's rows matching `search`
    /// (ProposalFilter's rule) and, when `window` is not empty, in that funding window, in one
    /// pass.
    static void distribute(const QList<BoardCards *> &columns, const QString &search,
                           const QString &window = {});

private:
    TableModel<core::Proposal> *m_source;
    QString m_state;
    QList<int> m_rows; ///< rows of the source
};

} // namespace imdp::ui
