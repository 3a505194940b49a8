// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "ui/models/boardcards.h"

#include <QListView>
#include <QSet>
#include <QToolButton>

#include <functional>

namespace imdp::ui {

/// Why a card may not move to a state now (empty: it may): the page asks the core's guard.
using MoveCheck = std::function<QString(const QString &code, const QString &to)>;

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
    /// Asked when a card is dragged over the column: a refusal refuses the drop and is shown.
    void setMoveCheck(MoveCheck check) { m_check = std::move(check); }
    /// The refusal shown for the card being dragged over the column (empty when allowed).
    const QString &dragRefusal() const { return m_refusal; }

Q_SIGNALS:
    void moveRequested(const QString &code, const QString &to);
    void openRequested(const QString &code);
    void menuRequested(const QString &code, const QPoint &globalPos);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool acceptsDrag(const QMimeData *mime) const;
    /// Checks a drag (once per card entering) and shows a refusal by the pointer.
    bool allowsDrag(const QMimeData *mime, const QPoint &viewportPos);

    BoardCards *m_cards;
    MoveCheck m_check;
    QString m_dragCode;
    QString m_refusal;
};

/// A column folded to a narrow strip: the state and its count written upwards. A click (or a
/// drag held over it) unfolds it; a card dropped on it moves there, checked like a column.
class BoardStrip final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardStrip)
public:
    BoardStrip(const QString &state, QWidget *parent = nullptr);

    const QString &state() const { return m_state; }
    void setCount(const QString &label, int count);
    void setMoveCheck(MoveCheck check) { m_check = std::move(check); }
    const QString &dragRefusal() const { return m_refusal; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void moveRequested(const QString &code, const QString &to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString m_state;
    QString m_label;
    QString m_tip;
    MoveCheck m_check;
    QString m_refusal;
};

/// `font`, or a smaller size of it at which `text` fits `width` (down to 5 points): a card's
/// amount is never cut, even in the narrowest column.
QFont fittingFont(const QFont &font, const QString &text, int width);

} // namespace imdp::ui
