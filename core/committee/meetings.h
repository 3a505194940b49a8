// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Meetings of the Oversight Committee: status, attendance and quorum, the agenda, and the
// decisions taken on it. Decisions go through the pipeline (recordDecision, then the guarded
// move), so an endorsement posts its allocation exactly as a decision recorded directly would.

#include "core/committee/members.h"
#include "core/pipeline/records.h"
#include "core/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace imdp::core {

class Database;

/// A meeting of the Oversight Committee.
struct Meeting
{
    qint64 id = 0;
    QDate date;
    QString place;
    QString status = QStringLiteral("planned");
    int number = 0; ///< filled when read: its rank by date among the fund's meetings, from 1
};

/// One item of a meeting's agenda: a proposal for decision, or an item for information.
struct AgendaItem
{
    qint64 id = 0;
    int seq = 0;
    QString kind; ///< decision or information
    QString proposal; ///< the proposal's code, for a decision item
    QString title;    ///< the information item's title, or the proposal's title
    QString state;    ///< the proposal's state now
    std::optional<pipeline::Decision> decision; ///< recorded at this meeting
};

/// One decision of the Committee on an agenda proposal. The date is the meeting's.
struct AgendaDecision
{
    QString proposal;
    QString decision; ///< endorsed, endorsed_with_conditions, deferred, rejected
    qint64 amountUsdMinor = 0;
    QString conditions;
};

struct Quorum
{
    int voting = 0;   ///< voting members serving on the meeting date
    int present = 0;  ///< voting members recorded present
    int required = 0; ///< fund setting `quorum`, else a majority of `voting`
    bool met() const { return present >= required && required > 0; }
};

namespace meetings {

/// planned → dossier_issued → held → minutes_approved.
const QStringList &statuses();
/// Proposal states that may be put on an agenda for decision.
const QStringList &agendaStates();

Result<qint64> add(Database &db, const Meeting &m);
Result<QList<Meeting>> list(Database &db);
Result<Meeting> find(Database &db, qint64 id);

/// Moves a meeting one status on, under its guard: a dossier is issued for an agenda with at
/// least one proposal; a meeting is held on or after its date with a quorum present; minutes are
/// approved once every proposal on the agenda has its decision.
Status setStatus(Database &db, qint64 id, const QString &to);

/// The fund's quorum (0: a majority of the voting members serving on the meeting's date).
Result<int> quorumSetting(Database &db);
Status setQuorum(Database &db, int members);
/// The bounds setQuorum() checks.
Status checkQuorum(int members);
/// Replaces who attended (members serving on the meeting's date), before minutes are approved.
Status setAttendance(Database &db, qint64 id, const QList<qint64> &memberIds);
Result<QList<Member>> attendance(Database &db, qint64 id);
Result<Quorum> quorum(Database &db, qint64 id);

/// Puts a proposal (recommended, not recommended or deferred) on the agenda for decision, while
/// the meeting is planned.
Result<qint64> addProposal(Database &db, qint64 id, const QString &code);
Result<qint64> addInformation(Database &db, qint64 id, const QString &title);
Result<QList<AgendaItem>> agenda(Database &db, qint64 id);

/// Records the decisions taken at a held meeting, all or nothing: each is recorded through the
/// pipeline and the proposal moved to the decided state (an endorsement allocates).
Status decide(Database &db, qint64 id, const QList<AgendaDecision> &decisions);

} // namespace meetings
} // namespace imdp::core
