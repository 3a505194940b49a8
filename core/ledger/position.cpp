// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The fund position: every figure is a sum of postings, read in one pass over one covering index.
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
        return Error::badInput(u"position: %1 is beyond the largest amount"_s.arg(
            QString::fromUtf16(what)));
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
        return Error::badInput(u"at: a date is required"_s);
    auto settings = fund::settings(db);
    if (!settings)
        return settings.error();
    const FundSettings &fiscal = *settings;

    // One grouped pass: per account, flow, donor, month and whether the day is on or after the
    // fiscal year's start day. That lets the fiscal years be folded here, whatever day the
    // fund's year starts on.
    Query q(db, u"SELECT account_id, flow, COALESCE(donor_id, 0), substr(date, 1, 7), "
                "SUM(usd_minor), CAST(substr(date, 9, 2) AS INTEGER) >= ? AS later "
                "FROM posting WHERE date <= ? "
                "GROUP BY account_id, flow, donor_id, substr(date, 1, 7), later"_s);
    q.bind(qint64(fiscal.fiscalYearStartDay)).bind(at.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    Sum pledged, prospective, received, income, fees, fx, allocated, transferred, expenditure,
        refunded, waived, held, cash, partnerInterest, toFunds, directCosts, bankCharges;
    QHash<qint64, DonorSums> donors;
    QMap<int, YearSums> years;
    while (q.next()) {
        const int account = int(q.integer(0));
        const QString flow = q.text(1);
        const qint64 donor = q.integer(2);
        const QString month = q.text(3);
        const qint64 v = q.integer(4);
        const int fy = fiscal.fiscalYearOf(month.left(4).toInt(), month.mid(5, 2).toInt(),
                                           q.integer(5) != 0);
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
    }
    if (auto s = q.status(); !s)
        return s.error();

    // Arrears: instalments of signed pledges due by `at` beyond what was paid by `at`, in the
    // pledge's currency, valued at the pledge's own rate.
    Query a(
        db,
        u"SELECT p.donor_id, p.currency, p.rate_scaled, "
        "(SELECT COALESCE(SUM(i.amount_minor), 0) FROM pledge_instalment i "
        " WHERE i.pledge_id = p.id AND i.due_date <= ?), "
        "(SELECT COALESCE(SUM(r.amount_minor), 0) FROM receipt r WHERE r.pledge_id = p.id "
        " AND r.date <= ? AND NOT EXISTS (SELECT 1 FROM journal_entry x "
        " WHERE x.reverses_entry_id = r.entry_id AND x.date <= ?)) "
        "+ CASE WHEN p.date <= ? THEN "_s +
            ledger::openingPaidSql() +
            u" ELSE 0 END "
            "FROM pledge p WHERE p.status = 'signed' AND EXISTS "
            "(SELECT 1 FROM pledge_instalment i WHERE i.pledge_id = p.id AND i.due_date <= ?)"_s);
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
                return Error::badInput(u"position: a source's total is beyond the largest amount"_s);
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
