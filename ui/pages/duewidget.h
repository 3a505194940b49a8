// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/pipeline/records.h"
#include "ui/models/tablemodel.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace imdp::ui {

class FundSession;

/// The dashboard's list of reports and obligations still owed, overdue first, then by due date.
/// Double-click or Enter opens the proposal in the editor.
class DueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DueWidget)
public:
    explicit DueWidget(FundSession *session, QWidget *parent = nullptr);

    TableModel<core::pipeline::PartnerReport> *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void refresh();

private:
    FundSession *m_session;
    TableModel<core::pipeline::PartnerReport> *m_model;
    QLabel *m_title;
    QTableView *m_view;
};

} // namespace imdp::ui
