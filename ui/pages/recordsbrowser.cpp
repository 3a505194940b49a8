// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/recordsbrowser.h"

#include "core/clock.h"
#include "core/review/review.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/models/models.h"
#include "ui/models/pipelinemodels.h"

#include <algorithm>

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {

QTableView *recordView(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

} // namespace

RecordsBrowser::RecordsBrowser(FundSession *session, const QString &code, QTabWidget *tabs,
                               QWidget *dialogs)
    : QObject(dialogs)
    , m_session(session)
    , m_code(code)
    , m_dialogs(dialogs)
{
    const bool isNew = m_code.isEmpty();
    // Reviews
    // Reviews, read-only: the assignments and their scores, and the numbers core aggregation
    // gives the round summary and the dossier.
    auto *reviewPage = new QWidget(tabs);
    auto *rl = new QVBoxLayout(reviewPage);
    m_reviewSummary = new QLabel(reviewPage);
    m_reviewSummary->setObjectName(u"reviewSummary"_s);
    m_reviewSummary->setWordWrap(true);
    m_reviewSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rl->addWidget(m_reviewSummary);
    m_reviewTable = new QTableWidget(reviewPage);
    m_reviewTable->setObjectName(u"reviews"_s);
    m_reviewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviewTable->verticalHeader()->hide();
    m_reviewTable->setWordWrap(true);
    rl->addWidget(m_reviewTable, 1);
    tabs->addTab(reviewPage, tr("Re&views"));
    // Decision
    m_decision = new QLabel(tabs);
    m_decision->setObjectName(u"decision"_s);
    m_decision->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_decision->setWordWrap(true);
    m_decision->setMargin(8);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tabs->addTab(m_decision, tr("&Decision"));
    // Terms of reference
    m_terms = new QLabel(tabs);
    m_terms->setObjectName(u"terms"_s);
    m_terms->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_terms->setWordWrap(true);
    m_terms->setMargin(8);
    m_terms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tabs->addTab(m_terms, tr("Terms of re&ference"));
    // Tranches, with their release.
    auto *tranchePage = new QWidget(tabs);
    auto *tv = new QVBoxLayout(tranchePage);
    m_tranches = makeTrancheModel(this);
    m_trancheView = recordView(m_tranches, tranchePage, u"tranches"_s);
    tv->addWidget(m_trancheView, 1);
    auto *release = new QPushButton(tr("Re&lease Selected Tranche…"), tranchePage);
    release->setObjectName(u"releaseTranche"_s);
    release->setToolTip(tr("Posts the transfer to the partner in the ledger at once; "
                           "it is not undone by Undo."));
    release->setEnabled(!isNew && !m_session->database()->isReadOnly());
    connect(release, &QPushButton::clicked, this, &RecordsBrowser::releaseSelectedTranche);
    tv->addWidget(release, 0, Qt::AlignLeft);
    tabs->addTab(tranchePage, tr("Tra&nches"));
    // Reports, with their receipt.
    auto *reportPage = new QWidget(tabs);
    auto *rv = new QVBoxLayout(reportPage);
    m_reports = makeReportModel(this, false);
    m_reportView = recordView(m_reports, reportPage, u"reports"_s);
    rv->addWidget(m_reportView, 1);
    auto *receive = new QPushButton(tr("Mark Selected Report &Received…"), reportPage);
    receive->setObjectName(u"receiveReport"_s);
    receive->setToolTip(tr("Records the receipt at once; it is not undone by Undo."));
    receive->setEnabled(!isNew && !m_session->database()->isReadOnly());
    connect(receive, &QPushButton::clicked, this, &RecordsBrowser::receiveSelectedReport);
    rv->addWidget(receive, 0, Qt::AlignLeft);
    tabs->addTab(reportPage, tr("Re&ports"));
    // History
    m_history = makeMoveModel(this);
    m_historyView = recordView(m_history, tabs, u"history"_s);
    tabs->addTab(m_historyView, tr("&History"));
    for (int i = 2; i < tabs->count(); ++i)
        tabs->setTabEnabled(i, !isNew);
}

void RecordsBrowser::load()
{
    if (m_code.isEmpty())
        return;
    namespace pl = core::pipeline;
    core::Database &db = *m_session->database();
    const QLocale locale;
    loadReviews();
    if (auto t = pl::tranches(db, m_code))
        m_tranches->setRows(*t);
    if (auto r = pl::reports(db, m_code))
        m_reports->setRows(*r);
    if (auto h = pl::history(db, m_code))
        m_history->setRows(*h);
    QString decision = tr("The Committee has not decided on this proposal.");
    if (auto d = pl::latestDecision(db, m_code); d && d->has_value()) {
        const pl::Decision &x = **d;
        decision = tr("<p><b>%1</b> on %2</p><p>Allocation: %3 USD</p>")
                       .arg(stateLabel(x.decision).toHtmlEscaped(),
                            locale.toString(x.date, QLocale::LongFormat),
                            formatAmount(x.amountUsdMinor, u"USD"_s));
        if (!x.conditions.isEmpty())
            decision += tr("<p>Conditions: %1</p>").arg(x.conditions.toHtmlEscaped());
    }
    m_decision->setText(decision);
    QString terms = tr("No terms of reference yet.");
    if (auto t = pl::termsOfReference(db, m_code); t && t->has_value()) {
        const pl::TermsOfReference &x = **t;
        terms = tr("<p><b>Partner:</b> %1<br><b>From</b> %2 <b>to</b> %3<br><b>Budget:</b> %4 "
                   "USD</p><p><b>Objectives</b><br>%5</p><p><b>Tasks</b><br>%6</p>"
                   "<p><b>Expected results</b><br>%7</p>")
                    .arg(x.partner.toHtmlEscaped(), formatDate(x.start), formatDate(x.end),
                         formatAmount(x.budgetUsdMinor, u"USD"_s), x.objectives.toHtmlEscaped(),
                         x.tasks.toHtmlEscaped(), x.expectedResults.toHtmlEscaped());
    }
    m_terms->setText(terms);
}

void RecordsBrowser::loadReviews()
{
    namespace rv = core::review;
    core::Database &db = *m_session->database();
    const auto fail = [this](const core::Error &e) {
        m_reviewSummary->setText(errorText(e));
        m_reviewTable->setRowCount(0);
    };
    const auto score = rv::proposalScore(db, m_code);
    if (!score)
        return fail(score.error());
    const auto rubric = rv::rubric(db, score->call);
    if (!rubric)
        return fail(rubric.error());
    const auto assigned = rv::assignments(db);
    if (!assigned)
        return fail(assigned.error());
    const auto reviews = rv::reviews(db, m_code);
    if (!reviews)
        return fail(reviews.error());
    if (score->assigned == 0) {
        m_reviewSummary->setText(tr("No reviewer is assigned to this proposal."));
    } else {
        QString text = tr("%1 of %2 reviews completed (call %3).")
                           .arg(score->completed)
                           .arg(score->assigned)
                           .arg(score->call);
        if (score->completed > 0)
            text += u" "_s + tr("Weighted mean: %1; spread between reviewers: %2.")
                                 .arg(formatHundredths(score->meanHundredths),
                                      formatHundredths(score->spreadHundredths));
        if (score->spreadFlagged)
            text += u" "_s + tr("The spread is above the fund's threshold: the reviewers "
                                "disagree.");
        if (score->conflicts > 0)
            text += u" "_s + tr("%1 assignment(s) blocked by a conflict of interest.")
                                  .arg(score->conflicts);
        m_reviewSummary->setText(text);
    }

    // One column per assigned reviewer, one row per criterion: a rubric has more criteria than
    // a proposal has reviewers, and the scores of a criterion read across.
    QList<rv::Assignment> mine;
    for (const rv::Assignment &a : *assigned) {
        if (a.proposal == m_code)
            mine.append(a);
    }
    QStringList headers{tr("Criterion"), tr("Weight")};
    for (const rv::Assignment &a : mine)
        headers << tr("%1 (%2)").arg(a.reviewer, reviewRoleLabel(a.role));
    m_reviewTable->clear();
    m_reviewTable->setColumnCount(int(headers.size()));
    m_reviewTable->setHorizontalHeaderLabels(headers);
    const int n = int(rubric->size());
    m_reviewTable->setRowCount(n + 4); // status, criteria, weighted mean, recommendation, comments
    const auto cell = [this](int row, int col, const QString &text, const QString &tip = {},
                             bool number = false) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(tip);
        item->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        m_reviewTable->setItem(row, col, item);
    };
    cell(0, 0, tr("Status"));
    for (int i = 0; i < n; ++i) {
        cell(i + 1, 0, rubric->at(i).label, rubric->at(i).code);
        cell(i + 1, 1, QString::number(rubric->at(i).weight), {}, true);
    }
    cell(n + 1, 0, tr("Weighted mean"));
    cell(n + 2, 0, tr("Recommendation"));
    cell(n + 3, 0, tr("Comments"));
    for (int j = 0; j < mine.size(); ++j) {
        const rv::Assignment &a = mine.at(j);
        const int col = j + 2;
        m_reviewTable->horizontalHeaderItem(col)->setToolTip(a.organisation);
        cell(0, col, assignmentStatusLabel(a, *reviews), conflictOfInterestLabel(a));
        const auto r = std::find_if(reviews->cbegin(), reviews->cend(),
                                    [&a](const rv::Review &x) { return x.reviewer == a.reviewer; });
        if (r == reviews->cend())
            continue;
        for (int i = 0; i < n; ++i) {
            const QString &code = rubric->at(i).code;
            const auto s = std::find_if(r->scores.cbegin(), r->scores.cend(),
                                        [&code](const rv::Score &x) { return x.criterion == code; });
            if (s != r->scores.cend())
                cell(i + 1, col, QString::number(s->score), s->comment, true);
        }
        if (!r->scores.isEmpty() || r->overall)
            cell(n + 1, col, formatHundredths(rv::reviewMeanHundredths(*r, *rubric)),
                 r->overall ? tr("A single overall score, given without the rubric") : QString(),
                 true);
        if (!r->recommendation.isEmpty())
            cell(n + 2, col, recommendationLabel(r->recommendation));
        cell(n + 3, col, r->comment, r->comment);
    }
    m_reviewTable->resizeColumnsToContents();
    for (int col = 2; col < m_reviewTable->columnCount(); ++col)
        m_reviewTable->setColumnWidth(col, std::clamp(m_reviewTable->columnWidth(col), 110, 320));
    m_reviewTable->resizeRowsToContents();
}

bool RecordsBrowser::releaseSelectedTranche()
{
    const QModelIndex i = m_trancheView->currentIndex();
    if (!i.isValid())
        return false;
    const core::pipeline::Tranche t = m_tranches->rows().at(i.row());
    const auto reference = dialogs::askText(
        m_dialogs, tr("Release tranche %1").arg(t.seq),
        tr("Payment reference for the transfer of %1 USD:")
            .arg(formatAmount(t.amountUsdMinor, u"USD"_s)));
    if (!reference)
        return false;
    const core::Status s = core::pipeline::releaseTranche(*m_session->database(), m_code, t.seq,
                                                          core::Clock::today(), *reference);
    if (!s) {
        dialogs::error(m_dialogs, tr("Release refused"), errorText(s.error()));
        return false;
    }
    m_session->recorded(tr("Tranche %1 of %2 released: %3 USD")
                            .arg(t.seq)
                            .arg(m_code, formatAmount(t.amountUsdMinor, u"USD"_s)));
    load();
    return true;
}

bool RecordsBrowser::receiveSelectedReport()
{
    const QModelIndex i = m_reportView->currentIndex();
    if (!i.isValid())
        return false;
    const core::pipeline::PartnerReport r = m_reports->rows().at(i.row());
    const auto note = dialogs::askText(
        m_dialogs, tr("Report received"),
        tr("Note on the %1 due %2:").arg(reportKindLabel(r.kind), formatDate(r.due)));
    if (!note)
        return false;
    const core::Status s = core::pipeline::receiveReport(
        *m_session->database(), m_code, QString::number(r.id), core::Clock::today(), *note);
    if (!s) {
        dialogs::error(m_dialogs, tr("Receipt refused"), errorText(s.error()));
        return false;
    }
    m_session->recorded(tr("%1 of %2 received").arg(reportKindLabel(r.kind), m_code));
    load();
    return true;
}

} // namespace imdp::ui
