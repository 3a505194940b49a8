// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Opening balances (issue 16): a fund that moves from spreadsheets to IMDP Desk mid-life records,
// as of a date, what each donor had pledged and paid and what each project had been allocated,
// transferred and spent, as ONE balanced journal entry of kind `opening`, from a CSV file, all or
// nothing, with one audit row. Columns (any order): kind,donor,project,partner,amount_usd, and
// optional source (donor or bank, for donors the file creates). Kinds and what each posts
// (docs/data-model.md, "Opening balances"):
//   pledged      donor             a signed USD pledge row OPENING-<date>-<n> and its receivable
//   paid         donor             cash received, clearing the donor's opening pledges first
//   fee          -                 administrative agent fees already charged
//   income       -                 investment income already earned
//   allocated    project           the project's allocation
//   transferred  project, partner  tranches sent to the partner
//   spent        project, partner  expenditure the partner reported
//   refunded     project, partner  unspent money the partner paid back
// Refused when the fund has an opening already, or journal entries dated on or before the date.

#include "core/ledger/import.h"

#include <QDate>

namespace imdp::core::ledger {

/// The kinds of an opening row, in the order the docs list them.
const QStringList &openingKinds();

/// Imports `csvPath` as the fund's opening balances on `asOf`. Unknown donors and partners are
/// created (donors of kind bank for source bank, else kind other). Problems (one
/// "FILE:LINE: field: reason" per bad row) leave the fund untouched; a refused opening (an
/// existing opening, earlier entries, more allocated than the fund had, a partner spending more
/// than it held) is an Error::refused.
Result<ImportResult> importOpening(Database &db, const QString &csvPath, const QDate &asOf);

/// SQL for the part of pledge `alias` (a `pledge` row) paid in the opening entry, in its currency
/// (an opening pledge is in USD): the donor's opening payment clears its opening pledges in the
/// order of the file, so the first is paid first. 0 for every pledge not of the opening. Added to
/// what the receipts against the pledge paid wherever a pledge's paid part, outstanding or
/// arrears is read, so a later receipt clears only what is left.
QString openingPaidSql(const QString &alias = QStringLiteral("p"));

/// The date of the fund's opening entry; an invalid date when it has none.
Result<QDate> openingDate(Database &db);

} // namespace imdp::core::ledger
