// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Every row of every table is tied to the audit chain (issue 17). A writing connection watches
// what each command writes (SQLite's update hook: table, operation, row id; a temporary
// BEFORE UPDATE/DELETE trigger per table hashes the row as it was) and audit::record stores it
// in the audit row's `writes`: for rows inserted, per table, their row-id ranges and one digest
// (of the rows' text for an append-only table, else of the row hashes; the hashes themselves for
// a few rows); for rows updated or deleted, each
// row's hash before and after. `imdp verify` replays the chain and names every row inserted,
// deleted or altered outside the application. docs/data-model.md, "Rows tied to the audit chain".

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;

namespace imdp::core {
class Database;
}

namespace imdp::core::rowtrack {

/// The tables whose rows are tracked: every table of the file but the audit trail itself and
/// SQLite's own.
QStringList trackedTables(sqlite3 *db);

/// What one connection wrote since its last audit row.
class Tracker
{
    Q_DISABLE_COPY_MOVE(Tracker)
public:
    explicit Tracker(sqlite3 *db);
    ~Tracker();

    /// (Re)creates the temporary triggers that hash a row before it is updated or deleted; run
    /// after the schema is final (a migration changes the columns).
    Status installTriggers();

    /// Transaction boundaries: level 0 is the transaction, N a savepoint. Rolling back forgets
    /// what was written since the matching begin().
    void begin(int level);
    void rollback(int level);
    void release(int level);

    bool pending() const { return m_taken < m_changes.size(); }
    /// Forgets what is pending (a baseline row covers every row instead).
    void discard();
    /// The `writes` JSON of what was written since the last take (empty text: nothing), and
    /// marks it taken.
    Result<QString> take();

private:
    static void onUpdate(void *self, int op, const char *database, const char *table,
                         long long rowid);
    static void beforeImage(sqlite3_context *context, int argc, sqlite3_value **argv);
    int tableId(const char *table);

    struct Change
    {
        int table;
        int op; ///< SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE
        qint64 rowid;
        QByteArray before; ///< the row's hash before an update or delete
    };
    struct Mark
    {
        size_t changes;
        size_t taken;
    };
    sqlite3 *m_db;
    std::vector<Change> m_changes;
    size_t m_taken = 0;
    std::vector<Mark> m_marks;
    QStringList m_tables;
    QHash<QByteArray, int> m_tableIds;
    /// The last table name seen, as text: SQLite's name pointers do not outlive a schema reload,
    /// and a freed name's address can come back as another table's (a pointer compare once put
    /// the first settings of a new fund under another table).
    QByteArray m_lastName;
    int m_lastId = -1;
    std::map<std::pair<int, qint64>, QByteArray> m_before; ///< hashed by the trigger, not yet seen
    QSet<QString> m_appendOnly; ///< tables the schema refuses to update or delete rows of
};

/// The `writes` JSON covering every row of every tracked table (the baseline of a file written
/// before rows were tracked).
Result<QString> baseline(sqlite3 *db);

/// The `verify` check "rows": the chain replayed against every tracked table's rows.
Result<QList<Error>> verifyRows(Database &db);

} // namespace imdp::core::rowtrack
