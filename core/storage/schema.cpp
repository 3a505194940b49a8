// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/schema.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::schema {

namespace {

// Money columns are INTEGER minor units in STRICT tables: SQLite never turns them into REAL.
// Rows that record history (audit, moves) refuse UPDATE and DELETE in the database itself.
QStringList immutable(const QString &table)
{
    return {
        u"CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN "
        "SELECT RAISE(ABORT, '%1 rows are immutable'); END"_s.arg(table),
        u"CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN "
        "SELECT RAISE(ABORT, '%1 rows are immutable'); END"_s.arg(table),
    };
}

QStringList version1()
{
    QStringList s{
        u"CREATE TABLE fund_setting ("
        " key TEXT PRIMARY KEY,"
        " value TEXT NOT NULL"
        ") STRICT"_s,
        u"CREATE TABLE organisation ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE,"
        " short_name TEXT NOT NULL DEFAULT '',"
        " kind TEXT NOT NULL CHECK (kind IN ('state','bank','foundation','private','agency',"
        "'ngo','commission','other'))"
        ") STRICT"_s,
        u"CREATE TABLE audit_event ("
        " id INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " command TEXT NOT NULL,"
        " detail TEXT NOT NULL,"
        " prev_hash TEXT NOT NULL,"
        " hash TEXT NOT NULL"
        ") STRICT"_s,
    };
    s += immutable(u"audit_event"_s);
    return s;
}

QStringList version2()
{
    QStringList s{
        u"ALTER TABLE organisation ADD COLUMN country TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE organisation ADD COLUMN gmg_member INTEGER NOT NULL DEFAULT 0"
        " CHECK (gmg_member IN (0,1))"_s,
        u"CREATE TABLE proposal ("
        " id INTEGER PRIMARY KEY,"
        " code TEXT NOT NULL UNIQUE,"
        " title TEXT NOT NULL,"
        " applicant_id INTEGER NOT NULL REFERENCES organisation(id),"
        " partner_id INTEGER REFERENCES organisation(id),"
        " objectives TEXT NOT NULL DEFAULT '',"
        " action_area TEXT NOT NULL DEFAULT '' CHECK (action_area IN ('','A','B')),"
        " requested_minor INTEGER NOT NULL DEFAULT 0 CHECK (requested_minor >= 0),"
        " currency TEXT NOT NULL DEFAULT 'USD',"
        " state TEXT NOT NULL DEFAULT 'draft',"
        " created_at TEXT NOT NULL"
        ") STRICT"_s,
        u"CREATE INDEX proposal_state ON proposal(state)"_s,
        u"CREATE TABLE proposal_move ("
        " id INTEGER PRIMARY KEY,"
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " from_state TEXT NOT NULL,"
        " to_state TEXT NOT NULL,"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " note TEXT NOT NULL DEFAULT ''"
        ") STRICT"_s,
        u"CREATE TABLE meeting ("
        " id INTEGER PRIMARY KEY,"
        " date TEXT NOT NULL,"
        " place TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','dossier_issued',"
        "'held','minutes_approved'))"
        ") STRICT"_s,
    };
    s += immutable(u"proposal_move"_s);
    return s;
}

} // namespace

const QList<QStringList> &steps()
{
    static const QList<QStringList> all{version1(), version2()};
    return all;
}

} // namespace imdp::core::schema
