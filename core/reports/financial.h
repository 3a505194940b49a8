// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The financial statements the secretariat owes donors and the Committee, computed from the
// journal (never from a second set of figures), USD cents throughout. Each is a plain struct a
// test can tie to the ledger, and a function that presents it as a Statement in a language.

#include "core/reports/statement.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace imdp::core {
class Database;
}

namespace imdp::core::reports {

/// What the caller chose: the period (both ends included) and, for the donor statement and the
/// project summary, one donor or project (empty: all).
struct Parameters
{
    QDate from; ///< invalid: from the first entry
    QDate to;   ///< invalid: today (Clock)
    QString donor;
    QString project;
    Lang lang = Lang::En;
};

struct AmountLine
{
    QString label; ///< a donor, "project · partner", ...
    qint64 usdMinor = 0;
};

/// Cash basis: every movement of the trustee's cash account dated in the period, by what moved.
/// closing = opening + totalSources − totalUses, and equals the cash balance at `to`.
struct SourcesAndUses
{
    QDate from, to;
    qint64 opening = 0;
    QList<AmountLine> contributions;  ///< receipts from donors (source "donor"), by donor
    QList<AmountLine> bankResources;  ///< receipts from sources of kind bank (DGF), by donor
    qint64 investmentIncome = 0;
    /// The cash the opening balances brought in (issue 16), when their entry falls in the period:
    /// shown as one line "Opening balances as of DATE", not as receipts and transfers.
    qint64 openingBalances = 0;
    QDate openingAsOf;
    qint64 otherSources = 0;          ///< any other cash inflow (none under today's posting rules)
    qint64 totalSources = 0;
    struct Transfer
    {
        QString project;
        QString partner;
        qint64 usdMinor = 0;
    };
    QList<Transfer> transfers;        ///< by project and partner
    qint64 fees = 0;
    qint64 refunds = 0;               ///< paid back by partners: a negative use
    qint64 totalUses = 0;             ///< transfers + fees − refunds
    qint64 closing = 0;
    qint64 heldByPartners = 0;        ///< at `to`: transferred − refunded − expenditure − waived
    qint64 transferredToDate = 0;     ///< to partners, net of reversals, at `to`
    qint64 refundedToDate = 0;        ///< paid back by partners, at `to`
    qint64 expenditureInPeriod = 0;
    qint64 expenditureToDate = 0;
    qint64 waivedToDate = 0;          ///< residuals partners held, waived at financial closing
};
Result<SourcesAndUses> sourcesAndUses(Database &db, const Parameters &p);
Statement present(const SourcesAndUses &r, Lang lang);

/// The figures of the standard trust-fund statement (issue 18) over one span of dates, USD cents,
/// every amount positive as recorded. The agent's: sources (contributions = cash received from
/// donors and the Bank; investment income; interest remitted by partners) and uses (transfers to
/// partners and to other funds, refunds from partners as a negative use, the agent's fee with its
/// adjustments, direct costs, bank charges). The partners': what they received, reported as
/// expenditure (residuals waived at financial closing included) and refunded. Over a period the
/// balances are the period's net movement; cumulatively they are the balances held.
struct StatementFigures
{
    qint64 contributions = 0;
    qint64 investmentIncome = 0;
    qint64 partnerInterest = 0;
    qint64 totalSources = 0;
    qint64 transfersToPartners = 0;
    qint64 transfersToFunds = 0;
    qint64 subtotalTransfers = 0;
    qint64 refunds = 0;
    qint64 fees = 0;
    qint64 directCosts = 0;
    qint64 bankCharges = 0;
    qint64 totalUses = 0; ///< subtotalTransfers − refunds + fees + directCosts + bankCharges
    qint64 balanceWithAgent = 0; ///< totalSources − totalUses
    qint64 partnerExpenditure = 0;
    qint64 partnerTotalExpenses = 0; ///< partnerExpenditure + refunds
    qint64 balanceWithPartners = 0;  ///< transfersToPartners − partnerTotalExpenses
    qint64 totalBalance = 0;         ///< balanceWithAgent + balanceWithPartners
    // Shares rounded once, half away from zero: basis points, and tenths of a percent (printed).
    qint64 agentBalanceBpsOfDeposits = 0;
    qint64 partnerBalanceBpsOfTransfers = 0;
    qint64 totalBalanceBpsOfDeposits = 0;
    qint64 agentBalancePermille = 0;
    qint64 partnerBalancePermille = 0;
    qint64 totalBalancePermille = 0;
};

/// One partner's (or one project's) line of the statement's tables.
struct PartnerFigures
{
    QString name;    ///< the partner; for a project, its code
    QString partner; ///< for a project: its partner(s), joined
    qint64 transferred = 0;
    qint64 expenditure = 0; ///< residuals waived included
    qint64 refunded = 0;
    qint64 balance = 0;          ///< transferred − expenditure − refunded
    qint64 deliveryPermille = 0; ///< expenditure / transferred, tenths of a percent
};

struct FundStatement
{
    QDate from, to;
    StatementFigures period;
    StatementFigures cumulative;        ///< every entry dated up to `to`
    QList<AmountLine> donorsPeriod;     ///< contributions received in the period, by donor
    QList<AmountLine> donorsCumulative; ///< the same to `to`, every donor with a receipt
    QList<PartnerFigures> byPartner;    ///< cumulative to `to`
    QList<PartnerFigures> byProject;    ///< cumulative to `to`
};
/// The statement for `p.from`..`p.to` (from: the first entry; to: today when not given).
Result<FundStatement> fundStatement(Database &db, const Parameters &p);
Statement present(const FundStatement &r, Lang lang);

struct DonorLine
{
    QString donor;
    QString source; ///< donor | bank
    qint64 pledged = 0;
    qint64 received = 0;
    qint64 outstanding = 0;
    qint64 arrears = 0;
    int instalmentsInArrears = 0;
    QList<qint64> toProjects;  ///< pro rata share of each project's net transfers (see below)
    qint64 notTransferred = 0; ///< received − Σ toProjects
};

/// One pledge, receipt or instalment of the donor a statement is for, in the donor's own currency
/// beside its US dollars.
struct DonorEntry
{
    QString reference; ///< the pledge's or receipt's; an instalment's pledge
    QDate date;        ///< signed, received, or due
    QString currency;
    int minorUnits = 2;     ///< of `currency`
    qint64 amountMinor = 0; ///< in `currency`
    qint64 usdMinor = 0;    ///< a receipt's at its rate; a pledge's and its instalments' at the pledge's
    QString pledge;         ///< a receipt: the pledge it pays, or empty
    enum class Due { Paid, Upcoming, DueToday, InArrears };
    Due due = Due::Upcoming; ///< an instalment at the statement's date
};

/// Per donor at `to`: the fund position's donor lines (so they add up to the fund's figures), and
/// where the money went: each project's transfers net of refunds apportioned over donors by what
/// each had paid in (apportion(): exact cents, largest remainders).
struct DonorStatement
{
    QDate at;
    QStringList projects;          ///< the columns of toProjects
    QList<qint64> projectTransfers; ///< each project's transfers net of refunds
    QList<DonorLine> donors;
    QString donor; ///< the one donor asked for (named on the cover); empty: every donor
    /// The one donor's signed pledges, receipts (not reversed) and instalments at the date, in
    /// their own currency and in USD; empty for a statement of every donor.
    QList<DonorEntry> pledges, receipts, instalments;
};
Result<DonorStatement> donorStatement(Database &db, const Parameters &p);
Statement present(const DonorStatement &r, Lang lang);

struct ProjectLine
{
    QString code;
    QString title;
    QString partner;
    qint64 allocated = 0;   ///< allocations net of releases
    qint64 released = 0;    ///< transferred to partners (tranches)
    qint64 expenditure = 0; ///< reported by partners
    qint64 refunded = 0;
    qint64 waived = 0;        ///< residual written off at financial closing
    qint64 heldByPartner = 0; ///< released − expenditure − refunded − waived
    qint64 notReleased = 0;   ///< allocated − (released − refunded)
};
struct ProjectSummary
{
    QDate at;
    QList<ProjectLine> projects;
};
Result<ProjectSummary> projectSummary(Database &db, const Parameters &p);
Statement present(const ProjectSummary &r, Lang lang);

/// Common parts of every statement: fund name, fingerprint, generation date.
Status fillHeader(Database &db, Statement &s);

} // namespace imdp::core::reports
