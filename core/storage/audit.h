// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace imdp::core {

class Database;

/// The audit trail: every command records who, when, what and the values it wrote, in the same
/// transaction as its effect. Rows are hash-chained: hash = SHA-256(prev_hash + canonical row).
namespace audit {

Status record(Database &db, const QString &command, const QJsonObject &detail);

/// A row's detail written straight to compact JSON text, for commands run many times in a
/// batch (an import's receipts): building a QJsonObject and serialising it cost more than
/// SQLite's inserts. Members come out in the order they are added, so add them in the order
/// QJsonObject keeps (sorted by key): the text is then the one QJsonDocument::Compact writes.
class JsonWriter
{
public:
    /// The outermost object has no key; an object inside an array neither.
    JsonWriter &beginObject(QStringView key = {});
    JsonWriter &endObject();
    JsonWriter &beginArray(QStringView key = {});
    JsonWriter &endArray();
    JsonWriter &value(QStringView key, QStringView text);
    JsonWriter &value(QStringView key, qint64 number);
    /// Array elements have no key.
    JsonWriter &element(QStringView text) { return value({}, text); }
    JsonWriter &element(qint64 number) { return value({}, number); }
    const QString &text() const { return m_text; }

private:
    void key(QStringView key);
    void string(QStringView text);
    QString m_text;
    bool m_first = true; ///< no member written yet in the innermost object or array
};

/// Records a row whose detail is already JSON text (from JsonWriter).
Status record(Database &db, const QString &command, const QString &detailJson);

/// The canonical text of a row that its hash covers (also what `verify` recomputes).
/// `writes` (the rows the command wrote, core/storage/rowtrack.h) is covered when not empty, so
/// rows written before it existed keep their hashes.
QByteArray canonicalRow(qint64 id, const QString &at, const QString &actor, const QString &command,
                        const QString &detail, const QString &writes = {});

/// Records a row whose `writes` is given rather than what the connection wrote since the last
/// row (the baseline of a file written before rows were tracked).
Status recordWrites(Database &db, const QString &command, const QString &detailJson,
                    const QString &writes);
QString chainHash(const QString &prevHash, const QByteArray &canonical);

/// The latest hash of the chain: the fund's data fingerprint printed on dossiers and reports.
Result<QString> head(Database &db);

inline const QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

} // namespace audit
} // namespace imdp::core
