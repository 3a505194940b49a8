// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/amendpledgedialog.h"

#include "core/ledger/ledger.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "ui/capguard.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

AmendPledgeDialog::AmendPledgeDialog(core::Database &db, const QString &reference,
                                     QWidget *parent)
    : EntryDialog(db, tr("Amend or Cancel Pledge"), parent)
{
    m_pledge = new QComboBox(this);
    m_pledge->setObjectName(u"pledge"_s);
    if (auto all = core::ledger::pledges(db)) {
        for (const auto &p : *all) {
            if (p.status == u"cancelled"_s)
                continue;
            m_open.append(p);
            m_pledge->addItem(u"%1 — %2"_s.arg(p.reference, p.donor), p.reference);
        }
    }
    m_action = new QComboBox(this);
    m_action->setObjectName(u"action"_s);
    m_action->addItem(tr("Amend"), u"amend"_s);
    m_action->addItem(tr("Cancel the pledge"), u"cancel"_s);
    m_amount = makeLine(u"amount"_s);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"status"_s);
    m_status->addItem(pledgeStatusLabel(u"signed"_s), u"signed"_s);
    m_status->addItem(pledgeStatusLabel(u"prospective"_s), u"prospective"_s);
    m_date = makeDate(u"date"_s);
    m_reason = makeLine(u"reason"_s, tr("why the pledge changes"));
    form()->addRow(tr("&Pledge:"), m_pledge);
    form()->addRow(tr("&Change:"), m_action);
    form()->addRow(tr("New &amount:"), m_amount);
    form()->addRow(tr("Sta&tus:"), m_status);
    form()->addRow(tr("Da&te:"), m_date);
    form()->addRow(tr("&Reason:"), m_reason);
    connect(m_pledge, &QComboBox::currentIndexChanged, this, &AmendPledgeDialog::pledgeChosen);
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        const bool amend = m_action->currentData().toString() == u"amend"_s;
        m_amount->setEnabled(amend);
        m_status->setEnabled(amend);
        revalidate();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &AmendPledgeDialog::revalidate);
    if (const int i = m_pledge->findData(reference); i >= 0)
        m_pledge->setCurrentIndex(i);
    pledgeChosen();
    finishForm();
    m_pledge->setFocus();
}

const core::ledger::Pledge *AmendPledgeDialog::current() const
{
    const QString ref = m_pledge->currentData().toString();
    for (const auto &p : m_open)
        if (p.reference == ref)
            return &p;
    return nullptr;
}

void AmendPledgeDialog::pledgeChosen()
{
    if (const auto *p = current()) {
        m_amount->setText(core::Money::fromMinor(p->amountMinor, p->currency)->format(QLocale()));
        m_status->setCurrentIndex(m_status->findData(p->status));
    }
    revalidate();
}

std::optional<std::pair<qint64, qint64>> AmendPledgeDialog::planDelta(QStringList &problems)
{
    const auto *p = current();
    if (!p) {
        problems << tr("Pledge: choose the pledge to change");
        return std::nullopt;
    }
    if (m_reason->text().trimmed().isEmpty())
        problems << tr("Reason: say why the pledge changes");
    qint64 delta = -p->usdMinor;
    if (m_action->currentData().toString() == u"amend"_s) {
        const auto a = amount(m_amount, p->currency, tr("New amount"), problems);
        if (!a)
            return std::nullopt;
        auto usd = core::Rate::fromScaled(p->rateScaled)
                       ->toUsdMinor(*core::Money::fromMinor(*a, p->currency));
        if (!usd) {
            problems << usd.error().message;
            return std::nullopt;
        }
        delta = *usd - p->usdMinor;
        if (*a == p->amountMinor && m_status->currentData().toString() == p->status)
            problems << tr("Change: the amount and the status are as recorded");
    }
    const bool bank = p->source == u"bank"_s;
    return std::pair{bank ? delta : 0, bank ? 0 : delta};
}

QStringList AmendPledgeDialog::validate()
{
    QStringList problems;
    const auto d = planDelta(problems);
    QString hint;
    if (d && planBreach(db(), d->first, d->second))
        hint = tr("This change would put the plan basis beyond the DGF cap: saving will ask for an "
                  "override with a written justification.");
    setHint(hint);
    return problems;
}

std::optional<core::Result<qint64>> AmendPledgeDialog::save()
{
    QStringList problems;
    const auto d = planDelta(problems);
    const auto *p = current();
    if (!d || !p)
        return core::Result<qint64>(core::Error::badInput(problems.join(u'\n')));
    const QString ref = p->reference;
    const QString reason = m_reason->text().trimmed();
    const QDate date = m_date->date();
    if (m_action->currentData().toString() == u"cancel"_s) {
        return writeWithCapOverride(this, db(), d->first, d->second,
                                    [&](const QString &justification) {
                                        return core::ledger::cancelPledge(db(), ref, date, reason,
                                                                          justification);
                                    });
    }
    core::ledger::PledgeAmendment change;
    QStringList ignored;
    change.amountMinor = *amount(m_amount, p->currency, QString(), ignored);
    change.status = m_status->currentData().toString();
    change.note = reason;
    return writeWithCapOverride(this, db(), d->first, d->second,
                                [&](const QString &justification) {
                                    change.capOverride = justification;
                                    return core::ledger::amendPledge(db(), ref, change, date);
                                });
}

} // namespace imdp::ui
