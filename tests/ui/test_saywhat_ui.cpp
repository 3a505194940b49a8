// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 20, "Say what happened, in words": a command recorded from the desktop is said in the
// status bar and its row selected and scrolled into view; exports suggest a name and say where
// they wrote; every page follows the fund's changes; Help › Keyboard Shortcuts and User Guide.
// "Never lose typing": the receipt dialog from a selected pledge, the first instalment's date,
// the entry dialogs' reserved room for their problems.
#include "../testutil.h"
#include "uitest.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/fund/organisations.h"
#include "core/ledger/pledges.h"
#include "core/ledger/receipts.h"
#include "core/money/rate.h"
#include "ui/dialogs.h"
#include "ui/entry/importpreviewdialog.h"
#include "ui/entry/instalmenteditor.h"
#include "ui/entry/pledgedialog.h"
#include "ui/entry/receiptdialog.h"
#include "ui/fundsession.h"
#include "ui/helpdialogs.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/models.h"
#include "ui/orgs/organisationdialog.h"
#include "ui/pages/fundingpage.h"
#include "ui/pages/organisationspage.h"
#include "ui/pages/reportspage.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::child;
using imdp::test::Hooks;
using imdp::test::must;
using imdp::test::mustOk;
using imdp::test::setText;

namespace {

/// A fund of 30 donor States with a pledge each, so that a new row starts out of view.
QString smallFund(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"Trust Fund.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        core::FundSettings s;
        s.name = u"Trust Fund"_s;
        if (auto st = core::fund::initialise(db, s); !st)
            return st;
        for (int i = 1; i <= 30; ++i) {
            core::Organisation o;
            o.name = u"Donor %1"_s.arg(i, 2, 10, QChar(u'0'));
            o.kind = u"state"_s;
            if (auto r = core::organisations::add(db, o); !r)
                return core::Status(r.error());
            core::ledger::Pledge p;
            p.reference = u"P-%1"_s.arg(i);
            p.donor = o.name;
            p.date = QDate(2026, 1, 5);
            p.amountMinor = 100000;
            p.rateScaled = core::Rate::kScale;
            if (auto r = core::ledger::recordPledge(db, p); !r)
                return core::Status(r.error());
        }
        core::Organisation z;
        z.name = u"Zeta Foundation"_s;
        z.kind = u"foundation"_s;
        if (auto r = core::organisations::add(db, z); !r)
            return core::Status(r.error());
        return core::Status();
    }));
    return path;
}

/// IMDP_SHOTS=FOLDER saves what the test sees, to look at (not an assertion).
void shot(QWidget *w, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("IMDP_SHOTS"); !dir.isEmpty())
        w->grab().save(dir + u'/' + name + u".png"_s);
}

bool inView(QTableView *v)
{
    const QModelIndex i = v->currentIndex();
    return i.isValid() && v->viewport()->rect().intersects(v->visualRect(i));
}

} // namespace

TEST_CASE("a pledge recorded through its dialog is said in the status bar and selected in view",
          "[ui][saywhat]")
{
    imdp::test::TempDir t;
    const QString path = smallFund(t);
    ui::MainWindow w;
    w.resize(1024, 700);
    w.show();
    REQUIRE(w.openFile(path));
    w.showPage(ui::MainWindow::Funding);
    auto *funding = qobject_cast<ui::FundingPage *>(w.page(ui::MainWindow::Funding));
    REQUIRE(funding != nullptr);
    QCoreApplication::processEvents();
    CHECK(w.statusBar()->currentMessage().isEmpty());

    {
        Hooks hooks([&](QDialog *d) {
            auto *pd = qobject_cast<ui::PledgeDialog *>(d);
            REQUIRE(pd != nullptr);
            auto *donors = child<QComboBox>(d, u"donor"_s);
            donors->setCurrentIndex(donors->findText(u"Zeta Foundation"_s));
            setText(d, u"reference"_s, u"ZF-2026-01"_s);
            auto *currency = child<QComboBox>(d, u"currency"_s);
            currency->setCurrentIndex(currency->findData(u"EUR"_s));
            setText(d, u"amount"_s, u"2,000,000.00"_s);
            setText(d, u"rate"_s, u"1.1"_s);
            CHECK(pd->problems().isEmpty());
            CHECK(pd->submit());
            return d->result();
        });
        funding->recordPledge();
        CHECK(hooks.errors.isEmpty());
    }
    CHECK(w.statusBar()->currentMessage() == u"Pledge ZF-2026-01 recorded: 2,000,000.00 EUR"_s);
    shot(&w, u"pledge-recorded"_s);
    // The donor (the last of 31, sorted) and its new pledge are selected and in view.
    QTableView *donors = funding->donorView();
    REQUIRE(donors->currentIndex().isValid());
    CHECK(donors->currentIndex().siblingAtColumn(0).data().toString() == u"Zeta Foundation"_s);
    CHECK(inView(donors));
    CHECK(funding->selectedPledge() == u"ZF-2026-01"_s);
    CHECK(inView(funding->pledgeView()));
    CHECK_FALSE(child<QToolButton>(&w, u"openFolder"_s)->isVisibleTo(&w));

    // A receipt from the selected pledge: the pledge is chosen; a pledge paid in full is not
    // offered; the receipt is said and selected.
    {
        core::ledger::Receipt r;
        r.reference = u"BANK-1"_s;
        r.donor = u"Donor 01"_s;
        r.date = QDate(2026, 2, 1);
        r.amountMinor = 100000;
        r.rateScaled = core::Rate::kScale;
        r.pledgeReference = u"P-1"_s;
        must(core::ledger::recordReceipt(*w.session()->database(), r));
        ui::ReceiptDialog paid(*w.session()->database(), u"Donor 01"_s, &w);
        CHECK(child<QComboBox>(&paid, u"pledge"_s)->findData(u"P-1"_s) < 0);
        ui::ReceiptDialog open(*w.session()->database(), u"Donor 02"_s, &w);
        CHECK(child<QComboBox>(&open, u"pledge"_s)->findData(u"P-2"_s) > 0);
    }
    {
        Hooks hooks([&](QDialog *d) {
            auto *rd = qobject_cast<ui::ReceiptDialog *>(d);
            REQUIRE(rd != nullptr);
            auto *pledge = child<QComboBox>(d, u"pledge"_s);
            CHECK(pledge->currentData().toString() == u"ZF-2026-01"_s);
            CHECK(child<QComboBox>(d, u"currency"_s)->currentData().toString() == u"EUR"_s);
            setText(d, u"reference"_s, u"ZF-RCPT-1"_s);
            setText(d, u"amount"_s, u"500,000.00"_s);
            setText(d, u"rate"_s, u"1.1"_s);
            CHECK(rd->problems().isEmpty());
            CHECK(rd->submit());
            return d->result();
        });
        funding->recordReceipt();
        CHECK(hooks.errors.isEmpty());
    }
    CHECK(w.statusBar()->currentMessage() == u"Receipt ZF-RCPT-1 recorded: 500,000.00 EUR"_s);
    REQUIRE(funding->receiptView()->currentIndex().isValid());
    CHECK(funding->receiptView()->currentIndex().siblingAtColumn(0).data().toString() ==
          u"ZF-RCPT-1"_s);
}

TEST_CASE("amounts in the status bar follow the user's locale", "[ui][saywhat][i18n]")
{
    imdp::test::TempDir t;
    const QString path = smallFund(t);
    ui::applyLanguage(u"fr"_s);
    {
        ui::MainWindow w;
        REQUIRE(w.openFile(path));
        auto *funding = qobject_cast<ui::FundingPage *>(w.page(ui::MainWindow::Funding));
        REQUIRE(funding != nullptr);
        Hooks hooks([&](QDialog *d) {
            auto *pd = qobject_cast<ui::PledgeDialog *>(d);
            REQUIRE(pd != nullptr);
            auto *donors = child<QComboBox>(d, u"donor"_s);
            donors->setCurrentIndex(donors->findText(u"Zeta Foundation"_s));
            setText(d, u"reference"_s, u"ZF-2026-02"_s);
            setText(d, u"amount"_s, u"1234,50"_s); // the French decimal comma
            CHECK(pd->problems().isEmpty());
            CHECK(pd->submit());
            return d->result();
        });
        funding->recordPledge();
        CHECK(w.statusBar()->currentMessage() == u"Promesse ZF-2026-02 enregistrée : %1 USD"_s.arg(
                                                     ui::formatAmount(123450, u"USD"_s)));
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("an organisation added is said and selected, and a new donor reaches the Reports page "
          "without reopening",
          "[ui][saywhat]")
{
    imdp::test::TempDir t;
    const QString path = smallFund(t);
    ui::MainWindow w;
    w.resize(1024, 700);
    w.show();
    REQUIRE(w.openFile(path));
    auto *reports = qobject_cast<ui::ReportsPage *>(w.page(ui::MainWindow::Reports));
    REQUIRE(reports != nullptr);
    CHECK(reports->donorBox()->findData(u"Zeta Foundation"_s) < 0); // no figures yet
    reports->donorBox()->setCurrentIndex(reports->donorBox()->findData(u"Donor 07"_s));

    w.showPage(ui::MainWindow::Organisations);
    auto *orgs = qobject_cast<ui::OrganisationsPage *>(w.page(ui::MainWindow::Organisations));
    REQUIRE(orgs != nullptr);
    {
        Hooks hooks([&](QDialog *d) {
            auto *od = qobject_cast<ui::OrganisationDialog *>(d);
            REQUIRE(od != nullptr);
            setText(d, u"name"_s, u"Aardvark Trust"_s);
            auto *k = child<QComboBox>(d, u"kind"_s);
            k->setCurrentIndex(k->findData(u"foundation"_s));
            CHECK(od->submit());
            return d->result();
        });
        orgs->addOrganisation();
        CHECK(hooks.errors.isEmpty());
    }
    CHECK(w.statusBar()->currentMessage() == u"Organisation Aardvark Trust added"_s);
    auto *view = child<QTableView>(orgs, u"organisations"_s);
    REQUIRE(view->currentIndex().isValid());
    CHECK(view->currentIndex().siblingAtColumn(0).data().toString() == u"Aardvark Trust"_s);
    CHECK(inView(view));

    // A pledge of the new donor, recorded on the Funding page: the Reports page offers it at once
    // and keeps the donor chosen there.
    auto *funding = qobject_cast<ui::FundingPage *>(w.page(ui::MainWindow::Funding));
    {
        Hooks hooks([&](QDialog *d) {
            auto *donors = child<QComboBox>(d, u"donor"_s);
            donors->setCurrentIndex(donors->findText(u"Aardvark Trust"_s));
            setText(d, u"reference"_s, u"AT-1"_s);
            setText(d, u"amount"_s, u"10.00"_s);
            CHECK(qobject_cast<ui::PledgeDialog *>(d)->submit());
            return d->result();
        });
        funding->recordPledge();
    }
    CHECK(reports->donorBox()->findData(u"Aardvark Trust"_s) > 0);
    CHECK(reports->donorBox()->currentData().toString() == u"Donor 07"_s);
}

TEST_CASE("an export suggests fund, report, date and language, and says where it wrote",
          "[ui][saywhat]")
{
    imdp::test::TempDir t;
    const QString path = smallFund(t);
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    w.showPage(ui::MainWindow::Reports);
    auto *reports = qobject_cast<ui::ReportsPage *>(w.page(ui::MainWindow::Reports));
    REQUIRE(reports != nullptr);
    reports->languageBox()->setCurrentIndex(reports->languageBox()->findData(u"fr"_s));
    reports->toEdit()->setDate(QDate(2026, 12, 5));
    QString suggested;
    ui::dialogs::QuestionHooks q;
    q.onSuggestedName = [&](const QString &s) { suggested = s; };
    ui::dialogs::setQuestionHooks(q);
    const QString out = t.file(u"chosen.csv"_s);
    {
        ui::dialogs::TestHooks h;
        h.nextFileName = [&] { return out; };
        ui::dialogs::setTestHooks(h);
        child<QPushButton>(reports, u"exportCsv"_s)->click();
        ui::dialogs::setTestHooks({});
    }
    ui::dialogs::setQuestionHooks({});
    CHECK(suggested == u"Trust_Fund-sources-uses-2026-12-05-fr.csv"_s);
    CHECK(QFileInfo::exists(out));
    CHECK(w.statusBar()->currentMessage() == u"Wrote %1"_s.arg(QDir::toNativeSeparators(out)));
    auto *open = child<QToolButton>(&w, u"openFolder"_s);
    CHECK(open->isVisibleTo(&w));
    shot(&w, u"export-wrote"_s);
    CHECK(open->property("folder").toString() == QFileInfo(out).absolutePath());
    w.statusBar()->clearMessage();
    CHECK_FALSE(open->isVisibleTo(&w));
}

TEST_CASE(
    "Help > Keyboard Shortcuts lists the actions' own shortcuts, and the user guide follows the "
    "interface language",
    "[ui][help][i18n]")
{
    imdp::test::TempDir t;
    const QString path = smallFund(t);
    {
        ui::MainWindow w;
        REQUIRE(w.openFile(path));
        ui::ShortcutsDialog d(&w, &w);
        QStringList rows;
        for (int r = 0; r < d.table()->rowCount(); ++r)
            rows << d.table()->item(r, 0)->text() + u" = "_s + d.table()->item(r, 1)->text();
        INFO(rows.join(u"; "_s).toStdString());
        CHECK(rows.contains(u"Open = %1"_s.arg(
            QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText))));
        // A page's own action (Donors & Funding's tool bar) is listed as well as the menus'.
        CHECK(rows.contains(u"Record Pledge = %1"_s.arg(
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText))));
        // Generated from the actions: every action with a shortcut is listed.
        int withShortcut = 0;
        QSet<QString> texts;
        for (QAction *a : w.findChildren<QAction *>())
            if (!a->shortcut().isEmpty() && !a->menu())
                texts.insert(a->text().remove(u'&') + a->shortcut().toString());
        withShortcut = int(texts.size());
        d.resize(520, 480);
        shot(&d, u"shortcuts"_s);
        CHECK(d.table()->rowCount() == withShortcut);

        ui::UserGuideDialog guide(&w);
        CHECK(guide.browser()->toPlainText().startsWith(u"IMDP Desk user guide"_s));
    }
    ui::applyLanguage(u"fr"_s);
    {
        ui::UserGuideDialog guide(nullptr);
        QFile fr(u":/guide/fr/user-guide.md"_s);
        REQUIRE(fr.open(QIODevice::ReadOnly));
        const QString firstLine = QString::fromUtf8(fr.readLine()).remove(u'#').trimmed();
        CHECK(guide.browser()->toPlainText().startsWith(firstLine));
        shot(&guide, u"guide-fr"_s);
        CHECK_FALSE(firstLine.startsWith(u"IMDP Desk user guide"_s));
    }
    ui::applyLanguage(u"es"_s);
    CHECK(ui::UserGuideDialog::guidePath(QLocale().name().left(2)) ==
          u":/guide/es/user-guide.md"_s);
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("a new pledge's first instalment is not due today, and the problems keep their room",
          "[ui][typing]")
{
    imdp::test::TempDir t;
    const QString path = smallFund(t);
    ui::FundSession session;
    mustOk(session.open(path));
    ui::PledgeDialog d(*session.database(), u"Zeta Foundation"_s, nullptr);
    d.show();
    setText(&d, u"reference"_s, u"ZF-9"_s);
    setText(&d, u"amount"_s, u"100.00"_s);
    auto *problems = child<QLabel>(&d, u"problems"_s);
    QCoreApplication::processEvents();
    const QPoint save = d.findChild<QDialogButtonBox *>()->mapTo(&d, QPoint());
    CHECK(problems->text().isEmpty());
    setText(&d, u"reference"_s, QString()); // a problem line appears
    QCoreApplication::processEvents();
    CHECK_FALSE(problems->text().isEmpty());
    CHECK(d.findChild<QDialogButtonBox *>()->mapTo(&d, QPoint()) == save);
    // Many problems at once (no donor, reference, amount or rate): still three lines, the
    // buttons where they were, every problem in the tooltip.
    child<QComboBox>(&d, u"donor"_s)->setCurrentText(QString());
    auto *currency = child<QComboBox>(&d, u"currency"_s);
    currency->setCurrentIndex(currency->findData(u"XOF"_s));
    setText(&d, u"rate"_s, QString());
    setText(&d, u"amount"_s, QString());
    QCoreApplication::processEvents();
    REQUIRE(d.problems().size() > 3);
    CHECK(problems->text().count(u'\n') == 2);
    CHECK(problems->toolTip() == d.problems().join(u'\n'));
    CHECK(d.findChild<QDialogButtonBox *>()->mapTo(&d, QPoint()) == save);

    child<QPushButton>(&d, u"addInstalment"_s)->click();
    auto *editor = child<ui::InstalmentEditor>(&d, u"instalments"_s);
    REQUIRE(editor->rowCount() == 1);
    CHECK(editor->dueEdit(0)->date() > core::Clock::today());
}

TEST_CASE("an organisations CSV import is said in the status bar and its first row selected",
          "[ui][saywhat]")
{
    imdp::test::TempDir t;
    const QString path = smallFund(t);
    const QString csv = t.file(u"new-orgs.csv"_s);
    imdp::test::writeFile(csv, "name,kind\nYukon Trust,foundation\nZambezi Fund,foundation\n");
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    auto *page = qobject_cast<ui::OrganisationsPage *>(w.page(ui::MainWindow::Organisations));
    REQUIRE(page != nullptr);
    w.showPage(ui::MainWindow::Organisations);
    QCoreApplication::processEvents();
    int shown = 0;
    Hooks hooks({.onError = {},
                 .nextFileName = [&] { return csv; },
                 .onDialog =
                     [&](QDialog *d) {
                         auto *ip = qobject_cast<ui::ImportPreviewDialog *>(d);
                         REQUIRE(ip != nullptr);
                         imdp::test::waitForWork(ip);
                         ++shown;
                         CHECK(ip->firstValue(u"name"_s) == u"Yukon Trust"_s);
                         CHECK(ip->runImport());
                         imdp::test::waitForWork(ip);
                         return d->result();
                     }});
    page->importOrganisations();
    CHECK(shown == 1);
    CHECK(w.statusBar()->currentMessage() == u"2 organisations imported from new-orgs.csv."_s);
    CHECK(page->selectedName() == u"Yukon Trust"_s);
    CHECK(inView(page->view()));
}
