// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QStringList>

class QComboBox;

namespace imdp::ui {

/// The UI languages shipped: English (source), French and Spanish (IOM's languages).
const QStringList &availableLanguages(); ///< "en", "fr", "es"
QString languageName(const QString &code); ///< in its own language: "Français"

/// The language chosen in Preferences ("" = follow the system locale).
QString preferredLanguage();
void setPreferredLanguage(const QString &code);

/// Installs the translators for `code` ("" = system locale) and sets the default QLocale, so
/// numbers and dates follow. Widgets receive QEvent::LanguageChange and retranslate.
void applyLanguage(const QString &code);

/// The language the desktop speaks now (one of availableLanguages()).
QString currentLanguage();

/// Fills `box` with the document languages, each named in its own language, the desktop's own
/// selected: a French officer's dossier and reports start in French.
void fillDocumentLanguages(QComboBox *box);

} // namespace imdp::ui
