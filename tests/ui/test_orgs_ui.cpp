// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The Organisations page and "Add organisation…" in the entry dialogs, through the real main
// window offscreen on a fund built from an empty file, dialogs pre-answered through ui/dialogs.
#include "../testutil.h"
#include "uitest.h"

#include "core/fund/fund.h"
#include "core/storage/query.h"
#include "ui/dialogs.h"
#include "ui/entry/importpreviewdialog.h"
#include "ui/entry/pledgedialog.h"
#include "ui/entry/receiptdialog.h"
#include "ui/entry/statementlinedialog.h"
#include "ui/entry/transferdialog.h"
#include "ui/fundsession.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/orgs/organisationdialog.h"
#include "ui/pages/fundingpage.h"
#include "ui/pages/memberdialog.h"
#include "ui/pages/organisationspage.h"
#include "ui/pages/proposaleditor.h"
#include "ui/preferencesdialog.h"
#include "ui/review/reviewdialogs.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::child;
using imdp::test::Hooks;
using imdp::test::must;
using imdp::test::setText;

namespace {

void chooseKind(QDialog *d, const QString &kind)
{
    auto *k = child<QComboBox>(d, u"kind"_s);
    k->setCurrentIndex(k->findData(kind));
}

QString emptyFund(const imdp::test::TempDir &t)
{
    const QString path = t.file(u"IMDP 2008.imdp"_s);
    must(core::Database::create(path, [](core::Database &db) {
        core::FundSettings s;
        s.name = u"IMDP 2008"_s;
        return core::fund::initialise(db, s);
    }));
    return path;
}

QStringList names(ui::OrganisationsPage *page)
{
    QStringList out;
    for (const auto &r : page->model()->rows())
        out << r.org.name;
    return out;
}

ui::OrganisationsPage *showOrganisations(ui::MainWindow &w, const QString &path)
{
    w.show();
    REQUIRE(w.openFile(path));
    w.showPage(ui::MainWindow::Organisations);
    auto *page = qobject_cast<ui::OrganisationsPage *>(w.page(ui::MainWindow::Organisations));
    REQUIRE(page != nullptr);
    return page;
}

} // namespace

TEST_CASE("Organisations page: add through the dialog, search, filter by kind, retire",
          "[ui][organisations]")
{
    imdp::test::TempDir t;
    const QString path = emptyFund(t);
    ui::MainWindow w;
    ui::OrganisationsPage *page = showOrganisations(w, path);
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->model()->rowCount() == 0);
    CHECK(child<QLabel>(page, u"summary"_s)->text().startsWith(u"No organisation yet"_s));

    const auto add = [&](const QString &name, const QString &kind, const QString &shortName,
                         bool gmg) {
        Hooks hooks({.onError = {}, .nextFileName = {}, .onDialog = [&](QDialog *d) {
                         auto *od = qobject_cast<ui::OrganisationDialog *>(d);
                         REQUIRE(od != nullptr);
                         CHECK_FALSE(od->problems().isEmpty()); // nothing chosen yet
                         setText(d, u"name"_s, name);
                         setText(d, u"shortName"_s, shortName);
                         chooseKind(d, kind);
                         child<QCheckBox>(d, u"gmg"_s)->setChecked(gmg);
                         CHECK(od->problems().isEmpty());
                         CHECK(od->submit());
                         return d->result();
                     }});
        page->addOrganisation();
    };
    add(u"Kingdom of Sweden"_s, u"state"_s, {}, false);
    add(u"International Labour Organization"_s, u"agency"_s, u"ILO"_s, true);
    add(u"Government of Mexico"_s, u"state"_s, {}, false);
    CHECK(names(page) == QStringList{u"Government of Mexico"_s,
                                     u"International Labour Organization"_s,
                                     u"Kingdom of Sweden"_s});

    // A name typed again with a no-break space: refused in the dialog, nothing added.
    {
        bool refused = false;
        Hooks hooks({.onError = {}, .nextFileName = {}, .onDialog = [&](QDialog *d) {
                         auto *od = qobject_cast<ui::OrganisationDialog *>(d);
                         setText(d, u"name"_s, u"Kingdom\u00a0of Sweden"_s);
                         chooseKind(d, u"state"_s);
                         refused = !od->submit() &&
                                   od->problems().join(u'\n').contains(u"already exists"_s);
                         return int(QDialog::Rejected);
                     }});
        page->addOrganisation();
        CHECK(refused);
    }
    CHECK(page->model()->rowCount() == 3);

    // Search and filter.
    page->search()->setText(u"ilo"_s);
    CHECK(names(page) == QStringList{u"International Labour Organization"_s});
    page->search()->clear();
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findData(u"state"_s));
    CHECK(names(page) == QStringList{u"Government of Mexico"_s, u"Kingdom of Sweden"_s});
    page->kindFilter()->setCurrentIndex(0);

    // Retire: gone from the list (until "Show retired") and from the pledge dialog's picker.
    page->selectOrganisation(u"Government of Mexico"_s);
    REQUIRE(page->selectedName() == u"Government of Mexico"_s);
    page->toggleRetired();
    page->showRetired()->setChecked(false);
    CHECK_FALSE(names(page).contains(u"Government of Mexico"_s));
    page->showRetired()->setChecked(true);
    CHECK(names(page).contains(u"Government of Mexico"_s));
    ui::FundSession *session = w.session();
    {
        ui::PledgeDialog d(*session->database(), {}, nullptr);
        auto *donor = child<QComboBox>(&d, u"donor"_s);
        CHECK(donor->findText(u"Kingdom of Sweden"_s) >= 0);
        CHECK(donor->findText(u"Government of Mexico"_s) < 0);
    }
    // Nor anywhere else an organisation is picked for a new record (issue 16).
    {
        ui::ReceiptDialog d(*session->database(), {}, nullptr);
        CHECK(child<QComboBox>(&d, u"donor"_s)->findText(u"Government of Mexico"_s) < 0);
    }
    {
        ui::AssignDialog d(*session->database(), {}, nullptr);
        auto *org = child<QComboBox>(&d, u"organisation"_s);
        CHECK(org->findText(u"Kingdom of Sweden"_s) >= 0);
        CHECK(org->findText(u"Government of Mexico"_s) < 0);
    }
    {
        ui::ProposalEditor d(session, {}, nullptr);
        const QString applicant = u"field_%1"_s.arg(int(ui::ProposalEditor::Applicant));
        const QString partner = u"field_%1"_s.arg(int(ui::ProposalEditor::Partner));
        CHECK(child<QComboBox>(&d, applicant)->findData(u"Kingdom of Sweden"_s) >= 0);
        CHECK(child<QComboBox>(&d, applicant)->findData(u"Government of Mexico"_s) < 0);
        CHECK(child<QComboBox>(&d, partner)->findData(u"Government of Mexico"_s) < 0);
    }
    {
        ui::MemberDialog d(*session->database(), nullptr);
        CHECK(child<QComboBox>(&d, u"organisation"_s)->findText(u"Government of Mexico"_s) < 0);
    }
    {
        ui::TransferDialog d(*session->database(), {}, nullptr);
        CHECK(child<QComboBox>(&d, u"partner"_s)->findText(u"Government of Mexico"_s) < 0);
    }
    {
        ui::StatementLineDialog d(*session->database(),
                                  ui::StatementLineDialog::Kind::PartnerInterest, nullptr);
        auto *partner = child<QComboBox>(&d, u"partner"_s);
        CHECK(partner->findText(u"Kingdom of Sweden"_s) >= 0);
        CHECK(partner->findText(u"Government of Mexico"_s) < 0);
    }
    // Bring back: offered again.
    page->selectOrganisation(u"Government of Mexico"_s);
    page->toggleRetired();
    {
        ui::PledgeDialog d(*session->database(), {}, nullptr);
        CHECK(child<QComboBox>(&d, u"donor"_s)->findText(u"Government of Mexico"_s) >= 0);
    }
    CHECK(must(core::Query::scalar(*session->database(),
                                   u"SELECT COUNT(*) FROM audit_event WHERE command IN "
                                   "('organisation.retire','organisation.unretire')"_s)) == 2);
}

TEST_CASE("Add organisation… from the pledge dialog pre-fills the name and selects the new one",
          "[ui][organisations]")
{
    imdp::test::TempDir t;
    const QString path = emptyFund(t);
    ui::MainWindow w;
    ui::OrganisationsPage *page = showOrganisations(w, path);
    ui::FundSession *session = w.session();
    ui::PledgeDialog d(*session->database(), {}, nullptr);
    auto *donor = child<QComboBox>(&d, u"donor"_s);
    donor->setCurrentText(u"Kingdom of Belgium"_s);
    QString prefilled;
    {
        Hooks hooks({.onError = {}, .nextFileName = {}, .onDialog = [&](QDialog *dialog) {
                         auto *od = qobject_cast<ui::OrganisationDialog *>(dialog);
                         REQUIRE(od != nullptr);
                         prefilled = child<QLineEdit>(dialog, u"name"_s)->text();
                         chooseKind(dialog, u"state"_s);
                         setText(dialog, u"country"_s, u"BE"_s);
                         CHECK(od->submit());
                         return dialog->result();
                     }});
        child<QPushButton>(&d, u"donorAddOrganisation"_s)->click();
    }
    CHECK(prefilled == u"Kingdom of Belgium"_s);
    CHECK(donor->currentText() == u"Kingdom of Belgium"_s);
    CHECK(donor->currentData().toString() == u"state"_s);
    const auto org = must(core::organisations::find(*session->database(), u"Kingdom of Belgium"_s));
    CHECK(org.country == u"BE"_s);
    // The page shows it once the session says the fund changed.
    session->notifyChanged();
    CHECK(names(page) == QStringList{u"Kingdom of Belgium"_s});
}

TEST_CASE("Organisations page and dialog fit 1024x700 in en, fr and es",
          "[ui][organisations][i18n]")
{
    imdp::test::TempDir t;
    const QString path = emptyFund(t);
    ui::MainWindow w;
    w.resize(1024, 700);
    ui::OrganisationsPage *page = showOrganisations(w, path);
    for (const QString &lang : {u"fr"_s, u"es"_s, u"en"_s}) {
        INFO(lang.toStdString());
        ui::applyLanguage(lang);
        QCoreApplication::processEvents();
        page = qobject_cast<ui::OrganisationsPage *>(w.page(ui::MainWindow::Organisations));
        REQUIRE(page != nullptr);
        CHECK(page->minimumSizeHint().width() <= 1024 - 190);
        CHECK(page->minimumSizeHint().height() <= 700);
        ui::OrganisationDialog d(*w.session()->database(), u"X"_s, {}, nullptr);
        CHECK(d.sizeHint().width() <= 1024);
        CHECK(d.sizeHint().height() <= 700);
        if (lang == u"es"_s)
            CHECK(w.navigation()->item(ui::MainWindow::Organisations)->text() ==
                  u"Organizaciones"_s);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_CASE("the receipts import preview lists the organisations the file would create",
          "[ui][organisations]")
{
    imdp::test::TempDir t;
    const QString path = emptyFund(t);
    {
        auto db = must(core::Database::open(path));
        core::Organisation o;
        o.name = u"Kingdom of Sweden"_s;
        o.kind = u"state"_s;
        must(core::organisations::add(*db, o));
    }
    const QString csv = t.file(u"receipts.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-03-05,Kingdom of Swedne,donor,USD,200.00,1,R-1\n"
                               "2026-03-06,Kingdom\xc2\xa0of Sweden,donor,USD,50.00,1,R-2\n");
    ui::MainWindow w;
    w.show();
    REQUIRE(w.openFile(path));
    const QByteArray before = imdp::test::sha256(path);
    QString created;
    Hooks hooks({.onError = {},
                 .nextFileName = [&] { return csv; },
                 .onDialog =
                     [&](QDialog *d) {
                         imdp::test::waitForWork(qobject_cast<ui::ImportPreviewDialog *>(d));
                         created = child<QLabel>(d, u"created"_s)->text();
                         return int(QDialog::Rejected);
                     }});
    auto *funding = qobject_cast<ui::FundingPage *>(w.page(ui::MainWindow::Funding));
    REQUIRE(funding != nullptr);
    funding->importFile(core::ledger::ImportKind::Receipts);
    CHECK(created.contains(u"(1): Kingdom of Swedne."_s));
    CHECK_FALSE(created.contains(u"Kingdom of Sweden"_s));
    CHECK(imdp::test::sha256(path) == before);
}
