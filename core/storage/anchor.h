// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The audit chain's length and head, kept outside the fund file (issue 17): a chain whose tail
// was deleted still chains, so the file alone cannot show it. After each write this machine
// records, in the user's local data folder, the number of audit rows and the last row's hash,
// keyed by the fund's creation (its first audit row's hash) and the file's path. `verify`
// compares: "audit chain ends at row N, but row M with head H was seen on DATE". Only this
// machine's writes are anchored; docs/reliability.md says what that does and does not cover.

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace imdp::core {
class Database;
}

namespace imdp::core::anchor {

/// Records the chain as it now is in `db` (`rows` audit rows, the last one's hash `head`),
/// unless the recorded anchor is one the chain no longer reaches (that evidence is kept).
void update(Database &db, qint64 rows, const QString &head);

/// Forgets the anchor of the fund at `path` (a restore replaced the file by an older copy).
void forget(const QString &path);

/// The `verify` check "audit anchor": one line when the chain is shorter than, or differs from,
/// what this machine saw written.
Result<QList<Error>> check(Database &db);

} // namespace imdp::core::anchor
