// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/i18n/errors.h"

#include "core/i18n/i18n.h"
#include "core/i18n/labels.h"
#include "core/money/currency.h"

#include <QHash>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n {

namespace {

// The templates, by key. "%field" is the field's name; %1, %2... the arguments in order. English
// is the source; French and Spanish are in context "Errors" of the .ts files.
const QList<std::pair<QString, const char *>> &templates()
{
    static const QList<std::pair<QString, const char *>> t{
        {u"number.empty"_s, QT_TRANSLATE_NOOP("Errors", "%field is empty")},
        {u"number.decimals_of"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has more decimals than %2 allows (%3)")},
        {u"number.decimals"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has more decimals than allowed (%2)")},
        {u"rate.decimals"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has more decimals than a rate allows (%2)")},
        {u"number.too_large"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 is too large (the limit is %2)")},
        {u"number.points"_s, QT_TRANSLATE_NOOP("Errors", "%field %1 has more than one '%2'")},
        {u"number.no_digits"_s, QT_TRANSLATE_NOOP("Errors", "%field %1 has no digits")},
        {u"number.no_digit_before"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has no digit before '%2'")},
        {u"number.no_digit_after"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has no digit after '%2'")},
        {u"number.space"_s, QT_TRANSLATE_NOOP("Errors", "%field %1 contains white space")},
        {u"number.separator"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 contains %2: write no thousands separators, "
                                     "and '%3' for decimals")},
        {u"number.exponent"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has an exponent: write the number in full")},
        {u"number.plus"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has a '+': only a leading '-' is allowed")},
        {u"number.minus"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has a '-' that is not at the start")},
        {u"number.control"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 contains a control character")},
        {u"number.character"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 contains %2: only digits, a leading '-' and "
                                     "'%3' are allowed")},
        {u"number.group_after_point"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 has a group separator after the decimal point; "
                                     "write it like %2")},
        {u"number.misplaced_group"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%field %1 has a misplaced group separator; write it like %2")},
        {u"number.character_like"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 contains %2; write it like %3")},
        {u"rate.not_positive"_s,
         QT_TRANSLATE_NOOP("Errors", "%field %1 must be greater than zero (USD per one unit)")},
        {u"pipeline.move"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot move from %2 to %3")},
        {u"pipeline.move_because"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot move from %2 to %3: %4")},
        {u"cap.refused"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: refused: the Bank's share on the plan basis would be "
                                     "%2 (cap %3): bank %4 of total %5 USD; bank headroom "
                                     "before this change was %6; non-bank funding needed %7 (an "
                                     "officer may override with a written justification)")},
        {u"cap.refused_unrestorable"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: refused: the Bank's share on the plan basis would be "
                                     "%2 (cap %3): bank %4 of total %5 USD; bank headroom "
                                     "before this change was %6; no amount of non-bank funding "
                                     "can restore compliance (an officer may override with a "
                                     "written justification)")},
    };
    return t;
}

const QList<std::pair<QString, const char *>> &fields()
{
    static const QList<std::pair<QString, const char *>> f{
        {u"amount"_s, QT_TRANSLATE_NOOP("Fields", "amount")},
        {u"rate"_s, QT_TRANSLATE_NOOP("Fields", "rate")},
        {u"state"_s, QT_TRANSLATE_NOOP("Fields", "state")},
        {u"cap"_s, QT_TRANSLATE_NOOP("Fields", "cap")},
    };
    return f;
}

const char *templateOf(const QString &key)
{
    for (const auto &[k, t] : templates()) {
        if (k == key)
            return t;
    }
    return nullptr;
}

std::optional<Kind> kindOf(const QString &name)
{
    static const QHash<QString, Kind> k{
        {u"state"_s, Kind::State},
        {u"decision"_s, Kind::Decision},
        {u"origin"_s, Kind::Origin},
        {u"source"_s, Kind::Source},
        {u"entry_kind"_s, Kind::EntryKind},
        {u"report_kind"_s, Kind::ReportKind},
        {u"constituency"_s, Kind::Constituency},
        {u"member_role"_s, Kind::MemberRole},
        {u"meeting_status"_s, Kind::MeetingStatus},
        {u"organisation_kind"_s, Kind::OrganisationKind},
        {u"currency"_s, Kind::Currency},
    };
    const auto it = k.constFind(name);
    return it == k.cend() ? std::nullopt : std::optional<Kind>(*it);
}

QString argText(const ErrorArg &a, const QString &language)
{
    switch (a.type) {
    case ErrorArg::Type::Number:
        return locale(language).toString(a.number);
    case ErrorArg::Type::Date:
        return formatDate(a.date, language);
    case ErrorArg::Type::Percent:
        return formatPercentBps(a.number, language);
    case ErrorArg::Type::Money: {
        const auto c = findCurrency(a.text);
        return formatFixed(a.number, c ? c->minorUnits : 2, language);
    }
    case ErrorArg::Type::Label: {
        const auto kind = kindOf(a.kind);
        return kind ? label(*kind, a.text, language) : a.text;
    }
    case ErrorArg::Type::Text:
        break;
    }
    return a.text;
}

QString render(const Error &e, const QString &language, bool withField)
{
    const char *source = templateOf(e.key);
    QString text = translate("Errors", source, language);
    if (withField) {
        text.replace(u"%field"_s, fieldName(e.field, language));
    } else {
        text.remove(u"%field"_s);
        text = text.trimmed();
    }
    // One pass over the arguments, so an argument's own "%1" is never replaced in turn.
    QStringList values;
    for (const ErrorArg &a : e.args)
        values << argText(a, language);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            out += values.value(n - 1);
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

} // namespace

QString describe(const Error &e, const QString &language)
{
    if (e.key.isEmpty() || !templateOf(e.key) || normalise(language) == u"en"_s)
        return e.message;
    return render(e, normalise(language), true);
}

QString describeWithoutField(const Error &e, const QString &language)
{
    if (e.key.isEmpty() || !templateOf(e.key))
        return e.message;
    return render(e, normalise(language), false);
}

QStringList errorKeys()
{
    QStringList out;
    for (const auto &[k, t] : templates())
        out << k;
    return out;
}

QString errorTemplate(const QString &key)
{
    const char *t = templateOf(key);
    return t ? QString::fromUtf8(t) : QString();
}

QString fieldName(const QString &field, const QString &language)
{
    for (const auto &[k, word] : fields()) {
        if (k == field)
            return translate("Fields", word, language);
    }
    return field;
}

QStringList fieldNames()
{
    QStringList out;
    for (const auto &[k, word] : fields())
        out << k;
    return out;
}

Error keyedError(ErrorCode code, const QString &field, const QString &key, QList<ErrorArg> args)
{
    Error e{code, {}};
    e = e.keyed(field, key, std::move(args));
    e.message = render(e, u"en"_s, true);
    return e;
}

} // namespace imdp::core::i18n
