// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/importpreviewdialog.h"

#include "core/ledger/import.h"
#include "core/oneline.h"
#include "core/storage/database.h"
#include "ui/capguard.h"
#include "ui/dialogs.h"
#include "ui/labels.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
/// The reason of an import's problem line ("FILE:LINE: <reason>") in the interface language:
/// the row's own error under its place; `english` when the error carries no reason.
QString problemReason(const core::Error &e, const QString &english)
{
    if (e.args.size() < 2 || !e.args.at(1).error)
        return english;
    // One line, whatever the text it quotes from the file holds.
    const QString inner = core::shownOnOneLine(errorText(*e.args.at(1).error));
    // A file-wide problem of the reader starts with its line ("1: header: …").
    return e.key == u"ledger.import_file"_s ? inner.section(u':', 1).trimmed() : inner;
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(core::Database &db, core::ledger::ImportKind kind,
                                         const QString &path, QWidget *parent,
                                         const QDate &openingDate)
    : QDialog(parent)
    , m_db(db)
    , m_kind(kind)
    , m_path(path)
    , m_openingDate(openingDate)
{
    switch (kind) {
    case core::ledger::ImportKind::Receipts: setWindowTitle(tr("Import Receipts")); break;
    case core::ledger::ImportKind::Pledges: setWindowTitle(tr("Import Pledges")); break;
    case core::ledger::ImportKind::Organisations: setWindowTitle(tr("Import Organisations")); break;
    case core::ledger::ImportKind::Opening: setWindowTitle(tr("Import Opening Balances")); break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *file = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(file);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // The organisations the import would create (unknown donors): a typo shows here, before
    // anything is written.
    m_created = new QLabel(this);
    m_created->setObjectName(u"created"_s);
    m_created->setWordWrap(true);
    m_created->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_created);
    m_view = new QTableView(this);
    m_view->setObjectName(u"rows"_s);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"problemList"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_problems->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problems->setPalette(pal);
    layout->addWidget(m_problems);
    // How far the worker has got: rows gone through of the file's rows.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"import"_s);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);
    layout->addWidget(buttons);
    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_work)
            return;
        const qint64 total = m_work->total.load();
        m_progress->setRange(0, total > 0 ? 1000 : 0); // busy until the rows are counted
        if (total > 0)
            m_progress->setValue(int(1000 * m_work->done.load() / total));
    });
    resize(900, 560);
    startPreview();
}

ImportPreviewDialog::~ImportPreviewDialog()
{
    // Closed while the worker runs (the window closing): stopped, nothing written, and waited
    // for: the worker's connection closes before the session's may.
    if (m_worker) {
        m_work->cancel.store(true);
        m_worker->wait();
        delete m_worker;
    }
}

QString ImportPreviewDialog::summary() const
{
    return m_summary->text();
}

void ImportPreviewDialog::startWork(const QString &doing, std::function<void()> job,
                                    std::function<void()> done)
{
    auto work = std::make_shared<Work>();
    m_work = work;
    m_done = std::move(done);
    m_loan.emplace(); // the session leaves the connection alone until the worker is done
    m_summary->setText(doing);
    m_import->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_worker = QThread::create([work, job = std::move(job)] {
        const core::ledger::ImportProgressScope scope([&work](qint64 done, qint64 total) {
            work->done.store(done);
            work->total.store(total);
            return !work->cancel.load();
        });
        job();
    });
    connect(m_worker, &QThread::finished, this, &ImportPreviewDialog::finishWork,
            Qt::QueuedConnection);
    m_tick->start();
    m_worker->start();
}

void ImportPreviewDialog::finishWork()
{
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_loan.reset();
    m_tick->stop();
    m_progress->hide();
    const auto done = std::exchange(m_done, {});
    done();
    Q_EMIT workFinished();
}

void ImportPreviewDialog::cancelWork()
{
    if (m_work && m_worker)
        m_work->cancel.store(true);
}

void ImportPreviewDialog::reject()
{
    if (m_worker) {
        cancelWork();
        return;
    }
    QDialog::reject();
}

void ImportPreviewDialog::closeEvent(QCloseEvent *event)
{
    if (m_worker) {
        cancelWork();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportPreviewDialog::startPreview(bool importAfter)
{
    // Every row is checked against the fund in a transaction rolled back: seconds on a large file.
    auto result = std::make_shared<std::optional<core::Result<core::ledger::ImportPreview>>>();
    startWork(
        tr("Reading and checking every row. Nothing is written."),
        [result, holder = &m_db, kind = m_kind, path = m_path, override = m_override,
         opening = m_openingDate] {
            // A connection of the worker's own (Qt's SQLite connections are per thread),
            // covered by the session's lock; the session leaves its own alone meanwhile.
            auto db = core::Database::openWriter(*holder);
            if (!db) {
                result->emplace(db.error());
                return;
            }
            result->emplace(core::ledger::previewImport(**db, kind, path, override, opening));
        },
        [this, result, importAfter] {
            // Cancel pressed as the preview ended: it is shown all the same (nothing was written).
            if (!**result && m_work->cancel.load()) {
                m_capRefused = false;
                m_summary->setText(tr("Preview cancelled. Nothing has been written."));
                m_import->setEnabled(false);
                return;
            }
            showPreview(**result);
            if (importAfter && !m_capRefused && m_import->isEnabled())
                startImport();
        });
}

void ImportPreviewDialog::showPreview(const core::Result<core::ledger::ImportPreview> &p)
{
    QStringList header;
    QList<PreviewRow> rows;
    QStringList problems;
    m_capRefused = false;
    if (p) {
        header = p->header;
        QMap<int, int> byLine; // line → row
        for (const auto &r : std::as_const(p->records)) {
            byLine.insert(r.line, int(rows.size()));
            rows.append({r.line, r.fields, {}});
        }
        problems = p->result.problems;
        const QStringList &created = p->result.created;
        m_created->setText(
            created.isEmpty() || m_kind == core::ledger::ImportKind::Organisations
                ? QString()
                : tr("New organisations it would create (%1): %2. Check them for typos; a name "
                     "already in the directory is used as it is.")
                      .arg(QLocale().toString(created.size()), created.join(u"; "_s)));
        m_created->setVisible(!m_created->text().isEmpty());
        // "FILE:LINE: field: reason": the line is what follows the file's path (in the English
        // line); the reason is the row's own error, worded in the interface language.
        const QList<core::Error> &errors = p->result.problemErrors;
        for (qsizetype i = 0; i < problems.size(); ++i) {
            const QString &problem = problems.at(i);
            const QString rest = problem.startsWith(m_path + u':') ? problem.mid(m_path.size() + 1)
                                                                    : problem;
            const int line = rest.section(u':', 0, 0).toInt();
            QString what = rest.section(u':', 1).trimmed();
            if (i < errors.size())
                what = problemReason(errors.at(i), what);
            if (auto it = byLine.constFind(line); it != byLine.cend()) {
                QString &text = rows[*it].problem;
                text += (text.isEmpty() ? QString() : u"\n"_s) + what;
            } else {
                rows.prepend({line, {}, what}); // the header or the file as a whole
                for (auto &v : byLine)
                    ++v;
            }
        }
        const QLocale locale;
        if (problems.isEmpty() && m_kind == core::ledger::ImportKind::Organisations) {
            m_summary->setText(tr("%1 organisation(s) would be added to the directory. Nothing "
                                  "has been written yet.")
                                   .arg(locale.toString(p->result.rows)));
        } else if (problems.isEmpty()) {
            const QString total = usdText(p->result.usdMinor);
            m_summary->setText(
                p->result.rows == 1
                    ? tr("1 row totalling %1 would be imported. Nothing has been written yet.")
                          .arg(total)
                    : tr("%1 rows totalling %2 would be imported. Nothing has been written yet.")
                          .arg(locale.toString(p->result.rows), total));
        } else if (problems.size() == 1) {
            m_summary->setText(tr("1 bad row: the file cannot be imported until it is put "
                                  "right. Nothing has been written."));
        } else {
            m_summary->setText(tr("%1 bad rows: the file cannot be imported until they are put "
                                  "right. Nothing has been written.")
                                   .arg(locale.toString(problems.size())));
        }
    } else {
        m_capRefused = p.error().code == core::ErrorCode::Refused
                       && m_kind == core::ledger::ImportKind::Pledges;
        problems = {errorText(p.error())};
        m_summary->setText(m_capRefused
                               ? tr("The DGF cap refuses this file as a whole. Nothing has been "
                                    "written.")
                               : tr("The file cannot be imported. Nothing has been written."));
    }
    m_header = header;
    QList<Column<PreviewRow>> cols{
        {[] { return tr("Line"); }, [](const PreviewRow &r) { return QString::number(r.line); },
         [](const PreviewRow &r) { return r.line; }, Qt::AlignRight | Qt::AlignVCenter}};
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i);
        cols.append({[name] { return name; },
                     // A quoted field may hold line breaks: one line per row.
                     [i](const PreviewRow &r) {
                         return core::shownOnOneLine(r.fields.value(i));
                     }});
    }
    cols.append({[] { return tr("Problem"); },
                 [](const PreviewRow &r) { return QString(r.problem).replace(u'\n', u"; "_s); },
                 {}, Qt::AlignLeft | Qt::AlignVCenter,
                 [](const PreviewRow &r) { return r.problem; }});
    auto *old = m_model;
    m_model = new TableModel<PreviewRow>(std::move(cols), this);
    m_model->setAlert([](const PreviewRow &r) { return !r.problem.isEmpty(); });
    m_model->setRows(rows);
    m_view->setModel(m_model);
    delete old;
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_import->setEnabled(problems.isEmpty() || m_capRefused);
    m_import->setText(m_capRefused ? tr("Import with &override…") : tr("&Import"));
}

bool ImportPreviewDialog::runImport()
{
    if (m_worker || !m_import->isEnabled())
        return false;
    if (m_capRefused) {
        const QString why = dialogs::capOverride(this, tr("Refused by the DGF cap"),
                                                 m_problems->text());
        if (why.isEmpty())
            return false;
        // Checked again with the justification, then imported when the cap lets it through.
        m_override = why;
        startPreview(true);
        return true;
    }
    startImport();
    return true;
}

void ImportPreviewDialog::startImport()
{
    auto result = std::make_shared<std::optional<core::Result<core::ledger::ImportResult>>>();
    startWork(
        tr("Importing. Cancel stops it and writes nothing."),
        [result, holder = &m_db, kind = m_kind, path = m_path, override = m_override,
         opening = m_openingDate] {
            // The same core command as the CLI's, on the worker's own connection.
            auto db = core::Database::openWriter(*holder);
            if (!db) {
                result->emplace(db.error());
                return;
            }
            result->emplace(core::ledger::runImport(**db, kind, path, override, opening));
        },
        [this, result] {
            const auto &r = **result;
            // Cancel pressed once the import was committed: written, and said so as usual.
            if (!r && m_work->cancel.load()) {
                m_summary->setText(tr("Import cancelled. Nothing has been written."));
                m_import->setEnabled(true);
                return;
            }
            if (!r || !r->problems.isEmpty()) {
                // The file or the fund changed since: show what is wrong now.
                if (!r)
                    dialogs::error(this, windowTitle(), errorText(r.error()));
                startPreview();
                return;
            }
            m_imported = r->rows;
            accept();
        });
}

QString ImportPreviewDialog::firstValue(const QString &column) const
{
    const qsizetype i = m_header.indexOf(column);
    if (i < 0 || !m_model)
        return {};
    for (const PreviewRow &r : m_model->rows())
        if (r.problem.isEmpty() && i < r.fields.size())
            return r.fields.at(i).trimmed();
    return {};
}

} // namespace imdp::ui
