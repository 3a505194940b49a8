// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/validate.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

namespace {
Status checkChars(const QString &field, const QString &value, bool multiLine)
{
    for (const QChar c : value) {
        const bool allowedBreak = multiLine && (c == u'\n' || c == u'\t' || c == u'\r');
        if ((c.category() == QChar::Other_Control || c == QChar::LineSeparator
             || c == QChar::ParagraphSeparator)
            && !allowedBreak)
            return multiLine || (c != u'\n' && c != u'\r')
                       ? Error::badInput(field, u"text.control"_s, {ErrorArg::txt(field)})
                       : Error::badInput(field, u"text.single_line"_s, {ErrorArg::txt(field)});
        if (c.isSurrogate() && !value.isValidUtf16())
            return Error::badInput(field, u"base.valid_text_broken_utf"_s, {ErrorArg::txt(field)});
    }
    return {};
}
} // namespace

Status checkLine(const QString &field, const QString &value, int maxLength, bool allowEmpty)
{
    if (!allowEmpty && value.trimmed().isEmpty())
        return Error::badInput(field, u"base.required"_s, {ErrorArg::txt(field)});
    if (value.size() > maxLength)
        return Error::badInput(field, u"base.longer_than_characters"_s,
                               {ErrorArg::txt(field), ErrorArg::num(maxLength)});
    return checkChars(field, value, false);
}

Status checkText(const QString &field, const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        return Error::badInput(field, u"base.longer_than_characters"_s,
                               {ErrorArg::txt(field), ErrorArg::num(maxLength)});
    return checkChars(field, value, true);
}

namespace {
bool isZeroWidth(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

QString collapsed(const QString &nfc)
{
    QString out;
    out.reserve(nfc.size());
    bool space = false;
    for (const QChar c : nfc) {
        // QChar::isSpace: the ASCII spaces, U+00A0, U+1680, U+2000..U+200A, U+2028/9, U+202F,
        // U+205F, U+3000 and U+0085.
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}
} // namespace

Result<QString> normaliseName(const QString &field, const QString &name)
{
    for (const QChar c : name) {
        if (isZeroWidth(c))
            return Error::badInput(
                field, u"base.contains_invisible_character_u"_s,
                {ErrorArg::txt(field),
                 ErrorArg::txt(
                     QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'))});
    }
    // A name is one line: line breaks, tabs and other controls are refused as in any field.
    if (auto s = checkChars(field, name, false); !s)
        return s.error();
    return collapsed(name.normalized(QString::NormalizationForm_C));
}

QString nameKey(const QString &name)
{
    QString kept;
    kept.reserve(name.size());
    for (const QChar c : name) {
        if (!isZeroWidth(c))
            kept += c;
    }
    return collapsed(kept.normalized(QString::NormalizationForm_C))
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

Result<QDate> parseIsoDate(const QString &field, const QString &value)
{
    // \A..\z and [0-9]: "$" would accept a trailing newline and "\d" any script's digits.
    static const QRegularExpression shape(u"\\A[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"_s);
    if (!shape.match(value).hasMatch())
        return Error::badInput(field, u"base.date_yyyy_mm_dd"_s,
                               {ErrorArg::txt(field), ErrorArg::txt(value.left(40))});
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid())
        return Error::badInput(field, u"base.calendar_date"_s,
                               {ErrorArg::txt(field), ErrorArg::txt(value)});
    return d;
}

QString formatIsoDate(const QDate &date)
{
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    // The rare forms (invalid, before year 0, five digits) as Qt writes them.
    if (!date.isValid() || y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),     char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),   char16_t(u'0' + y % 10),
                               u'-',                          char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),       u'-',
                               char16_t(u'0' + d / 10),       char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString withoutNoun(const QString &message, QStringView noun)
{
    return message.startsWith(noun) ? message.sliced(noun.size()) : message;
}

} // namespace imdp::core
