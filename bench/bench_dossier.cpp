// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Dossier benchmark: the demo fund plus N proposals (default 50) taken through screening and two
// reviews to "recommended" with the core commands, all put on one meeting's agenda; then times
// building the dossier and painting it to PDF. Prints figures; never fails a test.
// Usage: imdp_bench_dossier [N] [--lang en|fr|es]   (docs/performance.md, "Dossier")
#include "core/committee/meetings.h"
#include "core/demo/demo.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/review.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "ui/print/dossierprint.h"

#include <QElapsedTimer>
#include <QGuiApplication>
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

Result<qint64> generate(Database &db, int n)
{
    if (auto s = demo::load(db, demo::source(), u"demo-fund.json"_s); !s)
        return s.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto meeting = meetings::add(db, {0, QDate(2027, 3, 15), u"New York"_s, {}, 0});
    if (!meeting)
        return meeting.error();
    for (int i = 0; i < n; ++i) {
        Proposal p;
        p.code = u"B-27-%1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        p.title = u"Labour migration data and policy coherence, window %1"_s.arg(i + 1);
        p.applicant = i % 2 ? u"ILO"_s : u"IOM"_s;
        p.partner = i % 2 ? u"UNDP"_s : u"UNFPA"_s;
        p.objectives = i % 2 ? u"1,3"_s : u"2"_s;
        p.actionArea = i % 3 ? u"A"_s : u"B"_s;
        p.requestedMinor = 25000000 + qint64(i) * 1234567;
        p.source = u"gmg_agency"_s;
        p.countries = {u"SN"_s, u"PH"_s};
        p.start = QDate(2027, 4, 1);
        p.end = QDate(2029, 3, 31);
        p.summary = u"A programme of work generated for the benchmark: data, dialogue and "
                    "capacity building with the authorities of two countries of origin."_s;
        p.disaggregation = {u"sex"_s, u"education_level"_s};
        p.budget = {{u"Staff and consultants"_s, p.requestedMinor / 2},
                    {u"Workshops and travel"_s, p.requestedMinor / 4},
                    {u"Data collection"_s, p.requestedMinor - p.requestedMinor / 2
                                               - p.requestedMinor / 4}};
        if (auto r = pipeline::add(db, p); !r)
            return r.error();
        for (const QString &to : {u"submitted"_s, u"screening"_s}) {
            if (auto s = pipeline::move(db, p.code, to, {}); !s)
                return s.error();
        }
        for (const QString &item : pipeline::checklistItems()) {
            if (auto s = pipeline::answerChecklist(db, p.code, item, true, {}); !s)
                return s.error();
        }
        if (auto s = pipeline::move(db, p.code, u"in_review"_s, {}); !s)
            return s.error();
        for (const QString &reviewer : {u"A. Diallo"_s, u"K. Tanaka"_s}) {
            const review::OverallReview r{reviewer,
                                          3 + i % 3,
                                          true,
                                          u"Sound design; the budget could say more about M&E."_s,
                                          {}};
            if (auto s = review::recordOverallReview(db, p.code, r); !s)
                return s.error();
        }
        if (auto s = pipeline::move(db, p.code, u"recommended"_s, u"Fits objective 2"_s); !s)
            return s.error();
        if (auto r = meetings::addProposal(db, *meeting, p.code); !r)
            return r.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return *meeting;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString lang = u"en"_s;
    if (const qsizetype k = args.indexOf(u"--lang"_s); k >= 0 && k + 1 < args.size()) {
        lang = args.at(k + 1);
        args.remove(k, 2);
    }
    const int n = args.isEmpty() ? 50 : args.first().toInt();
    QTemporaryDir dir;
    qint64 meeting = 0;
    QElapsedTimer t;
    t.start();
    auto db = Database::create(dir.filePath(u"bench.imdp"_s), [&](Database &d) -> Status {
        auto m = generate(d, n);
        if (!m)
            return m.error();
        meeting = *m;
        return {};
    });
    if (!db) {
        say() << "generate: " << db.error().message << Qt::endl;
        return 1;
    }
    say() << "generate the demo fund and " << n << " recommended proposals: " << t.elapsed()
          << " ms" << Qt::endl;
    for (int run = 1; run <= 3; ++run) {
        t.restart();
        auto doc = imdp::ui::dossierDocument(**db, meeting, imdp::ui::DossierKind::Dossier, lang,
                                             false);
        if (!doc) {
            say() << "dossier: " << doc.error().message << Qt::endl;
            return 1;
        }
        const qint64 built = t.elapsed();
        auto pages = imdp::ui::PagedRenderer::writePdf(*doc, dir.filePath(u"d.pdf"_s),
                                                       imdp::ui::Paper::A4, true);
        if (!pages) {
            say() << "pdf: " << pages.error().message << Qt::endl;
            return 1;
        }
        say() << "run " << run << ": build " << built << " ms, build + PDF " << t.elapsed()
              << " ms, " << *pages << " pages" << Qt::endl;
    }
    return 0;
}
