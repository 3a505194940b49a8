// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// A fund ready for a review round, shared by the core and UI review tests: three proposals in
// review (P-1 by the ILO, P-2 and P-3 by the IOM), money in the ledger that no package may carry,
// and an attachment on P-1. The clock is pinned while it lives.
#include "testutil.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/ledger/receipts.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/storage/transaction.h"

namespace imdp::test {

struct ReviewFund
{
    TempDir t;
    std::unique_ptr<core::Database> db;
    QString path;

    explicit ReviewFund(const QString &name = QStringLiteral("Review fund"))
    {
        using namespace Qt::Literals::StringLiterals;
        using namespace imdp::core;
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        path = t.file(u"f.imdp"_s);
        db = must(Database::create(path, [&](Database &d) -> Status {
            FundSettings s;
            s.name = name;
            if (auto st = fund::initialise(d, s); !st)
                return st;
            for (const Organisation &o :
                 {Organisation{0, u"International Labour Organization"_s, u"ILO"_s, u"agency"_s,
                               {}, true},
                  Organisation{0, u"International Organization for Migration"_s, u"IOM"_s,
                               u"agency"_s, {}, true},
                  Organisation{0, u"Kingdom of Sweden"_s, u"Sweden"_s, u"state"_s, u"SE"_s,
                               false}}) {
                if (auto r = organisations::add(d, o); !r)
                    return r.error();
            }
            ledger::Receipt r;
            r.reference = u"LEDGER-SECRET-R1"_s;
            r.donor = u"Sweden"_s;
            r.date = QDate(2026, 1, 10);
            r.amountMinor = 500000000;
            if (auto x = ledger::recordReceipt(d, r); !x)
                return x.error();
            return {};
        }));
        WriteTransaction tx(*db);
        mustOk(tx.begun());
        addInReview(u"P-1"_s, u"Labour migration statistics"_s, u"ILO"_s);
        addInReview(u"P-2"_s, u"Secret other proposal"_s, u"IOM"_s);
        addInReview(u"P-3"_s, u"Diaspora bonds pilot"_s, u"IOM"_s);
        must(pipeline::attach(*db, u"P-1"_s, u"workplan.txt"_s, "Workplan of P-1\n"));
        must(pipeline::attach(*db, u"P-2"_s, u"secret-annex.txt"_s, "Other annex\n"));
        mustOk(tx.commit());
    }
    ~ReviewFund() { core::Clock::reset(); }
    ReviewFund(const ReviewFund &) = delete;
    ReviewFund &operator=(const ReviewFund &) = delete;

    core::Database &operator*() { return *db; }

    void addInReview(const QString &code, const QString &title, const QString &applicant)
    {
        using namespace Qt::Literals::StringLiterals;
        using namespace imdp::core;
        Proposal p;
        p.code = code;
        p.title = title;
        p.applicant = applicant;
        p.partner = applicant;
        p.objectives = u"1,3"_s;
        p.actionArea = u"A"_s;
        p.requestedMinor = 15000000;
        p.source = u"gmg_agency"_s;
        p.countries = {u"SN"_s, u"GH"_s};
        p.start = QDate(2026, 7, 1);
        p.end = QDate(2027, 6, 30);
        p.summary = u"Summary of "_s + title;
        p.disaggregation = {u"sex"_s};
        p.budget = {{u"Staff"_s, 10000000}, {u"Travel"_s, 5000000}};
        must(pipeline::add(*db, p));
        mustOk(pipeline::move(*db, code, u"submitted"_s, {}));
        mustOk(pipeline::move(*db, code, u"screening"_s, {}));
        for (const QString &item : pipeline::checklistItems())
            mustOk(pipeline::answerChecklist(*db, code, item, true, {}));
        mustOk(pipeline::move(*db, code, u"in_review"_s, {}));
    }
};

} // namespace imdp::test
