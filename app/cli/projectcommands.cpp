// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp tor|tranche|report|due|rule|gfmd: a funded project's terms of reference, tranches and
// reports, the obligation rules, and GFMD provenance, from the command line.
#include "app/cli/pipelinecli.h"

#include "core/clock.h"
#include "core/pipeline/records.h"
#include "core/storage/database.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli::pipelinecli {

namespace {

namespace pl = core::pipeline;

// ---- terms of reference, tranches, reports --------------------------------------------------

int runTorSet(Invocation &c)
{
    auto current = pl::termsOfReference(*c.db, c.arg(1));
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
    if (auto s = pl::setTermsOfReference(*c.db, c.arg(1), t); !s)
        return fail(s.error());
    const QStringList missing = pl::missingFromTerms(t);
    return done(c,
                missing.isEmpty() ? cli::tr("Terms of reference of %1 are complete").arg(c.arg(1))
                                  : cli::tr("Terms of reference of %1 saved; still missing: %2")
                                        .arg(c.arg(1), missing.join(u", "_s)),
                {{u"code"_s, c.arg(1)}, {u"missing"_s, toArray(missing)}});
}

Result<int> parseSeq(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1)
        return Error::badInput(
            cli::tr("tranche: '%1' must be a tranche number (1, 2, ...)").arg(text.left(40)));
    return n;
}

int runTrancheAdd(Invocation &c)
{
    auto a = parseUsd(u"amount"_s, c.p.value(u"amount"_s));
    if (!a)
        return fail(a.error());
    auto seq = pl::addTranche(*c.db, c.arg(1), *a, c.p.value(u"conditions"_s));
    if (!seq)
        return fail(seq.error());
    if (c.p.isSet(u"met"_s)) {
        if (auto s = pl::setTrancheConditionsMet(*c.db, c.arg(1), *seq, true); !s)
            return fail(s.error());
    }
    return done(c,
                cli::tr("Scheduled tranche %1 of %2: %3 USD").arg(*seq).arg(c.arg(1), shownUsd(*a)),
                {{u"code"_s, c.arg(1)}, {u"seq"_s, *seq}, {u"amount"_s, usd(*a)}});
}

int runTrancheMet(Invocation &c)
{
    auto seq = parseSeq(c.arg(2));
    if (!seq)
        return fail(seq.error());
    const bool met = !c.p.isSet(u"unmet"_s);
    if (auto s = pl::setTrancheConditionsMet(*c.db, c.arg(1), *seq, met); !s)
        return fail(s.error());
    return done(c,
                cli::tr("Tranche %1 of %2: conditions %3")
                    .arg(*seq)
                    .arg(c.arg(1), met ? cli::tr("met") : cli::tr("not met")),
                {{u"code"_s, c.arg(1)}, {u"seq"_s, *seq}, {u"conditions_met"_s, met}});
}

int runTrancheRelease(Invocation &c)
{
    auto seq = parseSeq(c.arg(2));
    if (!seq)
        return fail(seq.error());
    auto date = requiredDate(c.p, u"date"_s);
    if (!date)
        return fail(date.error());
    if (auto s = pl::releaseTranche(*c.db, c.arg(1), *seq, *date, c.p.value(u"reference"_s)); !s)
        return fail(s.error());
    return done(
        c, cli::tr("Released tranche %1 of %2 on %3").arg(*seq).arg(c.arg(1), shownDate(*date)),
        {{u"code"_s, c.arg(1)}, {u"seq"_s, *seq}, {u"date"_s, iso(*date)}});
}

int runReportReceive(Invocation &c)
{
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
    if (auto s = pl::receiveReport(*c.db, c.arg(1), c.arg(2), *date, c.p.value(u"note"_s), figures);
        !s)
        return fail(s.error());
    return done(c,
                cli::tr("Received report %1 of %2 on %3").arg(c.arg(2), c.arg(1), shownDate(*date)),
                {{u"code"_s, c.arg(1)}, {u"report"_s, c.arg(2)}, {u"date"_s, iso(*date)}});
}

int runDue(Invocation &c)
{
    if (c.p.isSet(u"rules"_s)) {
        auto rules = pl::obligationRules(*c.db);
        if (!rules)
            return fail(rules.error());
        QJsonArray a;
        for (const pl::ObligationRule &r : *rules) {
            a.append(QJsonObject{{u"code"_s, r.code},
                                 {u"kind"_s, r.kind},
                                 {u"anchor"_s, r.anchor},
                                 {u"offset_months"_s, r.offsetMonths},
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
    auto list = pl::due(*c.db, c.p.isSet(u"overdue"_s));
    if (!list)
        return fail(list.error());
    if (c.isJson()) {
        QJsonArray a;
        for (const pl::PartnerReport &r : *list)
            a.append(QJsonObject{{u"id"_s, r.id},
                                 {u"code"_s, r.proposal},
                                 {u"kind"_s, r.kind},
                                 {u"due"_s, iso(r.due)},
                                 {u"overdue"_s, r.overdue}});
        printJson({{u"today"_s, iso(core::Clock::today())}, {u"reports"_s, a}});
        return Ok;
    }
    for (const pl::PartnerReport &r : *list)
        out(chopped(u"%1 %2 #%3 %4 %5"_s.arg(shownDate(r.due), r.proposal)
                        .arg(r.id)
                        .arg(word(core::i18n::Kind::ReportKind, r.kind), -16)
                        .arg(r.overdue ? cli::tr("OVERDUE") : QString())));
    return Ok;
}

int runRuleSet(Invocation &c)
{
    pl::ObligationRule r;
    r.code = c.arg(1);
    r.kind = c.p.value(u"kind"_s);
    r.anchor = c.p.value(u"anchor"_s);
    r.description = c.p.value(u"description"_s);
    for (const QString &name : {u"offset"_s, u"every"_s}) {
        bool ok = true;
        const int n = c.p.isSet(name) ? c.p.value(name).toInt(&ok) : 0;
        if (!ok)
            return fail(Error::badInput(cli::tr("%1: must be a whole number of months").arg(name)));
        (name == u"offset"_s ? r.offsetMonths : r.everyMonths) = n;
    }
    if (c.p.isSet(u"min"_s)) {
        auto a = parseUsd(u"min"_s, c.p.value(u"min"_s));
        if (!a)
            return fail(a.error());
        r.minUsdMinor = *a;
    }
    if (auto s = pl::setObligationRule(*c.db, r); !s)
        return fail(s.error());
    return done(c, cli::tr("Rule %1: %2").arg(r.code, r.description),
                {{u"code"_s, r.code}, {u"kind"_s, r.kind}, {u"anchor"_s, r.anchor}});
}

// ---- provenance -----------------------------------------------------------------------------

int runGfmdAdd(Invocation &c)
{
    const pl::Recommendation r{c.p.value(u"reference"_s),
                               c.p.isSet(u"kind"_s) ? c.p.value(u"kind"_s) : u"recommendation"_s,
                               c.p.value(u"text"_s), 0};
    if (auto s = pl::addRecommendation(*c.db, r); !s)
        return fail(s.error());
    return done(c, cli::tr("Recorded %1").arg(r.reference), {{u"reference"_s, r.reference}});
}

int runGfmdList(Invocation &c)
{
    auto list = pl::recommendations(*c.db);
    if (!list)
        return fail(list.error());
    QJsonArray a;
    for (const pl::Recommendation &r : *list) {
        a.append(QJsonObject{{u"reference"_s, r.reference},
                             {u"kind"_s, r.kind},
                             {u"text"_s, r.text},
                             {u"proposals"_s, r.proposals}});
        if (!c.isJson())
            out(u"%1 %2 %3"_s.arg(r.reference, -18).arg(r.proposals, 3).arg(r.text));
    }
    if (c.isJson())
        printJson({{u"recommendations"_s, a}});
    return Ok;
}

} // namespace

void registerProjectCommands(Registry &r)
{
    r.add(
        {.name = u"tor set"_s,
         .summary = u"Terms of reference: tor set FILE CODE --objectives ..."_s,
         .description =
             u"Write the terms of reference of an endorsed proposal (given fields replace theirs)."_s,
         .positionals = {u"FILE"_s, u"CODE"_s},
         .options = {{u"objectives"_s, u"Objectives."_s, u"TEXT"_s},
                     {u"tasks"_s, u"Nature of the tasks."_s, u"TEXT"_s},
                     {u"results"_s, u"Expected results."_s, u"TEXT"_s},
                     {u"partner"_s, u"Implementing partner organisation."_s, u"ORG"_s},
                     {u"start"_s, u"Start date."_s, u"DATE"_s},
                     {u"end"_s, u"End date."_s, u"DATE"_s},
                     {u"budget"_s, u"Budget in USD."_s, u"AMOUNT"_s}},
         .fund = Fund::Write,
         .json = true,
         .run = runTorSet});
    r.add({.name = u"tranche add"_s,
           .summary = u"Schedule a tranche: tranche add FILE CODE --amount A"_s,
           .description = u"Schedule a tranche of an endorsed proposal."_s,
           .positionals = {u"FILE"_s, u"CODE"_s},
           .options = {{u"amount"_s, u"Amount in USD."_s, u"AMOUNT"_s},
                       {u"conditions"_s, u"Conditions of its release."_s, u"TEXT"_s},
                       {u"met"_s, u"Its conditions are met already."_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runTrancheAdd});
    r.add({.name = u"tranche met"_s,
           .summary = u"Conditions met: tranche met FILE CODE N [--unmet]"_s,
           .description = u"Mark a tranche's conditions met (or, with --unmet, not met)."_s,
           .positionals = {u"FILE"_s, u"CODE"_s, u"TRANCHE"_s},
           .options = {{u"unmet"_s, u"Mark them not met."_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runTrancheMet});
    r.add({.name = u"tranche release"_s,
           .summary = u"Release a tranche: tranche release FILE CODE N --date D"_s,
           .description = u"Release a tranche to the partner; posts the transfer in the ledger."_s,
           .positionals = {u"FILE"_s, u"CODE"_s, u"TRANCHE"_s},
           .options = {{u"date"_s, u"Date of the transfer (YYYY-MM-DD)."_s, u"DATE"_s},
                       {u"reference"_s, u"Payment reference."_s, u"REF"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runTrancheRelease});
    r.add(
        {.name = u"report receive"_s,
         .summary = u"Receive a report: report receive FILE CODE REPORT --date D"_s,
         .description =
             u"Mark a report received. REPORT is its number (see imdp due) or its kind (%1)."_s.arg(
                 pl::reportKinds().join(u", "_s)),
         .positionals = {u"FILE"_s, u"CODE"_s, u"REPORT"_s},
         .options = {{u"date"_s, u"Date received (YYYY-MM-DD, not in the future)."_s, u"DATE"_s},
                     {u"note"_s, u"A note."_s, u"TEXT"_s},
                     {u"expenditure"_s, u"Expenditure it reports, USD (financial reports)."_s,
                      u"AMOUNT"_s},
                     {u"refund"_s,
                      u"Unspent balance the partner paid back, USD (final financial)."_s,
                      u"AMOUNT"_s}},
         .fund = Fund::Write,
         .json = true,
         .run = runReportReceive});
    r.add(
        {.name = u"due"_s,
         .summary = u"Reports due: due FILE [--overdue] [--rules]"_s,
         .description = u"Outstanding reports of the fund by due date; overdue ones are flagged."_s,
         .positionals = {u"FILE"_s},
         .options = {{u"overdue"_s, u"Only the overdue ones."_s},
                     {u"rules"_s, u"List the obligation rules that generate them instead."_s}},
         .fund = Fund::Read,
         .json = true,
         .run = runDue});
    r.add({.name = u"rule set"_s,
           .summary = u"Obligation rule: rule set FILE CODE --kind K --anchor A ..."_s,
           .description =
               u"Add or replace an obligation rule; it applies to reports generated afterwards."_s,
           .positionals = {u"FILE"_s, u"CODE"_s},
           .options =
               {{u"kind"_s, u"Report kind: %1."_s.arg(pl::reportKinds().join(u", "_s)), u"KIND"_s},
                {u"anchor"_s, u"start, end (of the ToR) or closing (operational)."_s, u"ANCHOR"_s},
                {u"offset"_s, u"Months after the anchor."_s, u"N"_s},
                {u"every"_s, u"Repeat every N months until the end (start anchor only)."_s, u"N"_s},
                {u"min"_s, u"Only for allocations of at least this many USD."_s, u"AMOUNT"_s},
                {u"description"_s, u"What the obligation is."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runRuleSet});
    r.add(
        {.name = u"gfmd add"_s,
         .summary = u"Record a GFMD recommendation: gfmd add FILE --reference R"_s,
         .description = u"Record a GFMD recommendation or Marketplace item proposals can answer."_s,
         .positionals = {u"FILE"_s},
         .options = {{u"reference"_s, u"Its reference, e.g. GFMD-2007-RT2.2."_s, u"REF"_s},
                     {u"kind"_s, u"recommendation (default) or marketplace."_s, u"KIND"_s},
                     {u"text"_s, u"What it says."_s, u"TEXT"_s}},
         .fund = Fund::Write,
         .json = true,
         .run = runGfmdAdd});
    r.add(
        {.name = u"gfmd list"_s,
         .summary = u"GFMD recommendations and proposals answering them"_s,
         .description = u"List GFMD recommendations with the number of proposals answering each."_s,
         .positionals = {u"FILE"_s},
         .fund = Fund::Read,
         .json = true,
         .run = runGfmdList});
}

} // namespace imdp::cli::pipelinecli
