// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/committee/meetings.h"
#include "ui/models/tablemodel.h"
#include "ui/print/dossierprint.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace imdp::ui {

class PdfJob;

class FundSession;

/// The Oversight Committee: its members, each meeting's status and agenda, the decisions of a
/// held meeting (one dialog), and the dossier and minutes in print preview or as PDF, in a
/// language chosen here independently of the UI's.
class CommitteePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitteePage)

public:
    explicit CommitteePage(FundSession *session, QWidget *parent = nullptr);
    void refresh();

    TableModel<core::Member> *memberModel() const { return m_members; }
    TableModel<core::AgendaItem> *agendaModel() const { return m_agenda; }
    /// The meeting selected, 0 when the fund has none.
    qint64 meetingId() const;
    void selectLanguage(const QString &language);
    /// Add Member…: the member dialog, then the members again.
    void addMember();
    void setRedacted(bool on);
    /// Asks for a file name (dialogs::saveFileName) and writes the PDF there on a worker
    /// (PdfJob, with progress and Cancel). Returns the job running, or nullptr when none was
    /// started; the job goes once it has finished().
    PdfJob *exportPdf(DossierKind kind);
    /// The print preview of the selected meeting's dossier or minutes, in a non-modal window
    /// (showPreview): one per document.
    void printPreview(DossierKind kind);

private:
    void recordDecisions();
    void showMeeting();

    FundSession *m_session;
    TableModel<core::Member> *m_members;
    TableModel<core::AgendaItem> *m_agenda;
    QList<core::Meeting> m_meetings;
    QComboBox *m_meeting;
    QComboBox *m_language;
    QCheckBox *m_redacted;
    QLabel *m_status;
    QPushButton *m_decide;
    QPushButton *m_minutes;
};

} // namespace imdp::ui
