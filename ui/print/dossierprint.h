// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/committee/dossier.h"
#include "ui/print/pagedrenderer.h"

namespace imdp::core {
class Database;
}

namespace imdp::ui {

enum class DossierKind { Dossier, Minutes };

/// Builds the dossier (or the minutes) of a meeting in `language` and writes it as a PDF.
core::Result<int> writeDossierPdf(core::Database &db, qint64 meetingId, DossierKind kind,
                                  const QString &language, bool redacted, const QString &path,
                                  Paper paper, bool replace = false);

/// The same Document the PDF is made from, for print preview and printing.
core::Result<core::document::Document> dossierDocument(core::Database &db, qint64 meetingId,
                                                     DossierKind kind, const QString &language,
                                                     bool redacted);

} // namespace imdp::ui
