// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Pipeline page benchmark: generates N proposals (default 10,000) through the core commands in one
// transaction, then times creating and showing the desktop's Pipeline page on them, offscreen,
// as the board and as the table. Prints figures; never fails a test.
// Usage: imdp_bench_pipeline_page [N]   (docs/performance.md, "Pipeline page")
#include "core/fund/fund.h"
#include "core/pipeline/proposals.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "ui/fundsession.h"
#include "ui/pages/pipelinepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
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
    s.name = u"Pipeline page benchmark"_s;
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
        // A spread of states, through the guarded moves, so several columns fill.
        if (i % 3 == 0) {
            if (auto st = pipeline::move(db, p.code, u"submitted"_s, {}); !st)
                return st;
        }
        if (i % 6 == 0) {
            if (auto st = pipeline::move(db, p.code, u"screening"_s, {}); !st)
                return st;
        }
        if (i % 12 == 0) {
            if (auto st = pipeline::move(db, p.code, u"withdrawn"_s, u"benchmark"_s); !st)
                return st;
        }
    }
    return tx.commit();
}

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
    const QStringList args = QCoreApplication::arguments().mid(1);
    const int n = args.isEmpty() ? 10000 : args.first().toInt();
    const QString path = dir.filePath(u"bench.imdp"_s);

    QElapsedTimer t;
    t.start();
    {
        auto db = Database::create(path, [n](Database &d) { return generate(d, n); });
        if (!db) {
            say() << "generate: " << db.error().message << Qt::endl;
            return 1;
        }
    }
    say() << "generate " << n << " proposals (core commands, one transaction): " << t.elapsed()
          << " ms" << Qt::endl;

    ui::FundSession session;
    if (auto s = session.open(path); !s) {
        say() << "open: " << s.error().message << Qt::endl;
        return 1;
    }
    for (int run = 1; run <= 3; ++run) {
        say() << "Pipeline page, board, run " << run << ": "
              << timePage(session, ui::PipelinePage::View::Board) << " ms" << Qt::endl;
    }
    for (int run = 1; run <= 3; ++run) {
        say() << "Pipeline page, table, run " << run << ": "
              << timePage(session, ui::PipelinePage::View::Table) << " ms" << Qt::endl;
    }
    return 0;
}
