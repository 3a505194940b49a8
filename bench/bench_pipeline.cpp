// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Pipeline benchmark: generates N proposals (default 10,000) through the core commands in one
// transaction, then times `imdp proposal list --json` on the file. Prints figures; never fails a
// test. Usage: imdp_bench_pipeline [N] [--keep FILE]   (docs/performance.md, "Pipeline")
#include "pipelinegen.h"

#include "core/pipeline/proposals.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::bench::say;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString keep;
    if (const qsizetype k = args.indexOf(u"--keep"_s); k >= 0 && k + 1 < args.size()) {
        keep = args.at(k + 1);
        args.remove(k, 2);
    }
    const int n = args.isEmpty() ? 10000 : args.first().toInt();
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(u"bench.imdp"_s) : keep;

    QElapsedTimer t;
    t.start();
    auto db = Database::create(path, [n](Database &d) {
        return imdp::bench::generateProposals(d, n, u"Pipeline benchmark"_s);
    });
    if (!db) {
        say() << "generate: " << db.error().message << Qt::endl;
        return 1;
    }
    say() << "generate " << n << " proposals (core commands, one transaction): " << t.elapsed()
          << " ms" << Qt::endl;

    t.restart();
    auto list = pipeline::list(**db);
    say() << "pipeline::list in process: " << t.elapsed() << " ms (" << list->size() << " rows)"
          << Qt::endl;
    db->reset();

    for (int run = 1; run <= 3; ++run) {
        QProcess p;
        t.restart();
        p.start(QStringLiteral(IMDP_CLI), {u"proposal"_s, u"list"_s, path, u"--json"_s});
        p.waitForFinished(120000);
        const qint64 ms = t.elapsed();
        say() << "imdp proposal list --json, run " << run << ": " << ms << " ms, "
              << p.readAllStandardOutput().size() << " bytes, exit " << p.exitCode() << Qt::endl;
    }
    return 0;
}
