// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The administrative agent fee rule: parsing, its text form and the fee on one receipt.
#include "core/ledger/journal.h"
#include "core/ledger/feerule.h"

#include "core/fund/fund.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

namespace {
Result<int> parseBps(QStringView text)
{
    bool ok = false;
    const int bps = text.toInt(&ok);
    if (!ok || bps < 0 || bps > 10000 || text.startsWith(u'+') || text.startsWith(u'-'))
        return Error::badInput(u"fee"_s, u"ledger.fee_number_basis_points"_s,
                               {ErrorArg::txt(text.left(20).toString())});
    return bps;
}
} // namespace

Result<FeeRule> FeeRule::parse(const QString &text)
{
    const QString t = text.trimmed();
    FeeRule rule;
    if (t == u"none"_s)
        return rule;
    if (t.startsWith(u"flat:"_s)) {
        auto bps = parseBps(QStringView(t).sliced(5));
        if (!bps)
            return bps.error();
        rule.tiers.append({-1, *bps});
        return rule;
    }
    if (t.startsWith(u"tiered:"_s)) {
        const QStringList parts = t.sliced(7).split(u',');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString part = parts.at(i).trimmed();
            const qsizetype eq = part.indexOf(u'=');
            if (eq < 0)
                return Error::badInput(u"fee"_s, u"ledger.fee_tier_must_amount"_s,
                                       {ErrorArg::txt(part)});
            auto bps = parseBps(QStringView(part).sliced(eq + 1));
            if (!bps)
                return bps.error();
            const QStringView bound = QStringView(part).first(eq);
            const bool last = i == parts.size() - 1;
            if (bound == u"*") {
                if (!last)
                    return Error::badInput(u"fee"_s, u"ledger.fee_only_last_tier"_s, {});
                rule.tiers.append({-1, *bps});
                continue;
            }
            auto upTo = parseMinor(bound, kBaseMinorUnits);
            if (!upTo)
                return Error::within(u"fee"_s, upTo.error());
            if (*upTo <= 0 || (!rule.tiers.isEmpty() && *upTo <= rule.tiers.last().upToMinor))
                return Error::badInput(u"fee"_s, u"ledger.fee_tier_bounds_must"_s, {});
            if (last)
                return Error::badInput(u"fee"_s, u"ledger.fee_last_tier_must"_s, {});
            rule.tiers.append({*upTo, *bps});
        }
        if (rule.tiers.isEmpty())
            return Error::badInput(u"fee"_s, u"ledger.fee_tiered_needs_least"_s, {});
        return rule;
    }
    return Error::badInput(u"fee"_s, u"ledger.fee_must_none_flat"_s, {ErrorArg::txt(t.left(40))});
}

QString FeeRule::toString() const
{
    if (tiers.isEmpty())
        return u"none"_s;
    if (tiers.size() == 1 && tiers.first().upToMinor < 0)
        return u"flat:%1"_s.arg(tiers.first().bps);
    QStringList parts;
    for (const Tier &t : tiers) {
        parts.append(u"%1=%2"_s.arg(t.upToMinor < 0 ? u"*"_s : detail::usd(t.upToMinor))
                         .arg(t.bps));
    }
    return u"tiered:"_s + parts.join(u',');
}

qint64 FeeRule::feeOn(qint64 usdMinor) const
{
    if (usdMinor <= 0)
        return 0;
    // Σ bracket × bps is exact in 128 bits (below 2^63 × 10^4); one rounding at the end.
    __extension__ using Int128 = __int128;
    Int128 scaled = 0;
    qint64 lower = 0;
    for (const Tier &t : tiers) {
        const qint64 upper = t.upToMinor < 0 ? usdMinor : std::min(t.upToMinor, usdMinor);
        if (upper > lower)
            scaled += Int128(upper - lower) * t.bps;
        if (upper >= usdMinor)
            break;
        lower = upper;
    }
    Int128 fee = scaled / 10000;
    if ((scaled % 10000) * 2 >= 10000)
        ++fee;
    return qint64(std::min<Int128>(fee, usdMinor));
}

Result<std::optional<int>> parseFeeBps(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int bps = t.toInt(&ok);
    const bool digits =
        std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || !digits || t.size() > 5 || bps > 10000)
        return Error::badInput(u"fee_bps"_s, u"ledger.fee_bps_must_whole"_s,
                               {ErrorArg::txt(t.left(20))});
    return std::optional<int>(bps);
}

Result<FeeRule> feeRule(Database &db)
{
    auto text = fund::settingOr(db, u"admin_fee"_s, u"none"_s); // none: no fee rule yet
    if (!text)
        return text.error();
    return FeeRule::parse(*text);
}

Status setFeeRule(Database &db, const FeeRule &rule)
{
    // Round-trip through the text form: what is stored is what parse() accepts.
    auto checked = FeeRule::parse(rule.toString());
    if (!checked)
        return checked.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto before = feeRule(db);
    Query q(db, u"INSERT INTO fund_setting (key, value) VALUES ('admin_fee', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.bind(rule.toString());
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"ledger.fee"_s,
                               {{u"from"_s, before ? before->toString() : QString()},
                                {u"to"_s, rule.toString()}});
        !s)
        return s;
    return tx.commit();
}

} // namespace imdp::core::ledger
