// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/organisationspage.h"

#include "core/ledger/importpreview.h"
#include "ui/dialogs.h"
#include "ui/entry/importpreviewdialog.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/orgs/organisationdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
using R = OrganisationRow;

QString count(qint64 n)
{
    return n == 0 ? QString() : QLocale().toString(n);
}

TableModel<R> *makeModel(QObject *parent)
{
    const auto number = [](qint64 core::organisations::Usage::*member) {
        return Column<R>{{},
                         [member](const R &r) { return count(r.usage.*member); },
                         [member](const R &r) { return r.usage.*member; },
                         Qt::AlignRight | Qt::AlignVCenter};
    };
    QList<Column<R>> cols{
        {[] { return OrganisationsPage::tr("Name"); }, [](const R &r) { return r.org.name; }},
        {[] { return OrganisationsPage::tr("Short name"); },
         [](const R &r) { return r.org.shortName; }},
        {[] { return OrganisationsPage::tr("Kind"); },
         [](const R &r) { return organisationKindLabel(r.org.kind); }},
        {[] { return OrganisationsPage::tr("GMG"); },
         [](const R &r) { return r.org.gmgMember ? OrganisationsPage::tr("Yes") : QString(); }},
        {[] { return OrganisationsPage::tr("Country"); }, [](const R &r) { return r.org.country; }},
    };
    Column<R> c = number(&core::organisations::Usage::pledges);
    c.title = [] { return OrganisationsPage::tr("Pledges"); };
    cols << c;
    c = number(&core::organisations::Usage::receipts);
    c.title = [] { return OrganisationsPage::tr("Receipts"); };
    cols << c;
    c = number(&core::organisations::Usage::proposals);
    c.title = [] { return OrganisationsPage::tr("Proposals"); };
    cols << c;
    c = number(&core::organisations::Usage::transfers);
    c.title = [] { return OrganisationsPage::tr("Project entries"); };
    cols << c;
    cols << Column<R>{
        [] { return OrganisationsPage::tr("Committee/reviews"); },
        [](const R &r) { return count(r.usage.committeeMembers + r.usage.reviewers); },
        [](const R &r) { return r.usage.committeeMembers + r.usage.reviewers; },
        Qt::AlignRight | Qt::AlignVCenter};
    cols << Column<R>{
        [] { return OrganisationsPage::tr("Status"); },
        [](const R &r) { return r.org.retired ? OrganisationsPage::tr("Retired") : QString(); }};
    return new TableModel<R>(std::move(cols), parent);
}
} // namespace

OrganisationsPage::OrganisationsPage(FundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(makeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Organisations"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    // A tool bar, so labels longer than the page (French, Spanish) fold into its "»" menu.
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"commands"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto command = [this, bar](const QString &text, const QString &name, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        bar->addAction(a);
        if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            b->setAutoRaise(false);
        return a;
    };
    command(tr("&Add…"), u"addOrganisation"_s, &OrganisationsPage::addOrganisation);
    command(tr("&Edit…"), u"editOrganisation"_s, &OrganisationsPage::editOrganisation);
    m_retire = command(tr("&Retire"), u"retireOrganisation"_s, &OrganisationsPage::toggleRetired);
    command(tr("&Merge…"), u"mergeOrganisation"_s, &OrganisationsPage::mergeOrganisation);
    command(tr("&Delete…"), u"deleteOrganisation"_s, &OrganisationsPage::deleteOrganisation);
    command(tr("&Import CSV…"), u"importOrganisations"_s, &OrganisationsPage::importOrganisations);
    layout->addWidget(bar);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search name, short name or country"));
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &k : core::organisations::kinds())
        m_kind->addItem(organisationKindLabel(k), k);
    m_showRetired = new QCheckBox(tr("Show retired"), this);
    m_showRetired->setObjectName(u"showRetired"_s);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_showRetired);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setObjectName(u"organisations"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &OrganisationsPage::showRows);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrganisationsPage::showRows);
    connect(m_showRetired, &QCheckBox::toggled, this, &OrganisationsPage::showRows);
    connect(m_view, &QTableView::doubleClicked, this, &OrganisationsPage::editOrganisation);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganisationsPage::selectionChanged);
    connect(session, &FundSession::changed, this, &OrganisationsPage::refresh);
    refresh();
}

void OrganisationsPage::refresh()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    m_all.clear();
    auto list = core::organisations::list(*db);
    auto usage = core::organisations::usage(*db);
    if (list && usage) {
        for (const core::Organisation &o : *list)
            m_all.append({o, usage->value(o.id)});
    }
    showRows();
}

void OrganisationsPage::showRows()
{
    const QString keep = selectedName();
    const QString text = m_search->text().trimmed();
    const QString kind = m_kind->currentData().toString();
    QList<R> rows;
    int retired = 0;
    for (const R &r : std::as_const(m_all)) {
        if (r.org.retired)
            ++retired;
        if (r.org.retired && !m_showRetired->isChecked())
            continue;
        if (!kind.isEmpty() && r.org.kind != kind)
            continue;
        if (!text.isEmpty() && !r.org.name.contains(text, Qt::CaseInsensitive) &&
            !r.org.shortName.contains(text, Qt::CaseInsensitive) &&
            r.org.country.compare(text, Qt::CaseInsensitive) != 0)
            continue;
        rows.append(r);
    }
    m_model->setRows(rows);
    m_summary->setText(
        m_all.isEmpty() ? tr("No organisation yet. Add the fund's donors, partners and "
                             "applicants, or import them from a CSV file.")
                        : tr("%1 shown of %2 organisations (%3 retired).")
                              .arg(QLocale().toString(rows.size()),
                                   QLocale().toString(m_all.size()), QLocale().toString(retired)));
    selectOrganisation(keep);
    selectionChanged();
}

QString OrganisationsPage::selectedName() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() && i.row() < m_model->rows().size() ? m_model->rows().at(i.row()).org.name
                                                           : QString();
}

void OrganisationsPage::selectOrganisation(const QString &name)
{
    for (int r = 0; r < m_model->rows().size(); ++r) {
        if (m_model->rows().at(r).org.name == name) {
            m_view->setCurrentIndex(m_model->index(r, 0));
            m_view->scrollTo(m_model->index(r, 0), QAbstractItemView::PositionAtCenter);
            return;
        }
    }
}

void OrganisationsPage::selectionChanged()
{
    const QModelIndex i = m_view->currentIndex();
    const bool retired =
        i.isValid() && i.row() < m_model->rows().size() && m_model->rows().at(i.row()).org.retired;
    m_retire->setText(retired ? tr("Bring &Back") : tr("&Retire"));
}

void OrganisationsPage::addOrganisation()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    OrganisationDialog d(*db, m_search->text(), m_kind->currentData().toString(), this);
    if (dialogs::exec(&d) != QDialog::Accepted)
        return;
    m_search->clear();
    m_session->recorded(tr("Organisation %1 added").arg(d.savedName()));
    selectOrganisation(d.savedName());
}

void OrganisationsPage::editOrganisation()
{
    core::Database *db = m_session->database();
    const QString name = selectedName();
    if (!db || name.isEmpty())
        return;
    auto o = core::organisations::find(*db, name);
    if (!o)
        return;
    OrganisationDialog d(*db, *o, this);
    if (dialogs::exec(&d) != QDialog::Accepted)
        return;
    m_session->recorded(tr("Organisation %1 saved").arg(d.savedName()));
    selectOrganisation(d.savedName());
}

void OrganisationsPage::toggleRetired()
{
    core::Database *db = m_session->database();
    const QString name = selectedName();
    if (!db || name.isEmpty())
        return;
    auto o = core::organisations::find(*db, name);
    if (!o)
        return;
    if (auto s = core::organisations::setRetired(*db, name, !o->retired); !s) {
        dialogs::error(this, tr("Organisations"), errorText(s.error()));
        return;
    }
    if (!o->retired)
        m_showRetired->setChecked(true); // the retired one stays in view, marked
    m_session->recorded(o->retired ? tr("Organisation %1 brought back").arg(name)
                                   : tr("Organisation %1 retired").arg(name));
    selectOrganisation(name);
}

void OrganisationsPage::mergeOrganisation()
{
    core::Database *db = m_session->database();
    const QString name = selectedName();
    if (!db || name.isEmpty())
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Merge Organisation"));
    auto *layout = new QVBoxLayout(&d);
    auto *text = new QLabel(tr("Merge <b>%1</b>, a duplicate, into the organisation kept. Every "
                               "record of %1 (pledges, receipts, proposals, project entries, "
                               "committee and reviews) moves to it, and %1 is kept only as "
                               "another name for it.")
                                .arg(name.toHtmlEscaped()),
                            &d);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    auto *into = new QComboBox(&d);
    into->setObjectName(u"mergeInto"_s);
    for (const R &r : std::as_const(m_all)) {
        if (r.org.name != name)
            into->addItem(r.org.name);
    }
    form->addRow(tr("&Keep:"), into);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &d);
    buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(buttons);
    d.setMinimumWidth(480);
    if (dialogs::exec(&d) != QDialog::Accepted || into->currentText().isEmpty())
        return;
    const QString kept = into->currentText();
    if (auto s = core::organisations::merge(*db, name, kept); !s) {
        dialogs::error(this, tr("Merge Organisation"), errorText(s.error()));
        return;
    }
    m_session->recorded(tr("%1 merged into %2").arg(name, kept));
    selectOrganisation(kept);
}

void OrganisationsPage::deleteOrganisation()
{
    core::Database *db = m_session->database();
    const QString name = selectedName();
    if (!db || name.isEmpty())
        return;
    if (!dialogs::confirm(this, tr("Delete Organisation"),
                          tr("Delete %1 from the directory?").arg(name), tr("&Delete")))
        return;
    if (auto s = core::organisations::remove(*db, name); !s) {
        dialogs::error(this, tr("Delete Organisation"), errorText(s.error()));
        return;
    }
    m_session->recorded(tr("Organisation %1 deleted").arg(name));
}

void OrganisationsPage::importOrganisations()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    const QString path = dialogs::openFileName(this, tr("Import Organisations"),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportPreviewDialog d(*db, core::ledger::ImportKind::Organisations, path, this);
    if (dialogs::exec(&d) != QDialog::Accepted)
        return;
    const QString file = QFileInfo(path).fileName();
    m_session->recorded(d.importedRows() == 1
                            ? tr("1 organisation imported from %1.").arg(file)
                            : tr("%1 organisations imported from %2.")
                                  .arg(QLocale().toString(d.importedRows()), file));
    m_search->clear();
    selectOrganisation(d.firstValue(u"name"_s));
}

} // namespace imdp::ui
