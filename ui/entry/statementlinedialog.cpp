// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/statementlinedialog.h"

#include "core/fund/fund.h"
#include "core/ledger/charges.h"
#include "ui/capguard.h"
#include "ui/orgs/organisationdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

QString StatementLineDialog::title(Kind kind)
{
    switch (kind) {
    case Kind::PartnerInterest:
        return tr("Interest Remitted by a Partner");
    case Kind::FundTransfer:
        return tr("Transfer to Another Fund");
    case Kind::DirectCost:
        return tr("Direct Costs");
    case Kind::BankCharge:
        return tr("Bank Charges");
    case Kind::FeeAdjust:
        return tr("Fee Adjustment");
    }
    return {};
}

StatementLineDialog::StatementLineDialog(core::Database &db, Kind kind, QWidget *parent)
    : EntryDialog(db, title(kind), parent)
    , m_kind(kind)
{
    m_date = makeDate(u"date"_s);
    m_amount = makeLine(u"amount"_s);
    form()->addRow(tr("Da&te:"), m_date);
    if (kind == Kind::PartnerInterest) {
        m_project = makeLine(u"project"_s, tr("e.g. IMDP-26-001"));
        m_partner = new QComboBox(this);
        m_partner->setObjectName(u"partner"_s);
        m_partner->setEditable(true);
        m_partner->setInsertPolicy(QComboBox::NoInsert);
        // As every dialog that picks an organisation: retired ones are not offered (a name can
        // still be typed; the core accepts only a partner the project has transferred to).
        fillOrganisations(m_partner, db,
                          [](const core::Organisation &o) { return QVariant(o.name); });
        m_partner->setCurrentText(QString());
        connect(m_partner, &QComboBox::currentTextChanged, this, [this] { revalidate(); });
        form()->addRow(tr("&Project:"), m_project);
        form()->addRow(tr("Pa&rtner:"), m_partner);
    }
    if (kind == Kind::FundTransfer) {
        m_fund = makeLine(u"fund"_s, tr("the receiving trust fund's name"));
        form()->addRow(tr("&Fund:"), m_fund);
    }
    if (kind == Kind::DirectCost) {
        m_project = makeLine(u"project"_s, tr("optional"));
        form()->addRow(tr("&Project:"), m_project);
    }
    if (kind == Kind::FeeAdjust) {
        m_direction = new QComboBox(this);
        m_direction->setObjectName(u"direction"_s);
        m_direction->addItem(tr("Charge more"));
        m_direction->addItem(tr("Give back"));
        connect(m_direction, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
        form()->addRow(tr("&Direction:"), m_direction);
    }
    form()->addRow(tr("&Amount (USD):"), m_amount);
    if (kind == Kind::PartnerInterest || kind == Kind::FundTransfer) {
        m_reference = makeLine(u"reference"_s);
        form()->addRow(tr("R&eference:"), m_reference);
    }
    if (kind != Kind::PartnerInterest) {
        m_note = makeLine(u"note"_s);
        form()->addRow(kind == Kind::FeeAdjust ? tr("&Reason:") : tr("&Note:"), m_note);
    }
    finishForm();
    m_amount->setFocus();
}

QStringList StatementLineDialog::validate()
{
    QStringList problems;
    const auto a = amount(m_amount, u"USD"_s, tr("Amount"), problems);
    if (m_project && m_kind == Kind::PartnerInterest && m_project->text().trimmed().isEmpty())
        problems << tr("Project: give the project the interest was earned on");
    if (m_partner && m_partner->currentText().trimmed().isEmpty())
        problems << tr("Partner: choose the partner that remitted the interest");
    if (m_fund && m_fund->text().trimmed().isEmpty())
        problems << tr("Fund: give the name of the fund receiving the transfer");
    if (m_kind == Kind::FeeAdjust && m_note->text().trimmed().isEmpty())
        problems << tr("Reason: say why the fee is adjusted");
    QString hint;
    if (a) {
        const bool source =
            m_kind == Kind::PartnerInterest || (m_direction && m_direction->currentIndex() == 1);
        hint = source ? tr("Adds %1 to what is available for allocation.").arg(usdText(*a))
                      : tr("Takes %1 from what is available for allocation.").arg(usdText(*a));
    }
    setHint(hint);
    return problems;
}

std::optional<core::Result<qint64>> StatementLineDialog::save()
{
    QStringList problems;
    const auto a = amount(m_amount, u"USD"_s, tr("Amount"), problems);
    if (!a)
        return core::Result<qint64>(core::Error::badInput(problems.join(u'\n')));
    const QDate date = m_date->date();
    const QString note = m_note ? m_note->text().trimmed() : QString();
    const QString reference = m_reference ? m_reference->text().trimmed() : QString();
    namespace ledger = core::ledger;
    const auto write = [&]() -> core::Result<qint64> {
        switch (m_kind) {
        case Kind::PartnerInterest:
            return ledger::recordPartnerInterest(db(), m_project->text().trimmed(),
                                                 m_partner->currentText().trimmed(), *a, date,
                                                 reference);
        case Kind::FundTransfer:
            return ledger::transferToFund(db(),
                                          {m_fund->text().trimmed(), *a, date, reference, note});
        case Kind::DirectCost:
            return ledger::recordDirectCost(db(), *a, date, m_project->text().trimmed(), note);
        case Kind::BankCharge:
            return ledger::recordBankCharge(db(), *a, date, note);
        case Kind::FeeAdjust:
            return ledger::adjustFee(db(), m_direction->currentIndex() == 1 ? -*a : *a, date, note);
        }
        return core::Result<qint64>(core::Error::badInput(u"unknown kind"_s));
    };
    auto saved = write();
    if (saved)
        setRecorded(tr("%1 recorded: %2").arg(title(m_kind), amountText(*a, u"USD"_s)));
    return saved;
}

} // namespace imdp::ui
