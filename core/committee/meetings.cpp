// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/committee/meetings.h"

#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::meetings {

Result<qint64> add(Database &db, const Meeting &m)
{
    if (!m.date.isValid())
        return Error::badInput(u"date: is required"_s);
    if (auto v = checkLine(u"place"_s, m.place, 120); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    Query q(db, u"INSERT INTO meeting (date, place, status) VALUES (?, ?, 'planned')"_s);
    q.bind(m.date.toString(Qt::ISODate)).bind(m.place.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId();
    if (auto s = audit::record(db, u"meeting.add"_s,
                               {{u"id"_s, id}, {u"date"_s, m.date.toString(Qt::ISODate)},
                                {u"place"_s, m.place.trimmed()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Meeting>> list(Database &db)
{
    Query q(db, u"SELECT id, date, place, status FROM meeting ORDER BY date, id"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Meeting> out;
    while (q.next())
        out.append({q.integer(0), QDate::fromString(q.text(1), Qt::ISODate), q.text(2), q.text(3)});
    return out;
}

} // namespace imdp::core::meetings
