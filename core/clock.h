// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace imdp::core {

/// The one source of "now" and "who" for the core. Tests and golden CLI runs pin both through
/// `setFixed()` or the environment (IMDP_NOW as ISO 8601 UTC, IMDP_USER) so output is repeatable.
class Clock
{
public:
    static QDateTime now();
    static QDate today() { return now().date(); }
    /// ISO 8601 UTC with seconds, the form stored in every `at` column.
    static QString stamp();
    static void setFixed(const QDateTime &utc);
    static void reset();

    /// The operating-system user recorded in the audit trail.
    static QString user();
};

} // namespace imdp::core
