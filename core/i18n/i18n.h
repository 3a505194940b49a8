// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The one path from a source string to words in a language. The French and Spanish catalogues
// (resources/translations/imdp_{fr,es}.ts) are compiled by lrelease into imdp_core itself
// (":/i18n/imdp_fr.qm"), so the core, the CLI and the desktop translate through the same files.
// A document's language is chosen independently of the interface's: translate() loads one
// QTranslator per language on first use and never touches the application's installed ones.

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace imdp::core::i18n {

/// The languages shipped: "en" (the source language), "fr", "es".
const QStringList &languages();
/// `code` if it is one of languages(); "en" otherwise.
QString normalise(const QString &code);
/// The language of a locale name or LANG value ("fr_FR.UTF-8" → "fr"); "en" when not shipped.
QString fromLocaleName(const QString &name);

/// `source` of `context` in `language`: the catalogue's translation, or the source itself in
/// English or when the catalogue has none. `n` >= 0 picks a plural form and replaces "%n".
QString translate(const char *context, const char *source, const QString &language, int n = -1);

/// The locale a language writes numbers and dates in: en_GB, fr_FR, es_ES.
QLocale locale(const QString &language);

/// The one date format per language for screens, editors and files a person reads: day, month
/// abbreviated in words, four-digit year ("1 Nov 2026", "1 nov. 2026", "1 nov 2026"). Never a
/// month-first or two-digit year: a date a person can misread is a defect in a fund's books.
QString dateFormat(const QString &language);
/// `date` in dateFormat(language); empty when invalid.
QString formatDate(const QDate &date, const QString &language);
/// The long form documents use: "1 November 2026", "1 novembre 2026", "1 de noviembre de 2026".
QString longDate(const QDate &date, const QString &language);

/// A fixed-point number: `value` with `decimals` digits after the language's decimal sign and
/// its grouping ("1 234,50" in French). Exact: no floating point.
QString formatFixed(qint64 value, int decimals, const QString &language);
/// A percentage kept in hundredths of a percent (basis points): "15.70%", "15,70 %".
QString formatPercentBps(qint64 bps, const QString &language);

} // namespace imdp::core::i18n
