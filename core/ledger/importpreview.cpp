// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/ledger/importpreview.h"

#include "core/io/input.h"
#include "core/ledger/opening.h"
#include "core/storage/transaction.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

Result<ImportResult> runImport(Database &db, ImportKind kind, const QString &csvPath,
                               const QString &capOverride, const QDate &openingDate)
{
    switch (kind) {
    case ImportKind::Receipts: return importReceipts(db, csvPath);
    case ImportKind::Pledges: return importPledges(db, csvPath, capOverride);
    case ImportKind::Organisations: return importOrganisations(db, csvPath);
    case ImportKind::Opening: return importOpening(db, csvPath, openingDate);
    }
    return Error::badInput(u"import"_s, u"ledger.import_unknown_kind"_s, {});
}

Result<ImportPreview> previewImport(Database &db, ImportKind kind, const QString &csvPath,
                                    const QString &capOverride, const QDate &openingDate)
{
    auto bytes = input::readFile(csvPath, input::kCsvLimit, u"CSV import"_s);
    if (!bytes)
        return bytes.error();
    auto table = csv::parse(*bytes);
    ImportPreview out;
    if (table) {
        out.header = table->header;
        out.records = table->records;
    }
    // The import's transaction nests as a savepoint inside this one, which is never committed.
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto r = runImport(db, kind, csvPath, capOverride, openingDate);
    if (!r)
        return r.error();
    out.result = *r;
    return out;
}

} // namespace imdp::core::ledger
