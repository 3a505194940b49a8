// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/language.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

const QStringList &availableLanguages()
{
    static const QStringList l{u"en"_s, u"fr"_s, u"es"_s};
    return l;
}

QString languageName(const QString &code)
{
    if (code == u"fr"_s)
        return u"Français"_s;
    if (code == u"es"_s)
        return u"Español"_s;
    return u"English"_s;
}

QString preferredLanguage()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void setPreferredLanguage(const QString &code)
{
    QSettings().setValue(u"ui/language"_s, code);
}

void applyLanguage(const QString &code)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale locale = QLocale::system();
    if (availableLanguages().contains(code) && code != locale.name().left(2))
        locale = QLocale(code);
    QLocale::setDefault(locale);
    const QString lang = locale.name().left(2);
    // English is the source language: it needs no translator. Removing the others above already
    // sent every widget a LanguageChange event.
    if (lang == u"en"_s || !availableLanguages().contains(lang))
        return;
    ours = new QTranslator;
    if (ours->load(u":/i18n/imdp_%1.qm"_s.arg(lang)))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator;
    if (qt->load(u"qtbase_%1"_s.arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString currentLanguage()
{
    const QString lang = QLocale().name().left(2);
    return availableLanguages().contains(lang) ? lang : u"en"_s;
}

void fillDocumentLanguages(QComboBox *box)
{
    for (const QString &code : availableLanguages())
        box->addItem(languageName(code), code);
    box->setCurrentIndex(std::max(0, box->findData(currentLanguage())));
}

} // namespace imdp::ui
