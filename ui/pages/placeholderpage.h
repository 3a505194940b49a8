// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace imdp::ui {

/// A page whose capability has not landed: says plainly what it will hold.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)
public:
    PlaceholderPage(const QString &title, const QString &willHold, QWidget *parent = nullptr);
};

/// A page with a heading, a note, a search box and a sortable table over an item model.
class ListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPage)
public:
    /// `stretchColumn` takes the width left over (titles, names); the others fit their contents.
    ListPage(const QString &title, const QString &note, QAbstractItemModel *model,
             int stretchColumn, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *search() const { return m_search; }

private:
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
};

} // namespace imdp::ui
