// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Fund set-up (issue 16): every setting a secretariat chooses for its fund, read and changed in
// one place (`imdp settings`, File › Fund Settings…). The values live where they always lived
// (rows of fund_setting, read by their own modules with their own defaults); this module reads
// them together and changes any of them in one audited transaction. The per-topic commands
// (`imdp fee`, `imdp meeting quorum`, `imdp proposal settings`, `imdp backup settings`) remain.

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace imdp::core {

class Database;

/// Every setting, under the stable names of `imdp settings --json` (docs/cli.md).
struct AllSettings
{
    QString name;                 ///< name
    int capBps = 1500;            ///< cap_bps
    int fiscalYearStartMonth = 7; ///< fiscal_year_start "MM-DD"
    int fiscalYearStartDay = 1;
    QString fee;                      ///< fee: the fee rule's text form ("none", "flat:100", ...)
    int reviewsRequired = 2;          ///< reviews_required
    int quorum = 0;                   ///< quorum (0: a majority)
    qint64 closingWaiverUsdMinor = 0; ///< closing_waiver (USD)
    qint64 attachmentMaxBytes = 0;    ///< attachment_limit_mb (whole MB)
    int reviewSpreadHundredths = 100; ///< review_spread_threshold (points, 2 decimals)
    QString iatiOrgRef;               ///< iati_org_ref
    int backupKeep = 5;               ///< backup_keep
    int backupEveryHours = 24;        ///< backup_every_hours

    QString fiscalYearStart() const; ///< "MM-DD"
};

/// A change: unset fields keep their value.
struct SettingsChange
{
    std::optional<QString> name;
    std::optional<int> capBps;
    std::optional<int> fiscalYearStartMonth; ///< set with the day
    std::optional<int> fiscalYearStartDay;
    std::optional<QString> fee;
    std::optional<int> reviewsRequired;
    std::optional<int> quorum;
    std::optional<qint64> closingWaiverUsdMinor;
    std::optional<qint64> attachmentMaxBytes;
    std::optional<int> reviewSpreadHundredths;
    std::optional<QString> iatiOrgRef;
    std::optional<int> backupKeep;
    std::optional<int> backupEveryHours;
    bool isEmpty() const;
};

namespace fund {

/// The IATI organisation identifier of a fund that has not set one.
inline constexpr const char16_t *kDefaultIatiOrgRef = u"XM-IMDP";

Result<AllSettings> allSettings(Database &db);

/// "MM-DD" → month and day; the error names `--fiscal-year-start`'s field.
Result<std::pair<int, int>> parseFiscalYearStart(const QString &text);

/// Every value of `change` checked first (an error names the setting; nothing is written), then
/// written in one transaction with one audit row `fund.settings` holding each changed setting's
/// before and after. Returns warnings a person must read: lowering the cap below the Bank's share
/// the plan basis already holds is allowed, and said.
Result<QStringList> changeSettings(Database &db, const SettingsChange &change);

/// The warning for a cap below what the plan basis holds (empty when it complies).
Result<QString> capWarning(Database &db);

} // namespace fund
} // namespace imdp::core
