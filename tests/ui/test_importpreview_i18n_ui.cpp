// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 19: a CSV import's preview words each problem line in the interface language, from the
// import's own keyed errors, on a fund made from nothing.
#include "../testutil.h"
#include "uitest.h"

#include "core/fund/fund.h"
#include "core/fund/organisations.h"
#include "ui/entry/importpreviewdialog.h"
#include "ui/fundsession.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;

TEST_CASE("the import preview's problem lines are in the interface language", "[ui][i18n][import]")
{
    imdp::test::TempDir t;
    const QString fund = t.file(u"nuevo.imdp"_s);
    must(core::Database::create(fund, [](core::Database &db) -> core::Status {
        core::FundSettings s;
        s.name = u"Fondo nuevo"_s;
        if (auto st = core::fund::initialise(db, s); !st)
            return st;
        core::Organisation o;
        o.name = u"Kingdom of Sweden"_s;
        o.kind = u"state"_s;
        if (auto r = core::organisations::add(db, o); !r)
            return r.error();
        return {};
    }));
    const QString csv = t.file(u"recibos.csv"_s);
    ui::applyLanguage(u"es"_s);
    const auto english = qScopeGuard([] {
        ui::applyLanguage(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(fund));
    core::Database &db = *w.session()->database();

    // A column the import does not know: the header's line, in Spanish.
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference,colour\n"
                               "2026-02-01,Kingdom of Sweden,donor,USD,10.00,,R-1,blue\n");
    {
        ui::ImportPreviewDialog d(db, core::ledger::ImportKind::Receipts, csv, &w);
        d.show();
        imdp::test::waitForWork(&d);
        const auto &rows = d.model()->rows();
        REQUIRE_FALSE(rows.isEmpty());
        INFO(rows.first().problem.toStdString());
        CHECK(rows.first().line == 1);
        CHECK(rows.first().problem.startsWith(u"colour: columna desconocida (se esperan: "_s));
    }
    // A row the reader could not read and one with a field too many, each on its line.
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-02-02,Kingdom of Sweden,donor,USD,5,,R-2,extra\n"
                               "2026-02-02,Kingdom of Sweden,donor,USD,\"5\"x,,R-3\n");
    {
        ui::ImportPreviewDialog d(db, core::ledger::ImportKind::Receipts, csv, &w);
        d.show();
        imdp::test::waitForWork(&d);
        const auto &rows = d.model()->rows();
        REQUIRE(rows.size() == 2);
        CHECK(rows.at(0).line == 2);
        CHECK(rows.at(0).problem == u"fila: tiene 8 campos; el encabezado tiene 7"_s);
        CHECK(rows.at(1).line == 3);
        CHECK(rows.at(1).problem == u"amount: texto después de la comilla de cierre"_s);
        CHECK_FALSE(d.importButton()->isEnabled());
    }
}
