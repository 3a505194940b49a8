// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/fundsession.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "ui/labels.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>
#include <QTimer>

namespace imdp::ui {

FundSession::FundSession(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
    , m_backupTimer(new QTimer(this))
{
    // SQLite writes a commit as several file operations: refresh once they have settled.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &FundSession::fileChangedOnDisk);
    m_backupTimer->setInterval(30 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, [this] { static_cast<void>(backupIfDue()); });
}

FundSession::~FundSession()
{
    stopFullCheck();
}

QString FundSession::path() const
{
    return m_db ? m_db->path() : QString();
}

core::Status FundSession::open(const QString &path, core::Database::Mode mode,
                               core::FileLock::Breaking breaking)
{
    auto db = core::Database::open(path, mode, breaking, core::Database::FullCheck::Deferred);
    if (!db)
        return db.error();
    // A file that opens but has no fund settings is not a usable fund: refuse it whole.
    if (auto info = core::fund::info(**db); !info)
        return info.error();
    close();
    m_db = std::move(db).value();
    watch();
    m_lastBackup.clear();
    if (!m_db->isReadOnly()) {
        static_cast<void>(backupIfDue());
        m_backupTimer->start();
    }
    Q_EMIT opened();
    if (m_db->fullCheckPending())
        startFullCheck();
    return {};
}

void FundSession::startFullCheck()
{
    // On a connection of its own in a worker thread: the window stays responsive, the main
    // connection (holding the lock) stays read-only until the outcome arrives.
    const QString path = m_db->path();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelCheck = cancel;
    const quint64 generation = ++m_checkGeneration;
    m_checker = QThread::create([this, path, cancel, generation] {
        QString problem;
        {
            auto reader = core::Database::openReader(path);
            if (!reader)
                problem = errorText(reader.error());
            else
                problem = (*reader)->fullCheckProblem([&cancel] { return cancel->load(); });
        }
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this, [this, generation, problem] { fullCheckDone(generation, problem); },
            Qt::QueuedConnection);
    });
    m_checker->start();
    Q_EMIT fullCheckStarted();
}

void FundSession::stopFullCheck()
{
    if (!m_checker)
        return;
    m_cancelCheck->store(true);
    m_checker->wait();
    delete m_checker;
    m_checker = nullptr;
    m_cancelCheck.reset();
}

void FundSession::fullCheckDone(quint64 generation, const QString &problem)
{
    if (generation != m_checkGeneration || !m_db || !m_checker)
        return;
    if (isLent()) { // the connection is busy on a worker: record the outcome once it is back
        QTimer::singleShot(200, this,
                           [this, generation, problem] { fullCheckDone(generation, problem); });
        return;
    }
    m_checker->wait();
    delete m_checker;
    m_checker = nullptr;
    m_cancelCheck.reset();
    const core::Status s = m_db->finishFullCheck(problem);
    const bool passed = problem.isEmpty() && s.ok();
    if (passed) {
        static_cast<void>(backupIfDue());
        m_backupTimer->start();
    }
    Q_EMIT fullCheckFinished(passed);
    Q_EMIT changed();
}

core::Status FundSession::backupIfDue()
{
    if (!m_db || m_db->isReadOnly() || isLent()) // lent: the next half hour
        return {};
    const QDateTime now = core::Clock::now();
    auto due = core::backup::isDue(*m_db, now);
    if (!due)
        return due.error();
    if (!*due)
        return {};
    auto r = core::backup::rotate(*m_db, now);
    if (!r)
        return r.error();
    m_lastBackup = *r;
    return {};
}

void FundSession::watch()
{
    if (const QStringList old = m_watcher->files(); !old.isEmpty())
        m_watcher->removePaths(old);
    if (m_db)
        m_watcher->addPath(QFileInfo(m_db->path()).absoluteFilePath());
}

void FundSession::fileChangedOnDisk()
{
    if (!m_db)
        return;
    if (isLent()) { // the worker writing the file is the change: refresh once it is done
        m_debounce->start();
        return;
    }
    // A file replaced by rename (a restore) drops out of the watch list: follow the name.
    const QString path = QFileInfo(m_db->path()).absoluteFilePath();
    if (!m_watcher->files().contains(path) && QFileInfo::exists(path))
        m_watcher->addPath(path);
    Q_EMIT changed();
}

core::Status FundSession::create(const QString &path, const QString &fundName)
{
    return create(path, [&fundName](core::Database &d) {
        core::FundSettings s;
        s.name = fundName;
        return core::fund::initialise(d, s);
    });
}

core::Status FundSession::create(const QString &path,
                                 const std::function<core::Status(core::Database &)> &populate)
{
    auto db = core::Database::create(path, populate);
    if (!db)
        return db.error();
    close();
    m_db = std::move(db).value();
    watch();
    m_backupTimer->start();
    Q_EMIT opened();
    return {};
}

void FundSession::close()
{
    stopFullCheck();
    if (!m_db)
        return;
    m_backupTimer->stop();
    m_debounce->stop();
    m_db.reset();
    watch();
    Q_EMIT closed();
}

void FundSession::wrote(const QString &path)
{
    const QFileInfo info(path);
    Q_EMIT announced(tr("Wrote %1").arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                     info.absolutePath());
}

} // namespace imdp::ui
