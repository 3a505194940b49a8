// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// What every report becomes before it meets a page or a file: titled sheets of typed cells, each
// with its totals, plus the fund's name, the period and the data fingerprint. One Statement gives
// the printable document::Document (PDF, print, preview), the CSV and the XLSX, so the three can
// never disagree.

#include "core/i18n/labels.h"
#include "core/io/csvwriter.h"
#include "core/document/document.h"

#include <QDate>
#include <QList>
#include <QString>

namespace imdp::core::reports {

enum class Lang { En, Fr, Es };

/// "en", "fr" or "es"; nullopt for anything else.
std::optional<Lang> parseLang(const QString &code);
QString langCode(Lang lang);

/// A word of the statements in the language: `english` is a source of context "Report" in
/// resources/translations/*.ts, marked where it is written with QT_TRANSLATE_NOOP("Report", ...)
/// so lupdate finds it; translated through core/i18n like every other word of the program.
QString word(Lang lang, const char *english);

/// A stored key as the reports print it, in the language: the label catalogue's words
/// (core/i18n/labels.h), the same as on screen and in the dossier.
QString label(Lang lang, i18n::Kind kind, const QString &key);
/// "1. Follow-up of GFMD recommendations" for objective "1"; the key itself when unknown.
QString objectiveName(Lang lang, const QString &key);
/// "A. Information, research and analysis" for area "A"; the key itself when unknown.
QString areaName(Lang lang, const QString &key);

struct Cell
{
    enum class Kind { Text, Money, Count, Percent };
    Kind kind = Kind::Text;
    QString text;      ///< Text cells
    qint64 value = 0;  ///< Money: USD cents (or minor units); Count: a number; Percent: basis points
    /// Money: the decimals of `value` (2: cents; a currency's minor units for an amount in it);
    /// Percent: 2 for basis points, 1 for per mille.
    int decimals = 2;

    static Cell txt(QString t) { return {Kind::Text, std::move(t), 0}; }
    static Cell money(qint64 cents) { return {Kind::Money, {}, cents}; }
    /// An amount in a currency with `minorUnits` decimals (a donor's own currency).
    static Cell amount(qint64 minor, int minorUnits) { return {Kind::Money, {}, minor, minorUnits}; }
    static Cell count(qint64 n) { return {Kind::Count, {}, n}; }
    static Cell percent(qint64 bps) { return {Kind::Percent, {}, bps}; }
    /// A percentage printed with one decimal: `permille` tenths of a percent.
    static Cell percent1(qint64 permille) { return {Kind::Percent, {}, permille, 1}; }
    static Cell empty() { return {}; }

    /// The file form: "1234.56", "12.34" (a percentage), "7", or the text.
    QString plain() const;
    /// For a page: the locale's grouping and decimal point ("1 234,56" in French).
    QString display(const QLocale &locale) const;
};

struct Sheet
{
    QString name;  ///< short: an XLSX tab name (at most 31 characters)
    QString title; ///< a heading above the table
    QList<document::Column> columns;
    QList<QList<Cell>> rows;
    QList<Cell> totals; ///< empty: a table without totals
    QString note;       ///< how the figures were made (pro rata, rounding)
    QString text{};     ///< a narrative paragraph before the table (a sheet may be text only)
    /// The PDF prints each row as a subsection headed by its first cell, the other cells as
    /// label/value pairs, and the totals as a closing line: for a table of long texts too wide
    /// for a page. CSV and XLSX keep the table.
    bool cards = false;
};

struct Statement
{
    QString id;          ///< the catalogue name: sources-uses, forum, dgf-formal, ...
    QString title;
    QString fundName;
    QString period;      ///< e.g. "1 July 2026 to 28 November 2026", already in the language
    QString generated;   ///< the date it was made, ISO
    QString fingerprint; ///< head of the audit chain
    Lang lang = Lang::En;
    QList<std::pair<QString, Cell>> fields; ///< key figures shown above the tables (PDF only)
    QList<Sheet> sheets;
};

/// Percentage of `part` in `whole` in basis points, rounded once, half away from zero (so the
/// lines of a column may add up to 99.99% or 100.01%); 0 when `whole` is 0.
qint64 percentBps(qint64 part, qint64 whole);
/// The same with `scale` units to the whole: 10000 gives basis points, 1000 tenths of a percent.
qint64 roundedShare(qint64 part, qint64 whole, qint64 scale);

/// Splits `amount` over `weights` in proportion, exactly: each share is rounded down, then the
/// cents left over go one by one to the largest remainders (ties: the earlier weight), so the
/// shares always add up to `amount`. All zeros when the weights sum to 0.
QList<qint64> apportion(qint64 amount, const QList<qint64> &weights);

/// The document the paged renderer prints: cover, key figures (amounts followed by "USD"), one
/// section per sheet.
document::Document toDocument(const Statement &s);

/// Every sheet stacked in one CSV: a header block (report, fund, period, fingerprint), then per
/// sheet its title row, its text (when it has one), column row, data rows and totals row,
/// separated by an empty row.
CsvWriter toCsv(const Statement &s);

/// A long date in the statement's language, e.g. "28 November 2026", "28 novembre 2026".
QString longDate(Lang lang, const QDate &date);

} // namespace imdp::core::reports
