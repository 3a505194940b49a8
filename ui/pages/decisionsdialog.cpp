// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/decisionsdialog.h"

#include "core/money/money.h"
#include "core/pipeline/proposals.h"
#include "ui/discardguard.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

DecisionsDialog::DecisionsDialog(core::Database &db, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_meeting(meetingId)
    , m_problem(new QLabel(this))
    , m_discard(new DiscardGuard(this))
{
    setWindowTitle(tr("Record decisions"));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Proposal"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Decision"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Allocation (USD)"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Conditions"), this), 0, 3);
    const QList<std::pair<QString, QString>> decisions{
        {u"endorsed"_s, tr("Endorsed")},
        {u"endorsed_with_conditions"_s, tr("Endorsed with conditions")},
        {u"deferred"_s, tr("Deferred")},
        {u"rejected"_s, tr("Rejected")}};
    if (auto items = core::meetings::agenda(db, meetingId)) {
        for (const core::AgendaItem &i : *items) {
            if (i.kind != u"decision"_s || i.decision)
                continue;
            Row r;
            r.code = i.proposal;
            r.decision = new QComboBox(this);
            r.decision->setObjectName(u"decision-"_s + i.proposal);
            for (const auto &[key, label] : decisions)
                r.decision->addItem(label, key);
            r.amount = new QLineEdit(this);
            r.amount->setObjectName(u"amount-"_s + i.proposal);
            // The request is the usual starting point; the Committee may allocate less.
            if (auto p = core::pipeline::find(db, i.proposal); p && p->currency == u"USD"_s)
                r.amount->setText(core::formatMinor(p->requestedMinor, 2));
            r.conditions = new QLineEdit(this);
            r.conditions->setObjectName(u"conditions-"_s + i.proposal);
            const int row = int(m_rows.size()) + 1;
            grid->addWidget(new QLabel(u"%1 %2"_s.arg(i.proposal, i.title), this), row, 0);
            grid->addWidget(r.decision, row, 1);
            grid->addWidget(r.amount, row, 2);
            grid->addWidget(r.conditions, row, 3);
            QLineEdit *amount = r.amount;
            connect(r.decision, &QComboBox::currentIndexChanged, amount, [amount, box = r.decision] {
                amount->setEnabled(box->currentData().toString().startsWith(u"endorsed"_s));
            });
            m_rows.append(r);
        }
    }
    layout->addLayout(grid);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a00000"_s);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionsDialog::reject);
    layout->addWidget(buttons);
}

QString DecisionsDialog::problem() const
{
    return m_problem->text();
}

void DecisionsDialog::accept()
{
    QList<core::AgendaDecision> out;
    for (const Row &r : m_rows) {
        core::AgendaDecision d{r.code, r.decision->currentData().toString(), 0,
                               r.conditions->text().trimmed()};
        if (d.decision.startsWith(u"endorsed"_s)) {
            auto a = core::parseMinor(r.amount->text().trimmed(), 2);
            if (!a) {
                m_problem->setText(tr("%1: the allocation: %2").arg(r.code, errorText(a.error())));
                return;
            }
            d.amountUsdMinor = *a;
        }
        out.append(d);
    }
    if (out.isEmpty()) {
        m_problem->setText(tr("Every proposal on the agenda already has its decision."));
        return;
    }
    if (auto s = core::meetings::decide(m_db, m_meeting, out); !s) {
        m_problem->setText(errorText(s.error()));
        return;
    }
    m_problem->clear();
    QDialog::accept();
}

void DecisionsDialog::reject()
{
    if (m_discard->mayClose())
        QDialog::reject();
}

} // namespace imdp::ui
