// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Exchange rates: USD per unit of a currency, by date.

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace imdp::core {

class Database;

namespace ledger {

struct ExchangeRate
{
    QString currency;
    QDate date;
    qint64 rateScaled = 0;
};
Status addRate(Database &db, const ExchangeRate &rate);
Result<QList<ExchangeRate>> rates(Database &db, const QString &currency = {});
/// The latest recorded rate on or before `date` (USD is always 1); NotFound when none.
Result<qint64> rateOn(Database &db, const QString &currency, const QDate &date);

} // namespace ledger
} // namespace imdp::core
