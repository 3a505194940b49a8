// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Review mode scored offscreen with QTest, saved into the package, then imported from the Reviews
// page of the real main window after its preview.
#include "review/reviewfixture.h"

#include "core/review/package.h"
#include "core/review/review.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/pages/reviewspage.h"
#include "ui/review/reviewwindow.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;
using imdp::test::mustOk;

namespace {
/// Saves a picture of `w` when IMDP_UI_GRAB_DIR is set, to look at the window by eye.
void grab(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("IMDP_UI_GRAB_DIR");
    if (!dir.isEmpty())
        CHECK(w->grab().save(QDir(dir).filePath(name)));
}

template<typename T>
T *child(QWidget *root, const QString &name)
{
    auto *w = root->findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(w != nullptr);
    return w;
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
    QStringList questions;
    QStringList errors;
    ui::dialogs::TestHooks hooks;
    hooks.onError = [&](const QString &, const QString &text) { errors << text; };
    hooks.nextFileName = [&] { return pkg; };
    hooks.nextConfirm = [&](const QString &text) {
        questions << text;
        return true;
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
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].contains(u"P-1 — new completed review, weighted mean 4.00"_s));
    CHECK(questions[0].contains(u"P-3 — new declares a conflict of interest"_s));
    CHECK(child<QLabel>(page, u"reviewStatus"_s)->text() == u"Imported the reviews of Ana."_s);
    CHECK(table->item(0, 4)->text() == u"completed"_s);
    CHECK(table->item(1, 4)->text() == u"blocked"_s);
    CHECK(child<QTableWidget>(page, u"scores"_s)->item(0, 2)->text() == u"4.00"_s);
    grab(&w, u"reviews-page.png"_s);

    // Importing it again: nothing new, no question asked.
    child<QPushButton>(page, u"importPackage"_s)->click();
    CHECK(questions.size() == 1);
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
