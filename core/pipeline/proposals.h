// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imdp::core {

class Database;

/// One line of a proposal's budget, in the proposal's currency.
struct BudgetLine
{
    QString category;
    qint64 amountMinor = 0;
};

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
    QString objectives; ///< comma-separated objective codes (rows of `objective`), e.g. "1,3"
    QString actionArea; ///< an action area's code (a row of `action_area`), e.g. "A", or empty
    QString window;     ///< the funding window's code, empty for none
    qint64 requestedMinor = 0; ///< requested amount in minor units of `currency`
    QString currency = QStringLiteral("USD");
    QString state = QStringLiteral("draft");
    QString stage = QStringLiteral("full"); ///< "concept" (a concept note) or "full"
    QString source;          ///< one of pipeline::sources(), empty until known
    QString sourceReference; ///< e.g. the GFMD recommendation's reference
    QStringList countries;   ///< ISO 3166 alpha-2, sorted
    QDate start;
    QDate end;
    QString summary;
    QStringList disaggregation; ///< from pipeline::disaggregations(), e.g. sex, education_level
    QString disaggregationOther; ///< what "other" means for this proposal
    QList<BudgetLine> budget;   ///< filled by find(), not by list()
    QStringList recommendations; ///< references of linked GFMD recommendations (find() only)
};

/// A change to a proposal: unset fields keep their value.
struct ProposalChange
{
    std::optional<QString> title;
    std::optional<QString> applicant;
    std::optional<QString> partner;
    std::optional<QString> objectives;
    std::optional<QString> actionArea;
    std::optional<QString> window; ///< a window's code, empty to take the proposal out of it
    std::optional<qint64> requestedMinor;
    std::optional<QString> currency;
    std::optional<QString> stage;
    std::optional<QString> source;
    std::optional<QString> sourceReference;
    std::optional<QStringList> countries;
    std::optional<QDate> start;
    std::optional<QDate> end;
    std::optional<QString> summary;
    std::optional<QStringList> disaggregation;
    std::optional<QString> disaggregationOther;
    std::optional<QList<BudgetLine>> budget;
    std::optional<QStringList> recommendations;
};

/// One recorded move: who, when, from, to and why. Immutable in the database.
struct ProposalMove
{
    QString from;
    QString to;
    QString at;
    QString actor;
    QString note;
};

namespace pipeline {

/// Every state, in pipeline order.
const QStringList &states();
/// The one transition table: the states reachable from `from`.
QStringList nextStates(const QString &from);
bool isOpen(const QString &state);
/// States in which the proposal holds (or held) an allocation of the fund.
bool isAllocated(const QString &state);

/// Where a proposal comes from; data disaggregation it may commit to.
const QStringList &sources();
const QStringList &disaggregations();

/// Fund settings the pipeline's guards read (rows of fund_setting, with these defaults).
struct Settings
{
    int reviewsRequired = 2;
    qint64 closingWaiverUsdMinor = 25000;           ///< US$250.00
    qint64 attachmentMaxBytes = 10LL * 1024 * 1024; ///< 10 MB
    /// Reviews of one proposal whose means differ by more than this are flagged (hundredths).
    int reviewSpreadThresholdHundredths = 100;
};
Result<Settings> settings(Database &db);
/// Sets one of reviews_required, closing_waiver_usd_minor, attachment_max_bytes,
/// review_spread_threshold (audited).
Status setSetting(Database &db, const QString &key, qint64 value);
/// The bounds setSetting() checks, without writing.
Status checkSetting(const QString &key, qint64 value);

Result<qint64> add(Database &db, const Proposal &p);
/// Changes the descriptive fields of a proposal still being prepared, screened or reviewed.
Status edit(Database &db, const QString &code, const ProposalChange &change);
Result<QList<Proposal>> list(Database &db);
Result<Proposal> find(Database &db, const QString &code);
Result<QList<ProposalMove>> history(Database &db, const QString &code);

/// Moves a proposal along an allowed edge of the table when the edge's guard holds, recording who,
/// when, from, to and why, and posting in the ledger what the move means (allocation, release),
/// all in one transaction: a refused guard or posting changes nothing.
Status move(Database &db, const QString &code, const QString &to, const QString &note);
/// Whether move() would take the proposal to `to` now (the table's edge and its guard), without
/// writing: the refusal move() would give, a note aside (move() asks for one where required).
Status checkMove(Database &db, const QString &code, const QString &to);

/// What a proposal still lacks before it can be submitted (empty when it can be): one part per
/// item ("objectives", "budget lines adding up to the requested amount (...)"), each with its
/// key, so a screen words it in its language (core/i18n/errors.h).
QList<Error> missingItems(const Proposal &p);
/// The same in English, for the CLI's text and the logs.
QStringList missingForSubmission(const Proposal &p);

/// The checks of a proposal's fields that need no fund file: the code's shape (for a new
/// proposal, `newCode`), title, amounts against the currency and its limit, stage, source,
/// countries, dates, summary, disaggregation and budget lines. Every problem, in the order of the
/// form, each with its field ("code", "title", "requested", "currency", "countries", "end",
/// "budget", ...). add() and edit() refuse with the first of them before they read the fund
/// (objectives, areas, window, organisations); the desktop editor shows them beside its fields.
QList<Error> validateDraft(const Proposal &p, bool newCode);

/// Number of proposals per state, every state present (zero when empty), in pipeline order.
Result<QList<std::pair<QString, qint64>>> countByState(Database &db);

} // namespace pipeline
} // namespace imdp::core
