// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/query.h"

#include "core/storage/database.h"

#include <QSqlError>

namespace imdp::core {

Query::Query(Database &db, const QString &sql)
    : m_db(db)
    , m_q(db.connection())
{
    m_q.setForwardOnly(true);
    m_prepared = m_q.prepare(sql);
}

Status Query::exec()
{
    // After SQLite rolled the transaction back, a statement would run in autocommit mode and
    // save a fragment of the command: refuse it.
    if (const auto &aborted = m_db.abortedTransaction())
        return *aborted;
    if (!m_prepared || !m_q.exec()) {
        m_db.noteFailure(m_q.lastError());
        return Error::io(m_db.describe(m_q.lastError()));
    }
    return {};
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
