// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The trust-fund ledger: domain commands that post balanced, append-only journal entries, and the
// fund position computed from them. Every amount is an integer of minor units; every USD figure
// is in cents. Each command validates first, then writes in one WriteTransaction (a SAVEPOINT
// when nested, so an import or the pipeline composes them), audits, and checks that its entry
// balances before commit. Posting rules: docs/data-model-ledger.md.

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace imdp::core {

class Database;

namespace ledger {

class ReceiptDigest;

// ---- Pledges and receipts ---------------------------------------------------------------------

struct Instalment
{
    QDate due;
    qint64 amountMinor = 0; ///< in the pledge's currency
};

/// A donor's promise. `source` is "donor" or "bank" (the DGF); the donor is an organisation name
/// or short name. `rateScaled` is USD per unit × 10^10 (Rate::scaled()); USD pledges use 1.
struct Pledge
{
    qint64 id = 0;
    QString reference; ///< unique among pledges: a re-import is refused, never doubled
    QString donor;
    QString source = QStringLiteral("donor");
    QDate date;
    QString currency = QStringLiteral("USD");
    qint64 amountMinor = 0;
    qint64 rateScaled = 0;
    qint64 usdMinor = 0; ///< computed on recording: amount × rate, rounded half away from zero
    QString status = QStringLiteral("signed"); ///< prospective | signed | cancelled
    QList<Instalment> instalments; ///< empty, or summing to amountMinor, due dates distinct
    QString capOverride;           ///< an officer's written justification, kept with the pledge
    /// Set by batch commands (imports) that check the DGF cap once for the whole batch with
    /// funding::checkPlanAfterBatch instead of pledge by pledge.
    bool deferCapCheck = false;
    QString note;
    qint64 paidMinor = 0; ///< filled when read: receipts against it, in its currency
};

/// Records a pledge and posts it: signed → pledges receivable / contributions (or Bank resources);
/// prospective → the memo pair. The one function every pledge goes through (CLI, import, demo).
/// When `createDonor` is set, an unknown donor is created (kind "bank" for a bank source, else
/// "other"). Returns the pledge id.
Result<qint64> recordPledge(Database &db, const Pledge &pledge, bool createDonor = false);

/// Cancels a pledge that has no receipts (amend it down to what was paid instead).
/// Refused by the DGF cap when less non-Bank funding would breach it, unless `capOverride`.
Result<qint64> cancelPledge(Database &db, const QString &reference, const QDate &date,
                            const QString &reason, const QString &capOverride = {});

/// What an amendment changes; unset fields keep their value. Posts the difference.
struct PledgeAmendment
{
    std::optional<qint64> amountMinor;
    std::optional<qint64> rateScaled;
    std::optional<QString> status; ///< prospective or signed (cancel through cancelPledge)
    std::optional<QList<Instalment>> instalments;
    QString note;
    QString capOverride = {}; ///< justification when the change would breach the DGF cap
};
Result<qint64> amendPledge(Database &db, const QString &reference, const PledgeAmendment &change,
                           const QDate &date);

/// The rule every schedule meets (recordPledge, amendPledge, the entry dialogs): each instalment
/// dated and above zero, no due date twice, the amounts adding up to `amountMinor`. Empty is
/// allowed (no schedule).
Status checkInstalments(const QList<Instalment> &instalments, qint64 amountMinor);

Result<Pledge> findPledge(Database &db, const QString &reference);
Result<QList<Pledge>> pledges(Database &db);

struct Receipt
{
    qint64 id = 0;
    QString reference; ///< unique among receipts
    QString donor;
    QString source = QStringLiteral("donor");
    QDate date;
    QString currency = QStringLiteral("USD");
    qint64 amountMinor = 0;
    qint64 rateScaled = 0;
    qint64 usdMinor = 0;   ///< computed
    qint64 feeMinor = 0;   ///< computed from the fee setting, USD cents
    QString pledgeReference; ///< optional: the pledge it pays (same donor and currency)
    bool reversed = false;   ///< filled when read
    /// The administrative agent fee of this receipt in basis points (0: fee-exempt), instead of
    /// the fund's rule; unset: the rule applies. 0 to 10000.
    std::optional<int> feeBps;
};

/// Records money paid in: cash at the receipt's rate; against a pledge, the receivable is cleared
/// at the pledge's rate and the difference posted to exchange differences. The administrative
/// agent fee of the fund setting is posted in the same entry. Returns the journal entry id.
/// It is a ReceiptBatch of one receipt in its own transaction.
Result<qint64> recordReceipt(Database &db, const Receipt &receipt, bool createDonor = false);
Result<QList<Receipt>> receipts(Database &db);

/// Interest or other earnings on the fund's cash, in USD cents.
Result<qint64> recordIncome(Database &db, qint64 usdMinor, const QDate &date,
                            const QString &note);

// ---- The statement's other lines (issue 18) -----------------------------------------------------

/// Interest a partner earned on what it holds for a project and remitted to the fund: cash in, a
/// source of its own (account partner_interest), with the project and partner as dimensions. It
/// is not what the partner holds. The partner must have received a transfer for the project.
Result<qint64> recordPartnerInterest(Database &db, const QString &projectCode,
                                     const QString &partner, qint64 usdMinor, const QDate &date,
                                     const QString &reference);

/// Money the fund passes to another trust fund: a use, never a transfer to a partner (it is not
/// held by partners). The entry's memo starts with the fund's name (then " — " reference, note).
struct FundTransfer
{
    QString fund;
    qint64 usdMinor = 0;
    QDate date;
    QString reference;
    QString note;
};
Result<qint64> transferToFund(Database &db, const FundTransfer &t);

/// Secretariat and fund-management costs approved by the Committee, charged to the fund; the
/// optional project is a dimension only (the cost does not draw on its allocation).
Result<qint64> recordDirectCost(Database &db, qint64 usdMinor, const QDate &date,
                                const QString &projectCode, const QString &note);

/// The bank's charges on the fund's account.
Result<qint64> recordBankCharge(Database &db, qint64 usdMinor, const QDate &date,
                                const QString &note);

/// The administrative agent's correction of its fee: positive charges more, negative gives back;
/// refused when the fees would total less than nothing. A reason is required.
Result<qint64> adjustFee(Database &db, qint64 usdMinor, const QDate &date, const QString &reason);

/// The uses above (and a positive fee adjustment) are paid from what is not allocated: each is
/// refused above what is available for allocation on its date and over the whole journal.

// ---- Projects ---------------------------------------------------------------------------------

struct Allocation
{
    QString projectCode;
    qint64 usdMinor = 0;
    QDate date;
    QString note;
};
/// Refused (with the figures) when above what is available for allocation on that date.
Result<qint64> allocate(Database &db, const Allocation &allocation);

struct Transfer
{
    QString projectCode;
    QString partner; ///< an organisation's name or short name
    qint64 usdMinor = 0;
    QDate date;
    QString reference;
    QString note;
};
/// Refused when transfers net of refunds would exceed the project's allocation.
Result<qint64> transfer(Database &db, const Transfer &transfer);

/// Gives back an allocation not transferred; refused above the project's unspent allocation.
Result<qint64> releaseAllocation(Database &db, const QString &projectCode, qint64 usdMinor,
                                 const QDate &date, const QString &note);

/// Expenditure a partner reports; refused above what that partner holds for the project.
Result<qint64> recordExpenditure(Database &db, const QString &projectCode, const QString &partner,
                                 qint64 usdMinor, const QDate &date, const QString &reference);

/// Unspent money a partner pays back; refused above what that partner holds for the project.
Result<qint64> refundFromPartner(Database &db, const QString &projectCode, const QString &partner,
                                 qint64 usdMinor, const QDate &date, const QString &reference);

/// Financial closing with a small residual (issue 5): whatever the partners still hold for the
/// project leaves the balance held by partners as "residual waived" (an expense), one balanced
/// entry, so the partner balance is 0 and the waived amount shows apart. The caller checks the
/// fund's waiver threshold; nothing is posted (and 0 returned) when no partner holds anything.
/// Returns the amount waived.
Result<qint64> waiveResidual(Database &db, const QString &projectCode, const QDate &date,
                             const QString &note);

struct ProjectBalance
{
    qint64 allocated = 0;   ///< allocations net of releases
    qint64 transferred = 0; ///< tranches sent to partners
    qint64 expenditure = 0; ///< reported by partners
    qint64 refunded = 0;    ///< paid back by partners
    qint64 waived = 0;      ///< residual written off at financial closing
    qint64 heldByPartner = 0;     ///< transferred − expenditure − refunded − waived
    qint64 unspentAllocation = 0; ///< allocated − (transferred − refunded): still transferable
};
Result<ProjectBalance> projectBalance(Database &db, const QString &projectCode);

// ---- Corrections ------------------------------------------------------------------------------

/// Posts the exact opposite of an entry, referencing it, with a mandatory reason. Refused for an
/// entry already reversed, for a reversal, and for pledge entries (cancel or amend the pledge).
/// Refused too when the result would break a rule (over-allocation, a partner balance below 0).
Result<qint64> reverse(Database &db, qint64 entryId, const QString &reason, const QDate &date);

// ---- Settings ---------------------------------------------------------------------------------

/// The administrative agent fee on each receipt: none, a flat rate in basis points, or tiers
/// applied like tax brackets to the receipt's USD value. Text form: "none", "flat:100",
/// "tiered:1000000.00=200,5000000.00=150,*=100" (up to 1,000,000.00 at 2%, the next 4,000,000.00
/// at 1.5%, the rest at 1%).
struct FeeRule
{
    struct Tier
    {
        qint64 upToMinor = -1; ///< upper bound of the bracket in USD cents; -1 for the last one
        int bps = 0;
    };
    QList<Tier> tiers; ///< empty: no fee; one unbounded tier: a flat rate

    static Result<FeeRule> parse(const QString &text);
    QString toString() const;
    /// The fee in cents on a receipt of `usdMinor` cents: Σ bracket × bps / 10000, rounded once,
    /// half away from zero. Never above the receipt.
    qint64 feeOn(qint64 usdMinor) const;
};
Result<FeeRule> feeRule(Database &db);
/// A receipt's own fee rate as typed (`receipt add --fee-bps`, the receipts CSV's `fee_bps`):
/// empty → unset (the fund's rule applies); else whole basis points, 0 to 10000.
Result<std::optional<int>> parseFeeBps(const QString &text);
Status setFeeRule(Database &db, const FeeRule &rule);

// ---- Batches ----------------------------------------------------------------------------------

/// Records receipts one after another inside the caller's WriteTransaction, as an import does.
/// Each receipt goes through the very checks, posting rules and audit row of recordReceipt
/// (which is a batch of one), but what a batch cannot change is read once (the fee rule, the
/// donors it met) and no savepoint is taken per receipt: every check is made before anything of
/// the receipt is written, so a refused receipt leaves the fund as it was. The batch is all or
/// nothing only with its transaction: the caller commits it whole or rolls it back whole.
class ReceiptBatch
{
    Q_DISABLE_COPY_MOVE(ReceiptBatch)
public:
    /// `createDonors`: unknown donors are created (kind "bank" for a bank source, else "other").
    ReceiptBatch(Database &db, bool createDonors);
    ~ReceiptBatch();

    /// Checks and records one receipt; returns its journal entry id.
    Result<qint64> add(const Receipt &receipt);
    /// For an import, which is one command: from now on the receipts get no audit row each and
    /// their entries are not read back; each receipt, its entry and its postings are added as
    /// written to `digest`, which the import records in its one audit row (`imdp verify`
    /// recomputes it from the stored rows).
    void digestInto(ReceiptDigest *digest) { m_digest = digest; }
    /// Set when a failure may have left part of a receipt written or the transaction ended (an
    /// I/O error): nothing more may be added, and the transaction must be rolled back.
    bool broken() const { return m_broken; }

private:
    struct Planned;
    struct KnownDonor
    {
        qint64 id = 0;
        QString name;
        QString kind;
    };
    Result<Planned> plan(const Receipt &receipt);
    Result<qint64> write(const Receipt &receipt, Planned &planned);

    Database &m_db;
    bool m_createDonors = false;
    bool m_broken = false;
    std::optional<FeeRule> m_feeRule;
    QHash<QString, KnownDonor> m_donors; ///< by the name a receipt gave, trimmed
    ReceiptDigest *m_digest = nullptr;
};

// ---- Exchange rates ---------------------------------------------------------------------------

struct ExchangeRate
{
    QString currency;
    QDate date;
    qint64 rateScaled = 0;
};
Status addRate(Database &db, const ExchangeRate &rate);
Result<QList<ExchangeRate>> rates(Database &db, const QString &currency = {});
/// The latest recorded rate on or before `date` (USD is always 1); NotFound when none.
Result<qint64> rateOn(Database &db, const QString &currency, const QDate &date);

// ---- Journal ----------------------------------------------------------------------------------

struct Posting
{
    qint64 id = 0;
    QString account; ///< account key, e.g. "cash"
    QString flow;    ///< what moved: pledge, prospective, receipt, fee, fx, income, ...
    qint64 usdMinor = 0; ///< debit positive, credit negative
    QString donor;
    QString project;
    QString partner;
};

struct JournalEntry
{
    qint64 id = 0;
    QDate date;
    QString kind;
    QString memo;
    qint64 reversesEntryId = 0; ///< 0 unless a reversal
    qint64 reversedByEntryId = 0;
    QString reason;
    QString postedAt;
    QString actor;
    QList<Posting> postings;
};
Result<QList<JournalEntry>> journal(Database &db);
Result<JournalEntry> entry(Database &db, qint64 entryId);

struct Account
{
    int id = 0;
    QString code;
    QString key;
    QString name;
    QString accountClass; ///< asset, revenue, expense, memo
    qint64 balance = 0;   ///< Σ postings, debit positive
};
/// Every account with its balance; the balances sum to zero when the books are sound.
Result<QList<Account>> trialBalance(Database &db, const QDate &at = {});

// ---- Fund position ----------------------------------------------------------------------------

struct DonorPosition
{
    QString donor;
    QString source;
    qint64 pledged = 0;
    qint64 prospective = 0;
    qint64 received = 0;
    qint64 outstanding = 0; ///< max(0, pledged − received)
    qint64 arrears = 0;     ///< instalments due and not paid, at the pledges' rates
};

struct SourcePosition
{
    QString source;
    qint64 pledged = 0;
    qint64 prospective = 0;
    qint64 received = 0;
};

struct FiscalYearPosition
{
    int year = 0;  ///< named by the calendar year it ends in: FY2027 = Jul 2026–Jun 2027
    QDate start;
    QDate end;
    qint64 pledged = 0;
    qint64 received = 0;
    qint64 income = 0;
    qint64 fees = 0;
    qint64 allocated = 0;
    qint64 transferred = 0;
    qint64 expenditure = 0;
    qint64 refunded = 0;
};

/// The fund's figures at the end of a date (entries dated on or before it), USD cents.
struct FundPosition
{
    QDate at;
    qint64 pledged = 0;     ///< signed pledges at their recorded rates
    qint64 prospective = 0; ///< prospective pledges
    qint64 received = 0;
    qint64 outstanding = 0; ///< Σ over donors of max(0, pledged − received)
    qint64 arrears = 0;
    qint64 income = 0;
    qint64 fees = 0;
    qint64 exchangeDifferences = 0; ///< gains positive
    qint64 allocated = 0;
    qint64 transferred = 0;
    qint64 expenditure = 0;
    qint64 refunded = 0;
    qint64 waived = 0; ///< residuals written off at financial closing (not reported expenditure)
    qint64 partnerInterest = 0;  ///< interest remitted by partners
    qint64 transfersToFunds = 0; ///< transfers to other trust funds
    qint64 directCosts = 0;
    qint64 bankCharges = 0;
    qint64 heldByPartners = 0;
    qint64 cash = 0;
    /// received + income + partnerInterest − fees − transfersToFunds − directCosts − bankCharges
    /// − allocated
    qint64 available = 0;
    QList<DonorPosition> byDonor;       ///< by donor name
    QList<SourcePosition> bySource;     ///< donor, bank
    QList<FiscalYearPosition> byFiscalYear;
};
Result<FundPosition> position(Database &db, const QDate &at);

/// What can be allocated on a date: received + income + partner interest − fees − transfers to
/// other funds − direct costs − bank charges − allocated.
Result<qint64> availableForAllocation(Database &db, const QDate &at);

// ---- verify ------------------------------------------------------------------------------------

/// Adds the ledger's checks to `imdp verify` (core/storage/verify.h): "journal balances" (every
/// entry's postings sum to zero, a reversal mirrors its entry), "stored balances" (receipts'
/// USD value, fee and cleared amount, donors' pledge totals, released tranches and posting dates
/// match the journal) and "project balances" (no project transferred beyond its allocation, no
/// partner holding less than nothing) and "ledger imports" (each receipts import's digest
/// recomputed from the rows it wrote). Safe to call more than once.
void registerVerifyChecks();

} // namespace ledger
} // namespace imdp::core
