// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The Reports page in the real main window, offscreen: choices, parameters and exports through
// the pre-answered file dialog.
#include "../testutil.h"

#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/fund/organisations.h"
#include "core/ledger/receipts.h"
#include "core/money/rate.h"
#include "core/reports/catalogue.h"
#include "core/reports/dgf.h"
#include "core/reports/statement.h"
#include "core/storage/audit.h"
#include "core/storage/backup.h"
#include "core/storage/query.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/mainwindow.h"
#include "ui/pages/dgfnarrativesdialog.h"
#include "ui/pages/reportspage.h"
#include "ui/print/pdfjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;

TEST_CASE("the Reports page exports the chosen statement with its parameters", "[ui][reports]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
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

namespace {
qint64 auditRows(core::Database &db)
{
    return must(core::Query::scalar(db, u"SELECT COUNT(*) FROM audit_event"_s));
}
} // namespace

TEST_CASE("the DGF narratives are written from the Reports page, audited, refused when too long",
          "[ui][reports][dgf]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    auto *page = qobject_cast<ui::ReportsPage *>(w.page(ui::MainWindow::Reports));
    REQUIRE(page != nullptr);
    core::Database &db = *w.session()->database();
    const qint64 auditBefore = auditRows(db);

    // A refusal (a text beyond the core's limit) keeps the dialog open and writes nothing.
    int shown = 0;
    ui::dialogs::TestHooks hooks;
    hooks.onDialog = [&](QDialog *d) {
        ++shown;
        auto *dialog = qobject_cast<ui::DgfNarrativesDialog *>(d);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->editor(u"basis"_s)->toPlainText().isEmpty());
        dialog->editor(u"basis"_s)->setPlainText(u"Migration and development, GFMD 2007."_s);
        dialog->editor(u"governance"_s)->setPlainText(QString(20001, u'x'));
        dialog->accept();
        CHECK(dialog->result() != QDialog::Accepted);
        CHECK(dialog->problem()->isVisibleTo(dialog));
        CHECK(dialog->problem()->text().contains(u"governance"_s));
        CHECK(must(core::reports::dgf::narrative(db, u"basis"_s)).isEmpty());
        CHECK(auditRows(db) == auditBefore);

        // Corrected: both texts written, one audit row each, the unchanged third untouched.
        dialog->editor(u"governance"_s)->setPlainText(u"  An Oversight Committee of donors.  "_s);
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
        return dialog->result();
    };
    ui::dialogs::setTestHooks(hooks);
    page->findChild<QPushButton *>(u"dgfNarratives"_s)->click();
    ui::dialogs::setTestHooks({});
    CHECK(shown == 1);
    CHECK(must(core::reports::dgf::narrative(db, u"basis"_s)) ==
          u"Migration and development, GFMD 2007."_s);
    CHECK(must(core::reports::dgf::narrative(db, u"governance"_s)) ==
          u"An Oversight Committee of donors."_s);
    CHECK(must(core::reports::dgf::narrative(db, u"evaluation"_s)).isEmpty());
    CHECK(auditRows(db) == auditBefore + 2);

    // The preliminary proposal now prints the basis instead of the "not yet written" mark.
    page->reportBox()->setCurrentIndex(
        int(core::reports::names().indexOf(u"dgf-preliminary"_s)));
    const core::document::Document d = core::reports::toDocument(must(page->statement()));
    QStringList words;
    for (const core::document::Block &b : d.blocks)
        words << b.text << b.lines;
    CHECK(words.join(u'\n').contains(u"Migration and development, GFMD 2007."_s));
}

TEST_CASE("the desktop asks before replacing an export and never writes over a fund",
          "[ui][reports][outputs]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    const QString other = t.file(u"other.imdp"_s);
    imdp::test::createDemoFund(other);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    auto *page = qobject_cast<ui::ReportsPage *>(w.page(ui::MainWindow::Reports));
    REQUIRE(page != nullptr);
    page->reportBox()->setCurrentIndex(0);

    QString target;
    QStringList errors;
    QStringList questions;
    bool answer = false;
    ui::dialogs::TestHooks hooks;
    hooks.onError = [&errors](const QString &, const QString &text) { errors << text; };
    hooks.nextFileName = [&target] { return target; };
    hooks.onConfirm = [&](const QString &, const QString &text) {
        questions << text;
        return answer;
    };
    ui::dialogs::setTestHooks(hooks);
    auto *exportCsv = page->findChild<QPushButton *>(u"exportCsv"_s);

    // A fund (this one, another, a link to one): refused with the reason, never asked, untouched.
    const QString link = t.file(u"link.csv"_s);
    REQUIRE(QFile::link(other, link));
    for (const QString &fund : {path, other, link}) {
        const QByteArray before = imdp::test::sha256(fund);
        target = fund;
        errors.clear();
        exportCsv->click();
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().contains(u"is an IMDP fund file"_s));
        CHECK(questions.isEmpty());
        CHECK(imdp::test::sha256(fund) == before);
    }

    // An ordinary file: asked; "no" keeps it, "Replace" replaces it.
    target = t.file(u"mine.csv"_s);
    imdp::test::writeFile(target, "mine");
    errors.clear();
    exportCsv->click();
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(u"mine.csv already exists. Replace it?"_s));
    QFile f(target);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "mine");
    f.close();
    answer = true;
    exportCsv->click();
    CHECK(questions.size() == 2);
    CHECK(errors.isEmpty());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("Sources"));
    f.close();
    ui::dialogs::setTestHooks({});
}

TEST_CASE("print to file goes through the output path: a fund or a backup is refused",
          "[ui][reports][outputs]")
{
    // Issue 17: the print dialog's "print to file" let the printer write the PDF itself, over
    // anything. A fund built from nothing, a backup of it, the window holding the fund.
    imdp::test::TempDir t;
    const QString path = t.file(u"f.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        core::FundSettings s;
        s.name = u"Print test fund"_s;
        return core::fund::initialise(db, s);
    }));
    const QString backup = t.file(u"f.backup-20261205-010000.imdp"_s);
    const QString copy = t.file(u"copy.pdf"_s); // a fund under another name
    {
        auto db = must(core::Database::open(path, core::Database::Mode::ReadWrite));
        imdp::test::mustOk(core::backup::copyTo(*db, backup));
        imdp::test::mustOk(core::backup::copyTo(*db, copy));
    }
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    auto *page = qobject_cast<ui::ReportsPage *>(w.page(ui::MainWindow::Reports));
    REQUIRE(page != nullptr);
    page->reportBox()->setCurrentIndex(0);

    const auto printTo = [page](const QString &file) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        QStringList errors;
        ui::dialogs::setTestHooks(
            {[&errors](const QString &, const QString &text) { errors << text; }, {}, {}, {}});
        page->paint(&printer);
        ui::dialogs::setTestHooks({});
        return errors;
    };
    for (const QString &target : {path, backup, copy}) {
        const QByteArray before = imdp::test::sha256(target);
        const QStringList errors = printTo(target);
        INFO(target.toStdString() << ": " << errors.join(u" | "_s).toStdString());
        REQUIRE(errors.size() == 1);
        CHECK(errors.constFirst().startsWith(target + u": "_s));
        CHECK(errors.constFirst().contains(u"; an output never "_s));
        CHECK(errors.constFirst().count(u'\n') == 0);
        CHECK(imdp::test::sha256(target) == before);
    }
    imdp::test::mustOk(core::backup::checkCopy(backup));
    imdp::test::mustOk(core::backup::checkCopy(copy));

    // A symbolic link is neither written through nor replaced.
    const QString aim = t.file(u"aim.txt"_s);
    imdp::test::writeFile(aim, "keep me");
    const QString link = t.file(u"link.pdf"_s);
    REQUIRE(QFile::link(aim, link));
    CHECK(printTo(link).size() == 1);
    CHECK(imdp::test::sha256(aim) ==
          QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));

    // A new file: written, 0600, a PDF.
    const QString pdf = t.file(u"out.pdf"_s);
    CHECK(printTo(pdf).isEmpty());
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    CHECK(QFileInfo(pdf).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

namespace {
/// Waits for the pause after the last change, when the page rebuilds its preview.
void settle(ui::ReportsPage *page)
{
    for (int i = 0; i < 200 && page->previewPending(); ++i)
        QTest::qWait(20);
    REQUIRE_FALSE(page->previewPending());
}
} // namespace

TEST_CASE("the Reports page shows the chosen report's pages beside the choices",
          "[ui][reports][fit]")
{
    // A fund built from nothing: one donor, one receipt.
    imdp::test::TempDir t;
    const QString path = t.file(u"small.imdp"_s);
    {
        auto db = must(core::Database::create(path, [](core::Database &d) {
            core::FundSettings s;
            s.name = u"Small fund"_s;
            return core::fund::initialise(d, s);
        }));
        for (const QString &name : {u"Swiss Confederation"_s, u"Kingdom of the Netherlands"_s}) {
            core::Organisation o;
            o.name = name;
            o.kind = u"state"_s;
            must(core::organisations::add(*db, o));
        }
        core::ledger::Receipt r;
        r.reference = u"R-1"_s;
        r.donor = u"Swiss Confederation"_s;
        r.date = QDate(2026, 2, 1);
        r.amountMinor = 150000000;
        r.rateScaled = core::Rate::kScale;
        must(core::ledger::recordReceipt(*db, r));
    }
    ui::MainWindow w;
    REQUIRE(w.openFile(path));
    auto *page = qobject_cast<ui::ReportsPage *>(w.page(ui::MainWindow::Reports));
    REQUIRE(page != nullptr);
    // Nothing is built while the page is not shown.
    CHECK(page->previewPageCount() == 0);
    w.show();
    w.showPage(ui::MainWindow::Reports);
    QCoreApplication::processEvents();
    page->reportBox()->setCurrentIndex(page->reportBox()->findData(u"sources-uses"_s));
    settle(page);
    const int sourcesPages = page->previewPageCount();
    CHECK(sourcesPages >= 2); // a cover and the statement at least
    CHECK(page->previewProblem().isEmpty());

    // Another report, another document; the donor statement of one donor is shorter than all.
    page->reportBox()->setCurrentIndex(page->reportBox()->findData(u"donor-statement"_s));
    settle(page);
    const int allDonors = page->previewPageCount();
    CHECK(allDonors >= 2);
    page->donorBox()->setCurrentIndex(page->donorBox()->findData(u"Swiss Confederation"_s));
    settle(page);
    CHECK(page->previewPageCount() >= 2);

    // A period that ends before it starts: the reason instead of pages.
    page->reportBox()->setCurrentIndex(page->reportBox()->findData(u"sources-uses"_s));
    page->wholeLife()->setChecked(false);
    page->fromEdit()->setDate(QDate(2026, 12, 1));
    page->toEdit()->setDate(QDate(2026, 11, 1));
    settle(page);
    CHECK(page->previewPageCount() == 0);
    CHECK_FALSE(page->previewProblem().isEmpty());
    page->wholeLife()->setChecked(true);
    settle(page);
    CHECK(page->previewPageCount() == sourcesPages);

    // A donor recorded elsewhere shows in the choices and in the preview at once.
    {
        core::ledger::Receipt r;
        r.reference = u"R-2"_s;
        r.donor = u"Kingdom of the Netherlands"_s;
        r.date = QDate(2026, 3, 1);
        r.amountMinor = 50000000;
        r.rateScaled = core::Rate::kScale;
        must(core::ledger::recordReceipt(*w.session()->database(), r));
    }
    w.session()->notifyChanged();
    settle(page);
    CHECK(page->donorBox()->findData(u"Kingdom of the Netherlands"_s) > 0);
    CHECK(page->previewPageCount() >= sourcesPages);
    CHECK(page->previewProblem().isEmpty());

    // Typing a date keystroke by keystroke rebuilds the pages once, after the pause: the pages
    // shown stay those of the last build until then.
    page->wholeLife()->setChecked(false);
    settle(page);
    const int builds = page->previewBuilds();
    const int pagesBefore = page->previewPageCount();
    page->fromEdit()->setFocus();
    page->fromEdit()->setSelectedSection(QDateTimeEdit::YearSection);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(page->fromEdit(), Qt::Key_Down);
    CHECK(page->fromEdit()->date().year() == 2022);
    CHECK(page->previewPending());
    CHECK(page->previewBuilds() == builds);
    CHECK(page->previewPageCount() == pagesBefore);
    settle(page);
    CHECK(page->previewBuilds() == builds + 1);
    CHECK(page->previewPageCount() >= 2);
    page->wholeLife()->setChecked(true);
    settle(page);

    // The page with its preview still fits a 1024x700 screen.
    w.resize(1024, 700);
    QCoreApplication::processEvents();
    CHECK(page->minimumSizeHint().width() <= 1024);
    CHECK(page->minimumSizeHint().height() <= 700);
}

TEST_CASE("Export PDF on the Reports page writes on a worker, and the preview is a window of its "
          "own",
          "[ui][reports]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    w.showPage(ui::MainWindow::Reports);
    auto *page = qobject_cast<ui::ReportsPage *>(w.page(ui::MainWindow::Reports));
    REQUIRE(page != nullptr);
    page->reportBox()->setCurrentIndex(0);

    // The button: the file name, then the job runs while the window's events flow.
    const QString pdf = t.file(u"su.pdf"_s);
    ui::dialogs::setTestHooks({{}, [pdf] { return pdf; }, {}, {}});
    page->findChild<QPushButton *>(u"exportPdf"_s)->click();
    ui::dialogs::setTestHooks({});
    auto *job = page->findChild<ui::PdfJob *>();
    REQUIRE(job != nullptr);
    CHECK(job->isRunning());
    const QPointer<ui::PdfJob> alive(job);
    REQUIRE(QTest::qWaitFor([&alive] { return alive.isNull(); }, 120000)); // gone once done
    CHECK(QFileInfo(pdf).size() > 0);
    CHECK(page->findChild<QLabel *>(u"summary"_s)->text().contains(pdf));

    // Preview…: a non-modal window, the same one raised when asked again.
    page->preview();
    page->preview();
    const auto previews = page->findChildren<QPrintPreviewDialog *>();
    REQUIRE(previews.size() == 1);
    CHECK(previews.first()->isVisible());
    CHECK(previews.first()->windowModality() == Qt::NonModal);
    previews.first()->close();
}
