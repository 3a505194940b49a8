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

Result<qint64> meetingId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::badInput(
            tr("meeting: '%1' must be a meeting number (see meeting list)").arg(text.left(40)));
    return id;
}

/// An agenda item's kind in the text output: the key in English, words in French and Spanish.
QString itemKind(const QString &kind)
{
    if (kind == u"decision"_s)
        return tr("decision");
    if (kind == u"information"_s)
        return tr("information");
    return kind;
}

Result<QDate> optionalDate(const QString &field, const QString &text)
{
    if (text.isEmpty())
        return QDate();
    return core::parseIsoDate(field, text);
}

// ---- members --------------------------------------------------------------------------------

int runMemberAdd(Invocation &c)
{
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
    auto id = core::members::add(*c.db, m);
    if (!id)
        return fail(id.error());
    return done(c,
                tr("Added member %1: %2 (%3, %4)")
                    .arg(*id)
                    .arg(m.name, word(core::i18n::Kind::MemberRole, m.role),
                         word(core::i18n::Kind::Constituency, m.constituency)),
                {{u"id"_s, *id},
                 {u"name"_s, m.name},
                 {u"role"_s, m.role},
                 {u"constituency"_s, m.constituency}});
}

int runMemberList(Invocation &c)
{
    auto all = core::members::list(*c.db);
    if (!all)
        return fail(all.error());
    QJsonArray rows;
    if (!c.isJson())
        out(u"%1  %2 %3 %4 %5 %6"_s.arg(tr("id"), 3)
                .arg(tr("name"), -22)
                .arg(tr("organisation"), -32)
                .arg(tr("constituency"), -19)
                .arg(tr("role"), -9)
                .arg(tr("term")));
    for (const core::Member &m : *all) {
        if (c.isJson()) {
            rows.append(QJsonObject{{u"id"_s, m.id},
                                    {u"name"_s, m.name},
                                    {u"organisation"_s, m.organisation},
                                    {u"constituency"_s, m.constituency},
                                    {u"role"_s, m.role},
                                    {u"term_start"_s, iso(m.termStart)},
                                    {u"term_end"_s, iso(m.termEnd)}});
        } else {
            out(u"%1  %2 %3 %4 %5 %6..%7"_s.arg(m.id, 3)
                    .arg(m.name, -22)
                    .arg(m.organisation, -32)
                    .arg(word(core::i18n::Kind::Constituency, m.constituency), -19)
                    .arg(word(core::i18n::Kind::MemberRole, m.role), -9)
                    .arg(shownDate(m.termStart), shownDate(m.termEnd)));
        }
    }
    if (c.isJson())
        printJson({{u"members"_s, rows}});
    return Ok;
}

// ---- meetings -------------------------------------------------------------------------------

int runMeetingAdd(Invocation &c)
{
    auto date = core::parseIsoDate(u"date"_s, c.value(u"date"_s));
    if (!date)
        return fail(date.error());
    auto id = mt::add(*c.db, {0, *date, c.value(u"place"_s), {}, 0});
    if (!id)
        return fail(id.error());
    return done(c, tr("Added meeting %1 on %2").arg(*id).arg(shownDate(*date)),
                {{u"id"_s, *id}, {u"date"_s, iso(*date)}, {u"place"_s, c.value(u"place"_s)}});
}

int runMeetingList(Invocation &c)
{
    auto all = mt::list(*c.db);
    if (!all)
        return fail(all.error());
    QJsonArray rows;
    if (!c.isJson())
        out(u"%1  %2  %3 %4"_s.arg(tr("id"), 3)
                .arg(tr("date"), -10)
                .arg(tr("status"), -17)
                .arg(tr("place")));
    for (const core::Meeting &m : *all) {
        if (c.isJson()) {
            rows.append(QJsonObject{{u"id"_s, m.id},
                                    {u"number"_s, m.number},
                                    {u"date"_s, iso(m.date)},
                                    {u"place"_s, m.place},
                                    {u"status"_s, m.status}});
        } else {
            out(u"%1  %2  %3 %4"_s.arg(m.id, 3)
                    .arg(shownDate(m.date), -10)
                    .arg(word(core::i18n::Kind::MeetingStatus, m.status), -17)
                    .arg(m.place));
        }
    }
    if (c.isJson())
        printJson({{u"meetings"_s, rows}});
    return Ok;
}

int runMeetingAgenda(Invocation &c)
{
    auto id = meetingId(c.arg(1));
    if (!id)
        return fail(id.error());
    const QStringList adds = c.p.values(u"add"_s);
    const QStringList infos = c.p.values(u"info"_s);
    for (const QString &code : adds) {
        if (auto r = mt::addProposal(*c.db, *id, code); !r)
            return fail(r.error());
    }
    for (const QString &title : infos) {
        if (auto r = mt::addInformation(*c.db, *id, title); !r)
            return fail(r.error());
    }
    auto items = mt::agenda(*c.db, *id);
    if (!items)
        return fail(items.error());
    QJsonArray rows;
    for (const core::AgendaItem &i : *items) {
        const QString decision = i.decision ? i.decision->decision : QString();
        if (c.isJson()) {
            rows.append(QJsonObject{
                {u"seq"_s, i.seq},
                {u"kind"_s, i.kind},
                {u"proposal"_s, i.proposal},
                {u"title"_s, i.title},
                {u"state"_s, i.state},
                {u"decision"_s, decision},
                {u"amount"_s, i.decision ? usd(i.decision->amountUsdMinor) : QString()}});
        } else {
            out(u"%1. %2 %3 %4 %5"_s.arg(i.seq, 2)
                    .arg(itemKind(i.kind), -11)
                    .arg(i.proposal, -12)
                    .arg(i.title, -40)
                    .arg(decision.isEmpty() ? word(core::i18n::Kind::State, i.state)
                                            : word(core::i18n::Kind::Decision, decision))
                    .trimmed());
        }
    }
    if (c.isJson())
        printJson({{u"meeting"_s, *id}, {u"agenda"_s, rows}});
    return Ok;
}

int runMeetingAttend(Invocation &c)
{
    auto id = meetingId(c.arg(1));
    if (!id)
        return fail(id.error());
    auto all = core::members::list(*c.db);
    if (!all)
        return fail(all.error());
    QList<qint64> ids;
    for (const QString &who : c.p.values(u"member"_s)) {
        auto it = std::find_if(all->begin(), all->end(), [&who](const core::Member &m) {
            return QString::number(m.id) == who || m.name == who;
        });
        if (it == all->end())
            return fail(Error::notFound(tr("member '%1' not found").arg(who.left(40))));
        ids.append(it->id);
    }
    if (auto s = mt::setAttendance(*c.db, *id, ids); !s)
        return fail(s.error());
    auto q = mt::quorum(*c.db, *id);
    if (!q)
        return fail(q.error());
    return done(c,
                tr("Recorded attendance at meeting %1: %2 of %3 voting members, quorum %4%5")
                    .arg(*id)
                    .arg(q->present)
                    .arg(q->voting)
                    .arg(q->required)
                    .arg(q->met() ? tr(" (met)") : tr(" (not met)")),
                {{u"meeting"_s, *id},
                 {u"present"_s, q->present},
                 {u"voting"_s, q->voting},
                 {u"quorum"_s, q->required},
                 {u"met"_s, q->met()}});
}

int runMeetingStatus(Invocation &c)
{
    auto id = meetingId(c.arg(1));
    if (!id)
        return fail(id.error());
    if (c.p.isSet(u"set"_s)) {
        if (auto s = mt::setStatus(*c.db, *id, c.value(u"set"_s)); !s)
            return fail(s.error());
    }
    auto m = mt::find(*c.db, *id);
    if (!m)
        return fail(m.error());
    auto q = mt::quorum(*c.db, *id);
    if (!q)
        return fail(q.error());
    return done(
        c,
        tr("Meeting %1 on %2 at %3: %4; %5 of %6 voting members present, quorum %7")
            .arg(m->id)
            .arg(shownDate(m->date), m->place, word(core::i18n::Kind::MeetingStatus, m->status))
            .arg(q->present)
            .arg(q->voting)
            .arg(q->required),
        {{u"id"_s, m->id},
         {u"date"_s, iso(m->date)},
         {u"place"_s, m->place},
         {u"status"_s, m->status},
         {u"present"_s, q->present},
         {u"voting"_s, q->voting},
         {u"quorum"_s, q->required}});
}

int runMeetingQuorum(Invocation &c)
{
    const bool setting = !c.arg(1).isEmpty();
    bool ok = true;
    const int n = setting ? c.arg(1).toInt(&ok) : 0;
    if (!ok)
        return fail(
            Error::badInput(tr("quorum: '%1' must be a whole number").arg(c.arg(1).left(20))));
    if (setting) {
        if (auto s = mt::setQuorum(*c.db, n); !s)
            return fail(s.error());
    }
    auto q = mt::quorumSetting(*c.db);
    if (!q)
        return fail(q.error());
    return done(c,
                *q == 0 ? tr("Quorum: a majority of the voting members")
                        : tr("Quorum: %1 voting members").arg(*q),
                {{u"quorum"_s, *q}});
}

int runMeetingDecide(Invocation &c)
{
    auto id = meetingId(c.arg(1));
    if (!id)
        return fail(id.error());
    core::AgendaDecision d{c.arg(2), c.value(u"decision"_s), 0, c.value(u"conditions"_s)};
    if (c.p.isSet(u"amount"_s)) {
        auto a = core::parseMinor(c.value(u"amount"_s), 2);
        if (!a)
            return fail(Error::withinBare(u"amount"_s, a.error()));
        d.amountUsdMinor = *a;
    }
    if (auto s = mt::decide(*c.db, *id, {d}); !s)
        return fail(s.error());
    return done(c,
                tr("Meeting %1 decided on %2: %3")
                    .arg(*id)
                    .arg(d.proposal, word(core::i18n::Kind::Decision, d.decision)),
                {{u"meeting"_s, *id},
                 {u"proposal"_s, d.proposal},
                 {u"decision"_s, d.decision},
                 {u"amount"_s, usd(d.amountUsdMinor)}});
}

// ---- dossier --------------------------------------------------------------------------------

int runDossier(Invocation &c)
{
    auto id = meetingId(c.value(u"meeting"_s));
    if (!id)
        return fail(id.error());
    if (c.value(u"out"_s).isEmpty())
        return fail(Error::badInput(tr("out: the PDF to write is required")));
    const QString lang = c.p.isSet(u"lang"_s) ? c.value(u"lang"_s) : language();
    if (!core::dossier::languages().contains(lang))
        return fail(
            Error::badInput(tr("lang: '%1' is not one of %2")
                                .arg(lang.left(20), core::dossier::languages().join(u", "_s))));
    const QString paperName = c.p.isSet(u"paper"_s) ? c.value(u"paper"_s).toLower() : u"a4"_s;
    if (paperName != u"a4"_s && paperName != u"letter"_s)
        return fail(Error::badInput(tr("paper: '%1' is not a4 or letter").arg(paperName.left(20))));
    if (auto s = core::output::check(c.value(u"out"_s), c.p.isSet(u"force"_s)); !s)
        return fail(s.error());
    const auto kind = c.p.isSet(u"minutes"_s) ? ui::DossierKind::Minutes : ui::DossierKind::Dossier;
    auto pages = ui::writeDossierPdf(
        *c.db, *id, kind, lang, c.p.isSet(u"redacted"_s), c.value(u"out"_s),
        paperName == u"letter"_s ? ui::Paper::Letter : ui::Paper::A4, c.p.isSet(u"force"_s));
    if (!pages)
        return fail(pages.error());
    return done(c, tr("Wrote %1 (%2 pages)").arg(c.value(u"out"_s)).arg(*pages),
                {{u"out"_s, c.value(u"out"_s)}, {u"pages"_s, *pages}, {u"lang"_s, lang}});
}

} // namespace

void registerCommitteeCommands(Registry &r)
{
    r.add({.name = u"member add"_s,
           .summary = u"Add a Committee member: member add FILE --name ..."_s,
           .description = u"Add a member of the Oversight Committee."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"name"_s, u"The member's name."_s, u"NAME"_s},
                       {u"organisation"_s, u"The State or organisation represented."_s, u"ORG"_s},
                       {u"constituency"_s,
                        u"%1."_s.arg(core::members::constituencies().join(u", "_s)), u"C"_s},
                       {u"role"_s,
                        u"%1 (default member)."_s.arg(core::members::roles().join(u", "_s)),
                        u"ROLE"_s},
                       {u"from"_s, u"Start of the term (YYYY-MM-DD)."_s, u"DATE"_s},
                       {u"to"_s, u"End of the term (YYYY-MM-DD); open-ended when left out."_s,
                        u"DATE"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runMemberAdd});
    r.add({.name = u"member list"_s,
           .summary = u"List the Committee's members"_s,
           .description = u"List the members of the Oversight Committee."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runMemberList});
    r.add({.name = u"meeting add"_s,
           .summary = u"Plan a Committee meeting: meeting add FILE --date --place"_s,
           .description = u"Plan a meeting of the Oversight Committee."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"date"_s, u"Date (YYYY-MM-DD)."_s, u"DATE"_s},
                       {u"place"_s, u"Where it meets."_s, u"PLACE"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runMeetingAdd});
    r.add({.name = u"meeting list"_s,
           .summary = u"List the Committee's meetings"_s,
           .description = u"List the Committee's meetings."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runMeetingList});
    r.add({.name = u"meeting agenda"_s,
           .summary = u"Show or add to a meeting's agenda"_s,
           .description = u"Show a meeting's agenda, or add to it while the meeting is planned."_s,
           .positionals = {u"FILE"_s, u"MEETING"_s},
           .options = {{u"add"_s, u"A proposal for decision (its code); repeat for several."_s,
                        u"CODE"_s},
                       {u"info"_s, u"An item for information (its title); repeat for several."_s,
                        u"TITLE"_s}},
           .fund = Fund::Read,
           .writesWith = {u"add"_s, u"info"_s},
           .json = true,
           .run = runMeetingAgenda});
    r.add({.name = u"meeting attend"_s,
           .summary = u"Record who attended a meeting"_s,
           .description = u"Record who attended a meeting (replaces the list)."_s,
           .positionals = {u"FILE"_s, u"MEETING"_s},
           .options = {{u"member"_s, u"A member present (id or exact name); repeat for each."_s,
                        u"MEMBER"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runMeetingAttend});
    r.add({.name = u"meeting status"_s,
           .summary = u"Show or move on a meeting's status"_s,
           .description =
               u"Show a meeting's status and quorum, or move it on: planned, dossier_issued, held, "
               "minutes_approved."_s,
           .positionals = {u"FILE"_s, u"MEETING"_s},
           .options = {{u"set"_s, u"The next status."_s, u"STATUS"_s}},
           .fund = Fund::Read,
           .writesWith = {u"set"_s},
           .json = true,
           .run = runMeetingStatus});
    r.add({.name = u"meeting quorum"_s,
           .summary = u"Show or set the Committee's quorum"_s,
           .description =
               u"Show or set the quorum: voting members who must be present (0: a majority)."_s,
           .positionals = {u"FILE"_s, u"[N]"_s},
           .fund = Fund::Read,
           .writesWith = {u"N"_s},
           .json = true,
           .run = runMeetingQuorum});
    r.add({.name = u"meeting decide"_s,
           .summary = u"Record a meeting's decision on an agenda proposal"_s,
           .description =
               u"Record the decision a held meeting took on a proposal on its agenda; the proposal "
               "moves to the decided state (an endorsement allocates)."_s,
           .positionals = {u"FILE"_s, u"MEETING"_s, u"CODE"_s},
           .options = {{u"decision"_s, u"%1."_s.arg(core::pipeline::decisions().join(u", "_s)),
                        u"DECISION"_s},
                       {u"amount"_s, u"The allocation in USD, for an endorsement."_s, u"AMOUNT"_s},
                       {u"conditions"_s, u"Conditions of the endorsement."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runMeetingDecide});
    r.add({.name = u"dossier"_s,
           .summary =
               u"Write a meeting's dossier as PDF: dossier FILE --meeting ID --out PDF [--force]"_s,
           .description =
               u"Write a meeting's dossier (or its minutes) as a PDF, without a display."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"meeting"_s, u"The meeting (see meeting list)."_s, u"ID"_s},
                       {u"out"_s, u"The PDF to write."_s, u"PDF"_s},
                       {u"lang"_s,
                        u"Language of the dossier: en, fr, es (default: the CLI's, from LANG)."_s,
                        u"LANG"_s},
                       {u"paper"_s, u"a4 or letter (default a4)."_s, u"PAPER"_s},
                       {u"redacted"_s, u"The observers' edition: no reviewer names or comments."_s},
                       {u"minutes"_s, u"The minutes of the meeting instead of its dossier."_s},
                       {u"force"_s,
                        u"Replace the PDF if it exists (never a fund, a backup or a lock)."_s}},
           .fund = Fund::Read,
           .json = true,
           .needsGui = true,
           .run = runDossier});
}

} // namespace imdp::cli
