// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Pipeline benchmark: generates N proposals (default 10,000) through the core commands in one
// transaction, then times `imdp proposal list --json` on the file. Prints figures; never fails a
// test. Usage: imdp_bench_pipeline [N] [--keep FILE]   (docs/performance-pipeline.md)
#include "core/fund/fund.h"
#include "core/pipeline/proposals.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace {
QTextStream &say()
{
    static QTextStream s(stdout);
    return s;
}

Status generate(Database &db, int n)
{
    FundSettings s;
    s.name = u"Pipeline benchmark"_s;
    if (auto st = fund::initialise(db, s); !st)
        return st;
    static const char *const agencies[] = {"ILO", "IOM", "UNDP", "UNFPA", "UNHCR", "UNICEF",
                                           "UNITAR", "UNODC", "UNCTAD", "OHCHR"};
    for (const char *a : agencies) {
        const QString name = QString::fromLatin1(a);
        if (auto r = organisations::add(db, {0, name, name, u"agency"_s, {}, true}); !r)
            return r.error();
    }
    static const char *const countries[] = {"SN", "GH", "ML", "PH", "ID", "MX", "MA", "BD", "NP"};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (int i = 0; i < n; ++i) {
        Proposal p;
        p.code = u"B-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
        p.title = u"Benchmark proposal %1 on labour migration data and policy coherence"_s.arg(i);
        p.applicant = QString::fromLatin1(agencies[i % 10]);
        p.partner = QString::fromLatin1(agencies[(i + 3) % 10]);
        p.objectives = i % 2 ? u"1,3"_s : u"2"_s;
        p.actionArea = i % 3 ? u"A"_s : u"B"_s;
        p.requestedMinor = 5000000 + qint64(i) * 1733;
        p.source = u"gmg_agency"_s;
        p.countries = {QString::fromLatin1(countries[i % 9]),
                       QString::fromLatin1(countries[(i + 4) % 9])};
        p.start = QDate(2027, 1, 1).addDays(i % 365);
        p.end = p.start.addYears(2);
        p.summary = u"Generated for the benchmark."_s;
        p.disaggregation = {u"sex"_s, u"education_level"_s};
        p.budget = {{u"Staff"_s, p.requestedMinor / 2},
                    {u"Activities"_s, p.requestedMinor - p.requestedMinor / 2}};
        if (auto r = pipeline::add(db, p); !r)
            return r.error();
        // A spread of states, through the guarded moves.
        if (i % 3 == 0) {
            if (auto st = pipeline::move(db, p.code, u"submitted"_s, {}); !st)
                return st;
        }
        if (i % 6 == 0) {
            if (auto st = pipeline::move(db, p.code, u"screening"_s, {}); !st)
                return st;
        }
    }
    return tx.commit();
}
} // namespace

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
    auto db = Database::create(path, [n](Database &d) { return generate(d, n); });
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
