// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The standard trust-fund statement (issue 18): its figures from the journal and its presentation.
// The sources-and-uses statement and the shared helpers are in financial.cpp.
#include "core/reports/financial.h"
#include "core/reports/checkedsum.h"
#include "core/reports/statementparts.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/i18n/i18n.h"
#include "core/ledger/projects.h"
#include "core/ledger/opening.h"
#include "core/pipeline/proposals.h"
#include "core/storage/audit.h"
#include "core/storage/query.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

using document::Align;
using document::Column;

using namespace detail;

// ---- The standard trust-fund statement (issue 18) ---------------------------------------------

namespace {

/// The sums of one span, in 128 bits, narrowed once at the end.
struct FigureSums
{
    Int128 contributions = 0, income = 0, interest = 0, toPartners = 0, toFunds = 0, refunds = 0,
           fees = 0, direct = 0, bank = 0, expenditure = 0;
};

Result<qint64> narrowed(Int128 v, const char16_t *what)
{
    if (v > std::numeric_limits<qint64>::max() || v < -std::numeric_limits<qint64>::max())
        return Error::badInput(u"statement"_s, u"reports.statement_beyond_largest_amount"_s,
                               {ErrorArg::txt(QString::fromUtf16(what))});
    return qint64(v);
}

Result<StatementFigures> figuresOf(const FigureSums &in)
{
    const Int128 totalSources = in.contributions + in.income + in.interest;
    const Int128 subtotal = in.toPartners + in.toFunds;
    const Int128 totalUses = subtotal - in.refunds + in.fees + in.direct + in.bank;
    const Int128 agent = totalSources - totalUses;
    const Int128 partnerExpenses = in.expenditure + in.refunds;
    const Int128 partners = in.toPartners - partnerExpenses;
    StatementFigures f;
    const std::initializer_list<std::tuple<qint64 *, Int128, const char16_t *>> all{
        {&f.contributions, in.contributions, u"contributions"},
        {&f.investmentIncome, in.income, u"investment income"},
        {&f.partnerInterest, in.interest, u"partner interest"},
        {&f.totalSources, totalSources, u"total sources"},
        {&f.transfersToPartners, in.toPartners, u"transfers to partners"},
        {&f.transfersToFunds, in.toFunds, u"transfers to other funds"},
        {&f.subtotalTransfers, subtotal, u"sub-total transfers"},
        {&f.refunds, in.refunds, u"refunds"},
        {&f.fees, in.fees, u"fees"},
        {&f.directCosts, in.direct, u"direct costs"},
        {&f.bankCharges, in.bank, u"bank charges"},
        {&f.totalUses, totalUses, u"total uses"},
        {&f.balanceWithAgent, agent, u"balance with the agent"},
        {&f.partnerExpenditure, in.expenditure, u"partner expenditure"},
        {&f.partnerTotalExpenses, partnerExpenses, u"partner total expenses"},
        {&f.balanceWithPartners, partners, u"balance with partners"},
        {&f.totalBalance, agent + partners, u"total balance"}};
    for (const auto &[to, v, what] : all) {
        auto n = narrowed(v, what);
        if (!n)
            return n.error();
        *to = *n;
    }
    f.agentBalanceBpsOfDeposits = roundedShare(f.balanceWithAgent, f.contributions, 10000);
    f.partnerBalanceBpsOfTransfers =
        roundedShare(f.balanceWithPartners, f.transfersToPartners, 10000);
    f.totalBalanceBpsOfDeposits = roundedShare(f.totalBalance, f.contributions, 10000);
    f.agentBalancePermille = roundedShare(f.balanceWithAgent, f.contributions, 1000);
    f.partnerBalancePermille = roundedShare(f.balanceWithPartners, f.transfersToPartners, 1000);
    f.totalBalancePermille = roundedShare(f.totalBalance, f.contributions, 1000);
    return f;
}

struct PartnerSums
{
    Int128 transferred = 0, expenditure = 0, refunded = 0;
    QStringList partners;
};

Result<QList<PartnerFigures>> partnerLines(const QMap<QString, PartnerSums> &by)
{
    QList<PartnerFigures> out;
    for (auto it = by.cbegin(); it != by.cend(); ++it) {
        PartnerFigures l;
        l.name = it.key();
        l.partner = it->partners.join(u", "_s);
        for (const auto &[to, v] :
             {std::pair{&l.transferred, it->transferred},
              std::pair{&l.expenditure, it->expenditure}, std::pair{&l.refunded, it->refunded},
              std::pair{&l.balance, it->transferred - it->expenditure - it->refunded}}) {
            auto n = narrowed(v, u"a partner's total");
            if (!n)
                return n.error();
            *to = *n;
        }
        if (l.transferred == 0 && l.expenditure == 0 && l.refunded == 0)
            continue;
        l.deliveryPermille = roundedShare(l.expenditure, l.transferred, 1000);
        out.append(l);
    }
    return out;
}

} // namespace

Result<FundStatement> fundStatement(Database &db, const Parameters &p)
{
    FundStatement r;
    r.to = endOf(p);
    r.from = p.from;
    if (!r.from.isValid()) {
        Query first(db, u"SELECT COALESCE(MIN(date), '') FROM journal_entry"_s);
        if (auto s = first.exec(); !s)
            return s.error();
        const QDate d = first.next() ? QDate::fromString(first.text(0), Qt::ISODate) : QDate();
        r.from = d.isValid() && d < r.to ? d : r.to;
    }
    if (r.from > r.to)
        return Error::badInput(u"from"_s, u"reports.period_starts_after_ends_2"_s, {});

    FigureSums period, cumulative;
    QMap<QString, Int128> donorsPeriod, donorsCumulative;
    QMap<QString, PartnerSums> partners, projects;
    // One group of postings: an account, a flow, in the period or before it, a donor, a project
    // and a partner (the last three as names), and its sum.
    const auto take = [&](const QString &account, const QString &flow, bool inPeriod,
                          const QString &donor, const QString &project, const QString &partner,
                          qint64 v) {
        Int128 FigureSums::*field = nullptr;
        Int128 PartnerSums::*partnerField = nullptr;
        Int128 sign = 1;
        if (account == u"cash"_s) {
            if (flow != u"receipt"_s)
                return; // every other cash movement has its own account below
            field = &FigureSums::contributions;
            donorsCumulative[donor] += v;
            if (inPeriod)
                donorsPeriod[donor] += v;
        } else if (account == u"investment_income"_s) {
            field = &FigureSums::income;
            sign = -1;
        } else if (account == u"partner_interest"_s) {
            field = &FigureSums::interest;
            sign = -1;
        } else if (account == u"transfers"_s) {
            field = &FigureSums::toPartners;
            partnerField = &PartnerSums::transferred;
        } else if (account == u"transfers_to_funds"_s) {
            field = &FigureSums::toFunds;
        } else if (account == u"refunds"_s) {
            field = &FigureSums::refunds;
            partnerField = &PartnerSums::refunded;
            sign = -1;
        } else if (account == u"admin_fee"_s) {
            field = &FigureSums::fees;
        } else if (account == u"direct_costs"_s) {
            field = &FigureSums::direct;
        } else if (account == u"bank_charges"_s) {
            field = &FigureSums::bank;
        } else { // expenditure, residual_waived: what partners spent or had written off
            field = &FigureSums::expenditure;
            partnerField = &PartnerSums::expenditure;
        }
        cumulative.*field += sign * v;
        if (inPeriod)
            period.*field += sign * v;
        if (partnerField) {
            partners[partner].*partnerField += sign * v;
            PartnerSums &pr = projects[project];
            pr.*partnerField += sign * v;
            if (!pr.partners.contains(partner))
                pr.partners.append(partner);
        }
    };

    // The accounts without a project (every receipt among them) are summed along the covering
    // index posting_balance (account, flow, donor, date, usd), in its order: no sort of the
    // postings, the period and the cumulative sums side by side (issue 23). The project accounts
    // (few postings) are grouped by project and partner as well. A sum SQLite cannot hold in 64
    // bits sends the statement to the one grouped query it was before, which sums the period and
    // the rest apart.
    const QStringList plain{u"cash"_s,         u"investment_income"_s,  u"partner_interest"_s,
                            u"admin_fee"_s,    u"transfers_to_funds"_s, u"direct_costs"_s,
                            u"bank_charges"_s};
    const QString fromText = r.from.toString(Qt::ISODate), toText = r.to.toString(Qt::ISODate);
    const auto grouped = [&]() -> Status {
        QHash<qint64, QString> keys, names;
        Query a(db, u"SELECT id, key FROM account"_s);
        if (auto s = a.exec(); !s)
            return s;
        while (a.next())
            keys.insert(a.integer(0), a.text(1));
        Query o(db, u"SELECT id, name FROM organisation"_s);
        if (auto s = o.exec(); !s)
            return s;
        while (o.next())
            names.insert(o.integer(0), o.text(1));
        QList<qint64> ids;
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            if (plain.contains(it.value()))
                ids.append(it.key());
        }
        std::sort(ids.begin(), ids.end());
        QString marks;
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks += i ? u", ?"_s : u"?"_s;
        Query q(db, u"SELECT account_id, flow, donor_id, "
                    "SUM(CASE WHEN date >= ? THEN usd_minor ELSE 0 END), "
                    "SUM(CASE WHEN date >= ? THEN 0 ELSE usd_minor END), COUNT(*), "
                    "COUNT(CASE WHEN date >= ? THEN 1 END) FROM posting "
                    "WHERE account_id IN (%1) AND date <= ? "
                    "GROUP BY account_id, flow, donor_id"_s.arg(marks.isEmpty() ? u"0"_s : marks));
        q.bind(fromText).bind(fromText).bind(fromText);
        for (qint64 id : std::as_const(ids))
            q.bind(id);
        q.bind(toText);
        if (auto s = q.exec(); !s)
            return s;
        while (q.next()) {
            const QString account = keys.value(q.integer(0));
            const QString flow = q.text(1);
            const QString donor = names.value(q.integer(2)); // '' without a donor
            const qint64 inPeriodRows = q.integer(6);
            // As the grouped query had it: a group per side of the period's start that has rows.
            if (inPeriodRows > 0)
                take(account, flow, true, donor, {}, {}, q.integer(3));
            if (q.integer(5) > inPeriodRows)
                take(account, flow, false, donor, {}, {}, q.integer(4));
        }
        if (auto s = q.status(); !s)
            return s;
        Query b(db, u"SELECT a.key, p.flow, p.date >= ?, COALESCE(d.name, ''), p.project, "
                    "COALESCE(o.name, ''), SUM(p.usd_minor) FROM posting p "
                    "JOIN account a ON a.id = p.account_id "
                    "LEFT JOIN organisation d ON d.id = p.donor_id "
                    "LEFT JOIN organisation o ON o.id = p.partner_id "
                    "WHERE p.date <= ? AND a.key IN ('transfers', 'refunds', 'expenditure', "
                    "'residual_waived') GROUP BY 1, 2, 3, 4, 5, 6"_s);
        b.bind(fromText).bind(toText);
        if (auto s = b.exec(); !s)
            return s;
        while (b.next())
            take(b.text(0), b.text(1), b.integer(2) != 0, b.text(3), b.text(4), b.text(5),
                 b.integer(6));
        return b.status();
    };
    if (auto s = grouped(); !s) {
        if (!s.error().message.contains(u"integer overflow"_s))
            return s.error();
        period = {};
        cumulative = {};
        donorsPeriod.clear();
        donorsCumulative.clear();
        partners.clear();
        projects.clear();
        Query q(db, u"SELECT a.key, p.flow, p.date >= ?, COALESCE(d.name, ''), p.project, "
                    "COALESCE(o.name, ''), SUM(p.usd_minor) FROM posting p "
                    "JOIN account a ON a.id = p.account_id "
                    "LEFT JOIN organisation d ON d.id = p.donor_id "
                    "LEFT JOIN organisation o ON o.id = p.partner_id "
                    "WHERE p.date <= ? AND a.key IN ('cash', 'investment_income', "
                    "'partner_interest', 'transfers', 'transfers_to_funds', 'refunds', 'admin_fee', "
                    "'direct_costs', 'bank_charges', 'expenditure', 'residual_waived') "
                    "GROUP BY 1, 2, 3, 4, 5, 6"_s);
        q.bind(fromText).bind(toText);
        if (auto st = q.exec(); !st)
            return st.error();
        while (q.next())
            take(q.text(0), q.text(1), q.integer(2) != 0, q.text(3), q.text(4), q.text(5),
                 q.integer(6));
        if (auto st = q.status(); !st)
            return st.error();
    }
    auto per = figuresOf(period);
    if (!per)
        return per.error();
    auto cum = figuresOf(cumulative);
    if (!cum)
        return cum.error();
    r.period = *per;
    r.cumulative = *cum;
    for (const auto &[from, to] : {std::pair{&donorsPeriod, &r.donorsPeriod},
                                   std::pair{&donorsCumulative, &r.donorsCumulative}}) {
        for (auto it = from->cbegin(); it != from->cend(); ++it) {
            auto n = narrowed(it.value(), u"a donor's contributions");
            if (!n)
                return n.error();
            if (*n != 0 || to == &r.donorsCumulative)
                to->append({it.key(), *n});
        }
    }
    auto byPartner = partnerLines(partners);
    if (!byPartner)
        return byPartner.error();
    r.byPartner = *byPartner;
    auto byProject = partnerLines(projects);
    if (!byProject)
        return byProject.error();
    r.byProject = *byProject;
    return r;
}

Statement present(const FundStatement &r, Lang lang)
{
    Statement s;
    s.id = u"sources-uses"_s;
    s.lang = lang;
    s.title = word(
        lang, QT_TRANSLATE_NOOP("Report",
                                "Sources and uses of funds")); // the report's name in the catalogue
    s.period = periodText(lang, r.from, r.to);
    const StatementFigures &p = r.period;
    const StatementFigures &c = r.cumulative;
    const QString periodHead = word(lang, QT_TRANSLATE_NOOP("Report", "Period"));
    const QString cumulativeHead = word(lang, QT_TRANSLATE_NOOP("Report", "Cumulative"));

    // The standard layout: the administrative agent and the partners side by side.
    using Row = std::tuple<QString, Cell, Cell>;
    const auto money = [](qint64 StatementFigures::*f, const StatementFigures &a,
                          const StatementFigures &b) {
        return std::pair{Cell::money(a.*f), Cell::money(b.*f)};
    };
    const auto row = [&](const char *english, qint64 StatementFigures::*f) {
        const auto [a, b] = money(f, p, c);
        return Row{word(lang, english), a, b};
    };
    const auto heading = [&](const char *english) {
        return Row{word(lang, english), Cell::empty(), Cell::empty()};
    };
    QList<Row> agent{
        heading(QT_TRANSLATE_NOOP("Report", "Sources of funds")),
        row(QT_TRANSLATE_NOOP("Report", "Contributions from donors"),
            &StatementFigures::contributions),
        row(QT_TRANSLATE_NOOP("Report", "Fund earned interest and investment income"),
            &StatementFigures::investmentIncome),
        row(QT_TRANSLATE_NOOP("Report", "Interest income received from partners"),
            &StatementFigures::partnerInterest),
        row(QT_TRANSLATE_NOOP("Report", "Total sources of funds"), &StatementFigures::totalSources),
        heading(QT_TRANSLATE_NOOP("Report", "Use of funds")),
        row(QT_TRANSLATE_NOOP("Report", "Transfers to partners"),
            &StatementFigures::transfersToPartners),
        row(QT_TRANSLATE_NOOP("Report", "Transfers to other funds"),
            &StatementFigures::transfersToFunds),
        row(QT_TRANSLATE_NOOP("Report", "Sub-total transfers"),
            &StatementFigures::subtotalTransfers),
        Row{word(lang, QT_TRANSLATE_NOOP("Report", "Refunds received from partners")),
            Cell::money(-p.refunds), Cell::money(-c.refunds)},
        row(QT_TRANSLATE_NOOP("Report", "Administrative agent fees"), &StatementFigures::fees),
        row(QT_TRANSLATE_NOOP("Report", "Direct costs"), &StatementFigures::directCosts),
        row(QT_TRANSLATE_NOOP("Report", "Bank charges"), &StatementFigures::bankCharges),
        row(QT_TRANSLATE_NOOP("Report", "Total uses of funds"), &StatementFigures::totalUses),
        row(QT_TRANSLATE_NOOP("Report", "Balance with the administrative agent"),
            &StatementFigures::balanceWithAgent),
        Row{word(lang, QT_TRANSLATE_NOOP("Report", "As a percentage of deposits")),
            Cell::percent1(p.agentBalancePermille), Cell::percent1(c.agentBalancePermille)},
    };
    QList<Row> partnerRows{
        row(QT_TRANSLATE_NOOP("Report", "Transfers received"),
            &StatementFigures::transfersToPartners),
        row(QT_TRANSLATE_NOOP("Report", "Total resources"), &StatementFigures::transfersToPartners),
        row(QT_TRANSLATE_NOOP("Report", "Expenditure reported"),
            &StatementFigures::partnerExpenditure),
        row(QT_TRANSLATE_NOOP("Report", "Refunds to the fund"), &StatementFigures::refunds),
        row(QT_TRANSLATE_NOOP("Report", "Total expenses"), &StatementFigures::partnerTotalExpenses),
        row(QT_TRANSLATE_NOOP("Report", "Balance with partners"),
            &StatementFigures::balanceWithPartners),
        Row{word(lang, QT_TRANSLATE_NOOP("Report", "As a percentage of transfers")),
            Cell::percent1(p.partnerBalancePermille), Cell::percent1(c.partnerBalancePermille)},
    };
    Sheet t{u"Statement"_s,
            word(lang, QT_TRANSLATE_NOOP("Report", "Sources, uses and balance of funds")),
            {{word(lang, QT_TRANSLATE_NOOP("Report", "Administrative agent")), Align::Left, 5},
             {periodHead, Align::Right, 3},
             {cumulativeHead, Align::Right, 3},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Partners")), Align::Left, 4},
             {periodHead, Align::Right, 3},
             {cumulativeHead, Align::Right, 3}},
            {},
            {},
            {}};
    t.text = word(lang, QT_TRANSLATE_NOOP(
                            "Report", "Period: %1. Cumulative: from the fund's first entry to %2."))
                 .arg(s.period, longDate(lang, r.to));
    for (qsizetype i = 0; i < std::max(agent.size(), partnerRows.size()); ++i) {
        const Row blank{QString(), Cell::empty(), Cell::empty()};
        const auto &[al, ap, ac] = i < agent.size() ? agent[i] : blank;
        const auto &[pl, pp, pc] = i < partnerRows.size() ? partnerRows[i] : blank;
        t.rows.append({Cell::txt(al), ap, ac, Cell::txt(pl), pp, pc});
    }
    t.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total balance of funds"))),
                Cell::money(p.totalBalance),
                Cell::money(c.totalBalance),
                Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "As a percentage of deposits"))),
                Cell::percent1(p.totalBalancePermille),
                Cell::percent1(c.totalBalancePermille)};
    t.note =
        word(lang,
             QT_TRANSLATE_NOOP(
                 "Report", "Over the period, balances are the period's net movement; cumulatively, "
                           "the balances held. Expenditure reported includes residuals waived at "
                           "financial closing. Each percentage is rounded once to 0.1%, half away "
                           "from zero."));

    Sheet d{u"Contributions"_s,
            word(lang, QT_TRANSLATE_NOOP("Report", "Contributions by donor")),
            {{word(lang, QT_TRANSLATE_NOOP("Report", "Donor")), Align::Left, 5},
             {periodHead, Align::Right, 2},
             {cumulativeHead, Align::Right, 2}},
            {},
            {},
            {}};
    for (const AmountLine &l : r.donorsCumulative) {
        qint64 inPeriod = 0;
        for (const AmountLine &x : r.donorsPeriod) {
            if (x.label == l.label)
                inPeriod = x.usdMinor;
        }
        d.rows.append({Cell::txt(l.label), Cell::money(inPeriod), Cell::money(l.usdMinor)});
    }
    d.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
                Cell::money(p.contributions), Cell::money(c.contributions)};

    const auto partnerSheet = [&](const QString &name, const QString &title,
                                  const QList<PartnerFigures> &lines, bool projectsTable) {
        QList<Column> cols{{projectsTable ? word(lang, QT_TRANSLATE_NOOP("Report", "Project"))
                                          : word(lang, QT_TRANSLATE_NOOP("Report", "Partner")),
                            Align::Left, 4}};
        if (projectsTable)
            cols.append({word(lang, QT_TRANSLATE_NOOP("Report", "Partner")), Align::Left, 3});
        cols << Column{word(lang, QT_TRANSLATE_NOOP("Report", "Transferred")), Align::Right, 2}
             << Column{word(lang, QT_TRANSLATE_NOOP("Report", "Expenditure")), Align::Right, 2}
             << Column{word(lang, QT_TRANSLATE_NOOP("Report", "Refunds")), Align::Right, 2}
             << Column{word(lang, QT_TRANSLATE_NOOP("Report", "Balance")), Align::Right, 2}
             << Column{word(lang, QT_TRANSLATE_NOOP("Report", "Delivery rate")), Align::Right, 1};
        Sheet sh{name, title, cols, {}, {}, {}};
        PartnerFigures sum;
        for (const PartnerFigures &l : lines) {
            QList<Cell> cells{Cell::txt(l.name)};
            if (projectsTable)
                cells.append(Cell::txt(l.partner));
            cells << Cell::money(l.transferred) << Cell::money(l.expenditure)
                  << Cell::money(l.refunded) << Cell::money(l.balance)
                  << Cell::percent1(l.deliveryPermille);
            sh.rows.append(cells);
            sum.transferred += l.transferred;
            sum.expenditure += l.expenditure;
            sum.refunded += l.refunded;
            sum.balance += l.balance;
        }
        sh.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total")))};
        if (projectsTable)
            sh.totals.append(Cell::empty());
        sh.totals << Cell::money(sum.transferred) << Cell::money(sum.expenditure)
                  << Cell::money(sum.refunded) << Cell::money(sum.balance)
                  << Cell::percent1(roundedShare(sum.expenditure, sum.transferred, 1000));
        sh.note = word(lang, QT_TRANSLATE_NOOP(
                                 "Report",
                                 "Cumulative to the end of the period. Delivery rate: expenditure "
                                 "as a share of transfers."));
        return sh;
    };
    s.sheets = {t, d,
                partnerSheet(u"Partners"_s, word(lang, QT_TRANSLATE_NOOP("Report", "By partner")),
                             r.byPartner, false),
                partnerSheet(u"Projects"_s, word(lang, QT_TRANSLATE_NOOP("Report", "By project")),
                             r.byProject, true)};
    s.fields = {
        {word(lang, QT_TRANSLATE_NOOP("Report", "Total sources of funds")),
         Cell::money(c.totalSources)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Total uses of funds")), Cell::money(c.totalUses)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Balance with the administrative agent")),
         Cell::money(c.balanceWithAgent)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Balance with partners")),
         Cell::money(c.balanceWithPartners)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Total balance of funds")),
         Cell::money(c.totalBalance)}};
    return s;
}

} // namespace imdp::core::reports
