// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/proposaleditor.h"

#include "core/fund/fund.h"
#include "core/fund/programme.h"
#include "core/i18n/labels.h"
#include "core/money/limit.h"
#include "core/money/money.h"
#include "core/validate.h"
#include "ui/dialogs.h"
#include "ui/discardguard.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/language.h"
#include "ui/models/models.h"
#include "ui/orgs/organisationdialog.h"
#include "ui/pages/recordsbrowser.h"

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
    m_records = new RecordsBrowser(m_session, m_code, m_tabs, this);
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
    m_records->load();
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
            objectiveHints << o.code;
        }
    }
    QList<std::pair<QString, QString>> areas{{QString(), QString()}};
    if (auto list = core::programme::areas(db)) {
        for (const core::ActionArea &a : *list)
            areas.append({a.code, tr("%1. %2").arg(a.code, core::i18n::seededTitle(
                                                               a.title, currentLanguage()))});
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
    core::Database &db = *m_session->database();
    // What the officer typed that does not read as a value (a date, an amount): the core's
    // parsers say why, in the interface language.
    for (Field d : {Start, End}) {
        const QString t = f.text[d].trimmed();
        if (t.isEmpty())
            continue;
        if (auto r = core::parseIsoDate(d == Start ? u"start"_s : u"end"_s, t); !r)
            why[d] = errorText(r.error());
    }
    const QString currency = f.text[Currency].trimmed().toUpper();
    const QLocale locale;
    if (auto z = core::Money::zero(currency); !z) {
        why[Currency] = errorText(z.error());
    } else if (!f.text[Requested].trimmed().isEmpty()) {
        if (auto m = core::Money::parseLocalized(f.text[Requested].trimmed(), currency, locale); !m)
            why[Requested] = errorText(m.error());
    }
    if (f.text[Applicant].isEmpty())
        why[Applicant] = tr("Choose the applicant.");
    const QString objectives = f.text[Objectives].simplified().remove(u' ');
    if (auto o = core::programme::checkObjectives(db, objectives); !o)
        why[Objectives] = errorText(o.error());

    // The budget: each line's amount readable.
    QString budgetIssue;
    for (int r = 0; r < f.budget.size() && budgetIssue.isEmpty(); ++r) {
        auto m = core::Money::parseLocalized(f.budget.at(r).second.trimmed(), currency, locale);
        if (!m)
            budgetIssue = tr("Line %1: %2").arg(r + 1).arg(errorText(m.error()));
    }

    // The core's own checks of a draft (the ones add() and edit() run before saving), each
    // beside its field: one set of rules, one wording.
    const core::Proposal p = toProposal();
    static const QHash<QString, int> fieldOf{
        {u"code"_s, Code},
        {u"title"_s, Title},
        {u"stage"_s, Stage},
        {u"requested"_s, Requested},
        {u"currency"_s, Currency},
        {u"source"_s, Source},
        {u"source_reference"_s, SourceReference},
        {u"countries"_s, Countries},
        {u"end"_s, End},
        {u"summary"_s, Summary},
        {u"disaggregation"_s, DisaggregationOther},
        {u"disaggregation_other"_s, DisaggregationOther},
        {u"budget"_s, Budget},
        {u"budget category"_s, Budget},
    };
    for (const core::Error &e : core::pipeline::validateDraft(p, m_code.isEmpty())) {
        const int field = fieldOf.value(e.field, Title);
        if (field == Budget) {
            if (budgetIssue.isEmpty())
                budgetIssue = errorText(e);
        } else if (!why.contains(field)) {
            why[field] = errorText(e);
        }
    }
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        it.value()->setText(why.value(it.key()));
        if (QWidget *w = m_widgets.value(it.key()))
            w->setToolTip(why.value(it.key()));
    }

    // The total against the request, summed within the own-currency limit (issue 17).
    std::optional<qint64> total = 0;
    for (const core::BudgetLine &b : p.budget)
        total = total ? core::addWithin(*total, b.amountMinor) : total;
    m_budgetIssue->setProperty("issue", budgetIssue);
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

    QStringList missing;
    for (const core::Error &e : core::pipeline::missingItems(p))
        missing << errorText(e);
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

QTableView *ProposalEditor::trancheView() const
{
    return m_records->trancheView();
}

QTableView *ProposalEditor::reportView() const
{
    return m_records->reportView();
}

QTableView *ProposalEditor::historyView() const
{
    return m_records->historyView();
}

QTableWidget *ProposalEditor::reviewTable() const
{
    return m_records->reviewTable();
}

QLabel *ProposalEditor::reviewSummary() const
{
    return m_records->reviewSummary();
}

bool ProposalEditor::releaseSelectedTranche()
{
    return m_records->releaseSelectedTranche();
}

bool ProposalEditor::receiveSelectedReport()
{
    return m_records->receiveSelectedReport();
}

void ProposalEditor::reject()
{
    if (m_discard->mayClose())
        QDialog::reject();
}

} // namespace imdp::ui
