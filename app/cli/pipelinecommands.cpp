// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp proposal ...: proposals from intake to the Committee's decision, from the command line.
#include "app/cli/pipelinecli.h"

#include "core/io/input.h"
#include "core/io/output.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/review.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

using namespace pipelinecli;
namespace pl = core::pipeline;

// ---- proposal fields ------------------------------------------------------------------------

QList<Option> fieldOptions()
{
    return {
        {u"title"_s, u"Title."_s, u"TEXT"_s},
        {u"applicant"_s, u"Applicant organisation (name or short name)."_s, u"ORG"_s},
        {u"partner"_s, u"Implementing partner organisation."_s, u"ORG"_s},
        {u"objectives"_s, u"Objectives served, e.g. 1,3 (imdp objective list)."_s, u"LIST"_s},
        {u"area"_s, u"Action area, e.g. A (imdp area list)."_s, u"AREA"_s},
        {u"window"_s, u"Funding window (imdp window list); empty for none."_s, u"CODE"_s},
        {u"requested"_s, u"Requested amount, e.g. 250000.00."_s, u"AMOUNT"_s},
        {u"currency"_s, u"Currency of the request and budget (default USD)."_s, u"CODE"_s},
        {u"source"_s, u"Source: %1."_s.arg(pl::sources().join(u", "_s)), u"SOURCE"_s},
        {u"source-ref"_s, u"Reference of the source, e.g. GFMD-2007-RT2.2."_s, u"REF"_s},
        {u"country"_s, u"A country (ISO 3166 alpha-2); repeat for several."_s, u"CC"_s},
        {u"start"_s, u"Start date (YYYY-MM-DD)."_s, u"DATE"_s},
        {u"end"_s, u"End date (YYYY-MM-DD)."_s, u"DATE"_s},
        {u"summary"_s, u"Summary."_s, u"TEXT"_s},
        {u"disaggregation"_s,
         u"Data disaggregation: %1 (comma-separated)."_s.arg(pl::disaggregations().join(u", "_s)),
         u"LIST"_s},
        {u"disaggregation-other"_s, u"What 'other' disaggregation means."_s, u"TEXT"_s},
        {u"budget"_s, u"A budget line CATEGORY=AMOUNT; repeat for several (replaces all)."_s,
         u"LINE"_s},
        {u"recommendation"_s, u"A GFMD recommendation answered; repeat (replaces all)."_s,
         u"REF"_s},
    };
}

/// Reads the field options into a change; an error names the option at fault.
Result<core::ProposalChange> readFields(const QCommandLineParser &p, const QString &currency)
{
    core::ProposalChange c;
    auto text = [&](const QString &name, std::optional<QString> &field) {
        if (p.isSet(name))
            field = p.value(name);
    };
    text(u"title"_s, c.title);
    text(u"applicant"_s, c.applicant);
    text(u"partner"_s, c.partner);
    text(u"objectives"_s, c.objectives);
    text(u"area"_s, c.actionArea);
    text(u"window"_s, c.window);
    text(u"currency"_s, c.currency);
    text(u"source"_s, c.source);
    text(u"source-ref"_s, c.sourceReference);
    text(u"summary"_s, c.summary);
    text(u"disaggregation-other"_s, c.disaggregationOther);
    const QString cur = c.currency.value_or(currency);
    if (!core::findCurrency(cur))
        return Error::badInput(tr("currency: '%1' is not an ISO 4217 code").arg(cur.left(40)));
    if (p.isSet(u"requested"_s)) {
        auto m = core::Money::parse(p.value(u"requested"_s), cur);
        if (!m)
            return Error::withinBare(u"requested"_s, m.error());
        c.requestedMinor = m->minor();
    }
    if (p.isSet(u"country"_s)) {
        QStringList list;
        for (const QString &v : p.values(u"country"_s))
            list += v.split(u',', Qt::SkipEmptyParts);
        c.countries = list;
    }
    for (const QString &name : {u"start"_s, u"end"_s}) {
        if (!p.isSet(name))
            continue;
        auto d = core::parseIsoDate(name, p.value(name));
        if (!d)
            return d.error();
        (name == u"start"_s ? c.start : c.end) = *d;
    }
    if (p.isSet(u"disaggregation"_s))
        c.disaggregation = p.value(u"disaggregation"_s).split(u',', Qt::SkipEmptyParts);
    if (p.isSet(u"budget"_s)) {
        QList<core::BudgetLine> lines;
        for (const QString &v : p.values(u"budget"_s)) {
            const qsizetype eq = v.lastIndexOf(u'=');
            if (eq <= 0)
                return Error::badInput(tr("budget: '%1' must be CATEGORY=AMOUNT").arg(v.left(40)));
            auto m = core::Money::parse(v.mid(eq + 1), cur);
            if (!m)
                return Error::withinBare(u"budget"_s, m.error());
            lines.append({v.left(eq), m->minor()});
        }
        c.budget = lines;
    }
    if (p.isSet(u"recommendation"_s))
        c.recommendations = p.values(u"recommendation"_s);
    return c;
}

QJsonObject proposalJson(const core::Proposal &p)
{
    QJsonObject o{{u"code"_s, p.code},
                  {u"title"_s, p.title},
                  {u"state"_s, p.state},
                  {u"stage"_s, p.stage},
                  {u"applicant"_s, p.applicant},
                  {u"partner"_s, p.partner},
                  {u"objectives"_s, p.objectives},
                  {u"action_area"_s, p.actionArea},
                  {u"requested"_s, amount(p.requestedMinor, p.currency)},
                  {u"currency"_s, p.currency},
                  {u"source"_s, p.source},
                  {u"source_reference"_s, p.sourceReference},
                  {u"countries"_s, toArray(p.countries)},
                  {u"start"_s, iso(p.start)},
                  {u"end"_s, iso(p.end)},
                  {u"disaggregation"_s, toArray(p.disaggregation)},
                  {u"disaggregation_other"_s, p.disaggregationOther},
                  {u"window"_s, p.window}};
    return o;
}

/// proposalJson(p) as compact JSON text, written directly: the same bytes QJsonDocument gives
/// (keys in its sorted order, its escaping), without building a QJsonObject per proposal, which
/// cost `proposal list --json` on 10,000 proposals half its time.
QString proposalJsonText(const core::Proposal &p)
{
    core::audit::JsonWriter w;
    w.beginObject();
    w.value(u"action_area", p.actionArea).value(u"applicant", p.applicant);
    w.value(u"code", p.code);
    w.beginArray(u"countries");
    for (const QString &c : p.countries)
        w.element(c);
    w.endArray();
    w.value(u"currency", p.currency);
    w.beginArray(u"disaggregation");
    for (const QString &d : p.disaggregation)
        w.element(d);
    w.endArray();
    w.value(u"disaggregation_other", p.disaggregationOther).value(u"end", iso(p.end));
    w.value(u"objectives", p.objectives).value(u"partner", p.partner);
    w.value(u"requested", amount(p.requestedMinor, p.currency)).value(u"source", p.source);
    w.value(u"source_reference", p.sourceReference).value(u"stage", p.stage);
    w.value(u"start", iso(p.start)).value(u"state", p.state).value(u"title", p.title);
    w.value(u"window", p.window);
    w.endObject();
    return w.text();
}

int runAdd(Invocation &c)
{
    auto fields = readFields(c.p, u"USD"_s);
    if (!fields)
        return fail(fields.error());
    core::Proposal p;
    p.code = c.p.value(u"code"_s);
    p.title = fields->title.value_or(QString());
    p.applicant = fields->applicant.value_or(QString());
    p.partner = fields->partner.value_or(QString());
    p.objectives = fields->objectives.value_or(QString());
    p.actionArea = fields->actionArea.value_or(QString());
    p.window = fields->window.value_or(QString());
    p.requestedMinor = fields->requestedMinor.value_or(0);
    p.currency = fields->currency.value_or(u"USD"_s);
    p.stage = c.p.isSet(u"concept"_s) ? u"concept"_s : u"full"_s;
    p.source = fields->source.value_or(QString());
    p.sourceReference = fields->sourceReference.value_or(QString());
    p.countries = fields->countries.value_or(QStringList());
    p.start = fields->start.value_or(QDate());
    p.end = fields->end.value_or(QDate());
    p.summary = fields->summary.value_or(QString());
    p.disaggregation = fields->disaggregation.value_or(QStringList());
    p.disaggregationOther = fields->disaggregationOther.value_or(QString());
    p.budget = fields->budget.value_or(QList<core::BudgetLine>());
    p.recommendations = fields->recommendations.value_or(QStringList());
    if (auto r = pl::add(*c.db, p); !r)
        return fail(r.error());
    return done(c, tr("Added %1 (draft)").arg(p.code),
                {{u"code"_s, p.code}, {u"state"_s, u"draft"_s}});
}

int runEdit(Invocation &c)
{
    auto current = pl::find(*c.db, c.arg(1));
    if (!current)
        return fail(current.error());
    auto fields = readFields(c.p, current->currency);
    if (!fields)
        return fail(fields.error());
    if (c.p.isSet(u"full"_s))
        fields->stage = u"full"_s;
    if (auto s = pl::edit(*c.db, c.arg(1), *fields); !s)
        return fail(s.error());
    return done(c, tr("Updated %1").arg(c.arg(1)), {{u"code"_s, c.arg(1)}});
}

QJsonArray attachmentsJson(const QList<pl::Attachment> &files)
{
    QJsonArray a;
    for (const pl::Attachment &f : files)
        a.append(QJsonObject{{u"name"_s, f.name},
                             {u"size"_s, f.size},
                             {u"sha256"_s, f.sha256},
                             {u"added_at"_s, f.addedAt},
                             {u"actor"_s, f.actor}});
    return a;
}

int runShow(Invocation &c)
{
    core::Database &d = *c.db;
    const QString code = c.arg(1);
    auto p = pl::find(d, code);
    if (!p)
        return fail(p.error());
    auto checklist = pl::checklist(d, code);
    auto reviews = core::review::overallReviews(d, code);
    auto decision = pl::latestDecision(d, code);
    auto tor = pl::termsOfReference(d, code);
    auto tranches = pl::tranches(d, code);
    auto reports = pl::reports(d, code);
    auto files = pl::attachments(d, code);
    auto history = pl::history(d, code);
    for (const Error *e :
         {checklist ? nullptr : &checklist.error(), reviews ? nullptr : &reviews.error(),
          decision ? nullptr : &decision.error(), tor ? nullptr : &tor.error(),
          tranches ? nullptr : &tranches.error(), reports ? nullptr : &reports.error(),
          files ? nullptr : &files.error(), history ? nullptr : &history.error()}) {
        if (e)
            return fail(*e);
    }
    if (c.isJson()) {
        QJsonObject o = proposalJson(*p);
        o.insert(u"summary"_s, p->summary);
        QJsonArray budget;
        for (const core::BudgetLine &b : p->budget)
            budget.append(QJsonObject{{u"category"_s, b.category},
                                      {u"amount"_s, amount(b.amountMinor, p->currency)}});
        o.insert(u"budget"_s, budget);
        o.insert(u"recommendations"_s, toArray(p->recommendations));
        QJsonArray cl;
        for (const pl::ChecklistItem &i : *checklist)
            cl.append(QJsonObject{{u"item"_s, i.item},
                                  {u"answered"_s, i.answered},
                                  {u"met"_s, i.met},
                                  {u"note"_s, i.note}});
        o.insert(u"checklist"_s, cl);
        QJsonArray rv;
        for (const core::review::OverallReview &r : *reviews)
            rv.append(QJsonObject{{u"reviewer"_s, r.reviewer},
                                  {u"score"_s, r.score},
                                  {u"completed"_s, r.completed},
                                  {u"comment"_s, r.comment}});
        o.insert(u"reviews"_s, rv);
        if (*decision)
            o.insert(u"decision"_s, QJsonObject{{u"decision"_s, (*decision)->decision},
                                                {u"amount"_s, usd((*decision)->amountUsdMinor)},
                                                {u"conditions"_s, (*decision)->conditions},
                                                {u"date"_s, iso((*decision)->date)}});
        if (*tor)
            o.insert(u"terms_of_reference"_s,
                     QJsonObject{{u"objectives"_s, (*tor)->objectives},
                                 {u"tasks"_s, (*tor)->tasks},
                                 {u"expected_results"_s, (*tor)->expectedResults},
                                 {u"partner"_s, (*tor)->partner},
                                 {u"start"_s, iso((*tor)->start)},
                                 {u"end"_s, iso((*tor)->end)},
                                 {u"budget"_s, usd((*tor)->budgetUsdMinor)}});
        QJsonArray tr;
        for (const pl::Tranche &t : *tranches)
            tr.append(QJsonObject{{u"seq"_s, t.seq},
                                  {u"amount"_s, usd(t.amountUsdMinor)},
                                  {u"conditions"_s, t.conditions},
                                  {u"conditions_met"_s, t.conditionsMet},
                                  {u"released_on"_s, iso(t.releasedOn)},
                                  {u"reference"_s, t.reference}});
        o.insert(u"tranches"_s, tr);
        QJsonArray rp;
        for (const pl::PartnerReport &r : *reports)
            rp.append(QJsonObject{{u"id"_s, r.id},
                                  {u"kind"_s, r.kind},
                                  {u"rule"_s, r.rule},
                                  {u"due"_s, iso(r.due)},
                                  {u"received"_s, iso(r.received)},
                                  {u"overdue"_s, r.overdue},
                                  {u"note"_s, r.note}});
        o.insert(u"reports"_s, rp);
        o.insert(u"attachments"_s, attachmentsJson(*files));
        QJsonArray hi;
        for (const core::ProposalMove &m : *history)
            hi.append(QJsonObject{{u"from"_s, m.from},
                                  {u"to"_s, m.to},
                                  {u"at"_s, m.at},
                                  {u"actor"_s, m.actor},
                                  {u"note"_s, m.note}});
        o.insert(u"history"_s, hi);
        printJson(o);
        return Ok;
    }
    out(u"%1  %2"_s.arg(p->code, p->title));
    out(tr("State:        %1 (%2)")
            .arg(word(core::i18n::Kind::State, p->state),
                 p->stage == u"concept"_s ? tr("concept note") : tr("full proposal")));
    out(tr("Applicant:    %1").arg(p->applicant));
    out(tr("Partner:      %1").arg(p->partner));
    out(tr("Source:       %1 %2")
            .arg(word(core::i18n::Kind::Origin, p->source), p->sourceReference)
            .trimmed());
    out(tr("Objectives:   %1   Action area: %2").arg(p->objectives, p->actionArea));
    if (!p->window.isEmpty())
        out(tr("Window:       %1").arg(p->window));
    out(tr("Countries:    %1").arg(p->countries.join(u", "_s)));
    out(tr("Dates:        %1 to %2").arg(shownDate(p->start), shownDate(p->end)));
    out(tr("Requested:    %1 %2").arg(shownAmount(p->requestedMinor, p->currency), p->currency));
    QStringList dataBy;
    for (const QString &d : p->disaggregation)
        dataBy << word(core::i18n::Kind::Disaggregation, d);
    out(tr("Data by:      %1").arg(dataBy.join(u", "_s)));
    if (!p->recommendations.isEmpty())
        out(tr("Answers:      %1").arg(p->recommendations.join(u", "_s)));
    if (!p->summary.isEmpty())
        out(tr("Summary:      %1").arg(p->summary));
    for (const core::BudgetLine &b : p->budget)
        out(tr("  budget  %1 %2").arg(shownAmount(b.amountMinor, p->currency), 14).arg(b.category));
    for (const pl::ChecklistItem &i : *checklist)
        out(tr("  check   %1 %2")
                .arg(i.answered ? (i.met ? tr("met  ") : tr("unmet")) : u"-    "_s,
                     word(core::i18n::Kind::Checklist, i.item)));
    for (const core::review::OverallReview &r : *reviews)
        out(tr("  review  %1/5 %2%3")
                .arg(r.score)
                .arg(r.reviewer, r.completed ? QString() : tr(" (incomplete)")));
    if (*decision)
        out(tr("Decision:     %1 %2 USD on %3 %4")
                .arg(word(core::i18n::Kind::Decision, (*decision)->decision),
                     shownUsd((*decision)->amountUsdMinor), shownDate((*decision)->date),
                     (*decision)->conditions)
                .trimmed());
    if (*tor)
        out(tr("ToR:          %1, %2 to %3, budget %4 USD")
                .arg((*tor)->partner, shownDate((*tor)->start), shownDate((*tor)->end),
                     shownUsd((*tor)->budgetUsdMinor)));
    for (const pl::Tranche &t : *tranches)
        out(tr("  tranche %1 %2 USD %3 %4")
                .arg(t.seq)
                .arg(shownUsd(t.amountUsdMinor), 14)
                .arg(t.releasedOn.isValid()
                         ? tr("released ") + shownDate(t.releasedOn)
                         : (t.conditionsMet ? tr("conditions met") : tr("conditions open")),
                     t.conditions));
    for (const pl::PartnerReport &r : *reports)
        out(chopped(tr("  report  #%1 %2 due %3 %4")
                        .arg(r.id)
                        .arg(word(core::i18n::Kind::ReportKind, r.kind), shownDate(r.due),
                             r.received.isValid() ? tr("received ") + shownDate(r.received)
                                                  : (r.overdue ? tr("OVERDUE") : QString()))));
    for (const pl::Attachment &a : *files)
        out(tr("  file    %1 (%2 bytes)").arg(a.name).arg(a.size));
    for (const core::ProposalMove &m : *history)
        out(chopped(tr("  moved   %1 %2 -> %3 by %4 %5")
                        .arg(m.at, word(core::i18n::Kind::State, m.from),
                             word(core::i18n::Kind::State, m.to), m.actor, m.note)));
    return Ok;
}

int runList(Invocation &c)
{
    const QString state = c.p.value(u"state"_s);
    if (!state.isEmpty() && !pl::states().contains(state))
        return fail(Error::badInput(tr("state: '%1' is not a pipeline state").arg(state.left(40))));
    auto list = pl::list(*c.db);
    if (!list)
        return fail(list.error());
    if (c.isJson()) {
        // Streamed one proposal per line: on 10,000 proposals, building one document of them
        // all costs more than the query (docs/performance.md, "Pipeline").
        QTextStream s(stdout);
        s << "{\n    \"proposals\": [";
        bool first = true;
        for (const core::Proposal &p : *list) {
            if (!state.isEmpty() && p.state != state)
                continue;
            s << (first ? "\n        " : ",\n        ") << proposalJsonText(p);
            first = false;
        }
        s << (first ? "]\n}\n" : "\n    ]\n}\n");
        return Ok;
    }
    for (const core::Proposal &p : *list) {
        if (!state.isEmpty() && p.state != state)
            continue;
        out(u"%1  %2 %3 %4  %5"_s.arg(p.code, -12)
                .arg(word(core::i18n::Kind::State, p.state), -24)
                .arg(shownAmount(p.requestedMinor, p.currency), 14)
                .arg(p.currency, p.title));
    }
    return Ok;
}

int runMove(Invocation &c)
{
    auto before = pl::find(*c.db, c.arg(1));
    if (!before)
        return fail(before.error());
    if (auto s = pl::move(*c.db, c.arg(1), c.arg(2), c.p.value(u"note"_s)); !s)
        return fail(s.error());
    return done(c, u"%1: %2 -> %3"_s.arg(c.arg(1), before->state, c.arg(2)),
                {{u"code"_s, c.arg(1)}, {u"from"_s, before->state}, {u"to"_s, c.arg(2)}});
}

int runAttach(Invocation &c)
{
    // A regular file: a FIFO or a device is refused before it is opened for reading (the size
    // limit is the fund's, below: one byte past it is read, no more).
    if (QFileInfo::exists(c.arg(2))) {
        if (auto ok = core::input::checkFile(c.arg(2), std::numeric_limits<qint64>::max(),
                                             u"document to attach"_s);
            !ok)
            return fail(ok.error());
    }
    QFile f(c.arg(2));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::notFound(tr("%1: cannot read: %2").arg(c.arg(2), f.errorString())));
    // Read one byte past the limit: enough to refuse a huge file without loading all of it.
    auto s = pl::settings(*c.db);
    if (!s)
        return fail(s.error());
    const QByteArray content = f.read(s->attachmentMaxBytes + 1);
    const QString name = c.p.isSet(u"name"_s) ? c.p.value(u"name"_s) : QFileInfo(f).fileName();
    if (content.size() > s->attachmentMaxBytes)
        return fail(Error::badInput(
            tr("attachment: '%1' is %2 MB, above the fund's limit of %3 MB")
                .arg(name.left(40), QString::number(double(f.size()) / (1024 * 1024), 'f', 1),
                     QString::number(double(s->attachmentMaxBytes) / (1024 * 1024), 'f', 1))));
    auto id = pl::attach(*c.db, c.arg(1), name, content);
    if (!id)
        return fail(id.error());
    return done(c, tr("Attached %1 to %2 (%3 bytes)").arg(name, c.arg(1)).arg(content.size()),
                {{u"code"_s, c.arg(1)}, {u"name"_s, name}, {u"size"_s, qint64(content.size())}});
}

int runAttachments(Invocation &c)
{
    auto files = pl::attachments(*c.db, c.arg(1));
    if (!files)
        return fail(files.error());
    if (c.isJson()) {
        printJson({{u"code"_s, c.arg(1)}, {u"attachments"_s, attachmentsJson(*files)}});
        return Ok;
    }
    if (files->isEmpty())
        out(tr("%1 has no attachment").arg(c.arg(1)));
    for (const pl::Attachment &f : *files)
        out(tr("%1  %2 bytes  %3  %4").arg(f.name).arg(f.size).arg(f.addedAt, f.actor));
    return Ok;
}

int runAttachment(Invocation &c)
{
    const QString name = c.arg(2);
    const QString path = c.p.isSet(u"out"_s) ? c.p.value(u"out"_s) : name;
    if (path.isEmpty())
        return fail(Error::badInput(tr("out: a path is required")));
    const bool force = c.p.isSet(u"force"_s);
    if (auto s = core::output::check(path, force); !s)
        return fail(s.error());
    auto files = pl::attachments(*c.db, c.arg(1));
    if (!files)
        return fail(files.error());
    const auto it = std::find_if(files->cbegin(), files->cend(),
                                 [&](const pl::Attachment &f) { return f.name == name; });
    if (it == files->cend())
        return fail(
            Error::notFound(tr("attachment: %1 has no document '%2'%3")
                                .arg(c.arg(1), name.left(80),
                                     files->isEmpty() ? tr(" (it has none)")
                                                      : tr(" (see imdp proposal attachments)"))));
    auto content = pl::attachmentContent(*c.db, c.arg(1), name);
    if (!content)
        return fail(content.error());
    // The stored hash was taken when the document was attached: what is written is what was filed.
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex());
    if (hash != it->sha256)
        return fail(
            Error::io(tr("attachment: '%1' of %2 does not match the SHA-256 recorded when it "
                         "was attached; run imdp verify")
                          .arg(name.left(80), c.arg(1))));
    if (auto s = saveAtomically(path, *content, force); !s)
        return fail(s.error());
    return done(c, tr("Wrote %1 (%2 bytes) to %3").arg(name).arg(content->size()).arg(path),
                {{u"code"_s, c.arg(1)},
                 {u"name"_s, name},
                 {u"size"_s, qint64(content->size())},
                 {u"sha256"_s, hash},
                 {u"out"_s, path}});
}

int runChecklist(Invocation &c)
{
    const bool answering = c.p.isSet(u"met"_s) || c.p.isSet(u"unmet"_s) || c.p.isSet(u"all-met"_s);
    if (answering) {
        QList<std::pair<QString, bool>> answers;
        for (const QString &i :
             c.p.isSet(u"all-met"_s) ? pl::checklistItems() : c.p.values(u"met"_s))
            answers.append({i, true});
        for (const QString &i : c.p.values(u"unmet"_s))
            answers.append({i, false});
        for (const auto &[item, met] : answers) {
            if (auto s = pl::answerChecklist(*c.db, c.arg(1), item, met, c.p.value(u"note"_s)); !s)
                return fail(s.error());
        }
    }
    auto list = pl::checklist(*c.db, c.arg(1));
    if (!list)
        return fail(list.error());
    if (c.isJson()) {
        QJsonArray a;
        for (const pl::ChecklistItem &i : *list)
            a.append(QJsonObject{{u"item"_s, i.item},
                                 {u"answered"_s, i.answered},
                                 {u"met"_s, i.met},
                                 {u"note"_s, i.note}});
        printJson({{u"code"_s, c.arg(1)}, {u"checklist"_s, a}});
        return Ok;
    }
    for (const pl::ChecklistItem &i : *list)
        out(u"%1 %2"_s.arg(i.answered ? (i.met ? tr("met  ") : tr("unmet")) : u"-    "_s,
                           word(core::i18n::Kind::Checklist, i.item)));
    return Ok;
}

/// --score as typed: a whole number (core checks 1 to 5).
Result<int> parseScore(const QString &text)
{
    bool ok = false;
    const int score = text.toInt(&ok);
    if (!ok)
        return Error::badInput(
            tr("score: '%1' must be a whole number from 1 to 5").arg(text.left(40)));
    return score;
}

int runReview(Invocation &c)
{
    auto score = parseScore(c.p.value(u"score"_s));
    if (!score)
        return fail(score.error());
    const core::review::OverallReview r{
        c.p.value(u"reviewer"_s), *score, !c.p.isSet(u"incomplete"_s), c.p.value(u"comment"_s), {}};
    if (auto s = core::review::recordOverallReview(*c.db, c.arg(1), r); !s)
        return fail(s.error());
    return done(c, tr("Recorded the review of %1 by %2").arg(c.arg(1), r.reviewer),
                {{u"code"_s, c.arg(1)},
                 {u"reviewer"_s, r.reviewer},
                 {u"score"_s, *score},
                 {u"completed"_s, r.completed}});
}

int runDecide(Invocation &c)
{
    pl::Decision d;
    d.decision = c.p.value(u"decision"_s);
    d.conditions = c.p.value(u"conditions"_s);
    auto date = requiredDate(c.p, u"date"_s);
    if (!date)
        return fail(date.error());
    d.date = *date;
    if (c.p.isSet(u"amount"_s)) {
        auto a = parseUsd(u"amount"_s, c.p.value(u"amount"_s));
        if (!a)
            return fail(a.error());
        d.amountUsdMinor = *a;
    }
    if (auto s = pl::recordDecision(*c.db, c.arg(1), d); !s)
        return fail(s.error());
    return done(c,
                tr("Recorded the decision on %1: %2")
                    .arg(c.arg(1), word(core::i18n::Kind::Decision, d.decision)),
                {{u"code"_s, c.arg(1)},
                 {u"decision"_s, d.decision},
                 {u"amount"_s, usd(d.amountUsdMinor)},
                 {u"date"_s, iso(d.date)}});
}

int runSettings(Invocation &c)
{
    QList<std::pair<QString, qint64>> changes;
    if (c.p.isSet(u"reviews-required"_s)) {
        bool ok = false;
        const qint64 n = c.p.value(u"reviews-required"_s).toLongLong(&ok);
        if (!ok)
            return fail(Error::badInput(tr("reviews-required: must be a whole number")));
        changes.append({u"reviews_required"_s, n});
    }
    if (c.p.isSet(u"closing-waiver"_s)) {
        auto a = parseUsd(u"closing-waiver"_s, c.p.value(u"closing-waiver"_s));
        if (!a)
            return fail(a.error());
        changes.append({u"closing_waiver_usd_minor"_s, *a});
    }
    if (c.p.isSet(u"attachment-limit-mb"_s)) {
        bool ok = false;
        const qint64 n = c.p.value(u"attachment-limit-mb"_s).toLongLong(&ok);
        if (!ok || n < 1 || n > 512)
            return fail(Error::badInput(tr("attachment-limit-mb: must be from 1 to 512")));
        changes.append({u"attachment_max_bytes"_s, n * 1024 * 1024});
    }
    for (const auto &[key, value] : changes) {
        if (auto s = pl::setSetting(*c.db, key, value); !s)
            return fail(s.error());
    }
    auto s = pl::settings(*c.db);
    if (!s)
        return fail(s.error());
    if (c.isJson()) {
        printJson({{u"reviews_required"_s, s->reviewsRequired},
                   {u"closing_waiver"_s, usd(s->closingWaiverUsdMinor)},
                   {u"attachment_max_bytes"_s, s->attachmentMaxBytes}});
        return Ok;
    }
    out(tr("Reviews required:   %1").arg(s->reviewsRequired));
    out(tr("Closing waiver:     %1 USD").arg(shownUsd(s->closingWaiverUsdMinor)));
    out(tr("Attachment limit:   %1 bytes").arg(s->attachmentMaxBytes));
    return Ok;
}

} // namespace

void registerPipelineCommands(Registry &r)
{
    r.add({.name = u"proposal add"_s,
           .summary = u"Add a draft proposal: proposal add FILE --code C --title T ..."_s,
           .description = u"Add a proposal as a draft."_s,
           .positionals = {u"FILE"_s},
           .options =
               fieldOptions() +
               QList<Option>{{u"code"_s, u"The proposal's code, e.g. IMDP-27-001."_s, u"CODE"_s},
                             {u"concept"_s, u"Record a concept note (first stage of intake)."_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runAdd});
    r.add({.name = u"proposal edit"_s,
           .summary = u"Change a proposal's fields: proposal edit FILE CODE ..."_s,
           .description =
               u"Change a proposal's fields (while it is prepared, screened or reviewed)."_s,
           .positionals = {u"FILE"_s, u"CODE"_s},
           .options = fieldOptions() +
                      QList<Option>{{u"full"_s, u"Turn a concept note into a full proposal."_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runEdit});
    r.add({.name = u"proposal show"_s,
           .summary = u"Everything about a proposal: proposal show FILE CODE"_s,
           .description = u"Show everything recorded about a proposal."_s,
           .positionals = {u"FILE"_s, u"CODE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runShow});
    r.add({.name = u"proposal list"_s,
           .summary = u"List proposals: proposal list FILE [--state S]"_s,
           .description = u"List proposals by code."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"state"_s, u"Only proposals in this state."_s, u"STATE"_s}},
           .fund = Fund::Read,
           .json = true,
           .run = runList});
    r.add({.name = u"proposal move"_s,
           .summary = u"Guarded move: proposal move FILE CODE STATE [--note N]"_s,
           .description =
               u"Move a proposal to another state, if the transition table and its guard allow."_s,
           .positionals = {u"FILE"_s, u"CODE"_s, u"STATE"_s},
           .options = {{u"note"_s, u"Why (required to withdraw or reject at screening)."_s,
                        u"TEXT"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runMove});
    r.add({.name = u"proposal attach"_s,
           .summary = u"Attach a document: proposal attach FILE CODE DOCUMENT"_s,
           .description = u"Store a document in the fund file, attached to a proposal."_s,
           .positionals = {u"FILE"_s, u"CODE"_s, u"DOCUMENT"_s},
           .options = {{u"name"_s, u"The name to store it under (default: the file's name)."_s,
                        u"NAME"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runAttach});
    r.add({.name = u"proposal attachments"_s,
           .summary = u"List attached documents: proposal attachments FILE CODE"_s,
           .description = u"List the documents attached to a proposal."_s,
           .positionals = {u"FILE"_s, u"CODE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runAttachments});
    r.add(
        {.name = u"proposal attachment"_s,
         .summary =
             u"Extract a document: proposal attachment FILE CODE NAME [--out PATH] [--force]"_s,
         .description = u"Extract a document attached to a proposal into a file."_s,
         .positionals = {u"FILE"_s, u"CODE"_s, u"NAME"_s},
         .options = {{u"out"_s, u"Where to write it (default: its name, in the current folder)."_s,
                      u"PATH"_s},
                     {u"force"_s,
                      u"Replace PATH if it exists (never a fund, a backup or a lock)."_s}},
         .fund = Fund::Read,
         .json = true,
         .run = runAttachment});
    r.add({.name = u"proposal checklist"_s,
           .summary = u"Screening checklist: proposal checklist FILE CODE"_s,
           .description = u"Show or answer the screening checklist (items: %1)."_s.arg(
               pl::checklistItems().join(u", "_s)),
           .positionals = {u"FILE"_s, u"CODE"_s},
           .options = {{u"met"_s, u"Mark an item met; repeat for several."_s, u"ITEM"_s},
                       {u"unmet"_s, u"Mark an item not met; repeat for several."_s, u"ITEM"_s},
                       {u"all-met"_s, u"Mark every item met."_s},
                       {u"note"_s, u"A note kept with the answers."_s, u"TEXT"_s}},
           .fund = Fund::Read,
           .writesWith = {u"met"_s, u"unmet"_s, u"all-met"_s},
           .json = true,
           .run = runChecklist});
    r.add({.name = u"proposal review"_s,
           .summary = u"Record a review: proposal review FILE CODE --reviewer R"_s,
           .description = u"Record a reviewer's review of a proposal in review."_s,
           .positionals = {u"FILE"_s, u"CODE"_s},
           .options = {{u"reviewer"_s, u"The reviewer's name."_s, u"NAME"_s},
                       {u"score"_s, u"Overall score, 1 to 5."_s, u"N"_s,
                        [](const QString &v) -> core::Status {
                            if (auto s = parseScore(v); !s)
                                return s.error();
                            return {};
                        }},
                       {u"comment"_s, u"Comments."_s, u"TEXT"_s},
                       {u"incomplete"_s, u"The review is not completed yet."_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runReview});
    r.add({.name = u"proposal decide"_s,
           .summary = u"Record a Committee decision: proposal decide FILE CODE"_s,
           .description = u"Record the Oversight Committee's decision on a proposal."_s,
           .positionals = {u"FILE"_s, u"CODE"_s},
           .options = {{u"decision"_s, u"%1."_s.arg(pl::decisions().join(u", "_s)), u"DECISION"_s},
                       {u"amount"_s, u"The allocation in USD, for an endorsement."_s, u"AMOUNT"_s},
                       {u"conditions"_s, u"Conditions of the endorsement."_s, u"TEXT"_s},
                       {u"date"_s, u"Date of the decision (YYYY-MM-DD)."_s, u"DATE"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runDecide});
    r.add({.name = u"proposal settings"_s,
           .summary = u"Pipeline settings: proposal settings FILE"_s,
           .description = u"Show or change the pipeline's fund settings."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"reviews-required"_s, u"Completed reviews needed to recommend."_s, u"N"_s},
                       {u"closing-waiver"_s,
                        u"Unspent residual (USD) that may be waived at closing."_s, u"AMOUNT"_s},
                       {u"attachment-limit-mb"_s, u"Largest attachment, in MB."_s, u"N"_s}},
           .fund = Fund::Read,
           .writesWith = {u"reviews-required"_s, u"closing-waiver"_s, u"attachment-limit-mb"_s},
           .json = true,
           .run = runSettings});
    pipelinecli::registerProjectCommands(r);
}

} // namespace imdp::cli
