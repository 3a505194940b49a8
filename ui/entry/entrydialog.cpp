// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/entry/entrydialog.h"

#include "core/clock.h"
#include "core/ledger/rates.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/validate.h"
#include "ui/discardguard.h"
#include "ui/labels.h"
#include "ui/models/models.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

EntryDialog::EntryDialog(core::Database &db, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(new QFormLayout)
    , m_discard(new DiscardGuard(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
}

EntryDialog::~EntryDialog() = default;

void EntryDialog::finishForm()
{
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(u"problems"_s);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_problemsLabel->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problemsLabel->setPalette(pal);
    // The hint and the problems keep their room whether or not they have text (issue 20): a line
    // appearing as the officer types must not move the buttons under the pointer.
    m_problemsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problemsLabel->setMinimumHeight(3 * m_problemsLabel->fontMetrics().lineSpacing());
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing());
    layout->addWidget(m_hint);
    layout->addWidget(m_problemsLabel);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntryDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    revalidate();
}

void EntryDialog::showProblems()
{
    // At most the three lines reserved for them (issue 20: the buttons must not move as the
    // officer types); the rest are counted, and all of them are in the tooltip.
    constexpr qsizetype shown = 3;
    QStringList lines = m_problems;
    if (lines.size() > shown) {
        const qsizetype more = lines.size() - (shown - 1);
        lines = lines.mid(0, shown - 1);
        lines << tr("…and %n more (point here to read them all)", nullptr, int(more));
    }
    m_problemsLabel->setText(lines.join(u'\n'));
    m_problemsLabel->setToolTip(m_problems.size() > shown ? m_problems.join(u'\n') : QString());
}

void EntryDialog::setRecorded(const QString &message, const QString &donor,
                              const QString &reference)
{
    m_recordedMessage = message;
    m_recordedDonor = donor;
    m_recordedReference = reference;
}

QString EntryDialog::amountText(qint64 minor, const QString &currency)
{
    return tr("%1 %2").arg(formatAmount(minor, currency), currency);
}

void EntryDialog::setHint(const QString &text)
{
    if (m_hint) {
        m_hint->setText(text);
    }
}

void EntryDialog::revalidate()
{
    if (!m_buttons)
        return;
    m_problems = validate();
    showProblems();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problems.isEmpty());
}

void EntryDialog::reject()
{
    if (m_discard->mayClose())
        QDialog::reject();
}

bool EntryDialog::submit()
{
    revalidate();
    if (!m_problems.isEmpty())
        return false;
    auto r = save();
    if (!r)
        return false; // the officer gave up at the override question: the form stays as it was
    if (!*r) {
        m_problems = {errorText(r->error())};
        m_problemsLabel->setText(m_problems.constFirst());
        return false;
    }
    m_savedId = r->value();
    accept();
    return true;
}

QDateEdit *EntryDialog::makeDate(const QString &name)
{
    auto *d = new QDateEdit(core::Clock::today(), this);
    d->setObjectName(name);
    d->setCalendarPopup(true);
    d->setDisplayFormat(dateEditFormat());
    connect(d, &QDateEdit::dateChanged, this, &EntryDialog::revalidate);
    return d;
}

QComboBox *EntryDialog::makeCurrency(const QString &name)
{
    auto *c = new QComboBox(this);
    c->setObjectName(name);
    for (const core::Currency &cur : core::allCurrencies())
        c->addItem(currencyLabel(cur.code), cur.code);
    c->setCurrentIndex(c->findData(u"USD"_s));
    connect(c, &QComboBox::currentIndexChanged, this, &EntryDialog::revalidate);
    return c;
}

QLineEdit *EntryDialog::makeLine(const QString &name, const QString &placeholder)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    connect(e, &QLineEdit::textChanged, this, &EntryDialog::revalidate);
    return e;
}

std::optional<qint64> EntryDialog::amount(const QLineEdit *edit, const QString &currency,
                                          const QString &field, QStringList &problems) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        problems << tr("%1: enter an amount").arg(field);
        return std::nullopt;
    }
    auto m = core::Money::parseLocalized(text, currency, QLocale());
    if (!m) {
        problems << tr("%1: %2").arg(field, errorTextWithoutField(m.error(), u"amount "));
        return std::nullopt;
    }
    if (m->minor() <= 0) {
        problems << tr("%1: must be more than zero").arg(field);
        return std::nullopt;
    }
    return m->minor();
}

void EntryDialog::addMoneyFields(QDateEdit *date)
{
    m_moneyDate = date;
    m_currency = makeCurrency(u"currency"_s);
    m_amount = makeLine(u"amount"_s, QLocale().toString(1234.56, 'f', 2));
    m_rate = makeLine(u"rate"_s);
    m_rate->setToolTip(tr("US dollars per one unit of the currency, with up to 10 decimals"));
    form()->addRow(tr("C&urrency:"), m_currency);
    form()->addRow(tr("&Amount:"), m_amount);
    form()->addRow(tr("&Rate (USD per unit):"), m_rate);
    connect(m_rate, &QLineEdit::textEdited, this, [this] { m_rateTyped = true; });
    connect(m_currency, &QComboBox::currentIndexChanged, this, &EntryDialog::prefillRate);
    connect(date, &QDateEdit::dateChanged, this, &EntryDialog::prefillRate);
    prefillRate();
}

void EntryDialog::prefillRate()
{
    const QString code = m_currency->currentData().toString();
    if (code == u"USD"_s) {
        m_rate->setText(u"1"_s);
        m_rate->setEnabled(false);
        return;
    }
    m_rate->setEnabled(true);
    if (m_rateTyped)
        return;
    auto scaled = core::ledger::rateOn(m_db, code, m_moneyDate->date());
    m_rate->setText(scaled ? formatRate(*scaled) : QString());
}

std::optional<qint64> EntryDialog::rate(const QLineEdit *edit, QStringList &problems) const
{
    auto r = core::Rate::parseLocalized(edit->text().trimmed(), QLocale());
    if (!r) {
        problems << tr("Rate: %1").arg(errorTextWithoutField(r.error(), u"rate "));
        return std::nullopt;
    }
    return r->scaled();
}

std::optional<EntryDialog::MoneyValue> EntryDialog::money(QStringList &problems) const
{
    MoneyValue v;
    v.currency = m_currency->currentData().toString();
    const auto a = amount(m_amount, v.currency, tr("Amount"), problems);
    if (m_rate->text().trimmed().isEmpty()) {
        problems << tr("Rate: no rate is recorded for %1 on this date; enter one").arg(v.currency);
        return std::nullopt;
    }
    const auto r = rate(m_rate, problems);
    if (!r || !a)
        return std::nullopt;
    auto m = core::Money::fromMinor(*a, v.currency);
    auto usd = m ? core::Rate::fromScaled(*r)->toUsdMinor(*m) : core::Result<qint64>(m.error());
    if (!usd) {
        problems << tr("Rate: %1").arg(errorText(usd.error()));
        return std::nullopt;
    }
    v.amountMinor = *a;
    v.rateScaled = *r;
    v.usdMinor = *usd;
    return v;
}

} // namespace imdp::ui
