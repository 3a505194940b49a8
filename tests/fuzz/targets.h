// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

/// The fuzz targets' bodies, shared by the libFuzzer programs (IMDP_FUZZ, clang only) and by the
/// regression test that replays tests/fuzz/corpus/* in the ordinary suite: an input that once
/// crashed is saved there and stays a test. Each body aborts on a broken property.
namespace imdp::fuzz {

/// Bytes as the text a person or a file would hand the parsers: UTF-8, invalid sequences replaced.
QString text(const uint8_t *data, size_t size);

void money(const uint8_t *data, size_t size);  ///< Money::parse, round-tripped through toString
void rate(const uint8_t *data, size_t size);   ///< Rate::parse, round-tripped
void date(const uint8_t *data, size_t size);   ///< parseIsoDate
void capBps(const uint8_t *data, size_t size); ///< parseCapBps
/// CSV: the input read by the importers' reader (core/io/csvreader): every record well formed or
/// naming its problem on one line; and cells split from the input written by CsvWriter and read
/// back by that reader: every cell comes back (formula guard aside).
void csv(const uint8_t *data, size_t size);
/// Makes the scratch fund the import and review targets work on (a fund with two proposals in
/// review and a package exported from it). Called from LLVMFuzzerInitialize, so its second or so
/// does not count against the first input's 1 s timeout; the targets call it too.
void prepare();
/// The receipts and pledges imports on the input as a CSV file, through the preview API (the real
/// import, rolled back) on a scratch fund: no crash, every bad row one line, nothing written.
void import(const uint8_t *data, size_t size);
/// The organisations CSV import on the input, through the preview API on a scratch fund: no
/// crash, every bad row one line, the names it would add stored normalised, nothing written.
void organisations(const uint8_t *data, size_t size);
/// The opening-balances import (`imdp opening`) on the input as a CSV file, as of 2000-01-01,
/// through the preview API on a scratch fund: no crash, every bad row one line, a total that is
/// never negative nor past the ledger's limit, nothing written.
void opening(const uint8_t *data, size_t size);
/// The review-package importer: the input read as a package file, and its "reviews" spliced into
/// a real package exported by a scratch fund, then planned for import: no crash, one-line errors.
void reviewPackage(const uint8_t *data, size_t size);

} // namespace imdp::fuzz
