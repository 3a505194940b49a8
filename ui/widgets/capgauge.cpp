// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/widgets/capgauge.h"

#include "ui/capguard.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kBad(0xb0, 0x1c, 0x1c);
} // namespace

CapGauge::CapGauge(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void CapGauge::setFigures(const QString &title, const core::CapFigures &figures, int capBps)
{
    m_title = title;
    m_figures = figures;
    m_capBps = capBps;
    setToolTip(tr("%1\n%2\n%3 from the Bank, %4 from other donors")
                   .arg(shareText(), headroomText(), usdText(figures.bank),
                        usdText(figures.other)));
    setAccessibleName(m_title);
    setAccessibleDescription(shareText() + u". "_s + headroomText());
    updateGeometry(); // new words may need another line
    update();
}

QString CapGauge::shareText() const
{
    return tr("Bank share %1 of %2 (cap %3)")
        .arg(percentText(m_figures.shareBps), usdText(m_figures.total), percentText(m_capBps));
}

QString CapGauge::headroomText() const
{
    return ui::headroomText(m_figures);
}

int CapGauge::heightForWidth(int width) const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int text = width - 8; // the painted area's margins
    const int share = fm.horizontalAdvance(shareText()) <= text ? 1 : 2;
    const int room = fm.horizontalAdvance(headroomText()) <= text ? 1 : 2;
    // Title, bar (1.2 lines and its gaps), the share, the headroom.
    return int(line * (1 + 1.2 + share + room)) + 4 + 4 + 4 + 8;
}

QSize CapGauge::sizeHint() const
{
    return {420, heightForWidth(420)};
}

QSize CapGauge::minimumSizeHint() const
{
    return {220, heightForWidth(220)};
}

void CapGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QRectF area = QRectF(rect()).adjusted(4, 2, -4, -2);
    const QColor state = m_figures.compliant ? kGood : kBad;

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    const QRectF titleRect(area.left(), area.top(), area.width(), line);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, int(titleRect.width())));
    p.setFont(font());

    // The bar: the scale reaches twice the cap (or the share, when higher), so the cap line sits
    // mid-way and a breach is visibly past it. Geometry only: the figures come as integers.
    const qint64 scaleBps = std::clamp<qint64>(std::max<qint64>(2 * qint64(m_capBps),
                                                                m_figures.shareBps + 500),
                                               1000, 10000);
    const QRectF bar(area.left(), titleRect.bottom() + 4, area.width(), line * 1.2);
    QPainterPath track;
    track.addRoundedRect(bar, 3, 3);
    p.fillPath(track, palette().color(QPalette::AlternateBase));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawPath(track);
    const qreal fill = bar.width() * qreal(std::min(m_figures.shareBps, scaleBps))
                       / qreal(scaleBps);
    if (fill > 0) {
        QPainterPath filled;
        filled.addRoundedRect(QRectF(bar.left(), bar.top(), fill, bar.height()), 3, 3);
        p.fillPath(filled, state);
    }
    const qreal capX = bar.left() + bar.width() * qreal(m_capBps) / qreal(scaleBps);
    p.setPen(QPen(palette().color(QPalette::WindowText), 2));
    p.drawLine(QPointF(capX, bar.top() - 3), QPointF(capX, bar.bottom() + 3));

    p.setPen(palette().color(QPalette::WindowText));
    // The share and its cap wrap onto a second line in a narrow gauge rather than losing
    // "(cap 15.0 %)" to an ellipsis.
    const QRectF shareRect(area.left(), bar.bottom() + 4, area.width(), 2 * line);
    const bool oneLine = fm.horizontalAdvance(shareText()) <= int(shareRect.width());
    p.drawText(shareRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, shareText());
    p.setPen(state);
    // The headroom wraps too ("… more from the Bank remains under the cap" in French and Spanish
    // lost its end to an ellipsis at 1024 pixels); past two lines it is elided.
    const QRectF roomRect(area.left(), shareRect.top() + (oneLine ? 1 : 2) * line, area.width(),
                          2 * line);
    const QString room = headroomText();
    if (fm.horizontalAdvance(room) <= int(roomRect.width()))
        p.drawText(roomRect, Qt::AlignLeft | Qt::AlignTop, room);
    else
        p.drawText(roomRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   fm.elidedText(room, Qt::ElideRight,
                                 int(2 * roomRect.width() - fm.averageCharWidth() * 8)));

    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void CapGauge::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated();
}

void CapGauge::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        Q_EMIT activated();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace imdp::ui
