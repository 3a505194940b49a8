// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace imdp::core {

/// One active ISO 4217 currency. Minor units come from our shipped table, never from
/// QLocale/ICU: CLDR disagrees with ISO 4217 for IQD, RSD, LAK and MGA, and a fund file must not
/// change meaning when the system's ICU is upgraded.
struct Currency
{
    QString code;       ///< three uppercase ASCII letters, e.g. "USD"
    int minorUnits = 2; ///< decimal digits of the minor unit: USD 2, JPY 0, KWD 3
    QString name;       ///< English name as in ISO 4217
};

/// The currency with this exact code ("USD"; case-sensitive, so "usd" is not found).
std::optional<Currency> findCurrency(QStringView code);

/// As findCurrency(), with an error naming the code when it is unknown.
Result<Currency> requireCurrency(QStringView code);

/// Every currency of the table, sorted by code.
const QList<Currency> &allCurrencies();

} // namespace imdp::core
