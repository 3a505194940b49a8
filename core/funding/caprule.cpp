// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/funding/caprule.h"

#include <QLatin1Char>
#include <QtNumeric>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

namespace {

// Products such as 10000 * bank reach about 2^77, beyond 64 bits; __extension__ keeps -Wpedantic
// quiet about the GCC/Clang 128-bit type, which the domain rules ask for here.
__extension__ typedef __int128 Wide;

constexpr int kFullBps = 10000;
constexpr qint64 kMaxMinor = std::numeric_limits<qint64>::max();

// Money text for messages, by integer arithmetic only (no floating point anywhere in the core).
// The magnitude goes through quint64 so that INT64_MIN formats instead of overflowing.
QString formatUsd(qint64 minor)
{
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = minor < 0 ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / 100u);
    text += QLatin1Char('.');
    text += QStringLiteral("%1").arg(magnitude % 100u, 2, 10, QLatin1Char('0'));
    return text;
}

QString formatPercentFromBps(qint64 bps)
{
    return QStringLiteral("%1.%2%").arg(bps / 100).arg(bps % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<CapFigures> evaluateCap(qint64 bankMinor, qint64 otherMinor, int capBps)
{
    if (capBps < 0 || capBps > kFullBps)
        return Error::badInput(u""_s, u"funding.dgf_cap_must_basis"_s, {ErrorArg::num(capBps)});
    if (bankMinor < 0)
        return Error::badInput(u""_s, u"funding.bank_funding_must_negative"_s,
                               {ErrorArg::money(bankMinor, u"USD"_s)});
    if (otherMinor < 0)
        return Error::badInput(u""_s, u"funding.non_bank_funding_must"_s,
                               {ErrorArg::money(otherMinor, u"USD"_s)});
    qint64 total = 0;
    if (qAddOverflow(bankMinor, otherMinor, &total))
        return Error::badInput(u""_s, u"funding.total_funding_too_large"_s,
                               {ErrorArg::money(bankMinor, u"USD"_s),
                                ErrorArg::money(otherMinor, u"USD"_s),
                                ErrorArg::money(kMaxMinor, u"USD"_s)});

    CapFigures f;
    f.bank = bankMinor;
    f.other = otherMinor;
    f.total = total;

    const Wide bank = bankMinor;
    const Wide other = otherMinor;
    const Wide cap = capBps;
    f.compliant = bank * kFullBps <= cap * total;
    // The one rounding of the share, shown alike by the dashboard, the what-if, the dossier, the
    // reports and the refusal: toward the side of the cap it is on, so a compliant share never
    // reads over the cap and a share just over it (15.0001%) never reads as the cap itself.
    if (total != 0) {
        const Wide numerator = bank * kFullBps;
        f.shareBps = qint64(f.compliant ? numerator / total : (numerator + total - 1) / total);
    }

    // A further amount is only useful if the new total can still be recorded, so both figures
    // stay within what remains below INT64_MAX; past that the what-if is refused anyway.
    const Wide room = Wide(kMaxMinor) - total;

    if (capBps == kFullBps) {
        f.headroomUnlimited = true;
        f.bankHeadroom = 0;
    } else {
        // 10000 * b <= c * (b + o)  <=>  b <= c * o / (10000 - c); floor gives the last cent.
        Wide headroom = cap * other / (kFullBps - cap) - bank;
        if (headroom < 0)
            headroom = 0;
        if (headroom > room)
            headroom = room;
        f.bankHeadroom = qint64(headroom);
    }

    if (f.compliant) {
        f.otherNeeded = 0;
    } else if (capBps == 0) {
        // Non-compliant at cap 0 means bank > 0: any bank share is too much, whatever is added.
        f.otherNeeded = std::nullopt;
    } else {
        // c * (b + o') >= 10000 * b  <=>  o' >= (10000 - c) * b / c; ceil gives the first cent.
        const Wide minOther = ((kFullBps - cap) * bank + cap - 1) / cap;
        const Wide needed = minOther - other; // > 0, as the figures are not compliant
        if (needed > room)
            f.otherNeeded = std::nullopt;
        else
            f.otherNeeded = qint64(needed);
    }
    return f;
}

Result<CapFigures> evaluateCapWhatIf(qint64 bankMinor, qint64 otherMinor, int capBps,
                                     qint64 deltaBank, qint64 deltaOther)
{
    // Check the starting point first so that a bad setting or amount is named as such, not
    // blamed on the change.
    const Result<CapFigures> before = evaluateCap(bankMinor, otherMinor, capBps);
    if (!before)
        return before.error();

    const auto apply = [](bool bank, qint64 now, qint64 delta,
                          qint64 *after) -> std::optional<Error> {
        if (qAddOverflow(now, delta, after))
            return Error::badInput(
                u""_s, bank ? u"funding.bank_too_large"_s : u"funding.other_too_large"_s,
                {ErrorArg::money(now, u"USD"_s), ErrorArg::money(delta, u"USD"_s)});
        if (*after < 0)
            return Error::badInput(
                u""_s, bank ? u"funding.bank_below_zero"_s : u"funding.other_below_zero"_s,
                {ErrorArg::money(now, u"USD"_s), ErrorArg::money(delta, u"USD"_s),
                 ErrorArg::money(*after, u"USD"_s)});
        return std::nullopt;
    };

    qint64 bankAfter = 0;
    qint64 otherAfter = 0;
    if (auto e = apply(true, bankMinor, deltaBank, &bankAfter))
        return *e;
    if (auto e = apply(false, otherMinor, deltaOther, &otherAfter))
        return *e;
    return evaluateCap(bankAfter, otherAfter, capBps);
}

QString capRefusalMessage(const CapFigures &before, const CapFigures &after, int capBps)
{
    const QString headroom =
        before.headroomUnlimited ? QStringLiteral("unlimited") : formatUsd(before.bankHeadroom);
    QString needed;
    if (after.otherNeeded)
        needed = QStringLiteral("non-bank funding needed %1").arg(formatUsd(*after.otherNeeded));
    else
        needed = QStringLiteral("no amount of non-bank funding can restore compliance");

    return QStringLiteral("refused: the Bank's share on the plan basis would be %1 (cap %2): "
                          "bank %3 of total %4 USD; bank headroom before this change was %5; %6")
        .arg(formatPercentFromBps(after.shareBps), formatPercentFromBps(capBps),
             formatUsd(after.bank), formatUsd(after.total), headroom, needed);
}

QString capRefusalKey(const CapFigures &after)
{
    return after.otherNeeded ? QStringLiteral("cap.refused")
                             : QStringLiteral("cap.refused_unrestorable");
}

QList<ErrorArg> capRefusalArgs(const QString &what, const CapFigures &before,
                               const CapFigures &after, int capBps)
{
    const QString usd = QStringLiteral("USD");
    QList<ErrorArg> args{ErrorArg::txt(what),
                         ErrorArg::percent(after.shareBps),
                         ErrorArg::percent(capBps),
                         ErrorArg::money(after.bank, usd),
                         ErrorArg::money(after.total, usd),
                         ErrorArg::money(before.bankHeadroom, usd)};
    if (after.otherNeeded)
        args.append(ErrorArg::money(*after.otherNeeded, usd));
    return args;
}

std::optional<CapRefusal> capRefusalOf(const Error &e)
{
    const bool restorable = e.key == QStringLiteral("cap.refused");
    if (!restorable && e.key != QStringLiteral("cap.refused_unrestorable"))
        return std::nullopt;
    if (e.args.size() != (restorable ? 7 : 6))
        return std::nullopt;
    CapRefusal r;
    r.what = e.args[0].text;
    r.shareBps = e.args[1].number;
    r.capBps = e.args[2].number;
    r.bank = e.args[3].number;
    r.total = e.args[4].number;
    r.headroomBefore = e.args[5].number;
    if (restorable)
        r.otherNeeded = e.args[6].number;
    return r;
}

Result<int> parseCapBps(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const auto refuse = [&text]() -> Error {
        // Quote at most a short prefix: the text may come from a file and be arbitrarily long.
        const QString shown =
            text.size() > 40 ? text.left(40).toString() + QStringLiteral("...") : text.toString();
        return Error::badInput(u""_s, u"funding.dgf_cap_must_whole"_s, {ErrorArg::txt(shown)});
    };
    if (trimmed.isEmpty())
        return refuse();
    int value = 0;
    for (const QChar ch : trimmed) {
        // Only ASCII digits: QChar::isDigit() would also take e.g. Arabic-Indic digits.
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return refuse();
        value = value * 10 + (ch.unicode() - u'0');
        if (value > kFullBps) // stop early, so long digit strings cannot overflow int
            return refuse();
    }
    return value;
}

} // namespace imdp::core
