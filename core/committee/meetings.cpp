// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/committee/meetings.h"

#include "core/clock.h"
#include "core/money/money.h"
#include "core/pipeline/proposals.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::meetings {

namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// "meeting 3: cannot <what>: <why>", both parts keyed (their templates are in
/// core/i18n/errors.cpp), so the whole line is worded in each language.
Error refusal(qint64 id, const Error &what, const Error &why)
{
    return Error::refused(u"meeting"_s, u"committee.meeting_cannot"_s,
                          {ErrorArg::num(id), ErrorArg::nested(what), ErrorArg::nested(why)});
}

/// A part of a refusal: what could not be done, or why.
Error part(const QString &key, QList<ErrorArg> args = {})
{
    return Error::refused(u""_s, key, std::move(args));
}

ErrorArg statusLabels(const QStringList &statuses)
{
    return ErrorArg::label(u"meeting_status"_s, statuses.join(u','));
}

Result<Meeting> inStatus(Database &db, qint64 id, const QStringList &allowed, const Error &what)
{
    auto m = find(db, id);
    if (!m)
        return m.error();
    if (!allowed.contains(m->status))
        return refusal(
            id, what,
            part(u"committee.why.meeting_status"_s,
                 {ErrorArg::label(u"meeting_status"_s, m->status), statusLabels(allowed)}));
    return m;
}

Result<qint64> proposalId(Database &db, const QString &code)
{
    auto id = Query::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM proposal WHERE code = ?"_s,
                            {code});
    if (!id)
        return id.error();
    if (*id == 0)
        return Error::notFound(u""_s, u"committee.proposal_found"_s,
                               {ErrorArg::txt(code.left(40))});
    return *id;
}

Result<int> nextSeq(Database &db, qint64 id)
{
    auto seq = Query::scalar(db, u"SELECT COALESCE(MAX(seq), 0) + 1 FROM agenda_item "
                                 "WHERE meeting_id = ?"_s,
                             {id});
    if (!seq)
        return seq.error();
    return int(*seq);
}
} // namespace

const QStringList &statuses()
{
    static const QStringList s{u"planned"_s, u"dossier_issued"_s, u"held"_s,
                               u"minutes_approved"_s};
    return s;
}

const QStringList &agendaStates()
{
    static const QStringList s{u"recommended"_s, u"not_recommended"_s, u"deferred"_s};
    return s;
}

Result<qint64> add(Database &db, const Meeting &m)
{
    if (!m.date.isValid())
        return Error::badInput(u"date"_s, u"committee.date_required"_s, {});
    if (auto v = checkLine(u"place"_s, m.place, 120); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    Query q(db, u"INSERT INTO meeting (date, place, status) VALUES (?, ?, 'planned')"_s);
    q.bind(m.date.toString(Qt::ISODate)).bind(m.place.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId();
    if (auto s = audit::record(db, u"meeting.add"_s,
                               {{u"id"_s, id}, {u"date"_s, m.date.toString(Qt::ISODate)},
                                {u"place"_s, m.place.trimmed()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Meeting>> list(Database &db)
{
    Query q(db, u"SELECT id, date, place, status FROM meeting ORDER BY date, id"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Meeting> out;
    while (q.next()) {
        out.append({q.integer(0), QDate::fromString(q.text(1), Qt::ISODate), q.text(2), q.text(3),
                    int(out.size()) + 1});
    }
    return out;
}

Result<Meeting> find(Database &db, qint64 id)
{
    auto all = list(db);
    if (!all)
        return all.error();
    for (const Meeting &m : *all) {
        if (m.id == id)
            return m;
    }
    return Error::notFound(u""_s, u"committee.meeting_found"_s, {ErrorArg::num(id)});
}

Status setStatus(Database &db, qint64 id, const QString &to)
{
    if (!statuses().contains(to))
        return Error::badInput(
            u"status"_s, u"committee.status_one"_s,
            {ErrorArg::txt(to.left(40)), ErrorArg::txt(statuses().join(u", "_s))});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto m = find(db, id);
    if (!m)
        return m.error();
    const qsizetype from = statuses().indexOf(m->status);
    if (statuses().indexOf(to) != from + 1)
        return refusal(
            id, part(u"committee.what.become"_s, {ErrorArg::label(u"meeting_status"_s, to)}),
            part(u"committee.why.meeting_is"_s, {ErrorArg::label(u"meeting_status"_s, m->status)}));
    auto items = agenda(db, id);
    if (!items)
        return items.error();
    if (to == u"dossier_issued"_s) {
        const bool any = std::any_of(items->begin(), items->end(), [](const AgendaItem &i) {
            return i.kind == u"decision"_s;
        });
        if (!any)
            return refusal(id, part(u"committee.what.issue_dossier"_s),
                           part(u"committee.why.empty_agenda"_s));
    } else if (to == u"held"_s) {
        if (m->date > Clock::today())
            return refusal(id, part(u"committee.what.be_held"_s),
                           part(u"committee.why.date_to_come"_s, {ErrorArg::day(m->date)}));
        auto qu = quorum(db, id);
        if (!qu)
            return qu.error();
        if (!qu->met())
            return refusal(
                id, part(u"committee.what.be_held"_s),
                part(qu->present == 1 ? u"committee.why.quorum_one"_s : u"committee.why.quorum"_s,
                     {ErrorArg::num(qu->present), ErrorArg::num(qu->required)}));
    } else if (to == u"minutes_approved"_s) {
        QStringList open;
        for (const AgendaItem &i : *items) {
            if (i.kind == u"decision"_s && !i.decision)
                open << i.proposal;
        }
        if (!open.isEmpty())
            return refusal(id, part(u"committee.what.approve_minutes"_s),
                           part(u"committee.why.undecided"_s, {ErrorArg::txt(open.join(u", "_s))}));
    }
    Query q(db, u"UPDATE meeting SET status = ? WHERE id = ?"_s);
    q.bind(to).bind(id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"meeting.status"_s,
                               {{u"id"_s, id}, {u"from"_s, m->status}, {u"to"_s, to}});
        !s)
        return s;
    return tx.commit();
}

Result<int> quorumSetting(Database &db)
{
    auto v = Query::scalar(db, u"SELECT COALESCE(MAX(CAST(value AS INTEGER)), 0) "
                               "FROM fund_setting WHERE key = 'quorum'"_s);
    if (!v)
        return v.error();
    return int(*v);
}

Status checkQuorum(int members)
{
    if (members < 0 || members > 1000)
        return Error::badInput(u"quorum"_s, u"committee.quorum_must_majority"_s,
                               {ErrorArg::num(members)});
    return {};
}

Status setQuorum(Database &db, int members)
{
    if (auto v = checkQuorum(members); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Query q(db, u"INSERT INTO fund_setting (key, value) VALUES ('quorum', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.bind(QString::number(members));
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"meeting.quorum"_s, {{u"quorum"_s, members}}); !s)
        return s;
    return tx.commit();
}

Status setAttendance(Database &db, qint64 id, const QList<qint64> &memberIds)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto m = inStatus(db, id, {u"planned"_s, u"dossier_issued"_s, u"held"_s},
                      part(u"committee.what.record_attendance"_s));
    if (!m)
        return m.error();
    auto serving = members::serving(db, m->date);
    if (!serving)
        return serving.error();
    QJsonArray names;
    Query del(db, u"DELETE FROM meeting_attendance WHERE meeting_id = ?"_s);
    del.bind(id);
    if (auto s = del.exec(); !s)
        return s;
    for (qint64 mid : memberIds) {
        auto it = std::find_if(serving->begin(), serving->end(),
                               [mid](const Member &x) { return x.id == mid; });
        if (it == serving->end())
            return Error::badInput(u""_s, u"committee.member_member_serving"_s,
                                   {ErrorArg::num(mid), ErrorArg::txt(iso(m->date))});
        Query q(db, u"INSERT OR IGNORE INTO meeting_attendance (meeting_id, member_id) "
                    "VALUES (?, ?)"_s);
        q.bind(id).bind(mid);
        if (auto s = q.exec(); !s)
            return s;
        names.append(it->name);
    }
    if (auto s = audit::record(db, u"meeting.attendance"_s, {{u"id"_s, id}, {u"present"_s, names}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<Member>> attendance(Database &db, qint64 id)
{
    auto all = members::list(db);
    if (!all)
        return all.error();
    Query q(db, u"SELECT member_id FROM meeting_attendance WHERE meeting_id = ?"_s);
    q.bind(id);
    if (auto s = q.exec(); !s)
        return s.error();
    QSet<qint64> present;
    while (q.next())
        present.insert(q.integer(0));
    QList<Member> out;
    for (const Member &m : *all) {
        if (present.contains(m.id))
            out.append(m);
    }
    return out;
}

Result<Quorum> quorum(Database &db, qint64 id)
{
    auto m = find(db, id);
    if (!m)
        return m.error();
    auto serving = members::serving(db, m->date);
    if (!serving)
        return serving.error();
    auto present = attendance(db, id);
    if (!present)
        return present.error();
    auto setting = quorumSetting(db);
    if (!setting)
        return setting.error();
    Quorum q;
    for (const Member &x : *serving)
        q.voting += x.votes() ? 1 : 0;
    for (const Member &x : *present)
        q.present += x.votes() ? 1 : 0;
    q.required = *setting > 0 ? *setting : q.voting / 2 + 1;
    return q;
}

Result<qint64> addProposal(Database &db, qint64 id, const QString &code)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto m = inStatus(db, id, {u"planned"_s}, part(u"committee.what.change_agenda"_s));
    if (!m)
        return m.error();
    auto p = pipeline::find(db, code);
    if (!p)
        return p.error();
    if (!agendaStates().contains(p->state))
        return refusal(id, part(u"committee.what.put_on_agenda"_s, {ErrorArg::txt(code)}),
                       part(u"committee.why.proposal_state"_s,
                            {ErrorArg::label(u"state"_s, p->state),
                             ErrorArg::label(u"state"_s, agendaStates().join(u','))}));
    auto pid = proposalId(db, code);
    if (!pid)
        return pid.error();
    auto already = Query::scalar(db, u"SELECT COUNT(*) FROM agenda_item WHERE meeting_id = ? "
                                     "AND proposal_id = ?"_s,
                                 {id, *pid});
    if (!already)
        return already.error();
    if (*already > 0)
        return refusal(id, part(u"committee.what.put_on_agenda"_s, {ErrorArg::txt(code)}),
                       part(u"committee.why.already_on_agenda"_s));
    auto seq = nextSeq(db, id);
    if (!seq)
        return seq.error();
    Query q(db, u"INSERT INTO agenda_item (meeting_id, seq, kind, proposal_id) "
                "VALUES (?, ?, 'decision', ?)"_s);
    q.bind(id).bind(*seq).bind(*pid);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 item = q.lastInsertId();
    if (auto s = audit::record(db, u"meeting.agenda"_s,
                               {{u"id"_s, id}, {u"seq"_s, *seq}, {u"kind"_s, u"decision"_s},
                                {u"proposal"_s, code}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return item;
}

Result<qint64> addInformation(Database &db, qint64 id, const QString &title)
{
    if (auto v = checkLine(u"title"_s, title, 200); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto m = inStatus(db, id, {u"planned"_s}, part(u"committee.what.change_agenda"_s));
    if (!m)
        return m.error();
    auto seq = nextSeq(db, id);
    if (!seq)
        return seq.error();
    Query q(db, u"INSERT INTO agenda_item (meeting_id, seq, kind, title) "
                "VALUES (?, ?, 'information', ?)"_s);
    q.bind(id).bind(*seq).bind(title.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 item = q.lastInsertId();
    if (auto s = audit::record(db, u"meeting.agenda"_s,
                               {{u"id"_s, id}, {u"seq"_s, *seq}, {u"kind"_s, u"information"_s},
                                {u"title"_s, title.trimmed()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return item;
}

Result<QList<AgendaItem>> agenda(Database &db, qint64 id)
{
    Query q(db, u"SELECT a.id, a.seq, a.kind, COALESCE(p.code, ''), "
                "CASE WHEN a.kind = 'decision' THEN p.title ELSE a.title END, "
                "COALESCE(p.state, ''), d.id, d.decision, d.amount_usd_minor, d.conditions, "
                "d.date, d.at FROM agenda_item a LEFT JOIN proposal p ON p.id = a.proposal_id "
                "LEFT JOIN committee_decision d ON d.id = a.decision_id "
                "WHERE a.meeting_id = ? ORDER BY a.seq"_s);
    q.bind(id);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<AgendaItem> out;
    while (q.next()) {
        AgendaItem i{q.integer(0), int(q.integer(1)), q.text(2), q.text(3), q.text(4), q.text(5),
                     std::nullopt};
        if (!q.value(6).isNull()) {
            i.decision = pipeline::Decision{q.text(7), q.integer(8), q.text(9),
                                            QDate::fromString(q.text(10), Qt::ISODate),
                                            q.text(11)};
        }
        out.append(i);
    }
    return out;
}

Status decide(Database &db, qint64 id, const QList<AgendaDecision> &decisions)
{
    if (decisions.isEmpty())
        return Error::badInput(u"decisions"_s, u"committee.decisions_none_given"_s, {});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto m = inStatus(db, id, {u"held"_s}, part(u"committee.what.record_decisions"_s));
    if (!m)
        return m.error();
    auto items = agenda(db, id);
    if (!items)
        return items.error();
    QJsonArray recorded;
    for (const AgendaDecision &d : decisions) {
        auto it = std::find_if(items->begin(), items->end(), [&d](const AgendaItem &i) {
            return i.kind == u"decision"_s && i.proposal == d.proposal;
        });
        if (it == items->end())
            return refusal(
                id, part(u"committee.what.record_decision"_s, {ErrorArg::txt(d.proposal.left(40))}),
                part(u"committee.why.not_on_agenda"_s));
        if (it->decision)
            return refusal(id,
                           part(u"committee.what.record_decision"_s, {ErrorArg::txt(d.proposal)}),
                           part(u"committee.why.already_decided"_s,
                                {ErrorArg::label(u"decision"_s, it->decision->decision)}));
        const pipeline::Decision pd{d.decision, d.amountUsdMinor, d.conditions, m->date, {}};
        if (auto s = pipeline::recordDecision(db, d.proposal, pd); !s)
            return Error::within(d.proposal, s.error());
        auto decisionId = Query::scalar(
            db, u"SELECT MAX(d.id) FROM committee_decision d JOIN proposal p "
                "ON p.id = d.proposal_id WHERE p.code = ?"_s,
            {d.proposal});
        if (!decisionId)
            return decisionId.error();
        const QString note = u"Oversight Committee meeting %1 of %2"_s.arg(m->number).arg(
            iso(m->date));
        if (auto s = pipeline::move(db, d.proposal, d.decision, note); !s)
            return s;
        Query q(db, u"UPDATE agenda_item SET decision_id = ? WHERE id = ?"_s);
        q.bind(*decisionId).bind(it->id);
        if (auto s = q.exec(); !s)
            return s;
        it->decision = pd;
        recorded.append(QJsonObject{{u"proposal"_s, d.proposal}, {u"decision"_s, d.decision},
                                    {u"amount_usd"_s, formatMinor(d.amountUsdMinor, 2)},
                                    {u"conditions"_s, d.conditions}});
    }
    if (auto s = audit::record(db, u"meeting.decide"_s, {{u"id"_s, id}, {u"decisions"_s, recorded}});
        !s)
        return s;
    return tx.commit();
}

} // namespace imdp::core::meetings
