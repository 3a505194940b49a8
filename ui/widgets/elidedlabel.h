// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QLabel>

namespace imdp::ui {

/// A one-line label that never widens its layout: text longer than its width is cut with "…"
/// and the whole text is its tooltip. Every such label is one line high, so that a row of them
/// (the board's column titles) lines up whatever the words' lengths. text() is the whole text.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    /// Sets the text and, as the tooltip, the same text (or `tip` when given).
    void setFullText(const QString &text, const QString &tip = {});
    /// What is painted at the current width.
    QString shownText() const;
    bool isElided() const { return shownText() != text(); }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace imdp::ui
