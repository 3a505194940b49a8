// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/i18n/errors.h"

#include "core/i18n/errortables.h"
#include "core/i18n/i18n.h"
#include "core/i18n/labels.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/validate.h"

#include <QHash>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n {

namespace {

// The templates, by key, from each module's table (core/i18n/errors_*.cpp, listed in
// core/i18n/errortables.h): one lookup for all of them.
const QList<std::pair<QString, const char *>> &templates()
{
    static const QList<std::pair<QString, const char *>> t = [] {
        QList<std::pair<QString, const char *>> all;
        for (const tables::TemplateTable *part :
             {&tables::base(), &tables::ledger(), &tables::fund(), &tables::committee(),
              &tables::storage(), &tables::verify(), &tables::reports(), &tables::pipeline(), &tables::review()})
            all += *part;
        return all;
    }();
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
        {u"checklist"_s, Kind::Checklist},
        {u"review_role"_s, Kind::ReviewRole},
        {u"recommendation"_s, Kind::Recommendation},
        {u"disaggregation"_s, Kind::Disaggregation},
    };
    const auto it = k.constFind(name);
    return it == k.cend() ? std::nullopt : std::optional<Kind>(*it);
}

QString render(const Error &e, const QString &language, bool withField, bool plain);

// French elides "de", "le", "la" and "que" before a vowel: "d’approuver", "l’ordre", "qu’Oxfam".
// A template's argument may be a word or a name of any initial, so `out` (the text so far) loses
// the vowel of its last word when the argument `next` begins with one.
void elide(QString &out, const QString &next)
{
    static const QString vowels = u"aeiouàâäéèêëîïôöùûüœæ"_s;
    if (next.isEmpty() || !vowels.contains(next.front().toLower()))
        return;
    for (const QString &word : {u"de "_s, u"le "_s, u"la "_s, u"que "_s}) {
        if (!out.endsWith(word, Qt::CaseInsensitive))
            continue;
        const qsizetype at = out.size() - word.size();
        if (at > 0 && (out.at(at - 1).isLetter() || out.at(at - 1) == u'-'))
            continue; // "aide " is not "de ", nor "ouvrez-le " an article
        out.chop(2); // the vowel and the space
        out += u'\u2019';
        return;
    }
}

// `plain`: the English line of the CLI and the logs (amounts ungrouped, dates YYYY-MM-DD).
QString argText(const ErrorArg &a, const QString &language, bool plain)
{
    switch (a.type) {
    case ErrorArg::Type::Number:
        return plain ? QString::number(a.number) : locale(language).toString(a.number);
    case ErrorArg::Type::Date:
        return plain ? formatIsoDate(a.date) : formatDate(a.date, language);
    case ErrorArg::Type::Percent:
        return plain ? formatMinor(a.number, 2) + u'%' : formatPercentBps(a.number, language);
    case ErrorArg::Type::Decimal:
        return plain ? formatMinor(a.number, a.decimals)
                     : formatFixed(a.number, a.decimals, language);
    case ErrorArg::Type::Money: {
        const auto c = findCurrency(a.text);
        const int digits = c ? c->minorUnits : 2;
        return plain ? formatMinor(a.number, digits) : formatFixed(a.number, digits, language);
    }
    case ErrorArg::Type::Nested:
    case ErrorArg::Type::NestedBare: {
        if (!a.error)
            return {};
        const bool field = a.type == ErrorArg::Type::Nested;
        if (plain && field)
            return a.error->message;
        if (a.error->key.isEmpty() || !templateOf(a.error->key))
            return a.error->message;
        return render(*a.error, language, field, plain);
    }
    case ErrorArg::Type::Label: {
        // Several keys, comma-separated, read as a list ("planned, held").
        const auto kind = kindOf(a.kind);
        if (!kind)
            return a.text;
        QStringList words;
        for (const QString &key : a.text.split(u','))
            words << label(*kind, key, language);
        return words.join(u", "_s);
    }
    case ErrorArg::Type::Text:
        break;
    }
    return a.text;
}

QString render(const Error &e, const QString &language, bool withField, bool plain)
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
        values << argText(a, language, plain);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            if (language == u"fr"_s)
                elide(out, values.value(n - 1));
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
    return render(e, normalise(language), true, false);
}

QString describeWithoutField(const Error &e, const QString &language)
{
    if (e.key.isEmpty() || !templateOf(e.key))
        return e.message;
    return render(e, normalise(language), false, normalise(language) == u"en"_s);
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
    e.message = render(e, u"en"_s, true, true);
    return e;
}

} // namespace imdp::core::i18n

namespace imdp::core {

Error Error::badInput(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::BadInput, field, key, std::move(args));
}

Error Error::refused(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::Refused, field, key, std::move(args));
}

Error Error::notFound(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::NotFound, field, key, std::move(args));
}

Error Error::badFile(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::BadFile, field, key, std::move(args));
}

Error Error::io(QString field, QString key, QList<ErrorArg> args)
{
    return i18n::keyedError(ErrorCode::Io, field, key, std::move(args));
}

Error Error::within(ErrorCode code, const QString &where, const Error &inner)
{
    return i18n::keyedError(code, inner.field, u"context"_s,
                            {ErrorArg::txt(where), ErrorArg::nested(inner)});
}

Error Error::within(const QString &where, const Error &inner)
{
    return within(inner.code, where, inner);
}

Error Error::withinBare(const QString &where, const Error &inner)
{
    return i18n::keyedError(inner.code, inner.field, u"context"_s,
                            {ErrorArg::txt(where), ErrorArg::nested(inner, false)});
}

} // namespace imdp::core
