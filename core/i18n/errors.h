// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Structured errors in words: an Error's key and arguments (core/result.h) worded in a language.
// English is the Error's own message (made where the error is raised); French and Spanish come
// from the message templates below (context "Errors" of resources/translations/*.ts), their
// arguments formatted in the language: amounts with its decimals, dates in its one format, stored
// keys through the label catalogue.

#include "core/result.h"

#include <QStringList>

namespace imdp::core::i18n {

/// `e` in `language`: its message in English or when it carries no key (not converted yet); else
/// its key's template in the language with the arguments in place, the field's name first.
QString describe(const Error &e, const QString &language);
/// The same without the field's name, for a form that labels the field itself ("Rate: …").
QString describeWithoutField(const Error &e, const QString &language);

/// Every message key with a template, for tests.
QStringList errorKeys();
/// The English template of `key` (%1, %2... its arguments); empty for an unknown key.
QString errorTemplate(const QString &key);
/// A field's name in `language` ("amount": "montant"); the name itself when unknown.
QString fieldName(const QString &field, const QString &language);
/// Every field name the catalogue knows, for tests.
QStringList fieldNames();

/// An error with its English message made from its key's template: for the modules above
/// i18n (a pipeline move, the cap), so the English line and the translations share one source.
/// In the English line amounts are written plainly (1234.50) and dates as YYYY-MM-DD, as the
/// CLI and the logs have always written them; French and Spanish group and name the month.
Error keyedError(ErrorCode code, const QString &field, const QString &key, QList<ErrorArg> args);

} // namespace imdp::core::i18n
