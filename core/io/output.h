// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The one output path of every file IMDP Desk writes (CSV, XLSX, PDF, IATI XML, review packages,
// attachments, dossiers and minutes): docs/reliability.md, "Outputs".

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace imdp::core::output {

/// What is at an output's name before it is written.
enum class Target { Absent, Existing };

/// Whether `path` holds an IMDP fund (or a backup of one): an SQLite header with IMDP Desk's
/// application_id, read from the first 100 bytes of the real file (a link is followed, a FIFO or
/// device is never read). Its extension does not matter.
bool isFund(const QString &path);

/// Looks at an output's name. Refused (exit 1, naming the file) for what no output may replace:
/// an IMDP fund or backup (by its header, so a symbolic or hard link to one too), a name shaped
/// like a backup (NAME.backup-YYYYMMDD-HHMMSS.imdp, NAME.vN.bak), a fund's lock file or SQLite
/// journal, a file held by a fund lock (TARGET.lock beside it or a lock on the file itself), a
/// symbolic link (never written through nor replaced), a folder, a FIFO or a device.
/// NotFound when the folder does not exist.
Result<Target> inspect(const QString &target);

/// inspect(), and an existing ordinary file refused unless `replace` (CLI --force, or the
/// desktop's confirmation).
Status check(const QString &target, bool replace);

/// An output being written: a temporary file beside the target (TARGET.writing-PID-XXXXXX,
/// 0600), filled by the caller through tempPath(), then commit(): fsync, the target checked again,
/// rename() (or link() when not replacing, which refuses a file that appeared meanwhile), fsync of
/// the folder. Dropped without commit(), the temporary file is removed.
class Pending
{
    Q_DISABLE_COPY_MOVE(Pending)
public:
    static Result<std::unique_ptr<Pending>> begin(const QString &target, bool replace);
    ~Pending();
    const QString &tempPath() const { return m_temp; }
    const QString &target() const { return m_target; }
    Status commit();

private:
    Pending(QString target, QString temp, bool replace);
    QString m_target;
    QString m_temp;
    bool m_replace = false;
    bool m_done = false;
};

/// Writes `bytes` to `target` through a Pending.
Status write(const QString &target, const QByteArray &bytes, bool replace);

} // namespace imdp::core::output
