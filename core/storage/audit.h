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

/// The canonical text of a row that its hash covers (also what `verify` recomputes).
QByteArray canonicalRow(qint64 id, const QString &at, const QString &actor, const QString &command,
                        const QString &detail);
QString chainHash(const QString &prevHash, const QByteArray &canonical);

/// The latest hash of the chain: the fund's data fingerprint printed on dossiers and reports.
Result<QString> head(Database &db);

inline const QString genesis()
{
    return QString(64, QLatin1Char('0'));
}

} // namespace audit
} // namespace imdp::core
