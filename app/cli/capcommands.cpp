// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp cap: the DGF 15% cap on its three bases, with headroom and what-if.
#include "app/cli/cli.h"

#include "core/funding/capstatus.h"
#include "core/i18n/i18n.h"
#include "core/money/money.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace imdp::cli {

namespace {

QString percent(qint64 bps)
{
    if (language() != u"en"_s)
        return core::i18n::formatPercentBps(bps, language());
    return u"%1.%2%"_s.arg(bps / 100).arg(bps % 100, 2, 10, QLatin1Char('0'));
}

QJsonValue optionalUsd(bool present, qint64 minor)
{
    return present ? QJsonValue(usd(minor)) : QJsonValue(QJsonValue::Null);
}

QJsonObject basisJson(const CapFigures &f)
{
    return {{u"bank"_s, usd(f.bank)},
            {u"other"_s, usd(f.other)},
            {u"total"_s, usd(f.total)},
            {u"share_bps"_s, f.shareBps},
            {u"compliant"_s, f.compliant},
            {u"bank_headroom"_s, optionalUsd(!f.headroomUnlimited, f.bankHeadroom)},
            {u"other_needed"_s, optionalUsd(f.otherNeeded.has_value(), f.otherNeeded.value_or(0))}};
}

QJsonObject statusJson(const CapStatus &s)
{
    return {{u"cap_bps"_s, s.capBps},
            {u"plan"_s, basisJson(s.plan)},
            {u"pledged"_s, basisJson(s.pledged)},
            {u"received"_s, basisJson(s.received)}};
}

QString headroomText(const CapFigures &f)
{
    if (!f.compliant) {
        return f.otherNeeded ? tr("needs %1 more from other donors").arg(shownUsd(*f.otherNeeded))
                             : tr("no other funding can restore compliance");
    }
    return f.headroomUnlimited ? tr("Bank headroom unlimited")
                               : tr("Bank headroom %1").arg(shownUsd(f.bankHeadroom));
}

void printStatus(const CapStatus &s)
{
    const QList<std::pair<QString, const CapFigures *>> rows{
        {u"plan"_s, &s.plan}, {u"pledged"_s, &s.pledged}, {u"received"_s, &s.received}};
    // The basis column as wide as its longest word (9 in English).
    qsizetype width = std::max<qsizetype>(9, tr("basis").size());
    for (const auto &row : rows)
        width = std::max(width, word(core::i18n::Kind::Basis, row.first).size());
    out(u"%1  %2 %3 %4 %5  %6  %7"_s.arg(tr("basis"), -int(width))
            .arg(tr("bank"), 16)
            .arg(tr("other"), 16)
            .arg(tr("total"), 16)
            .arg(tr("share"), 7)
            .arg(tr("complies"), -8)
            .arg(tr("headroom")));
    for (const auto &[name, f] : rows) {
        out(u"%1  %2 %3 %4 %5  %6  %7"_s.arg(word(core::i18n::Kind::Basis, name), -int(width))
                .arg(shownUsd(f->bank), 16)
                .arg(shownUsd(f->other), 16)
                .arg(shownUsd(f->total), 16)
                .arg(percent(f->shareBps), 7)
                .arg(f->compliant ? tr("yes") : tr("NO"), -8)
                .arg(headroomText(*f)));
    }
}

Result<qint64> parseUsd(const QString &option, const QString &text)
{
    auto m = parseMinor(text, 2);
    if (!m)
        return Error::badInput(u"--%1: %2"_s.arg(option, m.error().message));
    return *m;
}

int runCap(Invocation &c)
{
    CapChange change;
    if (c.isSet(u"what-if-bank"_s)) {
        auto v = parseUsd(u"what-if-bank"_s, c.value(u"what-if-bank"_s));
        if (!v)
            return fail(v.error());
        change.planBank = change.pledgedBank = change.receivedBank = *v;
    }
    if (c.isSet(u"what-if-other"_s)) {
        auto v = parseUsd(u"what-if-other"_s, c.value(u"what-if-other"_s));
        if (!v)
            return fail(v.error());
        change.planOther = change.pledgedOther = change.receivedOther = *v;
    }
    auto now = funding::capStatus(*c.db);
    if (!now)
        return fail(now.error());
    const bool wantWhatIf = c.isSet(u"what-if-bank"_s) || c.isSet(u"what-if-other"_s);
    Result<CapStatus> after = *now;
    if (wantWhatIf) {
        after = funding::whatIf(*now, change);
        if (!after)
            return fail(after.error());
    }
    Result<QList<FiscalYearCap>> fys = QList<FiscalYearCap>();
    if (c.isSet(u"fiscal-years"_s)) {
        fys = funding::capByFiscalYear(*c.db);
        if (!fys)
            return fail(fys.error());
    }
    if (c.isJson()) {
        QJsonObject o = statusJson(*now);
        if (wantWhatIf) {
            QJsonObject w = statusJson(*after);
            w.remove(u"cap_bps"_s);
            w.insert(u"bank_change"_s, usd(change.planBank));
            w.insert(u"other_change"_s, usd(change.planOther));
            o.insert(u"what_if"_s, w);
        }
        if (c.isSet(u"fiscal-years"_s)) {
            QJsonArray a;
            for (const FiscalYearCap &fy : *fys) {
                QJsonObject y = statusJson(fy.status);
                y.remove(u"cap_bps"_s);
                y.insert(u"fiscal_year"_s, fy.fiscalYear);
                y.insert(u"start"_s, fy.start.toString(Qt::ISODate));
                y.insert(u"end"_s, fy.end.toString(Qt::ISODate));
                a.append(y);
            }
            o.insert(u"fiscal_years"_s, a);
        }
        printJson(o);
        return Ok;
    }
    out(tr("DGF cap: Bank resources at most %1 of total funding (%2 bps). Amounts in USD.")
            .arg(percent(now->capBps))
            .arg(now->capBps));
    printStatus(*now);
    if (wantWhatIf) {
        out(tr("\nWhat if: Bank %1, other %2")
                .arg(shownUsd(change.planBank), shownUsd(change.planOther)));
        printStatus(*after);
    }
    for (const FiscalYearCap &fy : *fys) {
        out(tr("\nFiscal year %1 (%2 to %3)")
                .arg(fy.fiscalYear)
                .arg(shownDate(fy.start), shownDate(fy.end)));
        printStatus(fy.status);
    }
    return Ok;
}

} // namespace

void registerCapCommands(Registry &r)
{
    r.add({.name = u"cap"_s,
           .summary =
               u"The DGF cap: cap FILE [--json] [--what-if-bank AMOUNT] [--what-if-other AMOUNT]"_s,
           .description = u"The DGF cap on the plan, pledged and received bases: the Bank's "
                          "share, compliance and headroom (amounts in USD)."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"what-if-bank"_s,
                        u"Also show the bases after a further Bank contribution (USD, "
                        "negative to reduce)."_s,
                        u"AMOUNT"_s},
                       {u"what-if-other"_s,
                        u"Also show the bases after a further non-Bank contribution "
                        "(USD, negative to reduce)."_s,
                        u"AMOUNT"_s},
                       {u"fiscal-years"_s, u"Also show each fiscal year."_s}},
           .fund = Fund::Read,
           .signedAmounts = {u"what-if-bank"_s, u"what-if-other"_s},
           .json = true,
           .run = runCap});
}

} // namespace imdp::cli
