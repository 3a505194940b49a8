// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/amendpledgedialog.h"

#include "core/ledger/pledges.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "ui/models/models.h"
#include "ui/capguard.h"
#include "ui/entry/instalmenteditor.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

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
    m_rate = makeLine(u"rate"_s);
    m_rate->setToolTip(tr("US dollars per one unit of the currency, with up to 10 decimals"));
    m_status = new QComboBox(this);
    m_status->setObjectName(u"status"_s);
    m_status->addItem(pledgeStatusLabel(u"signed"_s), u"signed"_s);
    m_status->addItem(pledgeStatusLabel(u"prospective"_s), u"prospective"_s);
    m_instalments = new InstalmentEditor(this);
    m_date = makeDate(u"date"_s);
    m_reason = makeLine(u"reason"_s, tr("why the pledge changes"));
    form()->addRow(tr("&Pledge:"), m_pledge);
    form()->addRow(tr("&Change:"), m_action);
    form()->addRow(tr("New &amount:"), m_amount);
    form()->addRow(tr("&Rate (USD per unit):"), m_rate);
    form()->addRow(tr("Sta&tus:"), m_status);
    form()->addRow(tr("&Instalments:"), m_instalments);
    form()->addRow(tr("Da&te:"), m_date);
    form()->addRow(tr("R&eason:"), m_reason);
    connect(m_pledge, &QComboBox::currentIndexChanged, this, &AmendPledgeDialog::pledgeChosen);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AmendPledgeDialog::actionChosen);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AmendPledgeDialog::revalidate);
    connect(m_instalments, &InstalmentEditor::changed, this, &AmendPledgeDialog::revalidate);
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
        m_rate->setText(formatRate(p->rateScaled));
        m_status->setCurrentIndex(m_status->findData(p->status));
        m_instalments->setCurrency(p->currency);
        m_instalments->setInstalments(p->instalments);
    }
    actionChosen();
}

void AmendPledgeDialog::actionChosen()
{
    const bool amend = m_action->currentData().toString() == u"amend"_s;
    const auto *p = current();
    // The core refuses a new rate once receipts were cleared at the old one, and USD is 1.
    const bool paid = p && p->paidMinor > 0;
    const bool rateFixed = !p || paid || p->currency == u"USD"_s;
    m_amount->setEnabled(amend);
    m_rate->setEnabled(amend && !rateFixed);
    m_rate->setToolTip(paid ? tr("Receipts were cleared at this rate: it can no longer change")
                            : tr("US dollars per one unit of the currency, with up to 10 "
                                 "decimals"));
    m_status->setEnabled(amend);
    m_instalments->setEnabled(amend);
    revalidate();
}

std::optional<core::ledger::PledgeAmendment>
AmendPledgeDialog::amendment(const core::ledger::Pledge &p, qint64 &usdMinor,
                             QStringList &problems)
{
    core::ledger::PledgeAmendment change;
    const auto a = amount(m_amount, p.currency, tr("New amount"), problems);
    const auto r = rate(m_rate, problems);
    const auto schedule = m_instalments->instalments(a, problems);
    if (!a || !r || !schedule)
        return std::nullopt;
    auto usd = core::Rate::fromScaled(*r)->toUsdMinor(*core::Money::fromMinor(*a, p.currency));
    if (!usd) {
        problems << errorText(usd.error());
        return std::nullopt;
    }
    usdMinor = *usd;
    const QString status = m_status->currentData().toString();
    const auto same = [](const QList<core::ledger::Instalment> &x,
                         const QList<core::ledger::Instalment> &y) {
        return std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend(),
                          [](const auto &i, const auto &j) {
                              return i.due == j.due && i.amountMinor == j.amountMinor;
                          });
    };
    auto sorted = *schedule;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &i, const auto &j) { return i.due < j.due; });
    if (*a != p.amountMinor)
        change.amountMinor = *a;
    if (*r != p.rateScaled)
        change.rateScaled = *r;
    if (status != p.status)
        change.status = status;
    if (!same(sorted, p.instalments))
        change.instalments = sorted;
    if (!change.amountMinor && !change.rateScaled && !change.status && !change.instalments)
        problems << tr("Change: the amount, rate, status and instalments are as recorded");
    return change;
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
        qint64 usd = 0;
        if (!amendment(*p, usd, problems))
            return std::nullopt;
        delta = usd - p->usdMinor;
    }
    const bool bank = p->source == u"bank"_s;
    return std::pair{bank ? delta : 0, bank ? 0 : delta};
}

QStringList AmendPledgeDialog::validate()
{
    QStringList problems;
    const auto d = planDelta(problems);
    QString hint;
    const auto breach =
        d ? planBreach(db(), d->first, d->second)
          : core::Result<std::optional<core::CapRefusal>>(std::optional<core::CapRefusal>());
    if (!breach)
        hint = capCheckFailedText(breach.error());
    else if (*breach)
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
        auto r = writeWithCapOverride(this, [&](const QString &justification) {
            return core::ledger::cancelPledge(db(), ref, date, reason, justification);
        });
        if (r && *r)
            setRecorded(tr("Pledge %1 cancelled").arg(ref), p->donor, ref);
        return r;
    }
    QStringList ignored;
    qint64 usd = 0;
    auto change = amendment(*p, usd, ignored);
    if (!change)
        return core::Result<qint64>(core::Error::badInput(ignored.join(u'\n')));
    change->note = reason;
    const QString donor = p->donor;
    const QString currency = p->currency;
    const qint64 amount = change->amountMinor.value_or(p->amountMinor);
    auto r = writeWithCapOverride(this, [&](const QString &justification) {
        change->capOverride = justification;
        return core::ledger::amendPledge(db(), ref, *change, date);
    });
    if (r && *r)
        setRecorded(tr("Pledge %1 amended: %2").arg(ref, amountText(amount, currency)), donor, ref);
    return r;
}

} // namespace imdp::ui
