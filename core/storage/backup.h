// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"
#include "core/storage/lockfile.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace imdp::core {

class Database;

/// Verified copies of a fund file. Every copy is made with SQLite's online backup API (a
/// consistent snapshot even while the fund is open), written under a temporary name in the
/// target folder, flushed, reopened and checked (integrity_check, application_id), and only then
/// given its name. So a copy that exists is a good copy.
namespace backup {

/// Copies the open fund to `target`, which must not exist (never overwritten).
Status copyTo(Database &db, const QString &target);

/// Checks that `path` is a whole IMDP fund file: integrity_check ok, our application_id, a
/// schema this version reads. Reads only.
Status checkCopy(const QString &path);

/// The rotating set: FOLDER/backups/NAME.backup-YYYYMMDD-HHMMSS.imdp beside the fund (0700).
QString folderFor(const QString &fundPath);
QStringList existing(const QString &fundPath); ///< oldest first
/// `backup_keep` (default 5) and `backup_every_hours` (default 24) from fund_setting. A setting
/// that cannot be read (database error) is an error, never the default.
Result<int> keep(Database &db);
Result<int> everyHours(Database &db);
/// The limits of the two settings: 1-1000 backups kept, a backup every 1-8760 hours (a year).
inline constexpr int kMaxKeep = 1000;
inline constexpr int kMaxEveryHours = 8760;
/// Changes the schedule (an unset value is kept): validated ("keep: must be from 1 to 1000"),
/// written in one transaction and audited (`fund.backup_settings`, each value from and to). The
/// next scheduled or on-demand backup honours it; a smaller `keep` prunes at the next backup.
Status setSchedule(Database &db, std::optional<int> keep, std::optional<int> everyHours);
/// The bounds setSchedule() checks.
Status checkSchedule(std::optional<int> keep, std::optional<int> everyHours);
/// Whether the newest scheduled backup is older than `backup_every_hours` (or there is none).
/// An error when the schedule cannot be read.
Result<bool> isDue(Database &db, const QDateTime &now);
/// Makes a scheduled backup now and removes the oldest beyond `backup_keep`. Returns its path.
Result<QString> rotate(Database &db, const QDateTime &now);

struct Restored
{
    QString keptAside; ///< where the replaced file was kept, empty if nothing was replaced
};
/// Restores a checked copy to `to`. An existing `to` is refused unless `replace`; then it must
/// not be in use (its lock is taken), and it is kept aside as TO.replaced-YYYYMMDD-HHMMSS.
/// The restored file is a page-for-page copy: same position, journal and audit chain head.
/// `breaking` as in FileLock::acquire (the stale lock of a killed restore or init of `to`); what a
/// killed or failed restore of `to` left (TO.restoring-PID-XXXXXX and its -journal) is removed.
Result<Restored> restore(const QString &copy, const QString &to, bool replace, const QDateTime &now,
                         FileLock::Breaking breaking = FileLock::Breaking::Never);

} // namespace backup
} // namespace imdp::core
