// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/setup/programmedialog.h"

#include "core/money/money.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/models/models.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {

const QDate kNoDate(2000, 1, 1); // the minimum of the window's dates, shown as "Not set"

QString usdText(const std::optional<qint64> &minor)
{
    return minor ? core::formatMinor(*minor, 2, QLocale()) : QString();
}

template<typename T>
T orEmpty(core::Result<T> r)
{
    return r ? std::move(r).value() : T{};
}

QListWidget *checkList(QWidget *parent, const QString &name)
{
    auto *l = new QListWidget(parent);
    l->setObjectName(name);
    // A few rows, scrolled beyond: the dialog keeps its height on a fund with many objectives.
    l->setMaximumHeight(l->fontMetrics().height() * 5 + 12);
    l->setMinimumHeight(l->fontMetrics().height() * 3 + 12);
    return l;
}

} // namespace

// ---- objective -------------------------------------------------------------------------------

ObjectiveDialog::ObjectiveDialog(core::Database &db, const core::Objective &existing,
                                 QWidget *parent)
    : EntryDialog(db, existing.code.isEmpty() ? tr("Add Objective") : tr("Edit Objective"), parent)
    , m_editing(existing.code)
{
    m_code = makeLine(u"code"_s, tr("e.g. 4"));
    m_code->setText(existing.code);
    m_code->setReadOnly(!m_editing.isEmpty());
    m_en = makeLine(u"titleEn"_s);
    m_en->setText(existing.titleEn);
    m_fr = makeLine(u"titleFr"_s, tr("optional"));
    m_fr->setText(existing.titleFr);
    m_es = makeLine(u"titleEs"_s, tr("optional"));
    m_es->setText(existing.titleEs);
    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(tr("Title (&English):"), m_en);
    form()->addRow(tr("Title (&French):"), m_fr);
    form()->addRow(tr("Title (&Spanish):"), m_es);
    finishForm();
    setHint(tr("A code never changes once added; the titles can be edited later."));
}

QStringList ObjectiveDialog::validate()
{
    QStringList problems;
    if (m_code->text().trimmed().isEmpty())
        problems << tr("Code: enter 1-8 capital letters or digits");
    if (m_en->text().trimmed().isEmpty())
        problems << tr("Title (English): enter the objective's title");
    return problems;
}

std::optional<core::Result<qint64>> ObjectiveDialog::save()
{
    core::Objective o{m_code->text().trimmed(), m_en->text(), m_fr->text(), m_es->text(), false};
    const core::Status s = m_editing.isEmpty() ? core::programme::addObjective(db(), o)
                                               : core::programme::editObjective(db(), m_editing, o);
    if (!s)
        return core::Result<qint64>(s.error());
    return core::Result<qint64>(qint64(1));
}

// ---- area ------------------------------------------------------------------------------------

AreaDialog::AreaDialog(core::Database &db, const core::ActionArea &existing, QWidget *parent)
    : EntryDialog(db, existing.code.isEmpty() ? tr("Add Action Area") : tr("Edit Action Area"),
                  parent)
    , m_editing(existing.code)
{
    m_code = makeLine(u"code"_s, tr("e.g. C"));
    m_code->setText(existing.code);
    m_code->setReadOnly(!m_editing.isEmpty());
    m_title = makeLine(u"title"_s);
    m_title->setText(existing.title);
    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(tr("&Title:"), m_title);
    finishForm();
}

QStringList AreaDialog::validate()
{
    QStringList problems;
    if (m_code->text().trimmed().isEmpty())
        problems << tr("Code: enter 1-8 capital letters or digits");
    if (m_title->text().trimmed().isEmpty())
        problems << tr("Title: enter the action area's title");
    return problems;
}

std::optional<core::Result<qint64>> AreaDialog::save()
{
    const core::Status s =
        m_editing.isEmpty()
            ? core::programme::addArea(db(), {m_code->text().trimmed(), m_title->text(), false})
            : core::programme::editArea(db(), m_editing, m_title->text());
    if (!s)
        return core::Result<qint64>(s.error());
    return core::Result<qint64>(qint64(1));
}

// ---- window ----------------------------------------------------------------------------------

WindowDialog::WindowDialog(core::Database &db, const core::FundingWindow &existing, QWidget *parent)
    : EntryDialog(db,
                  existing.code.isEmpty() ? tr("Open Funding Window") : tr("Edit Funding Window"),
                  parent)
    , m_editing(existing.code)
{
    m_code = makeLine(u"code"_s, tr("e.g. W2008-1"));
    m_code->setText(existing.code);
    m_code->setReadOnly(!m_editing.isEmpty());
    m_title = makeLine(u"title"_s);
    m_title->setText(existing.title);
    const auto date = [this](const QString &name, const QDate &value) {
        QDateEdit *d = makeDate(name);
        d->setMinimumDate(kNoDate);
        d->setSpecialValueText(tr("Not set"));
        d->setDate(value.isValid() ? value : kNoDate);
        return d;
    };
    m_opens = date(u"opens"_s, existing.opens);
    m_closes = date(u"closes"_s, existing.closes);
    m_objectives = checkList(this, u"objectives"_s);
    if (auto all = core::programme::objectives(db)) {
        for (const core::Objective &o : *all) {
            auto *item = new QListWidgetItem(
                tr("%1 — %2").arg(o.code, o.title(QLocale().name().left(2))), m_objectives);
            item->setData(Qt::UserRole, o.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_areas = checkList(this, u"areas"_s);
    if (auto all = core::programme::areas(db)) {
        for (const core::ActionArea &a : *all) {
            auto *item = new QListWidgetItem(tr("%1 — %2").arg(a.code, a.title), m_areas);
            item->setData(Qt::UserRole, a.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    check(m_objectives, existing.objectives);
    check(m_areas, existing.areas);
    connect(m_objectives, &QListWidget::itemChanged, this, &WindowDialog::revalidate);
    connect(m_areas, &QListWidget::itemChanged, this, &WindowDialog::revalidate);
    const QString example = core::formatMinor(5000000, 2, QLocale());
    m_ceiling = makeLine(u"ceiling"_s, tr("optional, e.g. %1").arg(example));
    m_ceiling->setText(usdText(existing.ceilingUsdMinor));
    m_total = makeLine(u"total"_s, tr("optional"));
    m_total->setText(usdText(existing.totalUsdMinor));

    form()->addRow(tr("&Code:"), m_code);
    form()->addRow(tr("&Title:"), m_title);
    form()->addRow(tr("&Opens on:"), m_opens);
    form()->addRow(tr("C&loses on:"), m_closes);
    form()->addRow(tr("O&bjectives accepted:"), m_objectives);
    form()->addRow(tr("&Areas accepted:"), m_areas);
    form()->addRow(tr("Ceiling per &proposal (USD):"), m_ceiling);
    form()->addRow(tr("Total for the &window (USD):"), m_total);
    finishForm();
    setHint(tr("No area ticked: every area is accepted. A proposal is refused at submission when "
               "the window does not accept its objectives or area, is not open that day, or when "
               "it asks more than the ceilings."));
}

void WindowDialog::check(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

std::optional<core::FundingWindow> WindowDialog::window(QStringList &problems) const
{
    core::FundingWindow w;
    w.code = m_code->text().trimmed();
    w.title = m_title->text();
    if (w.code.isEmpty())
        problems << tr("Code: enter 1-24 capital letters, digits or dashes");
    if (w.title.trimmed().isEmpty())
        problems << tr("Title: enter the window's title");
    if (m_opens->date() != kNoDate)
        w.opens = m_opens->date();
    if (m_closes->date() != kNoDate)
        w.closes = m_closes->date();
    if (w.opens.isValid() && w.closes.isValid() && w.closes < w.opens)
        problems << tr("Closes on: before the opening date");
    for (int i = 0; i < m_objectives->count(); ++i) {
        if (m_objectives->item(i)->checkState() == Qt::Checked)
            w.objectives << m_objectives->item(i)->data(Qt::UserRole).toString();
    }
    if (w.objectives.isEmpty())
        problems << tr("Objectives: tick at least one objective the window accepts");
    for (int i = 0; i < m_areas->count(); ++i) {
        if (m_areas->item(i)->checkState() == Qt::Checked)
            w.areas << m_areas->item(i)->data(Qt::UserRole).toString();
    }
    if (!m_ceiling->text().trimmed().isEmpty()) {
        if (auto v = amount(m_ceiling, u"USD"_s, tr("Ceiling"), problems))
            w.ceilingUsdMinor = *v;
    }
    if (!m_total->text().trimmed().isEmpty()) {
        if (auto v = amount(m_total, u"USD"_s, tr("Total"), problems))
            w.totalUsdMinor = *v;
    }
    if (w.ceilingUsdMinor && w.totalUsdMinor && *w.ceilingUsdMinor > *w.totalUsdMinor)
        problems << tr("Ceiling: above the window's total");
    if (!problems.isEmpty())
        return std::nullopt;
    return w;
}

QStringList WindowDialog::validate()
{
    QStringList problems;
    window(problems);
    return problems;
}

std::optional<core::Result<qint64>> WindowDialog::save()
{
    QStringList problems;
    const auto w = window(problems);
    if (!w)
        return core::Result<qint64>(core::Error::badInput(problems.value(0)));
    if (m_editing.isEmpty())
        return core::programme::addWindow(db(), *w);
    if (auto s = core::programme::editWindow(db(), m_editing, *w); !s)
        return core::Result<qint64>(s.error());
    return core::Result<qint64>(qint64(1));
}

// ---- the programme dialog --------------------------------------------------------------------

ProgrammeDialog::ProgrammeDialog(FundSession *session, Tab tab, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"programmeDialog"_s);
    setWindowTitle(tr("Objectives, Areas and Funding Windows"));
    const bool writable = !m_session->database()->isReadOnly();
    const auto table = [this](const QString &name, const QStringList &headers) {
        auto *t = new QTableWidget(0, int(headers.size()), this);
        t->setObjectName(name);
        t->setHorizontalHeaderLabels(headers);
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setWordWrap(false);
        t->horizontalHeader()->setStretchLastSection(true);
        return t;
    };
    const auto button = [this, writable](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setEnabled(writable);
        return b;
    };
    m_objectiveTable =
        table(u"objectives"_s, {tr("Code"), tr("Title (English)"), tr("Title (French)"),
                                tr("Title (Spanish)"), tr("In use")});
    m_areaTable = table(u"areas"_s, {tr("Code"), tr("Title"), tr("In use")});
    m_windowTable =
        table(u"windows"_s, {tr("Code"), tr("Title"), tr("Opens"), tr("Closes"), tr("Objectives"),
                             tr("Areas"), tr("Ceiling (USD)"), tr("Total (USD)"), tr("Proposals")});
    auto *addObjectiveButton = button(tr("&Add Objective…"), u"addObjective"_s);
    m_editObjective = button(tr("&Edit…"), u"editObjective"_s);
    m_removeObjective = button(tr("&Remove"), u"removeObjective"_s);
    auto *addAreaButton = button(tr("&Add Area…"), u"addArea"_s);
    m_editArea = button(tr("&Edit…"), u"editArea"_s);
    m_removeArea = button(tr("&Remove"), u"removeArea"_s);
    auto *addWindowButton = button(tr("&Open Window…"), u"addWindow"_s);
    m_editWindow = button(tr("&Edit…"), u"editWindow"_s);
    m_tabs->addTab(
        tabPage(m_objectiveTable, {addObjectiveButton, m_editObjective, m_removeObjective}),
        tr("Ob&jectives"));
    m_tabs->addTab(tabPage(m_areaTable, {addAreaButton, m_editArea, m_removeArea}),
                   tr("Action A&reas"));
    m_tabs->addTab(tabPage(m_windowTable, {addWindowButton, m_editWindow}), tr("Funding &Windows"));

    auto *note = new QLabel(tr("Codes never change. An objective or area that a proposal or a "
                               "window uses is kept: it can be retitled, not removed."),
                            this);
    note->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(note);
    layout->addWidget(close);

    connect(addObjectiveButton, &QPushButton::clicked, this, &ProgrammeDialog::addObjective);
    connect(m_editObjective, &QPushButton::clicked, this,
            [this] { editObjective(selectedCode(m_objectiveTable)); });
    connect(m_removeObjective, &QPushButton::clicked, this,
            [this] { removeObjective(selectedCode(m_objectiveTable)); });
    connect(addAreaButton, &QPushButton::clicked, this, &ProgrammeDialog::addArea);
    connect(m_editArea, &QPushButton::clicked, this,
            [this] { editArea(selectedCode(m_areaTable)); });
    connect(m_removeArea, &QPushButton::clicked, this,
            [this] { removeArea(selectedCode(m_areaTable)); });
    connect(addWindowButton, &QPushButton::clicked, this, &ProgrammeDialog::addWindow);
    connect(m_editWindow, &QPushButton::clicked, this,
            [this] { editWindow(selectedCode(m_windowTable)); });
    connect(m_objectiveTable, &QTableWidget::cellDoubleClicked, this,
            [this] { editObjective(selectedCode(m_objectiveTable)); });
    connect(m_areaTable, &QTableWidget::cellDoubleClicked, this,
            [this] { editArea(selectedCode(m_areaTable)); });
    connect(m_windowTable, &QTableWidget::cellDoubleClicked, this,
            [this] { editWindow(selectedCode(m_windowTable)); });
    for (QTableWidget *t : {m_objectiveTable, m_areaTable, m_windowTable})
        connect(t, &QTableWidget::itemSelectionChanged, this, &ProgrammeDialog::refresh);
    refresh();
    m_tabs->setCurrentIndex(int(tab));
    resize(860, 480);
}

QWidget *ProgrammeDialog::tabPage(QTableWidget *table, const QList<QPushButton *> &buttons)
{
    auto *page = new QWidget(m_tabs);
    auto *l = new QVBoxLayout(page);
    l->addWidget(table, 1);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    l->addLayout(row);
    table->setParent(page);
    return page;
}

QString ProgrammeDialog::selectedCode(QTableWidget *table) const
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0))
        return {};
    return table->item(row, 0)->text();
}

void ProgrammeDialog::refresh()
{
    core::Database &db = *m_session->database();
    const bool writable = !db.isReadOnly();
    const auto fill = [](QTableWidget *t, const QList<QStringList> &rows) {
        const QString keep = t->currentRow() >= 0 && t->item(t->currentRow(), 0)
                                 ? t->item(t->currentRow(), 0)->text()
                                 : QString();
        const QSignalBlocker block(t);
        t->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows[r].size(); ++c)
                t->setItem(r, c, new QTableWidgetItem(rows[r][c]));
            if (rows[r].value(0) == keep)
                t->setCurrentCell(r, 0);
        }
        t->resizeColumnsToContents();
    };
    const auto yesNo = [](bool used) { return used ? tr("yes") : tr("no"); };
    m_objectiveRows = orEmpty(core::programme::objectives(db));
    QList<QStringList> rows;
    for (const core::Objective &o : std::as_const(m_objectiveRows))
        rows.append({o.code, o.titleEn, o.titleFr, o.titleEs, yesNo(o.used)});
    fill(m_objectiveTable, rows);
    m_areaRows = orEmpty(core::programme::areas(db));
    rows.clear();
    for (const core::ActionArea &a : std::as_const(m_areaRows))
        rows.append({a.code, a.title, yesNo(a.used)});
    fill(m_areaTable, rows);
    rows.clear();
    const auto date = [](const QDate &d) { return formatDate(d); };
    for (const core::FundingWindow &w : orEmpty(core::programme::windows(db)))
        rows.append({w.code, w.title, date(w.opens), date(w.closes), w.objectives.join(u", "_s),
                     w.areas.isEmpty() ? tr("all") : w.areas.join(u", "_s),
                     usdText(w.ceilingUsdMinor), usdText(w.totalUsdMinor),
                     QString::number(w.proposals)});
    fill(m_windowTable, rows);

    const auto used = [](const auto &list, const QString &code) {
        for (const auto &x : list)
            if (x.code == code)
                return x.used;
        return true;
    };
    const QString objective = selectedCode(m_objectiveTable);
    const QString area = selectedCode(m_areaTable);
    m_editObjective->setEnabled(writable && !objective.isEmpty());
    m_removeObjective->setEnabled(writable && !objective.isEmpty() &&
                                  !used(m_objectiveRows, objective));
    m_editArea->setEnabled(writable && !area.isEmpty());
    m_removeArea->setEnabled(writable && !area.isEmpty() && !used(m_areaRows, area));
    m_editWindow->setEnabled(writable && !selectedCode(m_windowTable).isEmpty());
}

void ProgrammeDialog::afterChange()
{
    refresh();
    m_session->recorded(tr("Programme saved"));
}

void ProgrammeDialog::addObjective()
{
    ObjectiveDialog d(*m_session->database(), {}, this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        afterChange();
}

void ProgrammeDialog::editObjective(const QString &code)
{
    for (const core::Objective &o : std::as_const(m_objectiveRows)) {
        if (o.code != code)
            continue;
        ObjectiveDialog d(*m_session->database(), o, this);
        if (dialogs::exec(&d) == QDialog::Accepted)
            afterChange();
        return;
    }
}

void ProgrammeDialog::removeObjective(const QString &code)
{
    if (code.isEmpty() ||
        !dialogs::confirm(this, tr("Remove Objective"),
                          tr("Remove objective %1? Nothing uses it yet.").arg(code), tr("Remove")))
        return;
    if (auto s = core::programme::removeObjective(*m_session->database(), code); !s)
        dialogs::error(this, tr("Remove Objective"), errorText(s.error()));
    afterChange();
}

void ProgrammeDialog::addArea()
{
    AreaDialog d(*m_session->database(), {}, this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        afterChange();
}

void ProgrammeDialog::editArea(const QString &code)
{
    for (const core::ActionArea &a : std::as_const(m_areaRows)) {
        if (a.code != code)
            continue;
        AreaDialog d(*m_session->database(), a, this);
        if (dialogs::exec(&d) == QDialog::Accepted)
            afterChange();
        return;
    }
}

void ProgrammeDialog::removeArea(const QString &code)
{
    if (code.isEmpty() ||
        !dialogs::confirm(this, tr("Remove Action Area"),
                          tr("Remove action area %1? Nothing uses it yet.").arg(code),
                          tr("Remove")))
        return;
    if (auto s = core::programme::removeArea(*m_session->database(), code); !s)
        dialogs::error(this, tr("Remove Action Area"), errorText(s.error()));
    afterChange();
}

void ProgrammeDialog::addWindow()
{
    WindowDialog d(*m_session->database(), {}, this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        afterChange();
}

void ProgrammeDialog::editWindow(const QString &code)
{
    if (code.isEmpty())
        return;
    auto w = core::programme::window(*m_session->database(), code);
    if (!w) {
        dialogs::error(this, tr("Edit Funding Window"), errorText(w.error()));
        return;
    }
    WindowDialog d(*m_session->database(), *w, this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        afterChange();
}

} // namespace imdp::ui
