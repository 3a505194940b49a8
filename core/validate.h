// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QDate>

namespace imdp::core {

/// A single-line text field: not empty (unless allowed), no control characters or line breaks,
/// at most `maxLength` characters. The error names the field.
Status checkLine(const QString &field, const QString &value, int maxLength = 200,
                 bool allowEmpty = false);

/// Multi-line text (summaries, notes): tabs and line breaks allowed, other controls refused.
Status checkText(const QString &field, const QString &value, int maxLength = 20000);

/// A name as stored (organisations): zero-width characters, the byte order mark and control
/// characters refused (the error names the field); Unicode NFC; every run of white space, the
/// no-break space and the other Unicode spaces included, one plain space; trimmed.
Result<QString> normaliseName(const QString &field, const QString &name);

/// What names are compared by: the name normalised as above (zero-width characters and the BOM
/// dropped instead of refused), case folded. Stable: a schema step stores it (imdp_name_key).
QString nameKey(const QString &name);

/// A calendar date written as YYYY-MM-DD.
Result<QDate> parseIsoDate(const QString &field, const QString &value);

/// The date as YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it, without its formatting
/// machinery: commands write a date several times per row of an import.
QString formatIsoDate(const QDate &date);

/// A parser's message under a field's own name: "amount '1,5' contains ','" reads
/// "'1,5' contains ','" once shown after "amount: " or "Amount: ".
QString withoutNoun(const QString &message, QStringView noun);

} // namespace imdp::core
