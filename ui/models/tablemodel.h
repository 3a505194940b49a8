// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QFont>
#include <QList>

#include <functional>

namespace imdp::ui {

/// One column of a TableModel: a translated title, the text shown, and the value sorting uses
/// (amounts sort by their integer minor units, not by their formatted text).
template<typename Row>
struct Column
{
    std::function<QString()> title;
    std::function<QString(const Row &)> display;
    std::function<QVariant(const Row &)> sortKey = {};
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    std::function<QString(const Row &)> toolTip = {}; ///< defaults to the displayed text
};

/// A read-only table over a list of core values. Pages load rows from core queries and call
/// `setRows`; a QSortFilterProxyModel on top does sorting (on SortRole) and filtering.
template<typename Row>
class TableModel : public QAbstractTableModel
{
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    TableModel(QList<Column<Row>> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    {
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }

    /// Rows that need the officer's attention (instalments in arrears, a breached cap) are shown
    /// in bold red, so they stand out in any column.
    void setAlert(std::function<bool(const Row &)> alert) { m_alert = std::move(alert); }
    bool isAlert(int row) const
    {
        return m_alert && row >= 0 && row < m_rows.size() && m_alert(m_rows.at(row));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Column<Row> &c = m_columns.at(index.column());
        const Row &r = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return c.display(r);
        case Qt::ToolTipRole:
            return c.toolTip ? c.toolTip(r) : c.display(r);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(c.alignment);
        case SortRole:
            return c.sortKey ? c.sortKey(r) : QVariant(c.display(r));
        case Qt::ForegroundRole:
            return m_alert && m_alert(r) ? QVariant(QColor(0xb0, 0x1c, 0x1c)) : QVariant();
        case Qt::FontRole:
            if (m_alert && m_alert(r)) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return QAbstractTableModel::headerData(section, o, role);
        if (role == Qt::DisplayRole)
            return m_columns.at(section).title();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(m_columns.at(section).alignment);
        return {};
    }

private:
    QList<Column<Row>> m_columns;
    QList<Row> m_rows;
    std::function<bool(const Row &)> m_alert;
};

} // namespace imdp::ui
