// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/database.h"

#include "core/clock.h"
#include "core/interrupt.h"
#include "core/storage/audit.h"
#include "core/storage/database_p.h"
#include "core/storage/backup.h"
#include "core/storage/fsutil.h"
#include "core/storage/rowtrack.h"
#include "core/storage/schema.h"
#include "core/storage/schemacheck.h"
#include "core/storage/transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

namespace {

QAtomicInteger<quint64> s_connectionSerial;

} // namespace

void detail::installInterruptHandler(sqlite3 *handle)
{
    sqlite3_progress_handler(
        handle, 100, [](void *) -> int { return interrupt::pending() != 0 ? 1 : 0; }, nullptr);
}

detail::CancelPoll::CancelPoll(sqlite3 *handle, std::function<bool()> cancelled)
    : m_handle(handle)
    , m_cancelled(std::move(cancelled))
{
    if (m_cancelled)
        sqlite3_progress_handler(m_handle, 1000, &CancelPoll::call, this);
}

detail::CancelPoll::~CancelPoll()
{
    if (m_cancelled)
        installInterruptHandler(m_handle);
}

int detail::CancelPoll::call(void *self)
{
    const auto *p = static_cast<CancelPoll *>(self);
    return interrupt::pending() != 0 || p->m_cancelled() ? 1 : 0;
}

using detail::bigEndian32;
using detail::cachePass;
using detail::fileIdentity;
using detail::shown;

Result<FileHeader> readFileHeader(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error::notFound(u""_s, u"storage.no_such_file"_s, {ErrorArg::txt(shown(path))});
    if (QFileInfo(path).isDir())
        return Error::badFile(u""_s, u"storage.folder_imdp_fund_file"_s,
                              {ErrorArg::txt(shown(path))});
    // A named pipe or a device would block or never end: refused before it is opened (issue 17).
    if (!QFileInfo(path).isFile())
        return Error::badFile(u""_s, u"storage.regular_file_named_pipe"_s,
                              {ErrorArg::txt(shown(path))});
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(u""_s, u"storage.cannot_read"_s,
                         {ErrorArg::txt(shown(path)), ErrorArg::txt(f.errorString())});
    const QByteArray head = f.read(100);
    FileHeader h;
    static const QByteArray magic("SQLite format 3\0", 16);
    h.isSqlite = head.size() == 100 && head.startsWith(magic);
    if (h.isSqlite) {
        h.userVersion = qint32(bigEndian32(head.constData() + 60));
        h.applicationId = bigEndian32(head.constData() + 68);
    }
    return h;
}

int Database::currentSchemaVersion()
{
    return schema::latestVersion();
}

Database::Database(QString path, Mode mode, QString shownPath)
    : m_path(std::move(path))
    , m_shownPath(shownPath.isEmpty() ? m_path : std::move(shownPath))
    , m_connectionName(u"imdp-%1"_s.arg(s_connectionSerial.fetchAndAddRelaxed(1)))
    , m_mode(mode)
{
}

Database::~Database()
{
    m_tracker.reset();    // its hooks go before the connection
    finalizeStatements(); // before the connection closes, or SQLite would refuse to close
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

sqlite3_stmt *Database::takeStatement(const QString &sql)
{
    const auto it = m_statements.find(sql);
    if (it == m_statements.end())
        return nullptr;
    sqlite3_stmt *stmt = *it;
    m_statements.erase(it);
    return stmt;
}

void Database::returnStatement(const QString &sql, sqlite3_stmt *statement)
{
    // Bounded: SQL built from a caller's filters varies, and each statement holds memory. A
    // second statement of the same SQL (two alive at once) is simply finalized.
    constexpr qsizetype kLimit = 256;
    if (m_statements.size() >= kLimit || m_statements.contains(sql)) {
        sqlite3_finalize(statement);
        return;
    }
    m_statements.insert(sql, statement);
}

void Database::finalizeStatements()
{
    for (sqlite3_stmt *stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    m_statements.clear();
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Database::describe(const QSqlError &error) const
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString code = error.nativeErrorCode();
    if (code.isEmpty())
        return u"%1: %2"_s.arg(shown(m_shownPath), text.simplified());
    return describe(text, code.toInt());
}

QString Database::describe(const QString &message, int sqliteCode) const
{
    const QString text = message.simplified();
    // Say what it means for the person, then SQLite's own words for whoever diagnoses it.
    QString meaning;
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL: meaning = u"the disk is full or the file reached its size limit"_s; break;
    case SQLITE_IOERR: meaning = u"the disk reported an input/output error"_s; break;
    case SQLITE_CORRUPT: meaning = u"the file is damaged"_s; break;
    case SQLITE_NOTADB: meaning = u"not an IMDP fund file (not a database)"_s; break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: meaning = u"another program is using the file"_s; break;
    case SQLITE_READONLY: meaning = u"the file cannot be written"_s; break;
    default: break;
    }
    if (meaning.isEmpty())
        return u"%1: %2 (SQLite code %3)"_s.arg(shown(m_shownPath), text).arg(sqliteCode);
    return u"%1: %2 (%3, SQLite code %4)"_s.arg(shown(m_shownPath), meaning, text).arg(sqliteCode);
}

std::optional<LockOwner> Database::brokenLock() const
{
    return m_lock ? m_lock->brokenOwner() : std::nullopt;
}

void Database::noteFailure(const QSqlError &error)
{
    noteFailure(error.nativeErrorCode().toInt(), describe(error));
}

void Database::noteFailure(int sqliteCode, const QString &described)
{
    if (m_transactionDepth == 0 || m_aborted)
        return;
    // These codes may roll the whole transaction back (sqlite.org/lang_transaction.html); so may
    // anything that leaves the connection in autocommit. Either way, stop writing.
    const int primary = sqliteCode & 0xff;
    sqlite3 *raw = handle();
    const bool autocommit = raw && sqlite3_get_autocommit(raw) != 0;
    if (autocommit || primary == SQLITE_FULL || primary == SQLITE_IOERR ||
        primary == SQLITE_CORRUPT || primary == SQLITE_NOMEM || primary == SQLITE_INTERRUPT) {
        m_aborted =
            Error::io(u""_s, u"storage.whole_command_was_rolled"_s, {ErrorArg::txt(described)});
    }
}


void Database::noteLeftovers(const QStringList &removed)
{
    if (removed.isEmpty())
        return;
    m_warnings << Error::io(u""_s, u"storage.warn_leftovers"_s,
                            {ErrorArg::txt(shown(m_shownPath)),
                             ErrorArg::txt(QString::number(removed.size())),
                             ErrorArg::txt(removed.join(u", "_s))});
}

QStringList Database::warnings() const
{
    QStringList out;
    for (const Error &w : m_warnings)
        out << w.message;
    return out;
}

Error Database::readOnlyBecause(const Error &problem)
{
    return Error::badFile(problem.field, u"storage.opened_read_only_because"_s,
                          {ErrorArg::nested(problem, false)});
}

QString Database::pragma(const QString &name) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA %1"_s.arg(name)) || !q.next())
        return {};
    return q.value(0).toString();
}

int Database::schemaVersion() const
{
    return pragma(u"user_version"_s).toInt();
}

Status Database::connect(bool uriMode)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid())
        return Error::io(u""_s, u"storage.qt_sqlite_driver_qsqlite"_s, {});
    // A plain path would make SQLite create a missing file; mode=rw/ro in a URI fails instead.
    const QString abs = QFileInfo(m_path).absoluteFilePath();
    QString name = QUrl::fromLocalFile(abs).toString(QUrl::FullyEncoded);
    name += isReadOnly() ? u"?mode=ro"_s : u"?mode=rw"_s;
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (uriMode)
        options += u";QSQLITE_OPEN_URI"_s;
    if (isReadOnly())
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_db.setConnectOptions(options);
    m_db.setDatabaseName(uriMode ? name : abs);
    if (!m_db.open())
        return Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(describe(m_db.lastError()))});
    return configure();
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    QStringList pragmas{u"PRAGMA foreign_keys = ON"_s, u"PRAGMA trusted_schema = OFF"_s,
                        u"PRAGMA synchronous = FULL"_s};
    if (!isReadOnly())
        pragmas.prepend(u"PRAGMA journal_mode = DELETE"_s);
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(describe(q.lastError()))});
    }
    // Defensive mode: no writable_schema tricks or shadow-table writes from SQL text.
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        return Error::io(u""_s, u"storage.qt_sqlite_driver_gives"_s,
                         {ErrorArg::txt(shown(m_shownPath))});
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // SIGINT/SIGTERM (core/interrupt.h): the running statement stops, its transaction rolls back.
    detail::installInterruptHandler(m_handle);
    if (schema::registerFunctions(m_handle) != SQLITE_OK)
        return Error::io(u""_s, u"storage.cannot_register_imdp_name"_s,
                         {ErrorArg::txt(shown(m_shownPath)),
                          ErrorArg::txt(QString::fromUtf8(sqlite3_errmsg(m_handle)))});
    // Assert the settings through the same connection: a silent "off" would accept bad data.
    const bool settingsHold = pragma(u"foreign_keys"_s) == u"1"_s
                              && pragma(u"trusted_schema"_s) == u"0"_s
                              && pragma(u"synchronous"_s) == u"2"_s
                              && (isReadOnly() || pragma(u"journal_mode"_s) == u"delete"_s);
    if (!settingsHold)
        return Error::io(u""_s, u"storage.connection_refused_required_sqlite"_s,
                         {ErrorArg::txt(shown(m_shownPath))});
    // A writer watches what it writes from its first statement (a new file's seeded rows too).
    if (!isReadOnly())
        m_tracker = std::make_unique<rowtrack::Tracker>(m_handle);
    return {};
}

Status Database::startTracking()
{
    if (!m_tracker)
        return {};
    QSqlQuery q(m_db);
    m_tracking =
        q.exec(u"SELECT 1 FROM pragma_table_info('audit_event') WHERE name = 'writes'"_s) &&
        q.next();
    return m_tracking ? m_tracker->installTriggers() : Status();
}

Status Database::writeBaseline(int fromVersion)
{
    auto writes = rowtrack::baseline(m_handle);
    if (!writes)
        return writes.error();
    m_tracker->discard(); // the baseline covers every row, those the ladder wrote included
    const QJsonObject detail{{u"from_version"_s, fromVersion}};
    return audit::recordWrites(
        *this, u"storage.baseline"_s,
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), *writes);
}

Status Database::migrate(int from, int to)
{
    // Foreign keys off while the ladder runs, as SQLite's procedure for rebuilding a table asks
    // (a step that drops and renames a parent table, e.g. fundingWindows()), and every key
    // checked with foreign_key_check before the commit: a step that left a row without its
    // parent is rolled back. The pragma is a no-op inside a transaction, hence outside BEGIN.
    QSqlQuery q(m_db);
    const auto restoreKeys = [&q] { return q.exec(u"PRAGMA foreign_keys = ON"_s); };
    if (!q.exec(u"PRAGMA foreign_keys = OFF"_s))
        return Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(describe(q.lastError()))});
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        const Error e =
            Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(describe(q.lastError()))});
        restoreKeys();
        return e;
    }
    if (m_tracker)
        m_tracker->begin(0);
    const auto fail = [&](const Error &e) {
        q.exec(u"ROLLBACK"_s);
        restoreKeys();
        if (m_tracker)
            m_tracker->rollback(0);
        m_tracking = false;
        return e;
    };
    const auto &steps = schema::steps();
    for (int v = from; v < to; ++v) {
        for (const QString &sql : steps.at(v)) {
            if (!q.exec(sql))
                return fail(Error::io(u""_s, u"storage.system"_s,
                                      {ErrorArg::txt(describe(q.lastError()))}));
            // A file that held rows before they were tracked: one audit row covers them all.
            // A new file's seeded rows are covered by its first audit row instead.
            if (sql == schema::auditBaselineMarker() && m_tracker) {
                m_tracking = true;
                if (from > 0) {
                    if (auto s = writeBaseline(from); !s)
                        return fail(s.error());
                }
            }
        }
    }
    if (!q.exec(u"PRAGMA foreign_key_check"_s))
        return fail(
            Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(describe(q.lastError()))}));
    if (q.next())
        return fail(
            Error::badFile(u""_s, u"storage.upgrade_would_leave_row"_s,
                           {ErrorArg::txt(shown(m_shownPath)), ErrorArg::txt(q.value(0).toString()),
                            ErrorArg::txt(q.value(2).toString())}));
    q.finish();
    // Rows written by the steps after the baseline, in a file that held rows before.
    if (from > 0 && m_tracking && m_tracker->pending()) {
        if (auto s = audit::record(*this, u"storage.migrate"_s,
                                   QJsonObject{{u"from_version"_s, from}, {u"to_version"_s, to}});
            !s)
            return fail(s.error());
    }
    const QStringList finish{u"PRAGMA application_id = %1"_s.arg(qint32(applicationId)),
                             u"PRAGMA user_version = %1"_s.arg(to)};
    for (const QString &sql : finish) {
        if (!q.exec(sql))
            return fail(
                Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(describe(q.lastError()))}));
    }
    if (!q.exec(u"COMMIT"_s))
        return fail(
            Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(describe(q.lastError()))}));
    if (m_tracker)
        m_tracker->release(0);
    if (!restoreKeys() || pragma(u"foreign_keys"_s) != u"1"_s)
        return Error::io(u""_s, u"storage.foreign_keys_could_turned"_s,
                         {ErrorArg::txt(shown(m_shownPath))});
    return startTracking();
}

namespace {

/// The checks of a file's header made before SQLite opens it: an SQLite file of this
/// application, at a schema this version reads (and, read-only, needs no upgrade).
Status checkHeader(const QString &path, Database::Mode mode)
{
    auto header = readFileHeader(path);
    if (!header)
        return header.error();
    const QString p = shown(path);
    if (!header->isSqlite)
        return Error::badFile(p, u"storage.imdp_fund_file_sqlite"_s, {ErrorArg::txt(p)});
    if (header->applicationId != Database::applicationId)
        return Error::badFile(p, u"storage.imdp_fund_file_sqlite_2"_s, {ErrorArg::txt(p)});
    const int latest = Database::currentSchemaVersion();
    if (header->userVersion > latest)
        return Error::badFile(
            p, u"storage.written_newer_imdp_desk"_s,
            {ErrorArg::txt(p), ErrorArg::num(header->userVersion), ErrorArg::num(latest)});
    if (header->userVersion < 1)
        return Error::badFile(p, u"storage.incomplete_imdp_fund_file"_s,
                              {ErrorArg::txt(p), ErrorArg::num(header->userVersion)});
    if (header->userVersion < latest && mode == Database::Mode::ReadOnly)
        return Error::badFile(
            p, u"storage.schema_version_must_upgraded"_s,
            {ErrorArg::txt(p), ErrorArg::num(header->userVersion), ErrorArg::num(latest)});
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::openReader(const QString &path)
{
    if (auto s = checkHeader(path, Mode::ReadOnly); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database(path, Mode::ReadOnly));
    if (auto s = db->connect(true); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openWriter(const Database &holder)
{
    if (holder.isReadOnly() || !holder.m_lock)
        return Error::refused(u""_s, u"storage.read_only"_s, {ErrorArg::txt(holder.m_shownPath)});
    if (auto s = checkHeader(holder.m_path, Mode::ReadWrite); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database(holder.m_path, Mode::ReadWrite, holder.m_shownPath));
    if (auto s = db->connect(true); !s)
        return s.error();
    if (auto s = db->startTracking(); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode,
                                                 FileLock::Breaking breaking,
                                                 FullCheck fullCheck)
{
    if (auto s = checkHeader(path, mode); !s)
        return s.error();
    const QString p = shown(path);
    const int latest = currentSchemaVersion();
    // Signs of an unclean shutdown, read before SQLite opens the file (it would roll a hot
    // journal back at the first read): the whole-file check runs whenever one is found.
    QString unclean;
    const QFileInfo journal(path + u"-journal"_s);
    const auto holder = FileLock::holder(path);
    std::unique_ptr<FileLock> lock;
    if (mode == Mode::ReadWrite) {
        auto l = FileLock::acquire(path, breaking);
        if (!l)
            return l.error();
        lock = std::move(l).value();
        if (const auto broken = lock->brokenOwner())
            unclean = u"unclean shutdown: the lock of %1 was broken"_s.arg(broken->describe());
    } else if (holder && holder->isStale()) {
        unclean = u"unclean shutdown: a stale lock (%1)"_s.arg(holder->describe());
    }
    // A journal beside a file no live writer holds is hot: its writer died mid-transaction.
    if (unclean.isEmpty() && journal.exists() && journal.size() > 0 &&
        (mode == Mode::ReadWrite || !holder || holder->isStale()))
        unclean = u"unclean shutdown: a hot journal"_s;
    // The writer cleans what killed commands left beside the file (their owners are gone).
    const QStringList leftovers =
        mode == Mode::ReadWrite ? fsutil::removeLeftovers(path) : QStringList();
    if (unclean.isEmpty() && !leftovers.isEmpty())
        unclean = u"unclean shutdown: a killed command's temporary files"_s;
    std::unique_ptr<Database> db(new Database(path, mode));
    db->m_lock = std::move(lock);
    if (auto s = db->connect(true); !s)
        return s.error();
    db->noteLeftovers(leftovers);
    if (const QString kind = fsutil::networkFileSystem(path); !kind.isEmpty())
        db->m_warnings << Error::io(u""_s, u"storage.warn_network"_s,
                                    {ErrorArg::txt(p), ErrorArg::txt(kind)});
    // A damaged file is shown, never written: reopen it read-only and say why. The checks only
    // read, so the file is byte-for-byte what it was.
    const auto openReadOnly = [&](const Error &problem) -> Result<std::unique_ptr<Database>> {
        if (mode == Mode::ReadOnly) {
            db->m_readOnly = problem;
            return std::move(db);
        }
        const QList<Error> warnings = db->m_warnings;
        db.reset(); // closes the connection and releases the lock
        std::unique_ptr<Database> ro(new Database(path, Mode::ReadOnly));
        if (auto s = ro->connect(true); !s)
            return s.error();
        ro->m_readOnly = readOnlyBecause(problem);
        ro->m_warnings = warnings;
        return ro;
    };
    // The whole-file checks read every page (seconds on a large fund): only with a reason.
    bool checked = false;
    db->m_fullCheckReason = fullCheck == FullCheck::Always ? u"asked for"_s : unclean;
    if (db->m_fullCheckReason.isEmpty() && fullCheck != FullCheck::Never)
        db->m_fullCheckReason = db->fullCheckDue();
    if (fullCheck == FullCheck::Never)
        db->m_fullCheckReason.clear();
    if (!db->m_fullCheckReason.isEmpty()) {
        if (fullCheck == FullCheck::Deferred && unclean.isEmpty() && mode == Mode::ReadWrite) {
            db->m_checkPending = true; // the caller runs it; read-only until it passes
            db->m_readOnly =
                Error::badFile(u""_s, u"storage.check_running"_s, {ErrorArg::txt(p)});
        } else {
            const QString identity =
                db->m_fullCheckReason.startsWith(u"scheduled"_s) ? fileIdentity(path) : QString();
            if (const Error problem = db->fullCheckFinding(); !problem.message.isEmpty()) {
                const QString reason = db->m_fullCheckReason;
                auto r = openReadOnly(problem);
                if (r)
                    (*r)->m_fullCheckReason = reason;
                return r;
            }
            checked = true;
            cachePass(path, identity);
        }
    }
    // A schema other than the one its version defines (a planted trigger, a dropped immutability
    // trigger) is never written to: a planted trigger would run on our writes.
    if (mode == Mode::ReadWrite) {
        if (const Error drift = db->schemaDrift(); !drift.message.isEmpty())
            return openReadOnly(drift);
    }
    // The header can lag behind a hot journal that SQLite just rolled back: check again.
    const int version = db->schemaVersion();
    if (version > latest)
        return Error::badFile(p, u"storage.written_newer_imdp_desk_2"_s,
                              {ErrorArg::txt(p), ErrorArg::num(version)});
    if (version < latest) {
        // Keep the old file as it was before touching it: a failed or regretted upgrade can be
        // undone. The copy is an online backup, reopened and checked before anything changes.
        QString copy = u"%1.v%2.bak"_s.arg(path).arg(version);
        for (int n = 2; QFileInfo::exists(copy); ++n)
            copy = u"%1.v%2-%3.bak"_s.arg(path).arg(version).arg(n);
        if (auto s = backup::copyTo(*db, copy); !s)
            return Error::io(u""_s, u"storage.upgrade_copy"_s,
                             {ErrorArg::txt(p), ErrorArg::nested(s.error())});
        if (auto s = db->migrate(version, latest); !s)
            return s.error();
    } else if (mode == Mode::ReadWrite) {
        if (auto s = db->startTracking(); !s)
            return s.error();
    }
    // A passed check is kept in the file (the schedule counts from it), written at the start of
    // the command's first write transaction: a command that writes nothing, or is refused,
    // leaves the file byte for byte as it was.
    if (checked && mode == Mode::ReadWrite && db->m_tracking)
        db->m_recordCheckAtFirstWrite = true;
    if (const auto broken = db->brokenLock()) {
        WriteTransaction tx(*db);
        if (!tx.begun())
            return tx.begun().error();
        const QJsonObject detail{{u"user"_s, broken->user}, {u"host"_s, broken->host},
                                 {u"pid"_s, broken->pid}, {u"since"_s, broken->since},
                                 {u"stale"_s, broken->isStale()}};
        if (auto s = audit::record(*db, u"fund.break_lock"_s, detail); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    return db;
}

Result<std::unique_ptr<Database>>
Database::create(const QString &path, const std::function<Status(Database &)> &populate,
                 int schemaVersion, FileLock::Breaking breaking)
{
    const QString p = shown(path);
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return Error::refused(p, u"storage.already_exists_imdp_desk"_s, {ErrorArg::txt(p)});
    if (!info.absoluteDir().exists())
        return Error::notFound(p, u"storage.folder_does_exist_2"_s,
                               {ErrorArg::txt(p), ErrorArg::txt(shown(info.absolutePath()))});

    // Build the whole file under a temporary name, then link it into place: the path either does
    // not exist or holds a complete fund, and link() refuses to replace a file created meanwhile.
    // What an earlier `init` killed mid-way left under a temporary name goes first.
    const QStringList leftovers = fsutil::removeLeftovers(path);
    auto tmp = fsutil::createTempBeside(path, u"creating"_s);
    if (!tmp)
        return tmp.error();
    const QString tmpPath = *tmp;
    const auto removeTmp = qScopeGuard([&tmpPath] {
        QFile::remove(tmpPath);
        QFile::remove(tmpPath + u"-journal"_s);
    });

    const int version = schemaVersion < 0 ? currentSchemaVersion() : schemaVersion;
    {
        std::unique_ptr<Database> db(new Database(tmpPath, Mode::ReadWrite, path));
        if (auto s = db->connect(true); !s)
            return s.error();
        if (auto s = db->migrate(0, version); !s)
            return s.error();
        if (populate) {
            if (auto s = populate(*db); !s)
                return s.error();
        }
        // The rows the ladder seeded, when populating recorded no audit row to cover them.
        if (db->tracker() && db->tracker()->pending()) {
            WriteTransaction tx(*db);
            if (!tx.begun())
                return tx.begun().error();
            if (auto s = audit::record(*db, u"storage.baseline"_s, QJsonObject()); !s)
                return s.error();
            if (auto s = tx.commit(); !s)
                return s.error();
        }
    }
    // The lock comes first, so no other program opens the new file for writing before we do.
    // A stale one (a killed `init` or `restore --to` of this name) is broken with --break-lock.
    auto lock = FileLock::acquire(path, breaking);
    if (!lock)
        return lock.error();
    const QByteArray from = QFile::encodeName(tmpPath);
    const QByteArray to = QFile::encodeName(info.absoluteFilePath());
    if (::link(from.constData(), to.constData()) != 0) {
        const int err = errno;
        return err == EEXIST
                   ? Error::refused(p, u"storage.already_exists_imdp_desk"_s, {ErrorArg::txt(p)})
                   : Error::io(
                         p, u"storage.cannot_created"_s,
                         {ErrorArg::txt(p), ErrorArg::txt(QString::fromLocal8Bit(strerror(err)))});
    }
    // removeTmp removes the temporary name; the linked name stays.
    if (auto s = fsutil::syncDir(info.absolutePath()); !s)
        return s.error();
    if (auto s = (*lock)->holdFile(path); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database(path, Mode::ReadWrite));
    db->m_lock = std::move(lock).value();
    if (auto s = db->connect(true); !s)
        return s.error();
    if (auto s = db->startTracking(); !s)
        return s.error();
    db->noteLeftovers(leftovers);
    return db;
}

} // namespace imdp::core
