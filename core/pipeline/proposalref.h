// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// A proposal found by its code, and the one shape of a refusal about a proposal: what the
// modules built on the pipeline (review, committee) need to refuse in the pipeline's words
// without reaching into its source files.

#include "core/result.h"

#include <QString>

namespace imdp::core {
class Database;
}

namespace imdp::core::pipeline {

/// A proposal's id, state and currency.
struct ProposalRef
{
    qint64 id = 0;
    QString state;
    QString currency;
};
/// The proposal with `code`; NotFound names the code.
Result<ProposalRef> proposalRef(Database &db, const QString &code);

/// "IMDP-26-001: cannot X: reason" — the one shape of every refusal about a proposal.
Error refusal(const QString &code, const QString &what, const QString &why);

} // namespace imdp::core::pipeline
