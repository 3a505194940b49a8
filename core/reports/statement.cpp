// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/reports/statement.h"

#include "core/i18n/i18n.h"
#include "core/money/money.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

std::optional<Lang> parseLang(const QString &code)
{
    if (code == u"en"_s)
        return Lang::En;
    if (code == u"fr"_s)
        return Lang::Fr;
    if (code == u"es"_s)
        return Lang::Es;
    return std::nullopt;
}

QString langCode(Lang lang)
{
    switch (lang) {
    case Lang::Fr: return u"fr"_s;
    case Lang::Es: return u"es"_s;
    case Lang::En: break;
    }
    return u"en"_s;
}

namespace {

__extension__ using Int128 = __int128;

QLocale localeFor(Lang lang)
{
    return i18n::locale(langCode(lang));
}

} // namespace

QString word(Lang lang, const char *english)
{
    return i18n::translate("Report", english, langCode(lang));
}

QString label(Lang lang, i18n::Kind kind, const QString &key)
{
    return i18n::label(kind, key, langCode(lang));
}

QString objectiveName(Lang lang, const QString &key)
{
    if (key == u"1"_s)
        return u"1. "_s +
               word(lang, QT_TRANSLATE_NOOP("Report", "Follow-up of GFMD recommendations"));
    if (key == u"2"_s)
        return u"2. "_s + word(lang, QT_TRANSLATE_NOOP("Report", "Policy coherence"));
    if (key == u"3"_s)
        return u"3. "_s + word(lang, QT_TRANSLATE_NOOP("Report", "Capacity building"));
    return key;
}

QString areaName(Lang lang, const QString &key)
{
    if (key == u"A"_s)
        return word(lang, QT_TRANSLATE_NOOP("Report", "A. Information, research and analysis"));
    if (key == u"B"_s)
        return word(lang, QT_TRANSLATE_NOOP("Report", "B. Capacity to assess and manage"));
    return key;
}

QString Cell::plain() const
{
    switch (kind) {
    case Kind::Money:
    case Kind::Percent: return formatMinor(value, decimals);
    case Kind::Count: return QString::number(value);
    case Kind::Text: break;
    }
    return text;
}

QString Cell::display(const QLocale &locale) const
{
    switch (kind) {
    case Kind::Money: return formatMinor(value, decimals, locale);
    case Kind::Percent:
        // French and Spanish typography put a space before the sign.
        return formatMinor(value, decimals, locale)
               + (locale.language() == QLocale::English ? u"%"_s : u"\u00a0%"_s);
    case Kind::Count: return locale.toString(value);
    case Kind::Text: break;
    }
    return text;
}

qint64 percentBps(qint64 part, qint64 whole)
{
    return roundedShare(part, whole, 10000);
}

qint64 roundedShare(qint64 part, qint64 whole, qint64 scale)
{
    if (whole == 0)
        return 0;
    // 128 bits: 10000 × a fund's cents can pass 2^63.
    const Int128 num = Int128(part) * scale;
    const Int128 den = whole;
    Int128 q = num / den;
    const Int128 r = num % den;
    const bool negative = (num < 0) != (den < 0);
    const Int128 absR = r < 0 ? -r : r;
    const Int128 absDen = den < 0 ? -den : den;
    if (2 * absR >= absDen)
        q += negative ? -1 : 1;
    return qint64(q);
}

QList<qint64> apportion(qint64 amount, const QList<qint64> &weights)
{
    QList<qint64> shares(weights.size(), 0);
    Int128 total = 0;
    for (qint64 w : weights)
        total += w;
    if (total <= 0 || weights.isEmpty())
        return shares;
    const bool negative = amount < 0;
    const Int128 abs = negative ? -Int128(amount) : Int128(amount);
    QList<std::pair<Int128, qsizetype>> remainders;
    Int128 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Int128 num = abs * qMax<qint64>(0, weights[i]);
        shares[i] = qint64(num / total);
        given += shares[i];
        remainders.append({num % total, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < abs && k < remainders.size(); ++k, ++given)
        ++shares[remainders[k].second];
    if (negative) {
        for (qint64 &s : shares)
            s = -s;
    }
    return shares;
}

QString longDate(Lang lang, const QDate &date)
{
    return i18n::longDate(date, langCode(lang));
}

document::Document toDocument(const Statement &s)
{
    const QLocale locale = localeFor(s.lang);
    document::Document d;
    d.title = s.title;
    d.subtitle = s.fundName;
    d.coverLines = {s.period,
                    word(s.lang, QT_TRANSLATE_NOOP("Report", "Generated")) + u": "_s +
                        longDate(s.lang, QDate::fromString(s.generated, Qt::ISODate)),
                    word(s.lang, QT_TRANSLATE_NOOP("Report", "Data fingerprint")) + u": "_s +
                        s.fingerprint};
    d.runningHeader = s.fundName + u" · "_s + s.title;
    d.footerLeft = longDate(s.lang, QDate::fromString(s.generated, Qt::ISODate));
    d.fingerprint = s.fingerprint;
    d.pageFormat = word(s.lang, QT_TRANSLATE_NOOP("Report", "Page %1 of %2"));
    if (s.sheets.size() > 1)
        d.contentsTitle = word(s.lang, QT_TRANSLATE_NOOP("Report", "Contents"));
    if (!s.fields.isEmpty()) {
        d.heading1(word(s.lang, QT_TRANSLATE_NOOP("Report", "Key figures")), false);
        QList<std::pair<QString, QString>> fields;
        for (const auto &[name, cell] : s.fields) {
            // Every amount of a statement is in US dollars: the cover says so next to each.
            fields.append({name, cell.kind == Cell::Kind::Money
                                     ? cell.display(locale) + u"\u00a0USD"_s
                                     : cell.display(locale)});
        }
        d.addFields(fields);
    }
    for (const Sheet &sheet : s.sheets) {
        // Statements are short: sections follow one another rather than each taking a page.
        d.heading1(sheet.title, false);
        if (!sheet.text.isEmpty())
            d.paragraph(sheet.text);
        if (sheet.columns.isEmpty()) {
            if (!sheet.note.isEmpty())
                d.note(sheet.note);
            continue;
        }
        if (sheet.cards) {
            for (const QList<Cell> &row : sheet.rows) {
                d.heading2(row.value(0).display(locale));
                QList<std::pair<QString, QString>> fields;
                for (qsizetype c = 1; c < sheet.columns.size(); ++c)
                    fields.append({sheet.columns[c].title, row.value(c).display(locale)});
                d.addFields(fields);
            }
            // The totals: one figure reads as a line ("Total: 2 projects"), several as a block.
            QList<std::pair<QString, QString>> totals;
            for (qsizetype c = 1; c < sheet.totals.size(); ++c) {
                const QString v = sheet.totals[c].display(locale);
                if (!v.isEmpty())
                    totals.append({sheet.columns.value(c).title, v});
            }
            const QString total = sheet.totals.value(0).display(locale);
            if (totals.size() == 1) {
                d.paragraph(word(s.lang, QT_TRANSLATE_NOOP("Report", "%1: %2"))
                                .arg(total, totals.first().second));
            } else if (!totals.isEmpty()) {
                d.heading2(total);
                d.addFields(totals);
            }
            if (!sheet.note.isEmpty())
                d.note(sheet.note);
            continue;
        }
        document::Table t;
        t.columns = sheet.columns;
        for (const QList<Cell> &row : sheet.rows) {
            QStringList cells;
            for (const Cell &c : row)
                cells.append(c.display(locale));
            t.rows.append(cells);
        }
        for (const Cell &c : sheet.totals)
            t.totals.append(c.display(locale));
        d.addTable(t);
        if (!sheet.note.isEmpty())
            d.note(sheet.note);
    }
    return d;
}

CsvWriter toCsv(const Statement &s)
{
    CsvWriter w;
    w.addTextRow({s.title});
    w.addTextRow({word(s.lang, QT_TRANSLATE_NOOP("Report", "Fund")), s.fundName});
    w.addTextRow({word(s.lang, QT_TRANSLATE_NOOP("Report", "Period")), s.period});
    w.addTextRow({word(s.lang, QT_TRANSLATE_NOOP("Report", "Generated")), s.generated});
    w.addTextRow({word(s.lang, QT_TRANSLATE_NOOP("Report", "Data fingerprint")), s.fingerprint});
    for (const Sheet &sheet : s.sheets) {
        w.addTextRow({});
        w.addTextRow({sheet.title});
        if (!sheet.text.isEmpty())
            w.addTextRow({sheet.text});
        if (sheet.columns.isEmpty())
            continue;
        QStringList header;
        for (const document::Column &c : sheet.columns)
            header.append(c.title);
        w.addTextRow(header);
        const auto addCells = [&w](const QList<Cell> &row) {
            QList<CsvCell> cells;
            for (const Cell &c : row) {
                cells.append(c.kind == Cell::Kind::Text ? CsvCell::text(c.plain())
                                                        : CsvCell::number(c.plain()));
            }
            w.addRow(cells);
        };
        for (const QList<Cell> &row : sheet.rows)
            addCells(row);
        if (!sheet.totals.isEmpty())
            addCells(sheet.totals);
    }
    return w;
}

} // namespace imdp::core::reports
