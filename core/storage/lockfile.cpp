// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/lockfile.h"

#include "core/clock.h"
#include "core/storage/fsutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
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
    // Keyed by the real file: a symbolic link, `./f`, `../dir/f` all name the same lock.
    const QString real = QFileInfo(fundPath).canonicalFilePath();
    return (real.isEmpty() ? QFileInfo(fundPath).absoluteFilePath() : real) + u".lock"_s;
}

std::optional<LockOwner> FileLock::holder(const QString &fundPath)
{
    QFile f(lockPath(fundPath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(f.read(4096));
}

FileLock::FileLock(QString path, LockOwner owner, QByteArray content, int fd)
    : m_path(std::move(path))
    , m_fd(fd)
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
    // Last, after the lock file: closing it releases the flock of the real file. The Database
    // closes its SQLite connection before this runs (closing any descriptor of a file drops the
    // process's POSIX locks on it, SQLite's included).
    if (m_fd >= 0)
        ::close(m_fd);
}

namespace {

/// The flock of the real file behind `fundPath` (device and inode, whatever its name): the
/// descriptor holding it, -1 when there is no regular local file to lock, or -2 (with errno
/// EWOULDBLOCK) when another open file description holds it.
int lockRealFile(const QString &fundPath)
{
    const QByteArray native = QFile::encodeName(fundPath);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return -1;
    struct stat st
    {
    };
    // On a network share flock() is emulated with the byte-range locks SQLite uses: not there.
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        !fsutil::networkFileSystem(fundPath).isEmpty()) {
        ::close(fd);
        return -1;
    }
    int rc = 0;
    do {
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int err = errno;
        ::close(fd);
        errno = err;
        return err == EWOULDBLOCK ? -2 : -1;
    }
    return fd;
}

/// Creates the lock file complete: `content` written to a temporary file beside it and fsynced,
/// then link()ed to its name (which fails with EEXIST when it exists). 0 or the errno.
int linkLockFile(const QString &path, const QByteArray &content)
{
    auto tmp = fsutil::createTempBeside(path, u"tmp"_s);
    if (!tmp)
        return errno ? errno : EIO;
    const QByteArray from = QFile::encodeName(*tmp);
    const int fd = ::open(from.constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    bool written =
        fd >= 0 &&
        ::write(fd, content.constData(), size_t(content.size())) == ssize_t(content.size()) &&
        ::fsync(fd) == 0;
    int err = written ? 0 : (errno ? errno : EIO);
    if (fd >= 0)
        ::close(fd);
    if (written && ::link(from.constData(), QFile::encodeName(path).constData()) != 0)
        err = errno;
    ::unlink(from.constData());
    return err;
}

} // namespace

Status FileLock::holdFile(const QString &fundPath)
{
    if (m_fd >= 0)
        return {};
    const int fd = lockRealFile(fundPath);
    if (fd == -2)
        return Error::refused(u""_s, u"storage.use_another_program_through"_s,
                              {ErrorArg::txt(QDir::toNativeSeparators(fundPath))});
    m_fd = fd;
    return {};
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
    // First the real file: whoever holds its flock is alive (the kernel drops it with its
    // process), so a live writer is never broken, whatever name it opened the file by.
    int fd = lockRealFile(fundPath);
    if (fd == -2) {
        const std::optional<LockOwner> owner = holder(fundPath);
        return owner && owner->readable
                   ? Error::refused(u""_s, u"storage.in_use_by"_s,
                                    {ErrorArg::txt(shown), ErrorArg::txt(owner->describe())})
                   : Error::refused(u""_s, u"storage.in_use_other_name"_s, {ErrorArg::txt(shown)});
    }
    auto closeFd = qScopeGuard([&fd] {
        if (fd >= 0)
            ::close(fd);
    });
    std::optional<LockOwner> broken;
    // Two rounds at most: the second follows breaking a stale or foreign lock.
    for (int round = 0; round < 2; ++round) {
        const int err = linkLockFile(path, content);
        if (err == 0) {
            std::unique_ptr<FileLock> lock(new FileLock(path, me, content, fd));
            closeFd.dismiss();
            lock->m_broken = broken;
            return lock;
        }
        if (err != EEXIST)
            return Error::io(shown, u"storage.cannot_create_lock_file"_s,
                             {ErrorArg::txt(shown), ErrorArg::txt(QDir::toNativeSeparators(path)),
                              ErrorArg::txt(errnoText(err))});
        const std::optional<LockOwner> owner = holder(fundPath);
        if (!owner)
            continue; // released between our attempt and the read: try again
        const bool stale = owner->isStale();
        const bool aliveHere = owner->readable && owner->host == me.host && !stale;
        if (breaking == Breaking::Never || aliveHere || round > 0) {
            if (stale)
                return Error::refused(shown, u"storage.locked_but_program_process"_s,
                                      {ErrorArg::txt(shown), ErrorArg::txt(owner->describe()),
                                       ErrorArg::num(owner->pid)});
            return Error::refused(shown, u"storage.use"_s,
                                  {ErrorArg::txt(shown), ErrorArg::txt(owner->describe())});
        }
        // A lock file cannot be written empty any more (linkLockFile), and a live writer on this
        // host holds the flock taken above: what is broken here is a dead process's or a lock
        // from another host.
        if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
            return Error::io(shown, u"storage.cannot_remove_lock_file"_s,
                             {ErrorArg::txt(shown), ErrorArg::txt(QDir::toNativeSeparators(path)),
                              ErrorArg::txt(errnoText(errno))});
        broken = owner;
    }
    return Error::refused(shown, u"storage.use_lock_was_taken"_s, {ErrorArg::txt(shown)});
}

} // namespace imdp::core
