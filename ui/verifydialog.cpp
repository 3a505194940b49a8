// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/verifydialog.h"

#include "core/ledger/verifychecks.h"
#include "core/storage/database.h"
#include "ui/labels.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

VerifyDialog::VerifyDialog(const QString &fundPath, QWidget *parent)
    : QDialog(parent)
    , m_path(fundPath)
{
    setWindowTitle(tr("Verify Fund"));
    setObjectName(u"verifyDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Checks that %1 holds together: every page of the file, the audit chain, the "
           "balances and every row written. It only reads; the fund stays usable meanwhile.")
            .arg(QDir::toNativeSeparators(fundPath)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"findings"_s);
    m_text->setReadOnly(true);
    m_text->hide();
    layout->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancel"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"close"_s);
    m_close->hide();
    connect(m_cancel, &QPushButton::clicked, this, &VerifyDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(640, 360);
}

VerifyDialog::~VerifyDialog()
{
    if (m_worker) { // closed while checking: stopped and waited for (it only reads)
        m_stop->store(true);
        m_worker->wait();
        delete m_worker;
    }
}

QString VerifyDialog::checkName(const QString &name)
{
    static const QList<std::pair<QString, const char *>> names{
        {u"integrity"_s, QT_TR_NOOP("integrity")},
        {u"foreign keys"_s, QT_TR_NOOP("foreign keys")},
        {u"audit chain"_s, QT_TR_NOOP("audit chain")},
        {u"journal balances"_s, QT_TR_NOOP("journal balances")},
        {u"stored balances"_s, QT_TR_NOOP("stored balances")},
        {u"project balances"_s, QT_TR_NOOP("project balances")},
        {u"ledger imports"_s, QT_TR_NOOP("ledger imports")},
        {u"statement lines"_s, QT_TR_NOOP("statement lines")},
        {u"schema"_s, QT_TR_NOOP("schema")},
        {u"audit anchor"_s, QT_TR_NOOP("audit anchor")},
        {u"rows"_s, QT_TR_NOOP("rows")}};
    for (const auto &[key, text] : names) {
        if (key == name)
            return tr(text);
    }
    return name; // a check registered later: its own name
}

void VerifyDialog::start()
{
    if (m_started)
        return;
    m_started = true;
    core::ledger::registerVerifyChecks(); // the journal's and balances' checks, as the CLI runs
    m_status->setText(tr("Starting…"));
    m_stop = std::make_shared<std::atomic_bool>(false);
    const QString path = m_path;
    const auto stop = m_stop;
    m_worker = QThread::create([this, path, stop] {
        core::verify::Findings findings;
        QString failure;
        if (auto reader = core::Database::openReader(path)) {
            core::verify::Options options;
            options.cancelled = [stop] { return stop->load(); };
            options.onCheck = [this, stop](const QString &name, int index, int count) {
                if (stop->load())
                    return;
                QMetaObject::invokeMethod(
                    this, [this, name, index, count] { onCheck(name, index, count); },
                    Qt::QueuedConnection);
            };
            findings = core::verify::run(**reader, options);
        } else {
            failure = errorText(reader.error());
        }
        if (stop->load() && !findings.cancelled) { // asked to stop as the last check ended
            findings.cancelled = true;
            findings.outcomes.clear();
        }
        QMetaObject::invokeMethod(
            this, [this, findings, failure] { finish(findings, failure); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void VerifyDialog::onCheck(const QString &name, int index, int count)
{
    if (!m_worker)
        return;
    m_progress->setRange(0, count);
    m_progress->setValue(index);
    m_status->setText(tr("Check %1 of %2: %3…").arg(index + 1).arg(count).arg(checkName(name)));
}

void VerifyDialog::cancel()
{
    if (!m_worker)
        return;
    m_stop->store(true);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void VerifyDialog::reject()
{
    if (m_worker) { // Escape or the window's close button while checking: stop first
        cancel();
        return;
    }
    QDialog::reject();
}

void VerifyDialog::finish(const core::verify::Findings &findings, const QString &failure)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_findings = findings;
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    QStringList lines;
    if (!failure.isEmpty()) {
        m_status->setText(tr("The fund could not be verified: %1").arg(failure));
    } else if (findings.cancelled) {
        m_status->setText(tr("Cancelled: the checks stopped before the end, so they prove "
                             "nothing either way. Nothing was changed."));
        m_progress->setValue(0);
    } else if (findings.ok()) {
        m_status->setText(tr("Verified: every check holds (%n audit row(s)).", nullptr,
                             int(qMin<qint64>(findings.auditRows, INT_MAX))));
    } else {
        int failed = 0;
        for (const auto &o : findings.outcomes)
            failed += o.ok() ? 0 : 1;
        m_status->setText(tr("%n check(s) found problems: the file was changed outside IMDP "
                             "Desk or is damaged. Keep a copy of it and restore the last good "
                             "backup.",
                             nullptr, failed));
    }
    for (const auto &o : findings.outcomes) {
        if (o.ok()) {
            lines << tr("ok: %1").arg(checkName(o.name));
            continue;
        }
        lines << tr("problems: %1").arg(checkName(o.name));
        for (const core::Error &e : o.problems)
            lines << u"    "_s + errorText(e).split(u'\n', Qt::SkipEmptyParts).join(u"; "_s);
    }
    if (findings.ok())
        lines << tr("Audit chain head: %1").arg(findings.auditHead);
    m_text->setPlainText(lines.join(u'\n'));
    m_text->setVisible(!lines.isEmpty());
}

QString VerifyDialog::findingsText() const
{
    return m_text->toPlainText();
}

QString VerifyDialog::statusText() const
{
    return m_status->text();
}

} // namespace imdp::ui
