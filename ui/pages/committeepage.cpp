// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/pages/committeepage.h"
#include "ui/pages/memberdialog.h"

#include "core/money/money.h"
#include "ui/dialogs.h"
#include "ui/fundsession.h"
#include "ui/labels.h"
#include "ui/language.h"
#include "ui/models/models.h"
#include "ui/pages/decisionsdialog.h"
#include "ui/print/pdfjob.h"
#include "ui/print/previewwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPageSize>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
QString translated(const char *s)
{
    return QCoreApplication::translate("CommitteePage", s);
}

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *v = new QTableView(parent);
    v->setModel(model);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return v;
}
} // namespace

CommitteePage::CommitteePage(FundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_meeting(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_redacted(new QCheckBox(tr("Observers' edition (redacted)"), this))
    , m_status(new QLabel(this))
    , m_decide(new QPushButton(tr("Record decisions…"), this))
    , m_minutes(new QPushButton(tr("Print minutes…"), this))
{
    using M = core::Member;
    m_members = new TableModel<M>(
        {{[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Name")); },
          [](const M &m) { return m.name; }},
         {[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Organisation")); },
          [](const M &m) { return m.organisation; }},
         {[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Constituency")); },
          [](const M &m) { return constituencyLabel(m.constituency); }},
         {[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Role")); },
          [](const M &m) { return memberRoleLabel(m.role); }},
         {[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Term")); },
          [](const M &m) {
              return u"%1 – %2"_s.arg(formatDate(m.termStart), formatDate(m.termEnd));
          }}},
        this);
    using A = core::AgendaItem;
    m_agenda = new TableModel<A>(
        {{[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Item")); },
          [](const A &a) { return QString::number(a.seq); }},
         {[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Proposal")); },
          [](const A &a) { return a.proposal; }},
         {[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Subject")); },
          [](const A &a) { return a.title; }},
         {[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "State")); },
          [](const A &a) { return stateLabel(a.state); }},
         {[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Decision")); },
          [](const A &a) { return a.decision ? stateLabel(a.decision->decision) : QString(); }},
         {[] { return translated(QT_TRANSLATE_NOOP("CommitteePage", "Allocation (USD)")); },
          [](const A &a) {
              return a.decision && a.decision->amountUsdMinor
                         ? core::dossier::amount(a.decision->amountUsdMinor, QLocale())
                         : QString();
          },
          {},
          Qt::AlignRight | Qt::AlignVCenter}},
        this);

    m_meeting->setObjectName(u"meeting"_s);
    m_language->setObjectName(u"dossier-language"_s);
    fillDocumentLanguages(m_language);
    m_decide->setObjectName(u"record-decisions"_s);
    m_minutes->setObjectName(u"print-minutes"_s);
    auto *preview = new QPushButton(tr("Print preview…"), this);
    preview->setObjectName(u"print-preview"_s);
    auto *exportButton = new QPushButton(tr("Export PDF…"), this);
    exportButton->setObjectName(u"export-pdf"_s);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Oversight Committee")), this);
    layout->addWidget(title);
    auto *membersBar = new QHBoxLayout;
    membersBar->addWidget(new QLabel(tr("Members"), this));
    membersBar->addStretch(1);
    auto *addMember = new QPushButton(tr("Add &Member…"), this);
    addMember->setObjectName(u"add-member"_s);
    addMember->setEnabled(!m_session->database()->isReadOnly());
    membersBar->addWidget(addMember);
    layout->addLayout(membersBar);
    // Each member on one line, the columns as wide as their words and the organisation taking
    // what is left, rather than names, organisations and constituencies broken over two lines
    // beside an empty term column ("Pays en développem…" at 1024 px in French).
    QTableView *members = tableView(m_members, this);
    members->setObjectName(u"members"_s);
    members->setWordWrap(false);
    members->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    members->horizontalHeader()->setStretchLastSection(false);
    members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    members->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    members->setTextElideMode(Qt::ElideRight);
    layout->addWidget(members, 2);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Meeting"), this));
    bar->addWidget(m_meeting, 1);
    m_status->setWordWrap(true);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);
    layout->addWidget(new QLabel(tr("Agenda"), this));
    auto *agenda = tableView(m_agenda, this);
    agenda->setObjectName(u"agenda"_s);
    // The subject takes the spare width; the short columns (the allocation is often empty)
    // keep to their contents.
    agenda->horizontalHeader()->setStretchLastSection(false);
    agenda->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    agenda->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    agenda->setWordWrap(false);
    agenda->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(agenda, 2);
    // Options on one row, the commands on the next: the page fits 1024 px in French and Spanish.
    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Dossier language"), this));
    options->addWidget(m_language);
    options->addWidget(m_redacted);
    options->addStretch(1);
    layout->addLayout(options);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(preview);
    actions->addWidget(exportButton);
    actions->addWidget(m_decide);
    actions->addWidget(m_minutes);
    layout->addLayout(actions);

    connect(m_meeting, &QComboBox::currentIndexChanged, this, &CommitteePage::showMeeting);
    connect(preview, &QPushButton::clicked, this, [this] { printPreview(DossierKind::Dossier); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportPdf(DossierKind::Dossier); });
    connect(m_decide, &QPushButton::clicked, this, &CommitteePage::recordDecisions);
    connect(addMember, &QPushButton::clicked, this, &CommitteePage::addMember);
    connect(m_minutes, &QPushButton::clicked, this, [this] { printPreview(DossierKind::Minutes); });
    connect(m_session, &FundSession::changed, this, &CommitteePage::refresh);
    refresh();
}

void CommitteePage::addMember()
{
    MemberDialog d(*m_session->database(), this);
    if (dialogs::exec(&d) == QDialog::Accepted)
        m_session->recorded(tr("Committee member added"));
}

qint64 CommitteePage::meetingId() const
{
    return m_meeting->currentData().toLongLong();
}

void CommitteePage::selectLanguage(const QString &language)
{
    m_language->setCurrentIndex(m_language->findData(language));
}

void CommitteePage::setRedacted(bool on)
{
    m_redacted->setChecked(on);
}

void CommitteePage::refresh()
{
    if (!m_session->isOpen())
        return;
    core::Database &db = *m_session->database();
    if (auto all = core::members::list(db))
        m_members->setRows(*all);
    const qint64 keep = meetingId();
    if (auto all = core::meetings::list(db))
        m_meetings = *all;
    const QSignalBlocker block(m_meeting);
    m_meeting->clear();
    for (const core::Meeting &m : m_meetings) {
        m_meeting->addItem(tr("Meeting %1 — %2, %3").arg(m.number).arg(formatDate(m.date), m.place),
                           m.id);
    }
    const int index = m_meeting->findData(keep);
    m_meeting->setCurrentIndex(index >= 0 ? index : int(m_meetings.size()) - 1);
    showMeeting();
}

void CommitteePage::showMeeting()
{
    core::Database &db = *m_session->database();
    const qint64 id = meetingId();
    QList<core::AgendaItem> rows;
    QString status;
    core::Quorum quorum;
    if (id) {
        if (auto items = core::meetings::agenda(db, id))
            rows = *items;
        if (auto q = core::meetings::quorum(db, id))
            quorum = *q;
        for (const core::Meeting &m : m_meetings) {
            if (m.id == id)
                status = m.status;
        }
    }
    m_agenda->setRows(rows);
    m_status->setText(tr("Status: %1 · %2 of %3 voting members present (quorum %4)")
                          .arg(meetingStatusLabel(status))
                          .arg(quorum.present)
                          .arg(quorum.voting)
                          .arg(quorum.required));
    m_decide->setEnabled(status == u"held"_s);
    m_minutes->setEnabled(status == u"held"_s || status == u"minutes_approved"_s);
}

void CommitteePage::printPreview(DossierKind kind)
{
    const qint64 id = meetingId();
    if (!id)
        return;
    const QString language = m_language->currentData().toString();
    const bool redacted = m_redacted->isChecked();
    auto doc = dossierDocument(*m_session->database(), id, kind, language, redacted);
    if (!doc) {
        dialogs::error(this, tr("Print preview"), errorText(doc.error()));
        return;
    }
    // A window of its own, one per document (this meeting, kind, language, redaction).
    const QString key = u"%1/%2/%3/%4"_s.arg(id)
                            .arg(kind == DossierKind::Minutes ? u"minutes"_s : u"dossier"_s,
                                 language, redacted ? u"redacted"_s : u"full"_s);
    showPreview(this, key, std::make_shared<const core::document::Document>(std::move(*doc)),
                QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                           : QPageSize::A4);
}

PdfJob *CommitteePage::exportPdf(DossierKind kind)
{
    const qint64 id = meetingId();
    if (!id)
        return nullptr;
    const QString language = m_language->currentData().toString();
    const dialogs::OutputChoice out = dialogs::saveOutputFileName(
        this, tr("Export PDF"), tr("PDF (*.pdf)"), {},
        dialogs::suggestedOutputName({QFileInfo(m_session->path()).completeBaseName(),
                                      kind == DossierKind::Minutes ? u"minutes"_s : u"dossier"_s,
                                      m_meeting->currentText(), language},
                                     u".pdf"_s));
    if (out.path.isEmpty())
        return nullptr;
    // Read and laid out on a worker, on its own read-only connection to the fund: the window
    // goes on painting, and Cancel leaves no file.
    auto *job = new PdfJob(
        this, tr("Writing the PDF…"), m_session->path(),
        [id, kind, language, redacted = m_redacted->isChecked()](core::Database *reader) {
            return dossierDocument(*reader, id, kind, language, redacted);
        },
        out.path, Paper::A4, out.replace);
    connect(job, &PdfJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->wasCancelled()) {
            Q_EMIT m_session->announced(tr("PDF export cancelled; no file was written."), {});
            return;
        }
        if (!job->result()) {
            dialogs::error(this, tr("Export PDF"), errorText(job->result().error()));
            return;
        }
        m_session->wrote(job->path());
    });
    job->start();
    return job;
}

void CommitteePage::recordDecisions()
{
    const qint64 id = meetingId();
    if (!id)
        return;
    // Window-modal, without a nested event loop (as the proposal editor): the page goes on
    // painting and the fund's change notifications arrive while the decisions are typed.
    auto *dialog = new DecisionsDialog(*m_session->database(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { m_session->recorded(tr("Decisions recorded")); });
    dialog->open();
}

} // namespace imdp::ui
