// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The donor statement: what each donor pledged and paid, and where its money went.
#include "core/reports/checkedsum.h"
#include "core/reports/financial.h"
#include "core/reports/statementparts.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/i18n/i18n.h"
#include "core/ledger/opening.h"
#include "core/ledger/position.h"
#include "core/money/currency.h"
#include "core/pipeline/proposals.h"
#include "core/storage/audit.h"
#include "core/storage/query.h"

#include <QMap>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

using document::Align;
using document::Column;
using namespace detail;

// ---- Donor statement --------------------------------------------------------------------------

namespace {

/// The donor's signed pledges and its receipts not reversed by `at`, in their own currency.
Result<std::pair<QList<DonorEntry>, QList<DonorEntry>>>
donorEntries(Database &db, const QString &donor, const QDate &at)
{
    const QString date = at.toString(Qt::ISODate);
    const auto read = [&](const QString &sql, int binds) -> Result<QList<DonorEntry>> {
        Query q(db, sql);
        q.bind(donor);
        for (int b = 0; b < binds; ++b)
            q.bind(date);
        if (auto st = q.exec(); !st)
            return st.error();
        QList<DonorEntry> out;
        while (q.next()) {
            DonorEntry e;
            e.reference = q.text(0);
            e.date = QDate::fromString(q.text(1), Qt::ISODate);
            e.currency = q.text(2);
            e.minorUnits = findCurrency(e.currency).value_or(Currency{}).minorUnits;
            e.amountMinor = q.integer(3);
            e.usdMinor = q.integer(4);
            e.pledge = q.text(5);
            out.append(e);
        }
        if (auto st = q.status(); !st)
            return st.error();
        return out;
    };
    auto pledges = read(u"SELECT p.reference, p.date, p.currency, p.amount_minor, p.usd_minor, '' "
                        "FROM pledge p JOIN organisation o ON o.id = p.donor_id "
                        "WHERE o.name = ? AND p.status = 'signed' AND p.date <= ? "
                        "ORDER BY p.date, p.reference"_s,
                        1);
    if (!pledges)
        return pledges.error();
    auto receipts =
        read(u"SELECT r.reference, r.date, r.currency, r.amount_minor, r.usd_minor, "
             "COALESCE(p.reference, '') FROM receipt r JOIN organisation o ON o.id = r.donor_id "
             "LEFT JOIN pledge p ON p.id = r.pledge_id "
             "WHERE o.name = ? AND r.date <= ? AND NOT EXISTS (SELECT 1 FROM journal_entry x "
             "WHERE x.reverses_entry_id = r.entry_id AND x.date <= ?) "
             "ORDER BY r.date, r.reference"_s,
             2);
    if (!receipts)
        return receipts.error();
    return std::pair{std::move(*pledges), std::move(*receipts)};
}

} // namespace

Result<DonorStatement> donorStatement(Database &db, const Parameters &p)
{
    DonorStatement r;
    r.at = endOf(p);
    auto pos = ledger::position(db, r.at);
    if (!pos)
        return pos.error();

    // Each project's transfers net of refunds at the date, from the memo accounts: summed by
    // SQLite per project (never every posting in memory), which refuses a sum that would wrap.
    QMap<QString, qint64> net;
    {
        // The posting's own date (the entry's, checked by verify): no join to every entry.
        Query q(db, u"SELECT project, SUM(usd_minor) FROM posting WHERE account_id IN "
                    "(SELECT id FROM account WHERE key IN ('transfers', 'refunds')) "
                    "AND date <= ? GROUP BY project"_s);
        q.bind(r.at.toString(Qt::ISODate));
        const auto refused = [](const Error &e) -> Error {
            return e.message.contains(u"integer overflow"_s) ? totalOutOfRange(u"donor statement"_s)
                                                             : e;
        };
        if (auto s = q.exec(); !s)
            return refused(s.error());
        while (q.next())
            net.insert(q.text(0), q.integer(1));
        if (auto s = q.status(); !s)
            return refused(s.error());
    }
    for (auto it = net.cbegin(); it != net.cend(); ++it) {
        if (it.value() != 0) {
            r.projects.append(it.key());
            r.projectTransfers.append(it.value());
        }
    }

    // Instalments in arrears: due before the date (on its due date an instalment is due today,
    // not late) and not covered by what was paid against the pledge by then (the same basis as
    // the position's arrears amount).
    QHash<QString, int> late;
    {
        // One query: each signed pledge's instalments with their running total (window
        // function), counted per donor where the running total passes what was paid.
        Query q(db, u"SELECT d.donor, COUNT(*) FROM (SELECT o.name AS donor, p.id AS pledge_id, "
                    "(SELECT COALESCE(SUM(r.amount_minor), 0) FROM receipt r "
                    " WHERE r.pledge_id = p.id AND r.date <= ? AND NOT EXISTS (SELECT 1 "
                    " FROM journal_entry x WHERE x.reverses_entry_id = r.entry_id "
                    " AND x.date <= ?)) + CASE WHEN p.date <= ? THEN "_s +
                        ledger::openingPaidSql() +
                        u" ELSE 0 END AS paid "
                        "FROM pledge p JOIN organisation o ON o.id = p.donor_id "
                        "WHERE p.status = 'signed') d "
                        "JOIN (SELECT pledge_id, due_date, SUM(amount_minor) OVER (PARTITION BY "
                        "pledge_id ORDER BY due_date ROWS UNBOUNDED PRECEDING) AS cumulative "
                        "FROM pledge_instalment) i ON i.pledge_id = d.pledge_id "
                        "WHERE i.due_date < ? AND i.cumulative > d.paid GROUP BY d.donor"_s);
        for (int b = 0; b < 4; ++b)
            q.bind(r.at.toString(Qt::ISODate));
        const auto refused = [](const Error &e) -> Error {
            return e.message.contains(u"integer overflow"_s) ? totalOutOfRange(u"donor statement"_s)
                                                             : e;
        };
        if (auto s = q.exec(); !s)
            return refused(s.error());
        while (q.next())
            late.insert(q.text(0), int(q.integer(1)));
        if (auto s = q.status(); !s)
            return refused(s.error());
    }
    // The one donor's schedule, in its own currency, each instalment's state at the date.
    QList<DonorEntry> schedule;
    if (!p.donor.isEmpty()) {
        Query q(db,
                u"SELECT o.name, p.id, "
                "(SELECT COALESCE(SUM(r.amount_minor), 0) FROM receipt r WHERE r.pledge_id = p.id "
                " AND r.date <= ? AND NOT EXISTS (SELECT 1 FROM journal_entry x "
                " WHERE x.reverses_entry_id = r.entry_id AND x.date <= ?)) "
                "+ CASE WHEN p.date <= ? THEN "_s +
                    ledger::openingPaidSql() +
                    u" ELSE 0 END, "
                    "p.reference, p.date, p.currency, p.amount_minor, p.usd_minor "
                    "FROM pledge p JOIN organisation o ON o.id = p.donor_id "
                    "WHERE p.status = 'signed' AND o.name = ? ORDER BY p.id"_s);
        q.bind(r.at.toString(Qt::ISODate));
        q.bind(r.at.toString(Qt::ISODate));
        q.bind(r.at.toString(Qt::ISODate));
        q.bind(p.donor);
        if (auto s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const qint64 paid = q.integer(2);
            Query i(db, u"SELECT due_date, amount_minor FROM pledge_instalment WHERE pledge_id = ? "
                        "ORDER BY due_date"_s);
            i.bind(q.integer(1));
            if (auto s = i.exec(); !s)
                return s.error();
            const bool listed = QDate::fromString(q.text(4), Qt::ISODate) <= r.at;
            const qint64 pledgeAmount = q.integer(6), pledgeUsd = q.integer(7);
            Int128 cumulative = 0;
            qint64 usdBefore = 0;
            while (i.next()) {
                const QDate due = QDate::fromString(i.text(0), Qt::ISODate);
                cumulative += i.integer(1);
                if (!listed)
                    continue;
                // Each instalment's dollars at the pledge's rate, rounded on the running total so
                // the schedule adds up to the pledge's USD amount exactly.
                const qint64 usdSoFar = pledgeAmount > 0
                                            ? qint64((2 * cumulative * pledgeUsd + pledgeAmount) /
                                                     (2 * Int128(pledgeAmount)))
                                            : 0;
                DonorEntry e;
                e.reference = q.text(3);
                e.date = due;
                e.currency = q.text(5);
                e.minorUnits = findCurrency(e.currency).value_or(Currency{}).minorUnits;
                e.amountMinor = i.integer(1);
                e.usdMinor = usdSoFar - usdBefore;
                usdBefore = usdSoFar;
                e.due = cumulative <= paid ? DonorEntry::Due::Paid
                        : due < r.at       ? DonorEntry::Due::InArrears
                        : due == r.at      ? DonorEntry::Due::DueToday
                                           : DonorEntry::Due::Upcoming;
                schedule.append(e);
            }
        }
        std::stable_sort(schedule.begin(), schedule.end(),
                         [](const DonorEntry &a, const DonorEntry &b) { return a.date < b.date; });
        if (auto s = q.status(); !s)
            return s.error();
    }

    QList<qint64> weights;
    for (const ledger::DonorPosition &d : pos->byDonor) {
        DonorLine l;
        l.donor = d.donor;
        l.source = d.source;
        l.pledged = d.pledged;
        l.received = d.received;
        l.outstanding = d.outstanding;
        l.arrears = d.arrears;
        l.instalmentsInArrears = late.value(d.donor);
        r.donors.append(l);
        weights.append(d.received);
    }
    for (qsizetype j = 0; j < r.projects.size(); ++j) {
        const QList<qint64> shares = apportion(r.projectTransfers[j], weights);
        for (qsizetype i = 0; i < r.donors.size(); ++i)
            r.donors[i].toProjects.append(shares[i]);
    }
    for (DonorLine &l : r.donors) {
        l.notTransferred = l.received;
        for (qint64 v : l.toProjects)
            l.notTransferred -= v;
    }
    if (!p.donor.isEmpty()) {
        QList<DonorLine> kept;
        for (const DonorLine &l : r.donors) {
            if (l.donor == p.donor)
                kept.append(l);
        }
        if (kept.isEmpty())
            return Error::notFound(u""_s, u"reports.donor_has_no_pledge"_s,
                                   {ErrorArg::txt(p.donor.left(80))});
        r.donors = kept;
        r.donor = kept.first().donor;
        r.instalments = schedule;
        auto entries = donorEntries(db, r.donor, r.at);
        if (!entries)
            return entries.error();
        std::tie(r.pledges, r.receipts) = std::move(*entries);
    }
    // The statement's totals (every column, every project's row) are added in 128 bits and
    // refused past the range: a tampered file never prints a wrapped total.
    CheckedSum pledged, received, outstanding, arrears, notTransferred;
    QList<CheckedSum> projects(r.projects.size());
    for (const DonorLine &l : r.donors) {
        pledged += l.pledged;
        received += l.received;
        outstanding += l.outstanding;
        arrears += l.arrears;
        notTransferred += l.notTransferred;
        for (qsizetype j = 0; j < projects.size(); ++j)
            projects[j] += l.toProjects.value(j);
    }
    bool fits = pledged.fits() && received.fits() && outstanding.fits() && arrears.fits() &&
                notTransferred.fits();
    for (const QList<DonorEntry> *entries : {&r.pledges, &r.receipts, &r.instalments}) {
        CheckedSum own, usd;
        for (const DonorEntry &e : *entries) {
            own += e.amountMinor;
            usd += e.usdMinor;
        }
        fits = fits && own.fits() && usd.fits();
    }
    for (const CheckedSum &sum : projects)
        fits = fits && sum.fits();
    if (!fits)
        return totalOutOfRange(u"donor statement"_s);
    return r;
}

namespace {

/// The one donor's pledges, receipts and instalment schedule: each amount in the donor's own
/// currency beside its US dollars (issue 20), dates in the statement's language.
QList<Sheet> ownCurrencySheets(const DonorStatement &r, Lang lang)
{
    const QString code = langCode(lang);
    const Column reference{word(lang, QT_TRANSLATE_NOOP("Report", "Reference")), Align::Left, 4};
    const Column currency{word(lang, QT_TRANSLATE_NOOP("Report", "Currency")), Align::Left, 2};
    const Column amount{word(lang, QT_TRANSLATE_NOOP("Report", "Amount")), Align::Right, 4};
    const Column usd{word(lang, QT_TRANSLATE_NOOP("Report", "Amount (USD)")), Align::Right, 4};
    const Column pledge{word(lang, QT_TRANSLATE_NOOP("Report", "Pledge")), Align::Left, 4};
    // The own-currency total only when every line is in one currency; USD always.
    const auto totals = [&lang](const QList<DonorEntry> &entries, int blanks) {
        QList<Cell> t{Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total")))};
        for (int b = 0; b < blanks; ++b)
            t << Cell::empty();
        qint64 own = 0, dollars = 0;
        bool one = true;
        for (const DonorEntry &e : entries) {
            one = one && e.currency == entries.first().currency;
            own += e.amountMinor;
            dollars += e.usdMinor;
        }
        if (one && !entries.isEmpty())
            t << Cell::txt(entries.first().currency)
              << Cell::amount(own, entries.first().minorUnits);
        else
            t << Cell::empty() << Cell::empty();
        return t << Cell::money(dollars);
    };

    Sheet pledges{u"Pledges"_s,
                  word(lang, QT_TRANSLATE_NOOP("Report", "Pledges")),
                  {reference,
                   {word(lang, QT_TRANSLATE_NOOP("Report", "Date")), Align::Left, 4},
                   currency,
                   amount,
                   usd},
                  {},
                  {},
                  {}};
    for (const DonorEntry &e : r.pledges)
        pledges.rows.append({Cell::txt(e.reference), Cell::txt(i18n::formatDate(e.date, code)),
                             Cell::txt(e.currency), Cell::amount(e.amountMinor, e.minorUnits),
                             Cell::money(e.usdMinor)});
    pledges.totals = totals(r.pledges, 1);

    Sheet receipts{u"Receipts"_s,
                   word(lang, QT_TRANSLATE_NOOP("Report", "Receipts")),
                   {reference,
                    {word(lang, QT_TRANSLATE_NOOP("Report", "Date")), Align::Left, 4},
                    pledge,
                    currency,
                    amount,
                    usd},
                   {},
                   {},
                   {}};
    for (const DonorEntry &e : r.receipts)
        receipts.rows.append({Cell::txt(e.reference), Cell::txt(i18n::formatDate(e.date, code)),
                              Cell::txt(e.pledge), Cell::txt(e.currency),
                              Cell::amount(e.amountMinor, e.minorUnits), Cell::money(e.usdMinor)});
    receipts.totals = totals(r.receipts, 2);
    receipts.note = word(lang, QT_TRANSLATE_NOOP("Report", "Each receipt in US dollars at the rate "
                                                           "of the day it was received."));

    Sheet schedule{u"Instalments"_s,
                   word(lang, QT_TRANSLATE_NOOP("Report", "Instalment schedule")),
                   {pledge,
                    {word(lang, QT_TRANSLATE_NOOP("Report", "Due date")), Align::Left, 4},
                    currency,
                    amount,
                    usd,
                    {word(lang, QT_TRANSLATE_NOOP("Report", "Status")), Align::Left, 3}},
                   {},
                   {},
                   {}};
    for (const DonorEntry &e : r.instalments) {
        const char *state =
            e.due == DonorEntry::Due::Paid        ? QT_TRANSLATE_NOOP("Report", "Paid")
            : e.due == DonorEntry::Due::InArrears ? QT_TRANSLATE_NOOP("Report", "In arrears")
            : e.due == DonorEntry::Due::DueToday  ? QT_TRANSLATE_NOOP("Report", "Due today")
                                                  : QT_TRANSLATE_NOOP("Report", "Upcoming");
        schedule.rows.append({Cell::txt(e.reference), Cell::txt(i18n::formatDate(e.date, code)),
                              Cell::txt(e.currency), Cell::amount(e.amountMinor, e.minorUnits),
                              Cell::money(e.usdMinor), Cell::txt(word(lang, state))});
    }
    schedule.totals = totals(r.instalments, 1);
    schedule.totals << Cell::empty();
    schedule.note = word(lang, QT_TRANSLATE_NOOP("Report", "Pledges and their instalments in US "
                                                           "dollars at the pledge's rate."));
    QList<Sheet> out{pledges, receipts};
    if (!r.instalments.isEmpty())
        out << schedule;
    return out;
}

} // namespace

Statement present(const DonorStatement &r, Lang lang)
{
    Statement s;
    s.id = u"donor-statement"_s;
    s.lang = lang;
    s.title = word(lang, QT_TRANSLATE_NOOP("Report", "Donor statement"));
    if (!r.donor.isEmpty())
        s.title += u" \u2014 "_s + r.donor; // the cover and every page's header name the donor
    s.period = asAtText(lang, r.at);

    Sheet c{u"Contributions"_s,
            word(lang, QT_TRANSLATE_NOOP("Report", "Contributions")),
            {{word(lang, QT_TRANSLATE_NOOP("Report", "Donor")), Align::Left, 24},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Source")), Align::Left, 18},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Pledged")), Align::Right, 24},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Received")), Align::Right, 24},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Outstanding")), Align::Right, 24},
             {word(lang, QT_TRANSLATE_NOOP("Report", "In arrears")), Align::Right, 24},
             {word(lang, QT_TRANSLATE_NOOP("Report", "Instalments in arrears")), Align::Right, 12}},
            {},
            {},
            {}};
    qint64 tp = 0, tr = 0, to = 0, ta = 0, tn = 0;
    for (const DonorLine &l : r.donors) {
        c.rows.append({Cell::txt(l.donor), Cell::txt(label(lang, i18n::Kind::Source, l.source)),
                       Cell::money(l.pledged), Cell::money(l.received), Cell::money(l.outstanding),
                       Cell::money(l.arrears), Cell::count(l.instalmentsInArrears)});
        tp += l.pledged;
        tr += l.received;
        to += l.outstanding;
        ta += l.arrears;
        tn += l.instalmentsInArrears;
    }
    c.totals = {Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total"))),
                Cell::empty(),
                Cell::money(tp),
                Cell::money(tr),
                Cell::money(to),
                Cell::money(ta),
                Cell::count(tn)};

    Sheet w{u"Where the money went"_s,
            word(lang, QT_TRANSLATE_NOOP("Report", "Where the money went")),
            {},
            {},
            {},
            {}};
    w.columns.append({word(lang, QT_TRANSLATE_NOOP("Report", "Project")), Align::Left, 3});
    for (const DonorLine &l : r.donors)
        w.columns.append({l.donor, Align::Right, 2});
    w.columns.append({word(lang, QT_TRANSLATE_NOOP("Report", "Total")), Align::Right, 2});
    for (qsizetype j = 0; j < r.projects.size(); ++j) {
        QList<Cell> row{Cell::txt(r.projects[j])};
        qint64 sum = 0;
        for (const DonorLine &l : r.donors) {
            row.append(Cell::money(l.toProjects.value(j)));
            sum += l.toProjects.value(j);
        }
        row.append(Cell::money(sum));
        w.rows.append(row);
    }
    QList<Cell> rest{Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Not yet transferred")))};
    QList<Cell> totals{Cell::txt(word(lang, QT_TRANSLATE_NOOP("Report", "Total")))};
    for (const DonorLine &l : r.donors) {
        rest.append(Cell::money(l.notTransferred));
        totals.append(Cell::money(l.received));
    }
    qint64 restSum = 0;
    for (const DonorLine &l : r.donors)
        restSum += l.notTransferred;
    rest.append(Cell::money(restSum));
    totals.append(Cell::money(tr));
    w.rows.append(rest);
    w.totals = totals;
    w.cards = true; // a column per donor is too wide for a page: one block per project there
    w.note =
        word(lang,
             QT_TRANSLATE_NOOP(
                 "Report", "Each project's transfers net of refunds are attributed to donors in "
                           "proportion to what each donor paid in up to the date, in cents; the "
                           "cents left over go to the largest remainders, so each project's column "
                           "adds up exactly to its net transfers."));
    s.sheets = {c};
    if (!r.donor.isEmpty())
        s.sheets << ownCurrencySheets(r, lang);
    s.sheets << w;
    s.fields = {{word(lang, QT_TRANSLATE_NOOP("Report", "Pledged")), Cell::money(tp)},
                {word(lang, QT_TRANSLATE_NOOP("Report", "Received")), Cell::money(tr)},
                {word(lang, QT_TRANSLATE_NOOP("Report", "Outstanding")), Cell::money(to)}};
    return s;
}

} // namespace imdp::core::reports
