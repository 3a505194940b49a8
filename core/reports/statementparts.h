// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// What the financial statements (financial.cpp, donorstatement.cpp, projectsummary.cpp) share:
// the statement's date, its period in words, donors' sources and the pipeline's projects.
#pragma once

#include "core/fund/fund.h"
#include "core/pipeline/proposals.h"
#include "core/reports/financial.h"

#include <QHash>

namespace imdp::core::reports::detail {

/// Totals are added in 128 bits, checked once when narrowed (see checkedsum.h).
__extension__ using Int128 = __int128;

/// The date a statement is made at: the period's end, or today.
QDate endOf(const Parameters &p);
/// The donor → source map, as the fund position has it: an organisation of kind "bank" gives
/// Bank (DGF) resources, any other a contribution.
Result<QHash<QString, QString>> donorSources(Database &db);
/// "1 July 2026 to 28 November 2026", in `lang`.
QString periodText(Lang lang, const QDate &from, const QDate &to);
/// "As at 28 November 2026", in `lang`.
QString asAtText(Lang lang, const QDate &at);
/// Project titles and partners from the pipeline, by code.
Result<QHash<QString, Proposal>> proposalsByCode(Database &db);

} // namespace imdp::core::reports::detail
