// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/fund/organisations.h" // the directory, once declared here
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace imdp::core {

class Database;

/// Fund-wide settings, kept as rows of `fund_setting`.
struct FundSettings
{
    QString name;
    QString baseCurrency = QStringLiteral("USD");
    int capBps = 1500;           ///< the DGF cap: Bank resources ≤ this share of total funding
    int fiscalYearStartMonth = 7; ///< the World Bank's fiscal year runs July to June
    int fiscalYearStartDay = 1;   ///< 1 to the month's last day (29 February is refused)

    /// The fiscal year a date falls in, named by the calendar year it ends in (FY2027 =
    /// 1 July 2026 to 30 June 2027); with a 1 January start, the calendar year itself.
    int fiscalYearOf(const QDate &date) const;
    /// The fiscal year of a date given as its year, month, and whether its day is on or after
    /// the start day (for sums grouped by month and that flag).
    int fiscalYearOf(int year, int month, bool onOrAfterStartDay) const;
    /// The first day of fiscal year `fy`.
    QDate fiscalYearStart(int fy) const;
};

/// Whether month/day can start a fiscal year: a real day of that month in every year.
Status checkFiscalYearStart(int month, int day);

/// What `imdp info` and the dashboard show about a fund file.
struct FundInfo
{
    QString name;
    QString path;
    int schemaVersion = 0;
    QString sqliteVersion;
    QString createdAt;
    QString fingerprint; ///< head of the audit chain
    QList<std::pair<QString, qint64>> counts; ///< table name → rows, in a stable order
    qint64 count(const QString &table) const;
};

namespace fund {

/// Writes the settings of a new fund (inside its own transaction) and audits it.
Status initialise(Database &db, const FundSettings &settings);

Result<FundSettings> settings(Database &db);
Result<QString> setting(Database &db, const QString &key);
/// The setting, or `fallback` when the fund has none (a setting added by a later version); any
/// other failure to read it is returned, never taken for the default.
Result<QString> settingOr(Database &db, const QString &key, const QString &fallback);
Result<FundInfo> info(Database &db);

} // namespace fund

} // namespace imdp::core
