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

/// "IMDP-26-001: cannot X: reason" — the one shape of every refusal about a proposal. `what`
/// and `why` are parts made by part(), so the whole line is worded in each language.
Error refusal(const QString &code, const Error &what, const Error &why);
/// A part of a refusal or of a list (what could not be done, why, an item missing): an error
/// with a key of core/i18n/errors_pipeline.cpp or errors_review.cpp and no field.
Error part(const QString &key, QList<ErrorArg> args = {});
/// `items` worded as one list ("objectives, countries"), each in the reader's language.
Error listOf(const QList<Error> &items);
/// The states a proposal may be in, as a list of labels.
ErrorArg stateLabels(const QStringList &states);

} // namespace imdp::core::pipeline
