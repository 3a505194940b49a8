// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/print/dossierprint.h"

#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

core::dossier::Translate dossierTranslator(const QString &language)
{
    if (language == u"en"_s)
        return {};
    // Shared by the callback: the translator lives as long as any copy of the lookup.
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(u":/i18n/imdp_%1.qm"_s.arg(language)))
        return {};
    return [translator](const char *source) {
        return translator->translate("Dossier", source);
    };
}

core::Result<core::report::Document> dossierDocument(core::Database &db, qint64 meetingId,
                                                     DossierKind kind, const QString &language,
                                                     bool redacted)
{
    core::dossier::Options o;
    o.language = language;
    o.redacted = redacted;
    o.translate = dossierTranslator(language);
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
