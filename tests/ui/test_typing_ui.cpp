// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 20, "Never lose typing": Esc, Cancel or the close button on an editing dialog with
// something typed asks before discarding it (Discard / Keep Editing); an unchanged dialog closes
// at once. One rule (ui/discardguard) in every editing dialog.
#include "../testutil.h"
#include "uitest.h"

#include "core/clock.h"
#include "core/committee/meetings.h"
#include "core/committee/members.h"
#include "core/fund/fund.h"
#include "core/fund/organisations.h"
#include "core/ledger/pledges.h"
#include "core/money/rate.h"
#include "ui/dialogs.h"
#include "ui/discardguard.h"
#include "ui/entry/amendpledgedialog.h"
#include "ui/entry/incomedialog.h"
#include "ui/entry/instalmenteditor.h"
#include "ui/entry/pledgedialog.h"
#include "ui/entry/receiptdialog.h"
#include "ui/entry/statementlinedialog.h"
#include "ui/entry/transferdialog.h"
#include "ui/fundsession.h"
#include "ui/models/fundingmodels.h"
#include "ui/models/models.h"
#include "ui/orgs/organisationdialog.h"
#include "ui/pages/decisionsdialog.h"
#include "ui/pages/dgfnarrativesdialog.h"
#include "ui/pages/memberdialog.h"
#include "ui/pages/proposaleditor.h"
#include "ui/setup/fundsettingsdialog.h"
#include "ui/setup/newfundwizard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::child;
using imdp::test::must;
using imdp::test::mustOk;
using imdp::test::setText;

namespace {

/// Answers the discard question and counts how often it was asked.
struct DiscardAnswers
{
    DiscardAnswers()
    {
        ui::dialogs::QuestionHooks h;
        h.nextDiscard = [this](const QString &text) {
            questions << text;
            return discard;
        };
        ui::dialogs::setQuestionHooks(h);
    }
    ~DiscardAnswers() { ui::dialogs::setQuestionHooks({}); }
    DiscardAnswers(const DiscardAnswers &) = delete;
    DiscardAnswers &operator=(const DiscardAnswers &) = delete;
    QStringList questions;
    bool discard = false;
};

/// A fund built from nothing: one donor with one signed pledge, and one partner.
QString smallFund(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"Typing Fund.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        core::FundSettings s;
        s.name = u"Typing Fund"_s;
        if (auto st = core::fund::initialise(db, s); !st)
            return st;
        core::Organisation o;
        o.name = u"Sweden"_s;
        o.kind = u"state"_s;
        if (auto r = core::organisations::add(db, o); !r)
            return core::Status(r.error());
        core::ledger::Pledge p;
        p.reference = u"SE-1"_s;
        p.donor = o.name;
        p.date = QDate(2026, 1, 5);
        p.amountMinor = 100000;
        p.rateScaled = core::Rate::kScale;
        if (auto r = core::ledger::recordPledge(db, p); !r)
            return core::Status(r.error());
        return core::Status();
    }));
    return path;
}

/// Types into the dialog's first input a person can type in (a line or a text box).
void typeSomething(QDialog *d)
{
    for (QLineEdit *e : d->findChildren<QLineEdit *>()) {
        if (!e->isVisibleTo(d) || !e->isEnabled() || e->isReadOnly() ||
            qobject_cast<QAbstractSpinBox *>(e->parentWidget()) ||
            qobject_cast<QComboBox *>(e->parentWidget()))
            continue;
        QTest::keyClicks(e, u"x"_s);
        return;
    }
    for (QPlainTextEdit *e : d->findChildren<QPlainTextEdit *>()) {
        if (!e->isVisibleTo(d) || e->isReadOnly())
            continue;
        QTest::keyClicks(e, u"x"_s);
        return;
    }
    FAIL("no input to type in");
}

/// The rule, on a dialog `make` builds: unchanged, Esc closes at once; typed, Esc asks and
/// "Keep Editing" keeps the dialog and the text; the close button asks again and "Discard" closes.
void checkGuarded(const QString &what, const std::function<std::unique_ptr<QDialog>()> &make)
{
    INFO(what.toStdString());
    DiscardAnswers answers;
    {
        auto d = make();
        d->show();
        QTest::keyClick(d.get(), Qt::Key_Escape);
        CHECK(answers.questions.isEmpty());
        CHECK_FALSE(d->isVisible());
        CHECK(d->result() == QDialog::Rejected);
    }
    {
        auto d = make();
        d->show();
        typeSomething(d.get());
        answers.discard = false;
        QTest::keyClick(d.get(), Qt::Key_Escape);
        CHECK(answers.questions.size() == 1);
        CHECK(d->isVisible());
        answers.discard = true;
        d->close();
        CHECK(answers.questions.size() == 2);
        CHECK_FALSE(d->isVisible());
        CHECK(d->result() == QDialog::Rejected);
    }
}

} // namespace

TEST_CASE(
    "an entry dialog with typing asks before Esc, Cancel or closing discards it, and unchanged "
    "it closes at once",
    "[ui][typing]")
{
    imdp::test::TempDir t;
    const QString path = smallFund(t);
    ui::FundSession session;
    mustOk(session.open(path));
    DiscardAnswers answers;

    SECTION("unchanged: Esc closes without a question")
    {
        ui::PledgeDialog d(*session.database(), u"Sweden"_s, nullptr);
        d.show();
        QTest::keyClick(&d, Qt::Key_Escape);
        CHECK(answers.questions.isEmpty());
        CHECK_FALSE(d.isVisible());
    }
    SECTION("typed: Keep Editing keeps the dialog and the typing, Discard closes")
    {
        ui::PledgeDialog d(*session.database(), u"Sweden"_s, nullptr);
        d.show();
        setText(&d, u"reference"_s, u"SE-2"_s);
        setText(&d, u"amount"_s, u"500.00"_s);
        QTest::keyClick(&d, Qt::Key_Escape);
        REQUIRE(answers.questions.size() == 1);
        CHECK(answers.questions.first().contains(u"Record Pledge"_s));
        CHECK(d.isVisible());
        CHECK(child<QLineEdit>(&d, u"reference"_s)->text() == u"SE-2"_s);
        CHECK(child<QLineEdit>(&d, u"amount"_s)->text() == u"500.00"_s);

        // Cancel asks too.
        d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        CHECK(answers.questions.size() == 2);
        CHECK(d.isVisible());

        answers.discard = true;
        d.close();
        CHECK(answers.questions.size() == 3);
        CHECK_FALSE(d.isVisible());
        CHECK(d.result() == QDialog::Rejected);
        CHECK(must(core::ledger::pledges(*session.database())).size() == 1); // nothing written
    }
    SECTION("typed then typed back: no change, no question")
    {
        ui::PledgeDialog d(*session.database(), u"Sweden"_s, nullptr);
        d.show();
        setText(&d, u"reference"_s, u"SE-2"_s);
        setText(&d, u"reference"_s, QString());
        QTest::keyClick(&d, Qt::Key_Escape);
        CHECK(answers.questions.isEmpty());
        CHECK_FALSE(d.isVisible());
    }
    SECTION("an instalment row added is a change; removed again, none")
    {
        ui::PledgeDialog d(*session.database(), u"Sweden"_s, nullptr);
        d.show();
        child<QPushButton>(&d, u"addInstalment"_s)->click();
        CHECK(d.discardGuard()->hasChanges());
        auto *editor = child<ui::InstalmentEditor>(&d, u"instalments"_s);
        REQUIRE(editor->rowCount() == 1);
        child<QPushButton>(&d, u"removeInstalment"_s)->click();
        REQUIRE(editor->rowCount() == 0);
        CHECK_FALSE(d.discardGuard()->hasChanges());
    }
    SECTION("a date or a choice changed is a change")
    {
        ui::ReceiptDialog d(*session.database(), u"Sweden"_s, u"SE-1"_s, nullptr);
        d.show();
        CHECK_FALSE(d.discardGuard()->hasChanges()); // the preselected pledge is not typing
        auto *date = child<QDateEdit>(&d, u"date"_s);
        date->setDate(date->date().addDays(-1));
        CHECK(d.discardGuard()->hasChanges());
        date->setDate(date->date().addDays(1));
        CHECK_FALSE(d.discardGuard()->hasChanges());
        auto *pledge = child<QComboBox>(&d, u"pledge"_s);
        pledge->setCurrentIndex(0);
        CHECK(d.discardGuard()->hasChanges());
    }
    SECTION("a saved entry closes without a question")
    {
        ui::PledgeDialog d(*session.database(), u"Sweden"_s, nullptr);
        d.show();
        setText(&d, u"reference"_s, u"SE-2"_s);
        setText(&d, u"amount"_s, u"500.00"_s);
        REQUIRE(d.submit());
        CHECK(answers.questions.isEmpty());
        CHECK(d.result() == QDialog::Accepted);
    }
}

TEST_CASE("every editing dialog follows the discard rule", "[ui][typing]")
{
    core::Clock::setFixed(QDateTime(QDate(2027, 1, 21), QTime(9, 0), Qt::UTC));
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    ui::FundSession session;
    mustOk(session.open(path));
    core::Database &db = *session.database();
    const QString pledge = must(core::ledger::pledges(db)).constFirst().reference;

    // A meeting held, with decisions to record.
    qint64 meeting = 0;
    for (const core::Meeting &m : must(core::meetings::list(db)))
        if (m.status == u"planned"_s)
            for (const core::AgendaItem &i : must(core::meetings::agenda(db, m.id)))
                if (i.kind == u"decision"_s && !i.decision)
                    meeting = m.id;
    REQUIRE(meeting > 0);
    mustOk(core::meetings::setStatus(db, meeting, u"dossier_issued"_s));
    QList<qint64> present;
    for (const core::Member &m : must(core::members::list(db)))
        present << m.id;
    mustOk(core::meetings::setAttendance(db, meeting, present));
    mustOk(core::meetings::setStatus(db, meeting, u"held"_s));

    using D = std::unique_ptr<QDialog>;
    checkGuarded(u"pledge"_s, [&] { return D(new ui::PledgeDialog(db, QString())); });
    checkGuarded(u"receipt"_s, [&] { return D(new ui::ReceiptDialog(db, QString())); });
    checkGuarded(u"amend pledge"_s, [&] { return D(new ui::AmendPledgeDialog(db, pledge)); });
    checkGuarded(u"income"_s, [&] { return D(new ui::IncomeDialog(db)); });
    checkGuarded(u"transfer"_s, [&] { return D(new ui::TransferDialog(db, QString())); });
    checkGuarded(u"statement line"_s, [&] {
        return D(new ui::StatementLineDialog(db, ui::StatementLineDialog::Kind::BankCharge));
    });
    checkGuarded(u"organisation"_s,
                 [&] { return D(new ui::OrganisationDialog(db, QString(), QString())); });
    checkGuarded(u"member"_s, [&] { return D(new ui::MemberDialog(db)); });
    checkGuarded(u"decisions"_s, [&] { return D(new ui::DecisionsDialog(db, meeting)); });
    checkGuarded(u"DGF narratives"_s, [&] { return D(new ui::DgfNarrativesDialog(db)); });
    checkGuarded(u"fund settings"_s, [&] { return D(new ui::FundSettingsDialog(&session)); });
    checkGuarded(u"new fund wizard"_s, [&] { return D(new ui::NewFundWizard); });
    checkGuarded(u"proposal editor"_s,
                 [&] { return D(new ui::ProposalEditor(&session, QString())); });
    core::Clock::reset();
}

TEST_CASE("an instalment due today says so and is not in arrears, and the day after it is",
          "[ui][typing]")
{
    core::ledger::Pledge p;
    p.reference = u"SE-1"_s;
    p.status = u"signed"_s;
    p.currency = u"USD"_s;
    p.amountMinor = 300000;
    p.paidMinor = 50000; // covers half of the first instalment
    p.instalments = {
        {QDate(2027, 1, 20), 100000}, {QDate(2027, 1, 21), 100000}, {QDate(2027, 1, 22), 100000}};
    const QDate today(2027, 1, 21);
    std::unique_ptr<ui::TableModel<ui::InstalmentRow>> model(ui::makeInstalmentModel(nullptr));
    model->setRows(ui::instalmentRows(p, today));
    REQUIRE(model->rowCount() == 3);
    const int arrears = 2;
    CHECK(model->index(0, arrears).data().toString() == ui::formatAmount(50000, u"USD"_s));
    CHECK(model->index(1, arrears).data().toString() == u"Due today"_s);
    CHECK(model->index(2, arrears).data().toString().isEmpty());
    const auto rows = ui::instalmentRows(p, today);
    CHECK(rows.at(1).arrearsMinor == 0);
    CHECK(rows.at(1).dueTodayMinor == 100000);

    // Paid in full on the day: nothing due, nothing late.
    p.paidMinor = 200000;
    model->setRows(ui::instalmentRows(p, today));
    CHECK(model->index(1, arrears).data().toString().isEmpty());

    // The next day the unpaid instalment is in arrears; a prospective pledge never is.
    p.paidMinor = 50000;
    CHECK(ui::instalmentRows(p, today.addDays(1)).at(1).arrearsMinor == 100000);
    p.status = u"prospective"_s;
    CHECK(ui::instalmentRows(p, today.addDays(1)).at(1).arrearsMinor == 0);
    CHECK(ui::instalmentRows(p, today).at(1).dueTodayMinor == 0);
}
