// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "pipelinegen.h"

#include "core/fund/fund.h"
#include "core/pipeline/proposals.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace imdp::bench {

QTextStream &say()
{
    static QTextStream s(stdout);
    return s;
}

Status generateProposals(Database &db, int n, const QString &fundName)
{
    FundSettings s;
    s.name = fundName;
    if (auto st = fund::initialise(db, s); !st)
        return st;
    static const char *const agencies[] = {"ILO", "IOM", "UNDP", "UNFPA", "UNHCR", "UNICEF",
                                           "UNITAR", "UNODC", "UNCTAD", "OHCHR"};
    for (const char *a : agencies) {
        const QString name = QString::fromLatin1(a);
        if (auto r = organisations::add(db, {0, name, name, u"agency"_s, {}, true}); !r)
            return r.error();
    }
    static const char *const countries[] = {"SN", "GH", "ML", "PH", "ID", "MX", "MA", "BD", "NP"};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (int i = 0; i < n; ++i) {
        Proposal p;
        p.code = u"B-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
        p.title = u"Benchmark proposal %1 on labour migration data and policy coherence"_s.arg(i);
        p.applicant = QString::fromLatin1(agencies[i % 10]);
        p.partner = QString::fromLatin1(agencies[(i + 3) % 10]);
        p.objectives = i % 2 ? u"1,3"_s : u"2"_s;
        p.actionArea = i % 3 ? u"A"_s : u"B"_s;
        p.requestedMinor = 5000000 + qint64(i) * 1733;
        p.source = u"gmg_agency"_s;
        p.countries = {QString::fromLatin1(countries[i % 9]),
                       QString::fromLatin1(countries[(i + 4) % 9])};
        p.start = QDate(2027, 1, 1).addDays(i % 365);
        p.end = p.start.addYears(2);
        p.summary = u"Generated for the benchmark."_s;
        p.disaggregation = {u"sex"_s, u"education_level"_s};
        p.budget = {{u"Staff"_s, p.requestedMinor / 2},
                    {u"Activities"_s, p.requestedMinor - p.requestedMinor / 2}};
        if (auto r = pipeline::add(db, p); !r)
            return r.error();
        // A spread of states, through the guarded moves, so several board columns fill.
        if (i % 3 == 0) {
            if (auto st = pipeline::move(db, p.code, u"submitted"_s, {}); !st)
                return st;
        }
        if (i % 6 == 0) {
            if (auto st = pipeline::move(db, p.code, u"screening"_s, {}); !st)
                return st;
        }
        if (i % 12 == 0) {
            if (auto st = pipeline::move(db, p.code, u"withdrawn"_s, u"benchmark"_s); !st)
                return st;
        }
    }
    return tx.commit();
}

} // namespace imdp::bench
