// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// What a list of every proposal shows (the desktop's Pipeline page), read without the fields only
// one proposal's view needs, so 10,000 proposals load in a fraction of pipeline::list's time.

#include "core/pipeline/proposals.h"

namespace imdp::core::pipeline {

/// Every proposal by code with id, code, title, applicant and partner (names and short names),
/// objectives, action area, requested amount, currency, state and stage; countries, dates,
/// summary, source and disaggregation are left empty (pipeline::find reads them). One query over
/// the proposals, without joins or subqueries; the organisations are read once and their names
/// shared between rows.
Result<QList<Proposal>> listBrief(Database &db);

} // namespace imdp::core::pipeline
