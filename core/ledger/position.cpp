// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The fund position: every figure is a sum of postings, read in one pass over one covering index
// without a sort (issue 23).
#include "core/ledger/journal.h"
#include "core/ledger/position.h"
#include "core/ledger/opening.h"

#include "core/fund/fund.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/storage/database.h"
#include "core/storage/query.h"

#include <QHash>
#include <QMap>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

using namespace detail;

namespace {

__extension__ using Int128 = __int128;

/// A running total that refuses to wrap: every figure is summed in 128 bits and checked once.
struct Sum
{
    Int128 v = 0;
    void add(qint64 x) { v += x; }
};

Result<qint64> narrow(const Sum &s, const char16_t *what)
{
    if (s.v > std::numeric_limits<qint64>::max() || s.v < -std::numeric_limits<qint64>::max())
        return Error::badInput(u"position"_s, u"ledger.position_beyond_largest_amount"_s,
                               {ErrorArg::txt(QString::fromUtf16(what))});
    return qint64(s.v);
}

struct DonorSums
{
    Sum pledged, prospective, received, arrears;
};

struct YearSums
{
    Sum pledged, received, income, fees, allocated, transferred, expenditure, refunded;
};

} // namespace

Result<FundPosition> position(Database &db, const QDate &at)
{
    if (!at.isValid())
        return Error::badInput(u"at"_s, u"ledger.date_required_2"_s, {});
    auto settings = fund::settings(db);
    if (!settings)
        return settings.error();
    const FundSettings &fiscal = *settings;

    Sum pledged, prospective, received, income, fees, fx, allocated, transferred, expenditure,
        refunded, waived, held, cash, partnerInterest, toFunds, directCosts, bankCharges;
    QHash<qint64, DonorSums> donors;
    QMap<int, YearSums> years;
    const auto add = [&](int account, const QString &flow, qint64 donor, int fy, qint64 v) {
        YearSums &y = years[fy];
        switch (account) {
        case Cash:
            cash.add(v);
            if (flow == u"receipt"_s) {
                received.add(v);
                donors[donor].received.add(v);
                y.received.add(v);
            }
            break;
        case PledgesReceivable:
            if (flow == u"pledge"_s) {
                pledged.add(v);
                donors[donor].pledged.add(v);
                y.pledged.add(v);
            }
            break;
        case ProspectivePledges:
            prospective.add(v);
            donors[donor].prospective.add(v);
            break;
        case InvestmentIncome:
            income.add(-v);
            y.income.add(-v);
            break;
        case AdminFee:
            fees.add(v);
            y.fees.add(v);
            break;
        case ExchangeDifferences: fx.add(-v); break;
        case Allocations:
            allocated.add(-v);
            y.allocated.add(-v);
            break;
        case Transfers:
            transferred.add(v);
            y.transferred.add(v);
            break;
        case Expenditure:
            expenditure.add(v);
            y.expenditure.add(v);
            break;
        case Refunds:
            refunded.add(-v);
            y.refunded.add(-v);
            break;
        case HeldByPartners: held.add(v); break;
        case ResidualWaived: waived.add(v); break;
        case PartnerInterest: partnerInterest.add(-v); break;
        case TransfersToFunds: toFunds.add(v); break;
        case DirectCosts: directCosts.add(v); break;
        case BankCharges: bankCharges.add(v); break;
        default: break;
        }
    };

    // The covering index posting_balance (account, flow, donor, date, usd) read without a sort
    // (issue 23): each (account, flow, donor) it holds is found by a seek past the previous one,
    // and its postings are summed by SQLite one fiscal year at a time, each year a range of the
    // index. Every posting dated by `at` is read once, as by a plain grouped sum.
    const QString cols = u"SELECT account_id, flow, donor_id, date FROM posting "_s;
    const QString order = u" ORDER BY account_id, flow, donor_id, date LIMIT 1"_s;
    Query first(db, cols + order);
    Query nextDonorAfterNull(db, cols + u"WHERE account_id = ? AND flow = ? AND donor_id IS NOT NULL"_s
                                     + order);
    Query nextDonor(db, cols + u"WHERE account_id = ? AND flow = ? AND donor_id > ?"_s + order);
    Query nextFlow(db, cols + u"WHERE account_id = ? AND flow > ?"_s + order);
    Query nextAccount(db, cols + u"WHERE account_id > ?"_s + order);
    const QString range = u"FROM posting WHERE account_id = ? AND flow = ? AND %1 "
                          "AND date >= ? AND date < ? AND date <= ?"_s;
    Query sumDonor(db, u"SELECT SUM(usd_minor) "_s + range.arg(u"donor_id = ?"_s));
    Query sumNoDonor(db, u"SELECT SUM(usd_minor) "_s + range.arg(u"donor_id IS NULL"_s));
    const QString atText = at.toString(Qt::ISODate);

    struct Key
    {
        int account = 0;
        QString flow;
        bool hasDonor = false;
        qint64 donor = 0;
        QString date; ///< the first posting's
    };
    // Reads the row a seek found, if any.
    const auto found = [](Query &q, Key &k) -> Result<bool> {
        if (auto s = q.exec(); !s)
            return s.error();
        if (!q.next()) {
            if (auto s = q.status(); !s)
                return s.error();
            return false;
        }
        k.account = int(q.integer(0));
        k.flow = q.text(1);
        k.hasDonor = q.value(2).isValid();
        k.donor = k.hasDonor ? q.integer(2) : 0;
        k.date = q.text(3);
        return true;
    };
    Key k;
    auto more = found(first, k);
    while (more && *more) {
        if (k.date <= atText) {
            // Fiscal years from the first posting's to the date's; the first range is open below
            // and the last stops at the date, so every text the date column holds up to `at`
            // falls in exactly one range.
            const QDate firstDate = QDate::fromString(k.date, Qt::ISODate);
            int fy = firstDate.isValid() ? fiscal.fiscalYearOf(firstDate)
                                         : fiscal.fiscalYearOf(at);
            QString from; // open below
            for (;; ++fy) {
                const QDate next = fiscal.fiscalYearStart(fy + 1);
                const QString until = next.isValid() ? next.toString(Qt::ISODate) : u"~"_s;
                Query &s = k.hasDonor ? sumDonor : sumNoDonor;
                s.bind(qint64(k.account)).bind(k.flow);
                if (k.hasDonor)
                    s.bind(k.donor);
                s.bind(from).bind(until).bind(atText);
                if (auto st = s.exec(); !st)
                    return st.error();
                const bool row = s.next();
                if (auto st = s.status(); !st) {
                    // SQLite refuses a sum past 64 bits; a range that large is added row by row
                    // in 128 bits, so the position refuses it only if a figure it shows is.
                    Query rows(db, u"SELECT usd_minor "_s
                                       + range.arg(k.hasDonor ? u"donor_id = ?"_s
                                                              : u"donor_id IS NULL"_s));
                    rows.bind(qint64(k.account)).bind(k.flow);
                    if (k.hasDonor)
                        rows.bind(k.donor);
                    rows.bind(from).bind(until).bind(atText);
                    if (auto e = rows.exec(); !e)
                        return e.error();
                    while (rows.next())
                        add(k.account, k.flow, k.donor, fy, rows.integer(0));
                    if (auto e = rows.status(); !e)
                        return e.error();
                } else if (row && s.value(0).isValid()) {
                    add(k.account, k.flow, k.donor, fy, s.integer(0));
                }
                if (until > atText)
                    break;
                from = until;
            }
        }
        // The next (account, flow, donor): a later donor, else a later flow, else a later account.
        if (k.hasDonor)
            nextDonor.bind(qint64(k.account)).bind(k.flow).bind(k.donor);
        else
            nextDonorAfterNull.bind(qint64(k.account)).bind(k.flow);
        const Key was = k;
        more = found(was.hasDonor ? nextDonor : nextDonorAfterNull, k);
        if (more && !*more) {
            nextFlow.bind(qint64(was.account)).bind(was.flow);
            more = found(nextFlow, k);
        }
        if (more && !*more) {
            nextAccount.bind(qint64(was.account));
            more = found(nextAccount, k);
        }
    }
    if (!more)
        return more.error();

    // Arrears: instalments of signed pledges due before `at` (on its due date an instalment is
    // due today, not in arrears: issue 20) beyond what was paid by `at`, in the pledge's
    // currency, valued at the pledge's own rate.
    Query a(
        db,
        u"SELECT p.donor_id, p.currency, p.rate_scaled, "
        "(SELECT COALESCE(SUM(i.amount_minor), 0) FROM pledge_instalment i "
        " WHERE i.pledge_id = p.id AND i.due_date < ?), "
        "(SELECT COALESCE(SUM(r.amount_minor), 0) FROM receipt r WHERE r.pledge_id = p.id "
        " AND r.date <= ? AND NOT EXISTS (SELECT 1 FROM journal_entry x "
        " WHERE x.reverses_entry_id = r.entry_id AND x.date <= ?)) "
        "+ CASE WHEN p.date <= ? THEN "_s +
            ledger::openingPaidSql() +
            u" ELSE 0 END "
            "FROM pledge p WHERE p.status = 'signed' AND EXISTS "
            "(SELECT 1 FROM pledge_instalment i WHERE i.pledge_id = p.id AND i.due_date < ?)"_s);
    for (int i = 0; i < 5; ++i)
        a.bind(at.toString(Qt::ISODate));
    if (auto s = a.exec(); !s)
        return s.error();
    Sum arrears;
    while (a.next()) {
        const qint64 due = a.integer(3) - a.integer(4);
        if (due <= 0)
            continue;
        auto money = Money::fromMinor(due, a.text(1));
        auto rate = Rate::fromScaled(a.integer(2));
        if (!money || !rate)
            continue; // the schema's CHECKs keep both valid; nothing to add otherwise
        auto usdDue = rate->toUsdMinor(*money);
        if (!usdDue)
            return usdDue.error();
        arrears.add(*usdDue);
        donors[a.integer(0)].arrears.add(*usdDue);
    }
    if (auto s = a.status(); !s)
        return s.error();

    FundPosition p;
    p.at = at;
    struct Out
    {
        qint64 *to;
        const Sum *from;
        const char16_t *name;
    };
    for (const Out &o : {Out{&p.pledged, &pledged, u"pledged"},
                         Out{&p.prospective, &prospective, u"prospective"},
                         Out{&p.received, &received, u"received"},
                         Out{&p.arrears, &arrears, u"arrears"}, Out{&p.income, &income, u"income"},
                         Out{&p.fees, &fees, u"fees"},
                         Out{&p.exchangeDifferences, &fx, u"exchange differences"},
                         Out{&p.allocated, &allocated, u"allocated"},
                         Out{&p.transferred, &transferred, u"transferred"},
                         Out{&p.expenditure, &expenditure, u"expenditure"},
                         Out{&p.refunded, &refunded, u"refunded"},
                         Out{&p.waived, &waived, u"waived"},
                         Out{&p.partnerInterest, &partnerInterest, u"partner interest"},
                         Out{&p.transfersToFunds, &toFunds, u"transfers to other funds"},
                         Out{&p.directCosts, &directCosts, u"direct costs"},
                         Out{&p.bankCharges, &bankCharges, u"bank charges"},
                         Out{&p.heldByPartners, &held, u"held by partners"},
                         Out{&p.cash, &cash, u"cash"}}) {
        auto v = narrow(*o.from, o.name);
        if (!v)
            return v.error();
        *o.to = *v;
    }
    Sum available;
    available.v = received.v + income.v + partnerInterest.v - fees.v - toFunds.v - directCosts.v
                  - bankCharges.v - allocated.v;
    auto avail = narrow(available, u"available");
    if (!avail)
        return avail.error();
    p.available = *avail;

    // Donors by name; their source follows the organisation's kind (bank ⇔ source bank).
    Query names(db, u"SELECT id, name, kind FROM organisation"_s);
    if (auto s = names.exec(); !s)
        return s.error();
    QHash<qint64, std::pair<QString, QString>> orgs;
    while (names.next())
        orgs.insert(names.integer(0), {names.text(1), names.text(2) == u"bank"_s ? u"bank"_s
                                                                                 : u"donor"_s});
    Sum outstanding;
    QMap<QString, SourcePosition> sources{{u"donor"_s, {u"donor"_s, 0, 0, 0}},
                                          {u"bank"_s, {u"bank"_s, 0, 0, 0}}};
    for (auto it = donors.cbegin(); it != donors.cend(); ++it) {
        const auto &[name, source] = orgs.value(it.key());
        DonorPosition d;
        d.donor = name;
        d.source = source;
        for (const auto &[to, from] : {std::pair{&d.pledged, &it->pledged},
                                       std::pair{&d.prospective, &it->prospective},
                                       std::pair{&d.received, &it->received},
                                       std::pair{&d.arrears, &it->arrears}}) {
            auto v = narrow(*from, u"a donor's total");
            if (!v)
                return v.error();
            *to = *v;
        }
        if (d.pledged == 0 && d.prospective == 0 && d.received == 0 && d.arrears == 0)
            continue;
        d.outstanding = std::max<qint64>(0, d.pledged - d.received);
        outstanding.add(d.outstanding);
        SourcePosition &s = sources[source];
        for (const auto &[to, v] : {std::pair{&s.pledged, d.pledged},
                                    std::pair{&s.prospective, d.prospective},
                                    std::pair{&s.received, d.received}}) {
            if (__builtin_add_overflow(*to, v, to))
                return Error::badInput(u"position"_s, u"ledger.position_source_s_total"_s, {});
        }
        p.byDonor.append(d);
    }
    std::sort(p.byDonor.begin(), p.byDonor.end(), [](const DonorPosition &x, const DonorPosition &y) {
        return x.donor == y.donor ? x.source < y.source : x.donor < y.donor;
    });
    auto out = narrow(outstanding, u"outstanding");
    if (!out)
        return out.error();
    p.outstanding = *out;
    p.bySource = {sources.value(u"donor"_s), sources.value(u"bank"_s)};

    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        FiscalYearPosition y;
        y.year = it.key();
        y.start = fiscal.fiscalYearStart(it.key());
        y.end = y.start.addYears(1).addDays(-1);
        const YearSums &s = it.value();
        for (const auto &[to, from] :
             {std::pair{&y.pledged, &s.pledged}, std::pair{&y.received, &s.received},
              std::pair{&y.income, &s.income}, std::pair{&y.fees, &s.fees},
              std::pair{&y.allocated, &s.allocated}, std::pair{&y.transferred, &s.transferred},
              std::pair{&y.expenditure, &s.expenditure}, std::pair{&y.refunded, &s.refunded}}) {
            auto v = narrow(*from, u"a fiscal year's total");
            if (!v)
                return v.error();
            *to = *v;
        }
        const bool empty = y.pledged == 0 && y.received == 0 && y.income == 0 && y.fees == 0
                           && y.allocated == 0 && y.transferred == 0 && y.expenditure == 0
                           && y.refunded == 0;
        if (!empty)
            p.byFiscalYear.append(y);
    }
    return p;
}

Result<qint64> availableForAllocation(Database &db, const QDate &at)
{
    return available(db, at);
}

} // namespace imdp::core::ledger
