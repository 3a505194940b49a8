// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The statement's other lines (issue 18): partner interest, transfers to other funds, direct
// costs, bank charges and fee adjustments, each a cash movement paid from what is available.

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace imdp::core {

class Database;

namespace ledger {

/// Interest a partner earned on what it holds for a project and remitted to the fund: cash in, a
/// source of its own (account partner_interest), with the project and partner as dimensions. It
/// is not what the partner holds. The partner must have received a transfer for the project.
Result<qint64> recordPartnerInterest(Database &db, const QString &projectCode,
                                     const QString &partner, qint64 usdMinor, const QDate &date,
                                     const QString &reference);

/// Money the fund passes to another trust fund: a use, never a transfer to a partner (it is not
/// held by partners). The entry's memo starts with the fund's name (then " — " reference, note).
struct FundTransfer
{
    QString fund;
    qint64 usdMinor = 0;
    QDate date;
    QString reference;
    QString note;
};
Result<qint64> transferToFund(Database &db, const FundTransfer &t);

/// Secretariat and fund-management costs approved by the Committee, charged to the fund; the
/// optional project is a dimension only (the cost does not draw on its allocation).
Result<qint64> recordDirectCost(Database &db, qint64 usdMinor, const QDate &date,
                                const QString &projectCode, const QString &note);

/// The bank's charges on the fund's account.
Result<qint64> recordBankCharge(Database &db, qint64 usdMinor, const QDate &date,
                                const QString &note);

/// The administrative agent's correction of its fee: positive charges more, negative gives back;
/// refused when the fees would total less than nothing. A reason is required.
Result<qint64> adjustFee(Database &db, qint64 usdMinor, const QDate &date, const QString &reason);

/// The uses above (and a positive fee adjustment) are paid from what is not allocated: each is
/// refused above what is available for allocation on its date and over the whole journal.

} // namespace ledger
} // namespace imdp::core
