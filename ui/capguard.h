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

/// The refusal moving the plan basis by these USD cents would get, as core decides and figures it
/// (core::funding::planChangeRefusal): for a form's hint before saving. An error when the cap
/// figures cannot be read: never taken for "no breach".
core::Result<std::optional<core::CapRefusal>> planBreach(core::Database &db, qint64 deltaBank,
                                                         qint64 deltaOther);
/// "The DGF cap could not be checked: …", for a planBreach() error.
QString capCheckFailedText(const core::Error &error);

QString usdText(qint64 minor);       ///< "US$ 1,234.56", in the user's locale
QString percentText(qint64 bps);     ///< "15.00%" (French: "15,00 %")
QString headroomText(const core::CapFigures &figures); ///< the headroom in words
/// The cap's refusal in words, from the figures core's refusal carries (core::capRefusalOf).
QString breachText(const core::CapRefusal &refusal);

/// Runs `write` with no override; when the cap refuses it, shows the refusal and offers to
/// record it with a written justification, then runs `write` again with it. Returns the last
/// result, or nullopt when the officer gave up at the override question. The refusal is core's,
/// with its figures (core::capRefusalOf): nothing is read or computed again here.
std::optional<core::Result<qint64>>
writeWithCapOverride(QWidget *parent,
                     const std::function<core::Result<qint64>(const QString &)> &write);

} // namespace imdp::ui
