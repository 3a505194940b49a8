// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QStringList>

struct sqlite3;

namespace imdp::core::schema {

/// Registers the SQL functions the ladder's steps call (imdp_name_key) on a connection: every
/// fund connection, and the in-memory one the schema check builds the expected schema in.
/// DIRECTONLY: callable from our own statements only, never from a trigger or view in a file.
/// Returns SQLite's result code.
int registerFunctions(sqlite3 *db);

/// The migration ladder: step N (1-based) takes a file from version N-1 to N. A fresh file climbs
/// every step from 0. Steps are append-only once released: a released step is never edited.
const QList<QStringList> &steps();

inline int latestVersion() { return int(steps().size()); }

/// The statement that marks the audit baseline step: Database::migrate, reaching it in a file
/// that already held rows, writes the `storage.baseline` audit row covering every row.
inline QString auditBaselineMarker()
{
    return QStringLiteral("SELECT 'audit baseline'");
}

} // namespace imdp::core::schema
