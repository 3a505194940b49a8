// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/reports/financial.h"
#include "core/reports/statement.h"
#include "core/result.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QPrintPreviewWidget;
class QStackedWidget;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QTimer;

namespace imdp::ui {

class FundSession;
class PdfJob;

/// The Reports page: choose a statement and its parameters (period, donor, project, language),
/// see its pages beside the choices (the same paged document it prints, rebuilt when a choice
/// or the fund changes and the typing pauses, while the page is shown), preview and print it
/// through the paged renderer, export it as PDF, XLSX or CSV. The figures come from core::reports,
/// the same as `imdp report`.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    enum class Format { Pdf, Xlsx, Csv };

    explicit ReportsPage(FundSession *session, QWidget *parent = nullptr);
    ~ReportsPage() override;

    /// The chosen report with the chosen parameters, computed now.
    core::Result<core::reports::Statement> statement() const;
    /// The report and its parameters as chosen on the page.
    std::pair<QString, core::reports::Parameters> choice() const;
    /// Writes the chosen report's PDF to `path` on a worker (PdfJob, with progress and Cancel);
    /// the job goes once it has finished(). Export PDF… after its file name.
    PdfJob *exportPdf(const QString &path, bool replace = false);
    /// The print preview of the chosen report, in a non-modal window (showPreview): one per
    /// document.
    void preview();
    /// Writes the chosen report to `path`; errors are returned, not shown.
    core::Status exportTo(const QString &path, Format format, bool replace = false) const;

    QComboBox *reportBox() const { return m_report; }
    QComboBox *languageBox() const { return m_lang; }
    QComboBox *donorBox() const { return m_donor; }
    QComboBox *projectBox() const { return m_project; }
    /// The file name an export suggests: fund, report, donor or project, date, language.
    QString suggestedName(const QString &extension) const;
    QCheckBox *wholeLife() const { return m_whole; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    /// Prints the chosen report on `printer` (the print dialog's, or print preview's):
    /// PagedRenderer::print, so "print to file" goes through the one output path; a refusal is
    /// shown in a message box.
    void paint(QPrinter *printer);

    /// The pages shown beside the choices (0 while none are: the page hidden, or the report
    /// refused, its reason shown instead).
    int previewPageCount() const;
    /// The reason shown instead of the pages, or empty.
    QString previewProblem() const;
    /// A choice changed and the pages are rebuilt once the typing pauses (kPreviewPause).
    bool previewPending() const;
    /// How many times the pages were built (a burst of changes builds them once).
    int previewBuilds() const { return m_previewBuilds; }
    /// The pause after the last change before the pages are rebuilt.
    static constexpr int kPreviewPauseMs = 300;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updatePreview();
    /// Rebuilds the pages after kPreviewPauseMs without a further change.
    void schedulePreview();
    void refreshChoices();
    void updateEnabled();
    void print();
    void exportAs(Format format);
    /// The DGF application's narratives (DgfNarrativesDialog).
    void editNarratives();

    FundSession *m_session;
    QComboBox *m_report;
    QCheckBox *m_whole;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_donor;
    QComboBox *m_project;
    QComboBox *m_lang;
    QLabel *m_summary;
    QStackedWidget *m_previewArea;
    QLabel *m_previewProblem;
    QPrintPreviewWidget *m_preview = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter;
    core::document::Document m_previewDoc;
    QTimer *m_previewTimer;
    int m_previewBuilds = 0;
    bool m_previewStale = true;
    bool m_filling = false;
};

} // namespace imdp::ui
