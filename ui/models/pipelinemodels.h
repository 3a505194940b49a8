// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "ui/models/tablemodel.h"

namespace imdp::ui {

/// The read-only tables of the proposal editor's tabs and of the dashboard's due list.
TableModel<core::pipeline::Tranche> *makeTrancheModel(QObject *parent);
/// A proposal's reports; with `withProposal`, the proposal's code and title come first (dashboard).
TableModel<core::pipeline::PartnerReport> *makeReportModel(QObject *parent, bool withProposal);
TableModel<core::ProposalMove> *makeMoveModel(QObject *parent);

} // namespace imdp::ui
