// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The application to the World Bank's Development Grant Facility, following the calendar in
// DOMAIN.md: the preliminary proposal (early December: potential donors, DGF partners, the
// substantive basis) and the formal request (mid-January: the governance structure, that is the
// Oversight Committee's membership and the evaluation mechanisms), each with the cap table. The
// figures and lists come from the fund's records; the few narrative texts are fund settings the
// secretariat writes (setNarrative), printed with a "not yet written" mark while empty.

#include "core/funding/capstatus.h"
#include "core/reports/financial.h"

namespace imdp::core::reports {

namespace dgf {

/// The narrative texts, by their short name: basis (the substantive basis of the proposal),
/// governance (how the fund is governed), evaluation (how activities are evaluated).
const QStringList &narratives();
/// The fund_setting key that holds a narrative: "dgf_" + its short name.
QString settingKey(const QString &narrative);
/// Writes (or clears, with an empty text) one narrative, in a transaction, audited.
Status setNarrative(Database &db, const QString &narrative, const QString &text);
Result<QString> narrative(Database &db, const QString &narrative);

} // namespace dgf

struct DgfDonor
{
    QString name;
    QString kind;           ///< the organisation's kind: state, foundation, private, ...
    qint64 pledged = 0;     ///< signed pledges, USD cents
    qint64 prospective = 0; ///< prospective pledges, USD cents
};

struct DgfPartner
{
    QString name;
    QString kind;
    bool gmgMember = false;
    int proposals = 0; ///< proposals naming it as implementing partner (withdrawn ones aside)
    int funded = 0;    ///< of which endorsed by the Committee
};

struct DgfMember
{
    QString name;
    QString organisation;
    QString constituency;
    QString role;
    QDate termStart;
    QDate termEnd;
};

struct DgfCriterion
{
    QString label;
    int weight = 0;
};

struct DgfObligation
{
    QString kind;
    QString anchor;
    int offsetMonths = 0;
    int everyMonths = 0;
    qint64 minUsdMinor = 0;
    QString description;
};

/// Everything both parts of the application read, at `to` (default today).
struct DgfPack
{
    QDate at;
    int cycle = 0; ///< the year of the December in which the preliminary proposal is due
    QString basis, governance, evaluation; ///< the narratives, empty while not written
    QList<DgfDonor> donors;                ///< every donor but the Bank, by name
    QList<DgfPartner> partners;            ///< GMG members and implementing partners, by name
    QList<DgfMember> members;              ///< serving at `at`, chair first
    int quorum = 0;                        ///< 0: a majority of the voting members
    QList<DgfCriterion> rubric;
    int reviewsRequired = 0;
    int spreadThresholdHundredths = 0;
    QList<DgfObligation> obligations;
    CapStatus cap;                         ///< the whole fund
    QList<FiscalYearCap> capYears;
};
Result<DgfPack> dgfPack(Database &db, const Parameters &p);
/// The preliminary proposal: calendar, potential donors, DGF partners, substantive basis, cap.
Statement presentPreliminary(const DgfPack &r, Lang lang);
/// The formal request: calendar, governance, Committee, evaluation mechanisms, cap.
Statement presentFormal(const DgfPack &r, Lang lang);

} // namespace imdp::core::reports
