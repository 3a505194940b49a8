// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The pipeline's only dependency on the ledger: every journal posting a move or a tranche causes
// goes through here, inside the caller's transaction.
#include "core/pipeline/posting.h"

#include "core/ledger/position.h"
#include "core/ledger/projects.h"

namespace imdp::core::pipeline::posting {

namespace {
Status status(const Result<qint64> &r)
{
    if (!r)
        return r.error();
    return {};
}
} // namespace

Result<Balance> balance(Database &db, const QString &code)
{
    auto b = ledger::projectBalance(db, code);
    if (!b)
        return b.error();
    return Balance{b->allocated, b->transferred, b->expenditure,      b->refunded,
                   b->waived,    b->heldByPartner, b->unspentAllocation};
}

Result<qint64> available(Database &db, const QDate &date)
{
    return ledger::availableForAllocation(db, date);
}

Status allocate(Database &db, const QString &code, qint64 usdMinor, const QDate &date,
                const QString &note)
{
    return status(ledger::allocate(db, {code, usdMinor, date, note}));
}

Status transfer(Database &db, const QString &code, const QString &partner, qint64 usdMinor,
                const QDate &date, const QString &reference, const QString &note)
{
    return status(ledger::transfer(db, {code, partner, usdMinor, date, reference, note}));
}

Status releaseUnspent(Database &db, const QString &code, const QDate &date, const QString &note)
{
    auto b = ledger::projectBalance(db, code);
    if (!b)
        return b.error();
    if (b->unspentAllocation <= 0)
        return {};
    return status(ledger::releaseAllocation(db, code, b->unspentAllocation, date, note));
}

Status waiveResidual(Database &db, const QString &code, const QDate &date, const QString &note)
{
    return status(ledger::waiveResidual(db, code, date, note));
}

Status expenditure(Database &db, const QString &code, const QString &partner, qint64 usdMinor,
                   const QDate &date, const QString &reference)
{
    return status(ledger::recordExpenditure(db, code, partner, usdMinor, date, reference));
}

Status refund(Database &db, const QString &code, const QString &partner, qint64 usdMinor,
              const QDate &date, const QString &reference)
{
    return status(ledger::refundFromPartner(db, code, partner, usdMinor, date, reference));
}

} // namespace imdp::core::pipeline::posting
