// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// File > Verify Fund…: `imdp verify` on a worker thread with a progress bar and Cancel, the
// findings in the desktop's language (ui/verifydialog.cpp).
#include "../testutil.h"
#include "../ui/uitest.h"

#include "core/fund/fund.h"
#include "core/storage/database.h"
#include "ui/fundsession.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/verifydialog.h"

#include <QAction>
#include <QApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;

namespace {

/// A fund built from nothing through the core: settings, its first audit rows.
QString newFund(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"fund.imdp"_s);
    must(core::Database::create(path, [](core::Database &d) {
        core::FundSettings s;
        s.name = u"Verified Fund"_s;
        return core::fund::initialise(d, s);
    }));
    return path;
}

struct English
{
    ~English() { ui::applyLanguage(u"en"_s); }
};

} // namespace

TEST_CASE("Verify Fund on a fund built from nothing: every check holds, and the menu runs it",
          "[ui][verify]")
{
    imdp::test::TempDir t;
    const QString path = newFund(t);
    {
        ui::VerifyDialog d(path);
        CHECK_FALSE(d.isWorking());
        d.start();
        imdp::test::waitForWork(&d);
        QCoreApplication::processEvents(); // the findings, queued by the worker
        CHECK(d.findings().ok());
        CHECK_FALSE(d.findings().cancelled);
        CHECK(d.findings().auditRows > 0);
        CHECK(d.statusText().startsWith(u"Verified: every check holds"_s));
        // Every check named, each holding: the page-level ones, the chain, the rows.
        const QString text = d.findingsText();
        for (const QString &name : {u"ok: integrity"_s, u"ok: foreign keys"_s, u"ok: audit chain"_s,
                                    u"ok: journal balances"_s, u"ok: rows"_s})
            CHECK(text.contains(name));
        CHECK(text.contains(d.findings().auditHead));
        CHECK(d.progressBar()->value() == d.progressBar()->maximum());
        CHECK(imdp::test::child<QPushButton>(&d, u"close"_s)->isVisibleTo(&d));
        CHECK_FALSE(imdp::test::child<QPushButton>(&d, u"cancel"_s)->isVisibleTo(&d));
    }

    // File > Verify Fund… on the open fund: the dialog runs on its own connection while the
    // session keeps the fund open for writing.
    ui::MainWindow w;
    REQUIRE(w.session()->open(path).ok());
    auto *action = w.findChild<QAction *>(u"verifyAction"_s);
    REQUIRE(action != nullptr);
    CHECK(action->isEnabled());
    bool shown = false;
    bool verified = false;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<ui::VerifyDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        shown = true;
        imdp::test::waitForWork(d);
        QCoreApplication::processEvents();
        verified = d->findings().ok();
        d->accept();
    });
    action->trigger();
    CHECK(shown);
    CHECK(verified);
    CHECK_FALSE(w.session()->database()->isReadOnly());
    w.session()->close();
    CHECK_FALSE(action->isEnabled());
}

TEST_CASE("Verify Fund on a damaged fund names what was changed, in French too", "[ui][verify]")
{
    imdp::test::TempDir t;
    const QString path = newFund(t);
    // Outside the application: a setting rewritten and a row inserted without an audit row.
    imdp::test::outsideSql(path,
                           {u"UPDATE fund_setting SET value = 'Tampered' WHERE key = 'name'"_s,
                            u"INSERT INTO organisation (name, short_name, kind) "
                            "VALUES ('Ghost Agency', 'GA', 'agency')"_s});
    {
        ui::VerifyDialog d(path);
        d.start();
        imdp::test::waitForWork(&d);
        QCoreApplication::processEvents();
        CHECK_FALSE(d.findings().ok());
        CHECK(d.statusText().contains(u"found problems"_s));
        const QString text = d.findingsText();
        INFO(text.toStdString());
        CHECK(text.contains(u"problems: rows"_s));
        CHECK(text.contains(u"inserted with no audit row (added outside the application)"_s));
        CHECK(text.contains(u"altered outside the application"_s));
    }
    English restore;
    ui::applyLanguage(u"fr"_s);
    ui::VerifyDialog d(path);
    d.start();
    imdp::test::waitForWork(&d);
    QCoreApplication::processEvents();
    const QString text = d.findingsText();
    INFO(text.toStdString());
    CHECK(text.contains(u"problèmes : lignes"_s)); // the check's name, its problems
    CHECK(text.contains(u"insérée sans ligne d'audit (ajoutée hors de l'application)"_s));
    CHECK(text.contains(u"modifiée hors de l'application"_s));
    CHECK_FALSE(text.contains(u"outside the application"_s));
    ui::applyLanguage(u"es"_s);
    ui::VerifyDialog es(path);
    es.start();
    imdp::test::waitForWork(&es);
    QCoreApplication::processEvents();
    CHECK(es.findingsText().contains(u"insertada sin fila de auditoría"_s));
}

TEST_CASE("Verify Fund's Cancel stops the checks and says they prove nothing", "[ui][verify]")
{
    imdp::test::TempDir t;
    const QString path = newFund(t);
    ui::VerifyDialog d(path);
    d.start();
    d.cancel(); // at once: the worker stops before or during the first checks
    imdp::test::waitForWork(&d);
    QCoreApplication::processEvents();
    CHECK(d.findings().cancelled);
    CHECK_FALSE(d.findings().ok());
    CHECK(d.findings().outcomes.isEmpty());
    CHECK(d.statusText().startsWith(u"Cancelled"_s));
}
