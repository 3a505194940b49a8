// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/query.h"

#include "core/storage/database.h"

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

Query::Query(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    m_stmt = db.takeStatement(sql);
    if (m_stmt)
        return;
    sqlite3 *raw = db.handle();
    if (!raw) {
        m_prepareError = Error::io(u""_s, u"storage.file_open"_s, {ErrorArg::txt(db.path())});
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(raw, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        m_prepareError =
            Error::io(u""_s, u"storage.system"_s,
                      {ErrorArg::txt(db.describe(QString::fromUtf8(sqlite3_errmsg(raw)), rc))});
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    } else if (!m_stmt || (tail && !QByteArrayView(tail).trimmed().isEmpty())) {
        // An empty statement, or a second one after it that would silently not run.
        m_prepareError = Error::io(u""_s, u"storage.internal_error_exactly_one"_s,
                                   {ErrorArg::txt(db.path()), ErrorArg::txt(sql.left(80))});
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Query::~Query()
{
    if (!m_stmt)
        return;
    // Values bound and not run would shift the next user's positions: such a statement goes.
    if (m_nextParam != 1 || m_bindFailed) {
        sqlite3_finalize(m_stmt);
        return;
    }
    reset();
    sqlite3_clear_bindings(m_stmt); // no pointer into m_texts outlives this Query
    m_db.returnStatement(m_sql, m_stmt);
}

void Query::reset()
{
    if (m_needsReset) {
        sqlite3_reset(m_stmt); // ends any read: no cursor or lock outlives its use
        m_needsReset = false;
    }
    m_row = Row::None;
}

int Query::nextParam()
{
    if (!m_stmt)
        return 0;
    if (m_nextParam == 1) {
        reset(); // a new run: values can only be bound to a reset statement
        m_texts.clear();
    }
    return m_nextParam++;
}

Query &Query::bindInteger(qint64 value)
{
    if (const int i = nextParam(); i > 0 && sqlite3_bind_int64(m_stmt, i, value) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Query &Query::bindUtf8(QByteArray utf8)
{
    const int i = nextParam();
    if (i == 0)
        return *this;
    // Null binds as '' (our text columns are NOT NULL). The bytes stay in m_texts until the
    // next run, so SQLite may use them without a copy (SQLITE_STATIC).
    m_texts.append(std::move(utf8));
    const QByteArray &kept = m_texts.back();
    if (sqlite3_bind_text(m_stmt, i, kept.isNull() ? "" : kept.constData(), int(kept.size()),
                          SQLITE_STATIC)
        != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Query &Query::bind(const QString &text)
{
    return bindUtf8(text.toUtf8());
}

Query &Query::bind(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return bindUtf8(static_cast<const QString *>(value.constData())->toUtf8());
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar: return bindInteger(value.toLongLong());
    default: break;
    }
    const int i = nextParam();
    if (i == 0)
        return *this;
    int rc = SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::UnknownType: rc = sqlite3_bind_null(m_stmt, i); break;
    case QMetaType::Double:
    case QMetaType::Float: rc = sqlite3_bind_double(m_stmt, i, value.toDouble()); break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        rc = sqlite3_bind_blob64(m_stmt, i, bytes.constData(), sqlite3_uint64(bytes.size()),
                                 SQLITE_TRANSIENT);
        break;
    }
    default: {
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, i);
            break;
        }
        // Anything else (an unsigned 64-bit value, a date) as Qt SQL stored it: its text.
        const QByteArray utf8 = value.toString().toUtf8();
        rc = sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        break;
    }
    }
    if (rc != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Status Query::exec()
{
    // After SQLite rolled the transaction back, a statement would run in autocommit mode and
    // save a fragment of the command: refuse it.
    if (const auto &aborted = m_db.abortedTransaction())
        return *aborted;
    if (!m_stmt)
        return m_prepareError;
    const int bound = m_nextParam - 1;
    m_nextParam = 1;
    if (m_bindFailed || bound != sqlite3_bind_parameter_count(m_stmt)) {
        m_bindFailed = false;
        return Error::io(u""_s, u"storage.internal_error_values_bound"_s,
                         {ErrorArg::txt(m_db.path()), ErrorArg::num(bound),
                          ErrorArg::num(sqlite3_bind_parameter_count(m_stmt)),
                          ErrorArg::txt(m_sql.left(80))});
    }
    if (bound == 0)
        reset();
    m_needsReset = true;
    m_stepError.reset();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_row = Row::Pending;
        return {};
    }
    m_row = Row::Done;
    if (rc == SQLITE_DONE)
        return {};
    sqlite3 *raw = sqlite3_db_handle(m_stmt);
    const QString message = m_db.describe(QString::fromUtf8(sqlite3_errmsg(raw)), rc);
    m_db.noteFailure(rc, message);
    return Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(message)});
}

bool Query::next()
{
    if (m_row == Row::Pending) {
        m_row = Row::Current;
        return true;
    }
    if (m_row != Row::Current)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_row = Row::Done;
    if (rc != SQLITE_DONE) {
        const QString message =
            m_db.describe(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))), rc);
        m_db.noteFailure(rc, message);
        m_stepError = Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(message)});
    }
    return false;
}

Status Query::status() const
{
    if (m_stepError)
        return *m_stepError;
    return {};
}

QVariant Query::value(int i) const
{
    if (!onRow())
        return {};
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER: return qint64(sqlite3_column_int64(m_stmt, i));
    case SQLITE_FLOAT: return sqlite3_column_double(m_stmt, i);
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, i));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, i));
    }
    case SQLITE_NULL: return {};
    default: return text(i);
    }
}

QString Query::text(int i) const
{
    if (!onRow())
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, i));
}

qint64 Query::integer(int i) const
{
    return onRow() ? qint64(sqlite3_column_int64(m_stmt, i)) : 0;
}

qint64 Query::lastInsertId() const
{
    return m_stmt ? qint64(sqlite3_last_insert_rowid(sqlite3_db_handle(m_stmt))) : 0;
}

int Query::rowsAffected() const
{
    return m_stmt ? sqlite3_changes(sqlite3_db_handle(m_stmt)) : 0;
}

Result<qint64> Query::scalar(Database &db, const QString &sql, const QVariantList &binds)
{
    Query q(db, sql);
    for (const QVariant &v : binds)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    return q.next() ? q.integer(0) : 0;
}

} // namespace imdp::core
