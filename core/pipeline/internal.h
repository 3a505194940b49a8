// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Helpers shared by the pipeline's source files; not part of its public API.

#include "core/pipeline/proposalref.h"
#include "core/result.h"
#include "core/storage/query.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <type_traits>
#include <utility>

namespace imdp::core {
class Database;
struct Proposal;
} // namespace imdp::core

namespace imdp::core::pipeline::detail {

/// A proposal's id and state by code (core/pipeline/proposalref.h); NotFound names the code.
using Ref = ProposalRef;
inline Result<Ref> ref(Database &db, const QString &code)
{
    return proposalRef(db, code);
}

/// The rows a proposal has in one of its tables: `sql` with the proposal's id bound to its first
/// `?` and `more` to the next ones, each row made by `row(query)`. NotFound names an unknown code.
template<typename Row>
auto proposalRows(Database &db, const QString &code, const QString &sql, Row row,
                  const QVariantList &more = {})
    -> Result<QList<std::decay_t<decltype(row(std::declval<const Query &>()))>>>
{
    auto p = ref(db, code);
    if (!p)
        return p.error();
    Query q(db, sql);
    q.bind(p->id);
    for (const QVariant &v : more)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<std::decay_t<decltype(row(std::declval<const Query &>()))>> out;
    while (q.next())
        out.append(row(q));
    return out;
}

/// The id of the proposal's latest move (0 when it never moved).
Result<qint64> latestMoveId(Database &db, qint64 proposalId);

using pipeline::listOf;
using pipeline::part;
using pipeline::refusal;
using pipeline::stateLabels;

/// Dates are stored as ISO text, '' for none.
inline QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
inline QDate fromIso(const QString &s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

/// "1234.56" for US$ cents.
QString usd(qint64 minor);
/// US$ cents as an error's argument, worded with the reader's decimals.
inline ErrorArg usdArg(qint64 minor)
{
    return ErrorArg::money(minor, QStringLiteral("USD"));
}
/// A stored ISO date as an error's argument (the text itself when it does not read as a date).
inline ErrorArg dayArg(const QString &isoText)
{
    const QDate d = fromIso(isoText);
    return d.isValid() ? ErrorArg::day(d) : ErrorArg::txt(isoText);
}

/// Generates the report obligations whose rules anchor on `anchor` ("start", "end" or
/// "closing"), from the terms of reference's dates or the closing date.
Status generateReports(Database &db, qint64 proposalId, const QString &code,
                       const QStringList &anchors, const QDate &closing);

/// The allocation endorsed by the Committee: the latest endorsing decision's amount (0 if none).
Result<qint64> endorsedAmount(Database &db, qint64 proposalId);

} // namespace imdp::core::pipeline::detail
