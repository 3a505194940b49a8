// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace imdp::core {

class Database;

/// A proposal to the fund, from draft to financial closing (DOMAIN.md, "The project pipeline").
struct Proposal
{
    qint64 id = 0;
    QString code;
    QString title;
    QString applicant; ///< organisation name
    QString partner;   ///< implementing organisation name, may be empty until terms of reference
    QString applicantShort; ///< the applicant's short name (its name when it has none)
    QString partnerShort;
    QString objectives; ///< comma-separated objective numbers, e.g. "1,3"
    QString actionArea; ///< "A", "B" or empty
    qint64 requestedMinor = 0; ///< requested amount in minor units of `currency`
    QString currency = QStringLiteral("USD");
    QString state = QStringLiteral("draft");
};

namespace pipeline {

/// Every state, in pipeline order.
const QStringList &states();
/// The one transition table: the states reachable from `from`.
QStringList nextStates(const QString &from);
bool isOpen(const QString &state);

Result<qint64> add(Database &db, const Proposal &p);
Result<QList<Proposal>> list(Database &db);
Result<Proposal> find(Database &db, const QString &code);
/// Moves a proposal along an allowed edge of the table, recording who, when, from, to and why.
Status move(Database &db, const QString &code, const QString &to, const QString &note);
/// Number of proposals per state, every state present (zero when empty), in pipeline order.
Result<QList<std::pair<QString, qint64>>> countByState(Database &db);

} // namespace pipeline
} // namespace imdp::core
