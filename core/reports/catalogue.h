// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The reports by name, for the CLI (`imdp report NAME`) and the desktop's Reports page alike.

#include "core/reports/financial.h"

namespace imdp::core::reports {

/// sources-uses, donor-statement, project-summary, pipeline, forum, dgf-preliminary,
/// dgf-formal.
const QStringList &names();

/// Computes a report and presents it in `p.lang`, header (fund, fingerprint, date) filled.
Result<Statement> build(Database &db, const QString &name, const Parameters &p);

} // namespace imdp::core::reports
