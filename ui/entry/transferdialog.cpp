// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/transferdialog.h"

#include "core/ledger/journalquery.h"
#include "core/ledger/projects.h"
#include "core/money/money.h"
#include "core/pipeline/proposals.h"
#include "ui/orgs/organisationdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

TransferDialog::TransferDialog(core::Database &db, const QString &project, QWidget *parent)
    : EntryDialog(db, tr("Record Transfer"), parent)
{
    m_project = new QComboBox(this);
    m_project->setObjectName(u"project"_s);
    m_project->setEditable(true);
    m_project->setInsertPolicy(QComboBox::NoInsert);
    if (auto ps = core::ledger::journalProjects(db))
        m_project->addItems(*ps);
    m_project->setCurrentText(project);
    m_partner = new QComboBox(this);
    m_partner->setObjectName(u"partner"_s);
    m_partner->setEditable(true);
    m_partner->setInsertPolicy(QComboBox::NoInsert);
    m_partner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_partner->setMinimumContentsLength(24);
    const auto byName = [](const core::Organisation &o) { return QVariant(o.name); };
    // Retired organisations stay on past records but are not offered for new ones.
    fillOrganisations(m_partner, db, byName);
    m_partner->setCurrentText(QString());
    m_date = makeDate(u"date"_s);
    m_amount = makeLine(u"amount"_s, QLocale().toString(1234.56, 'f', 2));
    m_reference = makeLine(u"reference"_s, tr("transfer order, bank"));
    m_note = makeLine(u"note"_s, tr("optional"));

    form()->addRow(tr("&Project:"), m_project);
    form()->addRow(tr("P&artner:"), withAddOrganisation(m_partner, db, {}, byName, this));
    form()->addRow(tr("Da&te:"), m_date);
    form()->addRow(tr("A&mount (USD):"), m_amount);
    form()->addRow(tr("R&eference:"), m_reference);
    form()->addRow(tr("&Note:"), m_note);
    connect(m_project, &QComboBox::currentTextChanged, this, [this] {
        // The project's partner, as the proposal names it, until one is chosen.
        if (m_partner->currentText().trimmed().isEmpty()) {
            if (auto p = core::pipeline::find(this->db(), m_project->currentText().trimmed()))
                m_partner->setCurrentText(p->partner);
        }
        showBalance();
        revalidate();
    });
    connect(m_partner, &QComboBox::currentTextChanged, this, &TransferDialog::revalidate);
    finishForm();
    showBalance();
}

void TransferDialog::showBalance()
{
    const QString project = m_project->currentText().trimmed();
    auto b = project.isEmpty()
                 ? core::Result<core::ledger::ProjectBalance>(core::Error::notFound(QString()))
                 : core::ledger::projectBalance(db(), project);
    if (!b) {
        setHint(QString());
        return;
    }
    setHint(tr("%1: allocated %2 USD, transferred %3 USD; %4 USD can still be transferred.")
                .arg(project, core::formatMinor(b->allocated, 2, QLocale()),
                     core::formatMinor(b->transferred, 2, QLocale()),
                     core::formatMinor(b->unspentAllocation, 2, QLocale())));
}

QStringList TransferDialog::validate()
{
    QStringList problems;
    if (m_project->currentText().trimmed().isEmpty())
        problems << tr("Project: choose the project");
    if (m_partner->currentText().trimmed().isEmpty())
        problems << tr("Partner: choose the partner receiving the tranche");
    amount(m_amount, u"USD"_s, tr("Amount"), problems);
    return problems;
}

std::optional<core::Result<qint64>> TransferDialog::save()
{
    QStringList problems;
    const auto usd = amount(m_amount, u"USD"_s, tr("Amount"), problems);
    if (!usd)
        return core::Result<qint64>(core::Error::badInput(problems.value(0)));
    const QString project = m_project->currentText().trimmed();
    const QString partner = m_partner->currentText().trimmed();
    auto saved =
        core::ledger::transfer(db(), {project, partner, *usd, m_date->date(),
                                      m_reference->text().trimmed(), m_note->text().trimmed()});
    if (saved)
        setRecorded(tr("Transfer to %1 for %2 recorded: %3")
                        .arg(partner, project, amountText(*usd, u"USD"_s)),
                    partner, m_reference->text().trimmed());
    return saved;
}

} // namespace imdp::ui
