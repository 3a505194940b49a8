// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/fsutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::fsutil {

namespace {
QString shown(const QString &p)
{
    return QDir::toNativeSeparators(p);
}
QString errnoText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}
Status syncPath(const QString &path, int flags)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error::io(u""_s, u"storage.cannot_opened_flush"_s,
                         {ErrorArg::txt(shown(path)), ErrorArg::txt(errnoText(errno))});
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Error::io(u""_s, u"storage.cannot_flushed_disk"_s,
                         {ErrorArg::txt(shown(path)), ErrorArg::txt(errnoText(err))});
    return {};
}
} // namespace

Status syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

Status syncDir(const QString &dir)
{
    return syncPath(dir, O_RDONLY | O_DIRECTORY);
}

Status ensurePrivateDir(const QString &dir)
{
    const QByteArray native = QFile::encodeName(dir);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return Error::io(u""_s, u"storage.folder_cannot_created"_s,
                         {ErrorArg::txt(shown(dir)), ErrorArg::txt(errnoText(errno))});
    if (!QFileInfo(dir).isDir())
        return Error::io(u""_s, u"storage.exists_folder"_s, {ErrorArg::txt(shown(dir))});
    return {};
}

QString networkFileSystemKind(quint64 fsType)
{
    // Magic numbers from linux/magic.h and statfs(2).
    switch (fsType) {
    case 0x6969: return u"NFS"_s;
    case 0x517B: return u"SMB"_s;
    case 0xFF534D42: return u"CIFS"_s;
    case 0xFE534D42: return u"SMB2"_s;
    case 0x5346414F: return u"AFS"_s;
    case 0x00C36400: return u"Ceph"_s;
    case 0x01021997: return u"9P"_s;
    case 0x564C: return u"NCP"_s;
    default: return {};
    }
}

QString networkFileSystem(const QString &path)
{
    struct statfs s {};
    const QByteArray native = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::statfs(native.constData(), &s) != 0)
        return {};
    return networkFileSystemKind(quint64(s.f_type) & 0xFFFFFFFFu);
}

Result<QString> createTempBeside(const QString &target, const QString &purpose)
{
    QByteArray pattern = QFile::encodeName(QFileInfo(target).absoluteFilePath() + u"."_s + purpose
                                           + u"-%1-XXXXXX"_s.arg(::getpid()));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC); // mkostemp creates 0600
    if (fd < 0)
        return Error::io(u""_s, u"storage.cannot_create_file"_s,
                         {ErrorArg::txt(shown(target)),
                          ErrorArg::txt(shown(QFileInfo(target).absolutePath())),
                          ErrorArg::txt(errnoText(errno))});
    ::fchmod(fd, 0600);
    ::close(fd);
    return QFile::decodeName(pattern);
}

Status publish(const QString &tmp, const QString &target, bool replace)
{
    const QByteArray from = QFile::encodeName(tmp);
    const QByteArray to = QFile::encodeName(QFileInfo(target).absoluteFilePath());
    if (auto s = syncFile(tmp); !s) {
        ::unlink(from.constData());
        return s;
    }
    const int rc = replace ? ::rename(from.constData(), to.constData())
                           : ::link(from.constData(), to.constData());
    const int err = errno;
    if (!replace || rc != 0)
        ::unlink(from.constData());
    if (rc != 0) {
        if (err == EEXIST)
            return Error::refused(u""_s, u"storage.already_exists_imdp_desk"_s,
                                  {ErrorArg::txt(shown(target))});
        return Error::io(u""_s, u"storage.cannot_written"_s,
                         {ErrorArg::txt(shown(target)), ErrorArg::txt(errnoText(err))});
    }
    return syncDir(QFileInfo(target).absolutePath());
}

namespace {
/// Whether a leftover's owner is gone: see removeLeftovers().
bool ownerGone(const QFileInfo &file, const QString &pidText, bool onNetwork, qint64 staleAfterSecs)
{
    bool ok = false;
    const qint64 pid = pidText.toLongLong(&ok);
    if (ok && pid > 0 && !onNetwork)
        return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH; // EPERM: alive, another user's
    return file.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > staleAfterSecs;
}

/// Files of `dir` shaped like `shape` whose owner is gone.
QFileInfoList matching(const QString &dir, const QRegularExpression &shape, bool onNetwork,
                       qint64 staleAfterSecs)
{
    QFileInfoList found;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &f : entries) {
        const auto m = shape.match(f.fileName());
        if (!m.hasMatch() || f.isSymLink())
            continue;
        if (ownerGone(f, m.captured(u"pid"_s), onNetwork, staleAfterSecs))
            found << f;
    }
    return found;
}

// The suffix every temporary name ends with: -PID-XXXXXX (mkostemp), -XXXXXX before PIDs were
// part of the name, then SQLite's -journal when it had one.
const QString &tail()
{
    static const QString t = u"-(?:(?<pid>[0-9]+)-)?[A-Za-z0-9]{6}(?:-journal)?$"_s;
    return t;
}

/// Leftovers beside a fund and in its backups/ folder, as paths relative to the fund's folder.
QStringList leftoversOf(const QString &fundPath, qint64 staleAfterSecs, bool remove)
{
    const QFileInfo fund(fundPath);
    const bool onNetwork = !networkFileSystem(fund.absoluteFilePath()).isEmpty();
    const QRegularExpression beside(u"^"_s + QRegularExpression::escape(fund.fileName()) +
                                    u"(?:\\.v[0-9]+(?:-[0-9]+)?\\.bak)?"
                                    "\\.(?:creating|partial|restoring|lock\\.tmp)"_s +
                                    tail());
    const QRegularExpression inBackups(
        u"^"_s + QRegularExpression::escape(fund.completeBaseName()) +
        u"\\.backup-[0-9]{8}-[0-9]{6}(?:-[0-9]+)?\\.imdp\\.partial"_s + tail());
    QStringList names;
    for (const QFileInfo &f : matching(fund.absolutePath(), beside, onNetwork, staleAfterSecs)) {
        if (!remove || QFile::remove(f.absoluteFilePath()))
            names << f.fileName();
    }
    const QString backups = fund.absoluteDir().filePath(u"backups"_s);
    for (const QFileInfo &f : matching(backups, inBackups, onNetwork, staleAfterSecs)) {
        if (!remove || QFile::remove(f.absoluteFilePath()))
            names << u"backups/"_s + f.fileName();
    }
    return names;
}
} // namespace

QStringList removeLeftovers(const QString &fundPath, qint64 staleAfterSecs)
{
    return leftoversOf(fundPath, staleAfterSecs, true);
}

QStringList findLeftovers(const QString &fundPath, qint64 staleAfterSecs)
{
    return leftoversOf(fundPath, staleAfterSecs, false);
}

QStringList removeOutputLeftovers(const QString &target, qint64 staleAfterSecs)
{
    const QFileInfo out(target);
    const bool onNetwork = !networkFileSystem(out.absoluteFilePath()).isEmpty();
    // TARGET.writing-PID-XXXXXX (core/io/output.h), TARGET.tmp-PID-XXXXXX (review packages
    // written before it).
    const QRegularExpression shape(u"^"_s + QRegularExpression::escape(out.fileName()) +
                                   u"\\.(?:writing|tmp)"_s + tail());
    QStringList removed;
    for (const QFileInfo &f : matching(out.absolutePath(), shape, onNetwork, staleAfterSecs)) {
        if (QFile::remove(f.absoluteFilePath()))
            removed << f.fileName();
    }
    return removed;
}

} // namespace imdp::core::fsutil
