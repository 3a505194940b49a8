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

/// A calendar date written as YYYY-MM-DD.
Result<QDate> parseIsoDate(const QString &field, const QString &value);

/// The date as YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes it, without its formatting
/// machinery: commands write a date several times per row of an import.
QString formatIsoDate(const QDate &date);

/// A parser's message under a field's own name: "amount '1,5' contains ','" reads
/// "'1,5' contains ','" once shown after "amount: " or "Amount: ".
QString withoutNoun(const QString &message, QStringView noun);

} // namespace imdp::core
