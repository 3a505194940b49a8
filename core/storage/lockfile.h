// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QString>

#include <memory>
#include <optional>

namespace imdp::core {

/// Who holds a fund file open for writing, as written in FILE.lock.
struct LockOwner
{
    QString user;
    QString host;
    qint64 pid = 0;
    QString since; ///< ISO 8601 UTC
    bool readable = true; ///< false when the lock file exists but cannot be understood

    /// Same host and the process is gone: a crash left the lock behind.
    bool isStale() const;
    /// "USER on HOST since TIME", or a note that the lock file is unreadable.
    QString describe() const;
};

/// One writer per file: FILE.lock beside the fund, created atomically (O_CREAT|O_EXCL, 0600) by
/// the process that opens it for writing and removed when that process closes it. SQLite's own
/// locks only last a transaction; this one lasts the session, so a second program is told who is
/// working in the file before it starts, not when its first save fails.
class FileLock
{
    Q_DISABLE_COPY_MOVE(FileLock)
public:
    enum class Breaking { Never, StaleOrForeign };

    static QString lockPath(const QString &fundPath);

    /// Takes the lock. When held: Refused "FILE: in use by USER on HOST since TIME", or, for a lock
    /// left by a dead process on this host, a Refused naming it stale. With StaleOrForeign, a stale
    /// lock or one held from another host (which cannot be probed) is removed and taken over;
    /// `brokenOwner` then says whose lock was broken so the caller can audit it. A lock held by a
    /// live process on this host is never broken.
    static Result<std::unique_ptr<FileLock>> acquire(const QString &fundPath,
                                                     Breaking breaking = Breaking::Never);

    /// The current holder, if FILE.lock exists.
    static std::optional<LockOwner> holder(const QString &fundPath);

    ~FileLock();

    const LockOwner &owner() const { return m_owner; }
    const std::optional<LockOwner> &brokenOwner() const { return m_broken; }

private:
    FileLock(QString path, LockOwner owner, QByteArray content);

    QString m_path;
    LockOwner m_owner;
    QByteArray m_content; ///< removed on close only if the file still holds exactly this
    std::optional<LockOwner> m_broken;
};

} // namespace imdp::core
