// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Times the Ledger page on a large journal: opening it (summary query + first screen), jumping to
// the last row, and paging down, offscreen. Prints figures; never a test. See docs/performance.md.
// Usage: imdp_bench_ledger_page FUND.imdp [RECEIPTS]
// When FUND.imdp does not exist it is created and filled through the core (the receipts import,
// RECEIPTS receipts, default 250,000 = 1,000,000 postings with the 1% fee), then reused.
#include "core/fund/fund.h"
#include "core/ledger/import.h"
#include "core/ledger/feerule.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "ui/fundsession.h"
#include "ui/models/journalmodel.h"
#include "ui/pages/ledgerpage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;

namespace {
void say(const QString &s)
{
    std::printf("%s\n", s.toUtf8().constData());
    std::fflush(stdout);
}

bool generate(const QString &path, qint64 receipts)
{
    auto db = core::Database::create(path, [](core::Database &d) {
        core::FundSettings s;
        s.name = u"Ledger page benchmark"_s;
        return core::fund::initialise(d, s);
    });
    if (!db) {
        say(db.error().message);
        return false;
    }
    if (auto s = core::ledger::setFeeRule(**db, *core::ledger::FeeRule::parse(u"flat:100"_s)); !s)
        return false;
    QElapsedTimer t;
    t.start();
    // Through the receipts import (one transaction, the same checks and posting rules as
    // recordReceipt, one audit row for the file): minutes faster than receipt by receipt.
    const QStringList currencies{u"EUR"_s, u"SEK"_s, u"CHF"_s, u"USD"_s};
    const QStringList rates{u"1.085"_s, u"0.095"_s, u"1.12"_s, u"1"_s};
    QByteArray csv = "date,donor,source,currency,amount,usd_rate,reference\n";
    for (qint64 i = 0; i < receipts; ++i) {
        const qint64 minor = 100000 + (i * 7919) % 50000000;
        csv += u"%1,Donor State %2,donor,%3,%4.%5,%6,B-%7\n"_s
                   .arg(QDate(2016, 1, 1).addDays(i * 3650 / receipts).toString(Qt::ISODate))
                   .arg(i % 40)
                   .arg(currencies.at(int(i % 4)))
                   .arg(minor / 100)
                   .arg(minor % 100, 2, 10, QChar(u'0'))
                   .arg(rates.at(int(i % 4)))
                   .arg(i)
                   .toUtf8();
    }
    const QString csvPath = path + u".csv"_s;
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
        say(u"%1: cannot be written"_s.arg(csvPath));
        return false;
    }
    out.close();
    auto r = core::ledger::importReceipts(**db, csvPath);
    QFile::remove(csvPath);
    if (!r || !r->problems.isEmpty()) {
        say(r ? r->problems.first() : r.error().message);
        return false;
    }
    say(u"generated %1 receipts through the receipts import in %2 s"_s.arg(receipts).arg(
        t.elapsed() / 1000.0, 0, 'f', 1));
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        say(u"usage: imdp_bench_ledger_page FUND.imdp [RECEIPTS]"_s);
        return 2;
    }
    const QString path = args.at(1);
    if (!QFileInfo::exists(path)
        && !generate(path, args.size() > 2 ? args.at(2).toLongLong() : 250000))
        return 1;

    ui::FundSession session;
    QElapsedTimer t;
    t.start();
    if (auto s = session.open(path); !s) {
        say(s.error().message);
        return 1;
    }
    const qint64 openFile = t.elapsed();
    t.restart();
    ui::LedgerPage page(&session);
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents(); // layout, first screen and the deferred totals
    page.view()->viewport()->repaint();
    const qint64 openPage = t.elapsed();
    ui::JournalModel *model = page.model();
    const int readsAtOpen = model->pageReads();
    say(u"postings: %1"_s.arg(model->rowCount()));
    say(u"open the fund file (FundSession::open): %1 ms"_s.arg(openFile));
    say(u"open the Ledger page (count, first screen painted): %1 ms, %2 page(s) read"_s
            .arg(openPage)
            .arg(readsAtOpen));
    // The totals are summed by a worker thread; the page is usable meanwhile.
    while (!model->totalsKnown())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    say(u"totals line shown (worker thread, own connection): %1 ms after opening began"_s.arg(
        t.elapsed()));

    t.restart();
    page.view()->scrollToBottom();
    QApplication::processEvents();
    page.view()->viewport()->repaint();
    say(u"jump to the last row (painted): %1 ms, %2 page(s) read in all"_s.arg(t.elapsed()).arg(
        model->pageReads()));

    t.restart();
    page.view()->scrollToTop();
    QScrollBar *bar = page.view()->verticalScrollBar();
    for (int i = 0; i < 200; ++i) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        page.view()->viewport()->repaint();
    }
    say(u"200 page-downs from the top (each painted): %1 ms, %2 page(s) read in all, %3 kept"_s
            .arg(t.elapsed())
            .arg(model->pageReads())
            .arg(model->cachedPages()));

    t.restart();
    page.accountFilter()->setCurrentIndex(page.accountFilter()->findData(u"cash"_s));
    QApplication::processEvents();
    page.view()->scrollToBottom();
    page.view()->viewport()->repaint();
    say(u"filter on cash and jump to its last row (running balance): %1 ms, %2 rows"_s
            .arg(t.elapsed())
            .arg(model->rowCount()));
    return 0;
}
