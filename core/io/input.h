// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Every file IMDP Desk reads from a person (CSV imports, review packages, attachments, narrative
// texts) is read here: a regular file, within a size limit (docs/reliability.md, "Inputs").

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace imdp::core::input {

/// The limits (bytes). A CSV import of 512 MiB is some 5 million receipts, ten times the largest
/// the performance targets measure; a review package carries its attachments (1 GiB).
constexpr qint64 kCsvLimit = 512LL * 1024 * 1024;
constexpr qint64 kPackageLimit = 1024LL * 1024 * 1024;
constexpr qint64 kTextLimit = 16LL * 1024 * 1024;

/// Reads the whole of `path`, `what` naming it in messages ("CSV import", "review package").
/// Refused with one line (BadInput, exit 2) without reading a byte: a folder, a FIFO, a socket
/// or a device (/dev/zero), opened without blocking so a FIFO never hangs; a file larger than
/// `limit`. NotFound when it does not exist. A link is followed to a regular file.
Result<QByteArray> readFile(const QString &path, qint64 limit, const QString &what);

/// The same checks without reading: the open, regular, size-checked file's size.
Result<qint64> checkFile(const QString &path, qint64 limit, const QString &what);

} // namespace imdp::core::input
