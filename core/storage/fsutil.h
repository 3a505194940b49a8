// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QString>

namespace imdp::core::fsutil {

/// Flushes a file's data to the disk (fsync), so a rename after it cannot expose an empty file.
Status syncFile(const QString &path);
/// Flushes a folder's entries, so a rename or link inside it survives a power cut.
Status syncDir(const QString &dir);

/// Creates `dir` owner-only (0700) when missing; an existing folder is left as it is.
Status ensurePrivateDir(const QString &dir);

/// The kind of network file system holding `path` ("NFS", "SMB", "CIFS", ...), or empty when it
/// is local. SQLite's locking cannot be trusted on these (docs/reliability.md).
QString networkFileSystem(const QString &path);
/// The network file-system name for a statfs f_type, or empty for a local one.
QString networkFileSystemKind(quint64 fsType);

/// A new empty file owner-only (0600) beside `target`, named TARGET.PURPOSE-PID-XXXXXX (PID: this
/// process, so a later session can tell a leftover of a killed process); its path.
Result<QString> createTempBeside(const QString &target, const QString &purpose);

/// Temporary files a killed command left beside a fund: FILE.creating-* (an unfinished `init`),
/// FILE.partial-* and FILE.vN.bak.partial-* (an unfinished backup before a migration),
/// FILE.restoring-* (an unfinished restore), backups/NAME.backup-*.imdp.partial-* (an unfinished
/// scheduled backup), and their SQLite -journal files. Only those whose owner is gone are
/// removed: the process id in the name no longer runs on this computer, or, for a name without
/// one or a file on a network share (where the process may run on another computer), the file
/// was last written more than `staleAfterSecs` ago. Never the fund, a lock or a finished backup.
/// Returns the names removed.
QStringList removeLeftovers(const QString &fundPath, qint64 staleAfterSecs = 3600);
/// The leftovers removeLeftovers() would remove, without removing them (for `verify`, a reader).
QStringList findLeftovers(const QString &fundPath, qint64 staleAfterSecs = 3600);
/// What a killed or failed output left beside `target` (TARGET.writing-PID-XXXXXX of
/// core/io/output.h, TARGET.tmp-PID-XXXXXX of earlier review packages), owner gone as in
/// removeLeftovers(); removed by the next output to the same name. Returns the names removed.
QStringList removeOutputLeftovers(const QString &target, qint64 staleAfterSecs = 3600);

/// Moves a finished temporary file to `target` atomically. With `replace` false an existing
/// target is refused (link(), not rename()); `tmp` is removed either way.
Status publish(const QString &tmp, const QString &target, bool replace);

} // namespace imdp::core::fsutil
