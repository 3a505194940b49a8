// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Donors & Funding, the Ledger page, the import preview, the dashboard's cap gauges and the cap
// panel, driven through the real main window offscreen, dialogs pre-answered through ui/dialogs.
#include "../testutil.h"
#include "uitest.h"

#include "core/clock.h"
#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/funding/capstatus.h"
#include "core/ledger/entries.h"
#include "core/ledger/pledges.h"
#include "core/ledger/position.h"
#include "core/ledger/receipts.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "ui/dialogs.h"
#include "ui/entry/amendpledgedialog.h"
#include "ui/entry/entrydialog.h"
#include "ui/entry/importpreviewdialog.h"
#include "ui/entry/instalmenteditor.h"
#include "ui/entry/pledgedialog.h"
#include "ui/entry/statementlinedialog.h"
#include "ui/fundsession.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/fundingmodels.h"
#include "ui/models/journalmodel.h"
#include "ui/models/models.h"
#include "ui/pages/cappanel.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/fundingpage.h"
#include "ui/pages/ledgerpage.h"
#include "ui/widgets/capgauge.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::child;
using imdp::test::Hooks;
using imdp::test::must;
using imdp::test::setText;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString makeDemo(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    return path;
}

/// Resets the dialog hooks when a test ends, whatever happens.

bool saveEnabled(QDialog *d)
{
    return child<QDialogButtonBox>(d, QString())->button(QDialogButtonBox::Save)->isEnabled();
}

qint64 count(core::Database &db, const QString &sql)
{
    return must(core::Query::scalar(db, sql));
}

int rowOf(QAbstractItemModel *m, int column, const QString &text)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, column).data().toString() == text)
            return r;
    return -1;
}

/// The main window on a fresh demo fund, showing Donors & Funding.
ui::FundingPage *showFunding(ui::MainWindow &w, const imdp::test::TempDir &t)
{
    w.show();
    REQUIRE(w.openFile(makeDemo(t)));
    w.showPage(ui::MainWindow::Funding);
    auto *page = qobject_cast<ui::FundingPage *>(w.page(ui::MainWindow::Funding));
    REQUIRE(page != nullptr);
    return page;
}

} // namespace

TEST_CASE("Donors & Funding: master/detail and recording a pledge through the dialog", "[ui]")
{
    imdp::test::TempDir t;
    ui::MainWindow w;
    ui::FundingPage *page = showFunding(w, t);
    QAbstractItemModelTester donors(page->donorModel(), Fatal);
    QAbstractItemModelTester pledges(page->pledgeModel(), Fatal);
    QAbstractItemModelTester instalments(page->instalmentModel(), Fatal);
    QAbstractItemModelTester receipts(page->receiptModel(), Fatal);

    CHECK(page->donorModel()->rowCount() == 9);
    const int dgf = rowOf(page->donorModel(), 0, u"World Bank Development Grant Facility"_s);
    REQUIRE(dgf >= 0);
    CHECK(page->donorModel()->index(dgf, 1).data().toString() == u"Bank (DGF)"_s);
    CHECK(page->donorModel()->index(dgf, 2).data().toString() == u"1,000,000.00"_s);
    CHECK(page->donorModel()->index(dgf, 2).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
          & Qt::AlignRight);
    page->selectDonor(u"Kingdom of Belgium"_s);
    CHECK(page->selectedDonor() == u"Kingdom of Belgium"_s);
    REQUIRE(page->pledgeModel()->rowCount() >= 1);
    CHECK(page->receiptModel()->rowCount() >= 1);
    // Belgium has instalments in arrears: the donor row and the pledge row are flagged.
    const int belgium = rowOf(page->donorModel(), 0, u"Kingdom of Belgium"_s);
    CHECK(page->donorModel()->isAlert(belgium));
    CHECK(page->donorModel()->index(belgium, 0).data(Qt::ForegroundRole).isValid());

    bool sawProblems = false;
    Hooks hooks({.onError = {}, .nextFileName = {}, .onDialog = [&](QDialog *d) {
        auto *pd = qobject_cast<ui::PledgeDialog *>(d);
        REQUIRE(pd != nullptr);
        CHECK(child<QComboBox>(d, u"donor"_s)->currentText() == u"Kingdom of Belgium"_s);
        // Nothing typed yet: the dialog says what is missing and Save is disabled.
        CHECK(pd->problems().join(u'\n').contains(u"Reference: enter"_s));
        CHECK(pd->problems().join(u'\n').contains(u"Amount: enter an amount"_s));
        CHECK_FALSE(saveEnabled(d));
        setText(d, u"reference"_s, u"BE-TEST-01"_s);
        auto *currency = child<QComboBox>(d, u"currency"_s);
        currency->setCurrentIndex(currency->findData(u"EUR"_s));
        setText(d, u"amount"_s, u"1.5"_s); // more decimals in the wrong place: refused
        setText(d, u"amount"_s, u"12,34x"_s);
        sawProblems = pd->problems().join(u'\n').startsWith(u"Amount:"_s);
        CHECK_FALSE(saveEnabled(d));
        setText(d, u"amount"_s, u"250,000.00"_s);
        setText(d, u"rate"_s, u"1.1"_s);
        CHECK(pd->problems().isEmpty());
        CHECK(saveEnabled(d));
        CHECK(child<QLabel>(d, u"hint"_s)->text().contains(u"US$ 275,000.00"_s));
        CHECK(pd->submit());
        return d->result();
    }});
    page->recordPledge();
    CHECK(sawProblems);
    const auto p = must(core::ledger::findPledge(*w.session()->database(), u"BE-TEST-01"_s));
    CHECK(p.usdMinor == 27500000);
    CHECK(p.currency == u"EUR"_s);
    CHECK(page->selectedDonor() == u"Kingdom of Belgium"_s);
    CHECK(rowOf(page->pledgeModel(), 0, u"BE-TEST-01"_s) >= 0);
}

TEST_CASE("pledge dialogs: instalments in a table checked against the amount, amend changes rate and schedule", "[ui]")
{
    // A locale whose short date has the year in full (29/11/2026): the dialogs show it so.
    const imdp::test::DefaultLocale british(QLocale(QLocale::English, QLocale::UnitedKingdom));
    imdp::test::TempDir t;
    ui::MainWindow w;
    ui::FundingPage *page = showFunding(w, t);
    page->selectDonor(u"Kingdom of Belgium"_s);
    auto &db = *w.session()->database();
    const auto problems = [](QDialog *d) {
        return qobject_cast<ui::EntryDialog *>(d)->problems().join(u'\n');
    };
    const auto click = [](QDialog *d, const QString &name) {
        QTest::mouseClick(child<QPushButton>(d, name), Qt::LeftButton);
    };
    const auto typeAmount = [](ui::InstalmentEditor *e, int row, const QString &text) {
        e->amountEdit(row)->clear();
        QTest::keyClicks(e->amountEdit(row), text);
    };

    // Record: two instalments entered row by row; Add proposes what is left to schedule.
    Hooks hooks({.onError = {}, .nextFileName = {}, .onDialog = [&](QDialog *d) {
        setText(d, u"reference"_s, u"BE-SCHED-01"_s);
        auto *currency = child<QComboBox>(d, u"currency"_s);
        currency->setCurrentIndex(currency->findData(u"EUR"_s));
        setText(d, u"amount"_s, u"300,000.00"_s);
        // A parser's message under the field's name, without the noun twice.
        setText(d, u"rate"_s, u"1.1x"_s);
        CHECK(problems(d) == u"Rate: '1.1x' contains 'x': only digits, a leading '-' and '.' are allowed"_s);
        setText(d, u"rate"_s, u"1.1"_s);
        setText(d, u"amount"_s, u"300,000.001"_s);
        CHECK(problems(d).startsWith(u"Amount: '300,000.001' "_s));
        setText(d, u"amount"_s, u"300,000.00"_s);
        auto *editor = child<ui::InstalmentEditor>(d, u"instalments"_s);
        CHECK(editor->rowCount() == 0);
        CHECK(editor->sumText().contains(u"No schedule"_s));
        CHECK(problems(d).isEmpty());
        click(d, u"addInstalment"_s);
        REQUIRE(editor->rowCount() == 1);
        CHECK(editor->amountEdit(0)->text() == u"300,000.00"_s);
        // Due dates read as the dialog's own date does: day, month in words, year in full.
        CHECK(editor->dueEdit(0)->displayFormat() == u"d MMM yyyy"_s);
        CHECK(child<QDateEdit>(d, u"date"_s)->displayFormat() == u"d MMM yyyy"_s);
        editor->dueEdit(0)->setDate(QDate(2027, 3, 31));
        typeAmount(editor, 0, u"100,000.00"_s);
        // Short of the pledge: the sum says by how much and the core's rule refuses it.
        CHECK(editor->sumText().contains(u"200,000.00 left to schedule"_s));
        CHECK(problems(d).contains(u"Instalments: the instalments must add up to the pledged amount"_s));
        CHECK_FALSE(saveEnabled(d));
        click(d, u"addInstalment"_s);
        REQUIRE(editor->rowCount() == 2);
        CHECK(editor->amountEdit(1)->text() == u"200,000.00"_s);
        CHECK(editor->dueEdit(1)->date() == QDate(2028, 3, 31));
        CHECK(editor->sumText().contains(u"the whole pledge is scheduled"_s));
        CHECK(problems(d).isEmpty());
        CHECK(saveEnabled(d));
        // The same due date twice, a bad amount, a third row removed again.
        editor->dueEdit(1)->setDate(QDate(2027, 3, 31));
        CHECK(problems(d).contains(u"Instalments: 2027-03-31 is given twice"_s));
        editor->dueEdit(1)->setDate(QDate(2028, 3, 31));
        typeAmount(editor, 1, u"2x"_s);
        CHECK(problems(d).startsWith(u"Instalment 2: "_s));
        typeAmount(editor, 1, u"200,000.00"_s);
        click(d, u"addInstalment"_s);
        REQUIRE(editor->rowCount() == 3);
        CHECK(problems(d).contains(u"Instalment 3: enter an amount"_s));
        click(d, u"removeInstalment"_s); // the new row is the current one
        CHECK(editor->rowCount() == 2);
        CHECK(problems(d).isEmpty());
        CHECK(qobject_cast<ui::PledgeDialog *>(d)->submit());
        return d->result();
    }});
    page->recordPledge();
    auto p = must(core::ledger::findPledge(db, u"BE-SCHED-01"_s));
    REQUIRE(p.instalments.size() == 2);
    CHECK(p.instalments.at(0).due == QDate(2027, 3, 31));
    CHECK(p.instalments.at(0).amountMinor == 10000000);
    CHECK(p.instalments.at(1).amountMinor == 20000000);

    // Amend: a new rate, a new amount and the schedule to match it.
    ui::dialogs::setTestHooks({.onError = {}, .nextFileName = {}, .onDialog = [&](QDialog *d) {
        auto *pledge = child<QComboBox>(d, u"pledge"_s);
        pledge->setCurrentIndex(pledge->findData(u"BE-SCHED-01"_s));
        auto *editor = child<ui::InstalmentEditor>(d, u"instalments"_s);
        REQUIRE(editor->rowCount() == 2);
        CHECK(editor->amountEdit(1)->text() == u"200,000.00"_s);
        auto *rate = child<QLineEdit>(d, u"rate"_s);
        CHECK(rate->isEnabled());
        CHECK(rate->text() == u"1.1"_s);
        setText(d, u"reason"_s, u"Revised agreement"_s);
        CHECK(problems(d).contains(u"Change: the amount, rate, status and instalments are as recorded"_s));
        setText(d, u"rate"_s, u"1.2"_s);
        CHECK(problems(d).isEmpty());
        setText(d, u"amount"_s, u"400,000.00"_s);
        CHECK(editor->sumText().contains(u"100,000.00 left to schedule"_s));
        CHECK(problems(d).contains(u"Instalments: the instalments must add up to the pledged amount"_s));
        CHECK_FALSE(saveEnabled(d));
        typeAmount(editor, 1, u"300,000.00"_s);
        CHECK(problems(d).isEmpty());
        CHECK(qobject_cast<ui::AmendPledgeDialog *>(d)->submit());
        return d->result();
    }});
    page->amendPledge();
    p = must(core::ledger::findPledge(db, u"BE-SCHED-01"_s));
    CHECK(p.amountMinor == 40000000);
    CHECK(p.rateScaled == 12000000000);
    CHECK(p.usdMinor == 48000000);
    REQUIRE(p.instalments.size() == 2);
    CHECK(p.instalments.at(1).amountMinor == 30000000);

    // A pledge with receipts keeps its rate: the field is read-only.
    QString paid;
    for (const auto &x : must(core::ledger::pledges(db)))
        if (x.paidMinor > 0 && x.status == u"signed"_s)
            paid = x.reference;
    REQUIRE(!paid.isEmpty());
    ui::dialogs::setTestHooks({.onError = {}, .nextFileName = {}, .onDialog = [&](QDialog *d) {
        auto *pledge = child<QComboBox>(d, u"pledge"_s);
        pledge->setCurrentIndex(pledge->findData(paid));
        CHECK_FALSE(child<QLineEdit>(d, u"rate"_s)->isEnabled());
        CHECK(child<ui::InstalmentEditor>(d, u"instalments"_s)->isEnabled());
        return int(QDialog::Rejected);
    }});
    page->amendPledge();
}

TEST_CASE("a Bank pledge refused by the DGF cap is recorded with a written override", "[ui]")
{
    imdp::test::TempDir t;
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(makeDemo(t)));
    auto *page = qobject_cast<ui::FundingPage *>(w.page(ui::MainWindow::Funding));
    REQUIRE(page != nullptr);
    page->selectDonor(u"World Bank Development Grant Facility"_s);
    QStringList refusals;
    int attempts = 0;
    Hooks hooks({.onError = {}, .nextFileName = {},
                 .onCapRefusal = [&](const QString &refusal) {
                     refusals << refusal;
                     // First the officer gives up; then writes a justification.
                     return refusals.size() == 1 ? QString()
                                                 : u"Bridge funding agreed by the Committee"_s;
                 },
                 .onDialog = [&](QDialog *d) {
                     REQUIRE(child<QComboBox>(d, u"source"_s)->currentData() == u"bank"_s);
                     setText(d, u"reference"_s, u"DGF-TEST-02"_s);
                     setText(d, u"amount"_s, u"2,000,000.00"_s);
                     CHECK(child<QLabel>(d, u"hint"_s)->text().contains(u"override"_s));
                     auto *entry = qobject_cast<ui::PledgeDialog *>(d);
                     ++attempts;
                     CHECK_FALSE(entry->submit()); // gave up: nothing written, dialog open
                     CHECK(d->result() != QDialog::Accepted);
                     ++attempts;
                     CHECK(entry->submit());
                     return d->result();
                 }});
    page->recordPledge();
    CHECK(attempts == 2);
    REQUIRE(refusals.size() == 2);
    CHECK(refusals.first().contains(u"US$ 3,000,000.00 from the Bank out of US$ 10,617,100.00"_s));
    CHECK(refusals.first().contains(u"(cap 15.00%)"_s));
    CHECK(refusals.first().contains(u"more from other donors is needed"_s));
    auto &db = *w.session()->database();
    const auto p = must(core::ledger::findPledge(db, u"DGF-TEST-02"_s));
    CHECK(p.capOverride == u"Bridge funding agreed by the Committee"_s);
    const auto overrides = must(core::funding::overrides(db));
    REQUIRE(!overrides.isEmpty());
    CHECK(overrides.last().justification == u"Bridge funding agreed by the Committee"_s);

    // The dashboard's plan gauge now shows the breach in red words; the cap panel lists it.
    auto *plan = child<ui::CapGauge>(w.dashboard(), u"gauge_plan"_s);
    CHECK_FALSE(plan->compliant());
    CHECK(plan->headroomText().endsWith(u"more from other donors is needed"_s));
    ui::CapPanel panel(w.session());
    QAbstractItemModelTester overrideTester(panel.overrideModel(), Fatal);
    CHECK(rowOf(panel.overrideModel(), 4, u"Bridge funding agreed by the Committee"_s) >= 0);
}

TEST_CASE("Ledger page: filters, running balance, totals and a reversal with its reason", "[ui]")
{
    imdp::test::TempDir t;
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(makeDemo(t)));
    w.showPage(ui::MainWindow::Ledger);
    auto *page = qobject_cast<ui::LedgerPage *>(w.page(ui::MainWindow::Ledger));
    REQUIRE(page != nullptr);
    ui::JournalModel *model = page->model();
    QAbstractItemModelTester tester(model, Fatal);
    auto &db = *w.session()->database();
    CHECK(model->rowCount() == count(db, u"SELECT COUNT(*) FROM posting"_s));
    // Without an account filter the totals follow the first screen.
    for (int i = 0; i < 6000 && !model->totalsKnown(); ++i) // summed by a worker thread
        QTest::qWait(10);
    REQUIRE(model->totalsKnown());
    CHECK(page->totalsText().contains(u"debits US$"_s));
    CHECK(model->summary().debits == -model->summary().credits);

    // Cash: a running balance whose last row is the closing balance, equal to the trial balance.
    page->accountFilter()->setCurrentIndex(page->accountFilter()->findData(u"cash"_s));
    REQUIRE(model->showsBalance());
    CHECK_FALSE(page->view()->isColumnHidden(ui::JournalModel::Balance));
    const int last = model->rowCount() - 1;
    REQUIRE(last > 0);
    qint64 cash = 0;
    for (const auto &a : must(core::ledger::trialBalance(db)))
        if (a.key == u"cash"_s)
            cash = a.balance;
    CHECK(model->closingBalance() == cash);
    CHECK(model->index(last, ui::JournalModel::Balance).data().toString()
          == ui::formatAmount(cash, u"USD"_s));
    // The amount's space is non-breaking: a wrapped line never splits "US$" from its figure.
    CHECK(page->totalsText().contains(u"closing balance US$\u00a0"_s
                                      + ui::formatAmount(cash, u"USD"_s)));

    // Receipts only; reverse the first with a reason, after a confirmation.
    page->accountFilter()->setCurrentIndex(0);
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(u"receipt"_s));
    REQUIRE(model->rowCount() > 0);
    CHECK(model->index(0, ui::JournalModel::Kind).data().toString() == u"Receipt"_s);
    page->view()->setCurrentIndex(model->index(0, 0));
    const qint64 entry = model->index(0, 0).data(ui::JournalModel::EntryIdRole).toLongLong();
    QStringList asked;
    QString confirmed;
    Hooks hooks({.onError = [](const QString &, const QString &text) { FAIL(text.toStdString()); },
                 .nextFileName = {},
                 .onConfirm = [&](const QString &, const QString &text) {
                     confirmed = text;
                     return true;
                 },
                 .nextText = [&](const QString &, const QString &label) {
                     asked << label;
                     return u"Recorded twice"_s;
                 }});
    page->reverseSelected();
    REQUIRE(asked.size() == 1);
    CHECK(confirmed.contains(u"cannot be undone"_s));
    const auto reversed = must(core::ledger::entry(db, entry));
    REQUIRE(reversed.reversedByEntryId > 0);
    CHECK(must(core::ledger::entry(db, reversed.reversedByEntryId)).reason == u"Recorded twice"_s);
    CHECK(model->index(0, ui::JournalModel::Kind).data().toString() == u"Receipt (reversed)"_s);
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(u"reversal"_s));
    REQUIRE(model->rowCount() == int(reversed.postings.size()));
    CHECK(model->index(0, ui::JournalModel::Memo).data().toString().contains(u"Recorded twice"_s));

    // A reason left blank reverses nothing.
    ui::dialogs::setTestHooks({.onError = {}, .nextFileName = {},
                               .nextText = [](const QString &, const QString &) { return QString(); }});
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(u"income"_s));
    page->view()->setCurrentIndex(model->index(0, 0));
    const qint64 before = count(db, u"SELECT COUNT(*) FROM journal_entry"_s);
    page->reverseSelected();
    CHECK(count(db, u"SELECT COUNT(*) FROM journal_entry"_s) == before);
}

TEST_CASE("the journal model reads pages, not every row, and jumps to the end", "[ui]")
{
    imdp::test::TempDir t;
    auto db = must(core::Database::create(t.file(u"many.imdp"_s), [](core::Database &d) {
        core::FundSettings s;
        s.name = u"Many postings"_s;
        return core::fund::initialise(d, s);
    }));
    core::WriteTransaction tx(*db); // one commit, not 400 synced ones: keeps the test fast
    for (int i = 0; i < 400; ++i) {
        core::ledger::Receipt r;
        r.reference = u"R%1"_s.arg(i);
        r.donor = u"Donor %1"_s.arg(i % 7);
        r.date = QDate(2026, 1, 1).addDays(i % 90);
        r.amountMinor = 100000 + i;
        r.rateScaled = 10000000000;
        must(core::ledger::recordReceipt(*db, r, true));
    }
    imdp::test::mustOk(tx.commit());
    ui::JournalModel model(db.get());
    QAbstractItemModelTester tester(&model, Fatal);
    core::ledger::JournalFilter cash;
    cash.account = u"cash"_s;
    model.setFilter(cash);
    REQUIRE(model.rowCount() == 400);
    const int reads = model.pageReads(); // the tester reads the first rows
    CHECK(reads <= 1);
    // The last row: one offset jump, its running balance from the database.
    const QString lastBalance = model.index(399, ui::JournalModel::Balance).data().toString();
    CHECK(model.pageReads() == reads + 1);
    CHECK(lastBalance == ui::formatAmount(model.closingBalance(), u"USD"_s));
    CHECK(model.index(0, ui::JournalModel::Debit).data().toString() == u"1,000.00"_s);
    CHECK(model.index(1, ui::JournalModel::Balance).data().toString() == u"2,000.01"_s);
    CHECK(model.index(250, ui::JournalModel::Entry).data().toLongLong() > 0);
    CHECK(model.cachedPages() == 2); // rows 0-199 and 200-399: never more than asked for
    CHECK(model.pageReads() <= 3);

    // Without an account filter the sums are made by a worker thread on its own connection:
    // unknown when the rows are, then the database's figures. Of two filters set in a row only
    // the last one's totals arrive.
    const auto waitForTotals = [&model] {
        for (int i = 0; i < 6000 && !model.totalsKnown(); ++i)
            QTest::qWait(10);
        REQUIRE(model.totalsKnown());
    };
    QSignalSpy totals(&model, &ui::JournalModel::totalsChanged);
    model.setFilter({});
    CHECK(model.rowCount() == 800); // cash and contribution for each receipt (no fee set)
    CHECK_FALSE(model.totalsKnown());
    waitForTotals();
    CHECK(model.summary().debits
          == count(*db, u"SELECT SUM(usd_minor) FROM posting WHERE usd_minor > 0"_s));
    CHECK(model.summary().credits == -model.summary().debits);
    core::ledger::JournalFilter donor;
    donor.donor = u"Donor 3"_s;
    model.setFilter({});
    model.setFilter(donor);
    waitForTotals();
    QTest::qWait(50);
    CHECK(totals.count() == 2);
    CHECK(model.summary().debits
          == count(*db, u"SELECT SUM(p.usd_minor) FROM posting p JOIN organisation o ON "
                        "o.id = p.donor_id WHERE o.name = 'Donor 3' AND p.usd_minor > 0"_s));

    // An account filter reads its totals at once (the running balance starts from them): a
    // worker still summing the filter before it must not overwrite them when it ends.
    model.setFilter({});
    model.setFilter(cash);
    REQUIRE(model.totalsKnown());
    while (model.summing())
        QTest::qWait(10);
    CHECK(model.summary().debits
          == count(*db, u"SELECT SUM(usd_minor) FROM posting WHERE account_id = 1 "
                        "AND usd_minor > 0"_s));
    CHECK(model.summary().credits == 0);
    CHECK(model.closingBalance() == model.summary().debits);
}

TEST_CASE("rates in the funding tables use the locale's decimal sign, as the dialogs read them", "[ui]")
{
    const imdp::test::DefaultLocale french(QLocale(QLocale::French, QLocale::France));
    const auto column = [](const QAbstractItemModel &m, const QString &name) {
        for (int c = 0; c < m.columnCount(); ++c) {
            if (m.headerData(c, Qt::Horizontal).toString() == name)
                return c;
        }
        FAIL("no column " << name.toStdString());
        return -1;
    };
    core::ledger::Pledge p;
    p.reference = u"AA-GR-1"_s;
    p.currency = u"EUR"_s;
    p.amountMinor = 30000000;
    p.rateScaled = 10850000000; // 1.085
    std::unique_ptr<ui::TableModel<core::ledger::Pledge>> pledges(
        ui::makePledgeModel(QDate(2026, 11, 28), nullptr));
    pledges->setRows({p});
    CHECK(pledges->index(0, column(*pledges, u"Rate"_s)).data().toString() == u"1,085"_s);
    core::ledger::Receipt r;
    r.reference = u"JP-1"_s;
    r.currency = u"JPY"_s;
    r.amountMinor = 1000000;
    r.rateScaled = 67000000; // 0.0067
    std::unique_ptr<ui::TableModel<core::ledger::Receipt>> receipts(ui::makeReceiptModel(nullptr));
    receipts->setRows({r});
    CHECK(receipts->index(0, column(*receipts, u"Rate"_s)).data().toString() == u"0,0067"_s);
    // What the table shows is what an entry dialog parses back.
    CHECK(ui::formatRate(12345678901) == u"1,2345678901"_s);
}

TEST_CASE("CSV import from the desktop: a preview with every bad row writes nothing", "[ui]")
{
    imdp::test::TempDir t;
    const QString fund = makeDemo(t);
    const QString csv = t.file(u"receipts.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-10-01,Kingdom of Sweden,donor,SEK,1000.00,0.095,UI-1\n"
                               "2026-10-02,Japan,donor,JPY,5000.5,0.0067,UI-2\n"
                               "2026-10-03,Japan,donor,USD,100.00,1.2,UI-3\n"
                               "2026-10-04,\"Japan,donor,USD,100.00,1,UI-4\n");
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(fund));
    auto *page = qobject_cast<ui::FundingPage *>(w.page(ui::MainWindow::Funding));
    auto &db = *w.session()->database();
    const qint64 postings = count(db, u"SELECT COUNT(*) FROM posting"_s);
    const QByteArray fundBefore = imdp::test::sha256(fund);
    const QByteArray csvBefore = imdp::test::sha256(csv);
    int shown = 0;
    QStringList informed;
    Hooks hooks({.onError = {}, .nextFileName = [&] { return csv; },
                 .onDialog = [&](QDialog *d) {
                     auto *ip = qobject_cast<ui::ImportPreviewDialog *>(d);
                     REQUIRE(ip != nullptr);
                     imdp::test::waitForWork(ip);
                     ++shown;
                     // The wait cursor of the preview is gone once the rows are shown.
                     CHECK(QGuiApplication::overrideCursor() == nullptr);
                     QAbstractItemModelTester rows(ip->model(), Fatal);
                     if (shown == 1) {
                         REQUIRE(ip->model()->rowCount() == 4);
                         CHECK_FALSE(ip->model()->isAlert(0));
                         CHECK(ip->model()->isAlert(1));
                         CHECK(ip->model()->isAlert(2));
                         CHECK(ip->model()->isAlert(3));
                         // The unclosed quote swallowed the rest of the file, line break
                         // included: the cell shows it on one line.
                         CHECK(ip->model()->index(3, 2).data().toString()
                               == u"Japan,donor,USD,100.00,1,UI-4\\n"_s);
                         CHECK(ip->model()->index(1, 0).data().toString() == u"3"_s);
                         const int problem = ip->model()->columnCount() - 1;
                         CHECK(ip->model()->index(1, problem).data().toString().startsWith(
                             u"amount"_s));
                         CHECK(ip->model()->index(2, problem).data().toString().startsWith(
                             u"usd_rate"_s));
                         CHECK(ip->summary().startsWith(u"3 bad rows"_s));
                         CHECK(child<QLabel>(d, u"problemList"_s)->text().contains(
                             csv + u":3: amount"_s));
                         CHECK_FALSE(ip->importButton()->isEnabled());
                         return int(QDialog::Rejected);
                     }
                     CHECK(ip->summary().startsWith(u"1 row totalling US$ 95.00"_s));
                     CHECK(ip->importButton()->isEnabled());
                     CHECK(ip->runImport());
                     imdp::test::waitForWork(ip);
                     CHECK(QGuiApplication::overrideCursor() == nullptr);
                     return d->result();
                 },
                 .onInformation = [&](const QString &, const QString &text) {
                     informed << text;
                 }});
    page->importFile(core::ledger::ImportKind::Receipts);
    CHECK(shown == 1);
    CHECK(count(db, u"SELECT COUNT(*) FROM posting"_s) == postings);
    CHECK(imdp::test::sha256(fund) == fundBefore);
    CHECK(imdp::test::sha256(csv) == csvBefore);

    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-10-01,Kingdom of Sweden,donor,SEK,1000.00,0.095,UI-1\n");
    page->importFile(core::ledger::ImportKind::Receipts);
    CHECK(shown == 2);
    // Said in the status bar (no message box to dismiss), the imported receipt selected.
    CHECK(informed.isEmpty());
    CHECK(w.statusBar()->currentMessage() == u"1 row imported from receipts.csv."_s);
    REQUIRE(page->donorView()->currentIndex().isValid());
    CHECK(page->donorView()->currentIndex().siblingAtColumn(0).data().toString() ==
          u"Kingdom of Sweden"_s);
    REQUIRE(page->receiptView()->currentIndex().isValid());
    CHECK(page->receiptView()->currentIndex().siblingAtColumn(0).data().toString() == u"UI-1"_s);
    CHECK(count(db, u"SELECT COUNT(*) FROM posting"_s) > postings);
}

TEST_CASE("the dashboard shows the position and a gauge per cap basis, the what-if", "[ui]")
{
    imdp::test::TempDir t;
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(makeDemo(t)));
    ui::DashboardPage *dash = w.dashboard();
    auto &db = *w.session()->database();
    const auto pos = must(core::ledger::position(db, core::Clock::today()));
    CHECK(child<QLabel>(dash, u"tile_money_pledged"_s)->text()
          == u"US$ "_s + ui::formatAmount(pos.pledged, u"USD"_s));
    CHECK(child<QLabel>(dash, u"tile_money_available"_s)->text()
          == u"US$ "_s + ui::formatAmount(pos.available, u"USD"_s));
    CHECK(child<QLabel>(dash, u"tile_money_received"_s)->alignment() & Qt::AlignRight);
    REQUIRE(dash->gauges().size() == 3);
    auto *plan = dash->gauges().at(0);
    CHECK(plan->compliant());
    CHECK(plan->shareText() == u"Bank share 11.60% of US$ 8,617,100.00 (cap 15.00%)"_s);
    CHECK(plan->headroomText() == u"US$ 344,194.11 more from the Bank would still comply"_s);
    CHECK(dash->gauges().at(2)->headroomText()
          == u"US$ 476,464.70 more from the Bank would still comply"_s);
    const QPixmap shot = plan->grab(); // paints at its size without complaint
    CHECK(!shot.isNull());

    ui::CapPanel panel(w.session());
    QAbstractItemModelTester capTester(panel.capModel(), Fatal);
    QAbstractItemModelTester whatIfTester(panel.whatIfModel(), Fatal);
    CHECK(panel.capModel()->rowCount() >= 3 + 3); // all years, then each fiscal year
    CHECK(panel.capModel()->index(0, 0).data().toString() == u"All years"_s);
    CHECK(panel.tableText().count(u'\n') == panel.capModel()->rowCount());
    CHECK(panel.whatIfModel()->rowCount() == 0);
    QTest::keyClicks(panel.whatIfBank(), u"400,000.00"_s);
    REQUIRE(panel.whatIfModel()->rowCount() == 3);
    CHECK(panel.whatIfModel()->index(0, 2).data().toString() == u"1,400,000.00"_s);
    CHECK(panel.whatIfModel()->isAlert(0));
    CHECK(panel.whatIfMessage().contains(u"would not comply"_s));
    panel.whatIfBank()->clear();
    QTest::keyClicks(panel.whatIfBank(), u"344,194.11"_s);
    CHECK_FALSE(panel.whatIfModel()->isAlert(0));
    CHECK(panel.whatIfMessage().contains(u"Exactly at the cap"_s));
    // Nothing was written by the what-if.
    CHECK(must(core::funding::capStatus(db)).plan.bank == 100000000);
}

TEST_CASE("the statement's other lines: a dialog each from Donors & Funding, posted and audited",
          "[ui][statement]")
{
    imdp::test::TempDir t;
    ui::MainWindow w;
    ui::FundingPage *page = showFunding(w, t);
    core::Database &db = *w.session()->database();
    // A project and partner that had a transfer in the demo fund.
    QString project, partner;
    for (const core::ledger::JournalEntry &e : must(core::ledger::journal(db))) {
        for (const core::ledger::Posting &p : e.postings) {
            if (p.account == u"transfers"_s && project.isEmpty()) {
                project = p.project;
                partner = p.partner;
            }
        }
    }
    REQUIRE_FALSE(project.isEmpty());
    struct Case
    {
        QString action;
        std::function<void(QDialog *)> fill;
        QString kind;
    };
    const QList<Case> cases{
        {u"recordPartnerInterest"_s,
         [&](QDialog *d) {
             setText(d, u"project"_s, project);
             child<QComboBox>(d, u"partner"_s)->setCurrentText(partner);
             setText(d, u"reference"_s, u"INT-1"_s);
         },
         u"partner_interest"_s},
        {u"recordFundTransfer"_s,
         [](QDialog *d) { setText(d, u"fund"_s, u"Peacebuilding Fund"_s); }, u"fund_transfer"_s},
        {u"recordDirectCost"_s, [](QDialog *d) { setText(d, u"note"_s, u"secretariat"_s); },
         u"direct_cost"_s},
        {u"recordBankCharge"_s, [](QDialog *) {}, u"bank_charge"_s},
        {u"recordFeeAdjustment"_s,
         [](QDialog *d) {
             child<QComboBox>(d, u"direction"_s)->setCurrentIndex(1);
             setText(d, u"note"_s, u"overcharged"_s);
         },
         u"fee_adjust"_s},
    };
    for (const Case &c : cases) {
        INFO(c.action.toStdString());
        const qint64 before = count(db, u"SELECT COUNT(*) FROM journal_entry WHERE kind = '%1'"_s
                                            .arg(c.kind));
        Hooks hooks({.onError = {}, .nextFileName = {}, .onDialog = [&](QDialog *d) {
            // Nothing typed: the amount is missing and Save is disabled.
            CHECK_FALSE(saveEnabled(d));
            CHECK(d->sizeHint().width() <= 1024);
            CHECK(d->sizeHint().height() <= 700);
            setText(d, u"amount"_s, u"12.34"_s);
            c.fill(d);
            auto *entry = qobject_cast<ui::EntryDialog *>(d);
            REQUIRE(entry != nullptr);
            INFO(entry->problems().join(u'\n').toStdString());
            CHECK(entry->problems().isEmpty());
            CHECK(entry->submit());
            return d->result();
        }});
        auto *action = page->findChild<QAction *>(c.action);
        REQUIRE(action != nullptr);
        action->trigger();
        CHECK(count(db, u"SELECT COUNT(*) FROM journal_entry WHERE kind = '%1'"_s.arg(c.kind))
              == before + 1);
        CHECK(count(db, u"SELECT COUNT(*) FROM audit_event WHERE command = 'ledger.%1'"_s.arg(
                            c.kind))
              >= 1);
    }
    // The fee adjustment gave back: the fees are 12.34 lower than the receipts' fees.
    const auto pos = must(core::ledger::position(db, QDate(2100, 1, 1)));
    CHECK(pos.partnerInterest == 1234);
    CHECK(pos.transfersToFunds == 1234);
    CHECK(pos.directCosts == 1234);
    CHECK(pos.bankCharges == 1234);
    CHECK(count(db, u"SELECT COUNT(*) FROM posting WHERE flow = 'fee_adjust' AND "
                    "account_id = 8 AND usd_minor = -1234"_s)
          == 1);
}

TEST_CASE("the statement lines' dialogs and the Donors & Funding commands fit 1024x700 in en, fr "
          "and es",
          "[ui][statement]")
{
    const QLocale saved;
    const QHash<QString, QString> feeTitle{{u"en"_s, u"Fee Adjustment"_s},
                                           {u"fr"_s, u"Ajustement de la commission"_s},
                                           {u"es"_s, u"Ajuste de la comisión"_s}};
    for (const QString &lang : {u"en"_s, u"fr"_s, u"es"_s}) {
        INFO(lang.toStdString());
        imdp::test::TempDir t;
        ui::applyLanguage(lang);
        CHECK(ui::StatementLineDialog::title(ui::StatementLineDialog::Kind::FeeAdjust) ==
              feeTitle.value(lang));
        ui::MainWindow w;
        ui::FundingPage *page = showFunding(w, t);
        // The commands' tool bar folds what does not fit into its extension menu: the page's
        // minimum size is what must fit.
        CHECK(page->minimumSizeHint().width() <= 1024);
        CHECK(page->minimumSizeHint().height() <= 700);
        CHECK(page->findChild<QWidget *>(u"statementLines"_s) != nullptr);
        using Kind = ui::StatementLineDialog::Kind;
        for (Kind k : {Kind::PartnerInterest, Kind::FundTransfer, Kind::DirectCost,
                       Kind::BankCharge, Kind::FeeAdjust}) {
            ui::StatementLineDialog d(*w.session()->database(), k, &w);
            INFO(d.windowTitle().toStdString());
            CHECK(d.sizeHint().width() <= 1024);
            CHECK(d.sizeHint().height() <= 700);
        }
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(saved);
}

TEST_CASE(
    "a large CSV is previewed and imported on a worker with a progress bar, and Cancel writes "
    "nothing",
    "[ui][ledger][import]")
{
    imdp::test::TempDir t;
    const QString fund = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(fund);
    const QString csv = t.file(u"large.csv"_s);
    {
        QByteArray text = "date,donor,source,currency,amount,usd_rate,reference\n";
        for (int i = 1; i <= 30000; ++i)
            text += "2026-10-01,Kingdom of Sweden,donor,SEK,10.00,0.095,W-" +
                    QByteArray::number(i) + '\n';
        imdp::test::writeFile(csv, text);
    }
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(fund));
    core::Database &db = *w.session()->database();
    const qint64 receipts = count(db, u"SELECT COUNT(*) FROM receipt"_s);
    const qint64 audits = count(db, u"SELECT COUNT(*) FROM audit_event"_s);
    const QByteArray before = imdp::test::sha256(fund);

    // The preview starts at once on the worker, the bar shown; Esc stops it, nothing written.
    {
        ui::ImportPreviewDialog d(db, core::ledger::ImportKind::Receipts, csv, &w);
        d.show();
        CHECK(d.isWorking());
        CHECK(d.progressBar()->isVisibleTo(&d));
        CHECK_FALSE(d.importButton()->isEnabled());
        CHECK(ui::FundSession::isLent());
        QTest::keyClick(&d, Qt::Key_Escape);
        CHECK(d.isVisible()); // Esc stopped the work, it did not close the dialog
        imdp::test::waitForWork(&d);
        CHECK_FALSE(ui::FundSession::isLent());
        CHECK_FALSE(d.progressBar()->isVisibleTo(&d));
        CHECK(d.summary() == u"Preview cancelled. Nothing has been written."_s);
        CHECK_FALSE(d.importButton()->isEnabled());
    }
    CHECK(imdp::test::sha256(fund) == before);

    // Previewed whole; the import's progress moves while the window keeps its events flowing;
    // Cancel rolls it back.
    {
        ui::ImportPreviewDialog d(db, core::ledger::ImportKind::Receipts, csv, &w);
        d.show();
        imdp::test::waitForWork(&d);
        CHECK(d.summary().startsWith(u"30,000 rows totalling"_s));
        REQUIRE(d.runImport());
        CHECK(d.isWorking());
        bool partway = false;
        for (int i = 0; i < 6000 && d.isWorking() && !partway; ++i) {
            QTest::qWait(10);
            partway = d.progressBar()->maximum() == 1000 && d.progressBar()->value() > 0 &&
                      d.progressBar()->value() < 1000;
        }
        CHECK(partway);
        d.cancelWork();
        imdp::test::waitForWork(&d);
        CHECK(d.summary() == u"Import cancelled. Nothing has been written."_s);
        CHECK(d.result() != QDialog::Accepted);
        CHECK(count(db, u"SELECT COUNT(*) FROM receipt"_s) == receipts);
        CHECK(count(db, u"SELECT COUNT(*) FROM audit_event"_s) == audits);

        // Imported for real: every row, one audit row, the dialog accepted. The worker wrote
        // on a connection of its own: the session's connection changed no row itself.
        CHECK(d.importButton()->isEnabled());
        const qint64 sessionChanges = count(db, u"SELECT total_changes()"_s);
        REQUIRE(d.runImport());
        imdp::test::waitForWork(&d);
        CHECK(d.result() == QDialog::Accepted);
        CHECK(d.importedRows() == 30000);
        CHECK(count(db, u"SELECT total_changes()"_s) == sessionChanges);
    }
    CHECK(count(db, u"SELECT COUNT(*) FROM receipt"_s) == receipts + 30000);
    CHECK(count(db, u"SELECT COUNT(*) FROM audit_event"_s) == audits + 1);

    // A dialog closed with its worker running (the window closing) stops and waits for it.
    {
        ui::ImportPreviewDialog d(db, core::ledger::ImportKind::Receipts, csv, &w);
        CHECK(d.isWorking());
    }
    CHECK_FALSE(ui::FundSession::isLent());
}
