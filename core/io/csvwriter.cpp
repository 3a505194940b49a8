// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/io/csvwriter.h"

#include "core/storage/fsutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

bool CsvWriter::isPlainDecimal(const QString &value)
{
    qsizetype i = value.startsWith(u'-') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c >= u'0' && c <= u'9') {
            digits = true;
        } else if (c == u'.' && !point && digits) {
            point = true;
        } else {
            return false;
        }
    }
    return digits && !value.endsWith(u'.');
}

QString CsvWriter::encode(const CsvCell &cell)
{
    QString v = cell.value;
    // A number that is not a plain decimal is treated as text: "-1+1" must not reach a formula.
    const bool number = cell.kind == CsvCell::Kind::Number && isPlainDecimal(v);
    if (!number && !v.isEmpty()) {
        const QChar first = v.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\r') || v.contains(u'\n')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v;
}

void CsvWriter::addRow(const QList<CsvCell> &cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    for (const CsvCell &c : cells)
        encoded << encode(c);
    m_bytes += encoded.join(u',').toUtf8();
    m_bytes += "\r\n";
}

void CsvWriter::addTextRow(const QStringList &cells)
{
    QList<CsvCell> row;
    row.reserve(cells.size());
    for (const QString &c : cells)
        row << CsvCell::text(c);
    addRow(row);
}

Status CsvWriter::save(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Error::badInput(u"%1: is a folder"_s.arg(shown));
    if (!QFileInfo(path).absoluteDir().exists())
        return Error::notFound(u"%1: the folder does not exist"_s.arg(shown));
    auto tmp = fsutil::createTempBeside(path, u"writing"_s);
    if (!tmp)
        return tmp.error();
    const QByteArray native = QFile::encodeName(*tmp);
    const int fd = ::open(native.constData(), O_WRONLY | O_CLOEXEC);
    bool written = fd >= 0;
    for (qsizetype off = 0; written && off < m_bytes.size();) {
        const ssize_t n = ::write(fd, m_bytes.constData() + off, size_t(m_bytes.size() - off));
        if (n <= 0 && errno != EINTR)
            written = false;
        else if (n > 0)
            off += n;
    }
    const int err = errno;
    if (fd >= 0)
        ::close(fd);
    if (!written) {
        ::unlink(native.constData());
        return Error::io(u"%1: cannot be written (%2)"_s.arg(shown, QString::fromLocal8Bit(
                                                                       strerror(err))));
    }
    return fsutil::publish(*tmp, path, true);
}

} // namespace imdp::core
