// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"
#include "core/storage/lockfile.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace imdp::core {

namespace rowtrack {
class Tracker;
}

/// One open fund file: a single SQLite connection with the settings our data-safety rules need.
/// Opening never creates a file; only `create()` does, and never over an existing one.
class Database
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Mode { ReadWrite, ReadOnly };

    static constexpr quint32 applicationId = 0x494D4450; // "IMDP"
    static int currentSchemaVersion();

    ~Database();

    /// Opens an existing fund file. Refuses (leaving the file byte-for-byte untouched) a missing
    /// path, a non-SQLite file, an SQLite file of another application and a newer schema.
    /// ReadWrite takes FILE.lock (one writer per file; `breaking` as in FileLock::acquire, a broken
    /// lock is audited). The whole-file checks (`quick_check` and `foreign_key_check`) run only
    /// when there is reason (see fullCheckReason()): after an unclean shutdown (a hot journal, a
    /// stale lock, a killed command's temporary files) and when the scheduled check is due
    /// (every `fullCheckDays`, the last one kept in the file); a file failing them is opened
    /// read-only and `readOnlyReason()` says why. A read-write open records a passed check
    /// (`full_check_at` setting, one audit row). With FullCheck::Deferred a due scheduled check
    /// is left to the caller (the desktop runs it in the background): the file stays read-only
    /// until finishFullCheck(). An older schema is first copied with a verified online backup to
    /// FILE.vN.bak, then migrated (ReadWrite only).
    /// Never: the caller checks the whole file itself (`imdp verify`).
    enum class FullCheck { WhenDue, Deferred, Always, Never };
    static Result<std::unique_ptr<Database>> open(
        const QString &path, Mode mode = Mode::ReadWrite,
        FileLock::Breaking breaking = FileLock::Breaking::Never,
        FullCheck fullCheck = FullCheck::WhenDue);
    /// Days between two scheduled whole-file checks.
    static constexpr int fullCheckDays = 7;
    /// A further read-only connection to a file this process holds open already, for a worker
    /// thread (the Ledger page's totals): the same header checks as open(), but not the
    /// quick_check and foreign_key_check again, which read the whole file (seconds on a large
    /// fund) and which the first connection made. Refuses a file needing an upgrade.
    static Result<std::unique_ptr<Database>> openReader(const QString &path);
    /// A further read-write connection to the file `holder` has open read-write, for a worker
    /// thread of this process (the desktop's CSV import; Qt's SQLite connections belong to the
    /// thread that made them). It takes no lock of its own: `holder`'s FILE.lock covers it, and
    /// `holder` must outlive it and must not write while it does. No whole-file check again.
    /// Refuses a read-only `holder` (storage.read_only).
    static Result<std::unique_ptr<Database>> openWriter(const Database &holder);

    /// Creates a new fund file at the current schema, owner-only (0600). Refuses to overwrite an
    /// existing file. `schemaVersion` lower than current exists for the migration fixture tests.
    /// `populate` runs on the new file before it appears at `path`: if it fails, nothing is left.
    /// `breaking` as in FileLock::acquire: the stale lock of a killed `init` or `restore --to`.
    static Result<std::unique_ptr<Database>>
    create(const QString &path, const std::function<Status(Database &)> &populate = {},
           int schemaVersion = -1, FileLock::Breaking breaking = FileLock::Breaking::Never);

    QSqlDatabase &connection() { return m_db; }
    /// The file as the user named it (while being created, it is written under a temporary name).
    const QString &path() const { return m_shownPath; }
    Mode mode() const { return m_mode; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly || m_checkPending; }

    /// Why this open ran the whole-file check ("unclean shutdown: ...", "scheduled: ..."), or
    /// empty when it did not (the file opened in constant time).
    const QString &fullCheckReason() const { return m_fullCheckReason; }
    /// A scheduled check deferred by FullCheck::Deferred has not finished: read-only meanwhile.
    bool fullCheckPending() const { return m_checkPending; }
    /// quick_check and foreign_key_check on this connection; the first problem found, keyed
    /// (core/i18n/errors_storage.cpp), or an Error with an empty message when the file passed.
    /// `cancelled`, polled while SQLite works, stops it (a problem is returned).
    Error fullCheckFinding(const std::function<bool()> &cancelled = {});
    /// The same as one English line, or empty.
    QString fullCheckProblem(const std::function<bool()> &cancelled = {})
    {
        return fullCheckFinding(cancelled).message;
    }
    /// Ends a deferred check with its outcome (fullCheckFinding() run on another connection):
    /// passed (an empty message), the file is writable again and the check recorded; failed, it
    /// stays read-only with the problem as its reason.
    Status finishFullCheck(const Error &problem);
    /// The same with the problem as one line (an empty line: passed).
    Status finishFullCheck(const QString &problem);
    int schemaVersion() const;
    static QString sqliteVersion();

    /// Why a file asked for ReadWrite was opened read-only (a failed open-time check), or empty;
    /// keyed (core/i18n/errors_storage.cpp: i18n::describe words it in French or Spanish).
    const Error &readOnlyProblem() const { return m_readOnly; }
    /// The same in English.
    QString readOnlyReason() const { return m_readOnly.message; }
    /// Things the person should know that do not stop the work (a network share), keyed.
    const QList<Error> &warningProblems() const { return m_warnings; }
    /// The same in English, one line each.
    QStringList warnings() const;
    /// The lock broken to open this file, if any (already recorded in the audit trail).
    std::optional<LockOwner> brokenLock() const;

    /// Set when SQLite itself rolled back the open transaction (disk full, I/O error): every
    /// further statement of that transaction is refused with this error instead of running in
    /// autocommit mode, and commit() fails with it.
    const std::optional<Error> &abortedTransaction() const { return m_aborted; }
    /// Called by Query on a failed statement: notices an automatic rollback (see above).
    void noteFailure(const class QSqlError &error);
    void noteFailure(int sqliteCode, const QString &described);

    /// Reads a PRAGMA back as a string (used to assert per-connection settings in tests).
    QString pragma(const QString &name) const;

    /// A readable one-line message for a failed query, prefixed with the file name.
    QString describe(const class QSqlError &error) const;
    /// The same for an SQLite message and result code.
    QString describe(const QString &message, int sqliteCode) const;

    /// SQLite's own connection under Qt's: what Query prepares its statements on, and what the
    /// online backup API and db_config use. Never null once open.
    sqlite3 *handle() const { return m_handle; }

    /// The last audit row written in the open write transaction (id and hash), so that a batch
    /// of audited commands chains each row to the previous one without reading it back. Only
    /// audit::record sets it; it is forgotten whenever a transaction or savepoint ends other
    /// than by a savepoint's release, so what it holds is always what the file holds.
    struct ChainHead
    {
        qint64 id = 0;
        QString hash;
    };
    const std::optional<ChainHead> &chainHead() const { return m_chainHead; }
    void setChainHead(std::optional<ChainHead> head)
    {
        m_chainHead = m_transactionDepth > 0 ? std::move(head) : std::nullopt;
    }

    /// What this writing connection wrote since its last audit row (core/storage/rowtrack.h);
    /// null on a read-only connection and on a file whose schema predates tracking.
    rowtrack::Tracker *tracker() const { return m_tracking ? m_tracker.get() : nullptr; }

private:
    /// `shownPath` is the name used in messages: a file being created under a temporary name is
    /// reported under the name the user asked for.
    Database(QString path, Mode mode, QString shownPath = {});
    Status connect(bool uriMode);
    Status configure();
    Status migrate(int from, int to);
    /// Adds the warning naming temporary files of killed commands removed at open.
    void noteLeftovers(const QStringList &removed);
    /// Why the whole-file check is needed at this open (empty when not); `unclean` the reason
    /// found before connecting. Scheduled: `full_check_at` (else the first audit row) older
    /// than fullCheckDays.
    QString fullCheckDue();
    /// Records a passed check: the `full_check_at` setting and a `storage.full_check` audit row.
    Status recordFullCheck();
    /// The first difference between the file's schema and its version's (an empty message: none).
    Error schemaDrift();
    /// `problem` as the reason of a read-only open ("...; opened read-only, ...").
    static Error readOnlyBecause(const Error &problem);

    friend class WriteTransaction;
    int m_transactionDepth = 0; ///< nesting of WriteTransaction: inner ones are SAVEPOINTs
    std::optional<Error> m_aborted;
    std::unique_ptr<FileLock> m_lock;
    Error m_readOnly;
    QString m_fullCheckReason;
    bool m_checkPending = false;
    /// A passed whole-file check waiting for the first write transaction to be recorded in.
    bool m_recordCheckAtFirstWrite = false;
    QList<Error> m_warnings;
    std::optional<ChainHead> m_chainHead;
    std::unique_ptr<rowtrack::Tracker> m_tracker;
    bool m_tracking = false; ///< the file's audit rows record what each command wrote
    /// Turns tracking on when the file's schema has it, and (re)creates the row watchers.
    Status startTracking();
    /// The `storage.baseline` audit row covering every row of a file that predates tracking.
    Status writeBaseline(int fromVersion);

    friend class Query;
    /// Idle prepared statements of this connection, by SQL text (see Query).
    sqlite3_stmt *takeStatement(const QString &sql);
    void returnStatement(const QString &sql, sqlite3_stmt *statement);
    void finalizeStatements();
    QHash<QString, sqlite3_stmt *> m_statements;
    sqlite3 *m_handle = nullptr;

    QString m_path;
    QString m_shownPath;
    QString m_connectionName;
    Mode m_mode;
    QSqlDatabase m_db;
};

/// Header facts read straight from the file's first 100 bytes, without SQLite touching it.
struct FileHeader
{
    bool isSqlite = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
};
Result<FileHeader> readFileHeader(const QString &path);

} // namespace imdp::core
