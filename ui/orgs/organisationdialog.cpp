// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/orgs/organisationdialog.h"

#include "ui/dialogs.h"
#include "ui/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

OrganisationDialog::OrganisationDialog(core::Database &db, const QString &name, const QString &kind,
                                       QWidget *parent)
    : EntryDialog(db, tr("Add Organisation"), parent)
{
    core::Organisation o;
    o.name = name.trimmed();
    o.kind = kind;
    build(o);
}

OrganisationDialog::OrganisationDialog(core::Database &db, const core::Organisation &existing,
                                       QWidget *parent)
    : EntryDialog(db, tr("Edit Organisation"), parent)
    , m_editing(existing.name)
{
    build(existing);
}

void OrganisationDialog::build(const core::Organisation &o)
{
    m_name = makeLine(u"name"_s, tr("e.g. Kingdom of Sweden"));
    m_name->setText(o.name);
    m_short = makeLine(u"shortName"_s, tr("e.g. UNDP"));
    m_short->setText(o.shortName);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(QString(), QString());
    for (const QString &k : core::organisations::kinds())
        m_kind->addItem(organisationKindLabel(k), k);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(o.kind)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrganisationDialog::revalidate);
    m_gmg = new QCheckBox(tr("A member of the Global Migration Group"), this);
    m_gmg->setObjectName(u"gmg"_s);
    m_gmg->setChecked(o.gmgMember);
    m_country = makeLine(u"country"_s, tr("ISO code, e.g. SE; empty for an international body"));
    m_country->setText(o.country);
    m_country->setMaxLength(2);
    m_iati = makeLine(u"iatiRef"_s, tr("e.g. SE-0-2021005464"));
    m_iati->setText(o.iatiRef);
    m_contact = makeLine(u"contact"_s);
    m_contact->setText(o.contact);
    m_email = makeLine(u"email"_s, tr("name@example.org"));
    m_email->setText(o.email);

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("S&hort name:"), m_short);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(QString(), m_gmg);
    form()->addRow(tr("&Country:"), m_country);
    form()->addRow(tr("&IATI identifier:"), m_iati);
    form()->addRow(tr("C&ontact person:"), m_contact);
    form()->addRow(tr("&E-mail:"), m_email);
    finishForm();
    m_name->setFocus();
}

core::Organisation OrganisationDialog::fields() const
{
    core::Organisation o;
    o.name = m_name->text();
    o.shortName = m_short->text();
    o.kind = m_kind->currentData().toString();
    o.gmgMember = m_gmg->isChecked();
    o.country = m_country->text();
    o.iatiRef = m_iati->text();
    o.contact = m_contact->text();
    o.email = m_email->text();
    return o;
}

QStringList OrganisationDialog::validate()
{
    QStringList problems;
    const core::Organisation o = fields();
    if (o.name.trimmed().isEmpty())
        problems << tr("Name: enter the organisation's name");
    if (o.kind.isEmpty())
        problems << tr("Kind: choose what kind of organisation it is");
    if (problems.isEmpty()) {
        // The core's own checks, so the form refuses exactly what saving would.
        if (auto c = core::organisations::checked(o); !c)
            problems << errorText(c.error());
    }
    return problems;
}

std::optional<core::Result<qint64>> OrganisationDialog::save()
{
    const core::Organisation o = fields();
    if (m_editing.isEmpty()) {
        auto id = core::organisations::add(db(), o);
        if (id)
            m_savedName = core::organisations::checked(o)->name;
        return id;
    }
    auto after = core::organisations::edit(db(), m_editing, o);
    if (!after)
        return core::Result<qint64>(after.error());
    m_savedName = after->name;
    return after->id;
}

void fillOrganisations(QComboBox *box, core::Database &db,
                       const std::function<QVariant(const core::Organisation &)> &data, bool blank)
{
    const QString typed = box->currentText();
    box->clear();
    if (blank)
        box->addItem(QString(), QString());
    if (auto orgs = core::organisations::list(db)) {
        for (const core::Organisation &o : *orgs) {
            if (!o.retired)
                box->addItem(o.name, data(o));
        }
    }
    if (box->isEditable())
        box->setCurrentText(typed);
}

QWidget *withAddOrganisation(QComboBox *box, core::Database &db, const QString &kind,
                             const std::function<QVariant(const core::Organisation &)> &data,
                             QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *l = new QHBoxLayout(row);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(box, 1);
    auto *add = new QPushButton(OrganisationDialog::tr("Add organisation…"), row);
    add->setObjectName(box->objectName() + u"AddOrganisation"_s);
    l->addWidget(add);
    QObject::connect(add, &QPushButton::clicked, box, [box, &db, kind, data, add] {
        const QString typed = box->isEditable() ? box->currentText() : QString();
        OrganisationDialog d(db, typed, kind, add->window());
        if (dialogs::exec(&d) != QDialog::Accepted)
            return;
        auto o = core::organisations::find(db, d.savedName());
        if (!o)
            return;
        int i = box->findText(o->name);
        if (i < 0) {
            box->addItem(o->name, data(*o));
            i = box->count() - 1;
        }
        box->setCurrentIndex(i);
        if (box->isEditable())
            box->setCurrentText(o->name);
    });
    return row;
}

} // namespace imdp::ui
