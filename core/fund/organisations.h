// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The directory of organisations (issue 16): donors, the Bank, partners, applicants. A name is
// unique after normalisation (nameKey: Unicode NFC, every kind of space one plain space, trimmed,
// case folded), so "Kingdom of Sweden" typed with a no-break space is the donor already there.
// Every change is audited with the values before and after.

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace imdp::core {

class Database;

/// An organisation: donor State, the Bank, a foundation, a GMG agency, a partner or an applicant.
struct Organisation
{
    qint64 id = 0;
    QString name;
    QString shortName;
    QString kind;    ///< state, bank, foundation, private, agency, ngo, commission, other
    QString country; ///< ISO 3166 alpha-2, empty for international organisations
    bool gmgMember = false;
    QString iatiRef = {}; ///< IATI organisation identifier, e.g. GB-GOV-1; may be empty
    QString contact = {}; ///< contact person
    QString email = {};
    bool retired = false; ///< kept on every past record, not offered for new ones
    qint64 mergedInto = 0; ///< a duplicate merged into this organisation (hidden, an alias)
};

namespace organisations {

const QStringList &kinds();

/// The name as stored: zero-width characters, the BOM and control characters refused; NFC; every
/// run of white space (no-break and the other Unicode spaces included) one space; trimmed.
Result<QString> normaliseName(const QString &field, const QString &name);
/// What uniqueness compares: the normalised name, case folded. Also registered on every
/// connection as the SQL function imdp_name_key() for the schema step that fills name_key
/// (zero-width characters and the BOM are dropped there rather than refused).
QString nameKey(const QString &name);

/// Checks every field and returns it normalised (name, short name trimmed, country upper case).
Result<Organisation> checked(const Organisation &org);

Result<qint64> add(Database &db, const Organisation &org);
/// Replaces the fields of the organisation called `name` with `changed` (a rename when
/// changed.name differs); refuses a name another organisation has. Returns the row as stored.
Result<Organisation> edit(Database &db, const QString &name, const Organisation &changed);
/// Retires (or, with `retired` false, brings back) an organisation.
Status setRetired(Database &db, const QString &name, bool retired);
/// Deletes an organisation no record refers to; refused once anything does.
Status remove(Database &db, const QString &name);
/// Moves every reference of `duplicate` to `kept` in one audited transaction (see the .cpp).
Status merge(Database &db, const QString &duplicate, const QString &kept);

/// The directory (merged duplicates left out), by name.
Result<QList<Organisation>> list(Database &db);
/// Finds by name (compared by nameKey) or short name; a merged duplicate leads to the
/// organisation it was merged into. NotFound names what was looked for.
Result<Organisation> find(Database &db, const QString &nameOrShort);
/// find() for a new record in the role `field` (donor, partner, applicant): an unknown name is
/// bad input saying how to add it, a retired organisation is refused.
Result<Organisation> findForNew(Database &db, const QString &field, const QString &nameOrShort);

/// The records an organisation is on.
struct Usage
{
    qint64 pledges = 0;
    qint64 receipts = 0;
    qint64 proposals = 0;        ///< as applicant or partner
    qint64 transfers = 0;        ///< project entries (transfers, expenditure, refunds) as partner
    qint64 termsOfReference = 0;
    qint64 postings = 0;         ///< journal postings naming it (donor or partner)
    qint64 committeeMembers = 0; ///< by organisation name
    qint64 reviewers = 0;        ///< review assignments by organisation name
    qint64 total() const
    {
        return pledges + receipts + proposals + transfers + termsOfReference + postings
               + committeeMembers + reviewers;
    }
};
/// Every organisation's usage, by id.
Result<QHash<qint64, Usage>> usage(Database &db);
Result<Usage> usageOf(Database &db, qint64 id);

} // namespace organisations

} // namespace imdp::core
