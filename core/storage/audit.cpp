// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/audit.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/query.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::audit {

QByteArray canonicalRow(qint64 id, const QString &at, const QString &actor, const QString &command,
                        const QString &detail)
{
    // Fields joined by a unit separator, which validated text never contains.
    const QString sep(QChar(0x1f));
    return (QString::number(id) + sep + at + sep + actor + sep + command + sep + detail).toUtf8();
}

QString chainHash(const QString &prevHash, const QByteArray &canonical)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(canonical);
    return QString::fromLatin1(h.result().toHex());
}

Result<QString> head(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1"_s))
        return Error::io(db.describe(q.lastError()));
    return q.next() ? q.value(0).toString() : genesis();
}

Status record(Database &db, const QString &command, const QJsonObject &detail)
{
    // Through Query, so a failure inside a transaction SQLite rolled back stops the command.
    Query last(db, u"SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"_s);
    if (auto s = last.exec(); !s)
        return s;
    qint64 id = 1;
    QString prev = genesis();
    if (last.next()) {
        id = last.integer(0) + 1;
        prev = last.text(1);
    }
    const QString at = Clock::stamp();
    const QString actor = Clock::user();
    const QString text = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString hash = chainHash(prev, canonicalRow(id, at, actor, command, text));
    Query q(db, u"INSERT INTO audit_event (id, at, actor, command, detail, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(id).bind(at).bind(actor).bind(command).bind(text).bind(prev).bind(hash);
    return q.exec();
}

} // namespace imdp::core::audit
