// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/document/document.h"

#include <QPageSize>

#include <memory>

class QPrintPreviewDialog;
class QWidget;

namespace imdp::ui {

/// Shows the print preview of `doc` in a window of its own, non-modal: the main window stays in
/// use and its event loop runs (no exec()). One window per document: the preview already open
/// under `parent` with the same `key` is raised instead of a second one. The window, its printer
/// and the document go when it is closed.
QPrintPreviewDialog *showPreview(QWidget *parent, const QString &key,
                                 std::shared_ptr<const core::document::Document> doc,
                                 QPageSize::PageSizeId size);

} // namespace imdp::ui
