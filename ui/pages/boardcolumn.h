// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "ui/models/boardcards.h"

#include <QListView>
#include <QSet>

namespace imdp::ui {

/// One column of the pipeline board: the cards of the proposals in one state. Cards are dragged
/// out as proposal codes; a drop asks the page to move the proposal here, and the page refreshes
/// every column from the fund afterwards, so a refused move leaves the card where it was.
class BoardColumn final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardColumn)
public:
    static constexpr auto mimeType = "application/x-imdp-proposal-code";

    /// `overdue` holds the codes with an overdue report; the page owns and refreshes it.
    BoardColumn(BoardCards *cards, const QSet<QString> *overdue, QWidget *parent = nullptr);

    const QString &state() const;
    BoardCards *cards() const { return m_cards; }
    /// The code of the card with the keyboard focus, or empty.
    QString currentCode() const;
    /// Selects and scrolls to a card; false when it is not in this column.
    bool selectCode(const QString &code);

Q_SIGNALS:
    void moveRequested(const QString &code, const QString &to);
    void openRequested(const QString &code);
    void menuRequested(const QString &code, const QPoint &globalPos);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool acceptsDrag(const QMimeData *mime) const;

    BoardCards *m_cards;
};

} // namespace imdp::ui
