// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The DGF cap as the officer meets it: the figures in words, and the refusal → override flow that
// every dialog which changes the plan basis goes through (pledges recorded, amended, cancelled).

#include "core/funding/caprule.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace imdp::core {
class Database;
}

namespace imdp::ui {

/// A change the cap rule would refuse: the plan basis before and after it.
struct CapBreach
{
    core::CapFigures before;
    core::CapFigures after;
    int capBps = core::kDefaultCapBps;
};

/// Whether moving the plan basis by these USD cents would be refused (core's checkPlanChange
/// rule: a change that raises the Bank's share and leaves the plan non-compliant). An error when
/// the cap figures cannot be read: never taken for "no breach".
core::Result<std::optional<CapBreach>> planBreach(core::Database &db, qint64 deltaBank,
                                                  qint64 deltaOther);
/// "The DGF cap could not be checked: …", for a planBreach() error.
QString capCheckFailedText(const core::Error &error);

QString usdText(qint64 minor);       ///< "US$ 1,234.56", in the user's locale
QString percentText(qint64 bps);     ///< "15.00%" (French: "15,00 %")
QString headroomText(const core::CapFigures &figures); ///< the headroom in words
QString breachText(const CapBreach &breach);           ///< the refusal with its numbers

/// Runs `write` with no override; when the cap refuses it, shows the refusal and offers to
/// record it with a written justification, then runs `write` again with it. Returns the last
/// result, or nullopt when the officer gave up at the override question. When the cap figures
/// cannot be read, the refusal comes back with that failure added (no override is offered).
std::optional<core::Result<qint64>>
writeWithCapOverride(QWidget *parent, core::Database &db, qint64 deltaBank, qint64 deltaOther,
                     const std::function<core::Result<qint64>(const QString &)> &write);

} // namespace imdp::ui
