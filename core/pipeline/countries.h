// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QStringList>

namespace imdp::core::countries {

/// The ISO 3166-1 alpha-2 codes assigned when this table was shipped (from Debian's iso-codes).
/// Shipped rather than asked of the system, so a fund file means the same on every machine.
const QStringList &all();
bool isKnown(const QString &code);

} // namespace imdp::core::countries
