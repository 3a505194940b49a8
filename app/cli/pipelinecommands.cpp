// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp proposal|tor|tranche|report|due|gfmd: the project pipeline from the command line.
#include "app/cli/cli.h"

#include "core/clock.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/storage/database.h"
#include "core/validate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

using core::Error;
using core::Result;
namespace pl = core::pipeline;

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// Drops trailing blanks of a line whose last column may be empty.
QString chopped(const QString &line)
{
    qsizetype n = line.size();
    while (n > 0 && line.at(n - 1).isSpace())
        --n;
    return line.left(n);
}

QString usd(qint64 minor)
{
    return core::formatMinor(minor, 2);
}

QString amount(qint64 minor, const QString &currency)
{
    const auto c = core::findCurrency(currency);
    return core::formatMinor(minor, c ? c->minorUnits : 2);
}

/// A date option the command cannot do without.
Result<QDate> requiredDate(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name))
        return Error::badInput(u"%1: is required (--%1 YYYY-MM-DD)"_s.arg(name));
    return core::parseIsoDate(name, p.value(name));
}

Result<qint64> parseUsd(const QString &field, const QString &text)
{
    auto m = core::parseMinor(text, 2);
    if (!m)
        return Error::badInput(u"%1: %2"_s.arg(field, m.error().message));
    if (*m < 0)
        return Error::badInput(u"%1: must not be negative"_s.arg(field));
    return *m;
}

/// A command's parser, its options, and the fund it opens.
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
    bool isJson() const { return p.isSet(json); }
};

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

/// Prints a command's success: one line, or its JSON object.
int done(const Cmd &c, const QString &line, const QJsonObject &json)
{
    if (c.isJson())
        printJson(json);
    else
        out(line);
    return Ok;
}

// ---- proposal fields ------------------------------------------------------------------------

QList<QCommandLineOption> fieldOptions()
{
    return {
        opt(u"title"_s, u"Title."_s, u"TEXT"_s),
        opt(u"applicant"_s, u"Applicant organisation (name or short name)."_s, u"ORG"_s),
        opt(u"partner"_s, u"Implementing partner organisation."_s, u"ORG"_s),
        opt(u"objectives"_s, u"Objectives served, e.g. 1,3."_s, u"LIST"_s),
        opt(u"area"_s, u"Action area: A or B."_s, u"AREA"_s),
        opt(u"requested"_s, u"Requested amount, e.g. 250000.00."_s, u"AMOUNT"_s),
        opt(u"currency"_s, u"Currency of the request and budget (default USD)."_s, u"CODE"_s),
        opt(u"source"_s, u"Source: %1."_s.arg(pl::sources().join(u", "_s)), u"SOURCE"_s),
        opt(u"source-ref"_s, u"Reference of the source, e.g. GFMD-2007-RT2.2."_s, u"REF"_s),
        opt(u"country"_s, u"A country (ISO 3166 alpha-2); repeat for several."_s, u"CC"_s),
        opt(u"start"_s, u"Start date (YYYY-MM-DD)."_s, u"DATE"_s),
        opt(u"end"_s, u"End date (YYYY-MM-DD)."_s, u"DATE"_s),
        opt(u"summary"_s, u"Summary."_s, u"TEXT"_s),
        opt(u"disaggregation"_s, u"Data disaggregation: %1 (comma-separated)."_s.arg(
                                     pl::disaggregations().join(u", "_s)),
            u"LIST"_s),
        opt(u"disaggregation-other"_s, u"What 'other' disaggregation means."_s, u"TEXT"_s),
        opt(u"budget"_s, u"A budget line CATEGORY=AMOUNT; repeat for several (replaces all)."_s,
            u"LINE"_s),
        opt(u"recommendation"_s, u"A GFMD recommendation answered; repeat (replaces all)."_s,
            u"REF"_s),
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
    text(u"currency"_s, c.currency);
    text(u"source"_s, c.source);
    text(u"source-ref"_s, c.sourceReference);
    text(u"summary"_s, c.summary);
    text(u"disaggregation-other"_s, c.disaggregationOther);
    const QString cur = c.currency.value_or(currency);
    if (!core::findCurrency(cur))
        return Error::badInput(u"currency: '%1' is not an ISO 4217 code"_s.arg(cur.left(40)));
    if (p.isSet(u"requested"_s)) {
        auto m = core::Money::parse(p.value(u"requested"_s), cur);
        if (!m)
            return Error::badInput(u"requested: "_s + m.error().message);
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
                return Error::badInput(
                    u"budget: '%1' must be CATEGORY=AMOUNT"_s.arg(v.left(40)));
            auto m = core::Money::parse(v.mid(eq + 1), cur);
            if (!m)
                return Error::badInput(u"budget: "_s + m.error().message);
            lines.append({v.left(eq), m->minor()});
        }
        c.budget = lines;
    }
    if (p.isSet(u"recommendation"_s))
        c.recommendations = p.values(u"recommendation"_s);
    return c;
}

QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
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
                  {u"start"_s, isoDate(p.start)},
                  {u"end"_s, isoDate(p.end)},
                  {u"disaggregation"_s, toArray(p.disaggregation)},
                  {u"disaggregation_other"_s, p.disaggregationOther}};
    return o;
}

int runAdd(const QStringList &args)
{
    QList<QCommandLineOption> options = fieldOptions();
    options << opt(u"code"_s, u"The proposal's code, e.g. IMDP-27-001."_s, u"CODE"_s)
            << opt(u"concept"_s, u"Record a concept note (first stage of intake)."_s);
    Cmd c(u"Add a proposal as a draft."_s, options);
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
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
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    if (auto r = pl::add(**db, p); !r)
        return fail(r.error());
    return done(c, u"Added %1 (draft)"_s.arg(p.code),
                {{u"code"_s, p.code}, {u"state"_s, u"draft"_s}});
}

int runEdit(const QStringList &args)
{
    QList<QCommandLineOption> options = fieldOptions();
    options << opt(u"full"_s, u"Turn a concept note into a full proposal."_s);
    Cmd c(u"Change a proposal's fields (while it is prepared, screened or reviewed)."_s, options);
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s}))
        return c.status;
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    auto current = pl::find(**db, c.arg(1));
    if (!current)
        return fail(current.error());
    auto fields = readFields(c.p, current->currency);
    if (!fields)
        return fail(fields.error());
    if (c.p.isSet(u"full"_s))
        fields->stage = u"full"_s;
    if (auto s = pl::edit(**db, c.arg(1), *fields); !s)
        return fail(s.error());
    return done(c, u"Updated %1"_s.arg(c.arg(1)), {{u"code"_s, c.arg(1)}});
}

int runShow(const QStringList &args)
{
    Cmd c(u"Show everything recorded about a proposal."_s, {});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s}))
        return c.status;
    auto db = openFund(c.arg(0), true);
    if (!db)
        return fail(db.error());
    core::Database &d = **db;
    const QString code = c.arg(1);
    auto p = pl::find(d, code);
    if (!p)
        return fail(p.error());
    auto checklist = pl::checklist(d, code);
    auto reviews = pl::reviews(d, code);
    auto decision = pl::latestDecision(d, code);
    auto tor = pl::termsOfReference(d, code);
    auto tranches = pl::tranches(d, code);
    auto reports = pl::reports(d, code);
    auto files = pl::attachments(d, code);
    auto history = pl::history(d, code);
    for (const Error *e : {checklist ? nullptr : &checklist.error(),
                           reviews ? nullptr : &reviews.error(),
                           decision ? nullptr : &decision.error(), tor ? nullptr : &tor.error(),
                           tranches ? nullptr : &tranches.error(),
                           reports ? nullptr : &reports.error(), files ? nullptr : &files.error(),
                           history ? nullptr : &history.error()}) {
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
            cl.append(QJsonObject{{u"item"_s, i.item}, {u"answered"_s, i.answered},
                                  {u"met"_s, i.met}, {u"note"_s, i.note}});
        o.insert(u"checklist"_s, cl);
        QJsonArray rv;
        for (const pl::Review &r : *reviews)
            rv.append(QJsonObject{{u"reviewer"_s, r.reviewer}, {u"score"_s, r.score},
                                  {u"completed"_s, r.completed}, {u"comment"_s, r.comment}});
        o.insert(u"reviews"_s, rv);
        if (*decision)
            o.insert(u"decision"_s,
                     QJsonObject{{u"decision"_s, (*decision)->decision},
                                 {u"amount"_s, usd((*decision)->amountUsdMinor)},
                                 {u"conditions"_s, (*decision)->conditions},
                                 {u"date"_s, isoDate((*decision)->date)}});
        if (*tor)
            o.insert(u"terms_of_reference"_s,
                     QJsonObject{{u"objectives"_s, (*tor)->objectives},
                                 {u"tasks"_s, (*tor)->tasks},
                                 {u"expected_results"_s, (*tor)->expectedResults},
                                 {u"partner"_s, (*tor)->partner},
                                 {u"start"_s, isoDate((*tor)->start)},
                                 {u"end"_s, isoDate((*tor)->end)},
                                 {u"budget"_s, usd((*tor)->budgetUsdMinor)}});
        QJsonArray tr;
        for (const pl::Tranche &t : *tranches)
            tr.append(QJsonObject{{u"seq"_s, t.seq}, {u"amount"_s, usd(t.amountUsdMinor)},
                                  {u"conditions"_s, t.conditions},
                                  {u"conditions_met"_s, t.conditionsMet},
                                  {u"released_on"_s, isoDate(t.releasedOn)},
                                  {u"reference"_s, t.reference}});
        o.insert(u"tranches"_s, tr);
        QJsonArray rp;
        for (const pl::Report &r : *reports)
            rp.append(QJsonObject{{u"id"_s, r.id}, {u"kind"_s, r.kind}, {u"rule"_s, r.rule},
                                  {u"due"_s, isoDate(r.due)},
                                  {u"received"_s, isoDate(r.received)},
                                  {u"overdue"_s, r.overdue}, {u"note"_s, r.note}});
        o.insert(u"reports"_s, rp);
        QJsonArray at;
        for (const pl::Attachment &a : *files)
            at.append(QJsonObject{{u"name"_s, a.name}, {u"size"_s, a.size},
                                  {u"sha256"_s, a.sha256}, {u"added_at"_s, a.addedAt}});
        o.insert(u"attachments"_s, at);
        QJsonArray hi;
        for (const core::ProposalMove &m : *history)
            hi.append(QJsonObject{{u"from"_s, m.from}, {u"to"_s, m.to}, {u"at"_s, m.at},
                                  {u"actor"_s, m.actor}, {u"note"_s, m.note}});
        o.insert(u"history"_s, hi);
        printJson(o);
        return Ok;
    }
    out(u"%1  %2"_s.arg(p->code, p->title));
    out(u"State:        %1 (%2)"_s.arg(p->state,
                                      p->stage == u"concept"_s ? u"concept note"_s
                                                               : u"full proposal"_s));
    out(u"Applicant:    %1"_s.arg(p->applicant));
    out(u"Partner:      %1"_s.arg(p->partner));
    out(u"Source:       %1 %2"_s.arg(p->source, p->sourceReference).trimmed());
    out(u"Objectives:   %1   Action area: %2"_s.arg(p->objectives, p->actionArea));
    out(u"Countries:    %1"_s.arg(p->countries.join(u", "_s)));
    out(u"Dates:        %1 to %2"_s.arg(isoDate(p->start), isoDate(p->end)));
    out(u"Requested:    %1 %2"_s.arg(amount(p->requestedMinor, p->currency), p->currency));
    out(u"Data by:      %1"_s.arg(p->disaggregation.join(u", "_s)));
    if (!p->recommendations.isEmpty())
        out(u"Answers:      %1"_s.arg(p->recommendations.join(u", "_s)));
    if (!p->summary.isEmpty())
        out(u"Summary:      %1"_s.arg(p->summary));
    for (const core::BudgetLine &b : p->budget)
        out(u"  budget  %1 %2"_s.arg(amount(b.amountMinor, p->currency), 14).arg(b.category));
    for (const pl::ChecklistItem &i : *checklist)
        out(u"  check   %1 %2"_s.arg(i.answered ? (i.met ? u"met  "_s : u"unmet"_s) : u"-    "_s,
                                     i.item));
    for (const pl::Review &r : *reviews)
        out(u"  review  %1/5 %2%3"_s.arg(r.score).arg(r.reviewer,
                                                   r.completed ? QString() : u" (incomplete)"_s));
    if (*decision)
        out(u"Decision:     %1 %2 USD on %3 %4"_s.arg((*decision)->decision,
                                                       usd((*decision)->amountUsdMinor),
                                                       isoDate((*decision)->date),
                                                       (*decision)->conditions)
                .trimmed());
    if (*tor)
        out(u"ToR:          %1, %2 to %3, budget %4 USD"_s.arg(
            (*tor)->partner, isoDate((*tor)->start), isoDate((*tor)->end),
            usd((*tor)->budgetUsdMinor)));
    for (const pl::Tranche &t : *tranches)
        out(u"  tranche %1 %2 USD %3 %4"_s.arg(t.seq).arg(usd(t.amountUsdMinor), 14).arg(
            t.releasedOn.isValid() ? u"released "_s + isoDate(t.releasedOn)
                                   : (t.conditionsMet ? u"conditions met"_s : u"conditions open"_s),
            t.conditions));
    for (const pl::Report &r : *reports)
        out(chopped(u"  report  #%1 %2 due %3 %4"_s.arg(r.id).arg(
            r.kind, isoDate(r.due),
            r.received.isValid() ? u"received "_s + isoDate(r.received)
                                 : (r.overdue ? u"OVERDUE"_s : QString()))));
    for (const pl::Attachment &a : *files)
        out(u"  file    %1 (%2 bytes)"_s.arg(a.name).arg(a.size));
    for (const core::ProposalMove &m : *history)
        out(chopped(u"  moved   %1 %2 -> %3 by %4 %5"_s.arg(m.at, m.from, m.to, m.actor, m.note)));
    return Ok;
}

int runList(const QStringList &args)
{
    Cmd c(u"List proposals by code."_s,
          {opt(u"state"_s, u"Only proposals in this state."_s, u"STATE"_s)});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    const QString state = c.p.value(u"state"_s);
    if (!state.isEmpty() && !pl::states().contains(state))
        return fail(Error::badInput(u"state: '%1' is not a pipeline state"_s.arg(state.left(40))));
    auto db = openFund(c.arg(0), true);
    if (!db)
        return fail(db.error());
    auto list = pl::list(**db);
    if (!list)
        return fail(list.error());
    if (c.isJson()) {
        // Streamed one proposal per line: on 10,000 proposals, building one document of them
        // all costs more than the query (docs/performance-pipeline.md).
        QTextStream s(stdout);
        s << "{\n    \"proposals\": [";
        bool first = true;
        for (const core::Proposal &p : *list) {
            if (!state.isEmpty() && p.state != state)
                continue;
            s << (first ? "\n        " : ",\n        ")
              << QJsonDocument(proposalJson(p)).toJson(QJsonDocument::Compact);
            first = false;
        }
        s << (first ? "]\n}\n" : "\n    ]\n}\n");
        return Ok;
    }
    for (const core::Proposal &p : *list) {
        if (!state.isEmpty() && p.state != state)
            continue;
        out(u"%1  %2 %3 %4  %5"_s.arg(p.code, -12)
                .arg(p.state, -24)
                .arg(amount(p.requestedMinor, p.currency), 14)
                .arg(p.currency, p.title));
    }
    return Ok;
}

int runMove(const QStringList &args)
{
    Cmd c(u"Move a proposal to another state, if the transition table and its guard allow."_s,
          {opt(u"note"_s, u"Why (required to withdraw or reject at screening)."_s, u"TEXT"_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s, u"STATE"_s}))
        return c.status;
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    auto before = pl::find(**db, c.arg(1));
    if (!before)
        return fail(before.error());
    if (auto s = pl::move(**db, c.arg(1), c.arg(2), c.p.value(u"note"_s)); !s)
        return fail(s.error());
    return done(c, u"%1: %2 -> %3"_s.arg(c.arg(1), before->state, c.arg(2)),
                {{u"code"_s, c.arg(1)}, {u"from"_s, before->state}, {u"to"_s, c.arg(2)}});
}

int runAttach(const QStringList &args)
{
    Cmd c(u"Store a document in the fund file, attached to a proposal."_s,
          {opt(u"name"_s, u"The name to store it under (default: the file's name)."_s,
               u"NAME"_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s, u"DOCUMENT"_s}))
        return c.status;
    QFile f(c.arg(2));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::notFound(u"%1: cannot read: %2"_s.arg(c.arg(2), f.errorString())));
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    // Read one byte past the limit: enough to refuse a huge file without loading all of it.
    auto s = pl::settings(**db);
    if (!s)
        return fail(s.error());
    const QByteArray content = f.read(s->attachmentMaxBytes + 1);
    const QString name = c.p.isSet(u"name"_s) ? c.p.value(u"name"_s) : QFileInfo(f).fileName();
    if (content.size() > s->attachmentMaxBytes)
        return fail(Error::badInput(
            u"attachment: '%1' is %2 MB, above the fund's limit of %3 MB"_s.arg(
                name.left(40), QString::number(double(f.size()) / (1024 * 1024), 'f', 1),
                QString::number(double(s->attachmentMaxBytes) / (1024 * 1024), 'f', 1))));
    auto id = pl::attach(**db, c.arg(1), name, content);
    if (!id)
        return fail(id.error());
    return done(c, u"Attached %1 to %2 (%3 bytes)"_s.arg(name, c.arg(1)).arg(content.size()),
                {{u"code"_s, c.arg(1)}, {u"name"_s, name}, {u"size"_s, qint64(content.size())}});
}

int runChecklist(const QStringList &args)
{
    Cmd c(u"Show or answer the screening checklist (items: %1)."_s.arg(
              pl::checklistItems().join(u", "_s)),
          {opt(u"met"_s, u"Mark an item met; repeat for several."_s, u"ITEM"_s),
           opt(u"unmet"_s, u"Mark an item not met; repeat for several."_s, u"ITEM"_s),
           opt(u"all-met"_s, u"Mark every item met."_s),
           opt(u"note"_s, u"A note kept with the answers."_s, u"TEXT"_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s}))
        return c.status;
    const bool answering = c.p.isSet(u"met"_s) || c.p.isSet(u"unmet"_s) || c.p.isSet(u"all-met"_s);
    auto db = openFund(c.arg(0), !answering);
    if (!db)
        return fail(db.error());
    if (answering) {
        QList<std::pair<QString, bool>> answers;
        for (const QString &i : c.p.isSet(u"all-met"_s) ? pl::checklistItems()
                                                         : c.p.values(u"met"_s))
            answers.append({i, true});
        for (const QString &i : c.p.values(u"unmet"_s))
            answers.append({i, false});
        for (const auto &[item, met] : answers) {
            if (auto s = pl::answerChecklist(**db, c.arg(1), item, met, c.p.value(u"note"_s)); !s)
                return fail(s.error());
        }
    }
    auto list = pl::checklist(**db, c.arg(1));
    if (!list)
        return fail(list.error());
    if (c.isJson()) {
        QJsonArray a;
        for (const pl::ChecklistItem &i : *list)
            a.append(QJsonObject{{u"item"_s, i.item}, {u"answered"_s, i.answered},
                                 {u"met"_s, i.met}, {u"note"_s, i.note}});
        printJson({{u"code"_s, c.arg(1)}, {u"checklist"_s, a}});
        return Ok;
    }
    for (const pl::ChecklistItem &i : *list)
        out(u"%1 %2"_s.arg(i.answered ? (i.met ? u"met  "_s : u"unmet"_s) : u"-    "_s, i.item));
    return Ok;
}

int runReview(const QStringList &args)
{
    Cmd c(u"Record a reviewer's review of a proposal in review."_s,
          {opt(u"reviewer"_s, u"The reviewer's name."_s, u"NAME"_s),
           opt(u"score"_s, u"Overall score, 1 to 5."_s, u"N"_s),
           opt(u"comment"_s, u"Comments."_s, u"TEXT"_s),
           opt(u"incomplete"_s, u"The review is not completed yet."_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s}))
        return c.status;
    bool ok = false;
    const int score = c.p.value(u"score"_s).toInt(&ok);
    if (!ok)
        return fail(Error::badInput(u"score: '%1' must be a whole number from 1 to 5"_s.arg(
            c.p.value(u"score"_s).left(40))));
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    const pl::Review r{c.p.value(u"reviewer"_s), score, !c.p.isSet(u"incomplete"_s),
                       c.p.value(u"comment"_s), {}};
    if (auto s = pl::recordReview(**db, c.arg(1), r); !s)
        return fail(s.error());
    return done(c, u"Recorded the review of %1 by %2"_s.arg(c.arg(1), r.reviewer),
                {{u"code"_s, c.arg(1)}, {u"reviewer"_s, r.reviewer}, {u"score"_s, score},
                 {u"completed"_s, r.completed}});
}

int runDecide(const QStringList &args)
{
    Cmd c(u"Record the Oversight Committee's decision on a proposal."_s,
          {opt(u"decision"_s, u"%1."_s.arg(pl::decisions().join(u", "_s)), u"DECISION"_s),
           opt(u"amount"_s, u"The allocation in USD, for an endorsement."_s, u"AMOUNT"_s),
           opt(u"conditions"_s, u"Conditions of the endorsement."_s, u"TEXT"_s),
           opt(u"date"_s, u"Date of the decision (YYYY-MM-DD)."_s, u"DATE"_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s}))
        return c.status;
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
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    if (auto s = pl::recordDecision(**db, c.arg(1), d); !s)
        return fail(s.error());
    return done(c, u"Recorded the decision on %1: %2"_s.arg(c.arg(1), d.decision),
                {{u"code"_s, c.arg(1)}, {u"decision"_s, d.decision},
                 {u"amount"_s, usd(d.amountUsdMinor)}, {u"date"_s, isoDate(d.date)}});
}

int runSettings(const QStringList &args)
{
    Cmd c(u"Show or change the pipeline's fund settings."_s,
          {opt(u"reviews-required"_s, u"Completed reviews needed to recommend."_s, u"N"_s),
           opt(u"closing-waiver"_s, u"Unspent residual (USD) that may be waived at closing."_s,
               u"AMOUNT"_s),
           opt(u"attachment-limit-mb"_s, u"Largest attachment, in MB."_s, u"N"_s)});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    QList<std::pair<QString, qint64>> changes;
    if (c.p.isSet(u"reviews-required"_s)) {
        bool ok = false;
        const qint64 n = c.p.value(u"reviews-required"_s).toLongLong(&ok);
        if (!ok)
            return fail(Error::badInput(u"reviews-required: must be a whole number"_s));
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
            return fail(Error::badInput(u"attachment-limit-mb: must be from 1 to 512"_s));
        changes.append({u"attachment_max_bytes"_s, n * 1024 * 1024});
    }
    auto db = openFund(c.arg(0), changes.isEmpty());
    if (!db)
        return fail(db.error());
    for (const auto &[key, value] : changes) {
        if (auto s = pl::setSetting(**db, key, value); !s)
            return fail(s.error());
    }
    auto s = pl::settings(**db);
    if (!s)
        return fail(s.error());
    if (c.isJson()) {
        printJson({{u"reviews_required"_s, s->reviewsRequired},
                   {u"closing_waiver"_s, usd(s->closingWaiverUsdMinor)},
                   {u"attachment_max_bytes"_s, s->attachmentMaxBytes}});
        return Ok;
    }
    out(u"Reviews required:   %1"_s.arg(s->reviewsRequired));
    out(u"Closing waiver:     %1 USD"_s.arg(usd(s->closingWaiverUsdMinor)));
    out(u"Attachment limit:   %1 bytes"_s.arg(s->attachmentMaxBytes));
    return Ok;
}

// ---- terms of reference, tranches, reports --------------------------------------------------

int runTorSet(const QStringList &args)
{
    Cmd c(u"Write the terms of reference of an endorsed proposal (given fields replace theirs)."_s,
          {opt(u"objectives"_s, u"Objectives."_s, u"TEXT"_s),
           opt(u"tasks"_s, u"Nature of the tasks."_s, u"TEXT"_s),
           opt(u"results"_s, u"Expected results."_s, u"TEXT"_s),
           opt(u"partner"_s, u"Implementing partner organisation."_s, u"ORG"_s),
           opt(u"start"_s, u"Start date."_s, u"DATE"_s), opt(u"end"_s, u"End date."_s, u"DATE"_s),
           opt(u"budget"_s, u"Budget in USD."_s, u"AMOUNT"_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s}))
        return c.status;
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    auto current = pl::termsOfReference(**db, c.arg(1));
    if (!current)
        return fail(current.error());
    pl::TermsOfReference t = current->value_or(pl::TermsOfReference{});
    if (c.p.isSet(u"objectives"_s))
        t.objectives = c.p.value(u"objectives"_s);
    if (c.p.isSet(u"tasks"_s))
        t.tasks = c.p.value(u"tasks"_s);
    if (c.p.isSet(u"results"_s))
        t.expectedResults = c.p.value(u"results"_s);
    if (c.p.isSet(u"partner"_s))
        t.partner = c.p.value(u"partner"_s);
    for (const QString &name : {u"start"_s, u"end"_s}) {
        if (!c.p.isSet(name))
            continue;
        auto d = core::parseIsoDate(name, c.p.value(name));
        if (!d)
            return fail(d.error());
        (name == u"start"_s ? t.start : t.end) = *d;
    }
    if (c.p.isSet(u"budget"_s)) {
        auto a = parseUsd(u"budget"_s, c.p.value(u"budget"_s));
        if (!a)
            return fail(a.error());
        t.budgetUsdMinor = *a;
    }
    if (auto s = pl::setTermsOfReference(**db, c.arg(1), t); !s)
        return fail(s.error());
    const QStringList missing = pl::missingFromTerms(t);
    return done(c,
                missing.isEmpty() ? u"Terms of reference of %1 are complete"_s.arg(c.arg(1))
                                  : u"Terms of reference of %1 saved; still missing: %2"_s.arg(
                                      c.arg(1), missing.join(u", "_s)),
                {{u"code"_s, c.arg(1)}, {u"missing"_s, toArray(missing)}});
}

Result<int> parseSeq(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1)
        return Error::badInput(u"tranche: '%1' must be a tranche number (1, 2, ...)"_s.arg(
            text.left(40)));
    return n;
}

int runTrancheAdd(const QStringList &args)
{
    Cmd c(u"Schedule a tranche of an endorsed proposal."_s,
          {opt(u"amount"_s, u"Amount in USD."_s, u"AMOUNT"_s),
           opt(u"conditions"_s, u"Conditions of its release."_s, u"TEXT"_s),
           opt(u"met"_s, u"Its conditions are met already."_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s}))
        return c.status;
    auto a = parseUsd(u"amount"_s, c.p.value(u"amount"_s));
    if (!a)
        return fail(a.error());
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    auto seq = pl::addTranche(**db, c.arg(1), *a, c.p.value(u"conditions"_s));
    if (!seq)
        return fail(seq.error());
    if (c.p.isSet(u"met"_s)) {
        if (auto s = pl::setTrancheConditionsMet(**db, c.arg(1), *seq, true); !s)
            return fail(s.error());
    }
    return done(c, u"Scheduled tranche %1 of %2: %3 USD"_s.arg(*seq).arg(c.arg(1), usd(*a)),
                {{u"code"_s, c.arg(1)}, {u"seq"_s, *seq}, {u"amount"_s, usd(*a)}});
}

int runTrancheMet(const QStringList &args)
{
    Cmd c(u"Mark a tranche's conditions met (or, with --unmet, not met)."_s,
          {opt(u"unmet"_s, u"Mark them not met."_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s, u"TRANCHE"_s}))
        return c.status;
    auto seq = parseSeq(c.arg(2));
    if (!seq)
        return fail(seq.error());
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    const bool met = !c.p.isSet(u"unmet"_s);
    if (auto s = pl::setTrancheConditionsMet(**db, c.arg(1), *seq, met); !s)
        return fail(s.error());
    return done(c, u"Tranche %1 of %2: conditions %3"_s.arg(*seq).arg(c.arg(1),
                                                                     met ? u"met"_s : u"not met"_s),
                {{u"code"_s, c.arg(1)}, {u"seq"_s, *seq}, {u"conditions_met"_s, met}});
}

int runTrancheRelease(const QStringList &args)
{
    Cmd c(u"Release a tranche to the partner; posts the transfer in the ledger."_s,
          {opt(u"date"_s, u"Date of the transfer (YYYY-MM-DD)."_s, u"DATE"_s),
           opt(u"reference"_s, u"Payment reference."_s, u"REF"_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s, u"TRANCHE"_s}))
        return c.status;
    auto seq = parseSeq(c.arg(2));
    if (!seq)
        return fail(seq.error());
    auto date = requiredDate(c.p, u"date"_s);
    if (!date)
        return fail(date.error());
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    if (auto s = pl::releaseTranche(**db, c.arg(1), *seq, *date, c.p.value(u"reference"_s)); !s)
        return fail(s.error());
    return done(c, u"Released tranche %1 of %2 on %3"_s.arg(*seq).arg(c.arg(1), isoDate(*date)),
                {{u"code"_s, c.arg(1)}, {u"seq"_s, *seq}, {u"date"_s, isoDate(*date)}});
}

int runReportReceive(const QStringList &args)
{
    Cmd c(u"Mark a report received. REPORT is its number (see imdp due) or its kind (%1)."_s.arg(
              pl::reportKinds().join(u", "_s)),
          {opt(u"date"_s, u"Date received (YYYY-MM-DD, not in the future)."_s, u"DATE"_s),
           opt(u"note"_s, u"A note."_s, u"TEXT"_s),
           opt(u"expenditure"_s, u"Expenditure it reports, USD (financial reports)."_s,
               u"AMOUNT"_s),
           opt(u"refund"_s, u"Unspent balance the partner paid back, USD (final financial)."_s,
               u"AMOUNT"_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s, u"REPORT"_s}))
        return c.status;
    auto date = requiredDate(c.p, u"date"_s);
    if (!date)
        return fail(date.error());
    pl::ReportFigures figures;
    for (const QString &name : {u"expenditure"_s, u"refund"_s}) {
        if (!c.p.isSet(name))
            continue;
        auto a = parseUsd(name, c.p.value(name));
        if (!a)
            return fail(a.error());
        (name == u"refund"_s ? figures.refundUsdMinor : figures.expenditureUsdMinor) = *a;
    }
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    if (auto s = pl::receiveReport(**db, c.arg(1), c.arg(2), *date, c.p.value(u"note"_s), figures);
        !s)
        return fail(s.error());
    return done(c, u"Received report %1 of %2 on %3"_s.arg(c.arg(2), c.arg(1), isoDate(*date)),
                {{u"code"_s, c.arg(1)}, {u"report"_s, c.arg(2)}, {u"date"_s, isoDate(*date)}});
}

int runDue(const QStringList &args)
{
    Cmd c(u"Outstanding reports of the fund by due date; overdue ones are flagged."_s,
          {opt(u"overdue"_s, u"Only the overdue ones."_s),
           opt(u"rules"_s, u"List the obligation rules that generate them instead."_s)});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    auto db = openFund(c.arg(0), true);
    if (!db)
        return fail(db.error());
    if (c.p.isSet(u"rules"_s)) {
        auto rules = pl::obligationRules(**db);
        if (!rules)
            return fail(rules.error());
        QJsonArray a;
        for (const pl::ObligationRule &r : *rules) {
            a.append(QJsonObject{{u"code"_s, r.code}, {u"kind"_s, r.kind},
                                 {u"anchor"_s, r.anchor}, {u"offset_months"_s, r.offsetMonths},
                                 {u"every_months"_s, r.everyMonths},
                                 {u"min_amount"_s, usd(r.minUsdMinor)},
                                 {u"description"_s, r.description}});
            if (!c.isJson())
                out(u"%1 %2"_s.arg(r.code, -16).arg(r.description));
        }
        if (c.isJson())
            printJson({{u"rules"_s, a}});
        return Ok;
    }
    auto list = pl::due(**db, c.p.isSet(u"overdue"_s));
    if (!list)
        return fail(list.error());
    if (c.isJson()) {
        QJsonArray a;
        for (const pl::Report &r : *list)
            a.append(QJsonObject{{u"id"_s, r.id}, {u"code"_s, r.proposal}, {u"kind"_s, r.kind},
                                 {u"due"_s, isoDate(r.due)}, {u"overdue"_s, r.overdue}});
        printJson({{u"today"_s, isoDate(core::Clock::today())}, {u"reports"_s, a}});
        return Ok;
    }
    for (const pl::Report &r : *list)
        out(chopped(u"%1 %2 #%3 %4 %5"_s.arg(isoDate(r.due), r.proposal)
                        .arg(r.id)
                        .arg(r.kind, -16)
                        .arg(r.overdue ? u"OVERDUE"_s : QString())));
    return Ok;
}

int runRuleSet(const QStringList &args)
{
    Cmd c(u"Add or replace an obligation rule; it applies to reports generated afterwards."_s,
          {opt(u"kind"_s, u"Report kind: %1."_s.arg(pl::reportKinds().join(u", "_s)), u"KIND"_s),
           opt(u"anchor"_s, u"start, end (of the ToR) or closing (operational)."_s, u"ANCHOR"_s),
           opt(u"offset"_s, u"Months after the anchor."_s, u"N"_s),
           opt(u"every"_s, u"Repeat every N months until the end (start anchor only)."_s, u"N"_s),
           opt(u"min"_s, u"Only for allocations of at least this many USD."_s, u"AMOUNT"_s),
           opt(u"description"_s, u"What the obligation is."_s, u"TEXT"_s)});
    if (!c.parse(args, {u"FILE"_s, u"CODE"_s}))
        return c.status;
    pl::ObligationRule r;
    r.code = c.arg(1);
    r.kind = c.p.value(u"kind"_s);
    r.anchor = c.p.value(u"anchor"_s);
    r.description = c.p.value(u"description"_s);
    for (const QString &name : {u"offset"_s, u"every"_s}) {
        bool ok = true;
        const int n = c.p.isSet(name) ? c.p.value(name).toInt(&ok) : 0;
        if (!ok)
            return fail(Error::badInput(u"%1: must be a whole number of months"_s.arg(name)));
        (name == u"offset"_s ? r.offsetMonths : r.everyMonths) = n;
    }
    if (c.p.isSet(u"min"_s)) {
        auto a = parseUsd(u"min"_s, c.p.value(u"min"_s));
        if (!a)
            return fail(a.error());
        r.minUsdMinor = *a;
    }
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    if (auto s = pl::setObligationRule(**db, r); !s)
        return fail(s.error());
    return done(c, u"Rule %1: %2"_s.arg(r.code, r.description),
                {{u"code"_s, r.code}, {u"kind"_s, r.kind}, {u"anchor"_s, r.anchor}});
}

// ---- provenance -----------------------------------------------------------------------------

int runGfmdAdd(const QStringList &args)
{
    Cmd c(u"Record a GFMD recommendation or Marketplace item proposals can answer."_s,
          {opt(u"reference"_s, u"Its reference, e.g. GFMD-2007-RT2.2."_s, u"REF"_s),
           opt(u"kind"_s, u"recommendation (default) or marketplace."_s, u"KIND"_s),
           opt(u"text"_s, u"What it says."_s, u"TEXT"_s)});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    auto db = openFund(c.arg(0), false);
    if (!db)
        return fail(db.error());
    const pl::Recommendation r{c.p.value(u"reference"_s),
                               c.p.isSet(u"kind"_s) ? c.p.value(u"kind"_s) : u"recommendation"_s,
                               c.p.value(u"text"_s), 0};
    if (auto s = pl::addRecommendation(**db, r); !s)
        return fail(s.error());
    return done(c, u"Recorded %1"_s.arg(r.reference), {{u"reference"_s, r.reference}});
}

int runGfmdList(const QStringList &args)
{
    Cmd c(u"List GFMD recommendations with the number of proposals answering each."_s, {});
    if (!c.parse(args, {u"FILE"_s}))
        return c.status;
    auto db = openFund(c.arg(0), true);
    if (!db)
        return fail(db.error());
    auto list = pl::recommendations(**db);
    if (!list)
        return fail(list.error());
    QJsonArray a;
    for (const pl::Recommendation &r : *list) {
        a.append(QJsonObject{{u"reference"_s, r.reference}, {u"kind"_s, r.kind},
                             {u"text"_s, r.text}, {u"proposals"_s, r.proposals}});
        if (!c.isJson())
            out(u"%1 %2 %3"_s.arg(r.reference, -18).arg(r.proposals, 3).arg(r.text));
    }
    if (c.isJson())
        printJson({{u"recommendations"_s, a}});
    return Ok;
}

} // namespace

void registerPipelineCommands(Registry &r)
{
    r.add({u"proposal add"_s, u"Add a draft proposal: proposal add FILE --code C --title T ..."_s,
           runAdd});
    r.add({u"proposal edit"_s, u"Change a proposal's fields: proposal edit FILE CODE ..."_s,
           runEdit});
    r.add({u"proposal show"_s, u"Everything about a proposal: proposal show FILE CODE"_s, runShow});
    r.add({u"proposal list"_s, u"List proposals: proposal list FILE [--state S]"_s, runList});
    r.add({u"proposal move"_s, u"Guarded move: proposal move FILE CODE STATE [--note N]"_s,
           runMove});
    r.add({u"proposal attach"_s, u"Attach a document: proposal attach FILE CODE DOCUMENT"_s,
           runAttach});
    r.add({u"proposal checklist"_s, u"Screening checklist: proposal checklist FILE CODE"_s,
           runChecklist});
    r.add({u"proposal review"_s, u"Record a review: proposal review FILE CODE --reviewer R"_s,
           runReview});
    r.add({u"proposal decide"_s, u"Record a Committee decision: proposal decide FILE CODE"_s,
           runDecide});
    r.add({u"proposal settings"_s, u"Pipeline settings: proposal settings FILE"_s, runSettings});
    r.add({u"tor set"_s, u"Terms of reference: tor set FILE CODE --objectives ..."_s, runTorSet});
    r.add({u"tranche add"_s, u"Schedule a tranche: tranche add FILE CODE --amount A"_s,
           runTrancheAdd});
    r.add({u"tranche met"_s, u"Conditions met: tranche met FILE CODE N [--unmet]"_s,
           runTrancheMet});
    r.add({u"tranche release"_s, u"Release a tranche: tranche release FILE CODE N --date D"_s,
           runTrancheRelease});
    r.add({u"report receive"_s, u"Receive a report: report receive FILE CODE REPORT --date D"_s,
           runReportReceive});
    r.add({u"due"_s, u"Reports due: due FILE [--overdue] [--rules]"_s, runDue});
    r.add({u"rule set"_s, u"Obligation rule: rule set FILE CODE --kind K --anchor A ..."_s,
           runRuleSet});
    r.add({u"gfmd add"_s, u"Record a GFMD recommendation: gfmd add FILE --reference R"_s,
           runGfmdAdd});
    r.add({u"gfmd list"_s, u"GFMD recommendations and proposals answering them"_s, runGfmdList});
}

} // namespace imdp::cli
