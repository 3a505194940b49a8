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
    if (!m_prepared || !m_q.exec())
        return Error::io(m_db.describe(m_q.lastError()));
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
