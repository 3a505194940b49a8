// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/report/document.h"
#include "core/result.h"

class QPagedPaintDevice;
class QPrinter;

namespace imdp::ui {

enum class Paper { A4, Letter };

/// Lays a core report::Document out on pages: cover, contents with page numbers, running header
/// (fund · meeting, confidentiality mark) and footer (date, fingerprint, "Page N of M"). Tables
/// repeat their header on each page and never split a row; headings stay with what follows.
/// Two passes: the first measures (page count, where each heading falls), the second paints.
class PagedRenderer
{
public:
    explicit PagedRenderer(const core::report::Document &doc);

    /// Paints onto a paged device (QPdfWriter, or a QPrinter for paper and print preview) whose
    /// page size is already set. Returns the number of pages.
    int render(QPagedPaintDevice *device);

    /// Writes a PDF (A4 or Letter) through core/io/output.h: a 0600 temporary file, fsynced and
    /// renamed into place, so a failure never leaves a half-written PDF; a fund, backup, lock or
    /// link is never replaced, another existing file only with `replace`. Needs a
    /// QGuiApplication (offscreen is fine).
    static core::Result<int> writePdf(const core::report::Document &doc, const QString &path,
                                      Paper paper, bool replace = false);

    /// Prints `doc` on `printer` (the print dialog's or print preview's printer). "Print to
    /// file" (a PDF file name on the printer) is not left to the printer, which would write the
    /// file in place, over anything, through a link: the PDF goes through writePdf(), the one
    /// output path, so a fund, backup, lock, held file or link is refused (the error names it).
    /// The dialog that chose the name asked before replacing another existing file. A preview
    /// is painted as it is. Returns the pages.
    static core::Result<int> print(const core::report::Document &doc, QPrinter *printer);

private:
    const core::report::Document &m_doc;
};

} // namespace imdp::ui
