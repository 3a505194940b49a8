// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/dgfnarrativesdialog.h"

#include "core/reports/dgf.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "ui/discardguard.h"
#include "ui/labels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextOption>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace dgf = core::reports::dgf;

DgfNarrativesDialog::DgfNarrativesDialog(core::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_discard(new DiscardGuard(this))
{
    setWindowTitle(tr("DGF Application Narratives"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The texts the DGF application prints. Figures, donors, partners, "
                                "Committee members and the rubric come from the fund's records; "
                                "a text left empty prints as \"not yet written\"."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new QFormLayout;
    const QStringList labels{tr("Substantive basis\n(preliminary proposal)"),
                             tr("Governance structure\n(formal request)"),
                             tr("Evaluation mechanisms\n(formal request)")};
    // In the order of dgf::narratives(): basis, governance, evaluation.
    for (qsizetype i = 0; i < dgf::narratives().size(); ++i) {
        const QString &name = dgf::narratives().at(i);
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        const auto text = dgf::narrative(db, name);
        m_loaded.insert(name, text ? *text : QString());
        edit->setPlainText(m_loaded.value(name));
        edit->setReadOnly(db.isReadOnly());
        m_edits.insert(name, edit);
        form->addRow(labels.value(i, name), edit);
    }
    v->addLayout(form, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();
    v->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(
        db.isReadOnly() ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel,
        this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DgfNarrativesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DgfNarrativesDialog::reject);
    v->addWidget(buttons);
    resize(720, 560);
}

core::Status DgfNarrativesDialog::save()
{
    core::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    int written = 0;
    for (const QString &name : dgf::narratives()) {
        const QString text = m_edits.value(name)->toPlainText().trimmed();
        if (text == m_loaded.value(name))
            continue; // unchanged: no audit row
        if (auto st = dgf::setNarrative(m_db, name, text); !st)
            return st;
        ++written;
    }
    if (auto st = tx.commit(); !st)
        return st;
    m_written = written;
    for (const QString &name : dgf::narratives())
        m_loaded.insert(name, m_edits.value(name)->toPlainText().trimmed());
    return {};
}

void DgfNarrativesDialog::accept()
{
    if (!m_db.isReadOnly()) {
        if (auto st = save(); !st) {
            m_problem->setText(errorText(st.error()));
            m_problem->show();
            return;
        }
    }
    QDialog::accept();
}

void DgfNarrativesDialog::reject()
{
    if (m_discard->mayClose())
        QDialog::reject();
}

} // namespace imdp::ui
