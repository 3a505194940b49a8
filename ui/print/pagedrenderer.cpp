// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/print/pagedrenderer.h"

#include "core/io/output.h"

#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScreen>
#include <QTextLayout>
#include <QTextOption>
#include <QWidget>

#include <cmath>
#include <numeric>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core::document;

namespace imdp::ui {

namespace {

/// The progress callback of the documents this thread renders (RenderProgressScope).
thread_local RenderProgressScope::Progress t_progress;
thread_local const std::atomic_bool *t_cancel = nullptr;

bool renderCancelled()
{
    return t_cancel && t_cancel->load();
}

constexpr qreal marginMm = 20;
constexpr qreal headerMm = 10; ///< band above the body for the running header
constexpr qreal footerMm = 12; ///< band below the body for the footer

QFont font(qreal points, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures, so "fi" stays two letters in the PDF's text: searching a dossier for
    // "financial" must find it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

/// An amount, a count or a percentage: it never breaks (half an amount on each line misreads).
bool isFigure(const QString &text)
{
    static const QRegularExpression figure(u"^[-+\u2212]?[0-9][0-9.,\u00a0\u202f ]*(\u00a0?%)?$"_s);
    return figure.match(text).hasMatch();
}

Qt::Alignment qtAlign(Align a)
{
    switch (a) {
    case Align::Right:
        return Qt::AlignRight;
    case Align::Center:
        return Qt::AlignHCenter;
    case Align::Left:
        break;
    }
    return Qt::AlignLeft;
}

/// One layout run. With `painter == nullptr` it only measures: pages, and where headings fall.
class Run
{
public:
    Run(const Document &doc, QPagedPaintDevice *dev, QPainter *painter, int totalPages,
        const QList<int> &headingPages)
        : m_doc(doc)
        , m_dev(dev)
        , m_p(painter)
        , m_total(totalPages)
        , m_knownHeadingPages(headingPages)
    {
        const qreal dpm = dev->logicalDpiY() / 25.4;
        m_mm = dpm;
        m_left = marginMm * dpm;
        m_width = dev->width() - 2 * marginMm * dpm;
        m_top = (marginMm + headerMm) * dpm;
        m_bottom = dev->height() - (marginMm + footerMm) * dpm;
    }

    int pages() const { return m_page; }
    const QList<int> &headingPages() const { return m_headingPages; }

    void run()
    {
        m_page = 1;
        cover();
        if (!m_doc.contentsTitle.isEmpty())
            contents();
        // A cancelled render (RenderCancelScope) stops at the next block: its output is moot.
        for (qsizetype i = 0; i < m_doc.blocks.size() && !renderCancelled(); ++i)
            block(i);
    }

private:
    // --- measuring and wrapping ---------------------------------------------------------------
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, m_dev); }

    QStringList wrap(const QString &text, const QFont &f, qreal width) const
    {
        QStringList out;
        const QStringList paragraphs = text.split(u'\n');
        for (const QString &para : paragraphs) {
            QTextLayout layout(para, f, m_dev);
            // A word wider than its column (a reference, a long title word in a narrow column)
            // breaks inside rather than being clipped at the column's edge; a figure never
            // breaks (half an amount on each line misreads): it may only run into its margin.
            QTextOption option;
            option.setWrapMode(isFigure(para) ? QTextOption::NoWrap
                                              : QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                out << para.mid(line.textStart(), line.textLength()).trimmed();
            }
            layout.endLayout();
            if (para.isEmpty())
                out << QString();
        }
        return out;
    }

    qreal lineHeight(const QFont &f) const { return metrics(f).lineSpacing(); }

    // --- pages ----------------------------------------------------------------------------------
    void newPage()
    {
        footer();
        reportPage();
        if (m_p)
            m_dev->newPage();
        ++m_page;
        m_y = m_top;
        header();
    }

    bool fits(qreal h) const { return m_y + h <= m_bottom + 0.01; }

    void ensure(qreal h)
    {
        if (!fits(h) && m_y > m_top + 0.01)
            newPage();
    }

    void header()
    {
        if (!m_p)
            return;
        const QFont f = font(8);
        m_p->setFont(f);
        m_p->setPen(Qt::darkGray);
        const qreal y = marginMm * m_mm;
        const QRectF band(m_left, y, m_width, headerMm * m_mm - 2 * m_mm);
        // The confidentiality mark keeps its own column at the right and the running header
        // wraps within what is left, a clear gap apart: in French both are long, and drawn
        // across the whole band they ran into each other.
        const qreal gap = 10 * m_mm;
        const qreal markWidth =
            m_doc.confidentiality.isEmpty()
                ? 0
                : std::min(std::ceil(metrics(f).horizontalAdvance(m_doc.confidentiality)) + m_mm,
                           m_width * 0.45);
        const QRectF mark(band.right() - markWidth, band.top(), markWidth, band.height());
        const QRectF running(band.left(), band.top(),
                             band.width() - markWidth - (markWidth > 0 ? gap : 0), band.height());
        m_p->drawText(running, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                      m_doc.runningHeader);
        if (markWidth > 0)
            m_p->drawText(mark, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap,
                          m_doc.confidentiality);
        m_p->drawLine(QPointF(m_left, band.bottom() + m_mm), QPointF(m_left + m_width,
                                                                       band.bottom() + m_mm));
        m_p->setPen(Qt::black);
    }

    void footer()
    {
        if (!m_p)
            return;
        const QFont f = font(8);
        m_p->setFont(f);
        m_p->setPen(Qt::darkGray);
        const qreal y = m_bottom + 3 * m_mm;
        m_p->drawLine(QPointF(m_left, y), QPointF(m_left + m_width, y));
        const QRectF band(m_left, y + m_mm, m_width, footerMm * m_mm - 3 * m_mm);
        m_p->drawText(band, Qt::AlignLeft | Qt::AlignTop, m_doc.footerLeft);
        if (!m_doc.fingerprint.isEmpty())
            m_p->drawText(band, Qt::AlignHCenter | Qt::AlignTop,
                          shortFingerprint(m_doc.fingerprint));
        m_p->drawText(band, Qt::AlignRight | Qt::AlignTop,
                      m_doc.pageFormat.arg(m_page).arg(m_total));
        m_p->setPen(Qt::black);
    }

    void finish() { footer(); }

    // --- drawing primitives ---------------------------------------------------------------------
    void lines(const QStringList &ls, const QFont &f, qreal x, qreal width, Qt::Alignment align,
               const QColor &colour = Qt::black)
    {
        const qreal lh = lineHeight(f);
        for (const QString &l : ls) {
            ensure(lh);
            if (m_p) {
                m_p->setFont(f);
                m_p->setPen(colour);
                m_p->drawText(QRectF(x, m_y, width, lh), align | Qt::AlignVCenter, l);
                m_p->setPen(Qt::black);
            }
            m_y += lh;
        }
    }

    void text(const QString &t, const QFont &f, const QColor &colour = Qt::black)
    {
        lines(wrap(t, f, m_width), f, m_left, m_width, Qt::AlignLeft, colour);
    }

    // --- the parts ------------------------------------------------------------------------------
    void cover()
    {
        m_y = m_top + 50 * m_mm;
        text(m_doc.title, font(22, true));
        m_y += 4 * m_mm;
        if (!m_doc.subtitle.isEmpty())
            text(m_doc.subtitle, font(15));
        m_y += 8 * m_mm;
        for (const QString &l : m_doc.coverLines)
            text(l, font(11));
        if (!m_doc.confidentiality.isEmpty()) {
            m_y += 20 * m_mm;
            const QFont f = font(12, true);
            const qreal h = lineHeight(f) + 6 * m_mm;
            if (m_p) {
                m_p->setPen(QPen(Qt::darkRed, 0.6 * m_mm));
                m_p->drawRect(QRectF(m_left, m_y, m_width, h));
                m_p->setFont(f);
                m_p->drawText(QRectF(m_left, m_y, m_width, h), Qt::AlignCenter,
                              m_doc.confidentiality);
                m_p->setPen(Qt::black);
            }
            m_y += h;
        }
    }

    void contents()
    {
        newPage();
        text(m_doc.contentsTitle, font(16, true));
        m_y += 4 * m_mm;
        const QFont f = font(10);
        const QFont fb = font(10, true);
        int h = 0;
        for (const Block &b : m_doc.blocks) {
            if (b.kind != Block::Kind::Heading1 && b.kind != Block::Kind::Heading2)
                continue;
            const bool top = b.kind == Block::Kind::Heading1;
            const QFont &use = top ? fb : f;
            const qreal indent = top ? 0 : 6 * m_mm;
            const qreal lh = lineHeight(use) * 1.25;
            ensure(lh);
            if (m_p) {
                m_p->setFont(use);
                const QRectF r(m_left + indent, m_y, m_width - indent, lh);
                const QString page = QString::number(m_knownHeadingPages.value(h));
                m_p->drawText(r.adjusted(0, 0, -12 * m_mm, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              metrics(use).elidedText(b.text, Qt::ElideRight,
                                                      r.width() - 14 * m_mm));
                m_p->drawText(r, Qt::AlignRight | Qt::AlignVCenter, page);
            }
            m_y += lh;
            ++h;
        }
    }

    /// Height of the first unit of a block: what a heading must keep on its page.
    qreal firstUnit(qsizetype i) const
    {
        if (i >= m_doc.blocks.size())
            return 0;
        const Block &b = m_doc.blocks.at(i);
        switch (b.kind) {
        case Block::Kind::Table: {
            // The header row and the first row as they will be drawn (either may wrap).
            const qreal points = tablePoints(b.table);
            const QList<qreal> widths = columnWidths(b.table, points);
            const qreal pad = 1.5 * m_mm;
            QStringList titles;
            for (const Column &c : b.table.columns)
                titles << c.title;
            qreal h = measureRow(titles, widths, font(points, true), pad).height;
            // A short table (three rows or fewer) moves whole, its totals and note with it.
            const bool whole = b.table.rows.size() <= 3;
            for (qsizetype r = 0; r < (whole ? b.table.rows.size() : 1); ++r)
                h += measureRow(b.table.rows.at(r), widths, font(points), pad).height;
            if (whole && !b.table.totals.isEmpty())
                h += measureRow(b.table.totals, widths, font(points, true), pad).height;
            if (whole)
                h += noteBelow(i);
            return h;
        }
        case Block::Kind::Heading2:
            return lineHeight(font(12.5, true)) + 3 * m_mm + lineHeight(font(10)) * 2;
        default:
            return lineHeight(font(10)) * 2;
        }
    }

    /// The room the note under block `i` takes (none when the next block is not a note): a note
    /// explains the table above it and goes on the page of the table's last row.
    qreal noteBelow(qsizetype i) const
    {
        if (i + 1 >= m_doc.blocks.size() || m_doc.blocks.at(i + 1).kind != Block::Kind::Note)
            return 0;
        const QFont f = font(8.5);
        return wrap(m_doc.blocks.at(i + 1).text, f, m_width).size() * lineHeight(f) + 4 * m_mm;
    }

    void block(qsizetype i)
    {
        const Block &b = m_doc.blocks.at(i);
        switch (b.kind) {
        case Block::Kind::Heading1: {
            if (b.newPage)
                newPage();
            const QFont f = font(16, true);
            m_y += m_y > m_top ? 6 * m_mm : 0;
            ensure(lineHeight(f) + 4 * m_mm + firstUnit(i + 1));
            m_headingPages.append(m_page);
            text(b.text, f, QColor(0x1f, 0x3a, 0x5f));
            m_y += 3 * m_mm;
            break;
        }
        case Block::Kind::Heading2: {
            const QFont f = font(12.5, true);
            m_y += 4 * m_mm;
            ensure(lineHeight(f) + 2 * m_mm + firstUnit(i + 1));
            m_headingPages.append(m_page);
            text(b.text, f, QColor(0x1f, 0x3a, 0x5f));
            m_y += 2 * m_mm;
            break;
        }
        case Block::Kind::Paragraph:
            text(b.text, font(10));
            m_y += 2.5 * m_mm;
            break;
        case Block::Kind::Note:
            text(b.text, font(8.5), Qt::darkGray);
            m_y += 2 * m_mm;
            break;
        case Block::Kind::Fields:
            fields(b);
            break;
        case Block::Kind::Table: {
            table(b.table, noteBelow(i));
            break;
        }
        case Block::Kind::Checkboxes:
            checkboxes(b);
            break;
        case Block::Kind::Signature:
            signature(b.text);
            break;
        case Block::Kind::PageBreak:
            newPage();
            break;
        }
    }

    void fields(const Block &b)
    {
        const QFont label = font(10, true);
        const QFont value = font(10);
        const qreal labelWidth = m_width * 0.32;
        const qreal gap = 3 * m_mm;
        for (const auto &[l, v] : b.fields) {
            const QStringList ll = wrap(l, label, labelWidth);
            const QStringList vl = wrap(v, value, m_width - labelWidth - gap);
            const qreal h = std::max(ll.size() * lineHeight(label), vl.size() * lineHeight(value));
            ensure(h);
            const qreal y0 = m_y;
            lines(ll, label, m_left, labelWidth, Qt::AlignLeft);
            m_y = y0;
            lines(vl, value, m_left + labelWidth + gap, m_width - labelWidth - gap, Qt::AlignLeft);
            m_y = y0 + h + 1.2 * m_mm;
        }
        m_y += 2 * m_mm;
    }

    /// The narrowest each column can be without breaking a word or a figure: its longest word
    /// (header or cell) and its widest figure, in the table's fonts at `points`.
    QList<qreal> leastWidths(const Table &t, qreal points) const
    {
        const qreal pad = 1.5 * m_mm;
        const QFontMetricsF head = metrics(font(points, true));
        const QFontMetricsF body = metrics(font(points));
        QList<qreal> least;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            qreal w = 0;
            for (const QString &word : t.columns.at(c).title.split(u' ', Qt::SkipEmptyParts))
                w = std::max(w, head.horizontalAdvance(word));
            const auto cellWidth = [&](const QString &cell, const QFontMetricsF &m) {
                if (isFigure(cell)) {
                    w = std::max(w, m.horizontalAdvance(cell));
                    return;
                }
                for (const QString &word : cell.split(u' ', Qt::SkipEmptyParts))
                    w = std::max(w, m.horizontalAdvance(word));
            };
            for (const QStringList &row : t.rows)
                cellWidth(row.value(c), body);
            cellWidth(t.totals.value(c), head);
            least << w + 2 * pad + 0.5;
        }
        return least;
    }

    /// The table's type size: 9 points, or smaller (down to 7) when the page is too narrow for
    /// every column's longest word and widest figure at 9 (a donor statement's seven columns in
    /// English: "Instalments" broke letter by letter). Below 7 the words break instead.
    qreal tablePoints(const Table &t) const
    {
        for (qreal points = 9; points > 7; points -= 0.5) {
            const QList<qreal> least = leastWidths(t, points);
            if (std::accumulate(least.cbegin(), least.cend(), qreal(0)) <= m_width)
                return points;
        }
        return 7;
    }

    /// Widths by the columns' weights, then each column widened to its longest word (header or
    /// cell) and its widest figure (a word broken letter by letter misreads), the room taken from
    /// the columns with width to spare, in proportion to what they spare; when the page is too
    /// narrow for every column's least, each gets the same fraction of what it lacks.
    QList<qreal> columnWidths(const Table &t, qreal points) const
    {
        int weights = 0;
        for (const Column &c : t.columns)
            weights += std::max(1, c.weight);
        QList<qreal> widths;
        for (const Column &c : t.columns)
            widths << m_width * std::max(1, c.weight) / weights;

        const QList<qreal> least = leastWidths(t, points);
        qreal need = 0, spare = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            need += std::max<qreal>(0, least.at(c) - widths.at(c));
            spare += std::max<qreal>(0, widths.at(c) - least.at(c));
        }
        if (need <= 0 || spare <= 0)
            return widths;
        const qreal share = std::min<qreal>(1, need / spare);
        for (qsizetype c = 0; c < widths.size(); ++c) {
            if (widths.at(c) < least.at(c))
                widths[c] =
                    std::min(least.at(c), widths.at(c) + (least.at(c) - widths.at(c)) *
                                                             std::min<qreal>(1, spare / need));
            else
                widths[c] -= (widths.at(c) - least.at(c)) * share;
        }
        return widths;
    }

    struct RowGeometry
    {
        QList<QStringList> cells;
        qreal height = 0;
    };

    RowGeometry measureRow(const QStringList &cells, const QList<qreal> &widths, const QFont &f,
                           qreal pad) const
    {
        RowGeometry g;
        qsizetype most = 1;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            g.cells << wrap(cells.value(c), f, widths.at(c) - 2 * pad);
            most = std::max(most, g.cells.last().size());
        }
        g.height = most * lineHeight(f) + 2 * pad;
        return g;
    }

    void drawRow(const RowGeometry &g, const Table &t, const QList<qreal> &widths, const QFont &f,
                 qreal pad, const QColor &fill, bool ruleAbove)
    {
        if (m_p) {
            if (fill.isValid())
                m_p->fillRect(QRectF(m_left, m_y, m_width, g.height), fill);
            m_p->setPen(QPen(Qt::gray, ruleAbove ? 0.35 * m_mm : 0.1 * m_mm));
            m_p->drawLine(QPointF(m_left, ruleAbove ? m_y : m_y + g.height),
                          QPointF(m_left + m_width, ruleAbove ? m_y : m_y + g.height));
            m_p->setPen(Qt::black);
            m_p->setFont(f);
            qreal x = m_left;
            for (qsizetype c = 0; c < widths.size(); ++c) {
                qreal y = m_y + pad;
                for (const QString &l : g.cells.at(c)) {
                    m_p->drawText(QRectF(x + pad, y, widths.at(c) - 2 * pad, lineHeight(f)),
                                  qtAlign(t.columns.at(c).align) | Qt::AlignVCenter, l);
                    y += lineHeight(f);
                }
                x += widths.at(c);
            }
        }
        m_y += g.height;
    }

    /// Draws `t`, repeating its header on each page; its last row (the totals when it has them)
    /// keeps `keepWithLast` of room below it for what must stay on the same page.
    void table(const Table &t, qreal keepWithLast = 0)
    {
        if (t.columns.isEmpty())
            return;
        const qreal points = tablePoints(t);
        const QList<qreal> widths = columnWidths(t, points);
        const QFont body = font(points);
        const QFont bold = font(points, true);
        const qreal pad = 1.5 * m_mm;
        QStringList titles;
        for (const Column &c : t.columns)
            titles << c.title;
        const RowGeometry head = measureRow(titles, widths, bold, pad);
        const QColor headFill(0xe4, 0xea, 0xf2);

        const auto startOnPage = [&](qreal firstRow) {
            ensure(head.height + firstRow);
            drawRow(head, t, widths, bold, pad, headFill, false);
        };
        const RowGeometry first = t.rows.isEmpty() ? RowGeometry{} : measureRow(
                                                         t.rows.first(), widths, body, pad);
        startOnPage(first.height);
        for (qsizetype i = 0; i < t.rows.size(); ++i) {
            const RowGeometry g = measureRow(t.rows.at(i), widths, body, pad);
            // The last row keeps the totals and what follows on its page.
            qreal keep = 0;
            if (i + 1 == t.rows.size())
                keep = keepWithLast +
                       (t.totals.isEmpty() ? 0 : measureRow(t.totals, widths, bold, pad).height);
            // Never split a row: continue on the next page under the header.
            if (!fits(g.height + keep)) {
                newPage();
                drawRow(head, t, widths, bold, pad, headFill, false);
            }
            drawRow(g, t, widths, body, pad, QColor(), false);
        }
        if (!t.totals.isEmpty()) {
            const RowGeometry g = measureRow(t.totals, widths, bold, pad);
            if (!fits(g.height + keepWithLast)) {
                newPage();
                drawRow(head, t, widths, bold, pad, headFill, false);
            }
            drawRow(g, t, widths, bold, pad, QColor(), true);
        }
        m_y += 4 * m_mm;
    }

    void checkboxes(const Block &b)
    {
        if (!b.text.isEmpty())
            text(b.text, font(10, true));
        const QFont f = font(10);
        const qreal box = 4 * m_mm;
        const qreal line = lineHeight(f);
        // A choice that ends with a colon ("conditions:") asks for words: ruled lines follow it,
        // room to write them by hand at the meeting.
        constexpr int writingLines = 4;
        const qreal ruled = 9 * m_mm;
        for (const QString &l : b.lines) {
            const QStringList wrapped = wrap(l, f, m_width - box - 4 * m_mm);
            const bool write = l.trimmed().endsWith(u':');
            const qreal text = std::max(box, wrapped.size() * line);
            const qreal h = text + (write ? writingLines * ruled : 0) + 4 * m_mm;
            ensure(h);
            if (m_p) {
                // The box centred on the first line of its text, not on the top of the line.
                m_p->setPen(QPen(Qt::black, 0.3 * m_mm));
                m_p->drawRect(QRectF(m_left, m_y + (line - box) / 2, box, box));
                if (write) {
                    m_p->setPen(QPen(Qt::darkGray, 0.25 * m_mm));
                    for (int i = 1; i <= writingLines; ++i) {
                        const qreal y = m_y + text + i * ruled;
                        m_p->drawLine(QPointF(m_left + box + 4 * m_mm, y),
                                      QPointF(m_left + m_width, y));
                    }
                }
            }
            const qreal y0 = m_y;
            lines(wrapped, f, m_left + box + 4 * m_mm, m_width - box - 4 * m_mm, Qt::AlignLeft);
            m_y = y0 + h;
        }
        m_y += 2 * m_mm;
    }

    void signature(const QString &caption)
    {
        const QFont f = font(9);
        const qreal h = 16 * m_mm + lineHeight(f);
        ensure(h);
        m_y += 14 * m_mm;
        if (m_p) {
            m_p->setPen(QPen(Qt::black, 0.2 * m_mm));
            m_p->drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width * 0.5, m_y));
        }
        m_y += m_mm;
        lines({caption}, f, m_left, m_width, Qt::AlignLeft, Qt::darkGray);
        m_y += 2 * m_mm;
    }

    /// The page just painted, to the thread's RenderProgressScope.
    void reportPage() const
    {
        if (m_p && t_progress)
            t_progress(m_page, m_total);
    }

public:
    void complete()
    {
        finish();
        reportPage();
    }

private:
    const Document &m_doc;
    QPagedPaintDevice *m_dev;
    QPainter *m_p;
    int m_total;
    QList<int> m_knownHeadingPages;
    QList<int> m_headingPages;
    int m_page = 1;
    qreal m_mm = 1, m_left = 0, m_width = 0, m_top = 0, m_bottom = 0, m_y = 0;
};

} // namespace

PagedRenderer::PagedRenderer(const Document &doc)
    : m_doc(doc)
{
}

int PagedRenderer::render(QPagedPaintDevice *device)
{
    Run measure(m_doc, device, nullptr, 0, {});
    measure.run();
    QPainter painter(device);
    Run paint(m_doc, device, &painter, measure.pages(), measure.headingPages());
    paint.run();
    paint.complete();
    painter.end();
    return measure.pages();
}

core::Result<int> PagedRenderer::print(const Document &doc, QPrinter *printer)
{
    // While a print preview draws its pages, the printer's engine is the preview's (a picture
    // engine): nothing is written then, whatever file name the printer holds.
    const QPaintEngine *engine = printer->paintEngine();
    const bool preview = engine && engine->type() == QPaintEngine::Picture;
    if (preview || printer->outputFormat() != QPrinter::PdfFormat ||
        printer->outputFileName().isEmpty())
        return PagedRenderer(doc).render(printer);
    const QString path = printer->outputFileName();
    auto target = core::output::inspect(path);
    if (!target)
        return target.error();
    const Paper paper =
        printer->pageLayout().pageSize().id() == QPageSize::Letter ? Paper::Letter : Paper::A4;
    return writePdf(doc, path, paper, *target == core::output::Target::Existing);
}

core::Result<int> PagedRenderer::writePdf(const Document &doc, const QString &path, Paper paper,
                                          bool replace)
{
    // The one output path (core/io/output.h): a 0600 temporary file beside the target, fsynced,
    // the target checked again (never a fund, backup, lock or link), renamed, the folder fsynced.
    auto pending = core::output::Pending::begin(path, replace);
    if (!pending)
        return pending.error();
    QFile file((*pending)->tempPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return core::Error::io(u"%1: cannot be written (%2)"_s.arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setTitle(doc.title);
        pdf.setCreator(u"IMDP Desk"_s);
        pdf.setPageLayout(QPageLayout(QPageSize(paper == Paper::Letter ? QPageSize::Letter
                                                                        : QPageSize::A4),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        pages = PagedRenderer(doc).render(&pdf);
    }
    // Cancelled: the temporary file goes with `pending`; nothing is left at `path`.
    if (renderCancelled())
        return core::Error::io(u"%1: the PDF was cancelled; nothing was written"_s.arg(path));
    const bool flushed = file.flush() && file.error() == QFileDevice::NoError;
    const QString why = file.errorString();
    file.close();
    if (!flushed)
        return core::Error::io(u"%1: cannot be written (%2)"_s.arg(path, why));
    if (auto s = (*pending)->commit(); !s)
        return s.error();
    return pages;
}

RenderProgressScope::RenderProgressScope(Progress progress)
    : m_previous(std::exchange(t_progress, std::move(progress)))
{
}

RenderProgressScope::~RenderProgressScope()
{
    t_progress = std::move(m_previous);
}

RenderCancelScope::RenderCancelScope(const std::atomic_bool *cancel)
    : m_previous(std::exchange(t_cancel, cancel))
{
}

RenderCancelScope::~RenderCancelScope()
{
    t_cancel = m_previous;
}

bool RenderCancelScope::cancelled()
{
    return renderCancelled();
}

PageProgress::PageProgress(QWidget *parent, const QString &label)
    : m_dialog(std::make_unique<QProgressDialog>(label, QString(), 0, 0, parent))
    , m_scope([this](int page, int pages) {
        m_page = page;
        m_dialog->setMaximum(pages);
        m_dialog->setValue(page); // window-modal: repaints the window as it goes
    })
{
    m_dialog->setObjectName(u"pageProgress"_s);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setValue(0);
}

PageProgress::~PageProgress() = default;

void fitPreviewWindow(QWidget *preview, const QWidget *near)
{
    const QScreen *screen =
        near && near->screen() ? near->screen() : QGuiApplication::primaryScreen();
    const QRect area = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 700);
    // An A4 page (210 x 297 mm) shown 160 mm wide, with the tool bar and margins around it.
    const qreal mm = preview->logicalDpiX() / 25.4;
    const int width = qRound(160 * mm) + 80;
    const int height = qRound(160 * mm * 297 / 210) + 120;
    preview->resize(std::min(width, area.width() - 40), std::min(height, area.height() - 40));
}

} // namespace imdp::ui
