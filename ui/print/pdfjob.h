// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/document/document.h"
#include "core/result.h"
#include "ui/print/pagedrenderer.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace imdp::core {
class Database;
}

namespace imdp::ui {

/// Writes one PDF on a worker thread: a progress dialog over `parent` moves page by page and its
/// Cancel stops the job, leaving no file (writePdf's temporary file is removed). The window goes
/// on painting meanwhile. When the document needs the fund's data, `build` runs on the worker
/// with a read-only connection of the worker's own (Database::openReader on `fundPath`); with no
/// `fundPath` it gets nullptr and returns a document built beforehand.
class PdfJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfJob)
public:
    using Build = std::function<core::Result<core::document::Document>(core::Database *reader)>;
    PdfJob(QWidget *parent, const QString &label, const QString &fundPath, Build build,
           const QString &path, Paper paper, bool replace);
    /// Cancels a job still running and waits for its worker.
    ~PdfJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_worker != nullptr; }
    bool wasCancelled() const { return m_work->cancel.load(); }
    /// Once finished(): the pages written, or why nothing was.
    const core::Result<int> &result() const { return m_work->result; }
    QProgressDialog *progress() const;
    const QString &path() const { return m_path; }

Q_SIGNALS:
    /// On the GUI thread, once the worker is done (result(), wasCancelled()).
    void finished();

private:
    struct Work
    {
        std::atomic_bool cancel{false};
        std::atomic_int page{0};
        std::atomic_int pages{0};
        core::Result<int> result{0};
    };
    void done();

    std::shared_ptr<Work> m_work;
    QString m_fundPath;
    Build m_build;
    QString m_path;
    Paper m_paper;
    bool m_replace;
    QPointer<QProgressDialog> m_progress;
    QTimer *m_tick;
    QThread *m_worker = nullptr;
};

} // namespace imdp::ui
