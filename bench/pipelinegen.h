// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// What the pipeline benchmarks share: the printer of figures and the generator of a fund with
// N proposals, so the list and the page are measured on the same data.

#include "core/result.h"

#include <QString>

class QTextStream;

namespace imdp::core {
class Database;
}

namespace imdp::bench {

/// stdout, for the figures.
QTextStream &say();

/// Initialises `db` as a fund named `fundName` with ten agencies and `n` complete proposals (two
/// countries, two budget lines, data disaggregation each) added through the audited
/// `pipeline::add`, then spread over states through the guarded `pipeline::move`: a third
/// submitted, a sixth on to screening, a twelfth of those withdrawn. One transaction.
core::Status generateProposals(core::Database &db, int n, const QString &fundName);

} // namespace imdp::bench
