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
/// CSV: cells split from the input are written by CsvWriter and read back by an RFC 4180 reader;
/// every cell must come back (formula guard aside). When core/io/csvreader lands, its reader
/// takes the place of readCsv() here and this target becomes the importer's.
void csv(const uint8_t *data, size_t size);

} // namespace imdp::fuzz
