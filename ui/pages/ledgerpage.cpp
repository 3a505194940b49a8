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

/// Fits the journal's columns to the viewport on every resize: the figures (debit, credit,
/// balance) and the entry and date keep their whole width; the words (type, account, donor,
/// project, partner) give up width, down to a minimum, before a figure is pushed off the right
/// edge (French at 1024 px cut the debits); the memo (the last) takes what is left, at least
/// `memoMinimum`, a narrow window scrolling to it.
class LedgerColumnFit final : public QObject
{
public:
    LedgerColumnFit(QTableView *view, QList<int> natural, QList<int> minimum, int memoMinimum)
        : QObject(view)
        , m_view(view)
        , m_natural(std::move(natural))
        , m_minimum(std::move(minimum))
        , m_memoMinimum(memoMinimum)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fit();
        return QObject::eventFilter(watched, event);
    }

    void fit()
    {
        QHeaderView *h = m_view->horizontalHeader();
        const int memo = h->count() - 1;
        const int available = m_view->viewport()->width();
        int natural = 0;
        int slack = 0;
        for (int c = 0; c < memo; ++c) {
            if (h->isSectionHidden(c))
                continue;
            natural += m_natural.value(c);
            slack += m_natural.value(c) - m_minimum.value(c);
        }
        // What the words must give up so that every figure is in view (never below minimum).
        const int excess = std::clamp(natural - available, 0, slack);
        int given = 0;
        int others = 0;
        for (int c = 0; c < memo; ++c) {
            const int room = m_natural.value(c) - m_minimum.value(c);
            int cut = slack > 0 ? int(qint64(excess) * room / slack) : 0;
            if (room > 0 && given + cut < excess && c == lastElastic(memo))
                cut = excess - given; // the rounding's remainder on the last word column
            given += cut;
            h->resizeSection(c, m_natural.value(c) - cut);
            if (!h->isSectionHidden(c))
                others += m_natural.value(c) - cut;
        }
        h->resizeSection(memo, std::max(m_memoMinimum, available - others));
    }

private:
    int lastElastic(int memo) const
    {
        int last = -1;
        for (int c = 0; c < memo; ++c) {
            if (m_natural.value(c) > m_minimum.value(c)
                && !m_view->horizontalHeader()->isSectionHidden(c))
                last = c;
        }
        return last;
    }

    QTableView *m_view;
    QList<int> m_natural;
    QList<int> m_minimum;
    int m_memoMinimum;
};

namespace {
/// An amount's spaces made non-breaking: a wrapped totals line never leaves "US" alone.
QString unbroken(const QString &amount)
{
    return QString(amount).replace(u' ', QChar(0x00a0));
}
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
    // The figures as wide as the largest amount or their header in this language, whichever
    // is wider ("Débit (USD)").
    const auto figure = [&](int column) {
        const QLocale locale;
        const QString largest =
            locale.toString(qint64(99'999'999)) + locale.decimalPoint() + u"99"_s;
        const QString header =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        return std::max(fm.horizontalAdvance(largest), fm.horizontalAdvance(header) + 8) + 16;
    };
    const QList<int> natural{fm.horizontalAdvance(u"9999999"_s) + 16,
                             fm.horizontalAdvance(u"2026-12-31"_s) + 24,
                             fm.horizontalAdvance(u"Receipt (reversed)"_s) + 16,
                             fm.horizontalAdvance(u"Cash held by the trustee"_s) + 8,
                             fm.horizontalAdvance(u"Kingdom of Sweden"_s) + 16,
                             fm.horizontalAdvance(u"IMDP-26-001"_s) + 12,
                             fm.horizontalAdvance(u"Partner"_s) + 16,
                             figure(int(JournalModel::Debit)),
                             figure(int(JournalModel::Credit)),
                             figure(int(JournalModel::Balance))};
    // The words' columns may narrow to about eight letters (their cells cut with "…"); the
    // entry, date and figures keep their width.
    const int word = 8 * fm.averageCharWidth() + 12;
    QList<int> minimum = natural;
    for (int c : {int(JournalModel::Kind), int(JournalModel::Account), int(JournalModel::Donor),
                  int(JournalModel::Project), int(JournalModel::Partner)})
        minimum[c] = std::min(natural.at(c), word);
    for (int c = 0; c < JournalModel::Memo; ++c)
        h->resizeSection(c, natural.at(c));
    // The memo takes what is left of a wide window, and never less than a readable width: a
    // narrow window scrolls to it rather than cutting it to a few letters.
    m_fit = new LedgerColumnFit(m_view, natural, minimum, 36 * fm.averageCharWidth());
    m_view->viewport()->installEventFilter(m_fit);
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
    m_fit->fit(); // the balance column came or went: the words' share changes
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
                                      .arg(unbroken(usdText(s.debits)),
                                           unbroken(usdText(-s.credits)))
                                : tr("%1 postings · debits %2 · credits %3")
                                      .arg(unbroken(QLocale().toString(s.count)),
                                           unbroken(usdText(s.debits)),
                                           unbroken(usdText(-s.credits)));
    if (m_model->showsBalance())
        text += tr(" · opening %1 · closing balance %2")
                    .arg(unbroken(usdText(s.opening)),
                         unbroken(usdText(m_model->closingBalance())));
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
