// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
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

namespace detail {

QDate endOf(const Parameters &p)
{
    return p.to.isValid() ? p.to : Clock::today();
}

/// The donor → source map, as the fund position has it: an organisation of kind "bank" gives
/// Bank (DGF) resources, any other a contribution.
Result<QHash<QString, QString>> donorSources(Database &db)
{
    auto orgs = organisations::list(db);
    if (!orgs)
        return orgs.error();
    QHash<QString, QString> map;
    for (const Organisation &o : *orgs)
        map.insert(o.name, o.kind == u"bank"_s ? u"bank"_s : u"donor"_s);
    return map;
}

QString periodText(Lang lang, const QDate &from, const QDate &to)
{
    return word(lang, QT_TRANSLATE_NOOP("Report", "%1 to %2"))
        .arg(longDate(lang, from), longDate(lang, to));
}

QString asAtText(Lang lang, const QDate &at)
{
    return word(lang, QT_TRANSLATE_NOOP("Report", "As at")) + u' ' + longDate(lang, at);
}

/// Project titles and partners from the pipeline, by code.
Result<QHash<QString, Proposal>> proposalsByCode(Database &db)
{
    auto list = pipeline::list(db);
    if (!list)
        return list.error();
    QHash<QString, Proposal> map;
    for (const Proposal &p : *list)
        map.insert(p.code, p);
    return map;
}

} // namespace detail

using namespace detail;

Status fillHeader(Database &db, Statement &s)
{
    auto settings = fund::settings(db);
    if (!settings)
        return settings.error();
    auto head = audit::head(db);
    if (!head)
        return head.error();
    s.fundName = settings->name;
    s.fingerprint = *head;
    s.generated = Clock::today().toString(Qt::ISODate);
    return {};
}

// ---- Sources and uses -------------------------------------------------------------------------

Result<SourcesAndUses> sourcesAndUses(Database &db, const Parameters &p)
{
    // Aggregated in SQL, one row per account, flow, donor, project and partner (what the
    // statement shows), never one per posting: memory bounded by the statement's lines whatever
    // the fund's size. Every total is added in 128 bits and refused when out of range.
    SourcesAndUses r;
    r.to = endOf(p);
    r.from = p.from;
    if (!r.from.isValid()) {
        Query first(db, u"SELECT date FROM journal_entry ORDER BY id LIMIT 1"_s);
        if (auto s = first.exec(); !s)
            return s.error();
        r.from = first.next() ? QDate::fromString(first.text(0), Qt::ISODate) : r.to;
    }
    if (r.from > r.to)
        return Error::badInput(u""_s, u"reports.period_starts_after_ends"_s, {});
    auto sources = donorSources(db);
    if (!sources)
        return sources.error();
    const QString what = u"sources and uses"_s;
    // SQLite's sum() refuses to wrap too ("integer overflow"): the same one-line refusal.
    const auto refusedSum = [&what](const Error &e) -> Error {
        if (e.message.contains(u"integer overflow"_s))
            return totalOutOfRange(what);
        return e;
    };
    const QString from = r.from.toString(Qt::ISODate), to = r.to.toString(Qt::ISODate);

    CheckedSum heldByPartners, transferredToDate, refundedToDate, expenditureToDate,
        expenditureInPeriod, waived;
    {
        // What partners hold, with its terms: its postings by flow (transfers in, refunds out;
        // expenditure and waivers are read from their own accounts).
        Query q(db,
                u"SELECT a.key, e.date >= ?, p.flow, SUM(p.usd_minor) FROM posting p "
                "JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id "
                "WHERE e.date <= ? AND a.key IN ('held_by_partners', 'expenditure', "
                "'residual_waived') GROUP BY 1, 2, 3"_s);
        q.bind(from).bind(to);
        if (auto s = q.exec(); !s)
            return refusedSum(s.error());
        while (q.next()) {
            const QString account = q.text(0);
            const bool inPeriod = q.integer(1) != 0;
            const QString flow = q.text(2);
            const qint64 v = q.integer(3);
            if (account == u"held_by_partners"_s) {
                heldByPartners += v;
                if (flow == u"transfer"_s)
                    transferredToDate += v;
                else if (flow == u"refund"_s)
                    refundedToDate -= v;
            } else if (account == u"expenditure"_s) {
                expenditureToDate += v;
                if (inPeriod)
                    expenditureInPeriod += v;
            } else {
                waived += v;
            }
        }
        if (auto s = q.status(); !s)
            return refusedSum(s.error());
    }

    CheckedSum opening, openingBalances, income, other, fees, refunds;
    QMap<QString, CheckedSum> contributions, bank;
    QMap<std::pair<QString, QString>, CheckedSum> transfers;
    {
        Query q(db,
                u"SELECT e.date >= ?, e.kind = 'opening', p.flow, COALESCE(d.name, ''), "
                "p.project, COALESCE(pt.name, ''), SUM(p.usd_minor) FROM posting p "
                "JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id "
                "LEFT JOIN organisation d ON d.id = p.donor_id "
                "LEFT JOIN organisation pt ON pt.id = p.partner_id "
                "WHERE e.date <= ? AND a.key = 'cash' GROUP BY 1, 2, 3, 4, 5, 6"_s);
        q.bind(from).bind(to);
        if (auto s = q.exec(); !s)
            return refusedSum(s.error());
        while (q.next()) {
            const qint64 v = q.integer(6);
            if (q.integer(0) == 0) {
                opening += v;
                continue;
            }
            const QString flow = q.text(2), donor = q.text(3);
            if (q.integer(1) != 0) {
                openingBalances += v;
            } else if (flow == u"receipt"_s) {
                auto &m = sources->value(donor) == u"bank"_s ? bank : contributions;
                m[donor] += v;
            } else if (flow == u"income"_s) {
                income += v;
            } else if (flow == u"transfer"_s) {
                transfers[{q.text(4), q.text(5)}] -= v;
            } else if (flow == u"fee"_s) {
                fees -= v;
            } else if (flow == u"refund"_s) {
                refunds += v;
            } else {
                // Kept so the statement always ties to the cash account, whatever a future
                // posting rule adds.
                other += v;
            }
        }
        if (auto s = q.status(); !s)
            return refusedSum(s.error());
    }
    {
        // The last opening-balances entry of the period that moved cash (as the journal runs).
        Query q(db, u"SELECT e.date FROM journal_entry e WHERE e.kind = 'opening' "
                    "AND e.date >= ? AND e.date <= ? AND EXISTS (SELECT 1 FROM posting p "
                    "JOIN account a ON a.id = p.account_id WHERE p.entry_id = e.id "
                    "AND a.key = 'cash') ORDER BY e.id DESC LIMIT 1"_s);
        q.bind(from).bind(to);
        if (auto s = q.exec(); !s)
            return s.error();
        if (q.next())
            r.openingAsOf = QDate::fromString(q.text(0), Qt::ISODate);
    }

    bool fits = true;
    const auto narrow = [&fits](const CheckedSum &sum) {
        fits = fits && sum.fits();
        return sum.value();
    };
    CheckedSum totalSources = income;
    totalSources += narrow(other);
    totalSources += narrow(openingBalances);
    for (auto it = contributions.cbegin(); it != contributions.cend(); ++it) {
        if (const qint64 v = narrow(it.value()); v != 0) {
            r.contributions.append({it.key(), v});
            totalSources += v;
        }
    }
    for (auto it = bank.cbegin(); it != bank.cend(); ++it) {
        if (const qint64 v = narrow(it.value()); v != 0) {
            r.bankResources.append({it.key(), v});
            totalSources += v;
        }
    }
    CheckedSum totalUses = fees;
    totalUses -= narrow(refunds);
    for (auto it = transfers.cbegin(); it != transfers.cend(); ++it) {
        if (const qint64 v = narrow(it.value()); v != 0) {
            r.transfers.append({it.key().first, it.key().second, v});
            totalUses += v;
        }
    }
    CheckedSum closing = opening;
    closing += narrow(totalSources);
    closing -= narrow(totalUses);
    r.opening = narrow(opening);
    r.investmentIncome = narrow(income);
    r.otherSources = narrow(other);
    r.openingBalances = narrow(openingBalances);
    r.totalSources = narrow(totalSources);
    r.fees = narrow(fees);
    r.refunds = narrow(refunds);
    r.totalUses = narrow(totalUses);
    r.closing = narrow(closing);
    r.heldByPartners = narrow(heldByPartners);
    r.transferredToDate = narrow(transferredToDate);
    r.refundedToDate = narrow(refundedToDate);
    r.expenditureInPeriod = narrow(expenditureInPeriod);
    r.expenditureToDate = narrow(expenditureToDate);
    r.waivedToDate = narrow(waived);
    if (!fits)
        return totalOutOfRange(what);
    return r;
}

Statement present(const SourcesAndUses &r, Lang lang)
{
    Statement s;
    s.id = u"sources-uses"_s;
    s.lang = lang;
    s.title = word(lang, QT_TRANSLATE_NOOP("Report", "Sources and uses of funds"));
    s.period = periodText(lang, r.from, r.to);
    const QList<Column> columns{
        {word(lang, QT_TRANSLATE_NOOP("Report", "Item")), Align::Left, 5},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Amount (USD)")), Align::Right, 2},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Share")), Align::Right, 1}};

    Sheet src{
        u"Sources"_s, word(lang, QT_TRANSLATE_NOOP("Report", "Sources")), columns, {}, {}, {}};
    const auto addSource = [&](const QString &label, qint64 v) {
        src.rows.append({Cell::txt(label), Cell::money(v),
                         Cell::percent(percentBps(v, r.totalSources))});
    };
    if (r.openingAsOf.isValid())
        addSource(word(lang, QT_TRANSLATE_NOOP("Report", "Opening balances as of %1"))
                      .arg(longDate(lang, r.openingAsOf)),
                  r.openingBalances);
    for (const AmountLine &l : r.contributions)
        addSource(word(lang, QT_TRANSLATE_NOOP("Report", "Contributions: %1")).arg(l.label),
                  l.usdMinor);
    for (const AmountLine &l : r.bankResources)
        addSource(word(lang, QT_TRANSLATE_NOOP("Report", "Bank resources (DGF): %1")).arg(l.label),
                  l.usdMinor);
    if (r.investmentIncome != 0)
        addSource(word(lang, QT_TRANSLATE_NOOP("Report", "Investment income")), r.investmentIncome);
    if (r.otherSources != 0)
        addSource(word(lang, QT_TRANSLATE_NOOP("Report", "Other cash movements")), r.otherSources);
    src.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total sources"))),
                  Cell::money(r.totalSources), Cell::percent(r.totalSources != 0 ? 10000 : 0)};

    Sheet use{u"Uses"_s, word(lang, QT_TRANSLATE_NOOP("Report", "Uses")), columns, {}, {}, {}};
    const auto addUse = [&](const QString &label, qint64 v) {
        use.rows.append({Cell::txt(label), Cell::money(v),
                         Cell::percent(percentBps(v, r.totalUses))});
    };
    for (const SourcesAndUses::Transfer &t : r.transfers)
        addUse(word(lang, QT_TRANSLATE_NOOP("Report", "Transfer to %1 for %2"))
                   .arg(t.partner, t.project),
               t.usdMinor);
    if (r.fees != 0)
        addUse(word(lang, QT_TRANSLATE_NOOP("Report", "Administrative agent fee")), r.fees);
    if (r.refunds != 0)
        addUse(word(lang, QT_TRANSLATE_NOOP("Report", "Refunds from partners")), -r.refunds);
    use.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total uses"))),
                  Cell::money(r.totalUses), Cell::percent(r.totalUses != 0 ? 10000 : 0)};
    use.note = word(
        lang, QT_TRANSLATE_NOOP(
                  "Report", "Sources are shown as a share of total sources (deposits), uses as a "
                            "share of total uses (transfers and fees). Each percentage is rounded "
                            "once to 0.01%, half away from zero, so a column may add up to 99.99% "
                            "or 100.01%."));

    Sheet bal{u"Balances"_s,
              word(lang, QT_TRANSLATE_NOOP("Report", "Balances")),
              {{word(lang, QT_TRANSLATE_NOOP("Report", "Item")), Align::Left, 5},
               {word(lang, QT_TRANSLATE_NOOP("Report", "Amount (USD)")), Align::Right, 2}},
              {},
              {},
              {}};
    bal.rows = {
        {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Opening balance held by the fund"))),
         Cell::money(r.opening)},
        {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total sources"))),
         Cell::money(r.totalSources)},
        {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total uses"))),
         Cell::money(-r.totalUses)}};
    bal.totals = {
        Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Closing balance held by the fund"))),
        Cell::money(r.closing)};

    Sheet partners{u"Partners"_s,
                   word(lang, QT_TRANSLATE_NOOP("Report", "Balance held by partners")),
                   {{word(lang, QT_TRANSLATE_NOOP("Report", "Item")), Align::Left, 5},
                    {word(lang, QT_TRANSLATE_NOOP("Report", "Amount (USD)")), Align::Right, 2}},
                   {},
                   {},
                   {}};
    // The balance with its terms, each line signed as it counts, so the column adds up to the
    // total under it (issue 20: "0.00, 0.00, then 425,000.00").
    partners.rows = {
        {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Transferred to partners to date"))),
         Cell::money(r.transferredToDate)},
        {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Less refunded by partners to date"))),
         Cell::money(-r.refundedToDate)},
        {Cell::txt(word(
             lang, QT_TRANSLATE_NOOP("Report", "Less expenditure reported by partners to date"))),
         Cell::money(-r.expenditureToDate)}};
    if (r.waivedToDate != 0)
        partners.rows.append(
            {Cell::txt(word(lang, QT_TRANSLATE_NOOP(
                                      "Report", "Less residuals waived at financial closing to date"))),
             Cell::money(-r.waivedToDate)});
    partners.note =
        word(lang, QT_TRANSLATE_NOOP("Report", "Expenditure reported by partners in the period: "
                                               "%1 USD."))
            .arg(Cell::money(r.expenditureInPeriod).display(i18n::locale(langCode(lang))));
    partners.totals = {
        Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Balance held by partners"))),
        Cell::money(r.heldByPartners)};

    s.sheets = {src, use, bal, partners};
    s.fields = {
        {word(lang, QT_TRANSLATE_NOOP("Report", "Total sources")), Cell::money(r.totalSources)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Total uses")), Cell::money(r.totalUses)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Closing balance held by the fund")),
         Cell::money(r.closing)},
        {word(lang, QT_TRANSLATE_NOOP("Report", "Balance held by partners")),
         Cell::money(r.heldByPartners)}};
    return s;
}

} // namespace imdp::core::reports
