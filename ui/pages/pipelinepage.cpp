// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/pipelinepage.h"

#include "core/fund/programme.h"

#include "core/pipeline/listing.h"
#include "core/pipeline/records.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/models/boardcards.h"
#include "ui/models/models.h"
#include "ui/models/proposalfilter.h"
#include "ui/pages/boardcolumn.h"
#include "ui/pages/proposaleditor.h"
#include "ui/widgets/elidedlabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
/// A column never narrower than this: the card's code and amount, each on its own line.
constexpr int columnMinWidth = 130;
constexpr int columnMaxWidth = 420;
} // namespace

PipelinePage::PipelinePage(FundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(makeProposalModel(this))
    , m_tableProxy(new ProposalFilter(m_model, this))
{
    setObjectName(u"pipelinePage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Pipeline"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);

    auto *bar = new QHBoxLayout;
    auto *group = new QButtonGroup(this);
    auto makeToggle = [&](const QString &text, const QString &name) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setCheckable(true);
        b->setAutoRaise(false);
        group->addButton(b);
        bar->addWidget(b);
        return b;
    };
    m_boardButton = makeToggle(tr("&Board"), u"boardView"_s);
    m_tableButton = makeToggle(tr("&Table"), u"tableView"_s);
    bar->addSpacing(12);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search code, title, applicant or partner"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_stateFilter->addItem(tr("All states"), QString());
    for (const QString &s : core::pipeline::states())
        m_stateFilter->addItem(stateLabel(s), s);
    bar->addWidget(m_stateFilter);
    // The board's filter: which states have a column (or a strip). Unticked ones are saved.
    auto *statesButton = new QToolButton(this);
    statesButton->setObjectName(u"boardStates"_s);
    statesButton->setText(tr("&States"));
    statesButton->setToolTip(tr("Choose the states the board shows"));
    statesButton->setPopupMode(QToolButton::InstantPopup);
    auto *statesMenu = new QMenu(statesButton);
    const QStringList hidden = QSettings().value(u"ui/boardHiddenStates"_s).toStringList();
    for (const QString &state : core::pipeline::states()) {
        QAction *a = statesMenu->addAction(stateLabel(state));
        a->setCheckable(true);
        a->setData(state);
        a->setChecked(!hidden.contains(state));
        if (hidden.contains(state))
            m_hidden.insert(state);
        connect(a, &QAction::toggled, this, [this, state](bool on) { setStateShown(state, on); });
    }
    statesMenu->addSeparator();
    statesMenu->addAction(tr("Show &All States"), this, [this, statesMenu] {
        for (QAction *a : statesMenu->actions()) {
            if (a->isCheckable())
                a->setChecked(true);
        }
    });
    statesButton->setMenu(statesMenu);
    bar->addWidget(statesButton);
    m_boardStates = statesButton;
    m_windowFilter = new QComboBox(this);
    m_windowFilter->setObjectName(u"windowFilter"_s);
    bar->addWidget(m_windowFilter);
    auto *newButton = new QPushButton(tr("&New Proposal…"), this);
    newButton->setObjectName(u"newProposal"_s);
    connect(newButton, &QPushButton::clicked, this, [this] { openEditor({}); });
    newButton->setEnabled(!m_session->database()->isReadOnly());
    bar->addWidget(newButton);
    layout->addLayout(bar);

    m_views = new QStackedWidget(this);
    m_views->addWidget(buildBoard());
    m_views->addWidget(buildTable());
    layout->addWidget(m_views, 1);

    connect(m_boardButton, &QAbstractButton::clicked, this, [this] { setView(View::Board); });
    connect(m_tableButton, &QAbstractButton::clicked, this, [this] { setView(View::Table); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_tableProxy->setSearch(text);
        distributeCards();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_tableProxy->setState(m_stateFilter->currentData().toString()); });
    connect(m_windowFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_tableProxy->setWindow(m_windowFilter->currentData().toString());
        distributeCards();
    });
    connect(m_session, &FundSession::changed, this, &PipelinePage::refresh);

    refresh();
    setView(QSettings().value(u"ui/pipelineView"_s).toString() == u"table"_s ? View::Table
                                                                              : View::Board);
}

QWidget *PipelinePage::buildBoard()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"board"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The columns wrap onto further rows rather than scrolling sideways (12 states do not fit
    // a 1024-pixel screen side by side): never a horizontal scroll bar.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->installEventFilter(this);
    m_board = scroll;
    auto *strip = new QWidget(scroll);
    m_boardRows = new QVBoxLayout(strip);
    m_boardRows->setContentsMargins(0, 0, 0, 0);
    m_boardRows->setSpacing(6);
    const MoveCheck check = [this](const QString &code, const QString &to) -> QString {
        core::Database *db = m_session->database();
        if (!db)
            return {};
        if (db->isReadOnly())
            return tr("The fund is open read-only.");
        const core::Status s = core::pipeline::checkMove(*db, code, to);
        return s ? QString() : errorText(s.error());
    };
    for (const QString &state : core::pipeline::states()) {
        // Folded: a narrow strip with the state and its count. Unfolded: the column of cards,
        // sharing the board's width with the others.
        auto *folded = new BoardStrip(state, strip);
        folded->setObjectName(u"strip_"_s + state);
        folded->setMoveCheck(check);
        connect(folded, &QAbstractButton::clicked, this,
                [this, state] { setUnfolded(state, true); });
        connect(folded, &BoardStrip::moveRequested, this, &PipelinePage::moveProposal);
        m_strips << folded;

        auto *frame = new QFrame(strip);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(columnMinWidth);
        frame->setMaximumWidth(columnMaxWidth);
        frame->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(4, 4, 4, 4);
        auto *head = new QHBoxLayout;
        // One line in every column, so that the cards start at the same height under titles of
        // any length: a long state's name is cut with "…", whole in its tooltip, and the count
        // stays in view beside it.
        auto *title = new ElidedLabel(frame);
        title->setObjectName(u"columnTitle_"_s + state);
        head->addWidget(title, 1);
        auto *count = new QLabel(frame);
        count->setObjectName(u"columnCount_"_s + state);
        head->addWidget(count);
        auto *fold = new QToolButton(frame);
        fold->setObjectName(u"fold_"_s + state);
        fold->setText(u"‹"_s);
        fold->setAutoRaise(true);
        fold->setToolTip(tr("Fold this empty column"));
        connect(fold, &QAbstractButton::clicked, this,
                [this, state] { setUnfolded(state, false); });
        head->addWidget(fold);
        // Every title row as high as one with the fold button (shown only in empty columns).
        title->setMinimumHeight(fold->sizeHint().height());
        v->addLayout(head);
        auto *cards = new BoardCards(m_model, state, frame);
        auto *column = new BoardColumn(cards, &m_overdue, frame);
        column->setObjectName(u"column_"_s + state);
        column->setAccessibleName(stateLabel(state));
        column->setMoveCheck(check);
        v->addWidget(column, 1);
        title->setBuddy(column);
        connect(column, &BoardColumn::moveRequested, this, &PipelinePage::moveProposal);
        connect(column, &BoardColumn::openRequested, this, &PipelinePage::openEditor);
        connect(column, &BoardColumn::menuRequested, this,
                [this](const QString &code, const QPoint &pos) {
                    QMenu *menu = cardMenu(code, this);
                    menu->setAttribute(Qt::WA_DeleteOnClose);
                    menu->popup(pos);
                });
        m_columns << column;
        m_columnFrames << frame;
        m_columnTitles << title;
        m_columnCounts << count;
        m_foldButtons << fold;
    }
    // A fund with no proposal yet: the strips, and what to do, rather than a blank board.
    m_emptyBoard = new QLabel(tr("No proposal yet. <b>New Proposal…</b> adds the first; it "
                                 "starts as a draft and moves from column to column."),
                              strip);
    m_emptyBoard->setObjectName(u"emptyBoard"_s);
    m_emptyBoard->setWordWrap(true);
    m_emptyBoard->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyBoard->setMinimumWidth(1);
    m_emptyBoard->setContentsMargins(12, 12, 12, 12);
    m_emptyBoard->hide();
    scroll->setWidget(strip);
    return scroll;
}

bool PipelinePage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_board && watched == m_board->viewport() && event->type() == QEvent::Resize)
        layoutBoard();
    return QWidget::eventFilter(watched, event);
}

void PipelinePage::layoutBoard()
{
    if (!m_boardRows)
        return;
    // The width the rows may take: the viewport's, less a vertical scroll bar's whether or not
    // one shows (else its coming and going would re-wrap the board back and forth).
    const int spacing = 6;
    const int width = std::max(columnMinWidth,
                               m_board->width() - 2 * m_board->frameWidth()
                                   - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 2);
    // The shown strips and columns in the states' order, into rows: a row takes what fits.
    struct Item
    {
        QWidget *widget;
        bool column;
    };
    QList<QList<Item>> rows(1);
    int used = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        const bool column = !m_columnFrames.at(i)->isHidden();
        QWidget *w = column ? m_columnFrames.at(i)
                            : (m_strips.at(i)->isHidden() ? nullptr : m_strips.at(i));
        if (!w)
            continue;
        const int need = column ? columnMinWidth : w->sizeHint().width();
        if (!rows.last().isEmpty() && used + spacing + need > width) {
            rows.append(QList<Item>());
            used = 0;
        }
        used += (rows.last().isEmpty() ? 0 : spacing) + need;
        rows.last().append({w, column});
    }
    // Every column as wide as the narrowest row allows: the same width throughout the board.
    int columnWidth = columnMaxWidth;
    for (const QList<Item> &row : std::as_const(rows)) {
        int columns = 0;
        int fixed = 0;
        for (const Item &item : row) {
            columns += item.column ? 1 : 0;
            fixed += item.column ? 0 : item.widget->sizeHint().width();
        }
        fixed += spacing * int(std::max<qsizetype>(row.size() - 1, 0));
        if (columns > 0)
            columnWidth = std::min(columnWidth, (width - fixed) / columns);
    }
    columnWidth = std::max(columnWidth, columnMinWidth);
    // Rebuilt from scratch: the rows' layouts go, the widgets stay (they belong to the strip).
    while (QLayoutItem *item = m_boardRows->takeAt(0)) {
        if (QLayout *l = item->layout()) {
            while (QLayoutItem *inner = l->takeAt(0))
                delete inner;
        }
        delete item;
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        auto *h = new QHBoxLayout;
        h->setSpacing(spacing);
        for (const Item &item : std::as_const(rows.at(r))) {
            if (item.column)
                item.widget->setFixedWidth(columnWidth);
            h->addWidget(item.widget);
        }
        if (r == rows.size() - 1)
            h->addWidget(m_emptyBoard, 2);
        h->addStretch(1);
        m_boardRows->addLayout(h, 1);
    }
}

QWidget *PipelinePage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"table"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        openEditor(m_tableProxy->proposalAt(i.row()).code);
    });
    return m_table;
}

void PipelinePage::attachTable()
{
    // The table gets its rows (and sorts them) when it is first shown: the board, the usual
    // view, does not pay for sorting 10,000 rows it does not show.
    if (m_table->model() == m_tableProxy)
        return;
    m_table->setModel(m_tableProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    // Fixed widths, not ResizeToContents: measuring 10,000 rows would cost the page its speed.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {9, 0, 7, 7, 18, 9, 7}; // the longest state and "Currency" whole
    for (int c = 0; c < int(std::size(widths)); ++c) {
        if (widths[c])
            header->resizeSection(c, widths[c] * em);
    }
    header->setSectionResizeMode(1, QHeaderView::Stretch);
}

void PipelinePage::refresh()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    m_overdue.clear();
    if (auto due = core::pipeline::due(*db, true)) {
        for (const core::pipeline::PartnerReport &r : *due)
            m_overdue.insert(r.proposal);
    }
    if (auto props = core::pipeline::listBrief(*db))
        m_model->setRows(*props);
    else
        dialogs::error(this, tr("Cannot read the pipeline"), errorText(props.error()));
    fillWindowFilter();
    distributeCards();
    m_emptyBoard->setVisible(m_model->rowCount() == 0);
}

void PipelinePage::fillWindowFilter()
{
    const QString chosen = m_windowFilter->currentData().toString();
    const QSignalBlocker block(m_windowFilter);
    m_windowFilter->clear();
    m_windowFilter->addItem(tr("All windows"), QString());
    if (auto windows = core::programme::windows(*m_session->database())) {
        for (const core::FundingWindow &w : *windows)
            m_windowFilter->addItem(tr("%1 · %2").arg(w.code, w.title), w.code);
    }
    const int at = m_windowFilter->findData(chosen);
    m_windowFilter->setCurrentIndex(std::max(at, 0));
    m_tableProxy->setWindow(m_windowFilter->currentData().toString());
    m_windowFilter->setVisible(m_windowFilter->count() > 1);
}

void PipelinePage::distributeCards()
{
    QList<BoardCards *> cards;
    for (BoardColumn *c : std::as_const(m_columns))
        cards << c->cards();
    BoardCards::distribute(cards, m_search->text(), m_windowFilter->currentData().toString());
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString &state = m_columns.at(i)->state();
        const int n = m_columns.at(i)->cards()->rowCount();
        const QString label = tr("%1 · %2").arg(stateLabel(state), QLocale().toString(n));
        m_columnTitles.at(i)->setFullText(stateLabel(state), label);
        m_columnCounts.at(i)->setText(u"·\u00a0"_s + QLocale().toString(n));
        m_columnCounts.at(i)->setToolTip(label);
        m_strips.at(i)->setCount(label, n);
        // Closed states only take room when they hold a card; the filter hides what it unticks;
        // an empty state folds to a strip unless the officer unfolded it.
        const bool shown = !m_hidden.contains(state) && (n > 0 || core::pipeline::isOpen(state));
        const bool folded = n == 0 && !m_unfolded.contains(state);
        m_columnFrames.at(i)->setVisible(shown && !folded);
        m_strips.at(i)->setVisible(shown && folded);
        m_foldButtons.at(i)->setVisible(n == 0);
    }
    layoutBoard();
}

void PipelinePage::setUnfolded(const QString &state, bool unfolded)
{
    if (unfolded)
        m_unfolded.insert(state);
    else
        m_unfolded.remove(state);
    distributeCards();
}

BoardStrip *PipelinePage::strip(const QString &state) const
{
    for (BoardStrip *s : m_strips) {
        if (s->state() == state)
            return s;
    }
    return nullptr;
}

void PipelinePage::setStateShown(const QString &state, bool shown)
{
    if (shown)
        m_hidden.remove(state);
    else
        m_hidden.insert(state);
    for (QAction *a : m_boardStates->menu()->actions()) {
        if (a->data().toString() == state && a->isChecked() != shown) {
            const QSignalBlocker block(a);
            a->setChecked(shown);
        }
    }
    QStringList hidden(m_hidden.cbegin(), m_hidden.cend());
    hidden.sort();
    QSettings().setValue(u"ui/boardHiddenStates"_s, hidden);
    distributeCards();
}

bool PipelinePage::isStateShown(const QString &state) const
{
    return !m_hidden.contains(state);
}

void PipelinePage::setView(View view)
{
    if (view == View::Table)
        attachTable();
    m_views->setCurrentIndex(view == View::Board ? 0 : 1);
    m_boardButton->setChecked(view == View::Board);
    m_tableButton->setChecked(view == View::Table);
    // The table filters by one state; the board picks the states it shows from a menu.
    m_stateFilter->setVisible(view == View::Table);
    m_boardStates->setVisible(view == View::Board);
    QSettings().setValue(u"ui/pipelineView"_s, view == View::Board ? u"board"_s : u"table"_s);
}

PipelinePage::View PipelinePage::view() const
{
    return m_views->currentIndex() == 0 ? View::Board : View::Table;
}

BoardColumn *PipelinePage::column(const QString &state) const
{
    for (BoardColumn *c : m_columns) {
        if (c->state() == state)
            return c;
    }
    return nullptr;
}

QMenu *PipelinePage::cardMenu(const QString &code, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"cardMenu"_s);
    QAction *open = menu->addAction(tr("&Open"), this, [this, code] { openEditor(code); });
    menu->setDefaultAction(open);
    QMenu *moveTo = menu->addMenu(tr("&Move to"));
    moveTo->setObjectName(u"moveTo"_s);
    QString state;
    for (const core::Proposal &p : m_model->rows()) {
        if (p.code == code)
            state = p.state;
    }
    const bool writable = !m_session->database()->isReadOnly();
    for (const QString &to : core::pipeline::nextStates(state)) {
        QAction *a = moveTo->addAction(stateLabel(to) + u'…',
                                       this, [this, code, to] { moveProposal(code, to); });
        a->setData(to);
        a->setEnabled(writable);
    }
    moveTo->setEnabled(!moveTo->isEmpty());
    return menu;
}

bool PipelinePage::moveProposal(const QString &code, const QString &to)
{
    // A move the guard refuses is refused before a note is asked for.
    if (const core::Status s = core::pipeline::checkMove(*m_session->database(), code, to); !s) {
        dialogs::error(this, tr("Move refused"), errorText(s.error()));
        return false;
    }
    const auto note = dialogs::askText(
        this, tr("Move %1 to %2").arg(code, stateLabel(to)),
        tr("Why is it moving? The note is kept in the proposal's history."));
    if (!note)
        return false;
    const core::Status s = core::pipeline::move(*m_session->database(), code, to, *note);
    if (!s) {
        // Nothing changed in the fund, and the board is drawn from the fund: the card stays.
        dialogs::error(this, tr("Move refused"), errorText(s.error()));
        return false;
    }
    m_session->recorded(tr("Proposal %1 moved to %2").arg(code, stateLabel(to)));
    if (BoardColumn *c = column(to))
        c->selectCode(code);
    return true;
}

ProposalEditor *PipelinePage::openEditor(const QString &code)
{
    auto *editor = new ProposalEditor(m_session, code, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // A saved proposal (a new one especially) is shown where it now is on the page.
    connect(editor, &ProposalEditor::saved, this, &PipelinePage::selectProposal);
    editor->open();
    return editor;
}

void PipelinePage::selectProposal(const QString &code)
{
    const auto p = core::pipeline::find(*m_session->database(), code);
    if (!p)
        return;
    if (BoardColumn *c = column(p->state))
        c->selectCode(code);
    if (m_table->model() == m_tableProxy)
        selectRow(m_table, 0, code);
}

} // namespace imdp::ui
