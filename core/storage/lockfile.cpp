// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/lockfile.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

namespace {

QString hostName()
{
    const QString h = QSysInfo::machineHostName();
    return h.isEmpty() ? u"unknown host"_s : h;
}

std::optional<LockOwner> parse(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    LockOwner owner;
    owner.user = o.value(u"user"_s).toString();
    owner.host = o.value(u"host"_s).toString();
    owner.pid = o.value(u"pid"_s).toInteger();
    owner.since = o.value(u"since"_s).toString();
    owner.readable = !owner.user.isEmpty() && !owner.host.isEmpty() && owner.pid > 0;
    return owner;
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

} // namespace

bool LockOwner::isStale() const
{
    if (!readable || host != hostName())
        return false;
    // kill(pid, 0) probes without signalling; EPERM means alive under another user.
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QString LockOwner::describe() const
{
    if (!readable)
        return u"another program (its lock file cannot be read)"_s;
    return u"%1 on %2 since %3"_s.arg(user, host, since);
}

QString FileLock::lockPath(const QString &fundPath)
{
    return fundPath + u".lock"_s;
}

std::optional<LockOwner> FileLock::holder(const QString &fundPath)
{
    QFile f(lockPath(fundPath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(f.read(4096));
}

FileLock::FileLock(QString path, LockOwner owner, QByteArray content)
    : m_path(std::move(path))
    , m_owner(std::move(owner))
    , m_content(std::move(content))
{
}

FileLock::~FileLock()
{
    // Someone may have broken our lock and taken it: remove only a file that is still ours.
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly) && f.read(4096) == m_content) {
        f.close();
        QFile::remove(m_path);
    }
}

Result<std::unique_ptr<FileLock>> FileLock::acquire(const QString &fundPath, Breaking breaking)
{
    const QString shown = QDir::toNativeSeparators(fundPath);
    const QString path = lockPath(fundPath);
    LockOwner me{Clock::user(), hostName(), qint64(::getpid()), Clock::stamp(), true};
    const QByteArray content =
        QJsonDocument(QJsonObject{{u"user"_s, me.user},
                                  {u"host"_s, me.host},
                                  {u"pid"_s, me.pid},
                                  {u"since"_s, me.since},
                                  {u"program"_s, QCoreApplication::applicationName()}})
            .toJson(QJsonDocument::Compact)
        + '\n';
    const QByteArray native = QFile::encodeName(path);
    std::optional<LockOwner> broken;
    // Two rounds at most: the second follows breaking a stale or foreign lock.
    for (int round = 0; round < 2; ++round) {
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            const bool written = ::write(fd, content.constData(), size_t(content.size()))
                                     == ssize_t(content.size())
                                 && ::fsync(fd) == 0;
            ::close(fd);
            if (!written) {
                ::unlink(native.constData());
                return Error::io(u"%1: cannot write the lock file %2"_s.arg(
                    shown, QDir::toNativeSeparators(path)));
            }
            std::unique_ptr<FileLock> lock(new FileLock(path, me, content));
            lock->m_broken = broken;
            return lock;
        }
        const int err = errno;
        if (err != EEXIST)
            return Error::io(u"%1: cannot create the lock file %2 (%3)"_s.arg(
                shown, QDir::toNativeSeparators(path), errnoText(err)));
        const std::optional<LockOwner> owner = holder(fundPath);
        if (!owner)
            continue; // released between our attempt and the read: try again
        const bool stale = owner->isStale();
        const bool aliveHere = owner->readable && owner->host == me.host && !stale;
        if (breaking == Breaking::Never || aliveHere || round > 0) {
            if (stale)
                return Error::refused(
                    u"%1: locked by %2, but that program (process %3) is no longer running: the "
                    "lock is stale; break it knowingly with --break-lock"_s.arg(
                        shown, owner->describe())
                        .arg(owner->pid));
            return Error::refused(u"%1: in use by %2"_s.arg(shown, owner->describe()));
        }
        if (::unlink(native.constData()) != 0 && errno != ENOENT)
            return Error::io(u"%1: cannot remove the lock file %2 (%3)"_s.arg(
                shown, QDir::toNativeSeparators(path), errnoText(errno)));
        broken = owner;
    }
    return Error::refused(u"%1: in use (the lock was taken again while breaking it)"_s.arg(shown));
}

} // namespace imdp::core
