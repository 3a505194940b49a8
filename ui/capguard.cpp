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

core::Result<std::optional<core::CapRefusal>> planBreach(core::Database &db, qint64 deltaBank,
                                                         qint64 deltaOther)
{
    auto refusal = core::funding::planChangeRefusal(db, deltaBank, deltaOther, QString());
    if (!refusal)
        return refusal.error();
    if (!*refusal)
        return std::optional<core::CapRefusal>();
    return core::capRefusalOf(**refusal);
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

QString breachText(const core::CapRefusal &r)
{
    // The figures of core's refusal, as it computed and rounded them: nothing recomputed here.
    const QString before =
        r.headroomBefore > 0
            ? QCoreApplication::translate("Cap", "%1 more from the Bank would still comply")
                  .arg(usdText(r.headroomBefore))
            : QCoreApplication::translate("Cap", "nothing more from the Bank would comply");
    const QString after =
        r.otherNeeded ? QCoreApplication::translate("Cap", "%1 more from other donors is needed")
                            .arg(usdText(*r.otherNeeded))
                      : QCoreApplication::translate(
                            "Cap", "No amount from other donors can restore compliance");
    return QCoreApplication::translate(
               "Cap", "The DGF cap refuses this change. On the plan basis the Bank's share would "
                      "be %1 (cap %2): %3 from the Bank out of %4 in total.\n\nBefore this "
                      "change: %5.\nAfter it: %6.")
        .arg(percentText(r.shareBps), percentText(r.capBps), usdText(r.bank), usdText(r.total),
             before, after);
}

std::optional<core::Result<qint64>>
writeWithCapOverride(QWidget *parent,
                     const std::function<core::Result<qint64>(const QString &)> &write)
{
    auto r = write({});
    if (r)
        return r;
    const auto refusal = core::capRefusalOf(r.error());
    if (!refusal)
        return r; // refused for another reason: the caller shows the core's message
    const QString why = dialogs::capOverride(
        parent, QCoreApplication::translate("Cap", "Refused by the DGF cap"), breachText(*refusal));
    if (why.isEmpty())
        return std::nullopt;
    return write(why);
}

} // namespace imdp::ui
