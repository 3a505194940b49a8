// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/fund/fund.h"
#include "core/pipeline/proposals.h"
#include "ui/models/tablemodel.h"

class QAbstractItemView;

namespace imdp::ui {

using StateCount = std::pair<QString, qint64>;

/// The item models of the shell's pages. Each is a TableModel with its columns defined here.
TableModel<core::Organisation> *makeOrganisationModel(QObject *parent);
TableModel<core::Proposal> *makeProposalModel(QObject *parent);
TableModel<StateCount> *makePipelineCountModel(QObject *parent);
/// Two states with their counts per row (state, proposals, state, proposals): the dashboard's
/// "Pipeline by state" in half the height. An empty second pair is blank.
using StatePair = std::pair<StateCount, StateCount>;
TableModel<StatePair> *makePipelinePairModel(QObject *parent);
/// The states that hold a proposal, in pipeline order, the first half down the left of the
/// pairs and the second half down the right (read as two columns).
QList<StatePair> pairStates(const QList<StateCount> &counts);

/// Makes the row whose `column` shows `text` the view's current row and scrolls it into view
/// (after a command recorded or changed it). Returns false when no row shows it.
bool selectRow(QAbstractItemView *view, int column, const QString &text);

/// An amount in minor units of `currency`, formatted for the user's locale ("1,234.56").
QString formatAmount(qint64 minor, const QString &currency);
/// A rate (US dollars per unit, stored ×10^10) with the user's decimal separator ("1,085" in
/// French), as the entry dialogs read it back; no grouping.
QString formatRate(qint64 rateScaled);
/// How every screen and date editor writes a date, one format per language, from
/// core::i18n::dateFormat(): the day, the month in words, the year in full ("29 Nov 2026",
/// "29 nov. 2026", "29 nov 2026"), never an ambiguous 11/29/26.
QString dateEditFormat();
/// A date as every table and label shows it (dateEditFormat()); empty for an invalid date.
QString formatDate(const QDate &date);
/// An ISO timestamp (as stored) in local time: formatDate() and the locale's short time; the
/// text as stored when it does not parse.
QString formatTimestamp(const QString &iso);
/// A score or spread kept in hundredths (450 = 4.50), with the language's decimal sign ("4,50").
QString formatHundredths(int hundredths);

} // namespace imdp::ui
