// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/ledgerpage.h"
#include "ui/entry/transferdialog.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/ledger/journalquery.h"
#include "core/ledger/entries.h"
#include "ui/capguard.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/models/journalmodel.h"
#include "ui/models/models.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
/// Sizes the memo column (the last) to the viewport's spare width, at least `minimum`.
class MemoWidth final : public QObject
{
public:
    MemoWidth(QTableView *view, int minimum)
        : QObject(view)
        , m_view(view)
        , m_minimum(minimum)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            QHeaderView *h = m_view->horizontalHeader();
            const int last = h->count() - 1;
            int others = 0;
            for (int c = 0; c < last; ++c)
                others += h->sectionSize(c);
            h->resizeSection(last, std::max(m_minimum, m_view->viewport()->width() - others));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    int m_minimum;
};
} // namespace

namespace {
const QDate kNoDate(2000, 1, 1); // the minimum of the date filters, shown as "Any"
}

LedgerPage::LedgerPage(FundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new JournalModel(session->database(), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Ledger"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto *filters = new QGridLayout;
    const auto date = [this](const QString &name) {
        auto *d = new QDateEdit(this);
        d->setObjectName(name);
        d->setCalendarPopup(true);
        d->setMinimumDate(kNoDate);
        d->setSpecialValueText(tr("Any"));
        d->setDate(kNoDate);
        d->setDisplayFormat(dateEditFormat());
        connect(d, &QDateEdit::dateChanged, this, &LedgerPage::applyFilter);
        return d;
    };
    const auto combo = [this](const QString &name) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        // Long organisation names must not widen the window: the popup shows them whole.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
        connect(c, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
        return c;
    };
    m_from = date(u"from"_s);
    m_to = date(u"to"_s);
    m_account = combo(u"account"_s);
    m_donor = combo(u"donor"_s);
    m_project = combo(u"project"_s);
    m_kind = combo(u"kind"_s);
    // Two rows of three filters: the page keeps to a 1024-px screen in every language.
    const auto add = [this, filters](int slot, const QString &text, QWidget *w) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        const int row = 2 * (slot / 3);
        filters->addWidget(l, row, slot % 3);
        filters->addWidget(w, row + 1, slot % 3);
    };
    add(0, tr("&From:"), m_from);
    add(1, tr("&To:"), m_to);
    add(2, tr("A&ccount:"), m_account);
    add(3, tr("D&onor:"), m_donor);
    add(4, tr("Pro&ject:"), m_project);
    add(5, tr("&Kind:"), m_kind);
    auto *clear = new QPushButton(tr("C&lear Filters"), this);
    clear->setObjectName(u"clearFilters"_s);
    connect(clear, &QPushButton::clicked, this, &LedgerPage::clearFilters);
    filters->addWidget(clear, 3, 3);
    filters->setColumnStretch(4, 1);
    m_reverse = new QPushButton(tr("&Reverse Entry…"), this);
    m_reverse->setObjectName(u"reverse"_s);
    m_reverse->setToolTip(tr("Posts the exact opposite of the selected entry, with your reason. "
                             "Posted entries are never edited or deleted."));
    connect(m_reverse, &QPushButton::clicked, this, &LedgerPage::reverseSelected);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setObjectName(u"journal"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures rows it does not show, so a
    // million postings cost what one screen costs.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = fontMetrics();
    const int money = fm.horizontalAdvance(u"99,999,999.99"_s) + 16;
    const int widths[] = {fm.horizontalAdvance(u"9999999"_s) + 16,
                          fm.horizontalAdvance(u"2026-12-31"_s) + 24,
                          fm.horizontalAdvance(u"Receipt (reversed)"_s) + 16,
                          fm.horizontalAdvance(u"Cash held by the trustee"_s) + 8,
                          fm.horizontalAdvance(u"Kingdom of Sweden"_s) + 16,
                          fm.horizontalAdvance(u"IMDP-26-001"_s) + 12,
                          fm.horizontalAdvance(u"Partner"_s) + 16,
                          money, money, money};
    for (int c = 0; c < JournalModel::Memo; ++c)
        h->resizeSection(c, widths[c]);
    // The memo takes what is left of a wide window, and never less than a readable width: a
    // narrow window scrolls to it rather than cutting it to a few letters.
    m_view->viewport()->installEventFilter(new MemoWidth(m_view, 36 * fm.averageCharWidth()));
    layout->addWidget(m_view, 1);

    auto *reverse = new QAction(tr("Reverse Entry…"), this);
    reverse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    reverse->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reverse, &QAction::triggered, this, &LedgerPage::reverseSelected);
    m_view->addAction(reverse);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"totals"_s);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_totals->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_reverse);
    auto *transfer = new QPushButton(tr("Record &Transfer…"), this);
    transfer->setObjectName(u"recordTransfer"_s);
    transfer->setToolTip(tr("A tranche to a project's partner, within the project's allocation."));
    transfer->setEnabled(!session->database() || !session->database()->isReadOnly());
    connect(transfer, &QPushButton::clicked, this, &LedgerPage::recordTransfer);
    bottom->addWidget(transfer);
    bottom->addWidget(m_totals, 1);
    layout->addLayout(bottom);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_account);
    setTabOrder(m_account, m_donor);
    setTabOrder(m_donor, m_project);
    setTabOrder(m_project, m_kind);
    setTabOrder(m_kind, clear);
    setTabOrder(clear, m_reverse);
    setTabOrder(m_reverse, m_view);

    connect(session, &FundSession::changed, this, &LedgerPage::refresh);
    connect(m_model, &JournalModel::totalsChanged, this, &LedgerPage::updateTotals);
    connect(m_model, &JournalModel::failed, this,
            [this](const QString &message) { m_totals->setText(message); });
    fillFilterLists();
    applyFilter();
}

void LedgerPage::fillFilterLists()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    m_filling = true;
    const auto refill = [](QComboBox *c, const QList<std::pair<QString, QString>> &items,
                           const QString &all) {
        const QString keep = c->currentData().toString();
        c->clear();
        c->addItem(all, QString());
        for (const auto &[text, key] : items)
            c->addItem(text, key);
        c->setCurrentIndex(std::max(0, c->findData(keep)));
    };
    QList<std::pair<QString, QString>> accounts;
    if (auto tb = core::ledger::accounts(*db)) {
        for (const auto &a : *tb)
            accounts.append({u"%1 %2"_s.arg(a.code, accountLabel(a.key)), a.key});
    }
    refill(m_account, accounts, tr("All accounts"));
    QList<std::pair<QString, QString>> donors;
    if (auto orgs = core::organisations::list(*db)) {
        for (const auto &o : *orgs)
            donors.append({o.name, o.name});
    }
    refill(m_donor, donors, tr("All donors"));
    QList<std::pair<QString, QString>> projects;
    if (auto ps = core::ledger::journalProjects(*db)) {
        for (const QString &p : *ps)
            projects.append({p, p});
    }
    refill(m_project, projects, tr("All projects"));
    QList<std::pair<QString, QString>> kinds;
    for (const QString &k : core::ledger::entryKinds())
        kinds.append({entryKindLabel(k), k});
    refill(m_kind, kinds, tr("All kinds"));
    m_filling = false;
}

void LedgerPage::recordTransfer()
{
    if (!m_session->database())
        return;
    TransferDialog d(*m_session->database(), m_project->currentData().toString(), this);
    if (dialogs::exec(&d) == QDialog::Accepted) {
        m_session->recorded(d.recordedMessage());
        selectRow(m_view, JournalModel::Entry, QString::number(d.savedId()));
    }
}

void LedgerPage::applyFilter()
{
    if (m_filling)
        return;
    core::ledger::JournalFilter f;
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    f.account = m_account->currentData().toString();
    f.donor = m_donor->currentData().toString();
    f.project = m_project->currentData().toString();
    f.kind = m_kind->currentData().toString();
    m_model->setFilter(f);
    m_view->setColumnHidden(JournalModel::Balance, !m_model->showsBalance());
    updateTotals();
}

void LedgerPage::clearFilters()
{
    m_filling = true;
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    for (QComboBox *c : {m_account, m_donor, m_project, m_kind})
        c->setCurrentIndex(0);
    m_filling = false;
    applyFilter();
}

void LedgerPage::refresh()
{
    fillFilterLists();
    applyFilter();
}

QString LedgerPage::totalsText() const
{
    return m_totals->text();
}

void LedgerPage::updateTotals()
{
    const auto &s = m_model->summary();
    if (s.count == 0) {
        m_totals->setText(m_model->filter() == core::ledger::JournalFilter{}
                              ? tr("The journal is empty: entries appear here as pledges, "
                                   "receipts and allocations are recorded.")
                              : tr("No posting matches these filters."));
        m_reverse->setEnabled(false);
        return;
    }
    m_reverse->setEnabled(true);
    if (!m_model->totalsKnown()) {
        m_totals->setText(s.count == 1 ? tr("1 posting · totals being added up…")
                                       : tr("%1 postings · totals being added up…")
                                             .arg(QLocale().toString(s.count)));
        return;
    }
    QString text = s.count == 1 ? tr("1 posting · debits %1 · credits %2")
                                      .arg(usdText(s.debits), usdText(-s.credits))
                                : tr("%1 postings · debits %2 · credits %3")
                                      .arg(QLocale().toString(s.count), usdText(s.debits),
                                           usdText(-s.credits));
    if (m_model->showsBalance())
        text += tr(" · opening %1 · closing balance %2")
                    .arg(usdText(s.opening), usdText(m_model->closingBalance()));
    m_totals->setText(text);
}

void LedgerPage::reverseSelected()
{
    core::Database *db = m_session->database();
    const QModelIndex i = m_view->currentIndex();
    const auto *line = i.isValid() ? m_model->line(i.row()) : nullptr;
    if (!db || !line) {
        dialogs::error(this, tr("Reverse Entry"), tr("Select the entry to reverse first."));
        return;
    }
    const qint64 entryId = line->entryId;
    const QString kind = line->kind;
    if (kind.startsWith(u"pledge"_s)) {
        dialogs::error(this, tr("Reverse Entry"),
                       tr("Pledge entries are corrected from Donors & Funding: amend or cancel "
                          "the pledge."));
        return;
    }
    const QString reason = dialogs::requiredText(
        this, tr("Reverse Entry %1").arg(entryId),
        tr("Why is entry %1 (%2) reversed? The reason is kept with the reversal.")
            .arg(entryId)
            .arg(entryKindLabel(kind)));
    if (reason.isEmpty())
        return;
    if (!dialogs::confirm(this, tr("Reverse Entry %1").arg(entryId),
                          tr("Post a reversal of entry %1 dated %2? This cannot be undone: a "
                             "further correction needs a new entry.")
                              .arg(entryId)
                              .arg(formatDate(core::Clock::today())),
                          tr("&Reverse")))
        return;
    auto r = core::ledger::reverse(*db, entryId, reason, core::Clock::today());
    if (!r) {
        dialogs::error(this, tr("Reverse Entry"), errorText(r.error()));
        return;
    }
    m_session->recorded(tr("Entry %1 reversed by entry %2").arg(entryId).arg(*r));
    selectRow(m_view, JournalModel::Entry, QString::number(*r));
}

} // namespace imdp::ui
