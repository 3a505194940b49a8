// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The ledger's checks for `imdp verify` (core/storage/verify.h): every journal entry balances, and
// every figure stored beside the journal (a receipt's USD value, fee and cleared amount, a donor's
// pledge totals, a proposal's released tranches, a posting's date) matches the postings. The
// ledger writes each of these in the same transaction as its entry; a difference means the file
// was changed outside IMDP Desk (or by a bug), and `verify` names the entry, account or record.
#include "core/ledger/journal.h"
#include "core/ledger/verifychecks.h"
#include "core/ledger/receiptdigest.h"

#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/verify.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

using namespace detail;

namespace {

using Problems = verify::Listing; // the first 10 problems of a check, then a count

/// Runs `sql` and hands each row to `row`; an Error when the query cannot run (SQLite reports an
/// integer overflow in SUM as an error: a tampered figure can cause one).
template<typename F>
Status eachRow(Database &db, const QString &sql, F row)
{
    Query q(db, sql);
    if (auto s = q.exec(); !s)
        return s;
    while (q.next())
        row(q);
    return {};
}

Result<QStringList> journalBalances(Database &db)
{
    Problems p;
    // Every entry: at least two postings summing to zero.
    auto s = eachRow(db,
                     u"SELECT e.id, e.kind, COUNT(p.id), COALESCE(SUM(p.usd_minor), 0) "
                     "FROM journal_entry e LEFT JOIN posting p ON p.entry_id = e.id "
                     "GROUP BY e.id HAVING COUNT(p.id) < 2 OR SUM(p.usd_minor) <> 0 "
                     "ORDER BY e.id"_s,
                     [&](const Query &q) {
                         const QString what = u"journal entry %1 (%2)"_s.arg(q.integer(0)).arg(
                             q.text(1));
                         if (q.integer(2) < 2)
                             p.add(u"%1: has %2 posting(s); an entry needs at least two"_s.arg(
                                 what).arg(q.integer(2)));
                         else
                             p.add(u"%1: its postings sum to %2 USD, not 0"_s.arg(
                                 what, usd(q.integer(3))));
                     });
    if (!s)
        return s.error();
    // A reversal is the exact opposite of the entry it reverses, line for line.
    s = eachRow(db,
                u"SELECT DISTINCT e.id, e.reverses_entry_id FROM journal_entry e "
                "JOIN posting p ON p.entry_id IN (e.id, e.reverses_entry_id) "
                "WHERE e.reverses_entry_id IS NOT NULL "
                "GROUP BY e.id, p.account_id, p.flow, p.donor_id, p.project, p.partner_id "
                "HAVING SUM(p.usd_minor) <> 0 ORDER BY e.id"_s,
                [&](const Query &q) {
                    p.add(u"journal entry %1 (reversal): is not the exact opposite of entry %2 "
                          "it reverses"_s.arg(q.integer(0)).arg(q.integer(1)));
                });
    if (!s)
        return s.error();
    return p.lines();
}

Result<QStringList> storedBalances(Database &db)
{
    Problems p;
    // A posting's date is the entry's, copied so that dated balances read one index.
    auto s = eachRow(db,
                     u"SELECT p.entry_id, p.id, p.date, e.date FROM posting p "
                     "JOIN journal_entry e ON e.id = p.entry_id WHERE p.date <> e.date "
                     "ORDER BY p.id"_s,
                     [&](const Query &q) {
                         p.add(u"journal entry %1: posting %2 is dated %3, the entry %4"_s.arg(
                             q.text(0), q.text(1), q.text(2), q.text(3)));
                     });
    if (!s)
        return s.error();

    // Receipts: the USD value, fee and receivable cleared stored on the row are its entry's.
    s = eachRow(
        db,
        u"SELECT r.reference, r.entry_id, COALESCE(e.kind, ''), r.usd_minor, r.fee_usd_minor, "
        " r.cleared_usd_minor, c.cash, c.fee, c.cleared FROM receipt r "
        "LEFT JOIN journal_entry e ON e.id = r.entry_id "
        "LEFT JOIN (SELECT p.entry_id,"
        "  COALESCE(SUM(CASE WHEN p.account_id = %1 AND p.flow = 'receipt' THEN p.usd_minor END), 0)"
        "   AS cash,"
        "  COALESCE(SUM(CASE WHEN p.account_id = %2 THEN p.usd_minor END), 0) AS fee,"
        "  COALESCE(-SUM(CASE WHEN p.account_id = %3 AND p.flow = 'receipt' THEN p.usd_minor END),"
        "   0) AS cleared,"
        "  MAX(CASE WHEN p.account_id = %1 AND p.flow = 'receipt' THEN p.donor_id END) AS donor,"
        "  COUNT(DISTINCT CASE WHEN p.account_id = %1 AND p.flow = 'receipt' THEN p.donor_id END)"
        "   AS donors"
        "  FROM posting p JOIN receipt rr ON rr.entry_id = p.entry_id GROUP BY p.entry_id) c"
        " ON c.entry_id = r.entry_id "
        "WHERE e.kind IS NOT 'receipt' OR c.entry_id IS NULL OR c.cash <> r.usd_minor "
        " OR c.fee <> r.fee_usd_minor OR c.cleared <> r.cleared_usd_minor "
        " OR (r.usd_minor <> 0 AND (c.donors <> 1 OR c.donor IS NOT r.donor_id)) "
        "ORDER BY r.id"_s.arg(int(Cash))
            .arg(int(AdminFee))
            .arg(int(PledgesReceivable)),
        [&](const Query &q) {
            const QString what = u"receipt %1 (journal entry %2)"_s.arg(q.text(0), q.text(1));
            if (q.text(2) != u"receipt"_s) {
                p.add(u"%1: its entry is %2, not a receipt entry"_s.arg(
                    what, q.text(2).isEmpty() ? u"missing"_s : u"a "_s + q.text(2) + u" entry"_s));
                return;
            }
            bool named = false;
            const auto compare = [&](const QString &field, qint64 stored, qint64 journal) {
                if (stored != journal) {
                    p.add(u"%1: stored %2 %3 USD, the journal's %4 USD"_s.arg(
                        what, field, usd(stored), usd(journal)));
                    named = true;
                }
            };
            compare(u"USD value"_s, q.integer(3), q.integer(6));
            compare(u"fee"_s, q.integer(4), q.integer(7));
            compare(u"pledge cleared"_s, q.integer(5), q.integer(8));
            if (!named)
                p.add(u"%1: its cash posting is not the receipt's donor's"_s.arg(what));
        });
    if (!s)
        return s.error();

    // Pledges: a donor's signed pledges are its pledges receivable (flow "pledge"), its
    // prospective ones the memo account; amendments and cancellations post the difference.
    s = eachRow(
        db,
        u"WITH stored AS (SELECT donor_id,"
        "  SUM(CASE WHEN status = 'signed' THEN usd_minor ELSE 0 END) AS signed,"
        "  SUM(CASE WHEN status = 'prospective' THEN usd_minor ELSE 0 END) AS prospective"
        "  FROM pledge GROUP BY donor_id),"
        " posted AS (SELECT donor_id,"
        "  SUM(CASE WHEN account_id = %1 AND flow = 'pledge' THEN usd_minor ELSE 0 END) AS signed,"
        "  SUM(CASE WHEN account_id = %2 AND flow = 'prospective' THEN usd_minor ELSE 0 END)"
        "   AS prospective"
        "  FROM posting WHERE account_id IN (%1, %2) GROUP BY donor_id),"
        " donors AS (SELECT donor_id FROM stored UNION SELECT donor_id FROM posted) "
        "SELECT COALESCE(o.name, '#' || COALESCE(d.donor_id, 'none')),"
        " COALESCE(s.signed, 0), COALESCE(j.signed, 0),"
        " COALESCE(s.prospective, 0), COALESCE(j.prospective, 0) "
        "FROM donors d LEFT JOIN stored s ON s.donor_id IS d.donor_id"
        " LEFT JOIN posted j ON j.donor_id IS d.donor_id"
        " LEFT JOIN organisation o ON o.id = d.donor_id "
        "WHERE COALESCE(s.signed, 0) <> COALESCE(j.signed, 0)"
        " OR COALESCE(s.prospective, 0) <> COALESCE(j.prospective, 0) "
        "ORDER BY d.donor_id"_s.arg(int(PledgesReceivable))
            .arg(int(ProspectivePledges)),
        [&](const Query &q) {
            if (q.integer(1) != q.integer(2))
                p.add(u"pledges of %1: signed pledges stored total %2 USD, the journal's pledges "
                      "receivable (account 1100) %3 USD"_s.arg(q.text(0), usd(q.integer(1)),
                                                               usd(q.integer(2))));
            if (q.integer(3) != q.integer(4))
                p.add(u"pledges of %1: prospective pledges stored total %2 USD, the journal's "
                      "prospective pledges (account 8000) %3 USD"_s.arg(
                          q.text(0), usd(q.integer(3)), usd(q.integer(4))));
        });
    if (!s)
        return s.error();

    // Tranches: each one marked released was transferred to the partner by a transfer entry.
    s = eachRow(db,
                u"SELECT pr.code, SUM(t.amount_usd_minor),"
                " (SELECT COALESCE(SUM(p.usd_minor), 0) FROM posting p"
                "  JOIN journal_entry e ON e.id = p.entry_id"
                "  WHERE p.project = pr.code AND p.account_id = %1 AND e.kind = 'transfer')"
                " AS transferred "
                "FROM tranche t JOIN proposal pr ON pr.id = t.proposal_id "
                "WHERE t.released_on <> '' GROUP BY pr.id "
                "HAVING SUM(t.amount_usd_minor) > transferred ORDER BY pr.code"_s.arg(
                    int(Transfers)),
                [&](const Query &q) {
                    p.add(u"proposal %1: released tranches total %2 USD, the journal's transfers "
                          "(account 8200) %3 USD"_s.arg(q.text(0), usd(q.integer(1)),
                                                        usd(q.integer(2))));
                });
    if (!s)
        return s.error();
    return p.lines();
}

/// The rules every project entry is posted under (checkProject), re-read from the postings:
/// transfers net of refunds within the allocation, no partner holding less than nothing.
Result<QStringList> projectBalances(Database &db)
{
    Problems p;
    auto s = eachRow(
        db,
        u"SELECT project,"
        " -SUM(CASE WHEN account_id = %1 THEN usd_minor ELSE 0 END) AS allocated,"
        " SUM(CASE WHEN account_id = %2 THEN usd_minor ELSE 0 END)"
        " + SUM(CASE WHEN account_id = %3 THEN usd_minor ELSE 0 END) AS net "
        "FROM posting WHERE project <> '' GROUP BY project "
        "HAVING allocated < 0 OR net > allocated ORDER BY project"_s.arg(int(Allocations))
            .arg(int(Transfers))
            .arg(int(Refunds)),
        [&](const Query &q) {
            p.add(u"project %1: transfers net of refunds %2 USD, above its allocation of %3 USD"_s
                      .arg(q.text(0), usd(q.integer(2)), usd(q.integer(1))));
        });
    if (!s)
        return s.error();
    s = eachRow(db,
                u"SELECT p.project, COALESCE(o.name, '#' || p.partner_id), SUM(p.usd_minor) "
                "FROM posting p LEFT JOIN organisation o ON o.id = p.partner_id "
                "WHERE p.account_id = %1 AND p.project <> '' "
                "GROUP BY p.project, p.partner_id HAVING SUM(p.usd_minor) < 0 "
                "ORDER BY p.project"_s.arg(int(HeldByPartners)),
                [&](const Query &q) {
                    p.add(u"project %1: %2 holds %3 USD (account 1200), below zero"_s.arg(
                        q.text(0), q.text(1), usd(q.integer(2))));
                });
    if (!s)
        return s.error();
    return p.lines();
}

/// The statement's own lines (issue 18): each of their entries posts cash against its one
/// account with its own flow, and nothing else posts to those accounts; so a fund transfer is
/// never counted as a transfer to a partner, nor interest as a contribution.
Result<QStringList> statementLines(Database &db)
{
    Problems p;
    const QString accountOfKind =
        u"CASE e.kind WHEN 'partner_interest' THEN %1 WHEN 'fund_transfer' THEN %2 "
        "WHEN 'direct_cost' THEN %3 WHEN 'bank_charge' THEN %4 ELSE %5 END"_s
            .arg(int(PartnerInterest))
            .arg(int(TransfersToFunds))
            .arg(int(DirectCosts))
            .arg(int(BankCharges))
            .arg(int(AdminFee));
    const QString flowOfAccount =
        u"CASE p.account_id WHEN %1 THEN 'partner_interest' WHEN %2 THEN 'fund_transfer' "
        "WHEN %3 THEN 'direct_cost' ELSE 'bank_charge' END"_s.arg(int(PartnerInterest))
            .arg(int(TransfersToFunds))
            .arg(int(DirectCosts));
    auto s = eachRow(
        db,
        u"SELECT e.id, e.kind, p.id, a.code, p.flow FROM posting p "
        "JOIN journal_entry e ON e.id = p.entry_id JOIN account a ON a.id = p.account_id "
        "WHERE (p.account_id IN (%1, %2, %3, %4) AND p.flow <> %5) "
        "OR (e.kind IN ('partner_interest','fund_transfer','direct_cost','bank_charge',"
        "'fee_adjust') AND (p.flow <> e.kind OR p.account_id NOT IN (%6, %7))) "
        "ORDER BY p.id"_s.arg(int(PartnerInterest))
            .arg(int(TransfersToFunds))
            .arg(int(DirectCosts))
            .arg(int(BankCharges))
            .arg(flowOfAccount)
            .arg(int(Cash))
            .arg(accountOfKind),
        [&](const Query &q) {
            p.add(u"journal entry %1 (%2): posting %3 to account %4 with flow %5 is not one of "
                  "its kind's lines"_s.arg(q.integer(0))
                      .arg(q.text(1))
                      .arg(q.integer(2))
                      .arg(q.text(3), q.text(4)));
        });
    if (!s)
        return s.error();
    return p.lines();
}

} // namespace

void registerVerifyChecks()
{
    verify::registerCheck({u"journal balances"_s, journalBalances});
    verify::registerCheck({u"stored balances"_s, storedBalances});
    verify::registerCheck({u"project balances"_s, projectBalances});
    // core/ledger/receiptdigest.h; reads every imported row: beside the others (issue 23).
    verify::registerCheck({u"ledger imports"_s, verifyImports, true});
    verify::registerCheck({u"statement lines"_s, statementLines});
}

} // namespace imdp::core::ledger
