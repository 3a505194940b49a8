// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/reports/statement.h"
#include "core/result.h"

namespace imdp::core::reports {

/// Writes a statement as an XLSX workbook (libxlsxwriter), one worksheet per sheet, each headed by
/// the report, fund, period and data fingerprint and ending with its bold totals row. Amounts are
/// numbers with a "#,##0.00" format (a spreadsheet stores every number as a double; cents below
/// 2^53 round-trip exactly), counts integers, shares percentages; text stays text. Written to a
/// temporary file in the target folder and renamed over the target (0600).
Status writeXlsx(const Statement &s, const QString &path, bool replace = false);

} // namespace imdp::core::reports
