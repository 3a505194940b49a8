// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp member|meeting|dossier: the Oversight Committee from the command line.
#include "app/cli/cli.h"

#include "core/committee/meetings.h"
#include "core/committee/members.h"
#include "core/io/output.h"
#include "core/money/money.h"
#include "core/storage/database.h"
#include "core/validate.h"
#include "ui/print/dossierprint.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

using core::Error;
using core::Result;
namespace mt = core::meetings;

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString usd(qint64 minor)
{
    return core::formatMinor(minor, 2);
}

struct Cmd
{
    QCommandLineParser p;
    QCommandLineOption json{u"json"_s, u"Machine-readable output."_s};
    int status = Ok;
    Cmd(const QString &description, const QList<QCommandLineOption> &options)
    {
        p.setApplicationDescription(description);
        p.addOption(json);
        for (const QCommandLineOption &o : options)
            p.addOption(o);
    }
    bool parse(const QStringList &args, const QStringList &positionals)
    {
        return cli::parse(p, args, positionals, status);
    }
    QString arg(int i) const { return p.positionalArguments().value(i); }
    QString value(const QString &name) const { return p.value(name); }
    bool isJson() const { return p.isSet(json); }
    int done(const QString &line, const QJsonObject &o) const
    {
        if (isJson())
            printJson(o);
        else
            out(line);
        return Ok;
    }
};

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

Result<qint64> meetingId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::badInput(u"meeting: '%1' must be a meeting number (see meeting list)"_s.arg(
            text.left(40)));
    return id;
}

Result<QDate> optionalDate(const QString &field, const QString &text)
{
    if (text.isEmpty())
        return QDate();
    return core::parseIsoDate(field, text);
}

// ---- members --------------------------------------------------------------------------------

int runMemberAdd(const QStringList &args)
{
    Cmd c(u"Add a member of the Oversight Committee."_s,
          {opt(u"name"_s, u"The member's name."_s, u"NAME"_s),
           opt(u"organisation"_s, u"The State or organisation represented."_s, u"ORG"_s),
           opt(u"constituency"_s, u"%1."_s.arg(core::members::constituencies().join(u", "_s)),
               u"C"_s),
           opt(u"role"_s, u"%1 (default member)."_s.arg(core::members::roles().join(u", "_s)),
               u"ROLE"_s),
           opt(u"from"_s, u"Start of the term (YYYY-MM-DD)."_s, u"DATE"_s),
           opt(u"to"_s, u"End of the term (YYYY-MM-DD); open-ended when left out."_s, u"DATE"_s)});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    core::Member m;
    m.name = c.value(u"name"_s);
    m.organisation = c.value(u"organisation"_s);
    m.constituency = c.value(u"constituency"_s);
    m.role = c.p.isSet(u"role"_s) ? c.value(u"role"_s) : u"member"_s;
    auto from = core::parseIsoDate(u"from"_s, c.value(u"from"_s));
    if (!from)
        return fail(from.error());
    auto to = optionalDate(u"to"_s, c.value(u"to"_s));
    if (!to)
        return fail(to.error());
    m.termStart = *from;
    m.termEnd = *to;
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    auto id = core::members::add(**db, m);
    if (!id)
        return fail(id.error());
    return c.done(u"Added member %1: %2 (%3, %4)"_s.arg(*id).arg(m.name, m.role, m.constituency),
                  {{u"id"_s, *id}, {u"name"_s, m.name}, {u"role"_s, m.role},
                   {u"constituency"_s, m.constituency}});
}

int runMemberList(const QStringList &args)
{
    Cmd c(u"List the members of the Oversight Committee."_s, {});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    auto db = openFund(c.arg(0), true);
    if (!db)
        return fail(db.error());
    auto all = core::members::list(**db);
    if (!all)
        return fail(all.error());
    QJsonArray rows;
    if (!c.isJson())
        out(u"%1  %2 %3 %4 %5 %6"_s.arg(u"id"_s, 3).arg(u"name"_s, -22).arg(u"organisation"_s, -32)
                .arg(u"constituency"_s, -19).arg(u"role"_s, -9).arg(u"term"_s));
    for (const core::Member &m : *all) {
        if (c.isJson()) {
            rows.append(QJsonObject{{u"id"_s, m.id}, {u"name"_s, m.name},
                                    {u"organisation"_s, m.organisation},
                                    {u"constituency"_s, m.constituency}, {u"role"_s, m.role},
                                    {u"term_start"_s, iso(m.termStart)},
                                    {u"term_end"_s, iso(m.termEnd)}});
        } else {
            out(u"%1  %2 %3 %4 %5 %6..%7"_s.arg(m.id, 3).arg(m.name, -22).arg(m.organisation, -32)
                    .arg(m.constituency, -19).arg(m.role, -9).arg(iso(m.termStart), iso(m.termEnd)));
        }
    }
    if (c.isJson())
        printJson({{u"members"_s, rows}});
    return Ok;
}

// ---- meetings -------------------------------------------------------------------------------

int runMeetingAdd(const QStringList &args)
{
    Cmd c(u"Plan a meeting of the Oversight Committee."_s,
          {opt(u"date"_s, u"Date (YYYY-MM-DD)."_s, u"DATE"_s),
           opt(u"place"_s, u"Where it meets."_s, u"PLACE"_s)});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    auto date = core::parseIsoDate(u"date"_s, c.value(u"date"_s));
    if (!date)
        return fail(date.error());
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    auto id = mt::add(**db, {0, *date, c.value(u"place"_s), {}, 0});
    if (!id)
        return fail(id.error());
    return c.done(u"Added meeting %1 on %2"_s.arg(*id).arg(iso(*date)),
                  {{u"id"_s, *id}, {u"date"_s, iso(*date)}, {u"place"_s, c.value(u"place"_s)}});
}

int runMeetingList(const QStringList &args)
{
    Cmd c(u"List the Committee's meetings."_s, {});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    auto db = openFund(c.arg(0), true);
    if (!db)
        return fail(db.error());
    auto all = mt::list(**db);
    if (!all)
        return fail(all.error());
    QJsonArray rows;
    if (!c.isJson())
        out(u"%1  %2  %3 %4"_s.arg(u"id"_s, 3).arg(u"date"_s, -10).arg(u"status"_s, -17)
                .arg(u"place"_s));
    for (const core::Meeting &m : *all) {
        if (c.isJson()) {
            rows.append(QJsonObject{{u"id"_s, m.id}, {u"number"_s, m.number},
                                    {u"date"_s, iso(m.date)}, {u"place"_s, m.place},
                                    {u"status"_s, m.status}});
        } else {
            out(u"%1  %2  %3 %4"_s.arg(m.id, 3).arg(iso(m.date), -10).arg(m.status, -17)
                    .arg(m.place));
        }
    }
    if (c.isJson())
        printJson({{u"meetings"_s, rows}});
    return Ok;
}

int runMeetingAgenda(const QStringList &args)
{
    Cmd c(u"Show a meeting's agenda, or add to it while the meeting is planned."_s,
          {opt(u"add"_s, u"A proposal for decision (its code); repeat for several."_s, u"CODE"_s),
           opt(u"info"_s, u"An item for information (its title); repeat for several."_s,
               u"TITLE"_s)});
    if (!c.parse(args, {u"FILE"_s, u"MEETING"_s}))
        return c.status;
    auto id = meetingId(c.arg(1));
    if (!id)
        return fail(id.error());
    const QStringList adds = c.p.values(u"add"_s);
    const QStringList infos = c.p.values(u"info"_s);
    auto db = openFund(c.arg(0), adds.isEmpty() && infos.isEmpty());
    if (!db)
        return fail(db.error());
    for (const QString &code : adds) {
        if (auto r = mt::addProposal(**db, *id, code); !r)
            return fail(r.error());
    }
    for (const QString &title : infos) {
        if (auto r = mt::addInformation(**db, *id, title); !r)
            return fail(r.error());
    }
    auto items = mt::agenda(**db, *id);
    if (!items)
        return fail(items.error());
    QJsonArray rows;
    for (const core::AgendaItem &i : *items) {
        const QString decision = i.decision ? i.decision->decision : QString();
        if (c.isJson()) {
            rows.append(QJsonObject{{u"seq"_s, i.seq}, {u"kind"_s, i.kind},
                                    {u"proposal"_s, i.proposal}, {u"title"_s, i.title},
                                    {u"state"_s, i.state}, {u"decision"_s, decision},
                                    {u"amount"_s, i.decision ? usd(i.decision->amountUsdMinor)
                                                             : QString()}});
        } else {
            out(u"%1. %2 %3 %4 %5"_s.arg(i.seq, 2).arg(i.kind, -11).arg(i.proposal, -12)
                    .arg(i.title, -40).arg(decision.isEmpty() ? i.state : decision)
                    .trimmed());
        }
    }
    if (c.isJson())
        printJson({{u"meeting"_s, *id}, {u"agenda"_s, rows}});
    return Ok;
}

int runMeetingAttend(const QStringList &args)
{
    Cmd c(u"Record who attended a meeting (replaces the list)."_s,
          {opt(u"member"_s, u"A member present (id or exact name); repeat for each."_s,
               u"MEMBER"_s)});
    if (!c.parse(args, {u"FILE"_s, u"MEETING"_s}))
        return c.status;
    auto id = meetingId(c.arg(1));
    if (!id)
        return fail(id.error());
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    auto all = core::members::list(**db);
    if (!all)
        return fail(all.error());
    QList<qint64> ids;
    for (const QString &who : c.p.values(u"member"_s)) {
        auto it = std::find_if(all->begin(), all->end(), [&who](const core::Member &m) {
            return QString::number(m.id) == who || m.name == who;
        });
        if (it == all->end())
            return fail(Error::notFound(u"member '%1' not found"_s.arg(who.left(40))));
        ids.append(it->id);
    }
    if (auto s = mt::setAttendance(**db, *id, ids); !s)
        return fail(s.error());
    auto q = mt::quorum(**db, *id);
    if (!q)
        return fail(q.error());
    return c.done(u"Recorded attendance at meeting %1: %2 of %3 voting members, quorum %4%5"_s
                      .arg(*id).arg(q->present).arg(q->voting).arg(q->required)
                      .arg(q->met() ? u" (met)"_s : u" (not met)"_s),
                  {{u"meeting"_s, *id}, {u"present"_s, q->present}, {u"voting"_s, q->voting},
                   {u"quorum"_s, q->required}, {u"met"_s, q->met()}});
}

int runMeetingStatus(const QStringList &args)
{
    Cmd c(u"Show a meeting's status and quorum, or move it on: planned, dossier_issued, held, "
          "minutes_approved."_s,
          {opt(u"set"_s, u"The next status."_s, u"STATUS"_s)});
    if (!c.parse(args, {u"FILE"_s, u"MEETING"_s}))
        return c.status;
    auto id = meetingId(c.arg(1));
    if (!id)
        return fail(id.error());
    auto db = openFund(c.arg(0), !c.p.isSet(u"set"_s));
    if (!db)
        return fail(db.error());
    if (c.p.isSet(u"set"_s)) {
        if (auto s = mt::setStatus(**db, *id, c.value(u"set"_s)); !s)
            return fail(s.error());
    }
    auto m = mt::find(**db, *id);
    if (!m)
        return fail(m.error());
    auto q = mt::quorum(**db, *id);
    if (!q)
        return fail(q.error());
    return c.done(u"Meeting %1 on %2 at %3: %4; %5 of %6 voting members present, quorum %7"_s
                      .arg(m->id).arg(iso(m->date), m->place, m->status).arg(q->present)
                      .arg(q->voting).arg(q->required),
                  {{u"id"_s, m->id}, {u"date"_s, iso(m->date)}, {u"place"_s, m->place},
                   {u"status"_s, m->status}, {u"present"_s, q->present},
                   {u"voting"_s, q->voting}, {u"quorum"_s, q->required}});
}

int runMeetingQuorum(const QStringList &args)
{
    Cmd c(u"Show or set the quorum: voting members who must be present (0: a majority)."_s, {});
    if (!c.parse(args, {u"FILE"_s, u"[N]"_s}))
        return c.status;
    const bool setting = !c.arg(1).isEmpty();
    bool ok = true;
    const int n = setting ? c.arg(1).toInt(&ok) : 0;
    if (!ok)
        return fail(Error::badInput(u"quorum: '%1' must be a whole number"_s.arg(c.arg(1).left(20))));
    auto db = openFund(c.arg(0), !setting);
    if (!db)
        return fail(db.error());
    if (setting) {
        if (auto s = mt::setQuorum(**db, n); !s)
            return fail(s.error());
    }
    auto q = mt::quorumSetting(**db);
    if (!q)
        return fail(q.error());
    return c.done(*q == 0 ? u"Quorum: a majority of the voting members"_s
                          : u"Quorum: %1 voting members"_s.arg(*q),
                  {{u"quorum"_s, *q}});
}

int runMeetingDecide(const QStringList &args)
{
    Cmd c(u"Record the decision a held meeting took on a proposal on its agenda; the proposal "
          "moves to the decided state (an endorsement allocates)."_s,
          {opt(u"decision"_s, u"%1."_s.arg(core::pipeline::decisions().join(u", "_s)),
               u"DECISION"_s),
           opt(u"amount"_s, u"The allocation in USD, for an endorsement."_s, u"AMOUNT"_s),
           opt(u"conditions"_s, u"Conditions of the endorsement."_s, u"TEXT"_s)});
    if (!c.parse(args, {u"FILE"_s, u"MEETING"_s, u"CODE"_s}))
        return c.status;
    auto id = meetingId(c.arg(1));
    if (!id)
        return fail(id.error());
    core::AgendaDecision d{c.arg(2), c.value(u"decision"_s), 0, c.value(u"conditions"_s)};
    if (c.p.isSet(u"amount"_s)) {
        auto a = core::parseMinor(c.value(u"amount"_s), 2);
        if (!a)
            return fail(Error::badInput(u"amount: "_s + a.error().message));
        d.amountUsdMinor = *a;
    }
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    if (auto s = mt::decide(**db, *id, {d}); !s)
        return fail(s.error());
    return c.done(u"Meeting %1 decided on %2: %3"_s.arg(*id).arg(d.proposal, d.decision),
                  {{u"meeting"_s, *id}, {u"proposal"_s, d.proposal}, {u"decision"_s, d.decision},
                   {u"amount"_s, usd(d.amountUsdMinor)}});
}

// ---- dossier --------------------------------------------------------------------------------

int runDossier(const QStringList &args)
{
    Cmd c(u"Write a meeting's dossier (or its minutes) as a PDF, without a display."_s,
          {opt(u"meeting"_s, u"The meeting (see meeting list)."_s, u"ID"_s),
           opt(u"out"_s, u"The PDF to write."_s, u"PDF"_s),
           opt(u"lang"_s, u"Language of the dossier: en, fr, es (default: the CLI's, from LANG)."_s,
               u"LANG"_s),
           opt(u"paper"_s, u"a4 or letter (default a4)."_s, u"PAPER"_s),
           opt(u"redacted"_s, u"The observers' edition: no reviewer names or comments."_s),
           opt(u"minutes"_s, u"The minutes of the meeting instead of its dossier."_s),
           opt(u"force"_s, u"Replace the PDF if it exists (never a fund, a backup or a lock)."_s)});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    auto id = meetingId(c.value(u"meeting"_s));
    if (!id)
        return fail(id.error());
    if (c.value(u"out"_s).isEmpty())
        return fail(Error::badInput(u"out: the PDF to write is required"_s));
    const QString lang = c.p.isSet(u"lang"_s) ? c.value(u"lang"_s) : language();
    if (!core::dossier::languages().contains(lang))
        return fail(Error::badInput(u"lang: '%1' is not one of %2"_s.arg(
            lang.left(20), core::dossier::languages().join(u", "_s))));
    const QString paperName = c.p.isSet(u"paper"_s) ? c.value(u"paper"_s).toLower() : u"a4"_s;
    if (paperName != u"a4"_s && paperName != u"letter"_s)
        return fail(Error::badInput(u"paper: '%1' is not a4 or letter"_s.arg(paperName.left(20))));
    if (auto s = core::output::check(c.value(u"out"_s), c.p.isSet(u"force"_s)); !s)
        return fail(s.error());
    auto db = openFund(c.arg(0), true);
    if (!db)
        return fail(db.error());
    const auto kind = c.p.isSet(u"minutes"_s) ? ui::DossierKind::Minutes : ui::DossierKind::Dossier;
    auto pages = ui::writeDossierPdf(
        **db, *id, kind, lang, c.p.isSet(u"redacted"_s), c.value(u"out"_s),
        paperName == u"letter"_s ? ui::Paper::Letter : ui::Paper::A4, c.p.isSet(u"force"_s));
    if (!pages)
        return fail(pages.error());
    return c.done(u"Wrote %1 (%2 pages)"_s.arg(c.value(u"out"_s)).arg(*pages),
                  {{u"out"_s, c.value(u"out"_s)}, {u"pages"_s, *pages}, {u"lang"_s, lang}});
}

} // namespace

void registerCommitteeCommands(Registry &r)
{
    r.add({u"member add"_s, u"Add a Committee member: member add FILE --name ..."_s, runMemberAdd});
    r.add({u"member list"_s, u"List the Committee's members"_s, runMemberList});
    r.add({u"meeting add"_s, u"Plan a Committee meeting: meeting add FILE --date --place"_s,
           runMeetingAdd});
    r.add({u"meeting list"_s, u"List the Committee's meetings"_s, runMeetingList});
    r.add({u"meeting agenda"_s, u"Show or add to a meeting's agenda"_s, runMeetingAgenda});
    r.add({u"meeting attend"_s, u"Record who attended a meeting"_s, runMeetingAttend});
    r.add({u"meeting status"_s, u"Show or move on a meeting's status"_s, runMeetingStatus});
    r.add({u"meeting quorum"_s, u"Show or set the Committee's quorum"_s, runMeetingQuorum});
    r.add({u"meeting decide"_s, u"Record a meeting's decision on an agenda proposal"_s,
           runMeetingDecide});
    r.add({u"dossier"_s,
           u"Write a meeting's dossier as PDF: dossier FILE --meeting ID --out PDF [--force]"_s,
           runDossier, true});
}

} // namespace imdp::cli
