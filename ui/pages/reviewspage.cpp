// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/reviewspage.h"

#include "core/review/package.h"
#include "core/review/review.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/models/models.h"
#include "ui/review/reviewdialogs.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace rv = core::review;

namespace {
QTableWidget *makeTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    // Sized by the header itself: resizeColumnsToContents() after a refresh shrank the last
    // column to its text and left the rest of the header unpainted until the next resize.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c)); // whole where a narrow column cuts it
        t->setItem(row, c, item);
    }
}
} // namespace

ReviewsPage::ReviewsPage(FundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"reviewsPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Reviews")), this);
    layout->addWidget(title);
    auto *intro = new QLabel(
        tr("Assign reviewers to proposals and record their conflicts of interest. Reviewers "
           "score offline in a review package holding only their assignments: export a package "
           "for a reviewer, and import it when it comes back."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Reviewer:"), this));
    m_reviewer = new QComboBox(this);
    m_reviewer->setObjectName(u"reviewerCombo"_s);
    m_reviewer->setMinimumWidth(200);
    actions->addWidget(m_reviewer);
    auto *exportButton = new QPushButton(tr("Export Package…"), this);
    exportButton->setObjectName(u"exportPackage"_s);
    auto *importButton = new QPushButton(tr("Import Package…"), this);
    importButton->setObjectName(u"importPackage"_s);
    connect(exportButton, &QPushButton::clicked, this, &ReviewsPage::exportPackage);
    connect(importButton, &QPushButton::clicked, this, &ReviewsPage::importPackage);
    actions->addWidget(exportButton);
    actions->addWidget(importButton);
    m_writers << exportButton << importButton;
    actions->addStretch(1);
    layout->addLayout(actions);

    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Assignments")), this));
    assignRow->addStretch(1);
    const auto button = [this, assignRow](const QString &name, const QString &text,
                                          void (ReviewsPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        assignRow->addWidget(b);
        m_writers.append(b);
    };
    button(u"assignReviewer"_s, tr("Assign Reviewer…"), &ReviewsPage::assignReviewer);
    button(u"declareConflict"_s, tr("Declare Conflict…"), &ReviewsPage::declareConflict);
    button(u"editRubric"_s, tr("Edit Rubric…"), &ReviewsPage::editRubric);
    layout->addLayout(assignRow);
    m_assignments = makeTable(u"assignments"_s,
                              {tr("Proposal"), tr("Reviewer"), tr("Role"), tr("Organisation"),
                               tr("Status"), tr("Conflict of interest")},
                              this);
    layout->addWidget(m_assignments, 2);

    auto *lower = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Progress per reviewer")), this));
    m_progress = makeTable(u"progress"_s, {tr("Reviewer"), tr("Completed"), tr("Conflicts")},
                           this);
    left->addWidget(m_progress);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Round summary")), this));
    m_scores = makeTable(u"scores"_s,
                         {tr("Proposal"), tr("Reviews"), tr("Weighted mean"), tr("Spread")},
                         this);
    // Within its half of the page, never sideways: the figures' columns as wide as their
    // header or figures, the spread (flagged ones are longer) takes the rest, cut with "…"
    // and whole in its tooltip.
    m_scores->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scores->setTextElideMode(Qt::ElideRight);
    m_scores->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    right->addWidget(m_scores);
    // The summary's four columns need more room than the progress's three.
    lower->addLayout(left, 2);
    lower->addLayout(right, 3);
    layout->addLayout(lower, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_assignments->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_assignments, &QTableWidget::cellDoubleClicked, this, &ReviewsPage::assignReviewer);
    connect(m_session, &FundSession::changed, this, &ReviewsPage::refresh);
    refresh();
}

void ReviewsPage::refresh()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    for (QWidget *w : std::as_const(m_writers))
        w->setEnabled(!db->isReadOnly());
    auto list = rv::assignments(*db);
    auto round = rv::summary(*db);
    if (!list || !round) {
        m_status->setText(!list ? errorText(list.error()) : errorText(round.error()));
        return;
    }
    const auto current = selected();
    m_rows = *list;
    m_assignments->setRowCount(int(list->size()));
    const QString chosen = m_reviewer->currentText();
    QStringList reviewers;
    for (int i = 0; i < list->size(); ++i) {
        const rv::Assignment &a = list->at(i);
        const auto rs = rv::reviews(*db, a.proposal);
        setRow(m_assignments, i,
               {a.proposal, a.reviewer, reviewRoleLabel(a.role), a.organisation,
                assignmentStatusLabel(a, rs ? *rs : QList<rv::Review>()),
                conflictOfInterestLabel(a)});
        if (!reviewers.contains(a.reviewer))
            reviewers.append(a.reviewer);
    }
    if (current)
        selectAssignment(current->proposal, current->reviewer);
    reviewers.sort();
    m_reviewer->clear();
    m_reviewer->addItems(reviewers);
    m_reviewer->setCurrentIndex(std::max(0, int(reviewers.indexOf(chosen))));

    m_progress->setRowCount(int(round->reviewers.size()));
    for (int i = 0; i < round->reviewers.size(); ++i) {
        const rv::ReviewerProgress &r = round->reviewers.at(i);
        setRow(m_progress, i,
               {r.reviewer, tr("%1 of %2").arg(r.completed).arg(r.assigned),
                QString::number(r.conflicts)});
    }
    m_scores->setRowCount(int(round->proposals.size()));
    for (int i = 0; i < round->proposals.size(); ++i) {
        const rv::ProposalScore &p = round->proposals.at(i);
        setRow(m_scores, i,
               {p.proposal, tr("%1 of %2").arg(p.completed).arg(p.assigned),
                p.completed ? formatHundredths(p.meanHundredths) : tr("–"),
                p.spreadFlagged ? tr("%1 (above %2)")
                                      .arg(formatHundredths(p.spreadHundredths),
                                           formatHundredths(round->thresholdHundredths))
                                : formatHundredths(p.spreadHundredths)});
    }
}

void ReviewsPage::exportPackage()
{
    core::Database *db = m_session->database();
    const QString reviewer = m_reviewer->currentText();
    if (!db || reviewer.isEmpty())
        return;
    const dialogs::OutputChoice out =
        dialogs::saveOutputFileName(this, tr("Export Review Package"),
                                    tr("Review packages (*.imdpreview)"), rv::packageSuffix());
    if (out.path.isEmpty())
        return;
    const QString path = out.path;
    auto s = rv::exportPackage(*db, reviewer, path, out.replace);
    if (!s) {
        dialogs::error(this, tr("Export Review Package"), errorText(s.error()));
        return;
    }
    const QString said = tr("Exported %1 proposal(s) for %2 to %3.")
                             .arg(s->proposals)
                             .arg(reviewer, QFileInfo(path).fileName());
    m_status->setText(said);
    m_session->notifyChanged(); // assignments now show as sent
    m_session->wrote(path);
}

void ReviewsPage::importPackage()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    const QString path = dialogs::openFileName(this, tr("Import Review Package"),
                                               tr("Review packages (*.imdpreview)"));
    if (path.isEmpty())
        return;
    auto preview = rv::previewImport(*db, path);
    if (!preview) {
        dialogs::error(this, tr("Import Review Package"), errorText(preview.error()));
        return;
    }
    if (preview->conflicts().isEmpty()
        && preview->count(u"new"_s) + preview->count(u"update"_s) == 0) {
        m_status->setText(tr("Nothing new: the fund already holds this package's reviews."));
        return;
    }
    PackageImportDialog d(*db, path, *preview, this);
    if (dialogs::exec(&d) != QDialog::Accepted) {
        m_status->setText(tr("Import cancelled: nothing was written."));
        return;
    }
    const int replaced = d.result().count(u"replace"_s);
    const QString said = replaced == 0 ? tr("Imported the reviews of %1.").arg(d.result().reviewer)
                                       : tr("Imported the reviews of %1, replacing %2 recorded "
                                            "review(s) with the package's.")
                                             .arg(d.result().reviewer)
                                             .arg(replaced);
    m_status->setText(said);
    m_session->recorded(said);
    // The reviewer's first assignment, selected and in view.
    for (const rv::Assignment &a : std::as_const(m_rows)) {
        if (a.reviewer == d.result().reviewer) {
            selectAssignment(a.proposal, a.reviewer);
            break;
        }
    }
}

std::optional<rv::Assignment> ReviewsPage::selected() const
{
    const int row = m_assignments->currentRow();
    if (row < 0 || row >= m_rows.size() || m_assignments->selectedItems().isEmpty())
        return std::nullopt;
    return m_rows.at(row);
}

bool ReviewsPage::selectAssignment(const QString &code, const QString &reviewer)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).proposal == code && m_rows.at(i).reviewer == reviewer) {
            m_assignments->selectRow(i);
            m_assignments->scrollToItem(m_assignments->item(i, 0),
                                        QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

void ReviewsPage::assignReviewer()
{
    core::Database *db = m_session->database();
    if (!db || db->isReadOnly())
        return;
    AssignDialog d(*db, selected().value_or(rv::Assignment{}), this);
    if (dialogs::exec(&d) != QDialog::Accepted)
        return;
    const QString said = d.recordedMessage();
    m_status->setText(said);
    m_session->recorded(said);
    selectAssignment(d.recordedDonor(), d.recordedReference());
}

void ReviewsPage::declareConflict()
{
    core::Database *db = m_session->database();
    if (!db || db->isReadOnly())
        return;
    const auto a = selected();
    if (!a) {
        dialogs::error(this, tr("Declare Conflict of Interest"),
                       tr("Select the assignment the declaration is about."));
        return;
    }
    DeclareDialog d(*db, *a, this);
    if (dialogs::exec(&d) != QDialog::Accepted)
        return;
    const QString said = tr("Declaration of %1 on %2 recorded.").arg(a->reviewer, a->proposal);
    m_status->setText(said);
    m_session->recorded(said);
}

void ReviewsPage::editRubric()
{
    core::Database *db = m_session->database();
    if (!db || db->isReadOnly())
        return;
    const auto a = selected();
    RubricDialog d(*db, a ? a->call : rv::defaultCall(), this);
    if (dialogs::exec(&d) != QDialog::Accepted)
        return;
    const QString said = tr("Rubric saved.");
    m_status->setText(said);
    m_session->recorded(said);
}

} // namespace imdp::ui
