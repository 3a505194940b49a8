// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/ledger/journalquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QThread;

namespace imdp::core {
class Database;
}

namespace imdp::ui {

/// The journal as a window over a million postings: the row count and totals come from one
/// summary query, rows are read a page at a time when the view asks for them (keyset paging when
/// the previous page is known, an offset for a jump), and only recently shown pages are kept.
/// With an account filter, each row carries the account's running balance.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)
public:
    enum Column { Entry, Date, Kind, Account, Donor, Project, Partner, Debit, Credit, Balance,
                  Memo, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 64; ///< pages kept in memory at most
    static constexpr int EntryIdRole = Qt::UserRole + 1;
    static constexpr int AmountRole = Qt::UserRole + 2; ///< USD cents, debit positive

    explicit JournalModel(core::Database *db, QObject *parent = nullptr);
    ~JournalModel() override;

    /// Applies a filter (or re-reads after a write): one summary query, no rows yet.
    void setFilter(const core::ledger::JournalFilter &filter);
    void reload() { setFilter(m_filter); }
    const core::ledger::JournalFilter &filter() const { return m_filter; }
    const core::ledger::JournalSummary &summary() const { return m_summary; }
    /// Whether the debit and credit totals are in: without an account filter they are summed by a
    /// worker thread on its own read-only connection and arrive later (totalsChanged), so the page
    /// shows and scrolls before, and without, a full scan on the GUI thread.
    bool totalsKnown() const { return m_totalsKnown; }
    /// True while a worker thread is still adding up totals (of this filter or an older one).
    bool summing() const { return !m_workers.isEmpty(); }
    bool showsBalance() const { return !m_filter.account.isEmpty(); }
    /// The closing balance of the filtered account: opening + every filtered posting.
    qint64 closingBalance() const;
    /// The posting on a row (reading its page if needed); null when out of range or unreadable.
    const core::ledger::JournalLine *line(int row) const;
    QString lastError() const { return m_error; }

    int cachedPages() const { return int(m_pages.size()); }
    int pageReads() const { return m_reads; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void failed(const QString &message);
    void totalsChanged();

private:
    struct Page
    {
        QList<core::ledger::JournalLine> lines;
        QList<qint64> balances; ///< running balance after each line
        quint64 used = 0;
    };
    const Page *page(int index) const;

    core::Database *m_db;
    core::ledger::JournalFilter m_filter;
    core::ledger::JournalSummary m_summary;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_clock = 0;
    mutable int m_reads = 0;
    mutable QString m_error;
    bool m_totalsKnown = false;
    quint64 m_generation = 0;
    QList<QThread *> m_workers; ///< totals still being summed
};

} // namespace imdp::ui
