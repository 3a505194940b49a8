// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/screenshots.h"

#include "core/ledger/pledges.h"
#include "ui/entry/amendpledgedialog.h"
#include "ui/fundsession.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

int renderScreenshots(MainWindow &window, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return -1;
    // One name per page: a page added without its name here does not compile.
    static constexpr const char *names[] = {"dashboard", "funding",   "ledger",
                                            "pipeline",  "reviews",   "committee",
                                            "reports",   "organisations"};
    static_assert(std::size(names) == MainWindow::PageCount);
    // 1280x800 unless IMDP_SCREENSHOT_SIZE says otherwise (e.g. 1024x700, the smallest screen
    // every page must fit).
    QSize size(1280, 800);
    const QStringList wh = qEnvironmentVariable("IMDP_SCREENSHOT_SIZE").split(u'x');
    if (wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
        size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    window.resize(size);
    window.show();
    int written = 0;
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        window.showPage(MainWindow::Page(p));
        QApplication::processEvents();
        const QString file = QDir(folder).filePath(
            u"%1-%2.png"_s.arg(p + 1, 2, 10, QLatin1Char('0')).arg(QLatin1String(names[size_t(p)])));
        if (!window.grab().save(file))
            return -1;
        ++written;
    }
    // The amend dialog on a pledge with an instalment schedule (the structured editor).
    if (core::Database *db = window.session() ? window.session()->database() : nullptr) {
        QString reference;
        if (auto all = core::ledger::pledges(*db)) {
            for (const auto &p : *all) {
                if (p.status != u"cancelled"_s && p.instalments.size() > 1) {
                    reference = p.reference;
                    break;
                }
            }
        }
        if (!reference.isEmpty()) {
            AmendPledgeDialog dialog(*db, reference, &window);
            dialog.show();
            QApplication::processEvents();
            const QString file = QDir(folder).filePath(u"%1-amend-pledge.png"_s.arg(MainWindow::PageCount + 1, 2, 10, QLatin1Char('0')));
            if (!dialog.grab().save(file))
                return -1;
            ++written;
        }
    }
    return written;
}

} // namespace imdp::ui
