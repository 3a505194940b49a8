// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Pipeline page benchmark: generates N proposals (default 10,000) through the core commands in one
// transaction, then times creating and showing the desktop's Pipeline page on them, offscreen,
// as the board and as the table. Prints figures; never fails a test.
// Usage: imdp_bench_pipeline_page [N] [--keep FILE] [--only board|table]
//   --keep FILE   generate into FILE, or reuse it when it exists (profiling without generating)
//   --only VIEW   time one view only (for callgrind)
// (docs/performance.md, "Pipeline page")
#include "pipelinegen.h"

#include "core/storage/database.h"
#include "ui/fundsession.h"
#include "ui/pages/pipelinepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using namespace imdp::core;
using imdp::bench::say;

namespace {
/// Creates the page, shows it and paints it once: what the officer waits for.
qint64 timePage(ui::FundSession &session, ui::PipelinePage::View view)
{
    QSettings().setValue(u"ui/pipelineView"_s,
                         view == ui::PipelinePage::View::Board ? u"board"_s : u"table"_s);
    QElapsedTimer t;
    t.start();
    ui::PipelinePage page(&session);
    page.resize(1280, 760);
    page.show();
    QCoreApplication::processEvents();
    const QPixmap painted = page.grab();
    const qint64 ms = t.elapsed();
    if (painted.isNull())
        return -1;
    return ms;
}

/// Removes `--name VALUE` from `args` and returns VALUE (empty when absent).
QString option(QStringList &args, const QString &name)
{
    const qsizetype k = args.indexOf(name);
    if (k < 0 || k + 1 >= args.size())
        return {};
    const QString value = args.at(k + 1);
    args.remove(k, 2);
    return value;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", (dir.path() + u"/config"_s).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"IMDP-bench"_s);
    QCoreApplication::setApplicationName(u"imdp-bench"_s);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString keep = option(args, u"--keep"_s);
    const QString only = option(args, u"--only"_s);
    const int n = args.isEmpty() ? 10000 : args.first().toInt();
    const QString path = keep.isEmpty() ? dir.filePath(u"bench.imdp"_s) : keep;

    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        auto db = Database::create(path, [n](Database &d) {
            return imdp::bench::generateProposals(d, n, u"Pipeline page benchmark"_s);
        });
        if (!db) {
            say() << "generate: " << db.error().message << Qt::endl;
            return 1;
        }
        say() << "generate " << n << " proposals (core commands, one transaction): "
              << t.elapsed() << " ms" << Qt::endl;
    }

    ui::FundSession session;
    if (auto s = session.open(path); !s) {
        say() << "open: " << s.error().message << Qt::endl;
        return 1;
    }
    const int runs = only.isEmpty() ? 3 : 1;
    for (const auto &[name, view] : {std::pair{u"board"_s, ui::PipelinePage::View::Board},
                                     std::pair{u"table"_s, ui::PipelinePage::View::Table}}) {
        if (!only.isEmpty() && only != name)
            continue;
        for (int run = 1; run <= runs; ++run) {
            say() << "Pipeline page, " << name << ", run " << run << ": "
                  << timePage(session, view) << " ms" << Qt::endl;
        }
    }
    return 0;
}
