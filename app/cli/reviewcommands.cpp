// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp review: rubrics, assignments, review packages and the round summary (docs/cli.md, "Offline
// review").
#include "app/cli/cli.h"

#include "core/io/output.h"
#include "core/money/money.h"
#include "core/pipeline/proposals.h"
#include "core/review/package.h"
#include "core/review/review.h"
#include "core/storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

using core::Error;
namespace rv = core::review;

QString callOf(const Invocation &c)
{
    return c.p.isSet(u"call"_s) ? c.value(u"call"_s) : rv::defaultCall();
}

int runRubric(Invocation &c)
{
    const QStringList specs = c.p.values(u"criterion"_s);
    if (!specs.isEmpty()) {
        QList<rv::Criterion> criteria;
        for (const QString &s : specs) {
            const QStringList parts = s.split(u':');
            bool ok = false;
            const int weight = parts.value(1).toInt(&ok);
            if (parts.size() < 3 || !ok)
                return fail(Error::badInput(
                    tr("criterion: '%1' must be CODE:WEIGHT:LABEL").arg(s.left(60))));
            criteria.append({parts[0], parts.mid(2).join(u':'), weight});
        }
        if (auto s = rv::setRubric(*c.db, callOf(c), criteria); !s)
            return fail(s.error());
    }
    auto rub = rv::rubric(*c.db, callOf(c));
    if (!rub)
        return fail(rub.error());
    if (c.isJson()) {
        QJsonArray a;
        for (const rv::Criterion &cr : *rub)
            a.append(QJsonObject{
                {u"code"_s, cr.code}, {u"label"_s, cr.label}, {u"weight"_s, cr.weight}});
        printJson({{u"call"_s, callOf(c)}, {u"criteria"_s, a}});
        return Ok;
    }
    for (const rv::Criterion &cr : *rub)
        out(u"%1 %2 %3"_s.arg(cr.code, -18).arg(cr.weight, 3).arg(cr.label));
    return Ok;
}

int runAssign(Invocation &c)
{
    rv::Assignment a;
    a.reviewer = c.value(u"reviewer"_s);
    a.role = c.p.isSet(u"role"_s) ? c.value(u"role"_s) : u"primary"_s;
    a.organisation = c.value(u"organisation"_s);
    a.call = callOf(c);
    a.overrideReason = c.value(u"override"_s);
    if (auto s = rv::assign(*c.db, c.arg(1), a); !s)
        return fail(s.error());
    return done(
        c,
        tr("Assigned %1 to %2 (%3)")
            .arg(a.reviewer.trimmed(), c.arg(1), word(core::i18n::Kind::ReviewRole, a.role)),
        {{u"code"_s, c.arg(1)},
         {u"reviewer"_s, a.reviewer.trimmed()},
         {u"role"_s, a.role},
         {u"call"_s, a.call}});
}

int runDeclare(Invocation &c)
{
    if (auto s = rv::declareConflict(*c.db, c.arg(1), c.value(u"reviewer"_s),
                                     c.value(u"declaration"_s), c.value(u"note"_s));
        !s)
        return fail(s.error());
    return done(c,
                tr("Recorded the declaration of %1 on %2: %3")
                    .arg(c.value(u"reviewer"_s), c.arg(1), c.value(u"declaration"_s)),
                {{u"code"_s, c.arg(1)},
                 {u"reviewer"_s, c.value(u"reviewer"_s)},
                 {u"declaration"_s, c.value(u"declaration"_s)}});
}

/// An assignment's status in the text output: the key in English, words in French and Spanish.
QString statusWord(const QString &status)
{
    if (status == u"completed"_s)
        return tr("completed");
    if (status == u"in_progress"_s)
        return tr("in_progress");
    if (status == u"blocked"_s)
        return tr("blocked");
    return tr("assigned");
}

int runList(Invocation &c)
{
    auto list = rv::assignments(*c.db, c.value(u"reviewer"_s));
    if (!list)
        return fail(list.error());
    QJsonArray a;
    for (const rv::Assignment &as : *list) {
        auto rs = rv::reviews(*c.db, as.proposal);
        if (!rs)
            return fail(rs.error());
        QString status = u"assigned"_s;
        for (const rv::Review &r : *rs) {
            if (r.reviewer == as.reviewer)
                status = r.completed ? u"completed"_s : u"in_progress"_s;
        }
        if (as.blocked())
            status = u"blocked"_s;
        if (c.isJson()) {
            a.append(QJsonObject{{u"code"_s, as.proposal},
                                 {u"reviewer"_s, as.reviewer},
                                 {u"role"_s, as.role},
                                 {u"call"_s, as.call},
                                 {u"organisation"_s, as.organisation},
                                 {u"conflict_flag"_s, as.coiFlag},
                                 {u"override_reason"_s, as.overrideReason},
                                 {u"declaration"_s, as.coiDeclared},
                                 {u"status"_s, status}});
        } else {
            out(u"%1 %2 %3 %4%5"_s.arg(as.proposal, -14)
                    .arg(as.reviewer, -24)
                    .arg(word(core::i18n::Kind::ReviewRole, as.role), -10)
                    .arg(statusWord(status))
                    .arg(as.coiFlag.isEmpty() ? QString()
                                              : tr(" (flagged: %1; override: %2)")
                                                    .arg(as.coiFlag, as.overrideReason)));
        }
    }
    if (c.isJson())
        printJson({{u"assignments"_s, a}});
    return Ok;
}

int runExport(Invocation &c)
{
    if (!c.p.isSet(u"out"_s) || !c.p.isSet(u"reviewer"_s))
        return fail(Error::badInput(tr("review export: --reviewer and --out are required")));
    if (auto st = core::output::check(c.value(u"out"_s), c.p.isSet(u"force"_s)); !st)
        return fail(st.error());
    auto s =
        rv::exportPackage(*c.db, c.value(u"reviewer"_s), c.value(u"out"_s), c.p.isSet(u"force"_s));
    if (!s)
        return fail(s.error());
    return done(
        c,
        tr("Exported %1 proposal(s) and %2 attachment(s) for %3 to %4 (hash %5)")
            .arg(s->proposals)
            .arg(s->attachments)
            .arg(c.value(u"reviewer"_s), QFileInfo(c.value(u"out"_s)).fileName(), s->hash.left(16)),
        {{u"package"_s, s->packageId},
         {u"hash"_s, s->hash},
         {u"proposals"_s, s->proposals},
         {u"attachments"_s, s->attachments}});
}

int runImport(Invocation &c)
{
    const bool dry = c.p.isSet(u"dry-run"_s);
    auto plan = dry ? rv::previewImport(*c.db, c.arg(1))
                    : rv::importPackage(*c.db, c.arg(1), c.p.isSet(u"accept-changes"_s));
    if (!plan)
        return fail(plan.error());
    const QList<rv::ImportChange> conflicts = plan->conflicts();
    if (!conflicts.isEmpty() && !dry) {
        for (const rv::ImportChange &ch : conflicts)
            err(tr("conflict: %1: %2").arg(ch.proposal, ch.detail));
        err(tr("imdp: %1: %2 conflict(s); nothing was imported (--accept-changes replaces them)")
                .arg(QFileInfo(c.arg(1)).fileName())
                .arg(conflicts.size()));
        return Refused;
    }
    if (c.isJson()) {
        QJsonArray a;
        for (const rv::ImportChange &ch : plan->changes)
            a.append(QJsonObject{
                {u"code"_s, ch.proposal}, {u"change"_s, ch.kind}, {u"detail"_s, ch.detail}});
        printJson({{u"package"_s, plan->packageId},
                   {u"reviewer"_s, plan->reviewer},
                   {u"dry_run"_s, dry},
                   {u"changes"_s, a}});
        return Ok;
    }
    for (const rv::ImportChange &ch : plan->changes)
        out(ch.detail.isEmpty()
                ? u"%1 %2"_s.arg(ch.kind, -10).arg(ch.proposal)
                : u"%1 %2 %3"_s.arg(ch.kind, -10).arg(ch.proposal, -14).arg(ch.detail));
    const int writes = plan->count(u"new"_s) + plan->count(u"update"_s) + plan->count(u"replace"_s);
    out(dry           ? tr("Dry run: nothing was written")
        : writes == 0 ? tr("Nothing new: the fund already holds this package's reviews")
                      : tr("Imported %1 change(s) from %2").arg(writes).arg(plan->reviewer));
    return Ok;
}

int runSummary(Invocation &c)
{
    const bool setting = c.p.isSet(u"spread-threshold"_s);
    if (setting) {
        auto h = core::parseMinor(c.value(u"spread-threshold"_s), 2);
        if (!h)
            return fail(Error::withinBare(u"spread-threshold"_s, h.error()));
        if (auto st = core::pipeline::setSetting(*c.db, u"review_spread_threshold"_s, *h); !st)
            return fail(st.error());
    }
    auto s = rv::summary(*c.db, c.value(u"call"_s));
    if (!s)
        return fail(s.error());
    if (c.isJson()) {
        QJsonArray ps;
        for (const rv::ProposalScore &p : s->proposals) {
            QJsonArray means;
            for (int m : p.meansHundredths)
                means.append(rv::formatHundredths(m));
            ps.append(QJsonObject{{u"code"_s, p.proposal},
                                  {u"state"_s, p.state},
                                  {u"call"_s, p.call},
                                  {u"assigned"_s, p.assigned},
                                  {u"completed"_s, p.completed},
                                  {u"conflicts"_s, p.conflicts},
                                  {u"means"_s, means},
                                  {u"mean"_s, rv::formatHundredths(p.meanHundredths)},
                                  {u"spread"_s, rv::formatHundredths(p.spreadHundredths)},
                                  {u"spread_flagged"_s, p.spreadFlagged}});
        }
        QJsonArray rs;
        for (const rv::ReviewerProgress &r : s->reviewers)
            rs.append(QJsonObject{{u"reviewer"_s, r.reviewer},
                                  {u"assigned"_s, r.assigned},
                                  {u"completed"_s, r.completed},
                                  {u"conflicts"_s, r.conflicts}});
        printJson({{u"threshold"_s, rv::formatHundredths(s->thresholdHundredths)},
                   {u"proposals"_s, ps},
                   {u"reviewers"_s, rs}});
        return Ok;
    }
    out(tr("Proposal       Reviews  Mean  Spread"));
    for (const rv::ProposalScore &p : s->proposals)
        out(u"%1 %2/%3  %4  %5%6"_s.arg(p.proposal, -14)
                .arg(p.completed, 3)
                .arg(p.assigned, -3)
                .arg(p.completed ? shownDecimal(rv::formatHundredths(p.meanHundredths)) : u"  - "_s)
                .arg(shownDecimal(rv::formatHundredths(p.spreadHundredths)))
                .arg(p.spreadFlagged
                         ? tr("  spread above %1")
                               .arg(shownDecimal(rv::formatHundredths(s->thresholdHundredths)))
                         : QString()));
    out(QString());
    out(tr("Reviewer                 Completed"));
    for (const rv::ReviewerProgress &r : s->reviewers)
        out(u"%1 %2/%3%4"_s.arg(r.reviewer, -24)
                .arg(r.completed)
                .arg(r.assigned)
                .arg(r.conflicts ? tr(" (%1 conflict(s))").arg(r.conflicts) : QString()));
    return Ok;
}

} // namespace

void registerReviewCommands(Registry &r)
{
    r.add(
        {.name = u"review rubric"_s,
         .summary = u"A call's rubric: review rubric FILE [--call C]"_s,
         .description =
             u"Show a call's rubric, or replace it with --criterion CODE:WEIGHT:LABEL (repeated)."_s,
         .positionals = {u"FILE"_s},
         .options = {{u"call"_s, u"The call (default: default)."_s, u"CALL"_s},
                     {u"criterion"_s, u"A criterion CODE:WEIGHT:LABEL; repeat for each."_s,
                      u"SPEC"_s}},
         .fund = Fund::Read,
         .writesWith = {u"criterion"_s},
         .json = true,
         .run = runRubric});
    r.add(
        {.name = u"review assign"_s,
         .summary = u"Assign a reviewer: review assign FILE CODE --reviewer R"_s,
         .description = u"Assign a reviewer to a proposal, with a conflict-of-interest check."_s,
         .positionals = {u"FILE"_s, u"CODE"_s},
         .options = {{u"reviewer"_s, u"The reviewer's name."_s, u"NAME"_s},
                     {u"role"_s, u"primary or secondary (default primary)."_s, u"ROLE"_s},
                     {u"organisation"_s, u"The reviewer's organisation."_s, u"ORG"_s},
                     {u"call"_s, u"The call whose rubric applies (default: default)."_s, u"CALL"_s},
                     {u"override"_s, u"An officer's reason to assign a flagged reviewer anyway."_s,
                      u"REASON"_s}},
         .fund = Fund::Write,
         .json = true,
         .run = runAssign});
    r.add(
        {.name = u"review declare"_s,
         .summary = u"Conflict declaration: review declare FILE CODE --reviewer R"_s,
         .description = u"Record a reviewer's conflict-of-interest declaration on an assignment."_s,
         .positionals = {u"FILE"_s, u"CODE"_s},
         .options = {{u"reviewer"_s, u"The reviewer's name."_s, u"NAME"_s},
                     {u"declaration"_s, u"none or conflict."_s, u"WHAT"_s},
                     {u"note"_s, u"What the conflict is."_s, u"TEXT"_s}},
         .fund = Fund::Write,
         .json = true,
         .run = runDeclare});
    r.add({.name = u"review list"_s,
           .summary = u"Assignments and progress: review list FILE"_s,
           .description = u"List assignments and their progress."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"reviewer"_s, u"Only this reviewer's assignments."_s, u"NAME"_s}},
           .fund = Fund::Read,
           .json = true,
           .run = runList});
    r.add({.name = u"review export"_s,
           .summary = u"Reviewer package: review export FILE --reviewer R --out P [--force]"_s,
           .description =
               u"Write a reviewer's package: only the proposals assigned to them and the rubric."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"reviewer"_s, u"The reviewer's name."_s, u"NAME"_s},
                       {u"out"_s, u"The package to write (PACKAGE.imdpreview)."_s, u"PACKAGE"_s},
                       {u"force"_s,
                        u"Replace PACKAGE if it exists (never a fund, a backup or a lock)."_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runExport});
    r.add(
        {.name = u"review import"_s,
         .summary = u"Merge a package back: review import FILE PACKAGE"_s,
         .description =
             u"Merge a reviewer's package back: all or nothing; a second import changes nothing."_s,
         .positionals = {u"FILE"_s, u"PACKAGE"_s},
         .options = {{u"dry-run"_s, u"Show what would change; write nothing."_s},
                     {u"accept-changes"_s, u"Replace stored reviews that differ (audited)."_s}},
         .fund = Fund::Write,
         .readsWith = {u"dry-run"_s},
         .json = true,
         .run = runImport});
    r.add({.name = u"review summary"_s,
           .summary = u"Round summary: review summary FILE [--call C]"_s,
           .description = u"The review round: weighted means, spreads and progress per reviewer."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"call"_s, u"Only this call (default: every call)."_s, u"CALL"_s},
                       {u"spread-threshold"_s,
                        u"First set the fund's spread threshold, in points (e.g. 1.50)."_s,
                        u"POINTS"_s}},
           .fund = Fund::Read,
           .writesWith = {u"spread-threshold"_s},
           .json = true,
           .run = runSummary});
}

} // namespace imdp::cli
