// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/memberdialog.h"

#include "core/committee/members.h"
#include "ui/labels.h"
#include "ui/orgs/organisationdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
const QDate kOpenEnded(2000, 1, 1); // the minimum of the term's end, shown as "Open-ended"
}

QString MemberDialog::roleLabel(const QString &key)
{
    // The observer's role says what it means for the vote; the others read as in the table.
    if (key == u"observer"_s)
        return tr("Observer (does not vote)");
    return memberRoleLabel(key);
}

MemberDialog::MemberDialog(core::Database &db, QWidget *parent)
    : EntryDialog(db, tr("Add Committee Member"), parent)
{
    m_name = makeLine(u"name"_s, tr("e.g. Ms. Ana Ortiz"));
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(u"organisation"_s);
    m_organisation->setEditable(true);
    m_organisation->setInsertPolicy(QComboBox::NoInsert);
    // Long names must not widen the dialog: the popup shows them whole.
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisation->setMinimumContentsLength(24);
    const auto byName = [](const core::Organisation &o) { return QVariant(o.name); };
    // Retired organisations stay on past records but are not offered for new ones.
    fillOrganisations(m_organisation, db, byName);
    m_organisation->setCurrentText(QString());
    m_constituency = new QComboBox(this);
    m_constituency->setObjectName(u"constituency"_s);
    for (const QString &c : core::members::constituencies())
        m_constituency->addItem(constituencyLabel(c), c);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"role"_s);
    for (const QString &r : core::members::roles())
        m_role->addItem(roleLabel(r), r);
    m_role->setCurrentIndex(std::max(0, m_role->findData(u"member"_s)));
    m_from = makeDate(u"from"_s);
    m_to = makeDate(u"to"_s);
    m_to->setMinimumDate(kOpenEnded);
    m_to->setSpecialValueText(tr("Open-ended"));
    m_to->setDate(kOpenEnded);

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Organisation:"), withAddOrganisation(m_organisation, db, {}, byName, this));
    form()->addRow(tr("&Constituency:"), m_constituency);
    form()->addRow(tr("&Role:"), m_role);
    form()->addRow(tr("Term &from:"), m_from);
    form()->addRow(tr("Term &to:"), m_to);
    connect(m_organisation, &QComboBox::currentTextChanged, this, &MemberDialog::revalidate);
    finishForm();
    setHint(tr("One chair at a time: a second chair whose term overlaps is refused."));
    m_name->setFocus();
}

QStringList MemberDialog::validate()
{
    QStringList problems;
    if (m_name->text().trimmed().isEmpty())
        problems << tr("Name: enter the member's name");
    if (m_organisation->currentText().trimmed().isEmpty())
        problems << tr("Organisation: choose or type the State or organisation represented");
    if (m_to->date() != kOpenEnded && m_to->date() < m_from->date())
        problems << tr("Term to: before the term's start");
    return problems;
}

std::optional<core::Result<qint64>> MemberDialog::save()
{
    core::Member m;
    m.name = m_name->text().trimmed();
    m.organisation = m_organisation->currentText().trimmed();
    m.constituency = m_constituency->currentData().toString();
    m.role = m_role->currentData().toString();
    m.termStart = m_from->date();
    if (m_to->date() != kOpenEnded)
        m.termEnd = m_to->date();
    return core::members::add(db(), m);
}

} // namespace imdp::ui
