// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/audit.h"

#include "core/clock.h"
#include "core/storage/database.h"

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
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"_s))
        return Error::io(db.describe(q.lastError()));
    qint64 id = 1;
    QString prev = genesis();
    if (q.next()) {
        id = q.value(0).toLongLong() + 1;
        prev = q.value(1).toString();
    }
    const QString at = Clock::stamp();
    const QString actor = Clock::user();
    const QString text = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString hash = chainHash(prev, canonicalRow(id, at, actor, command, text));
    q.prepare(u"INSERT INTO audit_event (id, at, actor, command, detail, prev_hash, hash) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(at);
    q.addBindValue(actor);
    q.addBindValue(command);
    q.addBindValue(text);
    q.addBindValue(prev);
    q.addBindValue(hash);
    if (!q.exec())
        return Error::io(db.describe(q.lastError()));
    return {};
}

} // namespace imdp::core::audit
