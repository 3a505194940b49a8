// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Internal to core/storage: what opening a fund (database.cpp) and its whole-file check
// (fullcheck.cpp) share.

#include <QDir>
#include <QString>

#include <functional>

struct sqlite3;

namespace imdp::core::detail {

inline quint32 bigEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

/// A path as the user's system writes it, for messages.
inline QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The file's identity for the check cache (device, inode, size, modification time and SQLite's
/// file change counter), or empty when it cannot be read.
QString fileIdentity(const QString &path);
/// Keeps a passed check of `path` (identified as `id`, taken before the check ran) in the
/// user's cache.
void cachePass(const QString &path, const QString &id);

/// The progress handler every connection has (core/interrupt.h): on SIGINT or SIGTERM the
/// running statement stops, its transaction rolls back.
void installInterruptHandler(sqlite3 *handle);

/// While it lives, statements on `handle` also stop when `cancelled` says so (polled every few
/// thousand virtual-machine steps: a long check stops part-way); then the connection's own
/// handler again. An empty `cancelled` changes nothing.
class CancelPoll
{
public:
    CancelPoll(sqlite3 *handle, std::function<bool()> cancelled);
    ~CancelPoll();
    CancelPoll(const CancelPoll &) = delete;
    CancelPoll &operator=(const CancelPoll &) = delete;

private:
    static int call(void *self);
    sqlite3 *m_handle;
    std::function<bool()> m_cancelled;
};

} // namespace imdp::core::detail
