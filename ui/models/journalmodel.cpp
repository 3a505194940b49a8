// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/models/journalmodel.h"

#include "core/storage/database.h"

#include "ui/labels.h"
#include "ui/models/models.h"

#include <QLocale>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

JournalModel::JournalModel(core::Database *db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void JournalModel::setFilter(const core::ledger::JournalFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    // Any worker still summing an older filter is now moot, including when this filter's
    // totals are read here and no worker is started (an account filter).
    ++m_generation;
    m_pages.clear();
    m_summary = {};
    m_error.clear();
    m_totalsKnown = false;
    if (m_db) {
        if (showsBalance()) {
            // The running balance starts from the opening balance: read the summary now.
            auto s = core::ledger::journalSummary(*m_db, m_filter);
            if (s) {
                m_summary = *s;
                m_totalsKnown = true;
            } else {
                m_error = errorText(s.error());
            }
        } else {
            // Only the count sizes the view; the sums follow once the first screen is shown.
            auto n = core::ledger::journalCount(*m_db, m_filter);
            if (n)
                m_summary.count = *n;
            else
                m_error = errorText(n.error());
        }
    }
    endResetModel();
    if (!m_error.isEmpty()) {
        Q_EMIT failed(m_error);
        return;
    }
    if (m_totalsKnown) {
        Q_EMIT totalsChanged();
        return;
    }
    // The sums scan every filtered posting (a million on a large fund): a worker thread reads
    // them on its own read-only connection while the page shows and scrolls, and the totals
    // line follows when they are in. A newer filter makes an older result moot.
    const quint64 generation = m_generation;
    auto result = std::make_shared<core::Result<core::ledger::JournalSummary>>(
        core::Error::io(tr("the totals could not be read")));
    auto *worker = QThread::create([path = m_db->path(), filter = m_filter, result] {
        // The session's connection checked the file when it opened: no second whole-file scan.
        auto db = core::Database::openReader(path);
        *result = db ? core::ledger::journalSummary(**db, filter)
                     : core::Result<core::ledger::JournalSummary>(db.error());
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker, generation, result] {
        m_workers.removeAll(worker);
        if (generation != m_generation)
            return; // a newer filter replaced this one
        if (!*result) {
            m_error = errorText(result->error());
            Q_EMIT failed(m_error);
            return;
        }
        m_summary.debits = (*result)->debits;
        m_summary.credits = (*result)->credits;
        m_summary.opening = (*result)->opening;
        m_totalsKnown = true;
        Q_EMIT totalsChanged();
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

JournalModel::~JournalModel()
{
    // A worker still summing holds its own connection: let it end before the model goes.
    for (QThread *worker : std::as_const(m_workers))
        worker->wait();
}

qint64 JournalModel::closingBalance() const
{
    return m_summary.opening + m_summary.debits + m_summary.credits;
}

const JournalModel::Page *JournalModel::page(int index) const
{
    if (auto it = m_pages.find(index); it != m_pages.end()) {
        it->used = ++m_clock;
        return &*it;
    }
    if (!m_db)
        return nullptr;
    // Walk on from the page before when it is known (keyset: as cheap at row 900,000 as at row
    // 0); otherwise jump with an offset and ask the database for the balance before the jump.
    const auto prev = m_pages.constFind(index - 1);
    const bool keyset = index > 0 && prev != m_pages.cend() && !prev->lines.isEmpty();
    auto lines = core::ledger::journalPage(*m_db, m_filter,
                                           keyset ? prev->lines.last().postingId : 0,
                                           keyset ? 0 : qint64(index) * PageSize, PageSize);
    ++m_reads;
    if (!lines) {
        m_error = errorText(lines.error());
        return nullptr;
    }
    Page p;
    p.lines = std::move(lines).value();
    qint64 running = m_summary.opening;
    if (keyset) {
        running = prev->balances.last();
    } else if (index > 0 && showsBalance() && !p.lines.isEmpty()) {
        auto before = core::ledger::journalSumBefore(*m_db, m_filter, p.lines.first().postingId);
        if (!before) {
            m_error = errorText(before.error());
            return nullptr;
        }
        running += *before;
    }
    p.balances.reserve(p.lines.size());
    for (const auto &l : std::as_const(p.lines)) {
        running += l.usdMinor;
        p.balances.append(running);
    }
    p.used = ++m_clock;
    if (m_pages.size() >= MaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->used < oldest->used)
                oldest = it;
        m_pages.erase(oldest);
    }
    return &*m_pages.insert(index, std::move(p));
}

const core::ledger::JournalLine *JournalModel::line(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const Page *p = page(row / PageSize);
    const int i = row % PageSize;
    return p && i < p->lines.size() ? &p->lines.at(i) : nullptr;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_summary.count, INT_MAX));
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column c = Column(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool number = c == Entry || c == Debit || c == Credit || c == Balance;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != EntryIdRole
        && role != AmountRole)
        return {};
    const Page *p = page(index.row() / PageSize);
    const int i = index.row() % PageSize;
    if (!p || i >= p->lines.size())
        return {};
    const core::ledger::JournalLine &l = p->lines.at(i);
    if (role == EntryIdRole)
        return l.entryId;
    if (role == AmountRole)
        return l.usdMinor;
    if (role == Qt::ToolTipRole) {
        if (l.reversedByEntryId)
            return tr("Reversed by entry %1").arg(l.reversedByEntryId);
        if (l.reversesEntryId)
            return tr("Reverses entry %1: %2").arg(l.reversesEntryId).arg(l.reason);
        return l.memo;
    }
    switch (c) {
    case Entry:
        return QString::number(l.entryId);
    case Date:
        return formatDate(l.date);
    case Kind:
        return l.reversedByEntryId ? tr("%1 (reversed)").arg(entryKindLabel(l.kind))
                                   : entryKindLabel(l.kind);
    case Account:
        return accountLabel(l.account);
    case Donor:
        return l.donor;
    case Project:
        return l.project;
    case Partner:
        return l.partner;
    case Debit:
        return l.usdMinor > 0 ? formatAmount(l.usdMinor, u"USD"_s) : QString();
    case Credit:
        return l.usdMinor < 0 ? formatAmount(-l.usdMinor, u"USD"_s) : QString();
    case Balance:
        return showsBalance() ? formatAmount(p->balances.at(i), u"USD"_s) : QString();
    case Memo:
        return l.reversesEntryId ? tr("%1 — %2").arg(l.memo, l.reason) : l.memo;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == Entry || section == Debit || section == Credit
                            || section == Balance;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter
                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Entry:
        return tr("Entry");
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Account:
        return tr("Account");
    case Donor:
        return tr("Donor");
    case Project:
        return tr("Project");
    case Partner:
        return tr("Partner");
    case Debit:
        return tr("Debit (USD)");
    case Credit:
        return tr("Credit (USD)");
    case Balance:
        return tr("Balance (USD)");
    case Memo:
        return tr("Memo");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace imdp::ui
