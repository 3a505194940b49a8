// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/print/pdfjob.h"

#include "core/storage/database.h"

#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

PdfJob::PdfJob(QWidget *parent, const QString &label, const QString &fundPath, Build build,
               const QString &path, Paper paper, bool replace)
    : QObject(parent)
    , m_work(std::make_shared<Work>())
    , m_fundPath(fundPath)
    , m_build(std::move(build))
    , m_path(path)
    , m_paper(paper)
    , m_replace(replace)
    , m_tick(new QTimer(this))
{
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    m_progress->setObjectName(u"pdfProgress"_s);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &PdfJob::cancel);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_progress)
            return;
        const int pages = m_work->pages.load();
        m_progress->setMaximum(pages); // busy until the first page is painted
        m_progress->setValue(pages > 0 ? m_work->page.load() : 0);
    });
}

PdfJob::~PdfJob()
{
    if (m_worker) {
        m_work->cancel.store(true);
        m_worker->wait();
        delete m_worker;
    }
    delete m_progress;
}

QProgressDialog *PdfJob::progress() const
{
    return m_progress;
}

void PdfJob::start()
{
    if (m_worker)
        return;
    m_worker = QThread::create([work = m_work, fundPath = m_fundPath, build = m_build,
                                path = m_path, paper = m_paper, replace = m_replace] {
        std::unique_ptr<core::Database> reader;
        if (!fundPath.isEmpty()) {
            auto db = core::Database::openReader(fundPath);
            if (!db) {
                work->result = db.error();
                return;
            }
            reader = std::move(db).value();
        }
        auto doc = build(reader.get());
        reader.reset(); // the data is read: the connection goes before the long part
        if (!doc) {
            work->result = doc.error();
            return;
        }
        const RenderProgressScope progress([&work](int page, int pages) {
            work->page.store(page);
            work->pages.store(pages);
        });
        const RenderCancelScope cancel(&work->cancel);
        work->result = PagedRenderer::writePdf(*doc, path, paper, replace);
    });
    connect(m_worker, &QThread::finished, this, &PdfJob::done, Qt::QueuedConnection);
    m_progress->setValue(0);
    m_tick->start();
    m_worker->start(QThread::LowPriority);
}

void PdfJob::cancel()
{
    // Before start() too: the job then stops before its first page.
    m_work->cancel.store(true);
}

void PdfJob::done()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_tick->stop();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    Q_EMIT finished();
}

} // namespace imdp::ui
