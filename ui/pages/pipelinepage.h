// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/pipeline/proposals.h"
#include "ui/models/tablemodel.h"

#include <QSet>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QToolButton;
class QTableView;
class QScrollArea;
class QVBoxLayout;

namespace imdp::ui {

class BoardColumn;
class BoardStrip;
class ElidedLabel;
class FundSession;
class ProposalEditor;
class ProposalFilter;

/// The Pipeline page: every proposal as a board (a column per state, cards moved by drag-and-drop
/// or "Move to…") or as a sortable, filterable table; opens the proposal editor.
class PipelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinePage)
public:
    enum class View { Board, Table };

    explicit PipelinePage(FundSession *session, QWidget *parent = nullptr);

    void setView(View view);
    View view() const;

    TableModel<core::Proposal> *model() const { return m_model; }
    ProposalFilter *tableProxy() const { return m_tableProxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *search() const { return m_search; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    /// Filters the board and the table by funding window; shown when the fund has windows.
    QComboBox *windowFilter() const { return m_windowFilter; }
    /// The board column of a state (hidden when it is a closed state with no card).
    BoardColumn *column(const QString &state) const;
    /// The narrow strip shown instead of a state's column while it has no card (a click unfolds).
    BoardStrip *strip(const QString &state) const;
    /// Unfolds (or folds back) an empty state's column.
    void setUnfolded(const QString &state, bool unfolded);
    /// The board's state filter: a menu of the states, each checked when its column shows.
    QToolButton *boardStates() const { return m_boardStates; }
    void setStateShown(const QString &state, bool shown);
    bool isStateShown(const QString &state) const;
    /// The context menu of a card: Open, and "Move to" with the states the table allows.
    QMenu *cardMenu(const QString &code, QWidget *parent);

    /// Asks for a note and runs the guarded move; a refusal is shown and nothing changes.
    bool moveProposal(const QString &code, const QString &to);
    /// Opens the editor on a proposal (empty code: a new proposal). Returns the open editor.
    ProposalEditor *openEditor(const QString &code);
    /// Selects a proposal's card in its state's column and its row in the table, in view.
    void selectProposal(const QString &code);

public Q_SLOTS:
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildBoard();
    QWidget *buildTable();
    void attachTable();
    /// Fills every board column from the model and the search in one pass, then their titles.
    void distributeCards();
    /// The window filter's items from the fund's windows, keeping the one chosen.
    void fillWindowFilter();
    /// Lays the shown columns and strips out in rows as wide as the board: they wrap onto a
    /// further row rather than scrolling sideways, every column as wide.
    void layoutBoard();

    FundSession *m_session;
    TableModel<core::Proposal> *m_model;
    ProposalFilter *m_tableProxy;
    QSet<QString> m_overdue;
    QList<BoardColumn *> m_columns;
    QList<QWidget *> m_columnFrames;
    QList<ElidedLabel *> m_columnTitles;
    QList<QLabel *> m_columnCounts;
    QList<QAbstractButton *> m_foldButtons;
    QList<BoardStrip *> m_strips;
    QSet<QString> m_unfolded; ///< empty states the officer unfolded
    QSet<QString> m_hidden;   ///< states unticked in the board's state filter
    QLabel *m_emptyBoard = nullptr;
    QScrollArea *m_board = nullptr;
    QVBoxLayout *m_boardRows = nullptr;
    QToolButton *m_boardStates = nullptr;
    QStackedWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_windowFilter = nullptr;
    QAbstractButton *m_boardButton = nullptr;
    QAbstractButton *m_tableButton = nullptr;
};

} // namespace imdp::ui
