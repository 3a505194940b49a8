// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/document/document.h"
#include "core/result.h"

#include <atomic>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPrinter;
class QProgressDialog;
class QWidget;

namespace imdp::ui {

enum class Paper { A4, Letter };

/// Lays a core document::Document out on pages: cover, contents with page numbers, running header
/// (fund · meeting, confidentiality mark) and footer (date, fingerprint, "Page N of M"). Tables
/// repeat their header on each page and never split a row; headings stay with what follows.
/// Two passes: the first measures (page count, where each heading falls), the second paints.
class PagedRenderer
{
public:
    explicit PagedRenderer(const core::document::Document &doc);

    /// Paints onto a paged device (QPdfWriter, or a QPrinter for paper and print preview) whose
    /// page size is already set. Returns the number of pages.
    int render(QPagedPaintDevice *device);

    /// Writes a PDF (A4 or Letter) through core/io/output.h: a 0600 temporary file, fsynced and
    /// renamed into place, so a failure never leaves a half-written PDF; a fund, backup, lock or
    /// link is never replaced, another existing file only with `replace`. Needs a
    /// QGuiApplication (offscreen is fine).
    static core::Result<int> writePdf(const core::document::Document &doc, const QString &path,
                                      Paper paper, bool replace = false);

    /// Prints `doc` on `printer` (the print dialog's or print preview's printer). "Print to
    /// file" (a PDF file name on the printer) is not left to the printer, which would write the
    /// file in place, over anything, through a link: the PDF goes through writePdf(), the one
    /// output path, so a fund, backup, lock, held file or link is refused (the error names it).
    /// The dialog that chose the name asked before replacing another existing file. A preview
    /// is painted as it is. Returns the pages.
    static core::Result<int> print(const core::document::Document &doc, QPrinter *printer);

private:
    const core::document::Document &m_doc;
};

/// How far a long document has got: while a scope lives, every document rendered on this thread
/// (a PDF, a print run) reports each page it has painted, with the document's pages.
class RenderProgressScope
{
public:
    using Progress = std::function<void(int page, int pages)>;
    explicit RenderProgressScope(Progress progress);
    ~RenderProgressScope();
    RenderProgressScope(const RenderProgressScope &) = delete;
    RenderProgressScope &operator=(const RenderProgressScope &) = delete;

private:
    Progress m_previous;
};

/// While a scope lives, a document rendered on this thread stops at its next block once `cancel`
/// is set, and writePdf() then writes nothing (its temporary file removed) and returns an error.
class RenderCancelScope
{
public:
    explicit RenderCancelScope(const std::atomic_bool *cancel);
    ~RenderCancelScope();
    RenderCancelScope(const RenderCancelScope &) = delete;
    RenderCancelScope &operator=(const RenderCancelScope &) = delete;
    /// The flag of this thread's innermost scope is set.
    static bool cancelled();

private:
    const std::atomic_bool *m_previous;
};

/// A progress bar over `parent` while a PDF is written or a document printed (a dossier of a
/// hundred pages takes a while): shown after half a second, moved page by page, gone with it.
class PageProgress
{
public:
    PageProgress(QWidget *parent, const QString &label);
    ~PageProgress();
    PageProgress(const PageProgress &) = delete;
    PageProgress &operator=(const PageProgress &) = delete;
    QProgressDialog *dialog() const { return m_dialog.get(); }
    /// The last page reported.
    int page() const { return m_page; }

private:
    std::unique_ptr<QProgressDialog> m_dialog;
    int m_page = 0;
    RenderProgressScope m_scope;
};

/// Sizes a print preview window to what its pages need: one A4 page at its width, about 80% of a
/// page's height on screen, and never more than the available area of the screen `near` is on
/// (a 1024x700 laptop included), instead of the toolkit's default size.
void fitPreviewWindow(QWidget *preview, const QWidget *near);

} // namespace imdp::ui
