// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/proposaleditor.h"

#include "core/fund/programme.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/money/limit.h"
#include "core/money/money.h"
#include "core/pipeline/countries.h"
#include "core/review/review.h"
#include "ui/dialogs.h"
#include "ui/discardguard.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/models/models.h"
#include "ui/models/pipelinemodels.h"
#include "ui/orgs/organisationdialog.h"

#include <algorithm>
#include <cstdlib>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {

/// One edit of the form: the whole form before and after, so undo needs no per-field code.
/// Consecutive keystrokes in one field merge into one step, as in a text editor.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(ProposalEditor *editor, ProposalEditor::Field field,
                const ProposalEditor::Form &before, const ProposalEditor::Form &after)
        : m_editor(editor)
        , m_field(field)
        , m_before(before)
        , m_after(after)
    {
        setText(QCoreApplication::translate("ProposalEditor", "edit"));
    }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const EditCommand *>(other);
        // Budget rows come and go as separate steps; typing in one field is one step.
        if (o->m_field != m_field || m_field == ProposalEditor::Budget
            || m_field == ProposalEditor::Disaggregation)
            return false;
        // A keystroke adds or removes one character; clearing or pasting is a step of its own.
        if (std::abs(o->m_after.text[m_field].size() - m_after.text[m_field].size()) > 1)
            return false;
        m_after = o->m_after;
        return true;
    }
    void undo() override { m_editor->applyForm(m_before, m_field); }
    void redo() override { m_editor->applyForm(m_after, m_field); }

private:
    ProposalEditor *m_editor;
    ProposalEditor::Field m_field;
    ProposalEditor::Form m_before;
    ProposalEditor::Form m_after;
};

/// Sends Ctrl+Z / Ctrl+Shift+Z to the editor's undo stack rather than to a line edit's own
/// undo, which knows nothing of the other fields.
class UndoKeys final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *k = static_cast<QKeyEvent *>(event);
            if (k->matches(QKeySequence::Undo) || k->matches(QKeySequence::Redo)
                || k->keyCombination()
                       == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

const QStringList editableStates{u"draft"_s, u"submitted"_s, u"screening"_s, u"in_review"_s,
                                 u"deferred"_s};

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QStringList splitCountries(const QString &text)
{
    static const QRegularExpression sep(u"[,;\\s]+"_s);
    QStringList out = text.toUpper().split(sep, Qt::SkipEmptyParts);
    out.sort();
    return out;
}

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

bool ProposalEditor::Form::operator==(const Form &o) const
{
    return std::equal(std::begin(text), std::end(text), std::begin(o.text))
           && disaggregation == o.disaggregation && budget == o.budget;
}

ProposalEditor::ProposalEditor(FundSession *session, const QString &code, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_code(code)
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"proposalEditor"_s);
    // The form, not the widgets, says what changed: undoing back to the saved text is no change.
    m_discard = new DiscardGuard(this, tr("Discard the unsaved changes to this proposal?"));
    m_discard->setChangedCheck([this] { return !(m_form == m_saved); });
    core::Database &db = *m_session->database();
    if (!code.isEmpty()) {
        if (auto p = core::pipeline::find(db, code))
            m_original = *p;
        else
            dialogs::error(parent, tr("Cannot open the proposal"), errorText(p.error()));
    }
    m_editable = !db.isReadOnly() && editableStates.contains(m_original.state);

    Form &f = m_form;
    const core::Proposal &p = m_original;
    f.text[Code] = p.code;
    f.text[Title] = p.title;
    f.text[Stage] = p.stage;
    f.text[Applicant] = p.applicant;
    f.text[Partner] = p.partner;
    f.text[Objectives] = p.objectives;
    f.text[ActionArea] = p.actionArea;
    f.text[Window] = p.window;
    f.text[Source] = p.source;
    f.text[SourceReference] = p.sourceReference;
    f.text[Countries] = p.countries.join(u", "_s);
    f.text[Start] = isoDate(p.start);
    f.text[End] = isoDate(p.end);
    f.text[Currency] = p.currency;
    f.text[Requested] = code.isEmpty() ? QString() : formatAmount(p.requestedMinor, p.currency);
    f.text[Summary] = p.summary;
    f.text[DisaggregationOther] = p.disaggregationOther;
    f.disaggregation = p.disaggregation;
    for (const core::BudgetLine &b : p.budget)
        f.budget.append({b.category, formatAmount(b.amountMinor, p.currency)});
    m_saved = m_form;

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->addTab(buildSummary(), tr("&Summary"));
    m_tabs->addTab(buildBudget(), tr("B&udget"));
    buildRecords();
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setEnabled(m_editable);
    auto *undoButton = new QPushButton(tr("Undo"), this);
    auto *redoButton = new QPushButton(tr("Redo"), this);
    undoButton->setObjectName(u"undo"_s);
    redoButton->setObjectName(u"redo"_s);
    buttons->addButton(undoButton, QDialogButtonBox::ActionRole);
    buttons->addButton(redoButton, QDialogButtonBox::ActionRole);
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ProposalEditor::reject);
    layout->addWidget(buttons);

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.append(ctrlShiftZ);
    redo->setShortcuts(redoKeys);
    undo->setShortcutContext(Qt::WindowShortcut);
    redo->setShortcutContext(Qt::WindowShortcut);
    addAction(undo);
    addAction(redo);
    auto *keys = new UndoKeys(this);
    for (QWidget *w : std::as_const(m_widgets))
        w->installEventFilter(keys);
    m_budget->installEventFilter(keys);
    connect(m_undo, &QUndoStack::cleanChanged, this, &ProposalEditor::updateTitle);

    applyForm(m_form, FieldCount);
    loadRecords();
    updateTitle();
    resize(860, 640);
}

ProposalEditor::~ProposalEditor()
{
    // The undo stack is a child: QWidget's destructor deletes it after this part is gone, and it
    // emits cleanChanged on the way, which would call updateTitle on what is no longer a
    // ProposalEditor (UBSan, `./dev asan`: "downcast ... not an object of type ProposalEditor").
    m_undo->disconnect(this);
}

void ProposalEditor::updateTitle()
{
    const QString name = m_code.isEmpty() ? tr("New proposal")
                                          : tr("%1 — %2").arg(m_code, m_original.title);
    setWindowTitle(m_undo->isClean() ? name : tr("%1 (unsaved)").arg(name));
}

QWidget *ProposalEditor::buildSummary()
{
    auto *page = new QWidget(m_tabs);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    core::Database &db = *m_session->database();

    auto addRow = [&](const QString &label, Field f, QWidget *w, QWidget *shown = nullptr) {
        auto *row = new QHBoxLayout;
        row->addWidget(shown ? shown : w, 1);
        auto *issue = new QLabel(page);
        issue->setObjectName(u"issue_%1"_s.arg(int(f)));
        QPalette pal = issue->palette();
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
        issue->setPalette(pal);
        issue->setWordWrap(true);
        issue->setMinimumWidth(180);
        issue->setMaximumWidth(260);
        row->addWidget(issue);
        form->addRow(label, row);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(row)))
            l->setBuddy(w);
        m_issues.insert(f, issue);
        bindLine(f, w);
    };
    auto line = [&](const QString &hint = {}) {
        auto *e = new QLineEdit(page);
        e->setPlaceholderText(hint);
        return e;
    };
    auto combo = [&](const QList<std::pair<QString, QString>> &items) {
        auto *c = new QComboBox(page);
        for (const auto &[key, label] : items)
            c->addItem(label, key);
        return c;
    };
    QList<std::pair<QString, QString>> orgs{{QString(), QString()}};
    if (auto list = core::organisations::list(db)) {
        for (const core::Organisation &o : *list) {
            QString label = o.shortName.isEmpty() || o.shortName == o.name
                                ? o.name
                                : u"%1 (%2)"_s.arg(o.name, o.shortName);
            // A retired organisation is offered only on the proposal that already names it
            // (a past record still shows it); never for a new one.
            if (o.retired) {
                if (o.name != m_original.applicant && o.name != m_original.partner)
                    continue;
                label = tr("%1 — retired").arg(label);
            }
            orgs.append({o.name, label});
        }
    }
    QList<std::pair<QString, QString>> sources{{QString(), QString()}};
    for (const QString &s : core::pipeline::sources())
        sources.append({s, originLabel(s)});

    auto *code = line(tr("e.g. IMDP-27-001"));
    code->setReadOnly(!m_code.isEmpty());
    addRow(tr("&Code:"), Code, code);
    addRow(tr("&Title:"), Title, line());
    addRow(tr("Sta&ge:"), Stage,
           combo({{u"concept"_s, tr("Concept note")}, {u"full"_s, tr("Full proposal")}}));
    // Each with "Add organisation…": the organisation dialog, then the new one chosen.
    const auto byName = [](const core::Organisation &o) { return QVariant(o.name); };
    auto *applicant = combo(orgs);
    applicant->setObjectName(u"applicant"_s);
    addRow(tr("&Applicant:"), Applicant, applicant,
           withAddOrganisation(applicant, db, {}, byName, page));
    auto *partner = combo(orgs);
    partner->setObjectName(u"partner"_s);
    addRow(tr("&Partner:"), Partner, partner, withAddOrganisation(partner, db, {}, byName, page));
    // The fund's own objectives, areas and windows (rows of the fund, issue 16).
    QStringList objectiveHints;
    if (auto list = core::programme::objectives(db)) {
        for (const core::Objective &o : *list) {
            m_objectiveCodes << o.code;
            objectiveHints << o.code;
        }
    }
    QList<std::pair<QString, QString>> areas{{QString(), QString()}};
    if (auto list = core::programme::areas(db)) {
        for (const core::ActionArea &a : *list)
            areas.append({a.code, tr("%1. %2").arg(a.code, a.title)});
    }
    QList<std::pair<QString, QString>> windows{{QString(), tr("None")}};
    if (auto list = core::programme::windows(db)) {
        for (const core::FundingWindow &w : *list)
            windows.append({w.code, tr("%1 · %2").arg(w.code, w.title)});
    }
    addRow(tr("&Objectives:"), Objectives,
           line(tr("Separated by commas, from: %1").arg(objectiveHints.join(u", "_s))));
    addRow(tr("Action a&rea:"), ActionArea, combo(areas));
    addRow(tr("Funding &window:"), Window, combo(windows));
    addRow(tr("&Source:"), Source, combo(sources));
    addRow(tr("Source re&ference:"), SourceReference, line(tr("e.g. GFMD-2007-RT1.2")));
    addRow(tr("Cou&ntries:"), Countries, line(tr("ISO codes, e.g. SN, GH")));
    addRow(tr("Star&t:"), Start, line(tr("YYYY-MM-DD")));
    addRow(tr("&End:"), End, line(tr("YYYY-MM-DD")));
    addRow(tr("Re&quested amount:"), Requested, line());
    addRow(tr("C&urrency:"), Currency, line(tr("ISO 4217, e.g. USD")));
    auto *summary = new QPlainTextEdit(page);
    summary->setTabChangesFocus(true);
    summary->setUndoRedoEnabled(false);
    summary->setMaximumHeight(110);
    addRow(tr("Su&mmary:"), Summary, summary);

    auto *boxes = new QHBoxLayout;
    for (const QString &d : core::pipeline::disaggregations()) {
        auto *box = new QCheckBox(disaggregationLabel(d), page);
        box->setObjectName(u"disaggregation_"_s + d);
        box->setProperty("key", d);
        box->setEnabled(m_editable);
        connect(box, &QCheckBox::toggled, this, [this, d](bool on) {
            if (m_applying)
                return;
            Form next = m_form;
            next.disaggregation.removeAll(d);
            if (on)
                next.disaggregation.append(d);
            // Kept in the core's order so that undo and save compare like with like.
            QStringList ordered;
            for (const QString &k : core::pipeline::disaggregations()) {
                if (next.disaggregation.contains(k))
                    ordered << k;
            }
            next.disaggregation = ordered;
            changeForm(Disaggregation, next);
        });
        boxes->addWidget(box);
        m_disaggregation << box;
    }
    boxes->addStretch(1);
    form->addRow(tr("Data disaggregated by:"), boxes);
    addRow(tr("Ot&her disaggregation:"), DisaggregationOther, line());

    m_readiness = new QLabel(page);
    m_readiness->setObjectName(u"readiness"_s);
    m_readiness->setWordWrap(true);
    form->addRow(m_readiness);
    return page;
}

void ProposalEditor::bindLine(Field f, QWidget *w)
{
    m_widgets.insert(f, w);
    w->setObjectName(u"field_%1"_s.arg(int(f)));
    if (auto *e = qobject_cast<QLineEdit *>(w)) {
        e->setReadOnly(e->isReadOnly() || !m_editable);
        connect(e, &QLineEdit::textEdited, this, [this, f](const QString &t) { change(f, t); });
    } else if (auto *c = qobject_cast<QComboBox *>(w)) {
        c->setEnabled(m_editable);
        connect(c, &QComboBox::currentIndexChanged, this,
                [this, f, c] { change(f, c->currentData().toString()); });
    } else if (auto *t = qobject_cast<QPlainTextEdit *>(w)) {
        t->setReadOnly(!m_editable);
        connect(t, &QPlainTextEdit::textChanged, this,
                [this, f, t] { change(f, t->toPlainText()); });
    }
}

QWidget *ProposalEditor::buildBudget()
{
    auto *page = new QWidget(m_tabs);
    auto *v = new QVBoxLayout(page);
    m_budget = new QTableWidget(0, 2, page);
    m_budget->setObjectName(u"budget"_s);
    m_budget->setHorizontalHeaderLabels({tr("Category"), tr("Amount")});
    m_budget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_budget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_budget->verticalHeader()->hide();
    m_budget->setEditTriggers(m_editable ? QAbstractItemView::AllEditTriggers
                                         : QAbstractItemView::NoEditTriggers);
    connect(m_budget, &QTableWidget::cellChanged, this, &ProposalEditor::budgetEdited);
    v->addWidget(m_budget, 1);
    m_budgetIssue = new QLabel(page);
    m_budgetIssue->setObjectName(u"budgetIssue"_s);
    m_budgetIssue->setWordWrap(true);
    v->addWidget(m_budgetIssue);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Line"), page);
    add->setObjectName(u"addLine"_s);
    auto *remove = new QPushButton(tr("&Remove Line"), page);
    remove->setObjectName(u"removeLine"_s);
    add->setEnabled(m_editable);
    remove->setEnabled(m_editable);
    connect(add, &QPushButton::clicked, this, [this] {
        Form next = m_form;
        next.budget.append({tr("New line"), formatAmount(0, m_form.text[Currency])});
        changeForm(Budget, next);
        m_budget->setCurrentCell(m_budget->rowCount() - 1, 0);
        m_budget->editItem(m_budget->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int r = m_budget->currentRow();
        if (r < 0 || r >= m_form.budget.size())
            return;
        Form next = m_form;
        next.budget.removeAt(r);
        changeForm(Budget, next);
    });
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    v->addLayout(row);
    return page;
}

void ProposalEditor::budgetEdited(int row, int column)
{
    if (m_applying || row < 0 || row >= m_form.budget.size())
        return;
    Form next = m_form;
    const QString text = m_budget->item(row, column)->text();
    if (column == 0)
        next.budget[row].first = text;
    else
        next.budget[row].second = text;
    changeForm(Budget, next);
}

void ProposalEditor::buildRecords()
{
    const bool isNew = m_code.isEmpty();
    // Reviews
    // Reviews, read-only: the assignments and their scores, and the numbers core aggregation
    // gives the round summary and the dossier.
    auto *reviewPage = new QWidget(m_tabs);
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
    m_tabs->addTab(reviewPage, tr("Re&views"));
    // Decision
    m_decision = new QLabel(m_tabs);
    m_decision->setObjectName(u"decision"_s);
    m_decision->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_decision->setWordWrap(true);
    m_decision->setMargin(8);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->addTab(m_decision, tr("&Decision"));
    // Terms of reference
    m_terms = new QLabel(m_tabs);
    m_terms->setObjectName(u"terms"_s);
    m_terms->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_terms->setWordWrap(true);
    m_terms->setMargin(8);
    m_terms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->addTab(m_terms, tr("Terms of re&ference"));
    // Tranches, with their release.
    auto *tranchePage = new QWidget(m_tabs);
    auto *tv = new QVBoxLayout(tranchePage);
    m_tranches = makeTrancheModel(this);
    m_trancheView = recordView(m_tranches, tranchePage, u"tranches"_s);
    tv->addWidget(m_trancheView, 1);
    auto *release = new QPushButton(tr("Re&lease Selected Tranche…"), tranchePage);
    release->setObjectName(u"releaseTranche"_s);
    release->setToolTip(tr("Posts the transfer to the partner in the ledger at once; "
                           "it is not undone by Undo."));
    release->setEnabled(!isNew && !m_session->database()->isReadOnly());
    connect(release, &QPushButton::clicked, this, &ProposalEditor::releaseSelectedTranche);
    tv->addWidget(release, 0, Qt::AlignLeft);
    m_tabs->addTab(tranchePage, tr("Tra&nches"));
    // Reports, with their receipt.
    auto *reportPage = new QWidget(m_tabs);
    auto *rv = new QVBoxLayout(reportPage);
    m_reports = makeReportModel(this, false);
    m_reportView = recordView(m_reports, reportPage, u"reports"_s);
    rv->addWidget(m_reportView, 1);
    auto *receive = new QPushButton(tr("Mark Selected Report &Received…"), reportPage);
    receive->setObjectName(u"receiveReport"_s);
    receive->setToolTip(tr("Records the receipt at once; it is not undone by Undo."));
    receive->setEnabled(!isNew && !m_session->database()->isReadOnly());
    connect(receive, &QPushButton::clicked, this, &ProposalEditor::receiveSelectedReport);
    rv->addWidget(receive, 0, Qt::AlignLeft);
    m_tabs->addTab(reportPage, tr("Re&ports"));
    // History
    m_history = makeMoveModel(this);
    m_historyView = recordView(m_history, m_tabs, u"history"_s);
    m_tabs->addTab(m_historyView, tr("&History"));
    for (int i = 2; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, !isNew);
}

void ProposalEditor::loadRecords()
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

void ProposalEditor::loadReviews()
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

void ProposalEditor::change(Field f, const QString &value)
{
    if (m_applying || m_form.text[f] == value)
        return;
    Form next = m_form;
    next.text[f] = value;
    changeForm(f, next);
}

void ProposalEditor::changeForm(Field f, const Form &next)
{
    if (next == m_form)
        return;
    m_undo->push(new EditCommand(this, f, m_form, next));
}

void ProposalEditor::applyForm(const Form &form, Field focus)
{
    m_applying = true;
    m_form = form;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const QString &v = form.text[it.key()];
        if (auto *e = qobject_cast<QLineEdit *>(it.value())) {
            if (e->text() != v)
                e->setText(v);
        } else if (auto *c = qobject_cast<QComboBox *>(it.value())) {
            c->setCurrentIndex(std::max(0, c->findData(v)));
        } else if (auto *t = qobject_cast<QPlainTextEdit *>(it.value())) {
            if (t->toPlainText() != v)
                t->setPlainText(v);
        }
    }
    for (QCheckBox *box : std::as_const(m_disaggregation))
        box->setChecked(form.disaggregation.contains(box->property("key").toString()));
    if (m_budget->rowCount() != form.budget.size())
        m_budget->setRowCount(int(form.budget.size()));
    for (int r = 0; r < form.budget.size(); ++r) {
        const QString cells[2] = {form.budget.at(r).first, form.budget.at(r).second};
        for (int c = 0; c < 2; ++c) {
            QTableWidgetItem *item = m_budget->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(c == 1 ? Qt::AlignRight | Qt::AlignVCenter
                                              : Qt::AlignLeft | Qt::AlignVCenter);
                m_budget->setItem(r, c, item);
            }
            if (item->text() != cells[c])
                item->setText(cells[c]);
        }
    }
    m_applying = false;
    // Undo shows the officer where the change happened.
    if (QWidget *w = m_widgets.value(focus); w && isVisible()) {
        m_tabs->setCurrentIndex(0);
        w->setFocus();
    } else if (focus == Budget && isVisible()) {
        m_tabs->setCurrentIndex(1);
    }
    validate();
}

core::Proposal ProposalEditor::toProposal() const
{
    core::Proposal p = m_original;
    const Form &f = m_form;
    p.code = f.text[Code].trimmed();
    p.title = f.text[Title].trimmed();
    p.stage = f.text[Stage];
    p.applicant = f.text[Applicant];
    p.partner = f.text[Partner];
    p.objectives = f.text[Objectives].simplified().remove(u' ');
    p.actionArea = f.text[ActionArea];
    p.window = f.text[Window];
    p.source = f.text[Source];
    p.sourceReference = f.text[SourceReference].trimmed();
    p.countries = splitCountries(f.text[Countries]);
    p.start = QDate::fromString(f.text[Start].trimmed(), Qt::ISODate);
    p.end = QDate::fromString(f.text[End].trimmed(), Qt::ISODate);
    p.currency = f.text[Currency].trimmed().toUpper();
    const QLocale locale;
    if (auto m = core::Money::parseLocalized(f.text[Requested].trimmed(), p.currency, locale))
        p.requestedMinor = m->minor();
    p.summary = f.text[Summary];
    p.disaggregation = f.disaggregation;
    p.disaggregationOther = f.text[DisaggregationOther].trimmed();
    p.budget.clear();
    for (const auto &[category, amount] : f.budget) {
        if (auto m = core::Money::parseLocalized(amount.trimmed(), p.currency, locale))
            p.budget.append({category.trimmed(), m->minor()});
    }
    return p;
}

QString ProposalEditor::issue(Field f) const
{
    if (f == Budget)
        return m_budgetIssue->property("issue").toString();
    QLabel *l = m_issues.value(f);
    return l ? l->text() : QString();
}

void ProposalEditor::validate()
{
    const Form &f = m_form;
    QHash<int, QString> why;
    static const QRegularExpression codeShape(u"^[A-Z0-9][A-Z0-9-]{1,31}$"_s);
    if (m_code.isEmpty() && !codeShape.match(f.text[Code].trimmed()).hasMatch())
        why[Code] = tr("2 to 32 capital letters, digits or dashes.");
    if (f.text[Title].trimmed().isEmpty())
        why[Title] = tr("A title is required.");
    if (f.text[Applicant].isEmpty())
        why[Applicant] = tr("Choose the applicant.");
    const QString objectives = f.text[Objectives].simplified().remove(u' ');
    for (const QString &o : objectives.split(u',', Qt::SkipEmptyParts)) {
        if (!m_objectiveCodes.contains(o)) {
            why[Objectives] = tr("List the fund's objectives (%1), separated by commas.")
                                  .arg(m_objectiveCodes.join(u", "_s));
            break;
        }
    }
    QStringList unknown;
    QStringList countries = splitCountries(f.text[Countries]);
    for (const QString &c : countries) {
        if (!core::countries::isKnown(c))
            unknown << c;
    }
    if (!unknown.isEmpty())
        why[Countries] = tr("Not an ISO country code: %1.").arg(unknown.join(u", "_s));
    else if (countries.removeDuplicates() > 0)
        why[Countries] = tr("A country is listed twice.");
    QDate dates[2];
    for (Field d : {Start, End}) {
        const QString t = f.text[d].trimmed();
        dates[d == End] = QDate::fromString(t, Qt::ISODate);
        if (!t.isEmpty() && !dates[d == End].isValid())
            why[d] = tr("Write the date as YYYY-MM-DD.");
    }
    if (dates[0].isValid() && dates[1].isValid() && dates[1] < dates[0])
        why[End] = tr("Ends before it starts.");
    const QString currency = f.text[Currency].trimmed().toUpper();
    const QLocale locale;
    if (auto z = core::Money::zero(currency); !z) {
        why[Currency] = errorText(z.error());
    } else if (!f.text[Requested].trimmed().isEmpty()) {
        auto m = core::Money::parseLocalized(f.text[Requested].trimmed(), currency, locale);
        if (!m)
            why[Requested] = errorText(m.error());
        else if (m->isNegative())
            why[Requested] = tr("The amount cannot be negative.");
    }
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        it.value()->setText(why.value(it.key()));
        if (QWidget *w = m_widgets.value(it.key()))
            w->setToolTip(why.value(it.key()));
    }

    // The budget: each line readable, and the total against the request.
    QString budgetIssue;
    // Summed within the own-currency limit (issue 17), never wrapped; past it, the label says so
    // and Save leaves the refusal, with its message, to the core.
    std::optional<qint64> total = 0;
    for (int r = 0; r < f.budget.size() && budgetIssue.isEmpty(); ++r) {
        if (f.budget.at(r).first.trimmed().isEmpty())
            budgetIssue = tr("Line %1: the category is empty.").arg(r + 1);
        else if (auto m = core::Money::parseLocalized(f.budget.at(r).second.trimmed(), currency,
                                                     locale))
            total = total ? core::addWithin(*total, m->minor()) : total;
        else
            budgetIssue = tr("Line %1: %2").arg(r + 1).arg(errorText(m.error()));
    }
    m_budgetIssue->setProperty("issue", budgetIssue);
    const core::Proposal p = toProposal();
    QPalette pal = m_budgetIssue->palette();
    pal.setColor(QPalette::WindowText, budgetIssue.isEmpty() && total
                                           ? palette().color(QPalette::WindowText)
                                           : QColor(0xb0, 0x20, 0x20));
    m_budgetIssue->setPalette(pal);
    m_budgetIssue->setText(
        !budgetIssue.isEmpty() ? budgetIssue
        : !total               ? tr("The lines add up past the limit of %1 %2.")
                       .arg(formatAmount(core::kMaxAmountMinor, p.currency), p.currency)
                 : tr("The lines add up to %1 %3; %2 %3 requested.")
                       .arg(formatAmount(*total, p.currency),
                            formatAmount(p.requestedMinor, p.currency), p.currency));

    const QStringList missing = core::pipeline::missingForSubmission(p);
    m_readiness->setText(missing.isEmpty()
                             ? tr("Complete: it can be submitted.")
                             : tr("Before it can be submitted, it still needs: %1.")
                                   .arg(missing.join(u"; "_s)));
    m_save->setEnabled(m_editable && why.isEmpty() && budgetIssue.isEmpty());
}

bool ProposalEditor::save()
{
    validate();
    if (!m_editable)
        return false;
    QStringList problems;
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            problems << it.value()->text();
    }
    if (!issue(Budget).isEmpty())
        problems << issue(Budget);
    if (!problems.isEmpty()) {
        dialogs::error(this, tr("Cannot save the proposal"), problems.join(u'\n'));
        return false;
    }
    const core::Proposal p = toProposal();
    core::Database &db = *m_session->database();
    core::Status s;
    if (m_code.isEmpty()) {
        if (auto id = core::pipeline::add(db, p); !id)
            s = id.error();
    } else {
        // Only what the officer changed, so that the audit trail says what happened.
        const core::Proposal &o = m_original;
        core::ProposalChange c;
        auto set = [](auto &opt, const auto &now, const auto &before) {
            if (now != before)
                opt = now;
        };
        set(c.title, p.title, o.title);
        set(c.applicant, p.applicant, o.applicant);
        set(c.partner, p.partner, o.partner);
        set(c.objectives, p.objectives, o.objectives);
        set(c.actionArea, p.actionArea, o.actionArea);
        set(c.window, p.window, o.window);
        set(c.requestedMinor, p.requestedMinor, o.requestedMinor);
        set(c.currency, p.currency, o.currency);
        set(c.stage, p.stage, o.stage);
        set(c.source, p.source, o.source);
        set(c.sourceReference, p.sourceReference, o.sourceReference);
        set(c.countries, p.countries, o.countries);
        set(c.start, p.start, o.start);
        set(c.end, p.end, o.end);
        set(c.summary, p.summary, o.summary);
        set(c.disaggregation, p.disaggregation, o.disaggregation);
        set(c.disaggregationOther, p.disaggregationOther, o.disaggregationOther);
        bool budgetChanged = p.budget.size() != o.budget.size();
        for (int i = 0; !budgetChanged && i < p.budget.size(); ++i)
            budgetChanged = p.budget.at(i).category != o.budget.at(i).category
                            || p.budget.at(i).amountMinor != o.budget.at(i).amountMinor;
        if (budgetChanged)
            c.budget = p.budget;
        s = core::pipeline::edit(db, m_code, c);
    }
    if (!s) {
        dialogs::error(this, tr("Cannot save the proposal"), errorText(s.error()));
        return false;
    }
    if (m_code.isEmpty())
        m_code = p.code;
    if (auto fresh = core::pipeline::find(db, m_code))
        m_original = *fresh;
    // Saved edits are in the audit trail now; undoing them would need a new edit, not Undo.
    m_undo->clear();
    m_saved = m_form;
    m_session->recorded(tr("Proposal %1 saved").arg(m_code));
    updateTitle();
    Q_EMIT saved(m_code);
    return true;
}

bool ProposalEditor::releaseSelectedTranche()
{
    const QModelIndex i = m_trancheView->currentIndex();
    if (!i.isValid())
        return false;
    const core::pipeline::Tranche t = m_tranches->rows().at(i.row());
    const auto reference = dialogs::askText(
        this, tr("Release tranche %1").arg(t.seq),
        tr("Payment reference for the transfer of %1 USD:")
            .arg(formatAmount(t.amountUsdMinor, u"USD"_s)));
    if (!reference)
        return false;
    const core::Status s = core::pipeline::releaseTranche(*m_session->database(), m_code, t.seq,
                                                          core::Clock::today(), *reference);
    if (!s) {
        dialogs::error(this, tr("Release refused"), errorText(s.error()));
        return false;
    }
    m_session->recorded(tr("Tranche %1 of %2 released: %3 USD")
                            .arg(t.seq)
                            .arg(m_code, formatAmount(t.amountUsdMinor, u"USD"_s)));
    loadRecords();
    return true;
}

bool ProposalEditor::receiveSelectedReport()
{
    const QModelIndex i = m_reportView->currentIndex();
    if (!i.isValid())
        return false;
    const core::pipeline::Report r = m_reports->rows().at(i.row());
    const auto note = dialogs::askText(
        this, tr("Report received"),
        tr("Note on the %1 due %2:").arg(reportKindLabel(r.kind), formatDate(r.due)));
    if (!note)
        return false;
    const core::Status s = core::pipeline::receiveReport(
        *m_session->database(), m_code, QString::number(r.id), core::Clock::today(), *note);
    if (!s) {
        dialogs::error(this, tr("Receipt refused"), errorText(s.error()));
        return false;
    }
    m_session->recorded(tr("%1 of %2 received").arg(reportKindLabel(r.kind), m_code));
    loadRecords();
    return true;
}

void ProposalEditor::reject()
{
    if (m_discard->mayClose())
        QDialog::reject();
}

} // namespace imdp::ui
