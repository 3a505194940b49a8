// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/setup/newfundwizard.h"

#include "core/fund/fund.h"
#include "core/fund/setup.h"
#include "core/ledger/importpreview.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "ui/dialogs.h"
#include "ui/discardguard.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {

/// A page whose required fields (registered with a trailing '*') keep Next disabled until filled.
struct Page final : QWizardPage
{
    using QWizardPage::QWizardPage;
    using QWizardPage::registerField;
};

/// The optional organisations page: Next (or Finish) runs the preview first and stays while the
/// file has a problem.
struct CheckedPage final : QWizardPage
{
    using QWizardPage::QWizardPage;
    std::function<bool()> check;
    bool validatePage() override { return !check || check(); }
};

Page *makePage(QWizard *wizard, const QString &title, const QString &subtitle)
{
    auto *p = new Page(wizard);
    p->setTitle(title);
    p->setSubTitle(subtitle);
    return p;
}

/// A table of rows with Add and Remove buttons under it.
QWidget *editableTable(QWidget *parent, QTableWidget *table)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    v->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(NewFundWizard::tr("Add"), box);
    auto *remove = new QPushButton(NewFundWizard::tr("Remove"), box);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    v->addLayout(buttons);
    return box;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *i = t->item(row, column);
    return i ? i->text().trimmed() : QString();
}

} // namespace

NewFundWizard::NewFundWizard(QWidget *parent)
    : QWizard(parent)
    , m_discard(new DiscardGuard(this))
{
    setObjectName(u"newFundWizard"_s);
    setWindowTitle(tr("New Fund"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    // 1. Name and file.
    Page *first = makePage(this, tr("Name and file"),
                           tr("Each fund is one file. Choose its name and where to keep it."));
    auto *form1 = new QFormLayout(first);
    m_name = new QLineEdit(first);
    m_name->setObjectName(u"name"_s);
    form1->addRow(tr("&Name of the fund:"), m_name);
    m_file = new QLineEdit(first);
    m_file->setObjectName(u"file"_s);
    auto *browse = new QPushButton(tr("Choose…"), first);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::saveFileName(this, tr("New Fund"), tr("IMDP funds (*.imdp)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            if (m_name->text().trimmed().isEmpty())
                m_name->setText(QFileInfo(path).completeBaseName());
        }
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form1->addRow(tr("&File:"), fileRow);
    first->registerField(u"name*"_s, m_name);
    first->registerField(u"file*"_s, m_file);
    addPage(first);

    // 2. Money: fiscal year, cap, fee.
    QWizardPage *second = makePage(this, tr("Fiscal year, cap and fee"),
                                   tr("These can be changed later in File › Fund Settings…"));
    auto *form2 = new QFormLayout(second);
    m_month = new QComboBox(second);
    m_month->setObjectName(u"fiscalMonth"_s);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m), m);
    m_month->setCurrentIndex(6); // July, as the World Bank
    m_day = new QSpinBox(second);
    m_day->setObjectName(u"fiscalDay"_s);
    m_day->setRange(1, 31);
    auto *fy = new QHBoxLayout;
    fy->addWidget(m_day);
    fy->addWidget(m_month, 1);
    form2->addRow(tr("Fiscal year &starts:"), fy);
    m_cap = new QSpinBox(second);
    m_cap->setObjectName(u"capBps"_s);
    m_cap->setRange(0, 10000);
    m_cap->setValue(1500);
    m_cap->setSuffix(tr(" bps"));
    form2->addRow(tr("DGF &cap:"), m_cap);
    m_fee = new QLineEdit(u"none"_s, second);
    m_fee->setObjectName(u"fee"_s);
    m_fee->setToolTip(tr("none; flat:100 (1% of each receipt); or tiers, e.g. "
                         "tiered:1000000.00=200,*=100"));
    form2->addRow(tr("Administrative &fee:"), m_fee);
    auto *capNote = new QLabel(tr("The DGF cap is in basis points: 1500 means Bank resources may "
                                  "be at most 15% of the total funding."),
                               second);
    capNote->setWordWrap(true);
    form2->addRow(capNote);
    addPage(second);

    // 3. Objectives and action areas.
    QWizardPage *third = makePage(this, tr("Objectives and action areas"),
                                  tr("Proposals serve these objectives and fall in these areas. "
                                     "Edit, add or remove rows; titles can change later."));
    auto *v3 = new QVBoxLayout(third);
    m_objectives = new QTableWidget(0, 4, third);
    m_objectives->setObjectName(u"objectives"_s);
    m_objectives->setHorizontalHeaderLabels(
        {tr("Code"), tr("Title (English)"), tr("Title (French)"), tr("Title (Spanish)")});
    for (const core::Objective &o : core::programme::seedObjectives()) {
        const int r = m_objectives->rowCount();
        m_objectives->insertRow(r);
        const QStringList cells{o.code, o.titleEn, o.titleFr, o.titleEs};
        for (int c = 0; c < cells.size(); ++c)
            m_objectives->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_objectives->setColumnWidth(0, 60);
    m_objectives->setColumnWidth(1, 220);
    m_objectives->setColumnWidth(2, 220);
    v3->addWidget(new QLabel(tr("Objectives:"), third));
    v3->addWidget(editableTable(third, m_objectives), 3);
    m_areas = new QTableWidget(0, 2, third);
    m_areas->setObjectName(u"areas"_s);
    m_areas->setHorizontalHeaderLabels({tr("Code"), tr("Title")});
    for (const core::ActionArea &a : core::programme::seedAreas()) {
        const int r = m_areas->rowCount();
        m_areas->insertRow(r);
        m_areas->setItem(r, 0, new QTableWidgetItem(a.code));
        m_areas->setItem(r, 1, new QTableWidgetItem(a.title));
    }
    m_areas->setColumnWidth(0, 60);
    v3->addWidget(new QLabel(tr("Action areas:"), third));
    v3->addWidget(editableTable(third, m_areas), 2);
    addPage(third);

    // 4. Organisations, optional: the directory's own CSV import, previewed on a scratch fund.
    auto *fourth = new CheckedPage(this);
    fourth->setTitle(tr("Organisations (optional)"));
    fourth->setSubTitle(tr("An organisations CSV file (columns name,kind and optionally "
                           "short_name,gmg_member,country,iati_ref,contact,email) to start the "
                           "directory with. Imported whole or not at all; leave empty to add "
                           "organisations later."));
    auto *v4 = new QVBoxLayout(fourth);
    auto *row4 = new QHBoxLayout;
    m_orgCsv = new QLineEdit(fourth);
    m_orgCsv->setObjectName(u"organisationsCsv"_s);
    auto *choose4 = new QPushButton(tr("Choose…"), fourth);
    auto *preview4 = new QPushButton(tr("Preview"), fourth);
    preview4->setObjectName(u"organisationsPreview"_s);
    row4->addWidget(m_orgCsv, 1);
    row4->addWidget(choose4);
    row4->addWidget(preview4);
    v4->addLayout(row4);
    // Scrolled: twenty problems or thirty names must not make the wizard taller than the screen.
    auto *scroll = new QScrollArea(fourth);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_orgSummary = new QLabel(scroll);
    m_orgSummary->setObjectName(u"organisationsSummary"_s);
    m_orgSummary->setWordWrap(true);
    m_orgSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_orgSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scroll->setWidget(m_orgSummary);
    v4->addWidget(scroll, 1);
    connect(choose4, &QPushButton::clicked, this, [this] {
        const QString f = dialogs::openFileName(this, tr("Organisations CSV"),
                                                tr("CSV files (*.csv);;All files (*)"));
        if (!f.isEmpty()) {
            m_orgCsv->setText(f);
            previewOrganisations();
        }
    });
    connect(preview4, &QPushButton::clicked, this, &NewFundWizard::previewOrganisations);
    connect(m_orgCsv, &QLineEdit::textChanged, m_orgSummary, &QLabel::clear);
    fourth->check = [this] { return previewOrganisations(); };
    addPage(fourth);
    resize(820, 560);
}

QString NewFundWizard::path() const
{
    QString p = m_file->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty())
        p += u".imdp"_s;
    return p;
}

QList<core::Objective> NewFundWizard::objectiveRows() const
{
    QList<core::Objective> out;
    for (int r = 0; r < m_objectives->rowCount(); ++r) {
        if (cell(m_objectives, r, 0).isEmpty() && cell(m_objectives, r, 1).isEmpty())
            continue; // an added row left empty
        out.append({cell(m_objectives, r, 0), cell(m_objectives, r, 1), cell(m_objectives, r, 2),
                    cell(m_objectives, r, 3), false});
    }
    return out;
}

QList<core::ActionArea> NewFundWizard::areaRows() const
{
    QList<core::ActionArea> out;
    for (int r = 0; r < m_areas->rowCount(); ++r) {
        if (cell(m_areas, r, 0).isEmpty() && cell(m_areas, r, 1).isEmpty())
            continue;
        out.append({cell(m_areas, r, 0), cell(m_areas, r, 1), false});
    }
    return out;
}

core::Status NewFundWizard::populate(core::Database &db) const
{
    core::FundSettings s;
    s.name = m_name->text().trimmed();
    s.capBps = m_cap->value();
    s.fiscalYearStartMonth = m_month->currentData().toInt();
    s.fiscalYearStartDay = m_day->value();
    if (auto st = core::fund::initialise(db, s); !st)
        return st;
    if (m_fee->text().trimmed() != u"none"_s) {
        core::SettingsChange c;
        c.fee = m_fee->text().trimmed();
        if (auto w = core::fund::changeSettings(db, c); !w)
            return w.error();
    }
    if (auto st = core::programme::startWith(db, objectiveRows(), areaRows()); !st)
        return st;
    const QString csv = m_orgCsv->text().trimmed();
    if (csv.isEmpty())
        return {};
    // Inside the new fund's creation: a refused file leaves no fund behind.
    auto r = core::ledger::importOrganisations(db, csv);
    if (!r)
        return r.error();
    if (!r->problems.isEmpty())
        return core::Error::badInput(r->problems.first());
    return {};
}

bool NewFundWizard::previewOrganisations()
{
    const QString csv = m_orgCsv->text().trimmed();
    if (csv.isEmpty()) {
        m_orgSummary->clear();
        return true;
    }
    // The import run, and rolled back, on a scratch fund made like this one (nothing of the
    // new fund exists yet): the summary is what the import will do.
    QTemporaryDir dir;
    core::Result<core::ledger::ImportPreview> preview =
        core::Error::io(tr("cannot make a temporary folder for the preview"));
    if (dir.isValid()) {
        auto scratch =
            core::Database::create(dir.filePath(u"scratch.imdp"_s), [](core::Database &db) {
                core::FundSettings s;
                s.name = u"Preview"_s;
                return core::fund::initialise(db, s);
            });
        if (!scratch)
            preview = scratch.error();
        else
            preview = core::ledger::previewImport(**scratch,
                                                  core::ledger::ImportKind::Organisations, csv);
    }
    if (!preview) {
        m_orgSummary->setText(errorText(preview.error()));
        return false;
    }
    const core::ledger::ImportResult &r = preview->result;
    if (!r.problems.isEmpty()) {
        QStringList shown = r.problems.mid(0, 20);
        if (r.problems.size() + r.unlistedProblems > shown.size())
            shown << tr("… and %1 more").arg(r.problems.size() + r.unlistedProblems - shown.size());
        m_orgSummary->setText(
            tr("Nothing will be imported until the file is corrected:\n%1").arg(shown.join(u'\n')));
        return false;
    }
    QStringList names = r.created.mid(0, 30);
    if (r.created.size() > names.size())
        names << tr("… and %1 more").arg(r.created.size() - names.size());
    m_orgSummary->setText(
        tr("%n organisation(s) will be added with the fund:", nullptr, int(r.rows)) + u"\n"_s +
        names.join(u", "_s));
    return true;
}

void NewFundWizard::reject()
{
    if (m_discard->mayClose())
        QWizard::reject();
}

} // namespace imdp::ui
