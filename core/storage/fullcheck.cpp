// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
//
// The whole-file check of a fund (docs/reliability.md, "Open-time checks"): when it is due, the
// check itself, recording a pass in the file or in the user's cache, and the schema's drift.
// Opening a fund, which decides when to run it, is database.cpp.
#include "core/storage/database.h"

#include "core/clock.h"
#include "core/storage/audit.h"
#include "core/storage/database_p.h"
#include "core/storage/schemacheck.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

namespace {

// Passed scheduled checks of files opened without recording them (a read-only open cannot write
// `full_check_at`), kept per user outside the file (issue 23): the next opens of the same
// unchanged file within the week do not read every page again. A file is the same when its
// device, inode, size, modification time and SQLite's file change counter (header bytes 24-27,
// bumped by every committed write) are; any write, from IMDP Desk or outside it, makes it
// another file, checked again when due.

QString checkCachePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           u"/imdp-desk/full-checks.json"_s;
}

} // namespace

QString detail::fileIdentity(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = f.read(28);
    if (header.size() < 28)
        return {};
    return u"%1:%2:%3:%4.%5:%6"_s.arg(quint64(st.st_dev))
        .arg(quint64(st.st_ino))
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec))
        .arg(detail::bigEndian32(header.constData() + 24));
}

namespace {

QJsonObject readCheckCache()
{
    QFile f(checkCachePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(1 << 20)).object();
}

/// When the file at `path`, as it is now, last passed the whole-file check (invalid if never).
QDateTime cachedPass(const QString &path)
{
    const QString id = detail::fileIdentity(path);
    if (id.isEmpty())
        return {};
    const QJsonObject e = readCheckCache().value(QFileInfo(path).absoluteFilePath()).toObject();
    if (e.value(u"file"_s).toString() != id)
        return {};
    return QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODate);
}

} // namespace

// A cache only: a failure to write it costs a check at the next open, nothing else.
void detail::cachePass(const QString &path, const QString &id)
{
    if (id.isEmpty() || fileIdentity(path) != id)
        return; // changed while being checked: what passed is not what is there
    QJsonObject all = readCheckCache();
    all.insert(QFileInfo(path).absoluteFilePath(),
               QJsonObject{{u"file"_s, id}, {u"at"_s, Clock::stamp()}});
    while (all.size() > 64) { // the oldest passes go first
        auto oldest = all.begin();
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (it->toObject().value(u"at"_s).toString() <
                oldest->toObject().value(u"at"_s).toString())
                oldest = it;
        }
        all.erase(oldest);
    }
    const QString file = checkCachePath();
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return;
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    out.commit();
}

using detail::shown;

Error Database::fullCheckFinding(const std::function<bool()> &cancelled)
{
    // A closing window stops a long check; SIGINT still does (the poll replaced the connection's
    // interrupt handler and left none behind until 6 December 2026).
    const detail::CancelPoll poll(m_handle, cancelled);
    const auto sqliteFault = [this](const QSqlError &e) {
        return Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(describe(e))});
    };
    const auto found = [this](const QString &key, QList<ErrorArg> args) {
        args.prepend(ErrorArg::txt(shown(m_shownPath)));
        return Error::badFile(QString(), key, std::move(args));
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA quick_check"_s))
        return sqliteFault(q.lastError());
    QStringList problems;
    while (q.next() && problems.size() < 3)
        problems << q.value(0).toString().simplified();
    if (q.lastError().isValid())
        return sqliteFault(q.lastError());
    if (problems != QStringList{u"ok"_s})
        return found(u"storage.check_integrity"_s, {ErrorArg::txt(problems.join(u"; "_s))});
    if (!q.exec(u"PRAGMA foreign_key_check"_s))
        return sqliteFault(q.lastError());
    if (q.next())
        return found(u"storage.check_foreign_key"_s,
                     {ErrorArg::txt(q.value(0).toString()), ErrorArg::txt(q.value(1).toString()),
                      ErrorArg::txt(q.value(2).toString())});
    if (q.lastError().isValid())
        return sqliteFault(q.lastError());
    // A check stopped part-way (or asked to stop as it finished) has not passed.
    if (cancelled && cancelled())
        return found(u"storage.check_cancelled"_s, {});
    return Error();
}

QString Database::fullCheckDue()
{
    // Both reads are by primary key: constant time whatever the file's size.
    QSqlQuery q(m_db);
    QString last;
    if (q.exec(u"SELECT value FROM fund_setting WHERE key = 'full_check_at'"_s) && q.next())
        last = q.value(0).toString();
    else if (q.exec(u"SELECT at FROM audit_event WHERE id = 1"_s) && q.next())
        last = q.value(0).toString(); // never checked since its creation
    else
        return {}; // nothing written yet
    const QDateTime at = QDateTime::fromString(last, Qt::ISODate);
    const QDateTime now = Clock::now();
    if (!at.isValid())
        return u"scheduled: the last check's time is unreadable"_s;
    if (at.daysTo(now) < fullCheckDays)
        return {};
    // Checked since by an open that could not record it, and not changed since.
    if (const QDateTime passed = cachedPass(m_path);
        passed.isValid() && passed <= now && passed.daysTo(now) < fullCheckDays)
        return {};
    return u"scheduled: last checked %1"_s.arg(last);
}

Status Database::recordFullCheck()
{
    WriteTransaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    const QString now = Clock::stamp();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO fund_setting (key, value) VALUES ('full_check_at', ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(now);
    if (!q.exec())
        return Error::io(u""_s, u"storage.system"_s, {ErrorArg::txt(describe(q.lastError()))});
    if (auto s = audit::record(*this, u"storage.full_check"_s,
                               QJsonObject{{u"reason"_s, m_fullCheckReason}, {u"ok"_s, true}});
        !s)
        return s;
    return tx.commit();
}

Status Database::finishFullCheck(const QString &problem)
{
    return finishFullCheck(problem.isEmpty()
                               ? Error()
                               : Error::badFile(u""_s, u"verify.line"_s, {ErrorArg::txt(problem)}));
}

Status Database::finishFullCheck(const Error &problem)
{
    if (!m_checkPending)
        return {};
    if (!problem.message.isEmpty()) {
        m_readOnly = readOnlyBecause(problem);
        return {};
    }
    m_checkPending = false;
    m_readOnly = Error();
    return recordFullCheck();
}

Error Database::schemaDrift()
{
    const int version = schemaVersion();
    const QList<Error> found = schema::differences(m_handle, version);
    if (found.isEmpty())
        return Error();
    QList<ErrorArg> args{ErrorArg::txt(shown(m_shownPath)), ErrorArg::txt(QString::number(version)),
                         ErrorArg::nested(found.first(), false)};
    if (found.size() == 1)
        return Error::badFile(u""_s, u"storage.schema_drift"_s, args);
    args << ErrorArg::txt(QString::number(found.size() - 1));
    return Error::badFile(u""_s, u"storage.schema_drift_more"_s, args);
}

} // namespace imdp::core
