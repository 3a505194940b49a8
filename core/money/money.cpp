// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/money/money.h"

#include <QList>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

namespace {

constexpr qint64 kMaxMinor = std::numeric_limits<qint64>::max();
constexpr int kMaxDigits = 18; // 10^18 is the largest power of ten a qint64 holds

constexpr quint64 pow10(int n)
{
    quint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// |minor| without the undefined -INT64_MIN.
constexpr quint64 magnitude(qint64 v)
{
    return v < 0 ? quint64(0) - quint64(v) : quint64(v);
}

} // namespace

// Input may come from a file or a paste: keep the message one printable line of bounded length.
QString detail::quoted(QStringView text)
{
    constexpr qsizetype kShown = 40;
    QString out = u"'"_s;
    for (QChar c : text.left(kShown))
        out += (c.isPrint() || c.isSurrogate()) ? c : QChar(u'?');
    if (text.size() > kShown)
        out += u"…"_s;
    return out + u"'"_s;
}

namespace {

using detail::quoted;

// The words of the parser's messages, so that the file form, the UI form and rates each get
// messages in their own terms ("amount '1,5'…" vs "rate '1.5e3'…").
struct Words
{
    QStringView noun;  // "amount", "rate": also the field of the structured error
    QStringView owner; // "USD", "a rate", or empty
    QStringView shown; // the text as the person wrote it
    QStringView point; // the decimal point as the person writes it
};

/// The parser's error: the field is the noun, the first argument the text as typed, then `more`
/// (core/i18n/errors.cpp has the templates).
Error fail(const Words &w, const QString &key, QList<ErrorArg> more = {})
{
    more.prepend(ErrorArg::txt(quoted(w.shown)));
    return Error::badInput(w.noun.toString(), key, std::move(more));
}

Error reasonFor(const Words &w, QChar c)
{
    const QString one = u"'"_s + c + u"'"_s;
    const QString point = w.point.toString();
    if (c.isSpace())
        return fail(w, u"number.space"_s);
    if (c == u',' || c == u'\'' || c == u'_' || c == u'\u2019')
        return fail(w, u"number.separator"_s, {ErrorArg::txt(one), ErrorArg::txt(point)});
    if (c == u'e' || c == u'E')
        return fail(w, u"number.exponent"_s);
    if (c == u'+')
        return fail(w, u"number.plus"_s);
    if (c == u'-')
        return fail(w, u"number.minus"_s);
    if (!c.isPrint())
        return fail(w, u"number.control"_s);
    return fail(w, u"number.character"_s, {ErrorArg::txt(one), ErrorArg::txt(point)});
}

// The one exact decimal parser: `text` is ASCII digits with '.' and an optional leading '-';
// `w.shown` is what the person typed, for the messages.
Result<qint64> parseAscii(QStringView text, int digits, const Words &w)
{
    if (digits < 0 || digits > kMaxDigits)
        return fail(w, u"number.digits"_s, {ErrorArg::num(digits)});
    if (text.isEmpty())
        return Error::badInput(w.noun.toString(), u"number.empty"_s, {});

    const bool negative = text.front() == u'-';
    qint64 value = 0;
    int intDigits = 0;
    int fracDigits = 0;
    bool seenPoint = false;
    const QString limit = formatMinor(kMaxMinor, digits);
    const auto tooLarge = [&] { return fail(w, u"number.too_large"_s, {ErrorArg::txt(limit)}); };
    for (qsizetype i = negative ? 1 : 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            if (seenPoint && ++fracDigits > digits) {
                // "a rate" is words, not a code: a rate has its own message.
                if (w.noun == u"rate")
                    return fail(w, u"rate.decimals"_s, {ErrorArg::num(digits)});
                if (w.owner.isEmpty())
                    return fail(w, u"number.decimals"_s, {ErrorArg::num(digits)});
                return fail(w, u"number.decimals_of"_s,
                            {ErrorArg::txt(w.owner.toString()), ErrorArg::num(digits)});
            }
            if (!seenPoint)
                ++intDigits;
            if (__builtin_mul_overflow(value, 10, &value) ||
                __builtin_add_overflow(value, c.unicode() - u'0', &value))
                return tooLarge();
        } else if (c == u'.') {
            if (seenPoint)
                return fail(w, u"number.points"_s, {ErrorArg::txt(w.point.toString())});
            seenPoint = true;
        } else {
            return reasonFor(w, c);
        }
    }
    if (intDigits == 0 && fracDigits == 0)
        return fail(w, u"number.no_digits"_s);
    if (intDigits == 0)
        return fail(w, u"number.no_digit_before"_s, {ErrorArg::txt(w.point.toString())});
    if (seenPoint && fracDigits == 0)
        return fail(w, u"number.no_digit_after"_s, {ErrorArg::txt(w.point.toString())});
    for (int k = fracDigits; k < digits; ++k) {
        if (__builtin_mul_overflow(value, 10, &value))
            return tooLarge();
    }
    // value <= INT64_MAX here, so the range stays symmetric: INT64_MIN is never produced.
    return negative ? -value : value;
}

// Digit grouping of a locale: sizes counted from the decimal point, and CLDR's minimum grouping
// digits (es_ES writes 1234 but 12.345). QLocale has no public API for it, so it is read off the
// locale's own formatting of an integer. Qt 6.4 misapplies the minimum to the leading group
// ("1000.000" in es_ES), which is why we group ourselves rather than reuse QLocale::toString().
struct Grouping
{
    int primary = 0; // 0: the locale does not group
    int secondary = 0;
    int minimum = 1;
};

int codePoints(QStringView s)
{
    return int(s.toUcs4().size());
}

Grouping groupingOf(const QLocale &locale)
{
    const QString sep = locale.groupSeparator();
    const QString probe = locale.toString(Q_INT64_C(1000000000000000000));
    if (sep.isEmpty() || !probe.contains(sep))
        return {};
    const QList<QStringView> parts = QStringView(probe).split(sep);
    Grouping g;
    g.primary = codePoints(parts.last());
    g.secondary = parts.size() >= 3 ? codePoints(parts.at(parts.size() - 2)) : g.primary;
    g.minimum = locale.toString(1000).contains(sep) ? 1 : 2;
    if (g.primary < 1 || g.primary > 9 || g.secondary < 1 || g.secondary > 9)
        return {};
    return g;
}

QString grouped(const QString &digits, const Grouping &g, const QString &sep)
{
    if (g.primary == 0 || digits.size() < g.primary + g.minimum)
        return digits;
    QStringList chunks;
    qsizetype end = digits.size();
    qsizetype size = g.primary;
    while (end > size) {
        chunks.prepend(digits.mid(end - size, size));
        end -= size;
        size = g.secondary;
    }
    chunks.prepend(digits.left(end));
    return chunks.join(sep);
}

QString formatWith(qint64 minor, int minorUnits, QStringView minus, QStringView point,
                   const Grouping &g, const QString &sep)
{
    const quint64 mag = magnitude(minor);
    const quint64 scale = pow10(minorUnits);
    QString out;
    if (minor < 0)
        out += minus.toString();
    out += grouped(QString::number(mag / scale), g, sep);
    if (minorUnits > 0)
        out += point.toString() + QString::number(mag % scale).rightJustified(minorUnits, u'0');
    return out;
}

} // namespace

QString formatMinor(qint64 minor, int minorUnits)
{
    Q_ASSERT(minorUnits >= 0 && minorUnits <= kMaxDigits);
    return formatWith(minor, qBound(0, minorUnits, kMaxDigits), u"-", u".", {}, {});
}

Result<qint64> detail::parseFixedPoint(QStringView text, int digits, QStringView noun,
                                       QStringView owner)
{
    return parseAscii(text, digits, Words{noun, owner, text, u"."});
}

Result<qint64> detail::parseFixedPoint(QStringView text, int digits, QStringView noun,
                                       QStringView owner, QStringView point)
{
    // What the person typed, with their decimal sign as '.' for the parser; the messages quote
    // the text as typed and name the sign they use.
    QString ascii = text.toString();
    if (point != u".")
        ascii.replace(point.toString(), u"."_s);
    return parseAscii(ascii, digits, Words{noun, owner, text, point});
}

Result<qint64> parseMinor(QStringView text, int minorUnits)
{
    return detail::parseFixedPoint(text, minorUnits, u"amount", {});
}

Result<Money> Money::fromMinor(qint64 minor, QStringView currency)
{
    Result<Currency> c = requireCurrency(currency);
    if (!c)
        return c.error();
    if (minor == std::numeric_limits<qint64>::min())
        return Error::badInput(u""_s, u"money.amount_out_range_minor"_s, {ErrorArg::txt(c->code)});
    return Money(minor, c->code, c->minorUnits);
}

Result<Money> Money::parse(QStringView text, QStringView currency)
{
    Result<Currency> c = requireCurrency(currency);
    if (!c)
        return c.error();
    Result<qint64> minor = detail::parseFixedPoint(text, c->minorUnits, u"amount", c->code);
    if (!minor)
        return minor.error();
    return Money(*minor, c->code, c->minorUnits);
}

Result<Money> Money::parseLocalized(QStringView text, QStringView currency, const QLocale &locale)
{
    Result<Currency> c = requireCurrency(currency);
    if (!c)
        return c.error();
    const QString point = locale.decimalPoint();
    const QString sep = locale.groupSeparator();
    const Words w{u"amount", c->code, text, point};
    const Grouping g = groupingOf(locale);
    const QString example = Money(123456789, c->code, c->minorUnits).format(locale);

    // People type an ordinary space where the locale groups with a no-break space, and an
    // apostrophe where de_CH uses U+2019.
    const bool spaceGroups = sep.size() == 1 && sep.front().isSpace();
    const bool quoteGroups = sep == u"\u2019"_s;
    // Locales with their own digits (ar_EG) are accepted in input; format() writes ASCII digits.
    const QString zeroDigit = locale.zeroDigit();
    const char16_t zero =
        zeroDigit.size() == 1 && zeroDigit.front() != u'0' ? zeroDigit.front().unicode() : 0;

    QStringView rest = text.trimmed();
    QString ascii;
    for (QStringView minus :
         {QStringView(locale.negativeSign()), QStringView(u"-"), QStringView(u"\u2212")}) {
        if (!minus.isEmpty() && rest.startsWith(minus)) {
            ascii += u'-';
            rest = rest.sliced(minus.size());
            break;
        }
    }

    QList<int> groups; // digit counts of the integer part's groups, when grouped
    int run = 0;
    bool inFraction = false;
    for (qsizetype i = 0; i < rest.size();) {
        const QChar ch = rest[i];
        int digit = -1;
        if (ch >= u'0' && ch <= u'9')
            digit = ch.unicode() - u'0';
        else if (zero != 0 && ch.unicode() >= zero && ch.unicode() <= zero + 9)
            digit = ch.unicode() - zero;
        if (digit >= 0) {
            ascii += QChar(char16_t(u'0' + digit));
            run += inFraction ? 0 : 1;
            ++i;
            continue;
        }
        const QStringView tail = rest.sliced(i);
        if (!point.isEmpty() && tail.startsWith(point)) {
            if (inFraction)
                return fail(w, u"number.points"_s, {ErrorArg::txt(point)});
            inFraction = true;
            ascii += u'.';
            i += point.size();
            continue;
        }
        qsizetype sepLength = 0;
        if (!sep.isEmpty() && tail.startsWith(sep))
            sepLength = sep.size();
        else if ((spaceGroups && ch.isSpace()) || (quoteGroups && ch == u'\''))
            sepLength = 1;
        if (sepLength > 0 && !inFraction) {
            groups.append(run);
            run = 0;
            i += sepLength;
            continue;
        }
        if (sepLength > 0)
            return fail(w, u"number.group_after_point"_s, {ErrorArg::txt(example)});
        if (!ch.isPrint())
            return fail(w, u"number.control"_s);
        return fail(w, u"number.character_like"_s,
                    {ErrorArg::txt(u"'"_s + ch + u"'"_s), ErrorArg::txt(example)});
    }

    // Grouping must be well placed: in de_DE, "1.5" is a mistyped 1,5 and must not become 15.
    if (!groups.isEmpty()) {
        groups.append(run);
        const int last = g.primary > 0 ? g.primary : 3;
        const int inner = g.secondary > 0 ? g.secondary : 3;
        bool ok =
            groups.back() == last && groups.front() >= 1 && groups.front() <= std::max(last, inner);
        for (qsizetype k = 1; ok && k + 1 < groups.size(); ++k)
            ok = groups.at(k) == inner || groups.at(k) == last;
        if (!ok)
            return fail(w, u"number.misplaced_group"_s, {ErrorArg::txt(example)});
    }

    Result<qint64> minor = parseAscii(ascii, c->minorUnits, w);
    if (!minor)
        return minor.error();
    return Money(*minor, c->code, c->minorUnits);
}

QString Money::toString() const
{
    return formatMinor(m_minor, m_minorUnits);
}

QString formatMinor(qint64 minor, int minorUnits, const QLocale &locale)
{
    return formatWith(minor, minorUnits, locale.negativeSign(), locale.decimalPoint(),
                      groupingOf(locale), locale.groupSeparator());
}

QString Money::format(const QLocale &locale) const
{
    return formatMinor(m_minor, m_minorUnits, locale);
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return Error::badInput(u""_s, u"money.cannot_add_convert_first"_s,
                               {ErrorArg::txt(other.m_currency), ErrorArg::txt(m_currency)});
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum) || sum == -kMaxMinor - 1)
        return Error::badInput(u""_s, u"money.amount_overflow_beyond_largest"_s,
                               {ErrorArg::txt(toString()), ErrorArg::txt(other.toString()),
                                ErrorArg::txt(m_currency)});
    return Money(sum, m_currency, m_minorUnits);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return Error::badInput(u""_s, u"money.cannot_subtract_convert_first"_s,
                               {ErrorArg::txt(other.m_currency), ErrorArg::txt(m_currency)});
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference) || difference == -kMaxMinor - 1)
        return Error::badInput(u""_s, u"money.amount_overflow_beyond_largest_2"_s,
                               {ErrorArg::txt(toString()), ErrorArg::txt(other.toString()),
                                ErrorArg::txt(m_currency)});
    return Money(difference, m_currency, m_minorUnits);
}

} // namespace imdp::core
