// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The Committee dossier and minutes as document::Documents: every figure and word is computed here,
// in core, so it is unit-tested without a display; ui/print lays the Document out on pages.

#include "core/document/document.h"
#include "core/result.h"

#include <QLocale>

namespace imdp::core {

class Database;

namespace dossier {

/// en, fr, es. The dossier's language is chosen independently of the interface's: its words
/// come from core/i18n (context "Dossier" and the label catalogue) in that language.
const QStringList &languages();

struct Options
{
    QString language = QStringLiteral("en");
    bool redacted = false; ///< observers' edition: no reviewer names, no review comments
};

/// US$ cents as the dossier prints them: thousands separators and two decimals in `locale`.
QString amount(qint64 minor, const QLocale &locale);

Result<document::Document> build(Database &db, qint64 meetingId, const Options &options);
/// The minutes of a held meeting: attendance, quorum and each decision with its amount and
/// conditions, to be signed by the chair.
Result<document::Document> minutes(Database &db, qint64 meetingId, const Options &options);

} // namespace dossier
} // namespace imdp::core
