// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/review/reviewdialogs.h"

#include "core/fund/fund.h"
#include "core/pipeline/proposals.h"
#include "ui/labels.h"
#include "ui/orgs/organisationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace rv = core::review;

namespace {

QComboBox *editableCombo(QWidget *parent, const QString &name, const QStringList &items)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->setEditable(true);
    c->setInsertPolicy(QComboBox::NoInsert);
    c->addItems(items);
    return c;
}

/// The calls the fund knows: the default one and those of its assignments.
QStringList knownCalls(core::Database &db)
{
    QStringList calls{rv::defaultCall()};
    if (auto list = rv::assignments(db)) {
        for (const rv::Assignment &a : *list) {
            if (!calls.contains(a.call))
                calls.append(a.call);
        }
    }
    return calls;
}

core::Result<qint64> saved(const core::Status &s)
{
    if (!s)
        return s.error();
    return qint64(0);
}

void setCurrentCall(QComboBox *c, const QString &call)
{
    if (c->findText(call) < 0)
        c->addItem(call);
    c->setCurrentIndex(c->findText(call));
}

} // namespace

// ---- assign ---------------------------------------------------------------------------------

AssignDialog::AssignDialog(core::Database &db, const rv::Assignment &preset, QWidget *parent)
    : EntryDialog(db, tr("Assign Reviewer"), parent)
{
    m_proposal = new QComboBox(this);
    m_proposal->setObjectName(u"proposal"_s);
    if (auto list = core::pipeline::list(db)) {
        for (const core::Proposal &p : *list)
            m_proposal->addItem(
                tr("%1 — %2 (%3)").arg(p.code, p.title.left(60), stateLabel(p.state)), p.code);
    }
    m_proposal->setCurrentIndex(std::max(0, m_proposal->findData(preset.proposal)));
    m_reviewer = makeLine(u"reviewer"_s, tr("Name of the reviewer"));
    m_reviewer->setText(preset.reviewer);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"role"_s);
    for (const QString &role : rv::roles())
        m_role->addItem(reviewRoleLabel(role), role);
    m_role->setCurrentIndex(std::max(0, m_role->findData(preset.role)));
    QStringList organisations{QString()};
    if (auto list = core::organisations::list(db)) {
        // Retired organisations are not offered for a new assignment; one already on the
        // assignment stays as typed (the combo is editable).
        for (const core::Organisation &o : *list) {
            if (!o.retired)
                organisations.append(o.name);
        }
    }
    m_organisation = editableCombo(this, u"organisation"_s, organisations);
    m_organisation->setCurrentText(preset.organisation);
    m_call = editableCombo(this, u"call"_s, knownCalls(db));
    m_call->setMinimumWidth(200);
    setCurrentCall(m_call, preset.call);
    m_override = makeLine(u"overrideReason"_s,
                          tr("Only to assign a reviewer flagged by a conflict of interest"));
    m_override->setText(preset.overrideReason);
    connect(m_organisation, &QComboBox::currentTextChanged, this, &AssignDialog::revalidate);
    connect(m_call, &QComboBox::currentTextChanged, this, &AssignDialog::revalidate);

    form()->addRow(tr("&Proposal:"), m_proposal);
    form()->addRow(tr("&Reviewer:"), m_reviewer);
    form()->addRow(tr("R&ole:"), m_role);
    form()->addRow(tr("Reviewer's &organisation:"),
                   withAddOrganisation(m_organisation, db, {},
                                       [](const core::Organisation &) { return QVariant(); },
                                       this));
    form()->addRow(tr("&Call (rubric):"), m_call);
    form()->addRow(tr("O&verride reason:"), m_override);
    finishForm();
    setHint(tr("A reviewer from the applicant's or the partner's organisation is refused unless "
               "you give a reason to override; the reason is kept in the audit trail."));
}

QStringList AssignDialog::validate()
{
    QStringList problems;
    if (m_proposal->currentIndex() < 0)
        problems << tr("Proposal: the fund has no proposal to review");
    if (m_reviewer->text().trimmed().isEmpty())
        problems << tr("Reviewer: enter the reviewer's name");
    if (m_call->currentText().trimmed().isEmpty())
        problems << tr("Call: enter the call whose rubric applies");
    return problems;
}

std::optional<core::Result<qint64>> AssignDialog::save()
{
    rv::Assignment a;
    a.reviewer = m_reviewer->text();
    a.role = m_role->currentData().toString();
    a.organisation = m_organisation->currentText();
    a.call = m_call->currentText().trimmed();
    a.overrideReason = m_override->text();
    const QString proposal = m_proposal->currentData().toString();
    auto r = saved(rv::assign(db(), proposal, a));
    if (r)
        setRecorded(tr("%1 assigned to review %2").arg(a.reviewer.trimmed(), proposal), proposal,
                    a.reviewer.trimmed());
    return r;
}

// ---- declare --------------------------------------------------------------------------------

DeclareDialog::DeclareDialog(core::Database &db, const rv::Assignment &assignment, QWidget *parent)
    : EntryDialog(db, tr("Declare Conflict of Interest"), parent)
    , m_assignment(assignment)
{
    auto *who = new QLabel(
        tr("%1 on %2 — %3").arg(assignment.reviewer, assignment.proposal, assignment.title), this);
    who->setObjectName(u"assignment"_s);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    m_declaration = new QComboBox(this);
    m_declaration->setObjectName(u"declaration"_s);
    m_declaration->addItem(tr("Conflict of interest"), u"conflict"_s);
    m_declaration->addItem(tr("No conflict of interest"), u"none"_s);
    m_declaration->setCurrentIndex(std::max(0, m_declaration->findData(assignment.coiDeclared)));
    m_note = makeLine(u"note"_s, tr("What the conflict is"));
    m_note->setText(assignment.coiNote);
    connect(m_declaration, &QComboBox::currentIndexChanged, this, &DeclareDialog::revalidate);
    form()->addRow(tr("Assignment:"), who);
    form()->addRow(tr("&Declaration:"), m_declaration);
    form()->addRow(tr("&Note:"), m_note);
    finishForm();
    setHint(tr("A declared conflict withdraws the reviewer from this proposal: a review already "
               "recorded no longer counts."));
}

QStringList DeclareDialog::validate()
{
    // The core words the rules (a conflict must say what it is); nothing to add before it.
    return {};
}

std::optional<core::Result<qint64>> DeclareDialog::save()
{
    return saved(rv::declareConflict(db(), m_assignment.proposal, m_assignment.reviewer,
                                     m_declaration->currentData().toString(), m_note->text()));
}

// ---- rubric ---------------------------------------------------------------------------------

RubricDialog::RubricDialog(core::Database &db, const QString &call, QWidget *parent)
    : EntryDialog(db, tr("Edit Rubric"), parent)
{
    m_call = editableCombo(this, u"call"_s, knownCalls(db));
    m_call->setMinimumWidth(200);
    setCurrentCall(m_call, call.isEmpty() ? rv::defaultCall() : call);
    connect(m_call, &QComboBox::currentIndexChanged, this, &RubricDialog::load);
    connect(m_call, &QComboBox::currentTextChanged, this, &RubricDialog::revalidate);
    form()->addRow(tr("&Call:"), m_call);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"criteria"_s);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Criterion"), tr("Weight")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumHeight(240);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            revalidate();
    });
    form()->addRow(m_table);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Criterion"), this);
    add->setObjectName(u"addCriterion"_s);
    auto *remove = new QPushButton(tr("&Remove Criterion"), this);
    remove->setObjectName(u"removeCriterion"_s);
    connect(add, &QPushButton::clicked, this, &RubricDialog::addCriterion);
    connect(remove, &QPushButton::clicked, this, &RubricDialog::removeCriterion);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    form()->addRow(row);
    load();
    finishForm();
    setHint(tr("Scores are weighted by the criteria's weights, relative to each other. Once a "
               "review is scored or a package exported for the call, its rubric is fixed."));
    setMinimumWidth(640);
}

void RubricDialog::load()
{
    m_loading = true;
    const auto rubric = rv::rubric(db(), m_call->currentText().trimmed());
    const QList<rv::Criterion> criteria = rubric ? *rubric : QList<rv::Criterion>();
    m_table->setRowCount(int(criteria.size()));
    for (int i = 0; i < criteria.size(); ++i) {
        const rv::Criterion &c = criteria.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(c.code));
        m_table->setItem(i, 1, new QTableWidgetItem(c.label));
        auto *weight = new QTableWidgetItem(QString::number(c.weight));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 2, weight);
    }
    m_table->resizeColumnToContents(0);
    m_loading = false;
    revalidate();
}

void RubricDialog::addCriterion()
{
    m_loading = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    for (int c = 0; c < 3; ++c)
        m_table->setItem(r, c, new QTableWidgetItem);
    m_table->item(r, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_loading = false;
    m_table->setCurrentCell(r, 0);
    revalidate();
}

void RubricDialog::removeCriterion()
{
    const int r = m_table->currentRow();
    if (r < 0)
        return;
    m_table->removeRow(r);
    revalidate();
}

QList<rv::Criterion> RubricDialog::rows() const
{
    QList<rv::Criterion> out;
    const auto text = [this](int r, int c) {
        const QTableWidgetItem *i = m_table->item(r, c);
        return i ? i->text().trimmed() : QString();
    };
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool ok = false;
        const int weight = text(r, 2).toInt(&ok);
        out.append({text(r, 0), text(r, 1), ok ? weight : 0});
    }
    return out;
}

QStringList RubricDialog::validate()
{
    QStringList problems;
    if (m_call->currentText().trimmed().isEmpty())
        problems << tr("Call: enter the call whose rubric this is");
    const QList<rv::Criterion> criteria = rows();
    if (criteria.isEmpty())
        problems << tr("Criteria: a rubric needs at least one criterion");
    QStringList codes;
    for (int i = 0; i < criteria.size(); ++i) {
        const rv::Criterion &c = criteria.at(i);
        const QString which = tr("Criterion %1").arg(i + 1);
        if (c.code.isEmpty())
            problems << tr("%1: enter a code (e.g. relevance)").arg(which);
        else if (codes.contains(c.code))
            problems << tr("%1: the code %2 is used twice").arg(which, c.code);
        codes.append(c.code);
        if (c.label.isEmpty())
            problems << tr("%1: enter what the criterion assesses").arg(which);
        if (c.weight < 1 || c.weight > 100)
            problems << tr("%1: the weight must be a whole number from 1 to 100").arg(which);
    }
    return problems;
}

std::optional<core::Result<qint64>> RubricDialog::save()
{
    return saved(rv::setRubric(db(), m_call->currentText().trimmed(), rows()));
}

// ---- import ---------------------------------------------------------------------------------

PackageImportDialog::PackageImportDialog(core::Database &db, const QString &path,
                                         const rv::ImportPlan &preview, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(path)
{
    setWindowTitle(tr("Import Review Package"));
    auto *layout = new QVBoxLayout(this);
    auto *file = new QLabel(tr("Package: %1").arg(QDir::toNativeSeparators(path)), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(file);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"changes"_s);
    m_table->setHorizontalHeaderLabels({tr("Proposal"), tr("Change"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(pal);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"import"_s);
    m_accept = buttons->addButton(tr("&Accept Incoming Changes"), QDialogButtonBox::ActionRole);
    m_accept->setObjectName(u"acceptChanges"_s);
    m_accept->setToolTip(tr("Replaces the reviews already recorded with the package's; the "
                            "replaced reviews are kept in the audit trail."));
    connect(m_import, &QPushButton::clicked, this, [this] { runImport(false); });
    connect(m_accept, &QPushButton::clicked, this, [this] { runImport(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 420);
    showPlan(preview);
}

QString PackageImportDialog::summary() const
{
    return m_summary->text();
}

void PackageImportDialog::showPlan(const rv::ImportPlan &plan)
{
    m_plan = plan;
    m_table->setRowCount(int(plan.changes.size()));
    for (int i = 0; i < plan.changes.size(); ++i) {
        const rv::ImportChange &c = plan.changes.at(i);
        const QString kind = c.kind == u"new"_s        ? tr("new")
                             : c.kind == u"update"_s   ? tr("update")
                             : c.kind == u"replace"_s  ? tr("replace")
                             : c.kind == u"conflict"_s ? tr("CONFLICT")
                                                       : tr("unchanged");
        m_table->setItem(i, 0, new QTableWidgetItem(c.proposal));
        m_table->setItem(i, 1, new QTableWidgetItem(kind));
        m_table->setItem(i, 2, new QTableWidgetItem(errorText(c.words))); // in the UI language
        if (c.kind == u"conflict"_s) {
            for (int col = 0; col < 3; ++col)
                m_table->item(i, col)->setForeground(QColor(0xb0, 0x1c, 0x1c));
        }
    }
    m_table->resizeColumnsToContents();
    const int conflicts = int(plan.conflicts().size());
    const int writes = plan.count(u"new"_s) + plan.count(u"update"_s);
    if (conflicts > 0)
        m_summary->setText(
            tr("%1 review(s) already recorded differ from the package of %2 (marked CONFLICT). "
               "Nothing has been written. Accept Incoming Changes replaces them with the "
               "package's; the replaced reviews stay in the audit trail.")
                .arg(conflicts)
                .arg(plan.reviewer));
    else
        m_summary->setText(tr("Importing the package of %1 writes %2 change(s). Nothing has been "
                              "written yet.")
                               .arg(plan.reviewer)
                               .arg(writes));
    m_import->setEnabled(conflicts == 0 && writes > 0);
    m_import->setDefault(conflicts == 0);
    m_accept->setVisible(conflicts > 0);
}

bool PackageImportDialog::runImport(bool acceptChanges)
{
    auto done = rv::importPackage(m_db, m_path, acceptChanges);
    if (!done) {
        m_problem->setText(errorText(done.error()));
        m_problem->show();
        return false;
    }
    if (!done->conflicts().isEmpty()) {
        showPlan(*done); // the fund changed since the preview: show the conflicts now
        return false;
    }
    m_plan = *done;
    accept();
    return true;
}

} // namespace imdp::ui
