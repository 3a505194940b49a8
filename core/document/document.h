// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace imdp::core::document {

/// A printable document as data: what a dossier or report *contains*, computed and unit-tested in
/// core. The UI's paged renderer lays it out for screen, paper and PDF; the same tables give CSV.

enum class Align { Left, Right, Center };

struct Column
{
    QString title;
    Align align = Align::Left;
    int weight = 1; ///< relative width
};

struct Table
{
    QList<Column> columns;
    QList<QStringList> rows;
    QStringList totals; ///< empty: no totals row
};

struct Block
{
    enum class Kind {
        Heading1,  ///< a section: starts on a new page when `newPage`, listed in the contents
        Heading2,  ///< a subsection, listed in the contents
        Paragraph, ///< wrapped text
        Note,      ///< smaller, grey text
        Fields,    ///< label/value pairs (rows of a two-column table without rules)
        Table,
        Checkboxes, ///< a decision sheet: one tick box per line, with space to write
        Signature,  ///< a line to sign on, with its caption
        PageBreak,
    };
    Kind kind = Kind::Paragraph;
    QString text;
    bool newPage = false;
    document::Table table;
    QList<std::pair<QString, QString>> fields;
    QStringList lines;
};

struct Document
{
    QString title;          ///< on the cover
    QString subtitle;       ///< on the cover, under the title
    QStringList coverLines; ///< further cover lines (date, place)
    QString confidentiality; ///< printed on the cover and in every header, e.g. "Confidential"
    QString runningHeader;  ///< left of every page header (fund · meeting)
    QString footerLeft;     ///< e.g. the date
    QString fingerprint;    ///< the fund's data fingerprint, shortened in every footer
    QString contentsTitle;  ///< non-empty: a table of contents with page numbers after the cover
    QString pageFormat = QStringLiteral("Page %1 of %2"); ///< translated "Page N of M"
    QList<Block> blocks;

    Document &heading1(const QString &t, bool newPage = true)
    {
        Block b;
        b.kind = Block::Kind::Heading1;
        b.text = t;
        b.newPage = newPage;
        blocks.append(b);
        return *this;
    }
    Document &heading2(const QString &t) { return add(Block::Kind::Heading2, t); }
    Document &paragraph(const QString &t) { return add(Block::Kind::Paragraph, t); }
    Document &note(const QString &t) { return add(Block::Kind::Note, t); }
    Document &addTable(const document::Table &t)
    {
        Block b;
        b.kind = Block::Kind::Table;
        b.table = t;
        blocks.append(b);
        return *this;
    }
    Document &addFields(const QList<std::pair<QString, QString>> &f)
    {
        Block b;
        b.kind = Block::Kind::Fields;
        b.fields = f;
        blocks.append(b);
        return *this;
    }
    Document &checkboxes(const QString &caption, const QStringList &lines)
    {
        Block b;
        b.kind = Block::Kind::Checkboxes;
        b.text = caption;
        b.lines = lines;
        blocks.append(b);
        return *this;
    }
    Document &signature(const QString &caption) { return add(Block::Kind::Signature, caption); }

private:
    Document &add(Block::Kind k, const QString &t)
    {
        Block b;
        b.kind = k;
        b.text = t;
        blocks.append(b);
        return *this;
    }
};

/// The short form of a fingerprint printed in footers: the first 16 hex digits, grouped by 4.
QString shortFingerprint(const QString &fingerprint);

} // namespace imdp::core::document
