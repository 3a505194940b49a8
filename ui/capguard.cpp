// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/capguard.h"

#include "core/funding/capstatus.h"
#include "core/money/money.h"
#include "ui/dialogs.h"
#include "ui/labels.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

core::Result<std::optional<CapBreach>> planBreach(core::Database &db, qint64 deltaBank,
                                                  qint64 deltaOther)
{
    if (deltaBank <= 0 && deltaOther >= 0)
        return std::optional<CapBreach>(); // only a change that raises the Bank's share can breach
    auto now = core::funding::capStatus(db);
    if (!now)
        return now.error();
    auto after = core::evaluateCapWhatIf(now->plan.bank, now->plan.other, now->capBps,
                                         deltaBank, deltaOther);
    if (!after)
        return after.error();
    if (after->compliant)
        return std::optional<CapBreach>();
    return std::optional<CapBreach>(CapBreach{now->plan, *after, now->capBps});
}

QString capCheckFailedText(const core::Error &error)
{
    return QCoreApplication::translate("Cap", "The DGF cap could not be checked: %1")
        .arg(errorText(error));
}

QString usdText(qint64 minor)
{
    auto m = core::Money::fromMinor(minor, u"USD");
    return QCoreApplication::translate("Cap", "US$ %1")
        .arg(m ? m->format(QLocale()) : QString::number(minor));
}

QString percentText(qint64 bps)
{
    // Basis points are an exact integer; the percentage is shown from them, never computed in
    // floating point from amounts.
    auto m = core::Money::fromMinor(bps, u"USD");
    return QCoreApplication::translate("Cap", "%1%").arg(m ? m->format(QLocale()) : QString());
}

QString headroomText(const core::CapFigures &f)
{
    if (f.total == 0)
        return QCoreApplication::translate("Cap", "No funding on this basis yet");
    if (f.headroomUnlimited)
        return QCoreApplication::translate("Cap", "The cap allows any amount from the Bank");
    if (!f.compliant) {
        if (!f.otherNeeded)
            return QCoreApplication::translate(
                "Cap", "No amount from other donors can restore compliance");
        return QCoreApplication::translate("Cap", "%1 more from other donors is needed")
            .arg(usdText(*f.otherNeeded));
    }
    if (f.bankHeadroom == 0)
        return QCoreApplication::translate("Cap", "Exactly at the cap: nothing more from the "
                                                  "Bank would comply");
    return QCoreApplication::translate("Cap", "%1 more from the Bank would still comply")
        .arg(usdText(f.bankHeadroom));
}

QString breachText(const CapBreach &b)
{
    // The share as core rounded it (core/funding/caprule.h), the figure every screen shows.
    const qint64 share = b.after.shareBps;
    return QCoreApplication::translate(
               "Cap", "The DGF cap refuses this change. On the plan basis the Bank's share would "
                      "be %1 (cap %2): %3 from the Bank out of %4 in total.\n\nBefore this "
                      "change: %5.\nAfter it: %6.")
        .arg(percentText(share), percentText(b.capBps), usdText(b.after.bank),
             usdText(b.after.total), headroomText(b.before), headroomText(b.after));
}

std::optional<core::Result<qint64>>
writeWithCapOverride(QWidget *parent, core::Database &db, qint64 deltaBank, qint64 deltaOther,
                     const std::function<core::Result<qint64>(const QString &)> &write)
{
    auto r = write({});
    if (r || r.error().code != core::ErrorCode::Refused)
        return r;
    const auto breach = planBreach(db, deltaBank, deltaOther);
    if (!breach) // the refusal, and why no override can be offered
        return core::Result<qint64>(core::Error{
            r.error().code, errorText(r.error()) + u"\n"_s + capCheckFailedText(breach.error())});
    if (!*breach)
        return r; // refused for another reason: the caller shows the core's message
    const QString why = dialogs::capOverride(
        parent, QCoreApplication::translate("Cap", "Refused by the DGF cap"), breachText(**breach));
    if (why.isEmpty())
        return std::nullopt;
    return write(why);
}

} // namespace imdp::ui
