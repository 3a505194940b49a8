// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "ui/models/models.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QGridLayout;
class QTableView;
class QPushButton;

namespace imdp::ui {

class CapGauge;
class FundSession;

/// The first page: the fund's name, what the file holds, the pipeline by state and what comes next.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    explicit DashboardPage(FundSession *session, QWidget *parent = nullptr);

    void refresh();
    TableModel<StateCount> *pipelineModel() const { return m_pipeline; }
    /// The states holding a proposal, two to a row, as the page shows them.
    TableModel<StatePair> *pipelinePairModel() const { return m_pipelinePairs; }
    /// The cap gauges, plan, pledged and received.
    QList<CapGauge *> gauges() const { return m_gauges; }
    void showCapPanel();

private:
    QLabel *tile(QGridLayout *grid, const QString &key, const QString &caption, int column,
                 qreal scale = 2.0);
    void refreshMoney();
    /// A hidden label saying, in red, why a part of the page could not be read.
    QLabel *errorLabel(const QString &name);

    FundSession *m_session;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_nextMeeting = nullptr;
    QLabel *m_fingerprint = nullptr;
    QGridLayout *m_tiles = nullptr;
    QHash<QString, QLabel *> m_tileValues;
    QHash<QString, QLabel *> m_moneyValues;
    QLabel *m_arrears = nullptr;
    QList<CapGauge *> m_gauges;
    QLabel *m_capError = nullptr;
    QTableView *m_pipelineTable = nullptr;
    QLabel *m_pipelineError = nullptr;
    TableModel<StateCount> *m_pipeline = nullptr;
    TableModel<StatePair> *m_pipelinePairs = nullptr; ///< what the page shows of m_pipeline
};

} // namespace imdp::ui
