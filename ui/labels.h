// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QString>

namespace imdp::ui {

/// Readable, translated names for the core's stable keys (states, kinds). The core stores keys;
/// only the UI turns them into words, in the user's language.
QString stateLabel(const QString &state);
QString reportKindLabel(const QString &kind);
QString organisationKindLabel(const QString &kind);
QString tableLabel(const QString &table);
QString pledgeStatusLabel(const QString &status); ///< prospective, signed, cancelled
QString sourceLabel(const QString &source);       ///< donor, bank
QString entryKindLabel(const QString &kind);      ///< receipt, allocation, reversal, ...
QString accountLabel(const QString &key);         ///< cash, pledges_receivable, ...
QString basisLabel(const QString &basis);         ///< plan, pledged, received

} // namespace imdp::ui
