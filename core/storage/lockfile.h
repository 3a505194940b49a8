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

/// One writer per file, keyed by the real file (docs/reliability.md, "One writer per file"):
/// - an flock(LOCK_EX) on the fund file itself, held for the session: the kernel keys it by
///   device and inode, so every name of the file (a symbolic link, a hard link, another path)
///   meets the same lock, and it dies with its process, so it can never be broken while its
///   owner lives (not taken on a network share, where flock is emulated with the byte-range
///   locks SQLite uses);
/// - REAL.lock beside the canonical path of the fund (links resolved), saying who holds it (user,
///   host, pid, time): written complete into a temporary file, fsynced, then link()ed to its
///   name, so it is never visible empty or half-written; removed when its owner closes the fund.
/// SQLite's own locks only last a transaction; this one lasts the session, so a second program is
/// told who is working in the file before it starts, not when its first save fails.
class FileLock
{
    Q_DISABLE_COPY_MOVE(FileLock)
public:
    enum class Breaking { Never, StaleOrForeign };

    /// REAL.lock, REAL the canonical path of the fund (its links resolved) when it exists.
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

    /// Takes the flock of a fund created after its lock file was taken (Database::create links
    /// the new file into place while holding the lock).
    Status holdFile(const QString &fundPath);

    ~FileLock();

    const LockOwner &owner() const { return m_owner; }
    const std::optional<LockOwner> &brokenOwner() const { return m_broken; }

private:
    FileLock(QString path, LockOwner owner, QByteArray content, int fd);

    QString m_path;
    int m_fd = -1; ///< the fund file, flock()ed for the session; -1 when not (yet) taken
    LockOwner m_owner;
    QByteArray m_content; ///< removed on close only if the file still holds exactly this
    std::optional<LockOwner> m_broken;
};

} // namespace imdp::core
