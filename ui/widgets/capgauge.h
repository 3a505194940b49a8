// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/funding/caprule.h"

#include <QWidget>

namespace imdp::ui {

/// The DGF cap on one basis, painted: the Bank's share as a bar, the cap as a line across it, the
/// share and the headroom in words beneath; red when the basis does not comply. Drawn from the
/// widget's size on every paint, so it stays crisp at any size and scale. Click, Enter or Space
/// opens the cap panel.
class CapGauge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapGauge)
public:
    explicit CapGauge(QWidget *parent = nullptr);

    void setFigures(const QString &title, const core::CapFigures &figures, int capBps);
    QString title() const { return m_title; }
    /// The share line ("Bank share 12.34 % of US$ …, cap 15.00 %") and the headroom sentence.
    QString shareText() const;
    QString headroomText() const;
    bool compliant() const { return m_figures.compliant; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// As tall as its words need at `width`: the share and the headroom each on one line, or
    /// wrapped onto two in a narrow gauge.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_title;
    core::CapFigures m_figures;
    int m_capBps = core::kDefaultCapBps;
};

} // namespace imdp::ui
