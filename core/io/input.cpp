// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/io/input.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::input {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return u"a folder"_s;
    if (S_ISFIFO(mode))
        return u"a named pipe"_s;
    if (S_ISSOCK(mode))
        return u"a socket"_s;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return u"a device"_s;
    return u"not a regular file"_s;
}

QString sizeText(qint64 bytes)
{
    return bytes % (1024 * 1024) == 0 ? u"%1 MiB"_s.arg(bytes / (1024 * 1024))
                                      : u"%1 bytes"_s.arg(bytes);
}

/// Opens `path` for reading, refusing what is not a regular file within `limit`: the fd.
Result<int> openChecked(const QString &path, qint64 limit, const QString &what, qint64 &size)
{
    const QString p = QDir::toNativeSeparators(path);
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO with no writer would wait forever.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return Error::notFound(p, u"io.no_such_file"_s, {ErrorArg::txt(p)});
        return Error::io(p, u"io.cannot_read"_s,
                         {ErrorArg::txt(p), ErrorArg::txt(QString::fromLocal8Bit(strerror(err)))});
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const mode_t mode = st.st_mode;
        ::close(fd);
        return Error::badInput(
            p, u"io.regular_file_read_file"_s,
            {ErrorArg::txt(p), ErrorArg::txt(kindOf(mode)), ErrorArg::txt(what)});
    }
    if (qint64(st.st_size) > limit) {
        ::close(fd);
        return Error::badInput(
            p, u"io.larger_than_limit"_s,
            {ErrorArg::txt(p), ErrorArg::txt(sizeText(limit)), ErrorArg::txt(what)});
    }
    size = qint64(st.st_size);
    return fd;
}

} // namespace

Result<qint64> checkFile(const QString &path, qint64 limit, const QString &what)
{
    qint64 size = 0;
    auto fd = openChecked(path, limit, what, size);
    if (!fd)
        return fd.error();
    ::close(*fd);
    return size;
}

Result<QByteArray> readFile(const QString &path, qint64 limit, const QString &what)
{
    qint64 size = 0;
    auto fd = openChecked(path, limit, what, size);
    if (!fd)
        return fd.error();
    // Read at most limit + 1 bytes whatever fstat said: a file growing meanwhile is refused too.
    QByteArray bytes;
    bytes.resize(qsizetype(std::min(size, limit) + 1));
    qsizetype got = 0;
    int err = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(*fd, bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            err = errno;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(*fd);
    const QString p = QDir::toNativeSeparators(path);
    if (err != 0)
        return Error::io(p, u"io.cannot_read"_s,
                         {ErrorArg::txt(p), ErrorArg::txt(QString::fromLocal8Bit(strerror(err)))});
    if (got > limit)
        return Error::badInput(
            p, u"io.larger_than_limit"_s,
            {ErrorArg::txt(p), ErrorArg::txt(sizeText(limit)), ErrorArg::txt(what)});
    bytes.truncate(got);
    return bytes;
}

} // namespace imdp::core::input
