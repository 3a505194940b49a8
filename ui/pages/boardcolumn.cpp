// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/boardcolumn.h"

#include "ui/models/models.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QStyledItemDelegate>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {

/// Paints a proposal as a card: code and amount, the title elided, the partner and a badge when a
/// report is overdue. Painted rather than built from widgets so 10,000 cards cost nothing.
class CardDelegate final : public QStyledItemDelegate
{
public:
    CardDelegate(const QSet<QString> *overdue, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_overdue(overdue)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        // The list lays cards out across its whole width; only the height matters here.
        return {100,
                3 * option.fontMetrics.height() + 2 * padding + 2 * margin + 4};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const auto *cards = static_cast<const BoardCards *>(index.model());
        const core::Proposal &p = cards->proposalAt(index.row());
        const QPalette &pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const bool focused = option.state & QStyle::State_HasFocus;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF card = QRectF(option.rect).adjusted(margin, margin, -margin, -margin);
        QPainterPath path;
        path.addRoundedRect(card, 4, 4);
        painter->fillPath(path, selected ? pal.color(QPalette::Highlight).lighter(185)
                                         : pal.color(QPalette::Base));
        painter->setPen(QPen(focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                             focused ? 2 : 1));
        painter->drawPath(path);

        const QRect inner = card.toRect().adjusted(padding, padding, -padding, -padding);
        const QFontMetrics &fm = option.fontMetrics;
        const int line = fm.height() + 2;
        QFont bold = option.font;
        bold.setBold(true);
        painter->setPen(pal.color(QPalette::Text));

        // Line 1: the code, and the amount right-aligned. A narrow column (many states in view)
        // puts the amount on a line of its own in place of the partner.
        const QString amount = formatAmount(p.requestedMinor, p.currency) + u' ' + p.currency;
        const QFontMetrics boldMetrics(bold);
        const int amountWidth = fm.horizontalAdvance(amount) + padding;
        const bool narrow = boldMetrics.horizontalAdvance(p.code) + amountWidth > inner.width();
        QRect r(inner.left(), inner.top(), inner.width(), fm.height());
        painter->setFont(option.font);
        if (!narrow)
            painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, amount);
        painter->setFont(bold);
        painter->drawText(
            r.adjusted(0, 0, narrow ? 0 : -amountWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
            boldMetrics.elidedText(p.code, Qt::ElideRight, r.width() - (narrow ? 0 : amountWidth)));
        // Line 2: the title, elided (the tooltip has it whole).
        painter->setFont(option.font);
        r.translate(0, line);
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(p.title, Qt::ElideRight, r.width()));
        // Line 3: the partner (the applicant until a partner is known), the overdue badge.
        r.translate(0, line);
        int badgeWidth = 0;
        if (m_overdue->contains(p.code)) {
            const QString badge =
                narrow ? u"!"_s : QCoreApplication::translate("BoardColumn", "Overdue report");
            badgeWidth = fm.horizontalAdvance(badge) + 2 * padding;
            const QRect b(r.right() - badgeWidth + 1, r.top(), badgeWidth, r.height());
            QPainterPath pill;
            pill.addRoundedRect(b, r.height() / 2.0, r.height() / 2.0);
            painter->fillPath(pill, QColor(0xb0, 0x20, 0x20));
            painter->setPen(Qt::white);
            painter->drawText(b, Qt::AlignCenter, badge);
            painter->setPen(pal.color(QPalette::Text)); // the amount beside it, not white
        }
        const QRect rest = r.adjusted(0, 0, -badgeWidth - padding, 0);
        if (narrow) {
            // An amount is never cut: a smaller font until it fits (a column is at least
            // columnMinWidth wide, so a 10-digit amount still reads at about 70 %).
            painter->setFont(fittingFont(option.font, amount, rest.width()));
            painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, amount);
            painter->setFont(option.font);
        } else {
            painter->setPen(pal.color(QPalette::PlaceholderText));
            const QString who = p.partnerShort.isEmpty() ? p.applicantShort : p.partnerShort;
            painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(who, Qt::ElideRight, rest.width()));
        }
        painter->restore();
    }

private:
    static constexpr int margin = 3;
    static constexpr int padding = 6;
    const QSet<QString> *m_overdue;
};

} // namespace

QFont fittingFont(const QFont &font, const QString &text, int width)
{
    QFont f = font;
    for (qreal size = f.pointSizeF(); size > 5 && QFontMetrics(f).horizontalAdvance(text) > width;
         size -= 0.5)
        f.setPointSizeF(size - 0.5);
    return f;
}

BoardColumn::BoardColumn(BoardCards *cards, const QSet<QString> *overdue, QWidget *parent)
    : QListView(parent)
    , m_cards(cards)
{
    setModel(cards);
    setItemDelegate(new CardDelegate(overdue, this));
    // Every card has the same height: the view lays out 10,000 of them without asking each.
    setUniformItemSizes(true);
    setLayoutMode(QListView::Batched);
    setBatchSize(200);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    setPalette(pal);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT openRequested(m_cards->proposalAt(i.row()).code);
    });
}

const QString &BoardColumn::state() const
{
    return m_cards->state();
}

QString BoardColumn::currentCode() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() ? m_cards->proposalAt(i.row()).code : QString();
}

bool BoardColumn::selectCode(const QString &code)
{
    for (int row = 0; row < m_cards->rowCount(); ++row) {
        if (m_cards->proposalAt(row).code == code) {
            const QModelIndex i = m_cards->index(row, 0);
            setCurrentIndex(i);
            scrollTo(i);
            return true;
        }
    }
    return false;
}

void BoardColumn::startDrag(Qt::DropActions)
{
    const QModelIndex i = currentIndex();
    if (!i.isValid())
        return;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(mimeType), m_cards->proposalAt(i.row()).code.toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    // The card itself under the pointer, so the person sees what they carry.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QRect r = visualRect(i);
    option.rect = QRect(QPoint(0, 0), r.size());
    QPixmap pixmap(r.size() * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        itemDelegate()->paint(&painter, option, i);
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - r.topLeft());
    // The view's own move would remove the row; the page moves through the core instead.
    drag->exec(Qt::MoveAction);
}

bool BoardColumn::acceptsDrag(const QMimeData *mime) const
{
    if (!mime || !mime->hasFormat(QLatin1String(mimeType)))
        return false;
    // Dropping a card back on its own column is not a move.
    const QString code = QString::fromUtf8(mime->data(QLatin1String(mimeType)));
    for (int row = 0; row < m_cards->rowCount(); ++row) {
        if (m_cards->proposalAt(row).code == code)
            return false;
    }
    return true;
}

namespace {
QString draggedCode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QLatin1String(BoardColumn::mimeType)))
        return {};
    return QString::fromUtf8(mime->data(QLatin1String(BoardColumn::mimeType)));
}

/// The guard's answer for a dragged card, asked once while the same card is over the target.
bool checkDrag(const MoveCheck &check, const QString &code, const QString &state, QString &lastCode,
               QString &refusal, QWidget *target, const QPoint &localPos)
{
    if (code != lastCode) {
        lastCode = code;
        refusal = check ? check(code, state) : QString();
    }
    if (refusal.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    target->setToolTip(refusal);
    QToolTip::showText(target->mapToGlobal(localPos), refusal, target);
    return false;
}
} // namespace

bool BoardColumn::allowsDrag(const QMimeData *mime, const QPoint &viewportPos)
{
    if (!acceptsDrag(mime))
        return false;
    return checkDrag(m_check, draggedCode(mime), state(), m_dragCode, m_refusal, viewport(),
                     viewportPos);
}

void BoardColumn::dragEnterEvent(QDragEnterEvent *event)
{
    m_dragCode.clear();
    if (allowsDrag(event->mimeData(), event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (allowsDrag(event->mimeData(), event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dragCode.clear();
    m_refusal.clear();
    viewport()->setToolTip({});
    QToolTip::hideText();
    QListView::dragLeaveEvent(event);
}

void BoardColumn::dropEvent(QDropEvent *event)
{
    if (!allowsDrag(event->mimeData(), event->position().toPoint())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const QString code = draggedCode(event->mimeData());
    m_dragCode.clear();
    // The move asks for a note in a dialog: open it after the drag has ended, not inside the
    // platform's drag loop.
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT moveRequested(code, state()); }, Qt::QueuedConnection);
}

void BoardColumn::keyPressEvent(QKeyEvent *event)
{
    const QString code = currentCode();
    if (!code.isEmpty() && (event->key() == Qt::Key_Menu
                            || (event->key() == Qt::Key_F10
                                && event->modifiers() == Qt::ShiftModifier))) {
        Q_EMIT menuRequested(code, viewport()->mapToGlobal(visualRect(currentIndex()).center()));
        return;
    }
    QListView::keyPressEvent(event);
}

void BoardColumn::contextMenuEvent(QContextMenuEvent *event)
{
    // Delivered through the viewport: the position is already in viewport coordinates.
    const QModelIndex i = indexAt(event->pos());
    if (!i.isValid())
        return;
    setCurrentIndex(i);
    Q_EMIT menuRequested(m_cards->proposalAt(i.row()).code, event->globalPos());
}

BoardStrip::BoardStrip(const QString &state, QWidget *parent)
    : QToolButton(parent)
    , m_state(state)
{
    setAcceptDrops(true);
    setAutoRaise(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void BoardStrip::setCount(const QString &label, int count)
{
    m_label = label;
    setText(label);
    setAccessibleName(label);
    Q_UNUSED(count)
    m_tip = tr("%1 (click to unfold)").arg(label);
    setToolTip(m_tip);
    update();
}

QSize BoardStrip::sizeHint() const
{
    return {fontMetrics().height() + 12, fontMetrics().horizontalAdvance(m_label) / 3 + 24};
}

void BoardStrip::paintEvent(QPaintEvent *)
{
    QStylePainter p(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.text.clear();
    p.drawComplexControl(QStyle::CC_ToolButton, option);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRoundedRect(rect().adjusted(1, 1, -2, -2), 4, 4);
    p.setPen(palette().color(isEnabled() ? QPalette::WindowText : QPalette::PlaceholderText));
    p.translate(0, height());
    p.rotate(-90);
    // Upwards, from the bottom: the state and its count, elided to the strip's height.
    const QRect text(8, 0, height() - 16, width());
    p.drawText(text, Qt::AlignRight | Qt::AlignVCenter,
               fontMetrics().elidedText(m_label, Qt::ElideMiddle, text.width()));
}

void BoardStrip::dragEnterEvent(QDragEnterEvent *event)
{
    QString last;
    const QString code = draggedCode(event->mimeData());
    if (!code.isEmpty() &&
        checkDrag(m_check, code, m_state, last, m_refusal, this, event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardStrip::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_refusal.isEmpty() && !draggedCode(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void BoardStrip::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_refusal.clear();
    setToolTip(m_tip);
    QToolTip::hideText();
    QToolButton::dragLeaveEvent(event);
}

void BoardStrip::dropEvent(QDropEvent *event)
{
    const QString code = draggedCode(event->mimeData());
    if (code.isEmpty() || !m_refusal.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT moveRequested(code, m_state); }, Qt::QueuedConnection);
}

} // namespace imdp::ui
