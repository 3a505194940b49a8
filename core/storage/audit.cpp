// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/audit.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/rowtrack.h"
#include "core/storage/sha256.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::audit {

QByteArray canonicalRow(qint64 id, const QString &at, const QString &actor, const QString &command,
                        const QString &detail, const QString &writes)
{
    // Fields joined by a unit separator, which validated text never contains.
    const QString sep(QChar(0x1f));
    QString text = QString::number(id) + sep + at + sep + actor + sep + command + sep + detail;
    if (!writes.isEmpty())
        text += sep + writes;
    return text.toUtf8();
}

QString chainHash(const QString &prevHash, const QByteArray &canonical)
{
    Sha256 h;
    h.addData(prevHash.toLatin1());
    h.addData(canonical);
    return QString::fromLatin1(h.result().toHex());
}

Result<QString> head(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1"_s))
        return Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(db.describe(q.lastError()))});
    return q.next() ? q.value(0).toString() : genesis();
}

Status record(Database &db, const QString &command, const QJsonObject &detail)
{
    return record(db, command,
                  QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

void JsonWriter::key(QStringView key)
{
    if (!m_first)
        m_text += u',';
    m_first = false;
    if (key.isNull())
        return; // an array element
    string(key);
    m_text += u':';
}

void JsonWriter::string(QStringView text)
{
    // Escaped as QJsonDocument escapes: quote, backslash and control characters; the rest as is.
    m_text += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': m_text += u"\\\""; break;
        case u'\\': m_text += u"\\\\"; break;
        case u'\b': m_text += u"\\b"; break;
        case u'\f': m_text += u"\\f"; break;
        case u'\n': m_text += u"\\n"; break;
        case u'\r': m_text += u"\\r"; break;
        case u'\t': m_text += u"\\t"; break;
        default:
            if (c.unicode() < 0x20)
                m_text += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                m_text += c;
        }
    }
    m_text += u'"';
}

JsonWriter &JsonWriter::beginObject(QStringView k)
{
    if (!m_text.isEmpty())
        key(k);
    m_text += u'{';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_text += u'}';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray(QStringView k)
{
    key(k);
    m_text += u'[';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_text += u']';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView k, QStringView text)
{
    key(k);
    string(text);
    return *this;
}

JsonWriter &JsonWriter::value(QStringView k, qint64 number)
{
    key(k);
    m_text += QString::number(number);
    return *this;
}

Status record(Database &db, const QString &command, const QString &text)
{
    QString writes;
    if (rowtrack::Tracker *tracker = db.tracker()) {
        auto w = tracker->take();
        if (!w)
            return w.error();
        writes = *w;
    }
    return recordWrites(db, command, text, writes);
}

Status recordWrites(Database &db, const QString &command, const QString &text,
                    const QString &writes)
{
    qint64 id = 1;
    QString prev = genesis();
    if (const auto &head = db.chainHead()) {
        // Written by this transaction a moment ago: no need to read it back.
        id = head->id + 1;
        prev = head->hash;
    } else {
        Query last(db, u"SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"_s);
        if (auto s = last.exec(); !s)
            return s;
        if (last.next()) {
            id = last.integer(0) + 1;
            prev = last.text(1);
        }
    }
    const QString at = Clock::stamp();
    const QString actor = Clock::user();
    const QString hash = chainHash(prev, canonicalRow(id, at, actor, command, text, writes));
    Query q(db, db.tracker() || !writes.isEmpty()
                    ? u"INSERT INTO audit_event (id, at, actor, command, detail, prev_hash, hash, "
                      "writes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s
                    : u"INSERT INTO audit_event (id, at, actor, command, detail, prev_hash, hash) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(id).bind(at).bind(actor).bind(command).bind(text).bind(prev).bind(hash);
    if (db.tracker() || !writes.isEmpty())
        q.bind(writes);
    if (auto s = q.exec(); !s) {
        db.setChainHead(std::nullopt);
        return s;
    }
    db.setChainHead(Database::ChainHead{id, hash});
    return {};
}

} // namespace imdp::core::audit
