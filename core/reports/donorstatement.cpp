// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The donor statement: what each donor pledged and paid, and where its money went.
#include "core/reports/checkedsum.h"
#include "core/reports/financial.h"
#include "core/reports/statementparts.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/ledger/position.h"
#include "core/ledger/opening.h"
#include "core/pipeline/proposals.h"
#include "core/storage/audit.h"
#include "core/storage/query.h"

#include <QMap>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

using report::Align;
using report::Column;
using namespace detail;

// ---- Donor statement --------------------------------------------------------------------------

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
        Query q(db,
                u"SELECT p.project, SUM(p.usd_minor) FROM posting p "
                "JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id "
                "WHERE e.date <= ? AND a.key IN ('transfers', 'refunds') GROUP BY p.project"_s);
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
    Query q(db, u"SELECT o.name, p.id, "
                "(SELECT COALESCE(SUM(r.amount_minor), 0) FROM receipt r WHERE r.pledge_id = p.id "
                " AND r.date <= ? AND NOT EXISTS (SELECT 1 FROM journal_entry x "
                " WHERE x.reverses_entry_id = r.entry_id AND x.date <= ?)) "
                "+ CASE WHEN p.date <= ? THEN "_s +
                    ledger::openingPaidSql() +
                    u" ELSE 0 END "
                    "FROM pledge p JOIN organisation o ON o.id = p.donor_id "
                    "WHERE p.status = 'signed' ORDER BY p.id"_s);
    q.bind(r.at.toString(Qt::ISODate));
    q.bind(r.at.toString(Qt::ISODate));
    q.bind(r.at.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        const QString donor = q.text(0);
        const qint64 paid = q.integer(2);
        Query i(db, u"SELECT due_date, amount_minor FROM pledge_instalment WHERE pledge_id = ? "
                    "ORDER BY due_date"_s);
        i.bind(q.integer(1));
        if (auto s = i.exec(); !s)
            return s.error();
        Int128 cumulative = 0;
        while (i.next()) {
            cumulative += i.integer(1);
            if (QDate::fromString(i.text(0), Qt::ISODate) < r.at && cumulative > paid)
                ++late[donor];
        }
    }
    if (auto s = q.status(); !s)
        return s.error();

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
    for (const CheckedSum &sum : projects)
        fits = fits && sum.fits();
    if (!fits)
        return totalOutOfRange(u"donor statement"_s);
    return r;
}

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
    s.sheets = {c, w};
    s.fields = {{word(lang, QT_TRANSLATE_NOOP("Report", "Pledged")), Cell::money(tp)},
                {word(lang, QT_TRANSLATE_NOOP("Report", "Received")), Cell::money(tr)},
                {word(lang, QT_TRANSLATE_NOOP("Report", "Outstanding")), Cell::money(to)}};
    return s;
}

} // namespace imdp::core::reports
