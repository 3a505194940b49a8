// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// What the pipeline records about a proposal besides its fields: screening, reviews and the
// Committee's decision (recorded directly until the review and committee capabilities land),
// terms of reference, tranches, reports and their due dates, attachments, GFMD provenance.
// Every command validates, writes in one WriteTransaction and audits the values it wrote.

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace imdp::core {

class Database;

namespace pipeline {

// ---- screening ------------------------------------------------------------------------------

/// The secretariat's eligibility checklist, in the order it is read.
const QStringList &checklistItems();

struct ChecklistItem
{
    QString item;
    bool answered = false;
    bool met = false;
    QString note;
};
/// Records one answer of the checklist (while the proposal is submitted or in screening).
Status answerChecklist(Database &db, const QString &code, const QString &item, bool met,
                       const QString &note);
/// Every item, answered or not, in checklistItems() order.
Result<QList<ChecklistItem>> checklist(Database &db, const QString &code);

// ---- decisions ------------------------------------------------------------------------------
// Reviews are core/review's (a review with one overall score: review::recordOverallReview).

const QStringList &decisions(); ///< endorsed, endorsed_with_conditions, deferred, rejected

struct Decision
{
    QString decision;
    qint64 amountUsdMinor = 0; ///< the allocation, for an endorsement
    QString conditions;
    QDate date;
    QString at;
};
/// Records the Committee's decision on a proposal that is recommended or not recommended.
/// Decisions are history: a new one supersedes, none is edited.
Status recordDecision(Database &db, const QString &code, const Decision &decision);
/// The latest decision, if any.
Result<std::optional<Decision>> latestDecision(Database &db, const QString &code);

// ---- terms of reference ---------------------------------------------------------------------

struct TermsOfReference
{
    QString objectives;
    QString tasks;
    QString expectedResults;
    QString partner; ///< organisation name
    QDate start;
    QDate end;
    qint64 budgetUsdMinor = 0;
};
/// What a ToR lacks before it can be issued (field names; empty when complete).
QStringList missingFromTerms(const TermsOfReference &tor);
/// The same, one part per item with its key, for a refusal worded in any language.
QList<Error> missingItemsFromTerms(const TermsOfReference &tor);
/// Writes the terms of reference of an endorsed proposal (until they are issued).
Status setTermsOfReference(Database &db, const QString &code, const TermsOfReference &tor);
Result<std::optional<TermsOfReference>> termsOfReference(Database &db, const QString &code);

// ---- tranches -------------------------------------------------------------------------------

struct Tranche
{
    int seq = 0; ///< 1, 2, ... per proposal
    qint64 amountUsdMinor = 0;
    QString conditions;
    bool conditionsMet = false;
    QDate releasedOn; ///< invalid until released
    QString reference;
};
/// Schedules a tranche of an endorsed proposal; the schedule may not exceed the allocation.
Result<int> addTranche(Database &db, const QString &code, qint64 amountUsdMinor,
                       const QString &conditions);
Status setTrancheConditionsMet(Database &db, const QString &code, int seq, bool met);
/// Releases a tranche: needs issued terms of reference, its conditions met and cumulative
/// releases within the allocation; posts the transfer to the partner in the ledger.
Status releaseTranche(Database &db, const QString &code, int seq, const QDate &date,
                      const QString &reference);
Result<QList<Tranche>> tranches(Database &db, const QString &code);

// ---- reports and obligations ----------------------------------------------------------------

const QStringList &reportKinds();

/// A rule that generates report obligations: `kind` due `offsetMonths` after the anchor (the
/// ToR's start or end, or the operational closing), repeated every `everyMonths` until the end
/// when non-zero, for allocations of at least `minUsdMinor`.
struct ObligationRule
{
    QString code;
    QString kind;
    QString anchor;
    int offsetMonths = 0;
    int everyMonths = 0;
    qint64 minUsdMinor = 0;
    QString description;
};
Result<QList<ObligationRule>> obligationRules(Database &db);
/// Adds or replaces a rule by code; applies to reports generated afterwards.
Status setObligationRule(Database &db, const ObligationRule &rule);

struct PartnerReport
{
    qint64 id = 0;
    QString proposal; ///< code
    QString title;    ///< the proposal's title
    QString kind;
    QString rule;
    QDate due;
    QDate received; ///< invalid while outstanding
    QString note;
    bool overdue = false; ///< outstanding and due before Clock::today()
};
Result<QList<PartnerReport>> reports(Database &db, const QString &code);
/// Outstanding reports of the whole fund by due date (only the overdue ones when asked).
Result<QList<PartnerReport>> due(Database &db, bool overdueOnly);

/// What a financial report declares; posted in the ledger with the receipt.
struct ReportFigures
{
    qint64 expenditureUsdMinor = 0; ///< spent by the partner since the last report
    qint64 refundUsdMinor = 0;      ///< unspent balance paid back (final financial only)
};
/// Marks a report received on `date` (not in the future). `report` is the report's id or its
/// kind (the earliest outstanding one of that kind).
Status receiveReport(Database &db, const QString &code, const QString &report, const QDate &date,
                     const QString &note, const ReportFigures &figures = {});

// ---- attachments ----------------------------------------------------------------------------

struct Attachment
{
    qint64 id = 0;
    QString name;
    qint64 size = 0;
    QString sha256;
    QString addedAt;
    QString actor;
};
/// Stores a document in the fund file; refused above the fund's attachment size limit.
Result<qint64> attach(Database &db, const QString &code, const QString &name,
                      const QByteArray &content);
Result<QList<Attachment>> attachments(Database &db, const QString &code);
Result<QByteArray> attachmentContent(Database &db, const QString &code, const QString &name);

// ---- provenance -----------------------------------------------------------------------------

/// A GFMD recommendation or Marketplace item a proposal can answer.
struct Recommendation
{
    QString reference; ///< e.g. "GFMD-2007-RT1.2"
    QString kind = QStringLiteral("recommendation"); ///< recommendation or marketplace
    QString text;
    qint64 proposals = 0; ///< filled when listed: proposals linked to it
};
Result<qint64> addRecommendation(Database &db, const Recommendation &r);
Result<QList<Recommendation>> recommendations(Database &db);

} // namespace pipeline
} // namespace imdp::core
