// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/print/previewwindow.h"

#include "ui/dialogs.h"
#include "ui/labels.h"
#include "ui/print/pagedrenderer.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

QPrintPreviewDialog *showPreview(QWidget *parent, const QString &key,
                                 std::shared_ptr<const core::document::Document> doc,
                                 QPageSize::PageSizeId size)
{
    const auto open = parent->findChildren<QPrintPreviewDialog *>(Qt::FindDirectChildrenOnly);
    for (QPrintPreviewDialog *d : open) {
        if (d->property("previewKey").toString() == key) {
            d->raise();
            d->activateWindow();
            return d;
        }
    }
    // A printer per job (STYLE.md 10), living as long as its window.
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(size));
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setObjectName(u"printPreview"_s);
    dialog->setProperty("previewKey", key);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal);
    if (!doc->title.isEmpty())
        dialog->setWindowTitle(QCoreApplication::translate("Preview",
                                                           "Print Preview — %1")
                                   .arg(doc->title));
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [dialog, doc](QPrinter *p) {
                         if (auto pages = PagedRenderer::print(*doc, p); !pages)
                             dialogs::error(dialog,
                                            QCoreApplication::translate("Preview",
                                                                        "Print preview"),
                                            errorText(pages.error()));
                     });
    fitPreviewWindow(dialog, parent);
    dialog->show();
    return dialog;
}

} // namespace imdp::ui
