// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/incomedialog.h"

#include "core/ledger/receipts.h"
#include "ui/capguard.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

IncomeDialog::IncomeDialog(core::Database &db, QWidget *parent)
    : EntryDialog(db, tr("Investment Income"), parent)
{
    m_date = makeDate(u"date"_s);
    m_amount = makeLine(u"amount"_s);
    m_note = makeLine(u"note"_s, tr("e.g. interest, second quarter"));
    form()->addRow(tr("Da&te:"), m_date);
    form()->addRow(tr("&Amount (USD):"), m_amount);
    form()->addRow(tr("&Note:"), m_note);
    finishForm();
    m_amount->setFocus();
}

QStringList IncomeDialog::validate()
{
    QStringList problems;
    const auto a = amount(m_amount, u"USD"_s, tr("Amount"), problems);
    if (m_note->text().trimmed().isEmpty())
        problems << tr("Note: say what the income is");
    setHint(a ? tr("Adds %1 to what is available for allocation.").arg(usdText(*a)) : QString());
    return problems;
}

std::optional<core::Result<qint64>> IncomeDialog::save()
{
    QStringList problems;
    const auto a = amount(m_amount, u"USD"_s, tr("Amount"), problems);
    if (!a)
        return core::Result<qint64>(core::Error::badInput(problems.join(u'\n')));
    auto saved = core::ledger::recordIncome(db(), *a, m_date->date(), m_note->text().trimmed());
    if (saved)
        setRecorded(tr("Investment income recorded: %1").arg(amountText(*a, u"USD"_s)));
    return saved;
}

} // namespace imdp::ui
