// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"
#include "core/storage/database.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QFileSystemWatcher;
class QThread;
class QTimer;

namespace imdp::ui {

/// The fund file open in the window. Pages read through it and refresh on `changed()`; only one
/// connection per file exists in the process (RELIABILITY.md: one writer per file).
class FundSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundSession)
public:
    explicit FundSession(QObject *parent = nullptr);
    ~FundSession() override;

    /// Opens read-write by default. A damaged file comes back read-only (see readOnlyReason()); a
    /// read-write open makes the scheduled backup when one is due. A scheduled whole-file check
    /// that is due runs in the background (fullCheckStarted/Finished): the fund is read-only
    /// until it passes. After an unclean shutdown the check runs before open() returns.
    core::Status open(const QString &path,
                      core::Database::Mode mode = core::Database::Mode::ReadWrite,
                      core::FileLock::Breaking breaking = core::FileLock::Breaking::Never);
    core::Status create(const QString &path, const QString &fundName);
    /// Creates a fund that `populate` sets up (the New Fund wizard), then opens it.
    core::Status create(const QString &path,
                        const std::function<core::Status(core::Database &)> &populate);
    void close();

    bool isOpen() const { return m_db != nullptr; }
    /// The background whole-file check is running.
    bool isChecking() const { return m_checker != nullptr; }
    core::Database *database() const { return m_db.get(); }
    QString path() const;

    /// Tells every page that the fund's data changed (after a command wrote to it).
    void notifyChanged() { Q_EMIT changed(); }
    /// After a command the desktop recorded: the pages refresh (changed()), then the window says
    /// `message` in its status bar (announced()). Pages then select the new or changed row.
    void recorded(const QString &message)
    {
        Q_EMIT changed();
        Q_EMIT announced(message, QString());
    }
    /// After an export: "Wrote PATH" in the status bar, with an Open Folder action.
    void wrote(const QString &path);

    /// While a Loan lives, the fund's connection works on a worker thread (a CSV import with its
    /// progress bar): the session leaves it alone, its refresh after a change on disk, its
    /// scheduled backup and the end of its background check waiting until the loan ends.
    class Loan
    {
    public:
        Loan() { ++s_loans; }
        ~Loan() { --s_loans; }
        Loan(const Loan &) = delete;
        Loan &operator=(const Loan &) = delete;
    };
    static bool isLent() { return s_loans > 0; }

    /// Makes a rotating backup (backups/ beside the file) when `backup_every_hours` have passed
    /// since the last one. Returns the problem, if any; called on open and every half hour.
    core::Status backupIfDue();
    /// What the last backupIfDue() or open wrote: the new backup's path, or empty.
    const QString &lastBackup() const { return m_lastBackup; }

Q_SIGNALS:
    void opened();
    void closed();
    void changed();
    /// What the desktop just did, for the status bar; `folder`, when set, is offered to open.
    void announced(const QString &message, const QString &folder);
    void fullCheckStarted();
    /// `passed` false: the fund stays read-only, database()->readOnlyReason() says why.
    void fullCheckFinished(bool passed);

private:
    void watch();
    void fileChangedOnDisk();
    void startFullCheck();
    void fullCheckDone(quint64 generation, const QString &problem);
    void stopFullCheck();

    static inline int s_loans = 0; ///< Loans alive (GUI thread only)
    std::unique_ptr<core::Database> m_db;
    /// Another process writing the file (imdp, or a second read-only window) makes the pages
    /// refresh: changes on disk arrive through here, debounced.
    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
    QTimer *m_backupTimer;
    QString m_lastBackup;
    QThread *m_checker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelCheck;
    quint64 m_checkGeneration = 0;
};

} // namespace imdp::ui
