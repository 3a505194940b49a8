// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "everydialog.h"

#include "../testutil.h"

#include "core/committee/meetings.h"
#include "core/funding/caprule.h"
#include "core/ledger/pledges.h"
#include "core/money/rate.h"
#include "core/review/package.h"
#include "ui/entry/amendpledgedialog.h"
#include "ui/entry/importpreviewdialog.h"
#include "ui/entry/incomedialog.h"
#include "ui/entry/pledgedialog.h"
#include "ui/entry/receiptdialog.h"
#include "ui/entry/statementlinedialog.h"
#include "ui/entry/transferdialog.h"
#include "ui/fundsession.h"
#include "ui/helpdialogs.h"
#include "ui/mainwindow.h"
#include "ui/orgs/organisationdialog.h"
#include "ui/pages/cappanel.h"
#include "ui/pages/decisionsdialog.h"
#include "ui/pages/dgfnarrativesdialog.h"
#include "ui/pages/memberdialog.h"
#include "ui/pages/pipelinepage.h"
#include "ui/pages/proposaleditor.h"
#include "ui/preferencesdialog.h"
#include "ui/review/reviewdialogs.h"
#include "ui/review/reviewwindow.h"
#include "ui/setup/fundsettingsdialog.h"
#include "ui/setup/newfundwizard.h"
#include "ui/setup/programmedialog.h"
#include "ui/verifydialog.h"

#include <QTest>

#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace imdp::test {

SmallFund::SmallFund()
{
    core::ledger::Pledge p;
    p.reference = u"SE-2026-01"_s;
    p.donor = u"Sweden"_s;
    p.date = QDate(2026, 1, 5);
    p.amountMinor = 200000000;
    p.rateScaled = core::Rate::kScale;
    p.instalments = {{QDate(2026, 3, 1), 100000000}, {QDate(2027, 3, 1), 100000000}};
    must(core::ledger::recordPledge(*f, p));
    core::review::Assignment a;
    a.reviewer = u"Ana"_s;
    mustOk(core::review::assign(*f, u"P-1"_s, a));
    package = f.t.file(u"ana.imdpreview"_s);
    must(core::review::exportPackage(*f, u"Ana"_s, package));
    core::Meeting m;
    m.date = QDate(2026, 9, 15);
    m.place = u"Genève"_s;
    meeting = must(core::meetings::add(*f, m));
    must(core::meetings::addInformation(
        *f, meeting, u"Rapport annuel du Secrétariat sur la mobilité de la main-d’œuvre"_s));
    f.db.reset();
}

void forEachDialog(ui::MainWindow &w, const QString &donor, const QString &pledge,
                   const QString &proposal, qint64 meeting, const QString &package,
                   const std::function<void(QWidget &, const QString &)> &visit)
{
    core::Database &db = *w.session()->database();
    {
        ui::PreferencesDialog d(&w);
        visit(d, u"Preferences"_s);
    }
    {
        ui::VerifyDialog d(w.session()->path(), &w); // File > Verify Fund..., its findings shown
        d.start();
        for (int i = 0; i < 6000 && d.isWorking(); ++i)
            QTest::qWait(10);
        QCoreApplication::processEvents();
        visit(d, u"Verify Fund"_s);
    }
    {
        ui::FundSettingsDialog d(w.session(), &w);
        visit(d, u"Fund Settings"_s);
    }
    {
        ui::NewFundWizard d(&w);
        for (int id : d.pageIds())
            visit(*d.page(id), u"New Fund wizard page "_s + QString::number(id));
        visit(d, u"New Fund wizard"_s);
    }
    for (auto tab : {ui::ProgrammeDialog::Objectives, ui::ProgrammeDialog::Areas,
                     ui::ProgrammeDialog::Windows}) {
        ui::ProgrammeDialog d(w.session(), tab, &w);
        visit(d, u"Objectives, areas and windows tab "_s + QString::number(int(tab)));
    }
    {
        ui::ObjectiveDialog d(db, {}, &w);
        visit(d, u"Objective"_s);
    }
    {
        ui::AreaDialog d(db, {}, &w);
        visit(d, u"Action area"_s);
    }
    {
        ui::WindowDialog d(db, {}, &w);
        visit(d, u"Funding window"_s);
    }
    {
        ui::MemberDialog d(db, &w);
        visit(d, u"Add member"_s);
    }
    {
        ui::TransferDialog d(db, proposal, &w);
        visit(d, u"Record transfer"_s);
    }
    {
        ui::CapPanel d(w.session(), &w);
        visit(d, u"Cap panel"_s);
    }
    {
        ui::ProposalEditor d(w.session(), QString(), &w);
        visit(d, u"New proposal"_s);
    }
    {
        ui::ShortcutsDialog d(&w, &w);
        visit(d, u"Keyboard shortcuts"_s);
    }
    {
        ui::UserGuideDialog d(&w);
        visit(d, u"User guide"_s);
    }
    {
        ui::ProposalEditor d(w.session(), proposal, &w);
        visit(d, u"Proposal editor"_s);
        for (QTabWidget *tabs : d.findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                visit(d, u"Proposal editor tab "_s + tabs->tabText(i));
            }
        }
    }
    {
        ui::DecisionsDialog d(db, meeting, &w);
        visit(d, u"Decisions"_s);
    }
    {
        ui::DgfNarrativesDialog d(db, &w);
        visit(d, u"DGF narratives"_s);
    }
    {
        ui::PledgeDialog d(db, donor, &w);
        visit(d, u"Record pledge"_s);
    }
    {
        ui::ReceiptDialog d(db, donor, &w);
        visit(d, u"Record receipt"_s);
    }
    {
        ui::IncomeDialog d(db, &w);
        visit(d, u"Income"_s);
    }
    for (auto kind :
         {ui::StatementLineDialog::Kind::PartnerInterest,
          ui::StatementLineDialog::Kind::FundTransfer, ui::StatementLineDialog::Kind::DirectCost,
          ui::StatementLineDialog::Kind::BankCharge, ui::StatementLineDialog::Kind::FeeAdjust}) {
        ui::StatementLineDialog d(db, kind, &w);
        visit(d, ui::StatementLineDialog::title(kind));
    }
    {
        ui::AmendPledgeDialog d(db, pledge, &w);
        visit(d, u"Amend pledge"_s);
    }
    {
        const QString csv = QFileInfo(package).dir().filePath(u"receipts.csv"_s);
        writeFile(csv, "reference,donor,date,currency,amount,rate\n"
                       "R-9,Sweden,2026-02-01,USD,1000.00,1\n"
                       "R-10,Nobody known here at all,2026-02-31,XYZ,-5,\n");
        ui::ImportPreviewDialog d(db, core::ledger::ImportKind::Receipts, csv, &w);
        visit(d, u"Import preview"_s);
    }
    {
        ui::OrganisationDialog d(db, u"A new organisation"_s, u"ngo"_s, &w);
        visit(d, u"New organisation"_s);
    }
    {
        ui::OrganisationDialog d(db, must(core::organisations::find(db, donor)), &w);
        visit(d, u"Edit organisation"_s);
    }
    {
        ui::AssignDialog d(db, core::review::Assignment{}, &w);
        visit(d, u"Assign reviewer"_s);
    }
    {
        const auto assignments = must(core::review::assignments(db));
        REQUIRE_FALSE(assignments.isEmpty());
        ui::DeclareDialog d(db, assignments.first(), &w);
        visit(d, u"Declare"_s);
    }
    {
        ui::RubricDialog d(db, core::review::defaultCall(), &w);
        visit(d, u"Rubric"_s);
    }
    {
        const auto plan = must(core::review::previewImport(db, package));
        ui::PackageImportDialog d(db, package, plan, &w);
        visit(d, u"Import review package"_s);
    }
    {
        ui::ReviewWindow d(must(core::review::readPackage(package)));
        visit(d, u"Review mode"_s);
    }
}

} // namespace imdp::test
