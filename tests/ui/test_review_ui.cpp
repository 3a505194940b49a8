// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Review mode scored offscreen with QTest, saved into the package, then imported from the Reviews
// page of the real main window after its preview.
#include "review/reviewfixture.h"
#include "uitest.h"

#include "core/pipeline/records.h"
#include "core/review/package.h"
#include "core/review/review.h"
#include "core/storage/query.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/models.h"
#include "ui/pages/proposaleditor.h"
#include "ui/pages/reviewspage.h"
#include "ui/review/reviewdialogs.h"
#include "ui/review/reviewwindow.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::child;
using imdp::test::must;
using imdp::test::mustOk;
using imdp::test::setText;

namespace {
/// Saves a picture of `w` when IMDP_UI_GRAB_DIR is set, to look at the window by eye.
void grab(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("IMDP_UI_GRAB_DIR");
    if (!dir.isEmpty())
        CHECK(w->grab().save(QDir(dir).filePath(name)));
}

/// Every row of a table as "cell | cell | cell", one per line.
QString tableText(const QTableWidget *t)
{
    QStringList rows;
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c)
            cells << (t->item(r, c) ? t->item(r, c)->text() : QString());
        rows << cells.join(u" | "_s);
    }
    return rows.join(u'\n');
}

void pick(QComboBox *c, const QVariant &data)
{
    const int i = c->findData(data);
    REQUIRE(i >= 0);
    c->setCurrentIndex(i);
}
} // namespace

TEST_CASE("a reviewer scores offline in review mode and the office imports it", "[ui][review]")
{
    test::ReviewFund f;
    for (const QString &code : {u"P-1"_s, u"P-3"_s}) {
        core::review::Assignment a;
        a.reviewer = u"Ana"_s;
        mustOk(core::review::assign(*f, code, a));
    }
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    must(core::review::exportPackage(*f, u"Ana"_s, pkg));
    f.db.reset();

    {
        ui::ReviewWindow w(must(core::review::readPackage(pkg)));
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        auto *proposals = child<QComboBox>(&w, u"proposalCombo"_s);
        REQUIRE(proposals->count() == 2);
        CHECK(child<QWidget>(&w, u"proposalText"_s)->property("plainText").toString().contains(
            u"Summary of Labour migration statistics"_s));
        CHECK(child<QLabel>(&w, u"status"_s)->text()
              == u"Nothing changed since the package was opened or saved"_s);

        pick(child<QComboBox>(&w, u"declaration"_s), u"none"_s);
        const auto rubric = w.package().rubricOf(u"P-1"_s);
        for (const core::review::Criterion &c : rubric)
            pick(child<QComboBox>(&w, u"score_"_s + c.code), 4);
        auto *first = child<QLineEdit>(&w, u"comment_"_s + rubric[0].code);
        QTest::keyClicks(first, u"Clear objectives"_s);
        pick(child<QComboBox>(&w, u"recommendation"_s), u"recommend"_s);
        CHECK(child<QLabel>(&w, u"mean"_s)->text() == u"4.00"_s);
        CHECK(w.isDirty());
        grab(&w, u"review-mode.png"_s);

        // The second proposal: the reviewer declares a conflict and cannot score it.
        proposals->setCurrentIndex(1);
        pick(child<QComboBox>(&w, u"declaration"_s), u"conflict"_s);
        QTest::keyClicks(child<QLineEdit>(&w, u"declarationNote"_s), u"Former employer"_s);
        CHECK_FALSE(child<QComboBox>(&w, u"score_"_s + rubric[0].code)->isEnabled());
        CHECK(child<QComboBox>(&w, u"score_"_s + rubric[0].code)->isVisible()); // rebuilt, shown
        CHECK_FALSE(child<QComboBox>(&w, u"recommendation"_s)->isEnabled());
        CHECK_FALSE(child<QPlainTextEdit>(&w, u"overallComment"_s)->isEnabled());
        grab(&w, u"review-mode-conflict.png"_s);

        QTest::mouseClick(child<QPushButton>(&w, u"save"_s), Qt::LeftButton);
        CHECK_FALSE(w.isDirty());
        CHECK(child<QLabel>(&w, u"status"_s)->text() == u"Saved: 1 of 2 reviews complete"_s);
    }
    auto saved = must(core::review::readPackage(pkg));
    const core::review::Entry &e1 = *saved.entry(u"P-1"_s);
    CHECK(e1.declaration == u"none"_s);
    CHECK(e1.scores.size() == 6);
    CHECK(e1.scores[0].comment == u"Clear objectives"_s);
    CHECK(e1.recommendation == u"recommend"_s);
    CHECK(saved.entry(u"P-3"_s)->declaration == u"conflict"_s);
    CHECK(saved.entry(u"P-3"_s)->declarationNote == u"Former employer"_s);

    // Back at the office: the Reviews page previews the package and imports it.
    QStringList previews;
    QStringList errors;
    ui::dialogs::TestHooks hooks;
    hooks.onError = [&](const QString &, const QString &text) { errors << text; };
    hooks.nextFileName = [&] { return pkg; };
    hooks.onDialog = [&](QDialog *d) {
        auto *preview = qobject_cast<ui::PackageImportDialog *>(d);
        REQUIRE(preview != nullptr);
        d->show();
        REQUIRE(QTest::qWaitForWindowExposed(d));
        previews << tableText(preview->changes());
        CHECK(preview->importButton()->isEnabled());
        CHECK(preview->acceptButton()->isHidden()); // no conflict: nothing to accept
        grab(d, u"review-import-preview.png"_s);
        CHECK(preview->runImport(false));
        return d->result();
    };
    ui::dialogs::setTestHooks(hooks);
    ui::MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openFile(f.path));
    w.showPage(ui::MainWindow::Reviews);
    auto *page = qobject_cast<ui::ReviewsPage *>(w.page(ui::MainWindow::Reviews));
    REQUIRE(page != nullptr);
    auto *table = child<QTableWidget>(page, u"assignments"_s);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 4)->text() == u"assigned"_s);
    child<QPushButton>(page, u"importPackage"_s)->click();
    CHECK(errors.isEmpty());
    INFO(child<QLabel>(page, u"reviewStatus"_s)->text().toStdString());
    REQUIRE(previews.size() == 1);
    CHECK(previews[0].contains(u"P-1 | new | completed review, weighted mean 4.00"_s));
    CHECK(previews[0].contains(u"P-3 | new | declares a conflict of interest"_s));
    CHECK(child<QLabel>(page, u"reviewStatus"_s)->text() == u"Imported the reviews of Ana."_s);
    CHECK(table->item(0, 4)->text() == u"completed"_s);
    CHECK(table->item(1, 4)->text() == u"blocked"_s);
    CHECK(child<QTableWidget>(page, u"scores"_s)->item(0, 2)->text() == u"4.00"_s);
    grab(&w, u"reviews-page.png"_s);

    // Importing it again: nothing new, no preview shown.
    child<QPushButton>(page, u"importPackage"_s)->click();
    CHECK(previews.size() == 1);
    CHECK(child<QLabel>(page, u"reviewStatus"_s)->text()
          == u"Nothing new: the fund already holds this package's reviews."_s);

    // Export from the page: the reviewer chosen there, a new file.
    const QString again = f.t.file(u"again.imdpreview"_s);
    hooks.nextFileName = [&] { return again; };
    ui::dialogs::setTestHooks(hooks);
    REQUIRE(child<QComboBox>(page, u"reviewerCombo"_s)->currentText() == u"Ana"_s);
    child<QPushButton>(page, u"exportPackage"_s)->click();
    CHECK(errors.isEmpty());
    CHECK(QFile::exists(again));
    ui::dialogs::setTestHooks({});
}

namespace {

/// The real main window on a review fund, on its Reviews page; dialogs pre-answered by `hooks`.
struct Office
{
    test::ReviewFund f;
    ui::MainWindow w;
    ui::ReviewsPage *page = nullptr;
    ui::dialogs::TestHooks hooks;
    QStringList errors;

    Office()
    {
        f.db.reset();
        hooks.onError = [this](const QString &, const QString &text) { errors << text; };
        w.resize(1280, 800);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        REQUIRE(w.openFile(f.path));
        w.showPage(ui::MainWindow::Reviews);
        page = qobject_cast<ui::ReviewsPage *>(w.page(ui::MainWindow::Reviews));
        REQUIRE(page != nullptr);
    }
    ~Office() { ui::dialogs::setTestHooks({}); }
    Office(const Office &) = delete;
    Office &operator=(const Office &) = delete;

    core::Database &db() { return *w.session()->database(); }
    /// Runs `fill` on the next dialog the page opens, then `action`.
    void withDialog(const std::function<void(QDialog *)> &fill, const std::function<void()> &action)
    {
        bool shown = false;
        hooks.onDialog = [&](QDialog *d) {
            shown = true;
            // Shown as exec() would show it, so that its grab is a picture of the real dialog.
            d->show();
            REQUIRE(QTest::qWaitForWindowExposed(d));
            fill(d);
            return d->result();
        };
        ui::dialogs::setTestHooks(hooks);
        action();
        CHECK(shown);
    }
    QString assignmentRow(const QString &code, const QString &reviewer)
    {
        auto *t = child<QTableWidget>(page, u"assignments"_s);
        for (const QString &row : tableText(t).split(u'\n')) {
            if (row.startsWith(code + u" | "_s + reviewer + u" | "_s))
                return row;
        }
        return {};
    }
    qint64 audits(const QString &command)
    {
        return must(core::Query::scalar(db(),
                                        u"SELECT COUNT(*) FROM audit_event WHERE command = ?"_s,
                                        {command}));
    }
};

QString problems(QDialog *d)
{
    auto *entry = qobject_cast<ui::EntryDialog *>(d);
    REQUIRE(entry != nullptr);
    return entry->problems().join(u'\n');
}

void setCell(QTableWidget *t, int row, int col, const QString &text)
{
    if (!t->item(row, col))
        t->setItem(row, col, new QTableWidgetItem);
    t->item(row, col)->setText(text);
}

} // namespace

TEST_CASE("the Reviews page assigns a reviewer, refuses one of the applicant's organisation "
          "and assigns them with an officer's reason",
          "[ui][review]")
{
    Office o;
    // Allowed: a reviewer of no organisation in the proposal.
    o.withDialog(
        [&](QDialog *d) {
            REQUIRE(qobject_cast<ui::AssignDialog *>(d) != nullptr);
            pick(child<QComboBox>(d, u"proposal"_s), u"P-1"_s);
            CHECK(problems(d) == u"Reviewer: enter the reviewer's name"_s);
            setText(d, u"reviewer"_s, u"Ana"_s);
            child<QComboBox>(d, u"organisation"_s)->setCurrentText(u"Kingdom of Sweden"_s);
            CHECK(qobject_cast<ui::EntryDialog *>(d)->submit());
        },
        [&] { child<QPushButton>(o.page, u"assignReviewer"_s)->click(); });
    CHECK(o.assignmentRow(u"P-1"_s, u"Ana"_s)
          == u"P-1 | Ana | primary | Kingdom of Sweden | assigned | "_s);
    CHECK(o.audits(u"review.assign"_s) == 1);

    // Blocked: the reviewer works for the applicant. The core's refusal is shown and nothing is
    // written; with a reason, the officer overrides it.
    o.withDialog(
        [&](QDialog *d) {
            pick(child<QComboBox>(d, u"proposal"_s), u"P-1"_s);
            setText(d, u"reviewer"_s, u"Omar"_s);
            pick(child<QComboBox>(d, u"role"_s), u"secondary"_s);
            child<QComboBox>(d, u"organisation"_s)->setCurrentText(u"ILO"_s);
            auto *entry = qobject_cast<ui::EntryDialog *>(d);
            CHECK_FALSE(entry->submit());
            CHECK(problems(d)
                  == u"P-1: cannot assign Omar: conflict of interest: the reviewer's "
                     "organisation ILO is the applicant (an officer may override with a "
                     "reason)"_s);
            CHECK(d->result() != QDialog::Accepted);
            CHECK(must(core::review::assignments(o.db(), u"Omar"_s)).isEmpty());
            grab(d, u"review-assign-refused.png"_s);
            setText(d, u"overrideReason"_s, u"Only labour statistician available"_s);
            CHECK(entry->submit());
        },
        [&] { o.page->assignReviewer(); });
    CHECK(o.assignmentRow(u"P-1"_s, u"Omar"_s)
          == u"P-1 | Omar | secondary | ILO | assigned | flagged: the reviewer's organisation "
             "ILO is the applicant; overridden: Only labour statistician available"_s);
    CHECK(must(core::Query::scalar(o.db(),
                                   u"SELECT COUNT(*) FROM audit_event WHERE command = "
                                   "'review.assign' AND detail LIKE '%override_reason%Only "
                                   "labour statistician%'"_s))
          == 1);
    grab(&o.w, u"reviews-page-assigned.png"_s);

    // Selecting an assignment fills the dialog with it: the officer changes the role.
    REQUIRE(o.page->selectAssignment(u"P-1"_s, u"Ana"_s));
    o.withDialog(
        [&](QDialog *d) {
            CHECK(child<QComboBox>(d, u"proposal"_s)->currentData() == u"P-1"_s);
            CHECK(child<QLineEdit>(d, u"reviewer"_s)->text() == u"Ana"_s);
            CHECK(child<QComboBox>(d, u"organisation"_s)->currentText()
                  == u"Kingdom of Sweden"_s);
            pick(child<QComboBox>(d, u"role"_s), u"secondary"_s);
            CHECK(qobject_cast<ui::EntryDialog *>(d)->submit());
        },
        [&] { o.page->assignReviewer(); });
    CHECK(o.assignmentRow(u"P-1"_s, u"Ana"_s).startsWith(u"P-1 | Ana | secondary | "_s));
    CHECK(o.errors.isEmpty());
}

TEST_CASE("the Reviews page records a conflict-of-interest declaration on an assignment",
          "[ui][review]")
{
    Office o;
    core::review::Assignment a;
    a.reviewer = u"Sven"_s;
    mustOk(core::review::assign(o.db(), u"P-3"_s, a));
    o.w.session()->notifyChanged();

    // Nothing selected: the page says what to do and opens nothing.
    ui::dialogs::setTestHooks(o.hooks);
    o.page->declareConflict();
    REQUIRE(o.errors.size() == 1);
    CHECK(o.errors[0] == u"Select the assignment the declaration is about."_s);

    REQUIRE(o.page->selectAssignment(u"P-3"_s, u"Sven"_s));
    o.withDialog(
        [&](QDialog *d) {
            REQUIRE(qobject_cast<ui::DeclareDialog *>(d) != nullptr);
            pick(child<QComboBox>(d, u"declaration"_s), u"conflict"_s);
            auto *entry = qobject_cast<ui::EntryDialog *>(d);
            CHECK_FALSE(entry->submit());
            CHECK(problems(d) == u"note: a declared conflict must say what it is"_s);
            setText(d, u"note"_s, u"Former employer of the project lead"_s);
            CHECK(entry->submit());
        },
        [&] { child<QPushButton>(o.page, u"declareConflict"_s)->click(); });
    CHECK(o.assignmentRow(u"P-3"_s, u"Sven"_s)
          == u"P-3 | Sven | primary |  | blocked | declared: Former employer of the project lead"_s);
    CHECK(must(core::review::assignments(o.db(), u"Sven"_s))[0].blocked());
    CHECK(o.audits(u"review.declare"_s) == 1);
    CHECK(child<QTableWidget>(o.page, u"progress"_s)->item(0, 2)->text() == u"1"_s);
}

TEST_CASE("the rubric editor refuses a bad rubric before saving and a scored one in the core's "
          "words, and saves a good one",
          "[ui][review]")
{
    Office o;
    o.withDialog(
        [&](QDialog *d) {
            auto *rubric = qobject_cast<ui::RubricDialog *>(d);
            REQUIRE(rubric != nullptr);
            QTableWidget *t = rubric->criteria();
            REQUIRE(t->rowCount() == 6);
            CHECK(t->item(0, 0)->text() == u"relevance"_s);
            CHECK(t->item(0, 2)->text() == u"25"_s);
            CHECK(problems(d).isEmpty());
            // A weight of 0, then a duplicated code: said before anything is saved.
            setCell(t, 0, 2, u"0"_s);
            CHECK(problems(d) == u"Criterion 1: the weight must be a whole number from 1 to 100"_s);
            CHECK_FALSE(rubric->submit());
            setCell(t, 0, 2, u"30"_s);
            setCell(t, 1, 0, u"relevance"_s);
            CHECK(problems(d) == u"Criterion 2: the code relevance is used twice"_s);
            // No criterion at all.
            while (t->rowCount() > 0) {
                t->setCurrentCell(0, 0);
                rubric->removeCriterion();
            }
            CHECK(problems(d) == u"Criteria: a rubric needs at least one criterion"_s);
            CHECK_FALSE(rubric->submit());
            CHECK(must(core::review::rubric(o.db())).size() == 6); // nothing written
            rubric->addCriterion();
            CHECK(problems(d).contains(u"Criterion 1: enter a code"_s));
            setCell(t, 0, 0, u"relevance"_s);
            setCell(t, 0, 1, u"Relevance to the objectives"_s);
            setCell(t, 0, 2, u"3"_s);
            rubric->addCriterion();
            setCell(t, 1, 0, u"feasibility"_s);
            setCell(t, 1, 1, u"Feasibility"_s);
            setCell(t, 1, 2, u"1"_s);
            CHECK(problems(d).isEmpty());
            grab(d, u"review-rubric.png"_s);
            CHECK(rubric->submit());
        },
        [&] { child<QPushButton>(o.page, u"editRubric"_s)->click(); });
    const auto saved = must(core::review::rubric(o.db()));
    REQUIRE(saved.size() == 2);
    CHECK(saved[0].code == u"relevance"_s);
    CHECK(saved[0].weight == 3);
    CHECK(saved[1].label == u"Feasibility"_s);
    CHECK(o.audits(u"review.rubric"_s) == 1);

    // Once a review is scored against it, the core refuses, in its own words, and keeps it.
    core::review::Assignment a;
    a.reviewer = u"Ana"_s;
    mustOk(core::review::assign(o.db(), u"P-1"_s, a));
    core::review::Review r;
    r.reviewer = u"Ana"_s;
    r.scores = {{u"relevance"_s, 4, {}}};
    mustOk(core::review::recordScores(o.db(), u"P-1"_s, r));
    o.w.session()->notifyChanged();
    o.withDialog(
        [&](QDialog *d) {
            auto *rubric = qobject_cast<ui::RubricDialog *>(d);
            REQUIRE(rubric != nullptr);
            setCell(rubric->criteria(), 1, 2, u"2"_s);
            CHECK_FALSE(rubric->submit());
            CHECK(problems(d)
                  == u"call default: cannot change the rubric: reviews were scored or packages "
                     "exported against it"_s);
        },
        [&] { o.page->editRubric(); });
    CHECK(must(core::review::rubric(o.db()))[1].weight == 1);
    CHECK(o.audits(u"review.rubric"_s) == 1);
}

TEST_CASE("a package that differs from a review already imported: the preview shows the "
          "conflict, Cancel writes nothing, Accept Incoming Changes replaces it",
          "[ui][review]")
{
    Office o;
    core::review::Assignment a;
    a.reviewer = u"Ana"_s;
    mustOk(core::review::assign(o.db(), u"P-1"_s, a));
    const QString pkg = o.f.t.file(u"ana.imdpreview"_s);
    must(core::review::exportPackage(o.db(), u"Ana"_s, pkg));
    auto p = must(core::review::readPackage(pkg));
    core::review::Entry &e = *p.entry(u"P-1"_s);
    e.declaration = u"none"_s;
    for (const core::review::Criterion &c : p.rubricOf(u"P-1"_s))
        e.scores.append({c.code, 4, {}});
    e.recommendation = u"recommend"_s;
    mustOk(core::review::savePackage(p));
    must(core::review::importPackage(o.db(), pkg, false));
    // The reviewer changes their mind after the package was imported.
    for (core::review::Score &s : e.scores)
        s.score = 2;
    e.recommendation = u"do_not_recommend"_s;
    mustOk(core::review::savePackage(p));
    o.hooks.nextFileName = [&] { return pkg; };
    const qint64 before = o.audits(u"review.import"_s);

    o.withDialog(
        [&](QDialog *d) {
            auto *preview = qobject_cast<ui::PackageImportDialog *>(d);
            REQUIRE(preview != nullptr);
            CHECK(tableText(preview->changes())
                  == u"P-1 | CONFLICT | a different review by Ana is already recorded "
                     "(completed, from a package)"_s);
            CHECK_FALSE(preview->importButton()->isEnabled());
            CHECK_FALSE(preview->acceptButton()->isHidden());
            CHECK(preview->summary().startsWith(
                u"1 review(s) already recorded differ from the package of Ana"_s));
            grab(d, u"review-import-conflict.png"_s);
            d->reject();
        },
        [&] { child<QPushButton>(o.page, u"importPackage"_s)->click(); });
    CHECK(child<QLabel>(o.page, u"reviewStatus"_s)->text()
          == u"Import cancelled: nothing was written."_s);
    CHECK(o.audits(u"review.import"_s) == before);
    CHECK(must(core::review::proposalScore(o.db(), u"P-1"_s)).meanHundredths == 400);

    o.withDialog(
        [&](QDialog *d) {
            auto *preview = qobject_cast<ui::PackageImportDialog *>(d);
            REQUIRE(preview != nullptr);
            CHECK(preview->runImport(true));
            CHECK(preview->result().count(u"replace"_s) == 1);
        },
        [&] { o.page->importPackage(); });
    CHECK(child<QLabel>(o.page, u"reviewStatus"_s)->text()
          == u"Imported the reviews of Ana, replacing 1 recorded review(s) with the package's."_s);
    CHECK(must(core::review::proposalScore(o.db(), u"P-1"_s)).meanHundredths == 200);
    CHECK(must(core::Query::scalar(o.db(),
                                   u"SELECT COUNT(*) FROM audit_event WHERE command = "
                                   "'review.import' AND detail LIKE '%\"replaced\"%'"_s))
          == 1);
    CHECK(child<QTableWidget>(o.page, u"scores"_s)->item(0, 2)->text() == u"2.00"_s);
    CHECK(o.errors.isEmpty());
}

TEST_CASE("the proposal editor's Reviews tab shows each reviewer's scores, the weighted mean "
          "and the spread flag",
          "[ui][review]")
{
    Office o;
    for (const auto &[reviewer, role] : {std::pair{u"Ana"_s, u"primary"_s},
                                         std::pair{u"Ben"_s, u"secondary"_s},
                                         std::pair{u"Cleo"_s, u"secondary"_s}}) {
        core::review::Assignment a;
        a.reviewer = reviewer;
        a.role = role;
        mustOk(core::review::assign(o.db(), u"P-1"_s, a));
    }
    // Weights 25, 20, 15, 15, 10, 15: Ana 375 → 3.75, Ben 200 → 2.00; mean 2.88 (287.5 up).
    const auto rubric = must(core::review::rubric(o.db()));
    struct Given
    {
        QString reviewer;
        QList<int> scores;
        QString recommendation;
    };
    const QList<Given> given{{u"Ana"_s, {5, 4, 3, 3, 2, 4}, u"recommend"_s},
                             {u"Ben"_s, {2, 2, 2, 2, 2, 2}, u"do_not_recommend"_s}};
    for (const auto &[reviewer, scores, recommendation] : given) {
        mustOk(core::review::declareConflict(o.db(), u"P-1"_s, reviewer, u"none"_s, {}));
        core::review::Review r;
        r.reviewer = reviewer;
        for (int i = 0; i < rubric.size(); ++i)
            r.scores.append({rubric[i].code, scores[i], u"Note on "_s + rubric[i].code});
        r.recommendation = recommendation;
        r.comment = u"Overall view of "_s + reviewer;
        mustOk(core::review::recordScores(o.db(), u"P-1"_s, r));
    }
    const auto score = must(core::review::proposalScore(o.db(), u"P-1"_s));
    REQUIRE(score.meanHundredths == 288);
    REQUIRE(score.spreadFlagged); // 1.75 apart, above the default threshold

    ui::ProposalEditor ed(o.w.session(), u"P-1"_s);
    ed.resize(1100, 600);
    ed.show();
    REQUIRE(QTest::qWaitForWindowExposed(&ed));
    ed.tabs()->setCurrentIndex(2);
    REQUIRE(ed.tabs()->currentWidget()->isAncestorOf(ed.reviewTable()));
    CHECK(ed.reviewSummary()->text()
          == u"2 of 3 reviews completed (call default). Weighted mean: 2.88; spread between "
             "reviewers: 1.75. The spread is above the fund's threshold: the reviewers "
             "disagree."_s);
    QTableWidget *t = ed.reviewTable();
    CHECK(t->editTriggers() == QAbstractItemView::NoEditTriggers);
    REQUIRE(t->columnCount() == 2 + 3);
    CHECK(t->horizontalHeaderItem(2)->text() == u"Ana (primary)"_s);
    CHECK(t->horizontalHeaderItem(4)->text() == u"Cleo (secondary)"_s);
    CHECK(tableText(t)
          == u"Status |  | completed | completed | assigned\n"
             "Relevance to the objectives | 25 | 5 | 2 | \n"
             "Feasibility | 20 | 4 | 2 | \n"
             "Value for money | 15 | 3 | 2 | \n"
             "Partner capacity | 15 | 3 | 2 | \n"
             "Gender and disaggregated data | 10 | 2 | 2 | \n"
             "Sustainability | 15 | 4 | 2 | \n"
             "Weighted mean |  | 3.75 | 2.00 | \n"
             "Recommendation |  | Recommend | Do not recommend | \n"
             "Comments |  | Overall view of Ana | Overall view of Ben | "_s);
    CHECK(t->item(1, 2)->toolTip() == u"Note on relevance"_s);
    CHECK(t->item(0, 2)->toolTip() == u"none declared"_s);
    grab(&ed, u"proposal-reviews-tab.png"_s);

    // A review recorded in the office with one overall score: no criterion, the score as mean.
    mustOk(
        core::review::recordOverallReview(o.db(), u"P-3"_s, {u"Dana"_s, 4, true, u"Solid"_s, {}}));
    ui::ProposalEditor office(o.w.session(), u"P-3"_s);
    QTableWidget *ot = office.reviewTable();
    REQUIRE(ot->columnCount() == 3);
    CHECK(ot->horizontalHeaderItem(2)->text() == u"Dana (primary)"_s);
    CHECK(ot->item(1, 2) == nullptr); // no score per criterion
    CHECK(ot->item(7, 0)->text() == u"Weighted mean"_s);
    CHECK(ot->item(7, 2)->text() == u"4.00"_s);
    CHECK(ot->item(7, 2)->toolTip() == u"A single overall score, given without the rubric"_s);
    CHECK(office.reviewSummary()->text().startsWith(u"1 of 1 reviews completed"_s));
}

TEST_CASE("a grab of the window right after a fund is opened shows the Reviews page, not a blank "
          "window",
          "[ui][review]")
{
    test::ReviewFund f;
    core::review::Assignment a;
    a.reviewer = u"Ana"_s;
    mustOk(core::review::assign(*f, u"P-1"_s, a));
    f.db.reset();
    ui::MainWindow w;
    w.resize(1280, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    // No event is processed between opening and grabbing, as in a test or a screenshot run.
    REQUIRE(w.openFile(f.path));
    w.showPage(ui::MainWindow::Reviews);
    QWidget *page = w.page(ui::MainWindow::Reviews);
    CHECK(page->isVisible());
    CHECK(child<QTableWidget>(page, u"assignments"_s)->isVisible());
    const QImage shot = w.grab().toImage();
    const QRect area(page->mapTo(&w, QPoint(0, 0)), page->size());
    REQUIRE(shot.rect().contains(area));
    QSet<QRgb> colours;
    for (int y = area.top(); y < area.bottom(); y += 4) {
        for (int x = area.left(); x < area.right(); x += 4)
            colours.insert(shot.pixel(x, y));
    }
    CHECK(colours.size() > 8); // a blank page is one colour
    grab(&w, u"reviews-page-opened.png"_s);
}

TEST_CASE("a fund opened read-only: the Reviews page offers no change and opens no dialog",
          "[ui][review]")
{
    test::ReviewFund f;
    core::review::Assignment a;
    a.reviewer = u"Ana"_s;
    mustOk(core::review::assign(*f, u"P-1"_s, a));
    f.db.reset();
    ui::FundSession session;
    REQUIRE(session.open(f.path, core::Database::Mode::ReadOnly).ok());
    ui::ReviewsPage page(&session);
    CHECK(child<QTableWidget>(&page, u"assignments"_s)->rowCount() == 1);
    for (const QString &name : {u"assignReviewer"_s, u"declareConflict"_s, u"editRubric"_s,
                                u"exportPackage"_s, u"importPackage"_s})
        CHECK_FALSE(child<QPushButton>(&page, name)->isEnabled());
    int dialogs = 0;
    ui::dialogs::TestHooks hooks;
    hooks.onDialog = [&](QDialog *) {
        ++dialogs;
        return int(QDialog::Rejected);
    };
    ui::dialogs::setTestHooks(hooks);
    REQUIRE(page.selectAssignment(u"P-1"_s, u"Ana"_s));
    page.assignReviewer();
    page.declareConflict();
    page.editRubric();
    ui::dialogs::setTestHooks({});
    CHECK(dialogs == 0);
}

TEST_CASE("review mode: a declared conflict needs its note, the proposal reads in the reader's "
          "language and font, the 1-5 scale has words",
          "[ui][review][typing]")
{
    test::ReviewFund f;
    core::review::Assignment a;
    a.reviewer = u"Ana"_s;
    mustOk(core::review::assign(*f, u"P-1"_s, a));
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    must(core::review::exportPackage(*f, u"Ana"_s, pkg));
    f.db.reset();
    QStringList errors;
    ui::dialogs::TestHooks hooks;
    hooks.onError = [&errors](const QString &, const QString &text) { errors << text; };
    ui::dialogs::setTestHooks(hooks);
    QStringList questions;
    bool discard = false;
    ui::dialogs::QuestionHooks questionHooks;
    questionHooks.nextDiscard = [&](const QString &text) {
        questions << text;
        return discard;
    };
    ui::dialogs::setQuestionHooks(questionHooks);

    {
        ui::ReviewWindow w(must(core::review::readPackage(pkg)));
        w.show();
        // The proposal: fields, amounts in the locale, the reading font (no monospace block).
        auto *text = child<QTextBrowser>(&w, u"proposalText"_s);
        const QString plain = text->toPlainText();
        CHECK(plain.contains(u"Requested"_s));
        CHECK(plain.contains(u"150,000.00 USD"_s));
        CHECK(plain.contains(u"100,000.00 USD"_s)); // the budget's Staff line
        CHECK_FALSE(plain.contains(u"150000.00"_s));
        CHECK(plain.contains(u"Summary of Labour migration statistics"_s));
        for (QTextBlock b = text->document()->begin(); b.isValid(); b = b.next()) {
            INFO(b.text().toStdString());
            CHECK_FALSE(b.charFormat().fontFixedPitch());
            CHECK_FALSE(b.blockFormat().nonBreakableLines());
        }
        // The scale, in words.
        const auto rubric = w.package().rubricOf(u"P-1"_s);
        auto *score = child<QComboBox>(&w, u"score_"_s + rubric[0].code);
        CHECK(score->itemText(1) == u"1 — Poor"_s);
        CHECK(score->itemText(5) == u"5 — Excellent"_s);

        // A conflict without its note cannot be saved: said, Save disabled, nothing written.
        pick(child<QComboBox>(&w, u"declaration"_s), u"conflict"_s);
        auto *save = child<QPushButton>(&w, u"save"_s);
        CHECK_FALSE(save->isEnabled());
        CHECK(child<QLabel>(&w, u"problem"_s)->text().contains(u"P-1: Note"_s));
        CHECK_FALSE(w.save());
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().contains(u"needs a note"_s));
        CHECK(must(core::review::readPackage(pkg)).entry(u"P-1"_s)->declaration.isEmpty());

        // Closing asks: keep editing keeps the window.
        w.close();
        REQUIRE(questions.size() == 1);
        CHECK(w.isVisible());

        QTest::keyClicks(child<QLineEdit>(&w, u"declarationNote"_s), u"Former employer"_s);
        CHECK(save->isEnabled());
        CHECK(child<QLabel>(&w, u"problem"_s)->text().isEmpty());
        REQUIRE(w.save());
        CHECK(must(core::review::readPackage(pkg)).entry(u"P-1"_s)->declarationNote ==
              u"Former employer"_s);

        // The note removed again: closing and choosing Discard keeps the saved note.
        child<QLineEdit>(&w, u"declarationNote"_s)->clear();
        QTest::keyClicks(child<QLineEdit>(&w, u"declarationNote"_s), u" "_s);
        CHECK_FALSE(save->isEnabled());
        discard = true;
        w.close();
        CHECK(questions.size() == 2);
        CHECK_FALSE(w.isVisible());
        CHECK(must(core::review::readPackage(pkg)).entry(u"P-1"_s)->declarationNote ==
              u"Former employer"_s);
    }
    ui::applyLanguage(u"fr"_s);
    {
        ui::ReviewWindow w(must(core::review::readPackage(pkg)));
        // toPlainText() turns no-break spaces (French digit grouping) into spaces: compare so.
        const auto spaces = [](QString s) {
            return s.replace(QChar(0xa0), u' ').replace(QChar(0x202f), u' ');
        };
        const QString plain = spaces(child<QTextBrowser>(&w, u"proposalText"_s)->toPlainText());
        CHECK(plain.contains(spaces(ui::formatAmount(15000000, u"USD"_s) + u" USD"_s)));
        CHECK_FALSE(plain.contains(u"150000.00"_s));
        CHECK_FALSE(plain.contains(u"Requested"_s));
        CHECK_FALSE(plain.contains(u"Applicant"_s));
        const auto rubric = w.package().rubricOf(u"P-1"_s);
        auto *score = child<QComboBox>(&w, u"score_"_s + rubric[0].code);
        CHECK(score->itemText(5) == u"5 — Excellent"_s);
        CHECK(score->itemText(1) == u"1 — Insuffisant"_s);
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ui::dialogs::setQuestionHooks({});
    ui::dialogs::setTestHooks({});
}
