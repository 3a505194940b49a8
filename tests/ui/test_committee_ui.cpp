// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The Committee page in the real main window, offscreen: members and agenda models, Export PDF in
// a language other than the UI's, and the one-dialog recording of a held meeting's decisions.
#include "../review/reviewfixture.h"
#include "../testutil.h"
#include "uitest.h"

#include "core/clock.h"
#include "core/committee/meetings.h"
#include "core/demo/demo.h"
#include "core/pipeline/proposals.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/print/pdfjob.h"
#include "ui/pages/committeepage.h"
#include "ui/pages/decisionsdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;
using imdp::test::mustOk;

namespace {
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {pdf, u"-"_s});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}
} // namespace

TEST_CASE("the Committee page shows members and agenda and exports the dossier", "[ui][committee]")
{
    core::Clock::setFixed(QDateTime(QDate(2027, 1, 21), QTime(9, 0), Qt::UTC));
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    QCoreApplication::processEvents();
    auto *page = qobject_cast<ui::CommitteePage *>(w.page(ui::MainWindow::Committee));
    REQUIRE(page != nullptr);
    QAbstractItemModelTester members(page->memberModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester agenda(page->agendaModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->memberModel()->rowCount() == 9);
    REQUIRE(page->agendaModel()->rowCount() == 3);
    CHECK(page->agendaModel()->rows().at(0).proposal == u"IMDP-26-003"_s);

    const QString pdf = t.file(u"dossier-es.pdf"_s);
    ui::dialogs::setTestHooks({{}, [pdf] { return pdf; }, {}, {}});
    page->selectLanguage(u"es"_s);
    page->setRedacted(true);
    // Written on a worker: exportPdf() returns while the job runs, the window's thread free.
    ui::PdfJob *job = page->exportPdf(ui::DossierKind::Dossier);
    REQUIRE(job != nullptr);
    CHECK(job->isRunning());
    int pages = 0;
    bool done = false;
    QObject::connect(job, &ui::PdfJob::finished, [&] {
        done = true;
        pages = job->result() ? *job->result() : -1;
    });
    REQUIRE(QTest::qWaitFor([&done] { return done; }, 120000));
    CHECK(pages >= 8);
    ui::dialogs::setTestHooks({});
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Orden del día"_s));
    CHECK(text.contains(u"310.000,00"_s));
    CHECK_FALSE(text.contains(u"Diallo"_s));

    // Held, then every decision of the agenda in one dialog.
    core::Database &db = *w.session()->database();
    const qint64 meeting = page->meetingId();
    mustOk(core::meetings::setStatus(db, meeting, u"dossier_issued"_s));
    QList<qint64> present;
    for (const core::Member &m : must(core::members::list(db)))
        present << m.id;
    mustOk(core::meetings::setAttendance(db, meeting, present));
    mustOk(core::meetings::setStatus(db, meeting, u"held"_s));
    w.session()->notifyChanged();
    // The button opens the dialog window-modal and returns at once: no nested event loop.
    auto *decide = imdp::test::child<QPushButton>(page, u"record-decisions"_s);
    REQUIRE(decide->isEnabled());
    decide->click();
    auto *dialog = page->findChild<ui::DecisionsDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowModality() == Qt::WindowModal);
    const QPointer<ui::DecisionsDialog> alive(dialog);
    REQUIRE(dialog->rows().size() == 2);
    CHECK(dialog->rows().at(0).amount->text() == u"310000.00"_s);
    dialog->rows().at(0).amount->setText(u"300000.00"_s);
    dialog->rows().at(1).decision->setCurrentIndex(
        dialog->rows().at(1).decision->findData(u"deferred"_s));
    dialog->accept();
    CHECK(dialog->problem().isEmpty());
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(w.statusBar()->currentMessage() == u"Decisions recorded"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(alive.isNull()); // closed and gone, not kept hidden under the page
    CHECK(must(core::pipeline::find(db, u"IMDP-26-003"_s)).state == u"endorsed"_s);
    CHECK(must(core::pipeline::find(db, u"IMDP-26-004"_s)).state == u"deferred"_s);
    core::Clock::reset();
}

TEST_CASE("the Committee page speaks French: constituencies, roles, meeting status, dossier "
          "language",
          "[ui][committee][i18n]")
{
    imdp::test::ReviewFund f; // a fund built from nothing
    core::Member chair;
    chair.name = u"Ingrid Lindahl"_s;
    chair.organisation = u"Kingdom of Sweden"_s;
    chair.constituency = u"donor"_s;
    chair.role = u"chair"_s;
    chair.termStart = QDate(2026, 1, 1);
    must(core::members::add(*f, chair));
    core::Member observer = chair;
    observer.name = u"Thomas Keller"_s;
    observer.constituency = u"other_stakeholder"_s;
    observer.role = u"observer"_s;
    must(core::members::add(*f, observer));
    core::Meeting m;
    m.date = QDate(2026, 9, 15);
    m.place = u"Genève"_s;
    must(core::meetings::add(*f, m));
    f.db.reset();

    ui::applyLanguage(u"fr"_s);
    {
        ui::MainWindow w;
        REQUIRE(w.openFile(f.path));
        auto *page = qobject_cast<ui::CommitteePage *>(w.page(ui::MainWindow::Committee));
        REQUIRE(page != nullptr);
        const auto *members = page->memberModel();
        REQUIRE(members->rowCount() == 2);
        QStringList cells;
        for (int r = 0; r < 2; ++r)
            for (int c = 2; c <= 3; ++c)
                cells << members->index(r, c).data().toString();
        CHECK(cells.contains(u"Donateur"_s));
        CHECK(cells.contains(u"Présidence"_s));
        CHECK(cells.contains(u"Observateur"_s));
        CHECK_FALSE(cells.contains(u"other_stakeholder"_s));
        CHECK_FALSE(cells.contains(u"chair"_s));
        bool statusShown = false;
        for (const QLabel *l : page->findChildren<QLabel *>())
            statusShown = statusShown || l->text().contains(u"Prévue"_s);
        CHECK(statusShown);
        CHECK(page->findChild<QComboBox *>(u"dossier-language"_s)->currentData() == u"fr"_s);
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
