// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/setup/fundsettingsdialog.h"

#include "core/fund/setup.h"
#include "core/funding/capstatus.h"
#include "core/money/money.h"
#include "ui/dialogs.h"
#include "ui/discardguard.h"
#include "ui/fundsession.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
QSpinBox *spin(QWidget *parent, const QString &name, int min, int max, int value)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setValue(value);
    return s;
}

QLineEdit *line(QWidget *parent, const QString &name, const QString &text)
{
    auto *e = new QLineEdit(text, parent);
    e->setObjectName(name);
    return e;
}

constexpr qint64 kMb = 1024 * 1024;
} // namespace

FundSettingsDialog::FundSettingsDialog(FundSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_discard(new DiscardGuard(this))
{
    setObjectName(u"fundSettings"_s);
    setWindowTitle(tr("Fund Settings"));
    core::AllSettings s;
    if (auto all = core::fund::allSettings(*session->database()))
        s = *all;
    if (auto cap = core::funding::capStatus(*session->database())) {
        m_planBank = cap->plan.bank;
        m_planTotal = cap->plan.total;
    }

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    auto *fundBox = new QGroupBox(tr("Fund"), this);
    auto *fund = new QFormLayout(fundBox);
    m_name = line(fundBox, u"name"_s, s.name);
    fund->addRow(tr("&Name:"), m_name);
    m_cap = spin(fundBox, u"capBps"_s, 0, 10000, s.capBps);
    m_cap->setSuffix(tr(" bps"));
    m_cap->setToolTip(tr("The DGF cap: Bank resources at most this share of total funding, in "
                         "basis points (1500 = 15%)."));
    fund->addRow(tr("DGF &cap:"), m_cap);
    m_month = new QComboBox(fundBox);
    m_month->setObjectName(u"fiscalMonth"_s);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m), m);
    m_month->setCurrentIndex(s.fiscalYearStartMonth - 1);
    m_day = spin(fundBox, u"fiscalDay"_s, 1, 31, s.fiscalYearStartDay);
    auto *fy = new QHBoxLayout;
    fy->addWidget(m_day);
    fy->addWidget(m_month, 1);
    fund->addRow(tr("Fiscal year &starts:"), fy);
    m_fee = line(fundBox, u"fee"_s, s.fee);
    m_fee->setToolTip(tr("none; flat:100 (1% of each receipt); or tiers, e.g. "
                         "tiered:1000000.00=200,*=100"));
    fund->addRow(tr("Administrative &fee:"), m_fee);
    m_iati = line(fundBox, u"iatiOrgRef"_s, s.iatiOrgRef);
    fund->addRow(tr("&IATI identifier:"), m_iati);
    m_backupKeep = spin(fundBox, u"backupKeep"_s, 1, 1000, s.backupKeep);
    fund->addRow(tr("&Backups kept:"), m_backupKeep);
    m_backupHours = spin(fundBox, u"backupEveryHours"_s, 1, 8760, s.backupEveryHours);
    m_backupHours->setSuffix(tr(" h"));
    fund->addRow(tr("Backup &every:"), m_backupHours);
    columns->addWidget(fundBox);

    auto *pipelineBox = new QGroupBox(tr("Pipeline and Committee"), this);
    auto *pipeline = new QFormLayout(pipelineBox);
    m_reviews = spin(pipelineBox, u"reviewsRequired"_s, 0, 20, s.reviewsRequired);
    pipeline->addRow(tr("&Reviews required:"), m_reviews);
    m_spread = line(pipelineBox, u"reviewSpread"_s, core::formatMinor(s.reviewSpreadHundredths, 2));
    pipeline->addRow(tr("Review s&pread flagged above:"), m_spread);
    m_quorum = spin(pipelineBox, u"quorum"_s, 0, 1000, s.quorum);
    m_quorum->setSpecialValueText(tr("a majority"));
    pipeline->addRow(tr("&Quorum:"), m_quorum);
    m_waiver = line(pipelineBox, u"closingWaiver"_s, core::formatMinor(s.closingWaiverUsdMinor, 2));
    pipeline->addRow(tr("Closing &waiver (USD):"), m_waiver);
    m_attachmentMb = spin(pipelineBox, u"attachmentMb"_s, 1, 512,
                          int(std::clamp<qint64>(s.attachmentMaxBytes / kMb, 1, 512)));
    m_attachmentMb->setSuffix(tr(" MB"));
    pipeline->addRow(tr("&Attachment limit:"), m_attachmentMb);
    columns->addWidget(pipelineBox);
    layout->addLayout(columns);

    m_capWarning = new QLabel(this);
    m_capWarning->setObjectName(u"capWarning"_s);
    m_capWarning->setWordWrap(true);
    m_capWarning->setStyleSheet(u"color: #a61b1b;"_s);
    layout->addWidget(m_capWarning);
    connect(m_cap, &QSpinBox::valueChanged, this, &FundSettingsDialog::updateCapWarning);
    updateCapWarning();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void FundSettingsDialog::updateCapWarning()
{
    // Compliant iff 10000 × bank ≤ cap × total (DOMAIN.md), in 128 bits.
    const int cap = m_cap->value();
    const bool over = __int128(m_planBank) * 10000 > __int128(cap) * m_planTotal;
    m_capWarning->setVisible(over);
    m_capWarning->setText(
        over
            ? tr("The plan basis already holds %1% Bank resources, above a cap of %2%. Saving "
                 "is allowed; new Bank pledges will be refused until other funding restores "
                 "compliance.")
                  .arg(QLocale().toString(double(m_planBank) * 100.0 / double(m_planTotal), 'f', 2),
                       QLocale().toString(cap / 100.0, 'f', 2))
            : QString());
}

void FundSettingsDialog::accept()
{
    auto all = core::fund::allSettings(*m_session->database());
    if (!all) {
        dialogs::error(this, tr("Cannot save the settings"), errorText(all.error()));
        return;
    }
    const core::AllSettings &s = *all;
    core::SettingsChange c;
    const auto text = [](const QLineEdit *e, const QString &was, std::optional<QString> &to) {
        if (e->text().trimmed() != was)
            to = e->text().trimmed();
    };
    const auto number = [](const QSpinBox *b, int was, std::optional<int> &to) {
        if (b->value() != was)
            to = b->value();
    };
    text(m_name, s.name, c.name);
    text(m_fee, s.fee, c.fee);
    text(m_iati, s.iatiOrgRef, c.iatiOrgRef);
    number(m_cap, s.capBps, c.capBps);
    number(m_reviews, s.reviewsRequired, c.reviewsRequired);
    number(m_quorum, s.quorum, c.quorum);
    number(m_backupKeep, s.backupKeep, c.backupKeep);
    number(m_backupHours, s.backupEveryHours, c.backupEveryHours);
    const int month = m_month->currentData().toInt();
    if (month != s.fiscalYearStartMonth || m_day->value() != s.fiscalYearStartDay) {
        c.fiscalYearStartMonth = month;
        c.fiscalYearStartDay = m_day->value();
    }
    if (m_attachmentMb->value() != int(s.attachmentMaxBytes / kMb))
        c.attachmentMaxBytes = m_attachmentMb->value() * kMb;
    auto waiver = core::parseMinor(m_waiver->text().trimmed(), 2);
    if (!waiver) {
        dialogs::error(this, tr("Cannot save the settings"),
                       tr("Closing waiver: %1").arg(errorText(waiver.error())));
        return;
    }
    if (*waiver != s.closingWaiverUsdMinor)
        c.closingWaiverUsdMinor = *waiver;
    auto spread = core::parseMinor(m_spread->text().trimmed(), 2);
    if (!spread) {
        dialogs::error(this, tr("Cannot save the settings"),
                       tr("Review spread: %1").arg(errorText(spread.error())));
        return;
    }
    if (*spread != s.reviewSpreadHundredths)
        c.reviewSpreadHundredths = int(std::clamp<qint64>(*spread, -1, 100000));
    if (!c.isEmpty()) {
        auto warnings = core::fund::changeSettings(*m_session->database(), c);
        if (!warnings) {
            dialogs::error(this, tr("Cannot save the settings"), errorText(warnings.error()));
            return;
        }
        // A cap below the plan basis was shown above before saving (m_capWarning); the
        // dashboard's gauges show it from now on.
        m_session->recorded(tr("Fund settings saved"));
    }
    QDialog::accept();
}

void FundSettingsDialog::reject()
{
    if (m_discard->mayClose())
        QDialog::reject();
}

} // namespace imdp::ui
