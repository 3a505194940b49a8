// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The ledger's checks of `imdp verify`.

namespace imdp::core {

namespace ledger {

/// Adds the ledger's checks to `imdp verify` (core/storage/verify.h): "journal balances" (every
/// entry's postings sum to zero, a reversal mirrors its entry), "stored balances" (receipts'
/// USD value, fee and cleared amount, donors' pledge totals, released tranches and posting dates
/// match the journal) and "project balances" (no project transferred beyond its allocation, no
/// partner holding less than nothing) and "ledger imports" (each receipts import's digest
/// recomputed from the rows it wrote). Safe to call more than once.
void registerVerifyChecks();

} // namespace ledger
} // namespace imdp::core
