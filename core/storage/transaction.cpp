// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/transaction.h"

#include "core/storage/anchor.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/rowtrack.h"

#include <QJsonObject>

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
    , m_level(db.m_transactionDepth)
{
    if (db.isReadOnly()) {
        m_begun = db.readOnlyReason().isEmpty()
                      ? Error::refused(u""_s, u"storage.read_only"_s, {ErrorArg::txt(db.path())})
                      : Error::refused(u""_s, u"storage.read_only_because"_s,
                                       {ErrorArg::txt(db.readOnlyReason())});
        return;
    }
    if (m_level > 0 && db.m_aborted) {
        m_begun = *db.m_aborted;
        return;
    }
    QSqlQuery q(db.connection());
    const QString sql = m_level == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT imdp_%1"_s.arg(m_level);
    if (!q.exec(sql)) {
        m_begun =
            Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(db.describe(q.lastError()))});
        return;
    }
    m_open = true;
    ++db.m_transactionDepth;
    if (db.m_tracker)
        db.m_tracker->begin(m_level);
    if (m_level == 0)
        db.m_chainHead.reset(); // read afresh once per transaction: the file is the truth
    // The whole-file check this open passed, recorded inside the command's own transaction: it
    // is rolled back with a refused command, so a command that changes nothing changes nothing.
    if (m_level == 0 && db.m_recordCheckAtFirstWrite) {
        db.m_recordCheckAtFirstWrite = false;
        if (auto s = db.recordFullCheck(); !s)
            m_begun = s;
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    // After an I/O error SQLite may already have rolled back; a failing ROLLBACK is expected then.
    m_db.m_chainHead.reset(); // the rows it named may be gone with the rollback
    if (m_db.m_tracker)
        m_db.m_tracker->rollback(m_level); // what it wrote is gone with it
    QSqlQuery q(m_db.connection());
    if (m_level == 0) {
        q.exec(u"ROLLBACK"_s);
        m_db.m_aborted.reset();
    } else if (!m_db.m_aborted) {
        q.exec(u"ROLLBACK TO imdp_%1"_s.arg(m_level));
        q.exec(u"RELEASE imdp_%1"_s.arg(m_level));
    }
    --m_db.m_transactionDepth;
}

Status WriteTransaction::commit()
{
    if (!m_begun)
        return m_begun;
    if (!m_open)
        return Error::io(u""_s, u"storage.transaction_already_finished"_s,
                         {ErrorArg::txt(m_db.path())});
    // Never commit what SQLite already rolled back: in autocommit, COMMIT would fail anyway, but
    // statements run after the rollback would have been saved one by one.
    if (m_db.m_aborted)
        return *m_db.m_aborted; // the destructor rolls back
    if (sqlite3 *raw = m_db.handle(); raw && sqlite3_get_autocommit(raw)) {
        m_db.m_aborted = Error::io(u""_s, u"storage.sqlite_rolled_transaction_back"_s,
                                   {ErrorArg::txt(m_db.path())});
        return *m_db.m_aborted;
    }
    // Every row written is tied to an audit row: rows written after the command's audit row
    // (or by a batch that recorded none) get one of their own.
    if (m_level == 0 && m_db.tracker() && m_db.tracker()->pending()) {
        if (auto s = audit::record(m_db, u"storage.writes"_s, QJsonObject()); !s)
            return s;
    }
    const std::optional<Database::ChainHead> head = m_db.m_chainHead;
    QSqlQuery q(m_db.connection());
    const QString sql = m_level == 0 ? u"COMMIT"_s : u"RELEASE imdp_%1"_s.arg(m_level);
    if (!q.exec(sql)) {
        m_db.noteFailure(q.lastError());
        return Error::io(
            u""_s, u"storage.system"_s,
            {ErrorArg::txt(m_db.describe(q.lastError()))}); // the destructor rolls back
    }
    m_open = false;
    --m_db.m_transactionDepth;
    if (m_db.m_tracker)
        m_db.m_tracker->release(m_level);
    if (m_level == 0) {
        m_db.m_chainHead.reset();
        // The chain's length and head, kept outside the file (not for a file being created).
        if (head && m_db.m_path == m_db.m_shownPath)
            anchor::update(m_db, head->id, head->hash);
    }
    return {};
}

} // namespace imdp::core
