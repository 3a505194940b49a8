// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The Pipeline page and the proposal editor in the real main window, offscreen, on the demo fund.
#include "../testutil.h"
#include "uitest.h"

#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/fund/organisations.h"
#include "core/i18n/errors.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/proposalfilter.h"
#include "ui/pages/boardcolumn.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/duewidget.h"
#include "ui/pages/pipelinepage.h"
#include "ui/pages/proposaleditor.h"
#include "ui/pages/recordsbrowser.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;
using imdp::test::mustOk;
using Editor = ui::ProposalEditor;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString makeDemo(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    return path;
}

/// Records every error dialog and answers every question: a note for moves, a fixed answer for
/// "discard the changes?".
struct Answers
{
    QStringList errors;
    QStringList asked;
    std::optional<QString> text = u"checked with the applicant"_s;
    bool discard = true;
    Answers()
    {
        ui::dialogs::setTestHooks(
            {[this](const QString &, const QString &m) { errors << m; }, {}, {}, {}});
        ui::dialogs::setQuestionHooks({[this](const QString &title, const QString &) {
                                           asked << title;
                                           return text;
                                       },
                                       [this](const QString &) { return discard; }});
    }
    ~Answers()
    {
        ui::dialogs::setTestHooks({});
        ui::dialogs::setQuestionHooks({});
    }
};

/// Drops a proposal card on a board column as a drag from another column would.
void dropCard(ui::BoardColumn *column, const QString &code)
{
    QMimeData mime;
    mime.setData(QLatin1String(ui::BoardColumn::mimeType), code.toUtf8());
    const QPoint at = column->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(column->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(column->viewport(), &drop);
    REQUIRE(drop.isAccepted());
    QCoreApplication::processEvents(); // the move runs once the drag is over
}

/// Drags a card over a column the guard forbids: the drop is refused before any note is asked,
/// and the column's tooltip says why. Returns that reason.
QString refusedDrag(ui::BoardColumn *column, const QString &code)
{
    QMimeData mime;
    mime.setData(QLatin1String(ui::BoardColumn::mimeType), code.toUtf8());
    const QPoint at = column->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(column->viewport(), &enter);
    CHECK_FALSE(enter.isAccepted());
    CHECK(column->viewport()->toolTip() == column->dragRefusal());
    QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(column->viewport(), &drop);
    CHECK_FALSE(drop.isAccepted());
    QCoreApplication::processEvents();
    return column->dragRefusal();
}

QStringList codesIn(ui::BoardColumn *column)
{
    QStringList codes;
    for (int r = 0; r < column->cards()->rowCount(); ++r)
        codes << column->cards()->proposalAt(r).code;
    return codes;
}

struct Window
{
    imdp::test::TempDir dir;
    ui::MainWindow w;
    ui::PipelinePage *page = nullptr;
    Window()
    {
        const QString path = makeDemo(dir);
        w.show();
        REQUIRE(w.openFile(path));
        w.showPage(ui::MainWindow::Pipeline);
        QCoreApplication::processEvents();
        page = qobject_cast<ui::PipelinePage *>(w.page(ui::MainWindow::Pipeline));
        REQUIRE(page != nullptr);
        page->setView(ui::PipelinePage::View::Board);
    }
    core::Database &db() { return *w.session()->database(); }
};
} // namespace

TEST_CASE("moving a card on the board: refused moves leave it, allowed ones record history",
          "[ui][pipeline]")
{
    Window win;
    Answers answers;
    ui::PipelinePage *page = win.page;
    const QString code = u"IMDP-26-009"_s; // the demo's one draft
    ui::BoardColumn *draft = page->column(u"draft"_s);
    ui::BoardColumn *submitted = page->column(u"submitted"_s);
    QAbstractItemModelTester draftTester(draft->cards(), Fatal);
    QAbstractItemModelTester submittedTester(submitted->cards(), Fatal);
    REQUIRE(codesIn(draft) == QStringList{code});
    const auto historyBefore = must(core::pipeline::history(win.db(), code)).size();

    SECTION("the card's menu offers only the moves the transition table allows")
    {
        std::unique_ptr<QMenu> menu(page->cardMenu(code, nullptr));
        auto *moveTo = menu->findChild<QMenu *>(u"moveTo"_s);
        REQUIRE(moveTo != nullptr);
        QStringList offered;
        for (QAction *a : moveTo->actions())
            offered << a->data().toString();
        CHECK(offered == QStringList{u"submitted"_s, u"withdrawn"_s});
        // Choosing one moves the proposal, with the note asked for.
        moveTo->actions().first()->trigger();
        CHECK(answers.errors.isEmpty());
        CHECK(answers.asked == QStringList{u"Move IMDP-26-009 to Submitted"_s});
        CHECK(must(core::pipeline::find(win.db(), code)).state == u"submitted"_s);
        CHECK(codesIn(submitted).contains(code));
    }

    SECTION("a drop the table does not allow is refused with the core's reason")
    {
        CHECK(refusedDrag(page->column(u"endorsed"_s), code) ==
              u"IMDP-26-009: cannot move from Draft to Endorsed"_s);
        CHECK(answers.asked.isEmpty()); // no note asked for a move that cannot be
        CHECK(answers.errors.isEmpty());
        // The folded strip of an empty state refuses it the same way.
        ui::BoardStrip *strip = page->strip(u"endorsed"_s);
        REQUIRE(strip != nullptr);
        QMimeData mime;
        mime.setData(QLatin1String(ui::BoardColumn::mimeType), code.toUtf8());
        QDragEnterEvent enter(strip->rect().center(), Qt::MoveAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(strip, &enter);
        CHECK_FALSE(enter.isAccepted());
        CHECK(strip->dragRefusal() == u"IMDP-26-009: cannot move from Draft to Endorsed"_s);
        CHECK(strip->toolTip() == strip->dragRefusal());
        CHECK(codesIn(draft) == QStringList{code});
        CHECK(must(core::pipeline::find(win.db(), code)).state == u"draft"_s);
        CHECK(must(core::pipeline::history(win.db(), code)).size() == historyBefore);
    }

    SECTION("submitting without the mandatory fields is refused, then allowed once complete")
    {
        core::ProposalChange incomplete;
        incomplete.actionArea = u"A"_s; // area A must say how its data is disaggregated
        mustOk(core::pipeline::edit(win.db(), code, incomplete));
        win.w.session()->notifyChanged();
        CHECK(refusedDrag(submitted, code) ==
              u"IMDP-26-009: cannot move from Draft to Submitted: missing data "
              "disaggregation (action area A)"_s);
        CHECK(answers.asked.isEmpty());
        // "Move to…" gives the same reason, still without asking for a note.
        CHECK_FALSE(page->moveProposal(code, u"submitted"_s));
        REQUIRE(answers.errors.size() == 1);
        CHECK(answers.errors.first() == submitted->dragRefusal());
        CHECK(answers.asked.isEmpty());
        CHECK(codesIn(draft) == QStringList{code});
        CHECK_FALSE(codesIn(submitted).contains(code));

        core::ProposalChange complete;
        complete.disaggregation = QStringList{u"sex"_s};
        mustOk(core::pipeline::edit(win.db(), code, complete));
        win.w.session()->notifyChanged();
        dropCard(submitted, code);
        CHECK(answers.errors.size() == 1);
        CHECK(answers.asked == QStringList{u"Move IMDP-26-009 to Submitted"_s});
        CHECK(codesIn(draft).isEmpty());
        CHECK(codesIn(submitted).contains(code));
        CHECK(submitted->currentCode() == code);
        const auto history = must(core::pipeline::history(win.db(), code));
        REQUIRE(history.size() == historyBefore + 1);
        CHECK(history.last().from == u"draft"_s);
        CHECK(history.last().to == u"submitted"_s);
        CHECK(history.last().note == u"checked with the applicant"_s);
        CHECK(history.last().actor == u"tester"_s);
    }

    SECTION("cancelling the note cancels the move")
    {
        answers.text = std::nullopt;
        dropCard(submitted, code);
        CHECK(answers.errors.isEmpty());
        CHECK(must(core::pipeline::find(win.db(), code)).state == u"draft"_s);
        CHECK(codesIn(draft) == QStringList{code});
    }

    SECTION("a card dropped on its own column is not a move")
    {
        QMimeData mime;
        mime.setData(QLatin1String(ui::BoardColumn::mimeType), code.toUtf8());
        QDragEnterEvent enter(draft->viewport()->rect().center(), Qt::MoveAction, &mime,
                              Qt::LeftButton, {});
        QCoreApplication::sendEvent(draft->viewport(), &enter);
        CHECK_FALSE(enter.isAccepted());
    }
}

TEST_CASE("a refused move names the states in words, in the interface language",
          "[ui][pipeline][i18n]")
{
    // On the board, in French: the dragged card's refusal is in French words.
    ui::applyLanguage(u"fr"_s);
    const auto english = qScopeGuard([] {
        ui::applyLanguage(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    Window win;
    const QString refusal = refusedDrag(win.page->column(u"endorsed"_s), u"IMDP-26-009"_s);
    INFO(refusal.toStdString());
    CHECK(refusal.startsWith(u"IMDP-26-009"_s));
    CHECK(refusal.contains(ui::stateLabel(u"draft"_s)));
    CHECK(refusal.contains(ui::stateLabel(u"endorsed"_s)));
    CHECK(ui::stateLabel(u"draft"_s) != u"Draft"_s);
    CHECK_FALSE(refusal.contains(u"cannot move"_s));
    CHECK_FALSE(refusal.contains(u"draft"_s));
}

TEST_CASE("a fund with no proposal shows the strips and says how to add the first",
          "[ui][pipeline]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"empty.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        core::FundSettings s;
        s.name = u"Empty fund"_s;
        return core::fund::initialise(db, s);
    }));
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    w.showPage(ui::MainWindow::Pipeline);
    QCoreApplication::processEvents();
    auto *page = qobject_cast<ui::PipelinePage *>(w.page(ui::MainWindow::Pipeline));
    REQUIRE(page != nullptr);
    page->setView(ui::PipelinePage::View::Board);
    auto *empty = imdp::test::child<QLabel>(page, u"emptyBoard"_s);
    CHECK(empty->isVisibleTo(page));
    CHECK(empty->text().contains(u"New Proposal"_s));
    CHECK(page->strip(u"draft"_s)->isVisibleTo(page));
    CHECK_FALSE(page->column(u"draft"_s)->isVisibleTo(page));

    // The first proposal: the board is no longer empty.
    core::Organisation o;
    o.name = u"Someone"_s;
    o.kind = u"ngo"_s;
    must(core::organisations::add(*w.session()->database(), o));
    core::Proposal p;
    p.code = u"P-1"_s;
    p.title = u"A first proposal"_s;
    p.applicant = u"Someone"_s;
    must(core::pipeline::add(*w.session()->database(), p));
    w.session()->notifyChanged();
    CHECK_FALSE(empty->isVisibleTo(page));
    CHECK(page->column(u"draft"_s)->isVisibleTo(page));
}

TEST_CASE("the board shows open states and non-empty closed ones, the table sorts and filters",
          "[ui][pipeline]")
{
    Window win;
    ui::PipelinePage *page = win.page;
    CHECK_FALSE(imdp::test::child<QLabel>(page, u"emptyBoard"_s)->isVisibleTo(page));
    CHECK(page->column(u"in_review"_s)->isVisibleTo(page));
    CHECK(page->column(u"rejected"_s)->isVisibleTo(page));       // IMDP-26-010
    // Deferred is open but empty: folded to a strip with its count, unfolded by a click.
    CHECK_FALSE(page->column(u"deferred"_s)->isVisibleTo(page));
    ui::BoardStrip *deferred = page->strip(u"deferred"_s);
    REQUIRE(deferred != nullptr);
    CHECK(deferred->isVisibleTo(page));
    CHECK(deferred->text() == u"Deferred · 0"_s);
    CHECK(deferred->width() < page->column(u"in_review"_s)->width() / 3);
    QTest::mouseClick(deferred, Qt::LeftButton);
    CHECK(page->column(u"deferred"_s)->isVisibleTo(page));
    CHECK_FALSE(deferred->isVisibleTo(page));
    page->setUnfolded(u"deferred"_s, false);
    CHECK_FALSE(page->column(u"deferred"_s)->isVisibleTo(page));
    CHECK_FALSE(page->column(u"financially_closed"_s)->isVisibleTo(page)); // closed and empty
    CHECK_FALSE(page->strip(u"financially_closed"_s)->isVisibleTo(page));
    // The state filter: an unticked state has neither column nor strip; the choice is kept.
    REQUIRE(page->boardStates()->isVisibleTo(page));
    page->setStateShown(u"in_review"_s, false);
    CHECK_FALSE(page->column(u"in_review"_s)->isVisibleTo(page));
    CHECK_FALSE(page->strip(u"in_review"_s)->isVisibleTo(page));
    CHECK(QSettings().value(u"ui/boardHiddenStates"_s).toStringList() ==
          QStringList{u"in_review"_s});
    for (QAction *a : page->boardStates()->menu()->actions()) {
        if (a->data().toString() == u"in_review"_s) {
            CHECK_FALSE(a->isChecked());
            a->setChecked(true); // ticking it again shows the column
        }
    }
    CHECK(page->column(u"in_review"_s)->isVisibleTo(page));
    CHECK(QSettings().value(u"ui/boardHiddenStates"_s).toStringList().isEmpty());
    // Columns share the width, all as wide: at 1280 px most of them are in view whole (4 were).
    win.w.resize(1280, 800);
    QCoreApplication::processEvents();
    auto *board = page->findChild<QScrollArea *>(u"board"_s);
    REQUIRE(board != nullptr);
    const QRect visible = board->viewport()->rect();
    int whole = 0;
    QSet<int> widths;
    for (const QString &state : core::pipeline::states()) {
        ui::BoardColumn *c = page->column(state);
        if (!c->isVisibleTo(page))
            continue;
        widths.insert(c->width());
        if (visible.contains(QRect(c->mapTo(board->viewport(), QPoint(0, 0)), c->size())))
            ++whole;
    }
    CHECK(whole >= 7);
    CHECK(widths.size() == 1);
    CHECK(codesIn(page->column(u"in_review"_s))
          == QStringList{u"IMDP-26-006"_s, u"IMDP-26-012"_s});

    page->setView(ui::PipelinePage::View::Table);
    CHECK(page->view() == ui::PipelinePage::View::Table);
    QAbstractItemModelTester sourceTester(page->model(), Fatal);
    QAbstractItemModelTester proxyTester(page->tableProxy(), Fatal);
    auto *proxy = page->tableProxy();
    CHECK(proxy->rowCount() == 12);
    QTest::keyClicks(page->search(), u"remittance"_s);
    REQUIRE(proxy->rowCount() == 1);
    CHECK(proxy->index(0, 0).data().toString() == u"IMDP-26-002"_s);
    CHECK(proxy->index(0, 5).data().toString() == u"420,000.00"_s);
    // The search narrows the board too.
    CHECK(codesIn(page->column(u"tor_issued"_s)) == QStringList{u"IMDP-26-002"_s});
    CHECK(codesIn(page->column(u"in_review"_s)).isEmpty());
    page->search()->clear();
    page->stateFilter()->setCurrentIndex(page->stateFilter()->findData(u"in_review"_s));
    CHECK(proxy->rowCount() == 2);
    page->stateFilter()->setCurrentIndex(0);
    page->table()->sortByColumn(5, Qt::DescendingOrder);
    CHECK(proxy->index(0, 0).data().toString() == u"IMDP-26-001"_s);  // 850,000.00
    CHECK(proxy->index(11, 0).data().toString() == u"IMDP-26-012"_s); // 95,000.00
}

TEST_CASE("the proposal editor: validation as typed, undo and redo, then one save",
          "[ui][pipeline]")
{
    Window win;
    Answers answers;
    const QString code = u"IMDP-26-009"_s;
    const core::Proposal before = must(core::pipeline::find(win.db(), code));
    ui::BoardColumn *draft = win.page->column(u"draft"_s);
    REQUIRE(draft->selectCode(code));
    draft->setFocus();
    QTest::keyClick(draft, Qt::Key_Return);
    QPointer<Editor> ed = win.page->findChild<Editor *>();
    REQUIRE(ed != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(ed));
    QApplication::setActiveWindow(ed);
    CHECK(ed->tabs()->count() == 8);
    CHECK(ed->tabs()->tabText(7) == u"&History"_s);
    QAbstractItemModelTester historyTester(ed->historyView()->model(), Fatal);
    QAbstractItemModelTester trancheTester(ed->trancheView()->model(), Fatal);
    QAbstractItemModelTester reportTester(ed->reportView()->model(), Fatal);
    CHECK(ed->saveButton()->isEnabled());

    auto *title = qobject_cast<QLineEdit *>(ed->fieldWidget(Editor::Title));
    REQUIRE(title != nullptr);
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, u" (revised)"_s);
    const QString revised = before.title + u" (revised)"_s;
    CHECK(title->text() == revised);
    CHECK(ed->undoStack()->count() == 1); // one typing run, one step

    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    CHECK(ed->issue(Editor::Title) == u"title: is required"_s); // the core's own check
    CHECK_FALSE(ed->saveButton()->isEnabled());

    auto *amount = qobject_cast<QLineEdit *>(ed->fieldWidget(Editor::Requested));
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, u"12.345"_s);
    CHECK_FALSE(ed->issue(Editor::Requested).isEmpty());
    CHECK(ed->undoStack()->count() == 3);

    // Ctrl+Z goes to the editor's stack, even from inside a line edit.
    QTest::keyClick(amount, Qt::Key_Z, Qt::ControlModifier);
    CHECK(amount->text() == u"230,000.00"_s);
    CHECK(ed->issue(Editor::Requested).isEmpty());
    QTest::keyClick(amount, Qt::Key_Z, Qt::ControlModifier);
    CHECK(title->text() == revised);
    CHECK(ed->issue(Editor::Title).isEmpty());
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(title->text().isEmpty());
    ed->undoStack()->undo();
    CHECK(title->text() == revised);
    CHECK(ed->saveButton()->isEnabled());

    // A budget line edited through the table, on the same stack.
    QTableWidget *budget = ed->budgetTable();
    REQUIRE(budget->rowCount() == 2);
    budget->item(1, 1)->setText(u"126,000.00"_s);
    CHECK(ed->undoStack()->count() == 2);
    ed->undoStack()->undo();
    CHECK(budget->item(1, 1)->text() == u"126,500.00"_s);

    ed->saveButton()->click();
    CHECK(answers.errors.isEmpty());
    QTRY_VERIFY(ed.isNull() || !ed->isVisible());
    const core::Proposal after = must(core::pipeline::find(win.db(), code));
    CHECK(after.title == revised);
    CHECK(after.requestedMinor == before.requestedMinor);
    CHECK(after.budget.size() == 2);
    // The page shows the saved title at once.
    bool shown = false;
    for (const core::Proposal &p : win.page->model()->rows())
        shown = shown || (p.code == code && p.title == revised);
    CHECK(shown);
}

TEST_CASE("the editor asks before discarding, refuses bad input and edits nothing fixed",
          "[ui][pipeline]")
{
    Window win;
    Answers answers;
    const QString code = u"IMDP-26-009"_s;
    QPointer<Editor> ed = win.page->openEditor(code);
    auto *objectives = qobject_cast<QLineEdit *>(ed->fieldWidget(Editor::Objectives));
    QTest::keyClicks(objectives, u",7"_s);
    CHECK(ed->issue(Editor::Objectives)
          == u"objectives: '7' is not an objective of the fund (1, 2, 3); list them separated "
             "by commas, e.g. 1,2"_s);
    CHECK_FALSE(ed->save());
    REQUIRE(answers.errors.size() == 1);
    CHECK(answers.errors.first().contains(u"is not an objective of the fund (1, 2, 3)"_s));

    answers.discard = false;
    ed->reject();
    CHECK(ed->isVisible());
    answers.discard = true;
    ed->reject();
    QTRY_VERIFY(ed.isNull() || !ed->isVisible());
    CHECK(must(core::pipeline::find(win.db(), code)).objectives == u"3"_s);

    // A proposal under implementation is fixed by its decision: read-only, Save disabled.
    QPointer<Editor> fixed = win.page->openEditor(u"IMDP-26-001"_s);
    CHECK_FALSE(fixed->saveButton()->isEnabled());
    CHECK(qobject_cast<QLineEdit *>(fixed->fieldWidget(Editor::Title))->isReadOnly());
    fixed->reject();
}

TEST_CASE("a new proposal is created through the editor in one add", "[ui][pipeline]")
{
    Window win;
    Answers answers;
    QPointer<Editor> ed = win.page->openEditor({});
    CHECK_FALSE(ed->saveButton()->isEnabled());
    CHECK(ed->issue(Editor::Code) == u"code: '' must be 2-32 capital letters, digits or dashes"_s);
    CHECK_FALSE(ed->tabs()->isTabEnabled(7));
    QTest::keyClicks(ed->fieldWidget(Editor::Code), u"IMDP-27-001"_s);
    QTest::keyClicks(ed->fieldWidget(Editor::Title), u"Return migration data pilot"_s);
    auto *applicant = qobject_cast<QComboBox *>(ed->fieldWidget(Editor::Applicant));
    applicant->setCurrentIndex(applicant->findData(u"International Labour Organization"_s));
    REQUIRE(applicant->currentIndex() > 0);
    QTest::keyClicks(ed->fieldWidget(Editor::Countries), u"sn, xx"_s);
    CHECK(ed->issue(Editor::Countries)
          == u"countries: 'XX' is not an ISO 3166 alpha-2 country code"_s);
    QTest::keyClick(ed->fieldWidget(Editor::Countries), Qt::Key_Backspace);
    QTest::keyClick(ed->fieldWidget(Editor::Countries), Qt::Key_Backspace);
    QTest::keyClicks(ed->fieldWidget(Editor::Countries), u"GH"_s);
    CHECK(ed->issue(Editor::Countries).isEmpty());
    REQUIRE(ed->saveButton()->isEnabled());
    ed->saveButton()->click();
    CHECK(answers.errors.isEmpty());
    const core::Proposal p = must(core::pipeline::find(win.db(), u"IMDP-27-001"_s));
    CHECK(p.title == u"Return migration data pilot"_s);
    CHECK(p.countries == QStringList{u"GH"_s, u"SN"_s});
    CHECK(p.state == u"draft"_s);
    CHECK(win.page->column(u"draft"_s)->cards()->rowCount() == 2);
}

TEST_CASE("the editor refuses a request or budget past the own-currency limit with the core's "
          "message",
          "[ui][pipeline][overflow]")
{
    Window win;
    Answers answers;
    const QString code = u"IMDP-26-009"_s;
    const core::Proposal before = must(core::pipeline::find(win.db(), code));
    REQUIRE(before.currency == u"USD"_s);
    REQUIRE(before.budget.size() == 2);
    QPointer<Editor> ed = win.page->openEditor(code);
    REQUIRE(ed != nullptr);
    auto *amount = qobject_cast<QLineEdit *>(ed->fieldWidget(Editor::Requested));
    REQUIRE(amount != nullptr);
    const auto typeRequested = [amount](const QString &text) {
        amount->setFocus();
        amount->selectAll();
        QTest::keyClicks(amount, text);
    };
    const auto unchanged = [&win, &code, &before] {
        const core::Proposal now = must(core::pipeline::find(win.db(), code));
        CHECK(now.requestedMinor == before.requestedMinor);
        REQUIRE(now.budget.size() == before.budget.size());
        for (int i = 0; i < now.budget.size(); ++i)
            CHECK(now.budget.at(i).amountMinor == before.budget.at(i).amountMinor);
    };

    // The request one cent past the limit: the core's check of the draft says so beside the
    // field as it is typed, and Save refuses with the same line.
    typeRequested(u"10,000,000,000,000.01"_s);
    const QString pastLimit = u"requested: 10000000000000.01 USD is past the limit of "
                              "10000000000000.00 USD for one amount"_s;
    CHECK(ed->issue(Editor::Requested) == pastLimit);
    CHECK_FALSE(ed->saveButton()->isEnabled());
    CHECK_FALSE(ed->save());
    REQUIRE(answers.errors.size() == 1);
    CHECK(answers.errors.first() == pastLimit);
    unchanged();
    typeRequested(u"230,000.00"_s);

    // Lines whose sum would wrap 64 bits: the label names the limit (no wrapped total), and the
    // core refuses the save.
    QTableWidget *budget = ed->budgetTable();
    REQUIRE(budget->rowCount() == 2);
    auto *label = ed->findChild<QLabel *>(u"budgetIssue"_s);
    REQUIRE(label != nullptr);
    budget->item(0, 1)->setText(u"92,233,720,368,547,758.07"_s);
    CHECK(label->text().startsWith(u"budget: "_s));
    CHECK(label->text().endsWith(u" 92233720368547758.07 USD is past the limit of "
                                 "10000000000000.00 USD for one amount"_s));
    auto *readiness = ed->findChild<QLabel *>(u"readiness"_s);
    REQUIRE(readiness != nullptr);
    CHECK(readiness->text().contains(u"budget lines adding up to the requested amount (they add "
                                     "up past the limit of 10000000000000.00 USD)"_s));
    CHECK_FALSE(ed->save());
    REQUIRE(answers.errors.size() == 2);
    CHECK(answers.errors.last().startsWith(u"budget: "_s));
    CHECK(answers.errors.last().contains(u"past the limit of 10000000000000.00 USD"_s));
    unchanged();
    // Each line within the limit, the sum one cent past it.
    budget->item(0, 1)->setText(u"9,999,999,873,500.01"_s);
    CHECK(label->text() == u"budget: the lines add up past the limit of 10000000000000.00 USD"_s);
    CHECK_FALSE(ed->save());
    REQUIRE(answers.errors.size() == 3);
    CHECK(answers.errors.last() ==
          u"budget: the lines add up past the limit of 10000000000000.00 USD"_s);
    unchanged();

    // Exactly at the limit: saved.
    budget->item(0, 1)->setText(u"9,999,999,873,500.00"_s);
    typeRequested(u"10,000,000,000,000.00"_s);
    CHECK(label->text().startsWith(u"The lines add up to 10,000,000,000,000.00 USD"_s));
    CHECK(ed->save());
    CHECK(answers.errors.size() == 3);
    const core::Proposal after = must(core::pipeline::find(win.db(), code));
    CHECK(after.requestedMinor == 1'000'000'000'000'000);
    REQUIRE(after.budget.size() == 2);
    CHECK(after.budget.at(0).amountMinor + after.budget.at(1).amountMinor == 1'000'000'000'000'000);
    ed->reject();
}

TEST_CASE("tranche release and report receipt run from their tabs, refusals are shown",
          "[ui][pipeline]")
{
    Window win;
    Answers answers;
    QPointer<Editor> ed = win.page->openEditor(u"IMDP-26-001"_s);
    ed->tabs()->setCurrentIndex(5);
    QTableView *tranches = ed->trancheView();
    REQUIRE(tranches->model()->rowCount() == 3);
    // The second tranche's condition is not met yet: the core refuses, nothing is released.
    tranches->selectRow(1);
    CHECK_FALSE(ed->releaseSelectedTranche());
    REQUIRE(answers.errors.size() == 1);
    CHECK(answers.errors.first().contains(u"IMDP-26-001"_s));
    CHECK_FALSE(must(core::pipeline::tranches(win.db(), u"IMDP-26-001"_s)).at(1)
                    .releasedOn.isValid());

    // The Reports tab shows what the core owes for this proposal, row for row.
    const auto owed = must(core::pipeline::reports(win.db(), u"IMDP-26-001"_s));
    CHECK(ed->reportView()->model()->rowCount() == owed.size());
    // Nothing selected: nothing is received and nothing is asked.
    answers.asked.clear();
    CHECK_FALSE(ed->receiveSelectedReport());
    CHECK(answers.asked.isEmpty());
    ed->reject();
}

TEST_CASE("the dashboard lists reports due, overdue first, and passes the model tester",
          "[ui][pipeline]")
{
    Window win;
    auto *due = win.w.dashboard()->findChild<ui::DueWidget *>();
    REQUIRE(due != nullptr);
    QAbstractItemModelTester tester(due->model(), Fatal);
    const auto owed = must(core::pipeline::due(win.db(), false));
    REQUIRE(due->model()->rowCount() == owed.size());
    bool seenUpcoming = false;
    for (const core::pipeline::PartnerReport &r : due->model()->rows()) {
        CHECK_FALSE((seenUpcoming && r.overdue));
        seenUpcoming = seenUpcoming || !r.overdue;
    }
}

TEST_CASE("a card's amount is never cut: a smaller font until it fits the narrowest column",
          "[ui][pipeline]")
{
    const QFont base = QApplication::font();
    const QString amount = u"9,999,999,999.99 USD"_s;
    // The inner width of a card in a column at its minimum width (130 px less margins).
    const int narrow = 100;
    REQUIRE(QFontMetrics(base).horizontalAdvance(amount) > narrow);
    const QFont fitted = ui::fittingFont(base, amount, narrow);
    CHECK(QFontMetrics(fitted).horizontalAdvance(amount) <= narrow);
    CHECK(fitted.pointSizeF() < base.pointSizeF());
    CHECK(fitted.pointSizeF() >= 5);
    // What already fits keeps its size.
    CHECK(ui::fittingFont(base, u"1.00 USD"_s, narrow).pointSizeF() == base.pointSizeF());
}

TEST_CASE("the editor shows the core's own checks of a draft, in the interface language",
          "[ui][pipeline][i18n]")
{
    // A fund made from nothing through the public commands, the desktop in Spanish.
    imdp::test::TempDir t;
    const QString path = t.file(u"nuevo.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) -> core::Status {
        core::FundSettings s;
        s.name = u"Fondo nuevo"_s;
        if (auto st = core::fund::initialise(db, s); !st)
            return st;
        core::Organisation o;
        o.name = u"Organización Internacional del Trabajo"_s;
        o.kind = u"agency"_s;
        if (auto r = core::organisations::add(db, o); !r)
            return r.error();
        return {};
    }));
    ui::applyLanguage(u"es"_s);
    const auto english = qScopeGuard([] {
        ui::applyLanguage(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    Answers answers; // discards the unsaved form at the end
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    w.showPage(ui::MainWindow::Pipeline);
    QCoreApplication::processEvents();
    auto *page = qobject_cast<ui::PipelinePage *>(w.page(ui::MainWindow::Pipeline));
    REQUIRE(page != nullptr);
    QPointer<Editor> ed = page->openEditor({});
    REQUIRE(ed != nullptr);

    // A bad code: the line beside the field is the core's key worded in Spanish, the same
    // words core::i18n gives the core's own refusal of that draft.
    QTest::keyClicks(ed->fieldWidget(Editor::Code), u"bad code"_s);
    core::Proposal draft;
    draft.code = u"bad code"_s;
    const QList<core::Error> core = core::pipeline::validateDraft(draft, true);
    REQUIRE_FALSE(core.isEmpty());
    REQUIRE(core.first().key == u"pipeline.code_shape"_s);
    CHECK(ed->issue(Editor::Code) == core::i18n::describe(core.first(), u"es"_s));
    CHECK(ed->issue(Editor::Code).startsWith(u"código: «bad code» debe tener"_s));
    // An end before the start: the core's rule, the dates in the language's one format.
    QTest::keyClicks(ed->fieldWidget(Editor::Start), u"2027-01-10"_s);
    QTest::keyClicks(ed->fieldWidget(Editor::End), u"2026-12-31"_s);
    CHECK(ed->issue(Editor::End) ==
          u"fin: 31 dic 2026 debe ser posterior al inicio, 10 ene 2027"_s);
    CHECK_FALSE(ed->saveButton()->isEnabled());

    // The default action areas, worded through the catalogue.
    auto *areas = qobject_cast<QComboBox *>(ed->fieldWidget(Editor::ActionArea));
    REQUIRE(areas != nullptr);
    CHECK(areas->itemText(areas->findData(u"A"_s)) ==
          u"A. Información, investigación y análisis"_s);
    CHECK(areas->itemText(areas->findData(u"B"_s)) == u"B. Capacidad de evaluación y gestión"_s);

    // What a submission still needs, in Spanish words.
    auto *readiness = ed->findChild<QLabel *>(u"readiness"_s);
    REQUIRE(readiness != nullptr);
    CHECK(readiness->text().contains(u"objetivos; área de acción"_s));
    // The records live in their own browser, the editor's tabs after Budget.
    CHECK(ed->findChild<ui::RecordsBrowser *>() != nullptr);
    CHECK(ed->tabs()->count() == 8);
    CHECK(ed->historyView() != nullptr);
    ed->reject();
    CHECK(answers.errors.isEmpty());
}
