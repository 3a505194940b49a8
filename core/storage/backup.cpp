// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/backup.h"

#include "core/storage/anchor.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/fsutil.h"
#include "core/storage/lockfile.h"
#include "core/storage/query.h"
#include "core/storage/schema.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::backup {

namespace {

QString shown(const QString &p)
{
    return QDir::toNativeSeparators(p);
}

/// A raw connection closed on scope exit (the copy side of a backup never goes through Qt).
struct Raw
{
    sqlite3 *db = nullptr;
    ~Raw() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

QString uriFor(const QString &path, const char *mode)
{
    return u"file:"_s
           + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"))
           + u"?mode="_s + QString::fromLatin1(mode);
}

Status openRaw(Raw &raw, const QString &path, int flags, const char *mode)
{
    const QByteArray uri = uriFor(path, mode).toUtf8();
    if (sqlite3_open_v2(uri.constData(), &raw.db, flags | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
        return Error::io(u""_s, u"storage.cannot_opened"_s,
                         {ErrorArg::txt(shown(path)), ErrorArg::txt(raw.error())});
    sqlite3_db_config(raw.db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    return {};
}

/// Copies `src` into the new file `tmp` page by page, then flushes it.
Status copyPages(sqlite3 *src, const QString &tmp, const QString &shownTarget)
{
    Raw dst;
    if (auto s = openRaw(dst, tmp, SQLITE_OPEN_READWRITE, "rw"); !s)
        return s;
    sqlite3_exec(dst.db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL", nullptr,
                 nullptr, nullptr);
    sqlite3_backup *b = sqlite3_backup_init(dst.db, "main", src, "main");
    if (!b)
        return Error::io(shownTarget, u"storage.backup_cannot_start"_s,
                         {ErrorArg::txt(shownTarget), ErrorArg::txt(dst.error())});
    const int step = sqlite3_backup_step(b, -1);
    const int finish = sqlite3_backup_finish(b);
    if (step != SQLITE_DONE || finish != SQLITE_OK)
        return Error::io(shownTarget, u"storage.backup_failed"_s,
                         {ErrorArg::txt(shownTarget), ErrorArg::txt(dst.error())});
    return fsutil::syncFile(tmp);
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
}

/// A positive whole-number setting; unset (or below `minimum`) is `fallback`. A database error is
/// returned, never taken for the default.
Result<int> intSetting(Database &db, const QString &key, int fallback, int minimum)
{
    auto v = Query::scalar(db, u"SELECT CAST(value AS INTEGER) FROM fund_setting WHERE key = ?"_s,
                           {key});
    if (!v)
        return Error::within(key, v.error());
    if (*v < minimum)
        return fallback;
    return int(qMin<qint64>(*v, 100000));
}

} // namespace

Status checkCopy(const QString &path)
{
    auto header = readFileHeader(path);
    if (!header)
        return header.error();
    if (!header->isSqlite || header->applicationId != Database::applicationId)
        return Error::badFile(u""_s, u"storage.imdp_fund_file"_s, {ErrorArg::txt(shown(path))});
    if (header->userVersion > schema::latestVersion() || header->userVersion < 1)
        return Error::badFile(u""_s, u"storage.schema_version_cannot_read"_s,
                              {ErrorArg::txt(shown(path)), ErrorArg::num(header->userVersion)});
    Raw raw;
    if (auto s = openRaw(raw, path, SQLITE_OPEN_READONLY, "ro"); !s)
        return s;
    sqlite3_stmt *st = nullptr;
    QStringList problems;
    if (sqlite3_prepare_v2(raw.db, "PRAGMA integrity_check", -1, &st, nullptr) != SQLITE_OK)
        return Error::badFile(u""_s, u"storage.file_damaged"_s,
                              {ErrorArg::txt(shown(path)), ErrorArg::txt(raw.error())});
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && problems.size() < 3)
        problems << QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return Error::badFile(u""_s, u"storage.file_damaged"_s,
                              {ErrorArg::txt(shown(path)), ErrorArg::txt(raw.error())});
    if (problems != QStringList{u"ok"_s})
        return Error::badFile(u""_s, u"storage.file_damaged_failed_integrity"_s,
                              {ErrorArg::txt(shown(path)), ErrorArg::txt(problems.join(u"; "_s))});
    return {};
}

Status copyTo(Database &db, const QString &target)
{
    const QString shownTarget = shown(target);
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return Error::refused(shownTarget, u"storage.already_exists_imdp_desk"_s,
                              {ErrorArg::txt(shownTarget)});
    if (!QFileInfo(target).absoluteDir().exists())
        return Error::notFound(shownTarget, u"storage.folder_does_exist"_s,
                               {ErrorArg::txt(shownTarget)});
    // What a killed copy to this name left (TARGET.partial-PID-XXXXXX of a dead process).
    fsutil::removeLeftovers(target);
    sqlite3 *src = db.handle();
    if (!src)
        return Error::io(u""_s, u"storage.no_sqlite_connection_copy"_s,
                         {ErrorArg::txt(shown(db.path()))});
    auto tmp = fsutil::createTempBeside(target, u"partial"_s);
    if (!tmp)
        return tmp.error();
    const auto cleanup = [&] {
        QFile::remove(*tmp);
        QFile::remove(*tmp + u"-journal"_s);
    };
    if (auto s = copyPages(src, *tmp, shownTarget); !s) {
        cleanup();
        return s;
    }
    if (auto s = checkCopy(*tmp); !s) {
        cleanup();
        return Error::io(u""_s, u"storage.copy_check"_s,
                         {ErrorArg::txt(shownTarget), ErrorArg::nested(s.error())});
    }
    return fsutil::publish(*tmp, target, false);
}

QString folderFor(const QString &fundPath)
{
    return QFileInfo(fundPath).absoluteDir().filePath(u"backups"_s);
}

namespace {
/// One backup of the rotating set: its UTC stamp, its number within that second (the plain name
/// is 1, then -2, -3...) and its path.
struct Rotating
{
    QString stamp;
    int n = 1;
    QString path;
    bool operator<(const Rotating &o) const { return std::tie(stamp, n) < std::tie(o.stamp, o.n); }
};

/// Ours only (another fund may share the prefix), oldest first: by stamp, then by number (by
/// name, "-2" would sort before the plain name made first).
QList<Rotating> rotatingSet(const QString &fundPath)
{
    const QString base = QFileInfo(fundPath).completeBaseName();
    const QDir dir(folderFor(fundPath));
    const QRegularExpression shape(u"^"_s + QRegularExpression::escape(base)
                                   + u"\\.backup-(\\d{8}-\\d{6})(?:-(\\d+))?\\.imdp$"_s);
    QList<Rotating> out;
    for (const QString &name : dir.entryList({base + u".backup-*.imdp"_s}, QDir::Files)) {
        if (const auto m = shape.match(name); m.hasMatch())
            out.append({m.captured(1), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(),
                        dir.filePath(name)});
    }
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

QStringList existing(const QString &fundPath)
{
    QStringList out;
    for (const Rotating &r : rotatingSet(fundPath))
        out << r.path;
    return out;
}

Result<int> keep(Database &db)
{
    return intSetting(db, u"backup_keep"_s, 5, 1);
}

Result<int> everyHours(Database &db)
{
    return intSetting(db, u"backup_every_hours"_s, 24, 1);
}

Status checkSchedule(std::optional<int> keepCount, std::optional<int> hours)
{
    if (keepCount && (*keepCount < 1 || *keepCount > kMaxKeep))
        return Error::badInput(u"keep"_s, u"storage.keep_must_backups"_s,
                               {ErrorArg::num(kMaxKeep)});
    if (hours && (*hours < 1 || *hours > kMaxEveryHours))
        return Error::badInput(u""_s, u"storage.every_hours_must_hours"_s,
                               {ErrorArg::num(kMaxEveryHours)});
    return {};
}

Status setSchedule(Database &db, std::optional<int> keepCount, std::optional<int> hours)
{
    if (auto v = checkSchedule(keepCount, hours); !v)
        return v;
    if (db.isReadOnly())
        return Error::refused(u""_s, u"storage.opened_read_only_backup"_s,
                              {ErrorArg::txt(db.path())});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QJsonObject detail;
    const auto write = [&](const QString &key, int from, int to) -> Status {
        Query q(db, u"INSERT INTO fund_setting (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
        q.bind(key).bind(QString::number(to));
        if (auto s = q.exec(); !s)
            return s;
        detail.insert(key, QJsonObject{{u"from"_s, from}, {u"to"_s, to}});
        return {};
    };
    if (keepCount) {
        auto from = keep(db);
        if (!from)
            return from.error();
        if (auto s = write(u"backup_keep"_s, *from, *keepCount); !s)
            return s;
    }
    if (hours) {
        auto from = everyHours(db);
        if (!from)
            return from.error();
        if (auto s = write(u"backup_every_hours"_s, *from, *hours); !s)
            return s;
    }
    if (detail.isEmpty())
        return {};
    if (auto s = audit::record(db, u"fund.backup_settings"_s, detail); !s)
        return s;
    return tx.commit();
}

Result<bool> isDue(Database &db, const QDateTime &now)
{
    auto hours = everyHours(db);
    if (!hours)
        return hours.error();
    const QStringList all = existing(db.path());
    if (all.isEmpty())
        return true;
    const QString name = QFileInfo(all.last()).fileName();
    const qsizetype at = name.lastIndexOf(u".backup-"_s) + 8;
    const QDateTime last = QDateTime::fromString(name.mid(at, 15), u"yyyyMMdd-HHmmss"_s);
    if (!last.isValid())
        return true;
    QDateTime lastUtc = last;
    lastUtc.setTimeZone(QTimeZone::utc());
    return lastUtc.secsTo(now.toUTC()) >= qint64(*hours) * 3600;
}

Result<QString> rotate(Database &db, const QDateTime &now)
{
    const QString folder = folderFor(db.path());
    if (auto s = fsutil::ensurePrivateDir(folder); !s)
        return s.error();
    const QString base = QFileInfo(db.path()).completeBaseName();
    // Within one second the next number after the newest, never a number pruned earlier: the
    // new backup must sort last, or pruning would take it for the oldest.
    const QList<Rotating> before = rotatingSet(db.path());
    int next = !before.isEmpty() && before.last().stamp == stamp(now) ? before.last().n + 1 : 1;
    const auto nameFor = [&](int number) {
        return QDir(folder).filePath(number == 1 ? u"%1.backup-%2.imdp"_s.arg(base, stamp(now))
                                                 : u"%1.backup-%2-%3.imdp"_s.arg(base, stamp(now))
                                                       .arg(number));
    };
    QString target = nameFor(next);
    while (QFileInfo::exists(target))
        target = nameFor(++next);
    // The number to keep is read first: unreadable, nothing is copied and nothing pruned.
    const auto n = keep(db);
    if (!n)
        return n.error();
    if (auto s = copyTo(db, target); !s)
        return s.error();
    const QStringList all = existing(db.path());
    for (qsizetype i = 0; i + *n < all.size(); ++i)
        QFile::remove(all.at(i));
    return target;
}

namespace {
/// A temporary copy and the rollback journal SQLite may have left beside it (disk full).
void removeWithJournal(const QString &tmp)
{
    QFile::remove(tmp);
    QFile::remove(tmp + u"-journal"_s);
}
} // namespace

Result<Restored> restore(const QString &copy, const QString &to, bool replace, const QDateTime &now,
                         FileLock::Breaking breaking)
{
    if (auto s = checkCopy(copy); !s)
        return s.error();
    const QString shownTo = shown(to);
    const bool exists = QFileInfo::exists(to) || QFileInfo(to).isSymLink();
    if (exists && !replace)
        return Error::refused(shownTo, u"storage.already_exists_restore_replace"_s,
                              {ErrorArg::txt(shownTo)});
    if (!QFileInfo(to).absoluteDir().exists())
        return Error::notFound(shownTo, u"storage.folder_does_exist"_s, {ErrorArg::txt(shownTo)});
    // Nobody may be writing the file being replaced, and no second restore may race this one.
    auto lock = FileLock::acquire(to, breaking);
    if (!lock)
        return lock.error();
    // What a killed or failed restore of this name left (its owner is gone; we hold the lock).
    fsutil::removeLeftovers(to);
    if (QFileInfo::exists(to + u"-journal"_s))
        return Error::refused(shownTo, u"storage.holds_unfinished_write_journal"_s,
                              {ErrorArg::txt(shownTo)});
    Raw src;
    if (auto s = openRaw(src, copy, SQLITE_OPEN_READONLY, "ro"); !s)
        return s.error();
    auto tmp = fsutil::createTempBeside(to, u"restoring"_s);
    if (!tmp)
        return tmp.error();
    if (auto s = copyPages(src.db, *tmp, shownTo); !s) {
        removeWithJournal(*tmp);
        return s.error();
    }
    if (auto s = checkCopy(*tmp); !s) {
        removeWithJournal(*tmp);
        return s.error();
    }
    Restored result;
    if (exists) {
        // A second name for the old file first: whatever happens next, it is not lost.
        QString aside = u"%1.replaced-%2"_s.arg(to, stamp(now));
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = u"%1.replaced-%2-%3"_s.arg(to, stamp(now)).arg(n);
        if (::link(QFile::encodeName(to).constData(), QFile::encodeName(aside).constData()) != 0) {
            removeWithJournal(*tmp);
            return Error::io(shownTo, u"storage.cannot_keep_replaced_file"_s,
                             {ErrorArg::txt(shownTo), ErrorArg::txt(shown(aside))});
        }
        result.keptAside = aside;
    }
    if (auto s = fsutil::publish(*tmp, to, exists); !s)
        return s.error();
    // A copy older than the file it replaced is a shorter chain by intent: anchor it afresh.
    anchor::forget(to);
    return result;
}

} // namespace imdp::core::backup
