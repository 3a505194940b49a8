// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The Reports page in the real main window, offscreen: choices, parameters and exports through
// the pre-answered file dialog.
#include "../testutil.h"

#include "core/fund/demo.h"
#include "core/reports/catalogue.h"
#include "core/storage/audit.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/pages/reportspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QProcess>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;

TEST_CASE("the Reports page exports the chosen statement with its parameters", "[ui][reports]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        return core::demo::load(db, core::demo::source(), u"demo-fund.json"_s);
    }));
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    auto *page = qobject_cast<ui::ReportsPage *>(w.page(ui::MainWindow::Reports));
    REQUIRE(page != nullptr);
    CHECK(page->reportBox()->count() == core::reports::names().size());
    CHECK(page->donorBox()->count() > 2);
    CHECK(page->projectBox()->count() >= 2);

    // Parameters follow the report: a period for sources and uses, a donor for the statement.
    page->reportBox()->setCurrentIndex(0);
    CHECK(page->wholeLife()->isEnabled());
    CHECK_FALSE(page->donorBox()->isEnabled());
    page->reportBox()->setCurrentIndex(1);
    CHECK(page->donorBox()->isEnabled());
    CHECK_FALSE(page->wholeLife()->isEnabled());

    page->donorBox()->setCurrentIndex(2);
    const QString donor = page->donorBox()->currentData().toString();
    page->languageBox()->setCurrentIndex(1); // Français
    const QString csv = t.file(u"donor.csv"_s);
    QStringList errors;
    ui::dialogs::setTestHooks({[&errors](const QString &, const QString &text) { errors << text; },
                               [csv] { return csv; }, {}, {}});
    page->findChild<QPushButton *>(u"exportCsv"_s)->click();
    ui::dialogs::setTestHooks({});
    CHECK(errors.isEmpty());
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.startsWith(u"Relevé par donateur"_s));
    CHECK(text.contains(donor));
    auto db = must(core::Database::open(path, core::Database::Mode::ReadOnly));
    CHECK(text.contains(must(core::audit::head(*db))));
    CHECK(page->findChild<QLabel *>(u"summary"_s)->text().contains(csv));

    // A PDF of a period, through the same page.
    page->reportBox()->setCurrentIndex(0);
    page->wholeLife()->setChecked(false);
    page->fromEdit()->setDate(QDate(2026, 7, 1));
    page->toEdit()->setDate(QDate(2026, 11, 28));
    const QString pdf = t.file(u"su.pdf"_s);
    imdp::test::mustOk(page->exportTo(pdf, ui::ReportsPage::Format::Pdf));
    QProcess p;
    p.start(u"pdftotext"_s, {pdf, u"-"_s});
    REQUIRE(p.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(pdfText.contains(u"Sources et emplois des fonds"_s));
    CHECK(pdfText.contains(u"1 juillet 2026"_s));

    // The Forum report and the DGF formal request are on the page too, at a date.
    page->reportBox()->setCurrentIndex(page->reportBox()->findData(u"forum"_s));
    CHECK(page->reportBox()->currentText() == u"Report to the Global Forum on funded activities"_s);
    CHECK_FALSE(page->wholeLife()->isEnabled());
    const QString forum = t.file(u"forum.csv"_s);
    imdp::test::mustOk(page->exportTo(forum, ui::ReportsPage::Format::Csv));
    QFile ff(forum);
    REQUIRE(ff.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(ff.readAll()).startsWith(u"Rapport au Forum mondial"_s));
    page->reportBox()->setCurrentIndex(page->reportBox()->findData(u"dgf-formal"_s));
    const auto formal = page->statement();
    REQUIRE(formal.ok());
    CHECK(formal->id == u"dgf-formal"_s);
    page->reportBox()->setCurrentIndex(0);

    // A period that ends before it starts is refused with the reason, and nothing is written.
    page->fromEdit()->setDate(QDate(2026, 12, 1));
    const QString none = t.file(u"none.xlsx"_s);
    const auto st = page->exportTo(none, ui::ReportsPage::Format::Xlsx);
    CHECK_FALSE(st.ok());
    CHECK_FALSE(QFile::exists(none));
}
