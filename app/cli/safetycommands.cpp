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

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption o(u"json"_s, u"Machine-readable output."_s);
    return o;
}

int runBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Copy a fund file with SQLite's online backup, then reopen and check the copy. With "
        "--out, to COPY (never overwritten); without, into the rotating set in backups/ beside "
        "the file, keeping the newest backup_keep (default 5)."_s);
    const QCommandLineOption outOpt(u"out"_s, u"Where to write the copy."_s, u"COPY"_s);
    p.addOption(outOpt);
    p.addOption(jsonOption());
    int status = Ok;
    if (!parse(p, args, {u"FILE"_s}, status))
        return status;
    // A consistent snapshot needs only a read transaction: no lock, works beside a writer.
    auto db = openFund(p.positionalArguments().at(0), true);
    if (!db)
        return fail(db.error());
    QString target;
    if (p.isSet(outOpt)) {
        target = p.value(outOpt);
        if (auto s = core::backup::copyTo(**db, target); !s)
            return fail(s.error());
    } else {
        auto r = core::backup::rotate(**db, core::Clock::now());
        if (!r)
            return fail(r.error());
        target = *r;
    }
    if (p.isSet(jsonOption())) {
        printJson({{u"file"_s, QFileInfo((*db)->path()).absoluteFilePath()},
                   {u"copy"_s, QFileInfo(target).absoluteFilePath()},
                   {u"checked"_s, true}});
    } else {
        out(u"Backed up %1 to %2 (checked)"_s.arg((*db)->path(), target));
    }
    return Ok;
}

int runBackupSettings(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Show or change the backup schedule: how many scheduled backups are kept in backups/ "
        "(default 5) and how often IMDP Desk makes one while the fund is open (default every 24 "
        "hours). A change is audited."_s);
    const QCommandLineOption keepOpt(
        u"keep"_s, u"Scheduled backups to keep, 1 to %1."_s.arg(core::backup::kMaxKeep), u"N"_s);
    const QCommandLineOption hoursOpt(
        u"every-hours"_s,
        u"Hours between scheduled backups, 1 to %1."_s.arg(core::backup::kMaxEveryHours),
        u"H"_s);
    p.addOption(keepOpt);
    p.addOption(hoursOpt);
    p.addOption(jsonOption());
    int status = Ok;
    if (!parse(p, args, {u"FILE"_s}, status))
        return status;
    const auto number = [&](const QCommandLineOption &o) -> core::Result<std::optional<int>> {
        if (!p.isSet(o))
            return std::optional<int>();
        bool ok = false;
        const int n = p.value(o).trimmed().toInt(&ok);
        if (!ok)
            return core::Error::badInput(u"%1: '%2' is not a whole number"_s.arg(
                o.names().first(), p.value(o).left(40)));
        return std::optional<int>(n);
    };
    auto keep = number(keepOpt);
    if (!keep)
        return fail(keep.error());
    auto hours = number(hoursOpt);
    if (!hours)
        return fail(hours.error());
    const bool changing = keep->has_value() || hours->has_value();
    auto db = openFund(p.positionalArguments().at(0), !changing);
    if (!db)
        return fail(db.error());
    if (changing) {
        if (auto s = core::backup::setSchedule(**db, *keep, *hours); !s)
            return fail(s.error());
    }
    auto kept = core::backup::keep(**db);
    if (!kept)
        return fail(kept.error());
    auto everyHours = core::backup::everyHours(**db);
    if (!everyHours)
        return fail(everyHours.error());
    const int keptNow = *kept;
    const int hoursNow = *everyHours;
    if (p.isSet(jsonOption())) {
        printJson({{u"file"_s, QFileInfo((*db)->path()).absoluteFilePath()},
                   {u"keep"_s, keptNow},
                   {u"every_hours"_s, hoursNow},
                   {u"folder"_s, core::backup::folderFor((*db)->path())}});
    } else {
        out(u"Backups kept:    %1"_s.arg(keptNow));
        out(u"Backup every:    %1 hours"_s.arg(hoursNow));
        out(u"Folder:          %1"_s.arg(core::backup::folderFor((*db)->path())));
    }
    return Ok;
}

int runRestore(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Restore a checked copy to FILE. An existing FILE is refused unless --replace; it is "
        "then kept aside as FILE.replaced-YYYYMMDD-HHMMSS."_s);
    const QCommandLineOption toOpt(u"to"_s, u"The fund file to restore to."_s, u"FILE"_s);
    const QCommandLineOption replaceOpt(u"replace"_s,
                                        u"Replace an existing FILE (kept aside, never deleted)."_s);
    p.addOption(toOpt);
    p.addOption(replaceOpt);
    p.addOption(jsonOption());
    int status = Ok;
    if (!parse(p, args, {u"COPY"_s}, status))
        return status;
    if (!p.isSet(toOpt)) {
        err(u"%1: --to FILE is required (see %1 --help)"_s.arg(args.at(0)));
        return Usage;
    }
    const QString copy = p.positionalArguments().at(0);
    const QString to = p.value(toOpt);
    auto r = core::backup::restore(copy, to, p.isSet(replaceOpt), core::Clock::now(),
                                   breakLock() ? core::FileLock::Breaking::StaleOrForeign
                                               : core::FileLock::Breaking::Never);
    if (!r)
        return fail(r.error());
    if (p.isSet(jsonOption())) {
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

int runVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Check a fund file: SQLite integrity, foreign keys, the audit hash chain (naming the "
        "first row altered, inserted or deleted outside IMDP Desk) and every registered check. "
        "Exit 0 when all hold, 1 otherwise."_s);
    p.addOption(jsonOption());
    const QCommandLineOption quick(
        u"quick"_s, u"The audit chain, the balances and every registered check, without SQLite's "
                    "page-level integrity and foreign-key checks (which read the whole file)"_s);
    p.addOption(quick);
    int status = Ok;
    if (!parse(p, args, {u"FILE"_s}, status))
        return status;
    // verify runs the whole-file checks itself (or, --quick, leaves them out): not at open too.
    auto db = core::Database::open(p.positionalArguments().at(0), core::Database::Mode::ReadOnly,
                                   core::FileLock::Breaking::Never,
                                   core::Database::FullCheck::Never);
    if (!db)
        return fail(db.error());
    core::verify::Options options;
    options.quick = p.isSet(quick);
    // A progress line on a terminal only: stderr, rewritten in place, cleared at the end.
    const bool tty = ::isatty(2) != 0;
    if (tty) {
        options.onCheck = [](const QString &name, int index, int count) {
            std::fprintf(stderr, "\r\033[Kverify: %d/%d %s...", index + 1, count,
                         name.toLocal8Bit().constData());
            std::fflush(stderr);
        };
    }
    const core::verify::Report report = core::verify::run(**db, options);
    if (tty) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
    }
    // Temporary files killed commands left beside the fund: named, not a failure; the next
    // writer (or the next run of the same command) removes them. verify only reads.
    const QStringList leftovers = core::fsutil::findLeftovers(p.positionalArguments().at(0));
    const auto oneLine = [](const QString &problem) {
        return problem.split(u'\n', Qt::SkipEmptyParts).join(u"; "_s);
    };
    if (p.isSet(jsonOption())) {
        QJsonArray checks;
        for (const auto &o : report.outcomes)
            checks.append(QJsonObject{{u"name"_s, o.name}, {u"ok"_s, o.ok()},
                                      {u"problems"_s, QJsonArray::fromStringList(o.problems)}});
        printJson({{u"file"_s, QFileInfo((*db)->path()).absoluteFilePath()},
                   {u"ok"_s, report.ok()},
                   {u"audit_rows"_s, report.auditRows},
                   {u"audit_head"_s, report.auditHead},
                   {u"checks"_s, checks},
                   {u"leftovers"_s, QJsonArray::fromStringList(leftovers)}});
    } else {
        for (const auto &o : report.outcomes) {
            if (o.ok())
                out(u"ok    %1"_s.arg(o.name));
            for (const QString &problem : o.problems)
                out(u"FAIL  %1: %2"_s.arg(o.name, oneLine(problem)));
        }
        for (const QString &name : leftovers)
            out(u"note  leftover of an interrupted command: %1 (removed by the next writer)"_s.arg(
                name));
        if (report.ok())
            out(u"%1: verified (%2 audit rows, head %3)"_s.arg((*db)->path())
                    .arg(report.auditRows)
                    .arg(report.auditHead));
    }
    if (!report.ok()) {
        for (const auto &o : report.outcomes) {
            if (!o.ok()) {
                err(u"imdp: %1: %2: %3"_s.arg((*db)->path(), o.name, oneLine(o.problems.first())));
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
    r.add({u"backup"_s, u"Checked copy of a fund: backup FILE [--out COPY] [--json]"_s,
           runBackup});
    r.add({u"backup settings"_s,
           u"The backup schedule: backup settings FILE [--keep N] [--every-hours H] [--json]"_s,
           runBackupSettings});
    r.add({u"restore"_s, u"Restore a copy: restore COPY --to FILE [--replace] [--json]"_s,
           runRestore});
    r.add({u"verify"_s, u"Check integrity and the audit chain: verify FILE [--json]"_s,
           runVerify});
}

} // namespace imdp::cli
