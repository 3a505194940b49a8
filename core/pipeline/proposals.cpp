// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/pipeline/proposals.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/fund/programme.h"
#include "core/money/currency.h"
#include "core/money/limit.h"
#include "core/money/money.h"
#include "core/pipeline/countries.h"
#include "core/pipeline/internal.h"
#include "core/pipeline/listing.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::pipeline {

const QStringList &states()
{
    static const QStringList s{
        u"draft"_s,       u"submitted"_s, u"screening"_s,       u"in_review"_s,
        u"recommended"_s, u"not_recommended"_s, u"endorsed"_s,  u"endorsed_with_conditions"_s,
        u"deferred"_s,    u"rejected"_s,  u"tor_issued"_s,      u"implementation"_s,
        u"operationally_closed"_s, u"financially_closed"_s, u"withdrawn"_s};
    return s;
}

bool isOpen(const QString &state)
{
    return state != u"rejected"_s && state != u"financially_closed"_s && state != u"withdrawn"_s;
}

bool isAllocated(const QString &state)
{
    static const QStringList s{u"endorsed"_s, u"endorsed_with_conditions"_s, u"tor_issued"_s,
                               u"implementation"_s, u"operationally_closed"_s,
                               u"financially_closed"_s};
    return s.contains(state);
}

QStringList nextStates(const QString &from)
{
    // The one transition table. Guards (transitions.cpp) add the conditions of each edge.
    static const QHash<QString, QStringList> table{
        {u"draft"_s, {u"submitted"_s}},
        {u"submitted"_s, {u"screening"_s}},
        {u"screening"_s, {u"in_review"_s, u"rejected"_s}},
        {u"in_review"_s, {u"recommended"_s, u"not_recommended"_s}},
        {u"recommended"_s,
         {u"endorsed"_s, u"endorsed_with_conditions"_s, u"deferred"_s, u"rejected"_s}},
        {u"not_recommended"_s,
         {u"endorsed"_s, u"endorsed_with_conditions"_s, u"deferred"_s, u"rejected"_s}},
        {u"deferred"_s, {u"in_review"_s}},
        {u"endorsed"_s, {u"tor_issued"_s}},
        {u"endorsed_with_conditions"_s, {u"tor_issued"_s}},
        {u"tor_issued"_s, {u"implementation"_s}},
        {u"implementation"_s, {u"operationally_closed"_s}},
        {u"operationally_closed"_s, {u"financially_closed"_s}},
    };
    QStringList next = table.value(from);
    if (isOpen(from) && states().contains(from))
        next.append(u"withdrawn"_s);
    return next;
}

const QStringList &sources()
{
    static const QStringList s{u"gfmd_recommendation"_s, u"gfmd_marketplace"_s, u"gmg_agency"_s,
                               u"partner_organisation"_s, u"private_sector"_s, u"ngo"_s,
                               u"secretariat"_s};
    return s;
}

const QStringList &disaggregations()
{
    static const QStringList d{u"sex"_s, u"ethnic_origin"_s, u"education_level"_s, u"other"_s};
    return d;
}

// ---- settings -------------------------------------------------------------------------------

namespace {
struct SettingSpec
{
    QString key;
    qint64 min;
    qint64 max;
};
const QList<SettingSpec> &settingSpecs()
{
    static const QList<SettingSpec> s{{u"reviews_required"_s, 0, 20},
                                      {u"closing_waiver_usd_minor"_s, 0, 100000000},
                                      {u"attachment_max_bytes"_s, 1, 512LL * 1024 * 1024},
                                      {u"review_spread_threshold"_s, 0, 400}};
    return s;
}
} // namespace

Result<Settings> settings(Database &db)
{
    Settings s;
    Query q(db, u"SELECT key, value FROM fund_setting WHERE key IN "
                "('reviews_required', 'closing_waiver_usd_minor', 'attachment_max_bytes', "
                "'review_spread_threshold')"_s);
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next()) {
        const qint64 v = q.text(1).toLongLong();
        if (q.text(0) == u"reviews_required"_s)
            s.reviewsRequired = int(v);
        else if (q.text(0) == u"closing_waiver_usd_minor"_s)
            s.closingWaiverUsdMinor = v;
        else if (q.text(0) == u"review_spread_threshold"_s)
            s.reviewSpreadThresholdHundredths = int(v);
        else
            s.attachmentMaxBytes = v;
    }
    return s;
}

Status checkSetting(const QString &key, qint64 value)
{
    const SettingSpec *spec = nullptr;
    for (const SettingSpec &s : settingSpecs()) {
        if (s.key == key)
            spec = &s;
    }
    if (!spec)
        return Error::badInput(u"setting"_s, u"pipeline.setting_unknown"_s,
                               {ErrorArg::txt(key.left(40))});
    if (value < spec->min || value > spec->max)
        return Error::badInput(key, u"pipeline.setting_range"_s,
                               {ErrorArg::txt(key), ErrorArg::num(spec->min),
                                ErrorArg::num(spec->max)});
    return {};
}

Status setSetting(Database &db, const QString &key, qint64 value)
{
    if (auto v = checkSetting(key, value); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Query q(db, u"INSERT INTO fund_setting (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.bind(key).bind(QString::number(value));
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"fund.setting"_s, {{key, QString::number(value)}}); !s)
        return s;
    return tx.commit();
}

// ---- proposals ------------------------------------------------------------------------------

Result<ProposalRef> proposalRef(Database &db, const QString &code)
{
    Query q(db, u"SELECT id, state, currency FROM proposal WHERE code = ?"_s);
    q.bind(code);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"proposal"_s, u"pipeline.proposal_not_found"_s,
                               {ErrorArg::txt(code.left(40))});
    return ProposalRef{q.integer(0), q.text(1), q.text(2)};
}

Error refusal(const QString &code, const Error &what, const Error &why)
{
    return Error::refused(u""_s, u"pipeline.cannot"_s,
                          {ErrorArg::txt(code), ErrorArg::nested(what), ErrorArg::nested(why)});
}

Error part(const QString &key, QList<ErrorArg> args)
{
    return Error::refused(u""_s, key, std::move(args));
}

Error listOf(const QList<Error> &items)
{
    // A list of n items is n - 1 nested pairs: "a, b, c" reads the same in every language.
    if (items.isEmpty())
        return part(u"pipeline.why.window"_s, {ErrorArg::txt(QString())});
    Error out = items.last();
    for (qsizetype i = items.size() - 2; i >= 0; --i)
        out = part(u"pipeline.list"_s, {ErrorArg::nested(items.at(i)), ErrorArg::nested(out)});
    return out;
}

ErrorArg stateLabels(const QStringList &states)
{
    return ErrorArg::label(u"state"_s, states.join(u','));
}

namespace detail {

Result<qint64> latestMoveId(Database &db, qint64 proposalId)
{
    return Query::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM proposal_move "
                             "WHERE proposal_id = ?"_s,
                         {proposalId});
}

QString usd(qint64 minor)
{
    return formatMinor(minor, 2);
}

} // namespace detail

namespace {
const QString selectColumns =
    u"SELECT p.id, p.code, p.title, a.name, COALESCE(r.name, ''), p.objectives, p.action_area, "
    "p.requested_minor, p.currency, p.state, "
    "COALESCE(NULLIF(a.short_name, ''), a.name), COALESCE(NULLIF(r.short_name, ''), r.name, ''), "
    "p.stage, p.source, p.source_reference, p.start_date, p.end_date, p.summary, "
    "p.disaggregation, p.disaggregation_other, "
    "(SELECT group_concat(country, ',') FROM "
    " (SELECT country FROM proposal_country c WHERE c.proposal_id = p.id ORDER BY country)), "
    "COALESCE(w.code, '') "
    "FROM proposal p "
    "JOIN organisation a ON a.id = p.applicant_id "
    "LEFT JOIN organisation r ON r.id = p.partner_id "
    "LEFT JOIN funding_window w ON w.id = p.window_id "_s;

QStringList splitList(const QString &s)
{
    return s.split(u',', Qt::SkipEmptyParts);
}

Proposal fromRow(const Query &q)
{
    Proposal p;
    p.id = q.integer(0);
    p.code = q.text(1);
    p.title = q.text(2);
    p.applicant = q.text(3);
    p.partner = q.text(4);
    p.objectives = q.text(5);
    p.actionArea = q.text(6);
    p.requestedMinor = q.integer(7);
    p.currency = q.text(8);
    p.state = q.text(9);
    p.applicantShort = q.text(10);
    p.partnerShort = q.text(11);
    p.stage = q.text(12);
    p.source = q.text(13);
    p.sourceReference = q.text(14);
    p.start = detail::fromIso(q.text(15));
    p.end = detail::fromIso(q.text(16));
    p.summary = q.text(17);
    p.disaggregation = splitList(q.text(18));
    p.disaggregationOther = q.text(19);
    p.countries = splitList(q.text(20));
    p.window = q.text(21);
    return p;
}

} // namespace

QList<Error> validateDraft(const Proposal &p, bool newCode)
{
    QList<Error> out;
    const auto check = [&out](const Status &s) {
        if (!s)
            out.append(s.error());
    };
    static const QRegularExpression codeShape(u"^[A-Z0-9][A-Z0-9-]{1,31}$"_s);
    if (newCode && !codeShape.match(p.code).hasMatch())
        out.append(Error::badInput(u"code"_s, u"pipeline.code_shape"_s,
                                   {ErrorArg::txt(p.code.left(40))}));
    check(checkLine(u"title"_s, p.title, 250));
    const auto currency = findCurrency(p.currency);
    if (p.requestedMinor < 0)
        out.append(Error::badInput(u"requested"_s, u"pipeline.requested_negative"_s, {}));
    if (!currency)
        out.append(Error::badInput(u"currency"_s, u"pipeline.currency_unknown"_s,
                                   {ErrorArg::txt(p.currency.left(40))}));
    // Issue 17: a proposal's amounts stay within the own-currency limit, so an agenda's or a
    // dossier's sum of them cannot wrap.
    const QString code = currency ? p.currency : u"USD"_s;
    const auto money = [&code](qint64 minor) { return ErrorArg::money(minor, code); };
    if (p.requestedMinor > kMaxAmountMinor)
        out.append(Error::refused(u"requested"_s, u"pipeline.requested_past_limit"_s,
                                  {money(p.requestedMinor), ErrorArg::txt(code),
                                   money(kMaxAmountMinor)}));
    if (p.stage != u"concept"_s && p.stage != u"full"_s)
        out.append(Error::badInput(u"stage"_s, u"pipeline.stage_invalid"_s,
                                   {ErrorArg::txt(p.stage.left(40))}));
    if (!p.source.isEmpty() && !sources().contains(p.source))
        out.append(Error::badInput(u"source"_s, u"pipeline.source_invalid"_s,
                                   {ErrorArg::txt(p.source.left(40)),
                                    ErrorArg::txt(sources().join(u", "_s))}));
    check(checkLine(u"source_reference"_s, p.sourceReference, 120, true));
    QStringList unknown;
    for (const QString &c : p.countries) {
        if (!countries::isKnown(c))
            unknown << c.left(40);
    }
    if (!unknown.isEmpty())
        out.append(Error::badInput(u"countries"_s, u"pipeline.country_unknown"_s,
                                   {ErrorArg::txt(unknown.first())}));
    else if (p.countries.size() != QSet<QString>(p.countries.cbegin(), p.countries.cend()).size())
        out.append(Error::badInput(u"countries"_s, u"pipeline.country_twice"_s, {}));
    if (p.start.isValid() && p.end.isValid() && p.end <= p.start)
        out.append(Error::badInput(u"end"_s, u"pipeline.end_before_start"_s,
                                   {ErrorArg::day(p.end), ErrorArg::day(p.start)}));
    check(checkText(u"summary"_s, p.summary, 20000));
    for (const QString &d : p.disaggregation) {
        if (!disaggregations().contains(d)) {
            out.append(Error::badInput(u"disaggregation"_s, u"pipeline.disaggregation_invalid"_s,
                                       {ErrorArg::txt(d.left(40)),
                                        ErrorArg::txt(disaggregations().join(u", "_s))}));
            break;
        }
    }
    check(checkLine(u"disaggregation_other"_s, p.disaggregationOther, 200, true));
    if (!p.disaggregationOther.isEmpty() && !p.disaggregation.contains(u"other"_s))
        out.append(Error::badInput(u"disaggregation_other"_s, u"pipeline.disaggregation_other"_s,
                                   {}));
    std::optional<qint64> total = 0;
    for (const BudgetLine &b : p.budget) {
        const qsizetype before = out.size();
        check(checkLine(u"budget category"_s, b.category, 120));
        if (b.amountMinor < 0)
            out.append(Error::badInput(u"budget"_s, u"pipeline.budget_negative"_s,
                                       {ErrorArg::txt(b.category)}));
        if (b.amountMinor > kMaxAmountMinor)
            out.append(Error::refused(u"budget"_s, u"pipeline.budget_line_past_limit"_s,
                                      {ErrorArg::txt(b.category), money(b.amountMinor),
                                       ErrorArg::txt(code), money(kMaxAmountMinor)}));
        if (out.size() > before)
            break; // one line at a time: the first line at fault
        total = total ? addWithin(*total, b.amountMinor) : total;
        if (!total) {
            out.append(Error::refused(u"budget"_s, u"pipeline.budget_total_past_limit"_s,
                                      {money(kMaxAmountMinor), ErrorArg::txt(code)}));
            break;
        }
    }
    return out;
}

namespace {

/// Validates every field of a proposal (new, or as an edit would leave it) and resolves the
/// organisations. Completeness is not checked here: a draft may be incomplete until submitted.
struct Resolved
{
    qint64 applicantId = 0;
    QVariant partnerId;
    QVariant windowId;
    QList<qint64> recommendationIds;
};

Result<Resolved> validate(Database &db, const Proposal &p, const Proposal *before = nullptr)
{
    // The code is checked for a new proposal alone: an edit keeps the code it has.
    if (const QList<Error> draft = validateDraft(p, before == nullptr); !draft.isEmpty())
        return draft.first();
    // The fund's own objectives and areas (rows), not a fixed list.
    if (auto v = programme::checkObjectives(db, p.objectives); !v)
        return v.error();
    if (auto v = programme::checkArea(db, p.actionArea); !v)
        return v.error();
    Resolved r;
    if (!p.window.isEmpty()) {
        auto w = programme::window(db, p.window);
        if (!w)
            return Error::badInput(u"window"_s, u"pipeline.window_unknown"_s,
                                   {ErrorArg::txt(p.window.left(40))});
        r.windowId = w->id;
    }
    // A retired organisation stays on the proposals it is on, but is not put on another.
    const auto organisation = [&db, before](const QString &field, const QString &name,
                                            const QString &was) {
        return before && name == was ? organisations::find(db, name)
                                     : organisations::findForNew(db, field, name);
    };
    auto applicant = organisation(u"applicant"_s, p.applicant,
                                  before ? before->applicant : QString());
    if (!applicant)
        return applicant.error();
    r.applicantId = applicant->id;
    if (!p.partner.isEmpty()) {
        auto partner = organisation(u"partner"_s, p.partner, before ? before->partner : QString());
        if (!partner)
            return partner.error();
        r.partnerId = partner->id;
    }
    for (const QString &ref : p.recommendations) {
        auto id = Query::scalar(db, u"SELECT id FROM gfmd_recommendation WHERE reference = ?"_s,
                                {ref});
        if (!id)
            return id.error();
        if (*id == 0)
            return Error::badInput(u"recommendation"_s, u"pipeline.recommendation_unknown"_s,
                                   {ErrorArg::txt(ref.left(40))});
        r.recommendationIds.append(*id);
    }
    return r;
}

/// Writes the fields beyond the proposal row: countries, budget lines, recommendation links.
Status writeDetails(Database &db, qint64 id, const Proposal &p, const Resolved &r)
{
    for (const QString &sql : {u"DELETE FROM proposal_country WHERE proposal_id = ?"_s,
                               u"DELETE FROM budget_line WHERE proposal_id = ?"_s,
                               u"DELETE FROM proposal_recommendation WHERE proposal_id = ?"_s}) {
        Query del(db, sql);
        del.bind(id);
        if (auto s = del.exec(); !s)
            return s;
    }
    for (const QString &c : p.countries) {
        Query q(db, u"INSERT INTO proposal_country (proposal_id, country) VALUES (?, ?)"_s);
        q.bind(id).bind(c);
        if (auto s = q.exec(); !s)
            return s;
    }
    for (const BudgetLine &b : p.budget) {
        Query q(db, u"INSERT INTO budget_line (proposal_id, category, amount_minor) "
                    "VALUES (?, ?, ?)"_s);
        q.bind(id).bind(b.category.trimmed()).bind(b.amountMinor);
        if (auto s = q.exec(); !s)
            return s;
    }
    for (qint64 rec : r.recommendationIds) {
        Query q(db, u"INSERT OR IGNORE INTO proposal_recommendation "
                    "(proposal_id, recommendation_id) VALUES (?, ?)"_s);
        q.bind(id).bind(rec);
        if (auto s = q.exec(); !s)
            return s;
    }
    return {};
}

/// The values an add or edit wrote, for the audit trail.
/// `withWindow`: the proposal's window is recorded when it has one or an edit changed it, so the
/// audit rows of proposals outside any window read as they did before windows existed.
QJsonObject auditDetail(const Proposal &p, bool withWindow)
{
    QJsonArray budget;
    for (const BudgetLine &b : p.budget)
        budget.append(QJsonObject{{u"category"_s, b.category.trimmed()},
                                  {u"amount_minor"_s, QString::number(b.amountMinor)}});
    QJsonObject o{{u"code"_s, p.code},
            {u"title"_s, p.title.trimmed()},
            {u"applicant"_s, p.applicant},
            {u"partner"_s, p.partner},
            {u"objectives"_s, p.objectives},
            {u"action_area"_s, p.actionArea},
            {u"requested_minor"_s, QString::number(p.requestedMinor)},
            {u"currency"_s, p.currency},
            {u"stage"_s, p.stage},
            {u"source"_s, p.source},
            {u"source_reference"_s, p.sourceReference},
            {u"countries"_s, p.countries.join(u',')},
            {u"start"_s, detail::iso(p.start)},
            {u"end"_s, detail::iso(p.end)},
            {u"summary"_s, p.summary},
            {u"disaggregation"_s, p.disaggregation.join(u',')},
            {u"disaggregation_other"_s, p.disaggregationOther},
            {u"budget"_s, budget},
            {u"recommendations"_s, p.recommendations.join(u',')}};
    if (withWindow)
        o.insert(u"window"_s, p.window);
    return o;
}

Proposal normalised(Proposal p)
{
    p.countries.sort();
    QStringList d;
    for (const QString &x : disaggregations()) { // in the canonical order, once each
        if (p.disaggregation.contains(x))
            d.append(x);
    }
    for (const QString &x : p.disaggregation) { // unknown values stay, for validate() to refuse
        if (!disaggregations().contains(x))
            d.append(x);
    }
    p.disaggregation = d;
    return p;
}
} // namespace

Result<qint64> add(Database &db, const Proposal &input)
{
    const Proposal p = normalised(input);
    auto r = validate(db, p);
    if (!r)
        return r.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto dup = Query::scalar(db, u"SELECT COUNT(*) FROM proposal WHERE code = ?"_s, {p.code});
    if (!dup)
        return dup.error();
    if (*dup > 0)
        return Error::refused(u"code"_s, u"pipeline.code_exists"_s, {ErrorArg::txt(p.code)});
    Query q(db, u"INSERT INTO proposal (code, title, applicant_id, partner_id, objectives, "
                "action_area, requested_minor, currency, state, created_at, stage, source, "
                "source_reference, start_date, end_date, summary, disaggregation, "
                "disaggregation_other, window_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(p.code).bind(p.title.trimmed()).bind(r->applicantId).bind(r->partnerId);
    q.bind(p.objectives).bind(p.actionArea).bind(p.requestedMinor).bind(p.currency);
    q.bind(Clock::stamp()).bind(p.stage).bind(p.source).bind(p.sourceReference.trimmed());
    q.bind(detail::iso(p.start)).bind(detail::iso(p.end)).bind(p.summary);
    q.bind(p.disaggregation.join(u',')).bind(p.disaggregationOther.trimmed()).bind(r->windowId);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId();
    if (auto s = writeDetails(db, id, p, *r); !s)
        return s.error();
    QJsonObject detail = auditDetail(p, !p.window.isEmpty());
    detail.insert(u"id"_s, id);
    if (auto s = audit::record(db, u"proposal.add"_s, detail); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status edit(Database &db, const QString &code, const ProposalChange &c)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto found = find(db, code);
    if (!found)
        return found.error();
    Proposal p = *found;
    static const QStringList editable{u"draft"_s, u"submitted"_s, u"screening"_s,
                                      u"in_review"_s, u"deferred"_s};
    if (!editable.contains(p.state))
        return detail::refusal(code, part(u"pipeline.what.edit"_s),
                               part(u"pipeline.why.fixed"_s, {stateLabels({p.state})}));
    if (c.stage && *c.stage == u"concept"_s && p.stage == u"full"_s)
        return detail::refusal(code, part(u"pipeline.what.edit"_s),
                               part(u"pipeline.why.no_back_to_concept"_s));
    // Amounts are minor units of the proposal's currency: a new currency needs new amounts, or
    // 1000.00 USD would silently become 100000 JPY.
    if (c.currency && *c.currency != p.currency
        && (!c.requestedMinor || (!c.budget && !p.budget.isEmpty())))
        return Error::badInput(u"currency"_s, u"pipeline.currency_change"_s, {});
    auto set = [](auto &field, const auto &opt) {
        if (opt)
            field = *opt;
    };
    set(p.title, c.title);
    set(p.applicant, c.applicant);
    set(p.partner, c.partner);
    set(p.objectives, c.objectives);
    set(p.actionArea, c.actionArea);
    set(p.window, c.window);
    set(p.requestedMinor, c.requestedMinor);
    set(p.currency, c.currency);
    set(p.stage, c.stage);
    set(p.source, c.source);
    set(p.sourceReference, c.sourceReference);
    set(p.countries, c.countries);
    set(p.start, c.start);
    set(p.end, c.end);
    set(p.summary, c.summary);
    set(p.disaggregation, c.disaggregation);
    set(p.disaggregationOther, c.disaggregationOther);
    set(p.budget, c.budget);
    set(p.recommendations, c.recommendations);
    p = normalised(p);
    auto r = validate(db, p, &*found);
    if (!r)
        return r.error();
    if (p.stage == u"full"_s && found->stage == u"concept"_s) {
        // The second stage of intake: a full proposal must carry everything a submission needs.
        if (const QList<Error> missing = missingItems(p); !missing.isEmpty())
            return detail::refusal(code, part(u"pipeline.what.become_full"_s),
                                   part(u"pipeline.why.missing"_s,
                                        {ErrorArg::nested(listOf(missing))}));
    }
    Query q(db, u"UPDATE proposal SET title = ?, applicant_id = ?, partner_id = ?, "
                "objectives = ?, action_area = ?, requested_minor = ?, currency = ?, stage = ?, "
                "source = ?, source_reference = ?, start_date = ?, end_date = ?, summary = ?, "
                "disaggregation = ?, disaggregation_other = ?, window_id = ? WHERE id = ?"_s);
    q.bind(p.title.trimmed()).bind(r->applicantId).bind(r->partnerId).bind(p.objectives);
    q.bind(p.actionArea).bind(p.requestedMinor).bind(p.currency).bind(p.stage).bind(p.source);
    q.bind(p.sourceReference.trimmed()).bind(detail::iso(p.start)).bind(detail::iso(p.end));
    q.bind(p.summary).bind(p.disaggregation.join(u',')).bind(p.disaggregationOther.trimmed());
    q.bind(r->windowId).bind(p.id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = writeDetails(db, p.id, p, *r); !s)
        return s;
    if (auto s = audit::record(db, u"proposal.edit"_s,
                               auditDetail(p, c.window.has_value() || !p.window.isEmpty()));
        !s)
        return s;
    return tx.commit();
}

Result<QList<Proposal>> list(Database &db)
{
    Query q(db, selectColumns + u"ORDER BY p.code"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Proposal> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<Proposal>> listBrief(Database &db)
{
    struct Org
    {
        QString name;
        QString shortName;
    };
    QHash<qint64, Org> orgs;
    Query o(db, u"SELECT id, name, COALESCE(NULLIF(short_name, ''), name) FROM organisation"_s);
    if (auto s = o.exec(); !s)
        return s.error();
    while (o.next())
        orgs.insert(o.integer(0), {o.text(1), o.text(2)});
    Query q(db, u"SELECT p.id, p.code, p.title, p.applicant_id, COALESCE(p.partner_id, 0), "
                "p.objectives, p.action_area, p.requested_minor, p.currency, p.state, p.stage, "
                "COALESCE(w.code, '') FROM proposal p "
                "LEFT JOIN funding_window w ON w.id = p.window_id ORDER BY p.code"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Proposal> out;
    while (q.next()) {
        Proposal p;
        p.id = q.integer(0);
        p.code = q.text(1);
        p.title = q.text(2);
        const Org applicant = orgs.value(q.integer(3));
        const Org partner = orgs.value(q.integer(4));
        p.applicant = applicant.name;
        p.applicantShort = applicant.shortName;
        p.partner = partner.name;
        p.partnerShort = partner.shortName;
        p.objectives = q.text(5);
        p.actionArea = q.text(6);
        p.requestedMinor = q.integer(7);
        p.currency = q.text(8);
        p.state = q.text(9);
        p.stage = q.text(10);
        p.window = q.text(11);
        out.append(std::move(p));
    }
    return out;
}

Result<Proposal> find(Database &db, const QString &code)
{
    Query q(db, selectColumns + u"WHERE p.code = ?"_s);
    q.bind(code);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"proposal"_s, u"pipeline.proposal_not_found"_s,
                               {ErrorArg::txt(code.left(40))});
    Proposal p = fromRow(q);
    Query b(db, u"SELECT category, amount_minor FROM budget_line WHERE proposal_id = ? "
                "ORDER BY id"_s);
    b.bind(p.id);
    if (auto s = b.exec(); !s)
        return s.error();
    while (b.next())
        p.budget.append({b.text(0), b.integer(1)});
    Query r(db, u"SELECT g.reference FROM proposal_recommendation l "
                "JOIN gfmd_recommendation g ON g.id = l.recommendation_id "
                "WHERE l.proposal_id = ? ORDER BY g.reference"_s);
    r.bind(p.id);
    if (auto s = r.exec(); !s)
        return s.error();
    while (r.next())
        p.recommendations.append(r.text(0));
    return p;
}

Result<QList<ProposalMove>> history(Database &db, const QString &code)
{
    return detail::proposalRows(
        db, code,
        u"SELECT from_state, to_state, at, actor, note FROM proposal_move "
        "WHERE proposal_id = ? ORDER BY id"_s,
        [](const Query &q) {
            return ProposalMove{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)};
        });
}

QList<Error> missingItems(const Proposal &p)
{
    // A concept note needs enough to screen; a full proposal needs everything review and the
    // Committee read. Action area A is about data, so it must say how its data is disaggregated.
    QList<Error> missing;
    const auto lacks = [&missing](const char *item, QList<ErrorArg> args = {}) {
        missing << part(u"pipeline.missing."_s + QLatin1StringView(item), std::move(args));
    };
    if (p.objectives.isEmpty())
        lacks("objectives");
    if (p.actionArea.isEmpty())
        lacks("action_area");
    if (p.source.isEmpty())
        lacks("source");
    else if (p.source == u"gfmd_recommendation"_s && p.sourceReference.trimmed().isEmpty())
        lacks("source_reference");
    if (p.countries.isEmpty())
        lacks("countries");
    if (p.summary.trimmed().isEmpty())
        lacks("summary");
    if (p.requestedMinor <= 0)
        lacks("requested");
    if (p.stage == u"concept"_s)
        return missing;
    if (p.partner.isEmpty())
        lacks("partner");
    if (!p.start.isValid())
        lacks("start");
    if (!p.end.isValid())
        lacks("end");
    if (p.budget.isEmpty()) {
        lacks("budget_lines");
    } else {
        // A form not yet validated (the desktop editor's) may hold any 64-bit amounts: summed
        // within the own-currency limit, never wrapped (issue 17).
        std::optional<qint64> total = 0;
        for (const BudgetLine &b : p.budget)
            total = total ? addWithin(*total, b.amountMinor) : total;
        const QString currency = p.currency;
        if (!total) {
            lacks("budget_past_limit",
                  {ErrorArg::money(kMaxAmountMinor, currency), ErrorArg::txt(currency)});
        } else if (*total != p.requestedMinor) {
            lacks("budget_total", {ErrorArg::money(*total, currency), ErrorArg::txt(currency),
                                   ErrorArg::money(p.requestedMinor, currency)});
        }
    }
    if (p.actionArea == u"A"_s && p.disaggregation.isEmpty())
        lacks("disaggregation");
    return missing;
}

QStringList missingForSubmission(const Proposal &p)
{
    QStringList out;
    for (const Error &e : missingItems(p))
        out << e.message;
    return out;
}

Result<QList<std::pair<QString, qint64>>> countByState(Database &db)
{
    Query q(db, u"SELECT state, COUNT(*) FROM proposal GROUP BY state"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QHash<QString, qint64> n;
    while (q.next())
        n.insert(q.text(0), q.integer(1));
    QList<std::pair<QString, qint64>> out;
    for (const QString &s : states())
        out.append({s, n.value(s)});
    return out;
}

} // namespace imdp::core::pipeline
