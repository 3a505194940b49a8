// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/cappanel.h"

#include "core/money/money.h"
#include "ui/capguard.h"
#include "ui/fundsession.h"
#include "ui/labels.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->verticalHeader()->hide();
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setWordWrap(false);
    v->setAlternatingRowColors(true);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

CapPanel::CapPanel(FundSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_cap(makeCapModel(this))
    , m_overrides(makeOverrideModel(this))
    , m_whatIf(makeCapModel(this))
{
    setWindowTitle(tr("DGF Cap"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("The Bank's share on three bases, whole fund and by fiscal year"),
                              this));
    layout->addWidget(table(m_cap, u"capTable"_s, this), 3);
    auto *copy = new QPushButton(tr("&Copy Table"), this);
    copy->setObjectName(u"copy"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(tableText()); });
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(copy);
    layout->addLayout(copyRow);

    layout->addWidget(heading(tr("Overrides recorded beyond the cap"), this));
    layout->addWidget(table(m_overrides, u"overrides"_s, this), 2);

    layout->addWidget(heading(tr("What if… (nothing is written)"), this));
    auto *form = new QFormLayout;
    m_bank = new QLineEdit(this);
    m_bank->setObjectName(u"whatIfBank"_s);
    m_bank->setPlaceholderText(tr("more (or, with a minus, less) from the Bank, in USD"));
    m_other = new QLineEdit(this);
    m_other->setObjectName(u"whatIfOther"_s);
    m_other->setPlaceholderText(tr("more (or, with a minus, less) from other donors, in USD"));
    form->addRow(tr("&Bank (USD):"), m_bank);
    form->addRow(tr("&Other donors (USD):"), m_other);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(u"whatIfMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(table(m_whatIf, u"whatIfTable"_s, this), 2);
    connect(m_bank, &QLineEdit::textChanged, this, &CapPanel::recompute);
    connect(m_other, &QLineEdit::textChanged, this, &CapPanel::recompute);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 720);
    refresh();
}

QString CapPanel::whatIfMessage() const
{
    return m_message->text();
}

void CapPanel::refresh()
{
    core::Database *db = m_session->database();
    if (!db)
        return;
    auto now = core::funding::capStatus(*db);
    if (!now) {
        m_message->setText(errorText(now.error()));
        return;
    }
    m_now = *now;
    QList<CapRow> rows = capRows(m_now, tr("All years"));
    if (auto years = core::funding::capByFiscalYear(*db)) {
        for (const auto &y : *years)
            rows += capRows(y.status, tr("FY%1").arg(y.fiscalYear));
    }
    m_cap->setRows(rows);
    if (auto o = core::funding::overrides(*db))
        m_overrides->setRows(*o);
    recompute();
}

void CapPanel::recompute()
{
    // Amounts typed in the user's locale, exact; the same change is applied to each basis.
    const auto read = [](const QLineEdit *e, qint64 &out, QString &problem) {
        const QString t = e->text().trimmed();
        out = 0;
        if (t.isEmpty())
            return;
        auto m = core::Money::parseLocalized(t, u"USD", QLocale());
        if (m)
            out = m->minor();
        else
            problem = errorText(m.error());
    };
    qint64 bank = 0, other = 0;
    QString problem;
    read(m_bank, bank, problem);
    read(m_other, other, problem);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_whatIf->setRows({});
        return;
    }
    if (bank == 0 && other == 0) {
        m_message->setText(tr("Enter a hypothetical amount to see the three bases recomputed."));
        m_whatIf->setRows({});
        return;
    }
    const core::CapChange change{bank, other, bank, other, bank, other};
    auto after = core::funding::whatIf(m_now, change);
    if (!after) {
        m_message->setText(errorText(after.error()));
        m_whatIf->setRows({});
        return;
    }
    const bool ok = after->plan.compliant;
    m_message->setText(ok ? tr("On the plan basis the fund would still comply. %1.")
                                .arg(headroomText(after->plan))
                          : tr("On the plan basis the fund would not comply. %1.")
                                .arg(headroomText(after->plan)));
    m_whatIf->setRows(capRows(*after, tr("What if")));
}

QString CapPanel::tableText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_cap->columnCount(); ++c)
        header << m_cap->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << header.join(u'\t');
    for (int r = 0; r < m_cap->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_cap->columnCount(); ++c)
            cells << m_cap->index(r, c).data().toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

} // namespace imdp::ui
