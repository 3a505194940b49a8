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
};

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
Result<FundInfo> info(Database &db);

} // namespace fund

} // namespace imdp::core
