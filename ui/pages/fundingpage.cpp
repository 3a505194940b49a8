// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/fundingpage.h"

#include "core/clock.h"
#include "core/storage/database.h"
#include "ui/dialogs.h"
#include "ui/entry/amendpledgedialog.h"
#include "ui/entry/importpreviewdialog.h"
#include "ui/entry/incomedialog.h"
#include "ui/entry/pledgedialog.h"
#include "ui/entry/receiptdialog.h"
#include "ui/entry/statementlinedialog.h"
#include "ui/fundsession.h"
#include "ui/models/models.h"
#include "ui/pages/cappanel.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setWordWrap(false);
    v->setAlternatingRowColors(true);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

FundingPage::FundingPage(FundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_donors(makeDonorModel(this))
    , m_pledges(makePledgeModel(core::Clock::today(), this))
    , m_instalments(makeInstalmentModel(this))
    , m_receipts(makeReceiptModel(this))
    , m_donorProxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Donors & Funding"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    // The page's commands, as buttons with mnemonics and as actions with shortcuts.
    // A tool bar, so that labels longer than the window (French, Spanish) fold into its "»" menu
    // instead of widening the whole window beyond the screen.
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"commands"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto command = [this, bar](const QString &text, const QString &name,
                                     const QKeySequence &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        bar->addAction(a);
        // Drawn as buttons, as on the other pages, not as flat tool bar entries.
        if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            b->setAutoRaise(false);
    };
    command(tr("Record &Pledge…"), u"recordPledge"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
            &FundingPage::recordPledge);
    command(tr("Record &Receipt…"), u"recordReceipt"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
            &FundingPage::recordReceipt);
    command(tr("&Amend or Cancel Pledge…"), u"amendPledge"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
            &FundingPage::amendPledge);
    command(tr("Investment &Income…"), u"recordIncome"_s, QKeySequence(),
            &FundingPage::recordIncome);
    // The statement's other lines (issue 18), one dialog each, behind one button.
    auto *lines = new QToolButton(bar);
    lines->setObjectName(u"statementLines"_s);
    lines->setText(tr("Other &Lines"));
    lines->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(lines);
    using Kind = StatementLineDialog::Kind;
    for (const auto &[kind, name] : {std::pair{Kind::PartnerInterest, u"recordPartnerInterest"_s},
                                     std::pair{Kind::FundTransfer, u"recordFundTransfer"_s},
                                     std::pair{Kind::DirectCost, u"recordDirectCost"_s},
                                     std::pair{Kind::BankCharge, u"recordBankCharge"_s},
                                     std::pair{Kind::FeeAdjust, u"recordFeeAdjustment"_s}}) {
        QAction *a = menu->addAction(StatementLineDialog::title(kind) + u"…"_s);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this,
                [this, kind = kind] { recordStatementLine(int(kind)); });
    }
    lines->setMenu(menu);
    bar->addWidget(lines);
    command(tr("Import Re&ceipts…"), u"importReceipts"_s, QKeySequence(),
            [this] { importFile(core::ledger::ImportKind::Receipts); });
    command(tr("Import Pled&ges…"), u"importPledges"_s, QKeySequence(),
            [this] { importFile(core::ledger::ImportKind::Pledges); });
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    command(tr("DGF &Cap…"), u"capPanel"_s, QKeySequence(), &FundingPage::showCapPanel);
    layout->addWidget(bar);

    m_empty = new QLabel(tr("No donor has pledged or paid yet. Record a pledge or a receipt, or "
                            "import a CSV file of them."),
                         this);
    m_empty->setObjectName(u"empty"_s);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    // Donors across the top, where all their columns fit; below them the chosen donor's pledges
    // beside the selected pledge's instalments, then its receipts, each as wide as the page.
    const auto section = [](QWidget *parent) {
        auto *w = new QWidget(parent);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        return std::pair{w, l};
    };
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    auto [donors, dl] = section(split);
    dl->addWidget(caption(tr("Donors"), donors));
    m_donorProxy->setSourceModel(m_donors);
    m_donorProxy->setSortRole(TableModel<int>::SortRole);
    m_donorView = makeView(m_donorProxy, u"donors"_s, donors);
    // The donor's name takes the width the figures leave, elided (whole in its tooltip), so
    // the amounts are never scrolled off to the right (issue 20, French at 1024 px).
    m_donorView->horizontalHeader()->setStretchLastSection(false);
    m_donorView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_donorView->setTextElideMode(Qt::ElideRight);
    m_donorView->setSortingEnabled(true);
    m_donorView->sortByColumn(0, Qt::AscendingOrder);
    dl->addWidget(m_donorView);

    auto [pledges, pl] = section(split);
    m_detailTitle = caption(QString(), pledges);
    m_detailTitle->setObjectName(u"detailTitle"_s);
    pl->addWidget(m_detailTitle);
    auto *pledgeRow = new QHBoxLayout;
    auto *pledgeColumn = new QVBoxLayout;
    pledgeColumn->addWidget(caption(tr("Pledges"), pledges));
    m_pledgeView = makeView(m_pledges, u"pledges"_s, pledges);
    pledgeColumn->addWidget(m_pledgeView);
    auto *instalmentColumn = new QVBoxLayout;
    instalmentColumn->addWidget(caption(tr("Instalments (arrears in red)"), pledges));
    instalmentColumn->addWidget(makeView(m_instalments, u"instalments"_s, pledges));
    // 5:2 fits both tables' columns side by side at 1280 pixels.
    pledgeRow->addLayout(pledgeColumn, 5);
    pledgeRow->addLayout(instalmentColumn, 2);
    pl->addLayout(pledgeRow);

    auto [receipts, rl] = section(split);
    rl->addWidget(caption(tr("Receipts"), receipts));
    m_receiptView = makeView(m_receipts, u"receipts"_s, receipts);
    rl->addWidget(m_receiptView);
    // A fund has a few dozen donors and each a handful of pledges and receipts: the donors get
    // the most room (ten rows at 1280×800).
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);

    connect(m_donorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FundingPage::donorChosen);
    connect(m_pledgeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FundingPage::pledgeChosen);
    connect(session, &FundSession::changed, this, &FundingPage::refresh);
    refresh();
}

QString FundingPage::selectedDonor() const
{
    const QModelIndex i = m_donorView->currentIndex();
    return i.isValid() ? m_donorProxy->index(i.row(), 0).data().toString() : QString();
}

void FundingPage::selectDonor(const QString &name)
{
    for (int r = 0; r < m_donorProxy->rowCount(); ++r) {
        if (m_donorProxy->index(r, 0).data().toString() == name) {
            m_donorView->setCurrentIndex(m_donorProxy->index(r, 0));
            m_donorView->scrollTo(m_donorProxy->index(r, 0), QAbstractItemView::PositionAtCenter);
            return;
        }
    }
}

QString FundingPage::selectedPledge() const
{
    const QModelIndex i = m_pledgeView->currentIndex();
    return i.isValid() && i.row() < m_pledges->rows().size()
               ? m_pledges->rows().at(i.row()).reference
               : QString();
}

void FundingPage::recorded(const EntryDialog &d)
{
    // The pages refresh first, then the new or changed row is selected and scrolled into view.
    m_session->recorded(d.recordedMessage());
    if (d.recordedDonor().isEmpty())
        return;
    selectDonor(d.recordedDonor());
    if (!selectRow(m_pledgeView, 0, d.recordedReference()))
        selectRow(m_receiptView, 0, d.recordedReference());
}

void FundingPage::refresh()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    const QString keep = selectedDonor();
    auto pos = core::ledger::position(*db, core::Clock::today());
    auto pl = core::ledger::pledges(*db);
    auto rc = core::ledger::receipts(*db);
    m_allPledges = pl ? *pl : QList<core::ledger::Pledge>();
    m_allReceipts = rc ? *rc : QList<core::ledger::Receipt>();
    // Donors that pledged (even a cancelled pledge) or paid: the position lists who has figures.
    QList<core::ledger::DonorPosition> donors = pos ? pos->byDonor
                                                    : QList<core::ledger::DonorPosition>();
    m_donors->setRows(donors);
    m_empty->setVisible(donors.isEmpty());
    if (!keep.isEmpty())
        selectDonor(keep);
    if (!m_donorView->currentIndex().isValid() && m_donorProxy->rowCount() > 0)
        m_donorView->setCurrentIndex(m_donorProxy->index(0, 0));
    donorChosen();
}

void FundingPage::donorChosen()
{
    const QString donor = selectedDonor();
    QList<core::ledger::Pledge> pledges;
    for (const auto &p : std::as_const(m_allPledges))
        if (p.donor == donor)
            pledges.append(p);
    QList<core::ledger::Receipt> receipts;
    for (const auto &r : std::as_const(m_allReceipts))
        if (r.donor == donor)
            receipts.append(r);
    m_pledges->setRows(pledges);
    m_receipts->setRows(receipts);
    m_detailTitle->setText(donor.isEmpty() ? tr("Select a donor to see its pledges and receipts")
                                           : donor);
    if (!pledges.isEmpty())
        m_pledgeView->setCurrentIndex(m_pledges->index(0, 0));
    pledgeChosen();
}

void FundingPage::pledgeChosen()
{
    const QModelIndex i = m_pledgeView->currentIndex();
    if (!i.isValid() || i.row() >= m_pledges->rows().size()) {
        m_instalments->setRows({});
        return;
    }
    m_instalments->setRows(instalmentRows(m_pledges->rows().at(i.row()), core::Clock::today()));
}

void FundingPage::recordPledge()
{
    if (!m_session->database())
        return;
    PledgeDialog d(*m_session->database(), selectedDonor(), this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        recorded(d);
}

void FundingPage::recordReceipt()
{
    if (!m_session->database())
        return;
    ReceiptDialog d(*m_session->database(), selectedDonor(), selectedPledge(), this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        recorded(d);
}

void FundingPage::amendPledge()
{
    if (!m_session->database())
        return;
    AmendPledgeDialog d(*m_session->database(), selectedPledge(), this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        recorded(d);
}

void FundingPage::recordIncome()
{
    if (!m_session->database())
        return;
    IncomeDialog d(*m_session->database(), this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        recorded(d);
}

void FundingPage::recordStatementLine(int kind)
{
    if (!m_session->database())
        return;
    StatementLineDialog d(*m_session->database(), StatementLineDialog::Kind(kind), this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        recorded(d);
}

void FundingPage::importFile(core::ledger::ImportKind kind)
{
    if (!m_session->database())
        return;
    const QString path = dialogs::openFileName(
        this,
        kind == core::ledger::ImportKind::Receipts ? tr("Import Receipts") : tr("Import Pledges"),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportPreviewDialog d(*m_session->database(), kind, path, this);
    if (dialogs::exec(&d) != QDialog::Accepted)
        return;
    // Said in the status bar, the first imported row selected and scrolled into view.
    const QString file = QFileInfo(path).fileName();
    m_session->recorded(
        d.importedRows() == 1
            ? tr("1 row imported from %1.").arg(file)
            : tr("%1 rows imported from %2.").arg(QLocale().toString(d.importedRows()), file));
    selectDonor(d.firstValue(u"donor"_s));
    selectRow(kind == core::ledger::ImportKind::Receipts ? m_receiptView : m_pledgeView, 0,
              d.firstValue(u"reference"_s));
}

void FundingPage::showCapPanel()
{
    CapPanel panel(m_session, this);
    dialogs::exec(&panel);
}

} // namespace imdp::ui
