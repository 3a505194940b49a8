// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/reports/dgf.h"
#include "core/reports/checkedsum.h"

#include "core/clock.h"
#include "core/committee/meetings.h"
#include "core/committee/members.h"
#include "core/fund/fund.h"
#include "core/ledger/position.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/review.h"
#include "core/storage/audit.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

using document::Align;

namespace dgf {

const QStringList &narratives()
{
    static const QStringList n{u"basis"_s, u"governance"_s, u"evaluation"_s};
    return n;
}

QString settingKey(const QString &narrative)
{
    return u"dgf_"_s + narrative;
}

namespace {

Status checkName(const QString &name)
{
    if (!narratives().contains(name))
        return Error::badInput(
            u"narrative"_s, u"reports.narrative_one"_s,
            {ErrorArg::txt(name.left(40)), ErrorArg::txt(narratives().join(u", "_s))});
    return {};
}

} // namespace

Result<QString> narrative(Database &db, const QString &name)
{
    if (auto st = checkName(name); !st)
        return st.error();
    auto v = fund::settingOr(db, settingKey(name), {});
    if (!v)
        return v;
    return v->trimmed();
}

Status setNarrative(Database &db, const QString &name, const QString &text)
{
    if (auto st = checkName(name); !st)
        return st;
    const QString value = text.trimmed();
    if (auto st = checkText(name, value); !st)
        return st;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto before = narrative(db, name);
    if (!before)
        return before.error();
    Query q(db, u"INSERT INTO fund_setting (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.bind(settingKey(name)).bind(value);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"dgf.narrative"_s,
                               {{u"narrative"_s, name}, {u"from"_s, *before}, {u"to"_s, value}});
        !s)
        return s;
    return tx.commit();
}

} // namespace dgf

Result<DgfPack> dgfPack(Database &db, const Parameters &p)
{
    DgfPack r;
    r.at = p.to.isValid() ? p.to : Clock::today();
    // DOMAIN.md's calendar: preliminary proposal early December, formal request mid-January.
    // In January the cycle is the one whose preliminary proposal went in the December before.
    r.cycle = r.at.month() == 1 ? r.at.year() - 1 : r.at.year();
    const std::pair<QString *, QString> texts[] = {
        {&r.basis, u"basis"_s}, {&r.governance, u"governance"_s}, {&r.evaluation, u"evaluation"_s}};
    for (const auto &[text, name] : texts) {
        auto v = dgf::narrative(db, name);
        if (!v)
            return v.error();
        *text = *v;
    }

    auto orgs = organisations::list(db);
    if (!orgs)
        return orgs.error();
    QHash<QString, Organisation> byName;
    for (const Organisation &o : *orgs)
        byName.insert(o.name, o);
    auto pos = ledger::position(db, r.at);
    if (!pos)
        return pos.error();
    CheckedSum signedSum, prospectiveSum, both;
    for (const ledger::DonorPosition &d : pos->byDonor) {
        CheckedSum row;
        row += d.pledged;
        row += d.prospective;
        if (!row.fits())
            return totalOutOfRange(u"DGF application: pledges of %1"_s.arg(d.donor));
        if (d.source == u"bank"_s || row.value() == 0)
            continue;
        r.donors.append({d.donor, byName.value(d.donor).kind, d.pledged, d.prospective});
        signedSum += d.pledged;
        prospectiveSum += d.prospective;
        both += row.value();
    }
    if (!signedSum.fits() || !prospectiveSum.fits() || !both.fits())
        return totalOutOfRange(u"DGF application: potential donors"_s);

    auto list = pipeline::list(db);
    if (!list)
        return list.error();
    QMap<QString, DgfPartner> partners;
    for (const Organisation &o : *orgs) {
        if (o.gmgMember)
            partners.insert(o.name, {o.name, o.kind, true, 0, 0});
    }
    for (const Proposal &prop : *list) {
        if (prop.partner.isEmpty() || prop.state == u"withdrawn"_s)
            continue;
        DgfPartner &d = partners[prop.partner];
        if (d.name.isEmpty()) {
            const Organisation o = byName.value(prop.partner);
            d = {prop.partner, o.kind, o.gmgMember, 0, 0};
        }
        ++d.proposals;
        if (pipeline::isAllocated(prop.state))
            ++d.funded;
    }
    r.partners = partners.values();

    auto members = members::serving(db, r.at);
    if (!members)
        return members.error();
    for (const Member &m : *members)
        r.members.append({m.name, m.organisation, m.constituency, m.role, m.termStart, m.termEnd});
    auto quorum = meetings::quorumSetting(db);
    if (!quorum)
        return quorum.error();
    r.quorum = *quorum;

    auto rubric = review::rubric(db);
    if (!rubric)
        return rubric.error();
    for (const review::Criterion &c : *rubric)
        r.rubric.append({c.label, c.weight});
    auto settings = pipeline::settings(db);
    if (!settings)
        return settings.error();
    r.reviewsRequired = settings->reviewsRequired;
    r.spreadThresholdHundredths = settings->reviewSpreadThresholdHundredths;
    auto rules = pipeline::obligationRules(db);
    if (!rules)
        return rules.error();
    for (const pipeline::ObligationRule &o : *rules)
        r.obligations.append({o.kind, o.anchor, o.offsetMonths, o.everyMonths, o.minUsdMinor,
                              o.description});

    auto cap = funding::capStatus(db);
    if (!cap)
        return cap.error();
    r.cap = *cap;
    auto years = funding::capByFiscalYear(db);
    if (!years)
        return years.error();
    r.capYears = *years;
    return r;
}

namespace {

QString yesNo(Lang lang, bool yes)
{
    return yes ? word(lang, QT_TRANSLATE_NOOP("Report", "Yes"))
               : word(lang, QT_TRANSLATE_NOOP("Report", "No"));
}

/// A narrative as printed: the text, or a mark that says plainly it is still to be written and
/// how to write it. Never a placeholder that could pass for the fund's own words.
QString narrativeText(Lang lang, const QString &text, const QString &name)
{
    if (!text.isEmpty())
        return text;
    return word(lang, QT_TRANSLATE_NOOP(
                          "Report",
                          "[NOT YET WRITTEN] The secretariat has not written this text. Record it "
                          "with: imdp dgf text FILE %1 --file TEXT.txt"))
        .arg(name);
}

void begin(Statement &s, const DgfPack &r, Lang lang, const QString &id, const QString &title)
{
    s.id = id;
    s.lang = lang;
    s.title = title;
    s.period = word(lang, QT_TRANSLATE_NOOP("Report", "As at")) + u' ' + longDate(lang, r.at);
    s.fields = {
        {word(lang, QT_TRANSLATE_NOOP("Report", "Total funding requested")),
         Cell::money(r.cap.plan.total)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Bank resources (DGF)")),
         Cell::money(r.cap.plan.bank)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Bank share")), Cell::percent(r.cap.plan.shareBps)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Cap")), Cell::percent(r.cap.capBps)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Within the cap")),
         Cell::txt(yesNo(lang, r.cap.plan.compliant))}};
}

Sheet calendar(const DgfPack &r, Lang lang)
{
    Sheet t{u"Calendar"_s,
            word(lang, QT_TRANSLATE_NOOP("Report", "Calendar")),
            {{word(lang, QT_TRANSLATE_NOOP("Report", "Step")), Align::Left, 3},
             {word(lang, QT_TRANSLATE_NOOP("Report", "When")), Align::Left, 3},
             {word(lang, QT_TRANSLATE_NOOP("Report", "What it contains")), Align::Left, 6}},
            {},
            {},
            {},
            {}};
    t.rows = {
        {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Preliminary proposal"))),
         Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Early December %1")).arg(r.cycle)),
         Cell::txt(word(lang, QT_TRANSLATE_NOOP(
                                  "Report", "Potential donors, DGF partners, substantive basis")))},
        {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Formal request"))),
         Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Mid-January %1")).arg(r.cycle + 1)),
         Cell::txt(word(
             lang,
             QT_TRANSLATE_NOOP("Report", "Governance structure: Oversight Committee and evaluation "
                                         "mechanisms")))},
        {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Review by the World Bank"))),
         Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "March to May %1")).arg(r.cycle + 1)),
         Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Both parts, with the cap table")))},
        {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Report on results"))),
         Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Next GFMD meeting"))),
         Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Results of the funded activities")))}};
    t.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
                Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "%1 steps")).arg(t.rows.size())),
                Cell::empty()};
    return t;
}

Sheet capTable(const DgfPack &r, Lang lang)
{
    Sheet t{u"Cap"_s,
            word(lang, QT_TRANSLATE_NOOP("Report", "Bank resources and the cap")),
            {{word(lang, QT_TRANSLATE_NOOP("Report", "Fiscal year")), Align::Left, 6},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Bank resources (DGF)")), Align::Right, 6},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Other funding")), Align::Right, 7},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Total funding requested")), Align::Right, 6},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Bank share")), Align::Right, 4},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Cap")), Align::Right, 4},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Within the cap")), Align::Left, 4}},
            {},
            {},
            {},
            {}};
    for (const FiscalYearCap &y : r.capYears) {
        const CapFigures &f = y.status.plan;
        const QString year = u"FY%1 (%2 – %3)"_s
                                 .arg(y.fiscalYear % 100, 2, 10, QLatin1Char('0'))
                                 .arg(y.start.toString(Qt::ISODate), y.end.toString(Qt::ISODate));
        t.rows.append({Cell::txt(year), Cell::money(f.bank), Cell::money(f.other), Cell::money(f.total),
                       Cell::percent(f.shareBps), Cell::percent(y.status.capBps),
                       Cell::txt(yesNo(lang, f.compliant))});
    }
    const CapFigures &f = r.cap.plan;
    t.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Whole fund"))),
                Cell::money(f.bank),
                Cell::money(f.other),
                Cell::money(f.total),
                Cell::percent(f.shareBps),
                Cell::percent(r.cap.capBps),
                Cell::txt(yesNo(lang, f.compliant))};
    t.note =
        word(lang,
             QT_TRANSLATE_NOOP(
                 "Report", "Funding requested: every pledge not cancelled, prospective ones "
                           "included, at its recorded rate, by fiscal year of its date. The Bank's "
                           "resources may not exceed the cap: 10000 × bank ≤ cap × total, in whole "
                           "cents. The share is rounded down to 0.01%."));
    return t;
}

} // namespace

Statement presentPreliminary(const DgfPack &r, Lang lang)
{
    Statement s;
    begin(s, r, lang, u"dgf-preliminary"_s,
          word(lang, QT_TRANSLATE_NOOP("Report", "DGF application: preliminary proposal")));

    Sheet donors{u"Potential donors"_s,
                 word(lang, QT_TRANSLATE_NOOP("Report", "Potential donors")),
                 {{word(lang, QT_TRANSLATE_NOOP("Report", "Donor")), Align::Left, 4},
                  {word(lang, QT_TRANSLATE_NOOP("Report", "Kind")), Align::Left, 2},
                  {word(lang, QT_TRANSLATE_NOOP("Report", "Signed pledges")), Align::Right, 2},
                  {word(lang, QT_TRANSLATE_NOOP("Report", "Prospective pledges")), Align::Right, 2},
                  {word(lang, QT_TRANSLATE_NOOP("Report", "Total")), Align::Right, 2}},
                 {},
                 {},
                 {},
                 {}};
    // 128-bit totals, checked by dgfPack() (which refuses a file whose totals leave the range).
    CheckedSum signedSum, prospectiveSum, both;
    for (const DgfDonor &d : r.donors) {
        CheckedSum row;
        row += d.pledged;
        row += d.prospective;
        donors.rows.append(
            {Cell::txt(d.name), Cell::txt(label(lang, i18n::Kind::OrganisationKind, d.kind)),
             Cell::money(d.pledged), Cell::money(d.prospective), Cell::money(row.value())});
        signedSum += d.pledged;
        prospectiveSum += d.prospective;
        both += row.value();
    }
    donors.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))), Cell::empty(),
                     Cell::money(signedSum.value()), Cell::money(prospectiveSum.value()),
                     Cell::money(both.value())};
    donors.note =
        word(lang,
             QT_TRANSLATE_NOOP("Report",
                               "Donors other than the Bank with a pledge that is not cancelled, in "
                               "US dollars at the pledges' recorded rates."));

    Sheet partners{u"DGF partners"_s,
                   word(lang, QT_TRANSLATE_NOOP("Report", "DGF partners")),
                   {{word(lang, QT_TRANSLATE_NOOP("Report", "Organisation")), Align::Left, 10},
                    {word(lang, QT_TRANSLATE_NOOP("Report", "Kind")), Align::Left, 8},
                    {word(lang, QT_TRANSLATE_NOOP("Report", "GMG member")), Align::Left, 3},
                    {word(lang, QT_TRANSLATE_NOOP("Report", "Proposals")), Align::Right, 4},
                    {word(lang, QT_TRANSLATE_NOOP("Report", "Funded projects")), Align::Right, 4}},
                   {},
                   {},
                   {},
                   {}};
    qint64 proposals = 0, funded = 0;
    for (const DgfPartner &d : r.partners) {
        partners.rows.append(
            {Cell::txt(d.name), Cell::txt(label(lang, i18n::Kind::OrganisationKind, d.kind)),
             Cell::txt(yesNo(lang, d.gmgMember)), Cell::count(d.proposals), Cell::count(d.funded)});
        proposals += d.proposals;
        funded += d.funded;
    }
    partners.totals = {
        Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
        Cell::txt(
            word(lang, QT_TRANSLATE_NOOP("Report", "%1 organisations")).arg(r.partners.size())),
        Cell::empty(), Cell::count(proposals), Cell::count(funded)};
    partners.note =
        word(lang, QT_TRANSLATE_NOOP("Report",
                                     "Members of the Global Migration Group and the organisations "
                                     "named as implementing partner of a proposal (withdrawn ones "
                                     "aside)."));

    Sheet basis{u"Substantive basis"_s,
                word(lang, QT_TRANSLATE_NOOP("Report", "Substantive basis")),
                {},
                {},
                {},
                {},
                {}};
    basis.text = narrativeText(lang, r.basis, u"basis"_s);

    s.sheets = {calendar(r, lang), donors, partners, basis, capTable(r, lang)};
    return s;
}

Statement presentFormal(const DgfPack &r, Lang lang)
{
    Statement s;
    begin(s, r, lang, u"dgf-formal"_s,
          word(lang, QT_TRANSLATE_NOOP("Report", "DGF application: formal request")));

    Sheet governance{u"Governance"_s,
                     word(lang, QT_TRANSLATE_NOOP("Report", "Governance structure")),
                     {},
                     {},
                     {},
                     {},
                     {}};
    governance.text = narrativeText(lang, r.governance, u"governance"_s);

    Sheet committee{u"Oversight Committee"_s,
                    word(lang, QT_TRANSLATE_NOOP("Report", "Oversight Committee")),
                    {{word(lang, QT_TRANSLATE_NOOP("Report", "Name")), Align::Left, 6},
                     {word(lang, QT_TRANSLATE_NOOP("Report", "Organisation")), Align::Left, 7},
                     {word(lang, QT_TRANSLATE_NOOP("Report", "Constituency")), Align::Left, 6},
                     {word(lang, QT_TRANSLATE_NOOP("Report", "Role")), Align::Left, 5},
                     {word(lang, QT_TRANSLATE_NOOP("Report", "Term")), Align::Left, 6}},
                    {},
                    {},
                    {},
                    {}};
    int voting = 0;
    for (const DgfMember &m : r.members) {
        const QString term =
            m.termEnd.isValid()
                ? word(lang, QT_TRANSLATE_NOOP("Report", "%1 to %2"))
                      .arg(m.termStart.toString(Qt::ISODate), m.termEnd.toString(Qt::ISODate))
                : word(lang, QT_TRANSLATE_NOOP("Report", "from %1"))
                      .arg(m.termStart.toString(Qt::ISODate));
        committee.rows.append({Cell::txt(m.name), Cell::txt(m.organisation),
                               Cell::txt(label(lang, i18n::Kind::Constituency, m.constituency)),
                               Cell::txt(label(lang, i18n::Kind::MemberRole, m.role)),
                               Cell::txt(term)});
        if (m.role != u"observer"_s)
            ++voting;
    }
    committee.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
                        Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "%1 members, %2 voting"))
                                      .arg(r.members.size())
                                      .arg(voting)),
                        Cell::empty(), Cell::empty(), Cell::empty()};
    committee.note =
        r.quorum > 0
            ? word(lang, QT_TRANSLATE_NOOP("Report", "Quorum: %1 voting members.")).arg(r.quorum)
            : word(lang, QT_TRANSLATE_NOOP("Report", "Quorum: a majority of the voting members."));

    Sheet evaluation{u"Evaluation"_s,
                     word(lang, QT_TRANSLATE_NOOP("Report", "Evaluation mechanisms")),
                     {{word(lang, QT_TRANSLATE_NOOP("Report", "Review criterion")), Align::Left, 5},
                      {word(lang, QT_TRANSLATE_NOOP("Report", "Weight")), Align::Right, 1}},
                     {},
                     {},
                     {},
                     {}};
    evaluation.text = narrativeText(lang, r.evaluation, u"evaluation"_s);
    qint64 weights = 0;
    for (const DgfCriterion &c : r.rubric) {
        evaluation.rows.append({Cell::txt(c.label), Cell::count(c.weight)});
        weights += c.weight;
    }
    evaluation.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
                         Cell::count(weights)};
    evaluation.note =
        word(lang,
             QT_TRANSLATE_NOOP(
                 "Report",
                 "Each proposal needs %1 completed reviews against this rubric before it can "
                 "be recommended to the Committee; reviews of one proposal whose means differ "
                 "by more than %2 points are flagged."))
            .arg(r.reviewsRequired)
            .arg(u"%1%2%3"_s.arg(r.spreadThresholdHundredths / 100)
                     .arg(QLocale(langCode(lang)).decimalPoint())
                     .arg(r.spreadThresholdHundredths % 100, 2, 10, QLatin1Char('0')));

    Sheet reporting{
        u"Reporting obligations"_s,
        word(lang, QT_TRANSLATE_NOOP("Report", "Reporting obligations")),
        {{word(lang, QT_TRANSLATE_NOOP("Report", "Report")), Align::Left, 6},
         {word(lang, QT_TRANSLATE_NOOP("Report", "Counted from")), Align::Left, 6},
         {word(lang, QT_TRANSLATE_NOOP("Report", "Months after")), Align::Right, 3},
         {word(lang, QT_TRANSLATE_NOOP("Report", "Then every (months)")), Align::Right, 3},
         {word(lang, QT_TRANSLATE_NOOP("Report", "From an allocation of")), Align::Right, 4}},
        {},
        {},
        {},
        {}};
    for (const DgfObligation &o : r.obligations) {
        reporting.rows.append({Cell::txt(label(lang, i18n::Kind::ReportKind, o.kind)),
                               Cell::txt(label(lang, i18n::Kind::Anchor, o.anchor)),
                               Cell::count(o.offsetMonths), Cell::count(o.everyMonths),
                               Cell::money(o.minUsdMinor)});
    }
    reporting.totals = {
        Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
        Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "%1 rules")).arg(r.obligations.size())),
        Cell::empty(), Cell::empty(), Cell::empty()};
    reporting.note =
        word(lang, QT_TRANSLATE_NOOP("Report",
                                     "Partners report against these rules; the fund tracks each "
                                     "report's due date and receipt. Every (months) 0: once."));

    s.sheets = {calendar(r, lang), governance, committee, evaluation, reporting,
                capTable(r, lang)};
    return s;
}

} // namespace imdp::core::reports
