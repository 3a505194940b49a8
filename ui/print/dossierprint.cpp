// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/print/dossierprint.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

core::Result<core::document::Document> dossierDocument(core::Database &db, qint64 meetingId,
                                                     DossierKind kind, const QString &language,
                                                     bool redacted)
{
    core::dossier::Options o;
    o.language = language;
    o.redacted = redacted;
    return kind == DossierKind::Dossier ? core::dossier::build(db, meetingId, o)
                                        : core::dossier::minutes(db, meetingId, o);
}

core::Result<int> writeDossierPdf(core::Database &db, qint64 meetingId, DossierKind kind,
                                  const QString &language, bool redacted, const QString &path,
                                  Paper paper, bool replace)
{
    auto doc = dossierDocument(db, meetingId, kind, language, redacted);
    if (!doc)
        return doc.error();
    return PagedRenderer::writePdf(*doc, path, paper, replace);
}

} // namespace imdp::ui
