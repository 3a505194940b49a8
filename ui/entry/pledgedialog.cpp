// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/pledgedialog.h"

#include "core/fund/fund.h"
#include "core/ledger/pledges.h"
#include "core/money/money.h"
#include "ui/capguard.h"
#include "ui/entry/instalmenteditor.h"
#include "ui/labels.h"
#include "ui/orgs/organisationdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

PledgeDialog::PledgeDialog(core::Database &db, const QString &donor, QWidget *parent)
    : EntryDialog(db, tr("Record Pledge"), parent)
{
    m_donor = new QComboBox(this);
    m_donor->setObjectName(u"donor"_s);
    m_donor->setEditable(true);
    m_donor->setInsertPolicy(QComboBox::NoInsert);
    // Retired organisations stay on past records but are not offered for new ones.
    fillOrganisations(m_donor, db, [](const core::Organisation &o) { return o.kind; });
    m_donor->setCurrentText(donor);
    m_source = new QComboBox(this);
    m_source->setObjectName(u"source"_s);
    m_source->addItem(sourceLabel(u"donor"_s), u"donor"_s);
    m_source->addItem(sourceLabel(u"bank"_s), u"bank"_s);
    m_reference = makeLine(u"reference"_s, tr("e.g. SE-2027-01"));
    m_date = makeDate(u"date"_s);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"status"_s);
    m_status->addItem(pledgeStatusLabel(u"signed"_s), u"signed"_s);
    m_status->addItem(pledgeStatusLabel(u"prospective"_s), u"prospective"_s);
    m_instalments = new InstalmentEditor(this);
    m_note = makeLine(u"note"_s);

    form()->addRow(tr("&Donor:"),
                   withAddOrganisation(m_donor, db, {},
                                       [](const core::Organisation &o) { return o.kind; }, this));
    form()->addRow(tr("&Source:"), m_source);
    form()->addRow(tr("R&eference:"), m_reference);
    form()->addRow(tr("Da&te:"), m_date);
    form()->addRow(tr("Sta&tus:"), m_status);
    addMoneyFields(m_date);
    form()->addRow(tr("&Instalments:"), m_instalments);
    form()->addRow(tr("&Note:"), m_note);

    connect(m_donor, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        // The Bank's own organisation pledges from the bank source; others from donor.
        const int i = m_donor->findText(text);
        if (i >= 0)
            m_source->setCurrentIndex(m_donor->itemData(i).toString() == u"bank"_s ? 1 : 0);
        revalidate();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &PledgeDialog::revalidate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PledgeDialog::revalidate);
    connect(m_instalments, &InstalmentEditor::changed, this, &PledgeDialog::revalidate);
    if (const int i = m_donor->findText(donor); i >= 0)
        m_source->setCurrentIndex(m_donor->itemData(i).toString() == u"bank"_s ? 1 : 0);
    finishForm();
    m_donor->setFocus();
}

std::optional<core::ledger::Pledge> PledgeDialog::pledge(QStringList &problems)
{
    core::ledger::Pledge p;
    p.donor = m_donor->currentText().trimmed();
    if (p.donor.isEmpty())
        problems << tr("Donor: enter the donor's name");
    p.source = m_source->currentData().toString();
    p.reference = m_reference->text().trimmed();
    if (p.reference.isEmpty())
        problems << tr("Reference: enter the agreement's reference");
    p.date = m_date->date();
    p.status = m_status->currentData().toString();
    p.note = m_note->text().trimmed();
    const auto money = this->money(problems);
    if (money) {
        p.currency = money->currency;
        p.amountMinor = money->amountMinor;
        p.rateScaled = money->rateScaled;
        p.usdMinor = money->usdMinor;
    }
    // The schedule, in the pledge's currency, checked as the core checks it.
    m_instalments->setCurrency(currencyBox()->currentData().toString());
    const auto schedule = m_instalments->instalments(
        money ? std::optional<qint64>(money->amountMinor) : std::nullopt, problems);
    if (schedule)
        p.instalments = *schedule;
    if (!money)
        return std::nullopt;
    return p;
}

QStringList PledgeDialog::validate()
{
    QStringList problems;
    const auto p = pledge(problems);
    QString hint;
    if (p) {
        hint = tr("USD value: %1").arg(usdText(p->usdMinor));
        const bool bank = p->source == u"bank"_s;
        const auto breach = planBreach(db(), bank ? p->usdMinor : 0, 0);
        if (!breach)
            hint += u"\n"_s + capCheckFailedText(breach.error());
        else if (*breach && bank)
            hint +=
                u"\n"_s + tr("Beyond the DGF cap on the plan basis (%1 of %2): saving will ask for "
                             "an override with a written justification.")
                              .arg(usdText((*breach)->bank), usdText((*breach)->total));
    }
    setHint(hint);
    return problems;
}

std::optional<core::Result<qint64>> PledgeDialog::save()
{
    QStringList problems;
    auto p = pledge(problems);
    if (!p)
        return core::Result<qint64>(core::Error::badInput(problems.join(u'\n')));
    auto r = writeWithCapOverride(this, [this, &p](const QString &justification) {
        p->capOverride = justification;
        return core::ledger::recordPledge(db(), *p, true);
    });
    if (r && *r)
        setRecorded(
            tr("Pledge %1 recorded: %2").arg(p->reference, amountText(p->amountMinor, p->currency)),
            p->donor, p->reference);
    return r;
}

} // namespace imdp::ui
