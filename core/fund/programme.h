// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// A fund's programme as data (issue 16, DOMAIN.md "Objectives", "Action areas" and the 2008
// update): the objectives a proposal serves and the action areas it falls in are rows of the fund,
// seeded with the seed's objectives 1-3 and areas A and B; funding windows (calls for proposals)
// say which of them they accept, when they are open and how much they may fund. Codes never
// change and a row that is used is never deleted; titles can be edited.

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imdp::core {

class Database;
struct Proposal;

struct Objective
{
    QString code; ///< "1": 1-8 capital letters or digits
    QString titleEn;
    QString titleFr;
    QString titleEs;
    bool used = false; ///< filled when read: a proposal or a window refers to it
    /// The title in `lang` ("en", "fr", "es"), the English one when that is empty.
    QString title(const QString &lang) const;
};

struct ActionArea
{
    QString code; ///< "A"
    QString title;
    bool used = false;
};

/// A call for proposals. Proposals name their window; submitting one is checked against it.
struct FundingWindow
{
    qint64 id = 0;
    QString code;
    QString title;
    QDate opens;                           ///< invalid: open from the start
    QDate closes;                          ///< invalid: never closes
    QStringList objectives;                ///< the objectives accepted (at least one)
    QStringList areas;                     ///< the areas accepted; empty: every area
    std::optional<qint64> ceilingUsdMinor; ///< the most one proposal may ask, USD cents
    std::optional<qint64> totalUsdMinor;   ///< the most all its proposals may ask together
    qint64 requestedUsdMinor = 0; ///< filled when read: what its submitted proposals ask, USD
    qsizetype proposals = 0;      ///< filled when read: proposals naming it
};

namespace programme {

/// What the schema seeds a new fund with (objectives 1-3, areas A and B): the New Fund wizard's
/// starting rows. A test holds them equal to the rows of a fresh fund.
const QList<Objective> &seedObjectives();
const QList<ActionArea> &seedAreas();

Result<QList<Objective>> objectives(Database &db);
Status addObjective(Database &db, const Objective &o);
/// Changes the titles of an objective (its code stays; empty titles of fr/es are allowed).
Status editObjective(Database &db, const QString &code, const Objective &titles);
/// Removes an objective nothing refers to (a new fund's wizard); refused once used.
Status removeObjective(Database &db, const QString &code);

/// A new fund's programme as its founders chose it (the New Fund wizard): the listed objectives
/// and areas, retitled or added; the seeded ones not listed are removed (refused once used).
Status startWith(Database &db, const QList<Objective> &objectives, const QList<ActionArea> &areas);

Result<QList<ActionArea>> areas(Database &db);
Status addArea(Database &db, const ActionArea &a);
Status editArea(Database &db, const QString &code, const QString &title);
Status removeArea(Database &db, const QString &code);

/// The objectives list of a proposal ("1,3") checked against the fund's objectives, and an
/// action area against its areas; the error names the field and lists what exists.
Status checkObjectives(Database &db, const QString &list);
Status checkArea(Database &db, const QString &area);

Result<QList<FundingWindow>> windows(Database &db);
Result<FundingWindow> window(Database &db, const QString &code);
Result<qint64> addWindow(Database &db, const FundingWindow &w);
/// Changes window `code` (title, dates, what it accepts, ceilings; the code stays) with the
/// checks of addWindow; refused when it would stop accepting an objective or area a proposal of
/// the window already names. Audited with before and after.
Status editWindow(Database &db, const QString &code, const FundingWindow &w);

/// Why `p` cannot be submitted on `on` under its window (none when it can, or has none): an
/// objective or area the window does not accept, the window not open on that date, a request
/// above the window's ceiling, or one that would take its proposals beyond its total. Amounts in
/// another currency are converted at the latest rate on or before `on`. The reason is a keyed
/// part (fund.why.window_*, core/i18n/errors_fund.cpp), worded in any language by i18n::describe.
Result<std::optional<Error>> submissionRefusal(Database &db, const Proposal &p, const QDate &on);

} // namespace programme
} // namespace imdp::core
