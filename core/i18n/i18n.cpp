// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/i18n/i18n.h"

#include "core/money/money.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n {

const QStringList &languages()
{
    static const QStringList l{u"en"_s, u"fr"_s, u"es"_s};
    return l;
}

QString normalise(const QString &code)
{
    return languages().contains(code) ? code : u"en"_s;
}

QString fromLocaleName(const QString &name)
{
    return normalise(name.left(2).toLower());
}

namespace {

/// The catalogue of `language`, loaded once; null for English or a catalogue that is missing.
const QTranslator *catalogue(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    if (language == u"en"_s || !languages().contains(language))
        return nullptr;
    QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto t = std::make_shared<QTranslator>();
        if (!t->load(u":/i18n/imdp_%1.qm"_s.arg(language)))
            t.reset();
        it = loaded.insert(language, t);
    }
    return it->get();
}

QString withCount(QString s, int n, const QLocale &locale)
{
    if (n >= 0)
        s.replace(u"%n"_s, locale.toString(n));
    return s;
}

} // namespace

QString translate(const char *context, const char *source, const QString &language, int n)
{
    if (const QTranslator *t = catalogue(language)) {
        const QString s = t->translate(context, source, nullptr, n);
        if (!s.isEmpty())
            return withCount(s, n, locale(language));
    }
    return withCount(QString::fromUtf8(source), n, locale(language));
}

QLocale locale(const QString &language)
{
    if (language == u"fr"_s)
        return QLocale(QLocale::French, QLocale::France);
    if (language == u"es"_s)
        return QLocale(QLocale::Spanish, QLocale::Spain);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString dateFormat(const QString &language)
{
    // CLDR's abbreviations: "Nov" in English, "nov." in French, "nov" in Spanish.
    Q_UNUSED(language);
    return u"d MMM yyyy"_s;
}

QString formatDate(const QDate &date, const QString &language)
{
    return date.isValid() ? locale(language).toString(date, dateFormat(language)) : QString();
}

QString longDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    return locale(language).toString(date, language == u"es"_s ? u"d 'de' MMMM 'de' yyyy"_s
                                                               : u"d MMMM yyyy"_s);
}

QString formatFixed(qint64 value, int decimals, const QString &language)
{
    // core/money's grouping: CLDR's minimum grouping digits done right (es_ES: 1234 but
    // 1.000.000), which QLocale::toString() of Qt 6.4 gets wrong ("1000.000").
    return formatMinor(value, decimals, locale(language));
}

QString formatPercentBps(qint64 bps, const QString &language)
{
    // French and Spanish typography put a (non-breaking) space before the sign.
    return formatFixed(bps, 2, language) + (normalise(language) == u"en"_s ? u"%"_s : u"\u00a0%"_s);
}

} // namespace imdp::core::i18n
