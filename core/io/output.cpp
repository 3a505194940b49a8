// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/io/output.h"

#include "core/storage/fsutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::output {

namespace {

constexpr quint32 kImdpApplicationId = 0x494D4450; // "IMDP", as Database::applicationId

QString shown(const QString &p)
{
    return QDir::toNativeSeparators(p);
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

/// The first `n` bytes of an open regular file (fewer when it is shorter).
QByteArray readHead(int fd, qsizetype n)
{
    QByteArray head(n, '\0');
    qsizetype got = 0;
    while (got < n) {
        const ssize_t r = ::pread(fd, head.data() + got, size_t(n - got), off_t(got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += r;
    }
    head.truncate(got);
    return head;
}

bool isFundHeader(const QByteArray &head)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    if (head.size() < 100 || !head.startsWith(magic))
        return false;
    const auto *u = reinterpret_cast<const unsigned char *>(head.constData() + 68);
    const quint32 id =
        (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
    return id == kImdpApplicationId;
}

/// Opens the real file behind `path` for reading without blocking (a FIFO never hangs).
int openReal(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(),
                  O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
}

/// A fund's lock file: FUND.lock beside an existing file, or one holding IMDP's lock fields.
bool isLockFile(const QFileInfo &info, int fd)
{
    if (!info.fileName().endsWith(u".lock"_s))
        return false;
    const QString fund = info.absoluteFilePath().chopped(5);
    if (QFileInfo::exists(fund))
        return true;
    const QByteArray head = fd >= 0 ? readHead(fd, 4096) : QByteArray();
    return head.contains("\"pid\"") && head.contains("\"host\"");
}

bool backupShaped(const QString &name)
{
    static const QRegularExpression shape(
        u"(?:\\.backup-[0-9]{8}-[0-9]{6}(?:-[0-9]+)?\\.imdp|\\.v[0-9]+(?:-[0-9]+)?\\.bak)$"_s);
    return shape.match(name).hasMatch();
}

} // namespace

bool isFund(const QString &path)
{
    const int fd = openReal(path);
    if (fd < 0)
        return false;
    struct stat st
    {
    };
    const bool fund =
        ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && isFundHeader(readHead(fd, 100));
    ::close(fd);
    return fund;
}

Result<Target> inspect(const QString &target)
{
    const QString p = shown(target);
    const QFileInfo info(target);
    if (target.isEmpty())
        return Error::badInput(u""_s, u"io.file_write_named"_s, {});
    if (!info.absoluteDir().exists())
        return Error::notFound(p, u"io.folder_does_exist"_s, {ErrorArg::txt(p)});
    if (backupShaped(info.fileName()))
        return Error::refused(p, u"io.named_like_backup_fund"_s, {ErrorArg::txt(p)});
    const QString lockBeside = info.absoluteFilePath() + u".lock"_s;
    const bool lockedName = QFileInfo::exists(lockBeside);

    struct stat ls
    {
    };
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    if (::lstat(native.constData(), &ls) != 0) {
        if (errno != ENOENT)
            return Error::io(p, u"io.cannot_examined"_s,
                             {ErrorArg::txt(p), ErrorArg::txt(errnoText(errno))});
        if (lockedName)
            return Error::refused(p, u"io.held_fund_lock_output"_s,
                                  {ErrorArg::txt(p), ErrorArg::txt(shown(lockBeside))});
        return Target::Absent;
    }
    // The real file behind the name (a link is followed only to look, never to write).
    const int fd = openReal(target);
    struct stat st
    {
    };
    const bool opened = fd >= 0 && ::fstat(fd, &st) == 0;
    const auto closeFd = qScopeGuard([fd] {
        if (fd >= 0)
            ::close(fd);
    });
    if (opened && S_ISREG(st.st_mode) && isFundHeader(readHead(fd, 100)))
        return Error::refused(u""_s,
                              S_ISLNK(ls.st_mode) ? u"io.fund_file_link"_s : u"io.fund_file"_s,
                              {ErrorArg::txt(p)});
    if (isLockFile(info, opened ? fd : -1))
        return Error::refused(p, u"io.lock_file_fund_output"_s, {ErrorArg::txt(p)});
    if (info.fileName().endsWith(u"-journal"_s) && isFund(info.absoluteFilePath().chopped(8)))
        return Error::refused(p, u"io.journal_fund_output_never"_s, {ErrorArg::txt(p)});
    if (lockedName)
        return Error::refused(p, u"io.held_fund_lock_output_2"_s,
                              {ErrorArg::txt(p), ErrorArg::txt(shown(lockBeside))});
    if (opened && S_ISREG(st.st_mode)) {
        // A writer holds its fund with flock() whatever the name it opened it by (lockfile.cpp).
        if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK)
            return Error::refused(p, u"io.held_fund_lock_output_3"_s, {ErrorArg::txt(p)});
        ::flock(fd, LOCK_UN);
        const QString real = info.canonicalFilePath();
        if (!real.isEmpty() && QFileInfo::exists(real + u".lock"_s))
            return Error::refused(p, u"io.held_fund_lock_output_2"_s,
                                  {ErrorArg::txt(p), ErrorArg::txt(shown(real + u".lock"_s))});
    }
    if (S_ISLNK(ls.st_mode))
        return Error::refused(p, u"io.symbolic_link_output_never"_s, {ErrorArg::txt(p)});
    if (S_ISDIR(ls.st_mode))
        return Error::badInput(p, u"io.folder_name_file_write"_s, {ErrorArg::txt(p)});
    if (!S_ISREG(ls.st_mode))
        return Error::refused(p, u"io.regular_file_pipe_socket"_s, {ErrorArg::txt(p)});
    return Target::Existing;
}

Status check(const QString &target, bool replace)
{
    auto t = inspect(target);
    if (!t)
        return t.error();
    if (*t == Target::Existing && !replace)
        return Error::refused(u""_s, u"io.already_exists_use_force"_s,
                              {ErrorArg::txt(shown(target))});
    return {};
}

Pending::Pending(QString target, QString temp, bool replace)
    : m_target(std::move(target))
    , m_temp(std::move(temp))
    , m_replace(replace)
{
}

Pending::~Pending()
{
    if (!m_done)
        ::unlink(QFile::encodeName(m_temp).constData());
}

Result<std::unique_ptr<Pending>> Pending::begin(const QString &target, bool replace)
{
    if (auto s = check(target, replace); !s)
        return s.error();
    // What a killed or failed write to this name left (its owner gone) goes first.
    fsutil::removeOutputLeftovers(target);
    auto tmp = fsutil::createTempBeside(target, u"writing"_s);
    if (!tmp)
        return tmp.error();
    return std::unique_ptr<Pending>(new Pending(target, *tmp, replace));
}

Status Pending::commit()
{
    const QString p = shown(m_target);
    const QByteArray from = QFile::encodeName(m_temp);
    // Whatever wrote the temporary file: it stays owner-only.
    ::chmod(from.constData(), 0600);
    if (auto s = fsutil::syncFile(m_temp); !s)
        return s;
    // Checked again right before the rename: the name may have become a fund or a lock meanwhile.
    if (auto s = check(m_target, m_replace); !s)
        return s;
    const QByteArray to = QFile::encodeName(QFileInfo(m_target).absoluteFilePath());
    // rename() replaces the name itself (a link that appeared meanwhile, never its target);
    // link() refuses a name that appeared meanwhile.
    const int rc = m_replace ? ::rename(from.constData(), to.constData())
                             : ::link(from.constData(), to.constData());
    const int err = errno;
    if (rc != 0) {
        if (err == EEXIST)
            return Error::refused(p, u"io.already_exists_use_force"_s, {ErrorArg::txt(p)});
        return Error::io(p, u"io.cannot_written"_s,
                         {ErrorArg::txt(p), ErrorArg::txt(errnoText(err))});
    }
    if (!m_replace)
        ::unlink(from.constData());
    m_done = true;
    return fsutil::syncDir(QFileInfo(m_target).absolutePath());
}

Status write(const QString &target, const QByteArray &bytes, bool replace)
{
    auto pending = Pending::begin(target, replace);
    if (!pending)
        return pending.error();
    const QString &tmp = (*pending)->tempPath();
    const int fd =
        ::open(QFile::encodeName(tmp).constData(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
    bool written = fd >= 0;
    int err = fd >= 0 ? 0 : errno;
    for (qsizetype off = 0; written && off < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + off, size_t(bytes.size() - off));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            err = n < 0 ? errno : ENOSPC;
            written = false;
        } else {
            off += n;
        }
    }
    if (fd >= 0 && ::close(fd) != 0 && written) {
        err = errno;
        written = false;
    }
    if (!written)
        return Error::io(u""_s, u"io.cannot_written"_s,
                         {ErrorArg::txt(shown(target)), ErrorArg::txt(errnoText(err))});
    return (*pending)->commit();
}

} // namespace imdp::core::output
