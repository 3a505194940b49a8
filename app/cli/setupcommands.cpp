// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Fund set-up (issue 16): imdp settings, objective, area, window, opening.
#include "app/cli/pipelinecli.h"

#include "core/fund/programme.h"
#include "core/fund/setup.h"
#include "core/ledger/opening.h"
#include "core/ledger/position.h"
#include "core/review/review.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

using namespace pipelinecli;
using core::Error;
using core::Result;
using core::Status; // not `core::Status f(` in a definition: lupdate misreads its context

Result<int> wholeNumber(const QString &name, const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok)
        return Error::badInput(tr("%1: '%2' must be a whole number").arg(name, text.left(20)));
    return n;
}

QString points(int hundredths)
{
    return core::formatMinor(hundredths, 2);
}

QJsonObject settingsJson(const core::AllSettings &s)
{
    return {{u"name"_s, s.name},
            {u"cap_bps"_s, s.capBps},
            {u"fiscal_year_start"_s, s.fiscalYearStart()},
            {u"fee"_s, s.fee},
            {u"reviews_required"_s, s.reviewsRequired},
            {u"quorum"_s, s.quorum},
            {u"closing_waiver"_s, usd(s.closingWaiverUsdMinor)},
            {u"attachment_max_bytes"_s, s.attachmentMaxBytes},
            {u"review_spread_threshold"_s, points(s.reviewSpreadHundredths)},
            {u"iati_org_ref"_s, s.iatiOrgRef},
            {u"backup_keep"_s, s.backupKeep},
            {u"backup_every_hours"_s, s.backupEveryHours}};
}

/// Reads the options of `imdp settings` into a change; an error names the option.
Result<core::SettingsChange> readSettings(const QCommandLineParser &p)
{
    core::SettingsChange c;
    const auto text = [&p](const QString &name, std::optional<QString> &to) {
        if (p.isSet(name))
            to = p.value(name);
    };
    text(u"name"_s, c.name);
    text(u"fee"_s, c.fee);
    text(u"iati-org-ref"_s, c.iatiOrgRef);
    const QList<std::pair<QString, std::optional<int> *>> ints{
        {u"cap-bps"_s, &c.capBps},
        {u"reviews-required"_s, &c.reviewsRequired},
        {u"quorum"_s, &c.quorum},
        {u"backup-keep"_s, &c.backupKeep},
        {u"backup-every-hours"_s, &c.backupEveryHours}};
    for (const auto &[name, to] : ints) {
        if (!p.isSet(name))
            continue;
        auto n = wholeNumber(name, p.value(name));
        if (!n)
            return n.error();
        *to = *n;
    }
    if (p.isSet(u"fiscal-year-start"_s)) {
        auto md = core::fund::parseFiscalYearStart(p.value(u"fiscal-year-start"_s));
        if (!md)
            return md.error();
        c.fiscalYearStartMonth = md->first;
        c.fiscalYearStartDay = md->second;
    }
    if (p.isSet(u"closing-waiver"_s)) {
        auto v = parseUsd(u"closing-waiver"_s, p.value(u"closing-waiver"_s));
        if (!v)
            return v.error();
        c.closingWaiverUsdMinor = *v;
    }
    if (p.isSet(u"attachment-limit-mb"_s)) {
        auto n = wholeNumber(u"attachment-limit-mb"_s, p.value(u"attachment-limit-mb"_s));
        if (!n)
            return n.error();
        if (*n < 1 || *n > 512)
            return Error::badInput(tr("attachment-limit-mb: must be from 1 to 512"));
        c.attachmentMaxBytes = qint64(*n) * 1024 * 1024;
    }
    if (p.isSet(u"review-spread-threshold"_s)) {
        auto h = core::parseMinor(p.value(u"review-spread-threshold"_s), 2);
        if (!h)
            return Error::withinBare(u"review-spread-threshold"_s, h.error());
        c.reviewSpreadHundredths = int(std::clamp<qint64>(*h, -1, 100000));
    }
    return c;
}

int runSettings(Invocation &c)
{
    auto change = readSettings(c.p);
    if (!change)
        return fail(change.error());
    if (!change->isEmpty()) {
        auto warnings = core::fund::changeSettings(*c.db, *change);
        if (!warnings)
            return fail(warnings.error());
        for (const QString &w : *warnings)
            err(tr("imdp: warning: ") + w);
    }
    auto s = core::fund::allSettings(*c.db);
    if (!s)
        return fail(s.error());
    if (c.isJson()) {
        printJson(settingsJson(*s));
        return Ok;
    }
    out(tr("Name:                     %1").arg(s->name));
    out(tr("DGF cap:                  %1 bps").arg(s->capBps));
    out(tr("Fiscal year starts:       %1 (MM-DD)").arg(s->fiscalYearStart()));
    out(tr("Administrative fee:       %1").arg(s->fee));
    out(tr("Reviews required:         %1").arg(s->reviewsRequired));
    out(tr("Quorum:                   %1")
            .arg(s->quorum == 0 ? tr("a majority") : QString::number(s->quorum)));
    out(tr("Closing waiver:           %1 USD").arg(shownUsd(s->closingWaiverUsdMinor)));
    out(tr("Attachment limit:         %1 bytes").arg(s->attachmentMaxBytes));
    out(tr("Review spread threshold:  %1 points").arg(points(s->reviewSpreadHundredths)));
    out(tr("IATI organisation:        %1").arg(s->iatiOrgRef));
    out(tr("Backups:                  keep %1, every %2 hours")
            .arg(s->backupKeep)
            .arg(s->backupEveryHours));
    return Ok;
}

// ---- objectives and areas ---------------------------------------------------------------------

QString required(const Invocation &c, const QString &name)
{
    return c.p.isSet(name) ? c.p.value(name) : QString();
}

Result<QString> requiredOption(const Invocation &c, const QString &name)
{
    if (!c.p.isSet(name))
        return Error::badInput(tr("%1: is required (--%1)").arg(name));
    return c.p.value(name);
}

int runObjectiveAdd(Invocation &c)
{
    for (const QString &name : {u"code"_s, u"title"_s}) {
        if (auto v = requiredOption(c, name); !v)
            return fail(v.error());
    }
    const core::Objective o{required(c, u"code"_s), required(c, u"title"_s),
                            required(c, u"title-fr"_s), required(c, u"title-es"_s), false};
    if (auto s = core::programme::addObjective(*c.db, o); !s)
        return fail(s.error());
    return done(c, tr("Added objective %1: %2").arg(o.code, o.titleEn.trimmed()),
                {{u"code"_s, o.code}, {u"title"_s, o.titleEn.trimmed()}});
}

int runObjectiveEdit(Invocation &c)
{
    auto all = core::programme::objectives(*c.db);
    if (!all)
        return fail(all.error());
    const auto it = std::find_if(all->cbegin(), all->cend(),
                                 [&](const core::Objective &o) { return o.code == c.arg(1); });
    if (it == all->cend())
        return fail(Error::notFound(tr("objective: '%1' does not exist").arg(c.arg(1).left(40))));
    core::Objective o = *it;
    if (c.p.isSet(u"title"_s))
        o.titleEn = c.p.value(u"title"_s);
    if (c.p.isSet(u"title-fr"_s))
        o.titleFr = c.p.value(u"title-fr"_s);
    if (c.p.isSet(u"title-es"_s))
        o.titleEs = c.p.value(u"title-es"_s);
    if (auto s = core::programme::editObjective(*c.db, o.code, o); !s)
        return fail(s.error());
    return done(c, tr("Objective %1: %2").arg(o.code, o.titleEn.trimmed()),
                {{u"code"_s, o.code}, {u"title"_s, o.titleEn.trimmed()}});
}

int runObjectiveList(Invocation &c)
{
    auto all = core::programme::objectives(*c.db);
    if (!all)
        return fail(all.error());
    if (c.isJson()) {
        QJsonArray a;
        for (const core::Objective &o : *all)
            a.append(QJsonObject{{u"code"_s, o.code},
                                 {u"title"_s, o.titleEn},
                                 {u"title_fr"_s, o.titleFr},
                                 {u"title_es"_s, o.titleEs},
                                 {u"used"_s, o.used}});
        printJson({{u"objectives"_s, a}});
        return Ok;
    }
    for (const core::Objective &o : *all)
        out(u"%1  %2"_s.arg(o.code, -4).arg(o.titleEn));
    return Ok;
}

int runAreaAdd(Invocation &c)
{
    for (const QString &name : {u"code"_s, u"title"_s}) {
        if (auto v = requiredOption(c, name); !v)
            return fail(v.error());
    }
    const core::ActionArea a{required(c, u"code"_s), required(c, u"title"_s), false};
    if (auto s = core::programme::addArea(*c.db, a); !s)
        return fail(s.error());
    return done(c, tr("Added action area %1: %2").arg(a.code, a.title.trimmed()),
                {{u"code"_s, a.code}, {u"title"_s, a.title.trimmed()}});
}

int runAreaEdit(Invocation &c)
{
    auto title = requiredOption(c, u"title"_s);
    if (!title)
        return fail(title.error());
    if (auto s = core::programme::editArea(*c.db, c.arg(1), *title); !s)
        return fail(s.error());
    return done(c, tr("Action area %1: %2").arg(c.arg(1), title->trimmed()),
                {{u"code"_s, c.arg(1)}, {u"title"_s, title->trimmed()}});
}

int runAreaList(Invocation &c)
{
    auto all = core::programme::areas(*c.db);
    if (!all)
        return fail(all.error());
    if (c.isJson()) {
        QJsonArray a;
        for (const core::ActionArea &x : *all)
            a.append(QJsonObject{{u"code"_s, x.code}, {u"title"_s, x.title}, {u"used"_s, x.used}});
        printJson({{u"areas"_s, a}});
        return Ok;
    }
    for (const core::ActionArea &x : *all)
        out(u"%1  %2"_s.arg(x.code, -4).arg(x.title));
    return Ok;
}

// ---- funding windows --------------------------------------------------------------------------

QStringList listOption(const Invocation &c, const QString &name)
{
    QStringList out;
    for (const QString &v : c.p.value(name).split(u',', Qt::SkipEmptyParts))
        out << v.trimmed();
    return out;
}

/// The options a window is described with, shared by `window add` and `window edit` (edit has
/// no --code: a window's code never changes).
QList<Option> windowOptions(bool add)
{
    QList<Option> o;
    if (add)
        o << Option{u"code"_s, u"Its code, e.g. W2008-1."_s, u"CODE"_s};
    const QString clear = add ? QString() : u" Empty for none."_s;
    o << Option{u"title"_s, u"Its title."_s, u"TEXT"_s}
      << Option{u"objectives"_s, u"Objectives it accepts, e.g. 1,3."_s, u"LIST"_s}
      << Option{u"areas"_s,
                add ? u"Action areas it accepts, e.g. A,B (default: every area)."_s
                    : u"Action areas it accepts, e.g. A,B; empty for every area."_s,
                u"LIST"_s}
      << Option{u"from"_s, u"First day proposals may be submitted (YYYY-MM-DD)."_s + clear,
                u"DATE"_s}
      << Option{u"to"_s, u"Last day proposals may be submitted (YYYY-MM-DD)."_s + clear, u"DATE"_s}
      << Option{u"ceiling"_s, u"The most one proposal may ask (USD)."_s + clear, u"USD"_s}
      << Option{u"total"_s, u"The most its proposals may ask together (USD)."_s + clear, u"USD"_s};
    return o;
}

/// Sets on `w` what the options given say. `emptyClears` (window edit): an empty --from, --to,
/// --ceiling or --total removes the date or ceiling, an empty --areas accepts every area.
Status readWindowOptions(const Invocation &c, core::FundingWindow &w, bool emptyClears)
{
    if (c.p.isSet(u"title"_s))
        w.title = c.p.value(u"title"_s);
    if (c.p.isSet(u"objectives"_s))
        w.objectives = listOption(c, u"objectives"_s);
    if (c.p.isSet(u"areas"_s))
        w.areas = listOption(c, u"areas"_s);
    for (const QString &name : {u"from"_s, u"to"_s}) {
        if (!c.p.isSet(name))
            continue;
        QDate &date = name == u"from"_s ? w.opens : w.closes;
        if (emptyClears && c.p.value(name).isEmpty()) {
            date = QDate();
            continue;
        }
        auto d = core::parseIsoDate(name, c.p.value(name));
        if (!d)
            return d.error();
        date = *d;
    }
    for (const QString &name : {u"ceiling"_s, u"total"_s}) {
        if (!c.p.isSet(name))
            continue;
        std::optional<qint64> &amount = name == u"ceiling"_s ? w.ceilingUsdMinor : w.totalUsdMinor;
        if (emptyClears && c.p.value(name).isEmpty()) {
            amount.reset();
            continue;
        }
        auto v = parseUsd(name, c.p.value(name));
        if (!v)
            return v.error();
        if (*v <= 0)
            return Error::badInput(tr("%1: must be above zero").arg(name));
        amount = *v;
    }
    return {};
}

int runWindowAdd(Invocation &c)
{
    for (const QString &name : {u"code"_s, u"title"_s, u"objectives"_s}) {
        if (auto v = requiredOption(c, name); !v)
            return fail(v.error());
    }
    core::FundingWindow w;
    w.code = c.p.value(u"code"_s);
    if (auto s = readWindowOptions(c, w, false); !s)
        return fail(s.error());
    if (auto id = core::programme::addWindow(*c.db, w); !id)
        return fail(id.error());
    return done(c, tr("Opened window %1: %2").arg(w.code, w.title.trimmed()),
                {{u"code"_s, w.code}, {u"title"_s, w.title.trimmed()}});
}

int runWindowEdit(Invocation &c)
{
    auto current = core::programme::window(*c.db, c.arg(1));
    if (!current)
        return fail(current.error());
    core::FundingWindow w = *current;
    if (auto s = readWindowOptions(c, w, true); !s)
        return fail(s.error());
    if (auto s = core::programme::editWindow(*c.db, w.code, w); !s)
        return fail(s.error());
    return done(c, tr("Changed window %1: %2").arg(w.code, w.title.trimmed()),
                {{u"code"_s, w.code}, {u"title"_s, w.title.trimmed()}});
}

QJsonValue optionalUsd(const std::optional<qint64> &v)
{
    return v ? QJsonValue(usd(*v)) : QJsonValue(QJsonValue::Null);
}

int runWindowList(Invocation &c)
{
    auto all = core::programme::windows(*c.db);
    if (!all)
        return fail(all.error());
    if (c.isJson()) {
        QJsonArray a;
        for (const core::FundingWindow &w : *all)
            a.append(QJsonObject{{u"code"_s, w.code},
                                 {u"title"_s, w.title},
                                 {u"from"_s, iso(w.opens)},
                                 {u"to"_s, iso(w.closes)},
                                 {u"objectives"_s, toArray(w.objectives)},
                                 {u"areas"_s, toArray(w.areas)},
                                 {u"ceiling"_s, optionalUsd(w.ceilingUsdMinor)},
                                 {u"total"_s, optionalUsd(w.totalUsdMinor)},
                                 {u"requested"_s, usd(w.requestedUsdMinor)},
                                 {u"proposals"_s, w.proposals}});
        printJson({{u"windows"_s, a}});
        return Ok;
    }
    for (const core::FundingWindow &w : *all) {
        out(u"%1  %2"_s.arg(w.code, -12).arg(w.title));
        out(tr("    objectives %1; areas %2; open %3 to %4; ceiling %5; total %6; %7 proposal(s) "
               "asking %8 USD")
                .arg(w.objectives.join(u','), w.areas.isEmpty() ? u"all"_s : w.areas.join(u','),
                     w.opens.isValid() ? shownDate(w.opens) : u"-"_s,
                     w.closes.isValid() ? shownDate(w.closes) : u"-"_s,
                     w.ceilingUsdMinor ? shownUsd(*w.ceilingUsdMinor) : u"-"_s,
                     w.totalUsdMinor ? shownUsd(*w.totalUsdMinor) : u"-"_s)
                .arg(w.proposals)
                .arg(shownUsd(w.requestedUsdMinor)));
    }
    return Ok;
}

// ---- opening balances -------------------------------------------------------------------------

int runOpening(Invocation &c)
{
    auto date = requiredDate(c.p, u"date"_s);
    if (!date)
        return fail(date.error());
    auto r = core::ledger::importOpening(*c.db, c.arg(1), *date);
    if (!r)
        return fail(r.error());
    if (!r->problems.isEmpty())
        return importProblems(c.arg(1), r->problems, r->unlistedProblems, tr("recorded"));
    auto p = core::ledger::position(*c.db, *date);
    if (!p)
        return fail(p.error());
    const QList<std::pair<QString, qint64>> figures{{u"pledged"_s, p->pledged},
                                                    {u"received"_s, p->received},
                                                    {u"fees"_s, p->fees},
                                                    {u"income"_s, p->income},
                                                    {u"allocated"_s, p->allocated},
                                                    {u"transferred"_s, p->transferred},
                                                    {u"expenditure"_s, p->expenditure},
                                                    {u"refunded"_s, p->refunded},
                                                    {u"held_by_partners"_s, p->heldByPartners},
                                                    {u"cash"_s, p->cash},
                                                    {u"available"_s, p->available}};
    if (c.isJson()) {
        QJsonObject pos;
        for (const auto &[k, v] : figures)
            pos.insert(k, usd(v));
        printJson({{u"rows"_s, r->rows}, {u"as_of"_s, iso(*date)}, {u"position"_s, pos}});
        return Ok;
    }
    out(tr("Opening balances as of %1: %2 rows from %3")
            .arg(shownDate(*date))
            .arg(r->rows)
            .arg(c.arg(1)));
    const int width = figureWidth(figures, 18);
    for (const auto &[k, v] : figures)
        out(u"  %1 %2 USD"_s.arg(figureName(k), -width).arg(shownUsd(v), 16));
    return Ok;
}

} // namespace

void registerSetupCommands(Registry &r)
{
    r.add(
        {.name = u"settings"_s,
         .summary = u"Every fund setting, shown or changed: settings FILE [--cap-bps N] ..."_s,
         .description =
             u"Show every setting of the fund, or change any of them in one audited transaction."_s,
         .positionals = {u"FILE"_s},
         .options =
             {{u"name"_s, u"The fund's name."_s, u"TEXT"_s},
              {u"cap-bps"_s, u"The DGF cap in basis points (1500 = 15%)."_s, u"N"_s},
              {u"fiscal-year-start"_s, u"First day of the fiscal year, MM-DD (07-01)."_s,
               u"MM-DD"_s},
              {u"fee"_s, u"Administrative fee rule: none, flat:BPS or tiered:..."_s, u"RULE"_s},
              {u"reviews-required"_s, u"Completed reviews needed to recommend (0-20)."_s, u"N"_s},
              {u"quorum"_s, u"Voting members who must be present (0: a majority)."_s, u"N"_s},
              {u"closing-waiver"_s, u"Residual (USD) that may be waived at closing."_s,
               u"AMOUNT"_s},
              {u"attachment-limit-mb"_s, u"Largest attachment, in MB (1-512)."_s, u"N"_s},
              {u"review-spread-threshold"_s,
               u"Review spread flagged above this many points (0.00-4.00)."_s, u"POINTS"_s},
              {u"iati-org-ref"_s, u"The fund's IATI organisation identifier (XX-...)."_s, u"REF"_s},
              {u"backup-keep"_s, u"Scheduled backups kept."_s, u"N"_s},
              {u"backup-every-hours"_s, u"Hours between scheduled backups."_s, u"N"_s}},
         .fund = Fund::Read,
         .writesWith = {u"name"_s, u"cap-bps"_s, u"fiscal-year-start"_s, u"fee"_s,
                        u"reviews-required"_s, u"quorum"_s, u"closing-waiver"_s,
                        u"attachment-limit-mb"_s, u"review-spread-threshold"_s, u"iati-org-ref"_s,
                        u"backup-keep"_s, u"backup-every-hours"_s},
         .json = true,
         .run = runSettings});
    r.add(
        {.name = u"objective add"_s,
         .summary = u"Add an objective: objective add FILE --code C --title T"_s,
         .description = u"Add an objective proposals may serve."_s,
         .positionals = {u"FILE"_s},
         .options = {{u"code"_s, u"Its code, e.g. 4 (1-8 capital letters or digits)."_s, u"CODE"_s},
                     {u"title"_s, u"Title in English."_s, u"TEXT"_s},
                     {u"title-fr"_s, u"Title in French."_s, u"TEXT"_s},
                     {u"title-es"_s, u"Title in Spanish."_s, u"TEXT"_s}},
         .fund = Fund::Write,
         .json = true,
         .run = runObjectiveAdd});
    r.add({.name = u"objective edit"_s,
           .summary = u"Retitle an objective: objective edit FILE CODE --title T"_s,
           .description = u"Change an objective's titles (its code stays)."_s,
           .positionals = {u"FILE"_s, u"CODE"_s},
           .options = {{u"title"_s, u"Title in English."_s, u"TEXT"_s},
                       {u"title-fr"_s, u"Title in French."_s, u"TEXT"_s},
                       {u"title-es"_s, u"Title in Spanish."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runObjectiveEdit});
    r.add({.name = u"objective list"_s,
           .summary = u"The fund's objectives: objective list FILE [--json]"_s,
           .description = u"The fund's objectives."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runObjectiveList});
    r.add(
        {.name = u"area add"_s,
         .summary = u"Add an action area: area add FILE --code C --title T"_s,
         .description = u"Add an action area."_s,
         .positionals = {u"FILE"_s},
         .options = {{u"code"_s, u"Its code, e.g. C (1-8 capital letters or digits)."_s, u"CODE"_s},
                     {u"title"_s, u"Its title."_s, u"TEXT"_s}},
         .fund = Fund::Write,
         .json = true,
         .run = runAreaAdd});
    r.add({.name = u"area edit"_s,
           .summary = u"Retitle an action area: area edit FILE CODE --title T"_s,
           .description = u"Change an action area's title (its code stays)."_s,
           .positionals = {u"FILE"_s, u"CODE"_s},
           .options = {{u"title"_s, u"Its title."_s, u"TEXT"_s}},
           .fund = Fund::Write,
           .json = true,
           .run = runAreaEdit});
    r.add({.name = u"area list"_s,
           .summary = u"The fund's action areas: area list FILE [--json]"_s,
           .description = u"The fund's action areas."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runAreaList});
    r.add({.name = u"window add"_s,
           .summary = u"Open a funding window: window add FILE --code W --title T ..."_s,
           .description = u"Open a funding window (a call for proposals)."_s,
           .positionals = {u"FILE"_s},
           .options = windowOptions(true),
           .fund = Fund::Write,
           .json = true,
           .run = runWindowAdd});
    r.add(
        {.name = u"window edit"_s,
         .summary = u"Change a funding window: window edit FILE CODE [--title T] [--to DATE] ..."_s,
         .description =
             u"Change a funding window: only the options given change (its code stays)."_s,
         .positionals = {u"FILE"_s, u"CODE"_s},
         .options = windowOptions(false),
         .fund = Fund::Write,
         .json = true,
         .run = runWindowEdit});
    r.add({.name = u"window list"_s,
           .summary = u"The funding windows: window list FILE [--json]"_s,
           .description = u"The fund's funding windows."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runWindowList});
    r.add(
        {.name = u"opening"_s,
         .summary = u"Opening balances from CSV: opening FILE CSV --date DATE"_s,
         .description =
             u"Record the fund's opening balances from CSV (kind,donor,project,partner,amount_usd; "
             "optional source), as ONE balanced entry dated --date: all rows or none."_s,
         .positionals = {u"FILE"_s, u"CSV"_s},
         .options = {{u"date"_s, u"The date the balances are as of (YYYY-MM-DD)."_s, u"DATE"_s}},
         .fund = Fund::Write,
         .json = true,
         .run = runOpening});
}

} // namespace imdp::cli
