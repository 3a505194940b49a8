// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QSqlQuery>
#include <QVariant>

namespace imdp::core {

class Database;

/// A prepared, forward-only statement whose failures come back as readable Errors naming the file.
/// All SQL values are bound parameters: no text is ever spliced into SQL.
class Query
{
public:
    Query(Database &db, const QString &sql);

    /// Binds the next `?`. A null QString binds as '' (our text columns are NOT NULL); pass an
    /// invalid QVariant() for SQL NULL.
    Query &bind(const QVariant &value)
    {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_q.addBindValue(QStringLiteral(""));
        else
            m_q.addBindValue(value);
        return *this;
    }
    Status exec();
    bool next() { return m_q.next(); }
    QVariant value(int i) const { return m_q.value(i); }
    QString text(int i) const { return m_q.value(i).toString(); }
    qint64 integer(int i) const { return m_q.value(i).toLongLong(); }
    qint64 lastInsertId() const { return m_q.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_q.numRowsAffected(); }

    /// Runs a statement expected to return one integer (COUNT, SUM, MAX).
    static Result<qint64> scalar(Database &db, const QString &sql, const QVariantList &binds = {});

private:
    Database &m_db;
    QSqlQuery m_q;
    bool m_prepared = false;
};

} // namespace imdp::core
