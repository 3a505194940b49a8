// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/duewidget.h"

#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/models/pipelinemodels.h"
#include "ui/pages/proposaleditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

DueWidget::DueWidget(FundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(makeReportModel(this, true))
{
    setObjectName(u"dueWidget"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"dueTitle"_s);
    layout->addWidget(m_title);
    m_view = new QTableView(this);
    m_view->setObjectName(u"dueReports"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_view);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        auto *editor = new ProposalEditor(m_session, m_model->rows().at(i.row()).proposal, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->open();
    });
    connect(session, &FundSession::changed, this, &DueWidget::refresh);
    refresh();
}

void DueWidget::refresh()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    auto due = core::pipeline::due(*db, false);
    if (!due) {
        m_title->setText(tr("<b>Reports due</b>: %1").arg(errorText(due.error()).toHtmlEscaped()));
        return;
    }
    QList<core::pipeline::PartnerReport> rows = *due;
    // Overdue first: they are what the secretariat chases today.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.overdue != b.overdue ? a.overdue : a.due < b.due;
    });
    const auto overdue = std::count_if(rows.cbegin(), rows.cend(),
                                       [](const auto &r) { return r.overdue; });
    m_title->setText(tr("<b>Reports due</b> · %1 overdue, %2 upcoming")
                         .arg(QLocale().toString(qint64(overdue)),
                              QLocale().toString(qint64(rows.size() - overdue))));
    m_model->setRows(rows);
}

} // namespace imdp::ui
