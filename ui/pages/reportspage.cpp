// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/reportspage.h"

#include "core/clock.h"
#include "core/ledger/position.h"
#include "core/reports/catalogue.h"
#include "core/reports/xlsxexport.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/language.h"
#include "ui/models/models.h"
#include "ui/pages/dgfnarrativesdialog.h"
#include "ui/print/pagedrenderer.h"
#include "ui/print/pdfjob.h"
#include "ui/print/previewwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPaintEngine>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

ReportsPage::ReportsPage(FundSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Reports")), this);
    v->addWidget(heading);
    auto *intro = new QLabel(tr("The statements the secretariat owes, computed from the journal. "
                                "Every export carries its totals and the fund's data fingerprint."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);

    // The choices on the left, the chosen report's pages on the right (issue 20: the page was
    // a form over an empty grey area).
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"reportsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    v->addWidget(splitter, 1);
    auto *choices = new QWidget(splitter);
    auto *left = new QVBoxLayout(choices);
    left->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_report = new QComboBox(this);
    m_report->setObjectName(u"report"_s);
    // A long title elides in the box rather than widening the page.
    m_report->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_report->setMinimumContentsLength(18);
    // In the order of core::reports::names().
    const QStringList titles{tr("Sources and uses of funds"),
                             tr("Donor statement"),
                             tr("Project financial summary"),
                             tr("Pipeline report"),
                             tr("Report to the Global Forum on funded activities"),
                             tr("DGF application: preliminary proposal"),
                             tr("DGF application: formal request")};
    for (qsizetype i = 0; i < core::reports::names().size(); ++i) {
        m_report->addItem(titles.value(i), core::reports::names().at(i));
        m_report->setItemData(int(i), titles.value(i), Qt::ToolTipRole);
    }
    form->addRow(tr("Report"), m_report);

    m_whole = new QCheckBox(tr("From the fund's first entry"), this);
    m_whole->setChecked(true);
    m_from = new QDateEdit(this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(dateEditFormat());
    m_to = new QDateEdit(this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(dateEditFormat());
    const QDate today = core::Clock::today();
    m_to->setDate(today);
    // The World Bank's fiscal year starts on 1 July: the usual period of a statement.
    m_from->setDate(QDate(today.month() >= 7 ? today.year() : today.year() - 1, 7, 1));
    // The period on two lines: the whole life, or from a date to a date.
    auto *period = new QGridLayout;
    period->setContentsMargins(0, 0, 0, 0);
    period->addWidget(m_whole, 0, 0, 1, 3);
    period->addWidget(m_from, 1, 0);
    period->addWidget(new QLabel(tr("to"), this), 1, 1);
    period->addWidget(m_to, 1, 2);
    period->setColumnStretch(3, 1);
    form->addRow(tr("Period"), period);

    m_donor = new QComboBox(this);
    m_donor->setObjectName(u"donor"_s);
    m_donor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_donor->setMinimumContentsLength(18);
    form->addRow(tr("Donor"), m_donor);
    m_project = new QComboBox(this);
    m_project->setObjectName(u"project"_s);
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_project->setMinimumContentsLength(18);
    form->addRow(tr("Project"), m_project);
    m_lang = new QComboBox(this);
    m_lang->setObjectName(u"language"_s);
    fillDocumentLanguages(m_lang);
    form->addRow(tr("Language"), m_lang);
    left->addLayout(form);

    // The commands two by two, so the choices stay narrow beside the preview.
    auto *buttons = new QGridLayout;
    int slot = 0;
    const auto button = [&](const QString &text, const QString &name, auto onClick) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, onClick);
        buttons->addWidget(b, slot / 2, slot % 2);
        ++slot;
    };
    button(tr("Preview…"), u"preview"_s, &ReportsPage::preview);
    button(tr("Print…"), u"print"_s, &ReportsPage::print);
    button(tr("Export PDF…"), u"exportPdf"_s, [this] { exportAs(Format::Pdf); });
    button(tr("Export XLSX…"), u"exportXlsx"_s, [this] { exportAs(Format::Xlsx); });
    button(tr("Export CSV…"), u"exportCsv"_s, [this] { exportAs(Format::Csv); });
    button(tr("DGF Narratives…"), u"dgfNarratives"_s, &ReportsPage::editNarratives);
    left->addLayout(buttons);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_summary);
    left->addStretch(1);

    // The preview: the pages the report prints, or why there are none.
    m_previewArea = new QStackedWidget(splitter);
    m_previewArea->setObjectName(u"previewArea"_s);
    m_previewProblem = new QLabel(m_previewArea);
    m_previewProblem->setObjectName(u"previewProblem"_s);
    m_previewProblem->setWordWrap(true);
    m_previewProblem->setAlignment(Qt::AlignCenter);
    m_previewProblem->setTextFormat(Qt::PlainText);
    m_previewProblem->setMinimumWidth(1);
    m_previewArea->addWidget(m_previewProblem);
    splitter->addWidget(choices);
    splitter->addWidget(m_previewArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    // Typing a date or stepping through donors rebuilds the pages once, when the officer pauses:
    // a statement of a large fund takes a moment, and every keystroke would redo it.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewPauseMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportsPage::updatePreview);
    const auto changed = [this] { schedulePreview(); };
    connect(m_report, &QComboBox::currentIndexChanged, this, changed);
    connect(m_whole, &QCheckBox::toggled, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_donor, &QComboBox::currentIndexChanged, this, changed);
    connect(m_project, &QComboBox::currentIndexChanged, this, changed);
    connect(m_lang, &QComboBox::currentIndexChanged, this, changed);
    connect(m_whole, &QCheckBox::toggled, this, &ReportsPage::updateEnabled);
    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportsPage::updateEnabled);
    // A donor or project added elsewhere (or by imdp on disk) is offered at once (issue 20).
    if (m_session)
        connect(m_session, &FundSession::changed, this, [this] {
            refreshChoices();
            schedulePreview();
        });
    refreshChoices();
    updateEnabled();
}

ReportsPage::~ReportsPage()
{
    // The preview paints pages its printer holds: it goes first.
    delete m_preview;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewStale)
        updatePreview();
}

void ReportsPage::schedulePreview()
{
    if (m_filling)
        return;
    m_previewTimer->start(); // restarted by every change: one build after the last
}

bool ReportsPage::previewPending() const
{
    return m_previewTimer->isActive();
}

void ReportsPage::updatePreview()
{
    m_previewTimer->stop();
    // Built only while it can be seen (a statement of a large fund takes a moment), and once
    // per change: the choices refilled after a change in the fund say so once, at the end.
    if (m_filling)
        return;
    if (!isVisible()) {
        m_previewStale = true;
        return;
    }
    m_previewStale = false;
    ++m_previewBuilds;
    auto s = statement();
    if (!s) {
        m_previewProblem->setText(errorText(s.error()));
        m_previewArea->setCurrentWidget(m_previewProblem);
        return;
    }
    m_previewDoc = core::reports::toDocument(*s);
    // A printer per preview (STYLE.md 10): the widget that paints on it goes with it.
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    auto *view = new QPrintPreviewWidget(printer.get(), m_previewArea);
    view->setObjectName(u"previewPages"_s);
    view->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(view, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter *p) { PagedRenderer(m_previewDoc).render(p); });
    m_previewArea->addWidget(view);
    m_previewArea->setCurrentWidget(view);
    view->updatePreview();
    if (m_preview) {
        m_previewArea->removeWidget(m_preview);
        delete m_preview;
    }
    m_preview = view;
    m_previewPrinter = std::move(printer);
}

QString ReportsPage::previewProblem() const
{
    return m_previewArea->currentWidget() == m_previewProblem ? m_previewProblem->text()
                                                              : QString();
}

int ReportsPage::previewPageCount() const
{
    return m_preview && m_previewArea->currentWidget() == m_preview ? m_preview->pageCount() : 0;
}

void ReportsPage::refreshChoices()
{
    // The choices made stay chosen when the lists are filled again.
    const QString donor = m_donor->currentData().toString();
    const QString project = m_project->currentData().toString();
    m_filling = true;
    const auto keep = qScopeGuard([&] {
        m_donor->setCurrentIndex(std::max(0, m_donor->findData(donor)));
        m_project->setCurrentIndex(std::max(0, m_project->findData(project)));
        m_filling = false;
    });
    m_donor->clear();
    m_project->clear();
    m_donor->addItem(tr("All donors"), QString());
    m_project->addItem(tr("All projects"), QString());
    if (!m_session || !m_session->database())
        return;
    core::Database &db = *m_session->database();
    if (auto pos = core::ledger::position(db, core::Clock::today())) {
        for (const auto &d : pos->byDonor)
            m_donor->addItem(d.donor, d.donor);
    }
    if (auto summary = core::reports::projectSummary(db, {})) {
        for (const auto &p : summary->projects)
            m_project->addItem(p.code + u" — "_s + p.title, p.code);
    }
}

void ReportsPage::updateEnabled()
{
    const QString name = m_report->currentData().toString();
    // Only sources and uses covers a period; the others are statements at a date.
    m_whole->setEnabled(name == u"sources-uses"_s);
    m_from->setEnabled(name == u"sources-uses"_s && !m_whole->isChecked());
    m_donor->setEnabled(name == u"donor-statement"_s);
    m_project->setEnabled(name == u"project-summary"_s);
}

std::pair<QString, core::reports::Parameters> ReportsPage::choice() const
{
    core::reports::Parameters p;
    const QString name = m_report->currentData().toString();
    if (name == u"sources-uses"_s && !m_whole->isChecked())
        p.from = m_from->date();
    p.to = m_to->date();
    if (name == u"donor-statement"_s)
        p.donor = m_donor->currentData().toString();
    if (name == u"project-summary"_s)
        p.project = m_project->currentData().toString();
    p.lang = core::reports::parseLang(m_lang->currentData().toString())
                 .value_or(core::reports::Lang::En);
    return {name, p};
}

core::Result<core::reports::Statement> ReportsPage::statement() const
{
    if (!m_session || !m_session->database())
        return core::Error::notFound(tr("No fund is open."));
    const auto [name, p] = choice();
    return core::reports::build(*m_session->database(), name, p);
}

core::Status ReportsPage::exportTo(const QString &path, Format format, bool replace) const
{
    auto s = statement();
    if (!s)
        return s.error();
    switch (format) {
    case Format::Csv:
        return core::reports::toCsv(*s).save(path, replace);
    case Format::Xlsx:
        return core::reports::writeXlsx(*s, path, replace);
    case Format::Pdf: break;
    }
    auto pages = PagedRenderer::writePdf(core::reports::toDocument(*s), path, Paper::A4, replace);
    if (!pages)
        return pages.error();
    return {};
}

void ReportsPage::paint(QPrinter *printer)
{
    auto s = statement();
    if (!s) {
        dialogs::error(this, tr("Reports"), errorText(s.error()));
        return;
    }
    const core::document::Document doc = core::reports::toDocument(*s);
    // A real printer or a PDF shows its progress; a preview paints its pages as they are shown.
    std::optional<PageProgress> progress;
    if (printer->paintEngine() && printer->paintEngine()->type() != QPaintEngine::Picture)
        progress.emplace(this, tr("Printing…"));
    if (auto pages = PagedRenderer::print(doc, printer); !pages)
        dialogs::error(this, tr("Print"), errorText(pages.error()));
}

void ReportsPage::preview()
{
    auto s = statement();
    if (!s) {
        dialogs::error(this, tr("Reports"), errorText(s.error()));
        return;
    }
    // A window of its own, one per document (the report with these choices).
    showPreview(this, suggestedName({}),
                std::make_shared<const core::document::Document>(core::reports::toDocument(*s)),
                QPageSize::A4);
}

void ReportsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void ReportsPage::exportAs(Format format)
{
    const QString filter = format == Format::Pdf    ? tr("PDF (*.pdf)")
                           : format == Format::Xlsx ? tr("Excel workbook (*.xlsx)")
                                                    : tr("CSV (*.csv)");
    const QString extension = format == Format::Pdf    ? u".pdf"_s
                              : format == Format::Xlsx ? u".xlsx"_s
                                                       : u".csv"_s;
    const dialogs::OutputChoice out = dialogs::saveOutputFileName(this, tr("Export report"), filter,
                                                                  {}, suggestedName(extension));
    if (out.path.isEmpty())
        return;
    if (format == Format::Pdf) {
        exportPdf(out.path, out.replace);
        return;
    }
    if (auto st = exportTo(out.path, format, out.replace); !st) {
        dialogs::error(this, tr("Export report"), errorText(st.error()));
        return;
    }
    m_summary->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(out.path)));
    m_session->wrote(out.path);
}

PdfJob *ReportsPage::exportPdf(const QString &path, bool replace)
{
    if (!m_session || !m_session->database())
        return nullptr;
    // Read and laid out on a worker, on its own read-only connection to the fund: the window
    // goes on painting, and Cancel leaves no file.
    auto *job = new PdfJob(
        this, tr("Writing the PDF…"), m_session->path(),
        [chosen = choice()](core::Database *reader) -> core::Result<core::document::Document> {
            auto s = core::reports::build(*reader, chosen.first, chosen.second);
            if (!s)
                return s.error();
            return core::reports::toDocument(*s);
        },
        path, Paper::A4, replace);
    connect(job, &PdfJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->wasCancelled()) {
            m_summary->setText(tr("PDF export cancelled; no file was written."));
            Q_EMIT m_session->announced(m_summary->text(), {});
            return;
        }
        if (!job->result()) {
            dialogs::error(this, tr("Export report"), errorText(job->result().error()));
            return;
        }
        m_summary->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(job->path())));
        m_session->wrote(job->path());
    });
    job->start();
    return job;
}

QString ReportsPage::suggestedName(const QString &extension) const
{
    // The fund (its file's name), the report, the donor or project chosen, the date and the
    // language: exports of several funds and languages sit side by side in one folder.
    const QString name = m_report->currentData().toString();
    QStringList parts{QFileInfo(m_session ? m_session->path() : QString()).completeBaseName(),
                      name};
    if (name == u"donor-statement"_s)
        parts << m_donor->currentData().toString();
    if (name == u"project-summary"_s)
        parts << m_project->currentData().toString();
    parts << m_to->date().toString(Qt::ISODate) << m_lang->currentData().toString();
    return dialogs::suggestedOutputName(parts, extension);
}

void ReportsPage::editNarratives()
{
    if (!m_session || !m_session->database())
        return;
    DgfNarrativesDialog dialog(*m_session->database(), this);
    if (dialogs::exec(&dialog) == QDialog::Accepted && dialog.written() > 0)
        m_session->recorded(dialog.written() == 1
                                ? tr("1 DGF application narrative saved")
                                : tr("%1 DGF application narratives saved").arg(dialog.written()));
}

} // namespace imdp::ui
