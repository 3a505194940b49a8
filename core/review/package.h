// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Review packages: what one reviewer may see, carried to a laptop with no network and back.
// A package is one JSON file (docs/data-model.md, "Offline review"): an "export" object written once by
// the fund (its id, the reviewer, the assigned proposals with their attachments, the rubrics),
// the SHA-256 of that object's canonical form, and a "reviews" array the reviewer fills in.
// The fund keeps the hash of every package it exported, so a package altered outside the app
// is refused even when its own hash was recomputed.

#include "core/result.h"
#include "core/review/review.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace imdp::core {

class Database;

namespace review {

inline QString packageSuffix()
{
    return QStringLiteral(".imdpreview");
}

/// What the reviewer wrote about one proposal of the package.
struct Entry
{
    QString proposal;    ///< code
    QString declaration; ///< '', none or conflict
    QString declarationNote;
    QList<Score> scores;
    QString recommendation;
    QString comment;
    QString savedAt;
    bool isEmpty() const
    {
        return declaration.isEmpty() && scores.isEmpty() && recommendation.isEmpty()
               && comment.isEmpty();
    }
};

struct PackageAttachment
{
    QString name;
    QString sha256;
    QByteArray content;
};

/// One proposal as the reviewer sees it.
struct PackageProposal
{
    QString code;
    QString title;
    QString applicant;
    QString partner;
    QString role;
    QString call;
    QString details; ///< the proposal's fields as readable text
    QList<PackageAttachment> attachments;
};

/// A package read from disk; `exported` is kept as read so saving never changes it.
struct Package
{
    QString path;
    QJsonObject exported;
    QString hash; ///< as stored in the file (checked against `exported` by read())
    QString packageId;
    QString fundId;
    QString fundName;
    QString reviewer;
    QList<PackageProposal> proposals;
    QHash<QString, QList<Criterion>> rubrics; ///< by call
    QList<Entry> entries;                     ///< one per proposal, in the proposals' order
    const QList<Criterion> &rubricOf(const QString &code) const;
    Entry *entry(const QString &code);
};

/// The SHA-256 (hex) of an export object's canonical form (compact JSON, keys sorted).
QString contentHash(const QJsonObject &exported);

struct ExportSummary
{
    QString packageId;
    QString hash;
    int proposals = 0;
    int attachments = 0;
};
/// Writes the package of `reviewer` to `out` (0600, through core/io/output.h: a fund, backup,
/// lock or link is refused; an existing file only replaced with `replace`):
/// the proposals in review assigned to them and not blocked by a conflict of interest. Creates
/// the fund's random `fund_id` setting the first time; records the package and its hash.
Result<ExportSummary> exportPackage(Database &db, const QString &reviewer, const QString &out,
                                    bool replace = false);

/// Reads and checks a package: its format, and that `export` still has the hash stored with it.
Result<Package> readPackage(const QString &path);
/// Writes the reviewer's entries back into the package: a temporary file beside it, synced,
/// then renamed over it; the export part is written exactly as it was read.
Status savePackage(const Package &package);
/// Whether an entry is a complete review (declared no conflict, every criterion, a
/// recommendation).
bool entryComplete(const Entry &e, const QList<Criterion> &rubric);

/// What importing a package does, proposal by proposal.
struct ImportChange
{
    QString proposal;
    QString kind; ///< new, update, replace, unchanged, conflict
    QString detail; ///< `words` in English (the CLI's line); empty when unchanged
    Error words{};  ///< the detail as a keyed part (review.change.*): i18n::describe words it
};
struct ImportPlan
{
    QString packageId;
    QString reviewer;
    QList<ImportChange> changes;
    QList<ImportChange> conflicts() const;
    int count(const QString &kind) const;
};
/// What importing would change, without writing: refuses a package of another fund, one
/// altered after export, and invalid entries.
Result<ImportPlan> previewImport(Database &db, const QString &path);
/// Imports all of it or nothing. With conflicts (a stored review that differs and is not an
/// unfinished review of the same package) nothing is written and the plan lists them, unless
/// `acceptChanges`, which replaces them (audited with the replaced values).
Result<ImportPlan> importPackage(Database &db, const QString &path, bool acceptChanges);

} // namespace review
} // namespace imdp::core
