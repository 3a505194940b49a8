// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Receipts (money paid in, alone or in a batch as an import writes them) and the fund's own
// income. Posting rules: docs/data-model.md.

#include "core/ledger/feerule.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace imdp::core {

class Database;

namespace ledger {

class ReceiptDigest;

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

} // namespace ledger
} // namespace imdp::core
