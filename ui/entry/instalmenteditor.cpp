// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/instalmenteditor.h"

#include "core/clock.h"
#include "core/money/money.h"
#include "ui/labels.h"
#include "ui/models/models.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
enum Column { Due, Amount };
}

InstalmentEditor::InstalmentEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("A&dd Instalment"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_sum(new QLabel(this))
{
    setObjectName(u"instalments"_s);
    m_table->setObjectName(u"instalmentTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Due date"), tr("Amount")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(160);
    m_add->setObjectName(u"addInstalment"_s);
    m_remove->setObjectName(u"removeInstalment"_s);
    m_remove->setEnabled(false);
    m_sum->setObjectName(u"instalmentSum"_s);
    m_sum->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_sum);

    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, &InstalmentEditor::removeSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    m_sum->setText(tr("No schedule: the pledge is due as a whole."));
}

void InstalmentEditor::setCurrency(const QString &code)
{
    m_currency = code;
}

void InstalmentEditor::setInstalments(const QList<core::ledger::Instalment> &list)
{
    m_table->setRowCount(0);
    for (const auto &i : list)
        addRow(i.due, format(i.amountMinor));
    m_remove->setEnabled(false);
    Q_EMIT changed();
}

QString InstalmentEditor::format(qint64 minor) const
{
    auto m = core::Money::fromMinor(minor, m_currency);
    return m ? m->format(QLocale()) : QString::number(minor);
}

void InstalmentEditor::addRow(const QDate &due, const QString &amount)
{
    const int row = m_table->rowCount();
    QDate date = due;
    // A year after the last instalment; the first a month from today, not today: an instalment
    // due at once would put the donor in arrears as soon as the pledge is saved (issue 20).
    if (!date.isValid())
        date = row > 0 ? dueEdit(row - 1)->date().addYears(1) : core::Clock::today().addMonths(1);
    QString text = amount;
    if (text.isEmpty() && m_pledged && *m_pledged > m_sumMinor)
        text = format(*m_pledged - m_sumMinor); // what is left to schedule
    m_table->insertRow(row);
    auto *dueEditor = new QDateEdit(date, m_table);
    dueEditor->setObjectName(u"due"_s);
    dueEditor->setCalendarPopup(true);
    dueEditor->setDisplayFormat(dateEditFormat()); // as the dialog's other dates
    dueEditor->setFrame(false);
    auto *amountEditor = new QLineEdit(text, m_table);
    amountEditor->setObjectName(u"instalmentAmount"_s);
    amountEditor->setFrame(false);
    amountEditor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setCellWidget(row, Due, dueEditor);
    // The header is narrower than the date editor: size the column to the editor.
    m_table->setColumnWidth(Due, std::max(m_table->columnWidth(Due),
                                          dueEditor->sizeHint().width() + 8));
    m_table->setCellWidget(row, Amount, amountEditor);
    connect(dueEditor, &QDateEdit::dateChanged, this, &InstalmentEditor::changed);
    connect(amountEditor, &QLineEdit::textChanged, this, &InstalmentEditor::changed);
    m_table->setCurrentCell(row, Amount);
    Q_EMIT changed();
}

void InstalmentEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    Q_EMIT changed();
}

int InstalmentEditor::rowCount() const
{
    return m_table->rowCount();
}

QDateEdit *InstalmentEditor::dueEdit(int row) const
{
    return qobject_cast<QDateEdit *>(m_table->cellWidget(row, Due));
}

QLineEdit *InstalmentEditor::amountEdit(int row) const
{
    return qobject_cast<QLineEdit *>(m_table->cellWidget(row, Amount));
}

QString InstalmentEditor::sumText() const
{
    return m_sum->text();
}

std::optional<QList<core::ledger::Instalment>>
InstalmentEditor::instalments(std::optional<qint64> pledgedMinor, QStringList &problems)
{
    m_pledged = pledgedMinor;
    QList<core::ledger::Instalment> out;
    bool readable = true;
    __extension__ __int128 sum = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QString text = amountEdit(row)->text().trimmed();
        if (text.isEmpty()) {
            problems << tr("Instalment %1: enter an amount").arg(row + 1);
            readable = false;
            continue;
        }
        auto m = core::Money::parseLocalized(text, m_currency, QLocale());
        if (!m) {
            problems << tr("Instalment %1: %2").arg(row + 1).arg(errorText(m.error()));
            readable = false;
            continue;
        }
        sum += m->minor();
        out.append({dueEdit(row)->date(), m->minor()});
    }
    m_sumMinor = sum > std::numeric_limits<qint64>::max() ? std::numeric_limits<qint64>::max()
                                                           : qint64(sum);
    if (out.isEmpty() && readable) {
        m_sum->setText(tr("No schedule: the pledge is due as a whole."));
    } else if (pledgedMinor) {
        const qint64 rest = *pledgedMinor - m_sumMinor;
        m_sum->setText(rest == 0 ? tr("Sum %1 %2: the whole pledge is scheduled.")
                                       .arg(format(m_sumMinor), m_currency)
                       : rest > 0
                           ? tr("Sum %1 of %2 %3: %4 left to schedule.")
                                 .arg(format(m_sumMinor), format(*pledgedMinor), m_currency,
                                      format(rest))
                           : tr("Sum %1 of %2 %3: %4 more than pledged.")
                                 .arg(format(m_sumMinor), format(*pledgedMinor), m_currency,
                                      format(-rest)));
    } else {
        m_sum->setText(tr("Sum %1 %2.").arg(format(m_sumMinor), m_currency));
    }
    if (!readable)
        return std::nullopt;
    // The core's own rule, with its own words: dates distinct, amounts above zero, the sum.
    if (pledgedMinor) {
        if (auto s = core::ledger::checkInstalments(out, *pledgedMinor); !s) {
            QString why = errorText(s.error());
            if (why.startsWith(u"instalment: "_s))
                why = why.sliced(12);
            problems << tr("Instalments: %1").arg(why);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace imdp::ui
