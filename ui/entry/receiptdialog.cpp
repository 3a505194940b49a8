// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/receiptdialog.h"

#include "core/fund/fund.h"
#include "core/ledger/feerule.h"
#include "core/ledger/pledges.h"
#include "core/ledger/receipts.h"
#include "ui/capguard.h"
#include "ui/labels.h"
#include "ui/orgs/organisationdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

ReceiptDialog::ReceiptDialog(core::Database &db, const QString &donor, QWidget *parent)
    : ReceiptDialog(db, donor, QString(), parent)
{
}

ReceiptDialog::ReceiptDialog(core::Database &db, const QString &donor, const QString &pledge,
                             QWidget *parent)
    : EntryDialog(db, tr("Record Receipt"), parent)
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
    m_reference = makeLine(u"reference"_s, tr("the bank statement's reference"));
    m_date = makeDate(u"date"_s);
    m_pledge = new QComboBox(this);
    m_pledge->setObjectName(u"pledge"_s);
    if (auto all = core::ledger::pledges(db)) {
        // Only pledges with something left to pay (issue 20): a paid or cancelled pledge is not
        // offered again.
        for (const auto &p : *all)
            if (p.status != u"cancelled"_s && p.paidMinor < p.amountMinor)
                m_open.append(p);
    }
    form()->addRow(tr("&Donor:"),
                   withAddOrganisation(m_donor, db, {},
                                       [](const core::Organisation &o) { return o.kind; }, this));
    form()->addRow(tr("&Source:"), m_source);
    form()->addRow(tr("R&eference:"), m_reference);
    form()->addRow(tr("Da&te:"), m_date);
    form()->addRow(tr("Against &pledge:"), m_pledge);
    addMoneyFields(m_date);
    m_feeBps = makeLine(u"feeBps"_s, tr("empty: the fund's rule; 0: fee-exempt"));
    form()->addRow(tr("Own &fee (basis points):"), m_feeBps);
    connect(m_donor, &QComboBox::currentTextChanged, this, [this] {
        const int i = m_donor->findText(m_donor->currentText());
        if (i >= 0)
            m_source->setCurrentIndex(m_donor->itemData(i).toString() == u"bank"_s ? 1 : 0);
        fillPledges();
        revalidate();
    });
    connect(m_pledge, &QComboBox::currentIndexChanged, this, [this] {
        // Paying a pledge: same currency as the pledge.
        const QString ref = m_pledge->currentData().toString();
        for (const auto &p : std::as_const(m_open))
            if (p.reference == ref)
                currencyBox()->setCurrentIndex(currencyBox()->findData(p.currency));
        revalidate();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &ReceiptDialog::revalidate);
    if (const int i = m_donor->findText(donor); i >= 0)
        m_source->setCurrentIndex(m_donor->itemData(i).toString() == u"bank"_s ? 1 : 0);
    fillPledges();
    if (const int i = m_pledge->findData(pledge); !pledge.isEmpty() && i > 0)
        m_pledge->setCurrentIndex(i); // also sets the pledge's currency
    finishForm();
    m_donor->setFocus();
}

void ReceiptDialog::fillPledges()
{
    const QSignalBlocker block(m_pledge);
    m_pledge->clear();
    m_pledge->addItem(tr("None"), QString());
    const QString donor = m_donor->currentText().trimmed();
    for (const auto &p : std::as_const(m_open))
        if (p.donor == donor)
            m_pledge->addItem(u"%1 (%2 %3)"_s.arg(p.reference, p.currency,
                                                   pledgeStatusLabel(p.status)),
                              p.reference);
}

std::optional<core::ledger::Receipt> ReceiptDialog::receipt(QStringList &problems)
{
    core::ledger::Receipt r;
    r.donor = m_donor->currentText().trimmed();
    if (r.donor.isEmpty())
        problems << tr("Donor: enter the donor's name");
    r.source = m_source->currentData().toString();
    r.reference = m_reference->text().trimmed();
    if (r.reference.isEmpty())
        problems << tr("Reference: enter the receipt's reference");
    r.date = m_date->date();
    r.pledgeReference = m_pledge->currentData().toString();
    if (auto bps = core::ledger::parseFeeBps(m_feeBps->text()))
        r.feeBps = *bps;
    else
        problems << tr("Own fee: whole basis points from 0 to 10000, or empty");
    const auto money = this->money(problems);
    if (!money)
        return std::nullopt;
    r.currency = money->currency;
    r.amountMinor = money->amountMinor;
    r.rateScaled = money->rateScaled;
    r.usdMinor = money->usdMinor;
    for (const auto &p : std::as_const(m_open))
        if (p.reference == r.pledgeReference && p.currency != r.currency)
            problems << tr("Currency: pledge %1 is in %2").arg(p.reference, p.currency);
    return r;
}

QStringList ReceiptDialog::validate()
{
    QStringList problems;
    const auto r = receipt(problems);
    setHint(r ? tr("USD value: %1").arg(usdText(r->usdMinor)) : QString());
    return problems;
}

std::optional<core::Result<qint64>> ReceiptDialog::save()
{
    QStringList problems;
    const auto r = receipt(problems);
    if (!r)
        return core::Result<qint64>(core::Error::badInput(problems.join(u'\n')));
    auto saved = core::ledger::recordReceipt(db(), *r, true);
    if (saved)
        setRecorded(tr("Receipt %1 recorded: %2")
                        .arg(r->reference, amountText(r->amountMinor, r->currency)),
                    r->donor, r->reference);
    return saved;
}

} // namespace imdp::ui
