// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/pipeline/proposals.h"
#include "ui/models/tablemodel.h"

#include <QSortFilterProxyModel>

namespace imdp::ui {

/// Filters the proposal model by state (a board column, or the table's state filter) and by a
/// search text matched against code, title, applicant and partner. Kept free of widgets so the
/// filtering is tested on its own.
class ProposalFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalFilter)
public:
    explicit ProposalFilter(TableModel<core::Proposal> *source, QObject *parent = nullptr);

    /// Only proposals in `state`; an empty key shows every state.
    void setState(const QString &state);
    const QString &state() const { return m_state; }
    void setSearch(const QString &text);
    /// Only proposals in this funding window (its code); empty shows every proposal.
    void setWindow(const QString &window);
    const QString &window() const { return m_window; }

    /// Whether a proposal matches a (trimmed) search text: code, title, applicant or partner
    /// contains it, ignoring case; an empty text matches every proposal.
    static bool matches(const core::Proposal &p, const QString &search);

    /// The proposal shown at a row of this proxy.
    const core::Proposal &proposalAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares the proposals' fields directly, in the order of the proposal model's sort keys
    /// (makeProposalModel): sorting 10,000 rows builds no QVariant and no formatted text.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static int stateOrder(const QString &state);

    TableModel<core::Proposal> *m_source;
    QString m_state;
    QString m_search;
    QString m_window;
};

} // namespace imdp::ui
