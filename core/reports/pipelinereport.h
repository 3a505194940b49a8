// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/fund/programme.h"
#include "core/reports/financial.h"

namespace imdp::core::reports {

struct PipelineGroup
{
    QString key;
    qint64 count = 0;
    qint64 requested = 0; ///< USD cents
    qint64 allocated = 0; ///< USD cents, allocations net of releases (journal)
};

/// Proposals counted and summed by state, objective, action area, source and partner. A proposal
/// serving several objectives counts under each of them; every other grouping counts it once.
struct PipelineReport
{
    QDate at;
    qint64 proposals = 0;
    QList<PipelineGroup> byState, byObjective, byArea, bySource, byPartner;
    /// By funding window, only when the fund has more than one (empty otherwise).
    QList<PipelineGroup> byWindow;
    /// The fund's own objectives, areas and windows, for their titles.
    QList<Objective> objectives;
    QList<ActionArea> areas;
    QList<FundingWindow> windows;
};
Result<PipelineReport> pipelineReport(Database &db, const Parameters &p);
Statement present(const PipelineReport &r, Lang lang);

} // namespace imdp::core::reports
