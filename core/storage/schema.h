// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QStringList>

namespace imdp::core::schema {

/// The migration ladder: step N (1-based) takes a file from version N-1 to N. A fresh file climbs
/// every step from 0. Steps are append-only once released: a released step is never edited.
const QList<QStringList> &steps();

inline int latestVersion() { return int(steps().size()); }

/// The statement that marks the audit baseline step: Database::migrate, reaching it in a file
/// that already held rows, writes the `storage.baseline` audit row covering every row.
inline QString auditBaselineMarker()
{
    return QStringLiteral("SELECT 'audit baseline'");
}

} // namespace imdp::core::schema
