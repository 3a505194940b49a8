// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp backup, imdp restore, imdp verify: keeping a fund file safe (docs/cli-safety.md).
#include "app/cli/cli.h"

#include "core/clock.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/fsutil.h"
#include "core/storage/verify.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

int runBackup(Invocation &c)
{
    // A consistent snapshot needs only a read transaction: no lock, works beside a writer.
    QString target;
    if (c.isSet(u"out"_s)) {
        target = c.value(u"out"_s);
        if (auto s = core::backup::copyTo(*c.db, target); !s)
            return fail(s.error());
    } else {
        auto r = core::backup::rotate(*c.db, core::Clock::now());
        if (!r)
            return fail(r.error());
        target = *r;
    }
    if (c.isJson()) {
        printJson({{u"file"_s, QFileInfo(c.db->path()).absoluteFilePath()},
                   {u"copy"_s, QFileInfo(target).absoluteFilePath()},
                   {u"checked"_s, true}});
    } else {
        out(u"Backed up %1 to %2 (checked)"_s.arg(c.db->path(), target));
    }
    return Ok;
}

int runBackupSettings(Invocation &c)
{
    const auto number = [&](const QString &o) -> core::Result<std::optional<int>> {
        if (!c.isSet(o))
            return std::optional<int>();
        bool ok = false;
        const int n = c.value(o).trimmed().toInt(&ok);
        if (!ok)
            return core::Error::badInput(
                u"%1: '%2' is not a whole number"_s.arg(o, c.value(o).left(40)));
        return std::optional<int>(n);
    };
    auto keep = number(u"keep"_s);
    if (!keep)
        return fail(keep.error());
    auto hours = number(u"every-hours"_s);
    if (!hours)
        return fail(hours.error());
    const bool changing = keep->has_value() || hours->has_value();
    if (changing) {
        if (auto s = core::backup::setSchedule(*c.db, *keep, *hours); !s)
            return fail(s.error());
    }
    auto kept = core::backup::keep(*c.db);
    if (!kept)
        return fail(kept.error());
    auto everyHours = core::backup::everyHours(*c.db);
    if (!everyHours)
        return fail(everyHours.error());
    const int keptNow = *kept;
    const int hoursNow = *everyHours;
    if (c.isJson()) {
        printJson({{u"file"_s, QFileInfo(c.db->path()).absoluteFilePath()},
                   {u"keep"_s, keptNow},
                   {u"every_hours"_s, hoursNow},
                   {u"folder"_s, core::backup::folderFor(c.db->path())}});
    } else {
        out(u"Backups kept:    %1"_s.arg(keptNow));
        out(u"Backup every:    %1 hours"_s.arg(hoursNow));
        out(u"Folder:          %1"_s.arg(core::backup::folderFor(c.db->path())));
    }
    return Ok;
}

int runRestore(Invocation &c)
{
    if (!c.isSet(u"to"_s)) {
        err(u"%1: --to FILE is required (see %1 --help)"_s.arg(c.prog));
        return Usage;
    }
    const QString copy = c.arg(0);
    const QString to = c.value(u"to"_s);
    auto r = core::backup::restore(copy, to, c.isSet(u"replace"_s), core::Clock::now(),
                                   breakLock() ? core::FileLock::Breaking::StaleOrForeign
                                               : core::FileLock::Breaking::Never);
    if (!r)
        return fail(r.error());
    if (c.isJson()) {
        printJson({{u"copy"_s, QFileInfo(copy).absoluteFilePath()},
                   {u"file"_s, QFileInfo(to).absoluteFilePath()},
                   {u"kept_aside"_s, r->keptAside}});
    } else {
        out(u"Restored %1 to %2"_s.arg(copy, to));
        if (!r->keptAside.isEmpty())
            out(u"The replaced file is kept at %1"_s.arg(r->keptAside));
    }
    return Ok;
}

int runVerify(Invocation &c)
{
    core::verify::Options options;
    options.quick = c.isSet(u"quick"_s);
    // A progress line on a terminal only: stderr, rewritten in place, cleared at the end.
    const bool tty = ::isatty(2) != 0;
    if (tty) {
        options.onCheck = [](const QString &name, int index, int count) {
            std::fprintf(stderr, "\r\033[Kverify: %d/%d %s...", index + 1, count,
                         name.toLocal8Bit().constData());
            std::fflush(stderr);
        };
    }
    const core::verify::Findings report = core::verify::run(*c.db, options);
    if (tty) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
    }
    // Temporary files killed commands left beside the fund: named, not a failure; the next
    // writer (or the next run of the same command) removes them. verify only reads.
    const QStringList leftovers = core::fsutil::findLeftovers(c.arg(0));
    const auto oneLine = [](const QString &problem) {
        return problem.split(u'\n', Qt::SkipEmptyParts).join(u"; "_s);
    };
    if (c.isJson()) {
        QJsonArray checks;
        for (const auto &o : report.outcomes)
            checks.append(QJsonObject{{u"name"_s, o.name},
                                      {u"ok"_s, o.ok()},
                                      {u"problems"_s, QJsonArray::fromStringList(o.lines())}});
        printJson({{u"file"_s, QFileInfo(c.db->path()).absoluteFilePath()},
                   {u"ok"_s, report.ok()},
                   {u"audit_rows"_s, report.auditRows},
                   {u"audit_head"_s, report.auditHead},
                   {u"checks"_s, checks},
                   {u"leftovers"_s, QJsonArray::fromStringList(leftovers)}});
    } else {
        for (const auto &o : report.outcomes) {
            if (o.ok())
                out(u"ok    %1"_s.arg(o.name));
            for (const QString &problem : o.lines())
                out(u"FAIL  %1: %2"_s.arg(o.name, oneLine(problem)));
        }
        for (const QString &name : leftovers)
            out(u"note  leftover of an interrupted command: %1 (removed by the next writer)"_s.arg(
                name));
        if (report.ok())
            out(u"%1: verified (%2 audit rows, head %3)"_s.arg(c.db->path())
                    .arg(report.auditRows)
                    .arg(report.auditHead));
    }
    if (!report.ok()) {
        for (const auto &o : report.outcomes) {
            if (!o.ok()) {
                err(u"imdp: %1: %2: %3"_s.arg(c.db->path(), o.name, oneLine(o.problems.first().message)));
                break;
            }
        }
        return Refused;
    }
    return Ok;
}

} // namespace

void registerSafetyCommands(Registry &r)
{
    r.add(
        {.name = u"backup"_s,
         .summary = u"Checked copy of a fund: backup FILE [--out COPY] [--json]"_s,
         .description =
             u"Copy a fund file with SQLite's online backup, then reopen and check the copy. With "
             "--out, to COPY (never overwritten); without, into the rotating set in backups/ "
             "beside the file, keeping the newest backup_keep (default 5)."_s,
         .positionals = {u"FILE"_s},
         .options = {{u"out"_s, u"Where to write the copy."_s, u"COPY"_s}},
         .fund = Fund::Read,
         .json = true,
         .run = runBackup});
    r.add(
        {.name = u"backup settings"_s,
         .summary =
             u"The backup schedule: backup settings FILE [--keep N] [--every-hours H] [--json]"_s,
         .description =
             u"Show or change the backup schedule: how many scheduled backups are kept in "
             "backups/ (default 5) and how often IMDP Desk makes one while the fund is open "
             "(default every 24 hours). A change is audited."_s,
         .positionals = {u"FILE"_s},
         .options = {{u"keep"_s,
                      u"Scheduled backups to keep, 1 to %1."_s.arg(core::backup::kMaxKeep), u"N"_s},
                     {u"every-hours"_s,
                      u"Hours between scheduled backups, 1 to %1."_s.arg(
                          core::backup::kMaxEveryHours),
                      u"H"_s}},
         .fund = Fund::Read,
         .writesWith = {u"keep"_s, u"every-hours"_s},
         .json = true,
         .run = runBackupSettings});
    r.add({.name = u"restore"_s,
           .summary = u"Restore a copy: restore COPY --to FILE [--replace] [--json]"_s,
           .description =
               u"Restore a checked copy to FILE. An existing FILE is refused unless --replace; it "
               "is then kept aside as FILE.replaced-YYYYMMDD-HHMMSS."_s,
           .positionals = {u"COPY"_s},
           .options = {{u"to"_s, u"The fund file to restore to."_s, u"FILE"_s},
                       {u"replace"_s, u"Replace an existing FILE (kept aside, never deleted)."_s}},
           .fund = Fund::None,
           .json = true,
           .run = runRestore});
    r.add({.name = u"verify"_s,
           .summary = u"Check integrity and the audit chain: verify FILE [--json]"_s,
           .description =
               u"Check a fund file: SQLite integrity, foreign keys, the audit hash chain (naming "
               "the first row altered, inserted or deleted outside IMDP Desk) and every "
               "registered check. Exit 0 when all hold, 1 otherwise."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"quick"_s,
                        u"The audit chain, the balances and every registered check, without "
                        "SQLite's page-level integrity and foreign-key checks (which read the "
                        "whole file)"_s}},
           // verify runs the whole-file checks itself (or, --quick, leaves them out): not at
           // open too.
           .fund = Fund::Check,
           .json = true,
           .run = runVerify});
}

} // namespace imdp::cli
