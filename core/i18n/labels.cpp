// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/i18n/labels.h"

#include "core/i18n/i18n.h"
#include "core/money/currency.h"

#include <QHash>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n {

namespace {

using Table = QList<std::pair<QString, const char *>>;

// One table per kind; each English word is marked once so lupdate puts it in context "Labels".
// A word shared by two kinds (Donor: a source and a constituency) is one message, translated once.
const Table &table(Kind kind)
{
    static const QHash<Kind, Table> tables{
        {Kind::State,
         {{u"draft"_s, QT_TRANSLATE_NOOP("Labels", "Draft")},
          {u"submitted"_s, QT_TRANSLATE_NOOP("Labels", "Submitted")},
          {u"screening"_s, QT_TRANSLATE_NOOP("Labels", "Screening")},
          {u"in_review"_s, QT_TRANSLATE_NOOP("Labels", "In review")},
          {u"recommended"_s, QT_TRANSLATE_NOOP("Labels", "Recommended")},
          {u"not_recommended"_s, QT_TRANSLATE_NOOP("Labels", "Not recommended")},
          {u"endorsed"_s, QT_TRANSLATE_NOOP("Labels", "Endorsed")},
          {u"endorsed_with_conditions"_s, QT_TRANSLATE_NOOP("Labels", "Endorsed with conditions")},
          {u"deferred"_s, QT_TRANSLATE_NOOP("Labels", "Deferred")},
          {u"rejected"_s, QT_TRANSLATE_NOOP("Labels", "Rejected")},
          {u"tor_issued"_s, QT_TRANSLATE_NOOP("Labels", "Terms of reference issued")},
          {u"implementation"_s, QT_TRANSLATE_NOOP("Labels", "Under implementation")},
          {u"operationally_closed"_s, QT_TRANSLATE_NOOP("Labels", "Operationally closed")},
          {u"financially_closed"_s, QT_TRANSLATE_NOOP("Labels", "Financially closed")},
          {u"withdrawn"_s, QT_TRANSLATE_NOOP("Labels", "Withdrawn")}}},
        {Kind::Decision,
         {{u"endorsed"_s, QT_TRANSLATE_NOOP("Labels", "Endorsed")},
          {u"endorsed_with_conditions"_s, QT_TRANSLATE_NOOP("Labels", "Endorsed with conditions")},
          {u"deferred"_s, QT_TRANSLATE_NOOP("Labels", "Deferred")},
          {u"rejected"_s, QT_TRANSLATE_NOOP("Labels", "Rejected")}}},
        {Kind::Origin,
         {{u"gfmd_recommendation"_s, QT_TRANSLATE_NOOP("Labels", "GFMD recommendation")},
          {u"gfmd_marketplace"_s, QT_TRANSLATE_NOOP("Labels", "GFMD Marketplace")},
          {u"gmg_agency"_s, QT_TRANSLATE_NOOP("Labels", "GMG agency")},
          {u"partner_organisation"_s, QT_TRANSLATE_NOOP("Labels", "Partner organisation")},
          {u"private_sector"_s, QT_TRANSLATE_NOOP("Labels", "Private sector")},
          {u"ngo"_s, QT_TRANSLATE_NOOP("Labels", "NGO")},
          {u"secretariat"_s, QT_TRANSLATE_NOOP("Labels", "Secretariat")}}},
        {Kind::Source,
         {{u"donor"_s, QT_TRANSLATE_NOOP("Labels", "Donor")},
          {u"bank"_s, QT_TRANSLATE_NOOP("Labels", "Bank (DGF)")}}},
        {Kind::EntryKind,
         {{u"pledge"_s, QT_TRANSLATE_NOOP("Labels", "Pledge")},
          {u"pledge_amend"_s, QT_TRANSLATE_NOOP("Labels", "Pledge amended")},
          {u"pledge_cancel"_s, QT_TRANSLATE_NOOP("Labels", "Pledge cancelled")},
          {u"receipt"_s, QT_TRANSLATE_NOOP("Labels", "Receipt")},
          {u"income"_s, QT_TRANSLATE_NOOP("Labels", "Investment income")},
          {u"allocation"_s, QT_TRANSLATE_NOOP("Labels", "Allocation")},
          {u"release"_s, QT_TRANSLATE_NOOP("Labels", "Allocation released")},
          {u"transfer"_s, QT_TRANSLATE_NOOP("Labels", "Transfer")},
          {u"expenditure"_s, QT_TRANSLATE_NOOP("Labels", "Expenditure")},
          {u"refund"_s, QT_TRANSLATE_NOOP("Labels", "Refund")},
          {u"partner_interest"_s, QT_TRANSLATE_NOOP("Labels", "Interest remitted by a partner")},
          {u"fund_transfer"_s, QT_TRANSLATE_NOOP("Labels", "Transfer to another fund")},
          {u"direct_cost"_s, QT_TRANSLATE_NOOP("Labels", "Direct cost")},
          {u"bank_charge"_s, QT_TRANSLATE_NOOP("Labels", "Bank charge")},
          {u"fee_adjust"_s, QT_TRANSLATE_NOOP("Labels", "Fee adjustment")},
          {u"opening"_s, QT_TRANSLATE_NOOP("Labels", "Opening balances")},
          {u"reversal"_s, QT_TRANSLATE_NOOP("Labels", "Reversal")}}},
        {Kind::Account,
         {{u"cash"_s, QT_TRANSLATE_NOOP("Labels", "Cash held by the trustee")},
          {u"pledges_receivable"_s, QT_TRANSLATE_NOOP("Labels", "Pledges receivable")},
          {u"held_by_partners"_s, QT_TRANSLATE_NOOP("Labels", "Balance held by partners")},
          {u"contributions"_s, QT_TRANSLATE_NOOP("Labels", "Contributions by donors")},
          {u"bank_resources"_s, QT_TRANSLATE_NOOP("Labels", "Bank (DGF) resources")},
          {u"investment_income"_s, QT_TRANSLATE_NOOP("Labels", "Investment income")},
          {u"exchange_differences"_s, QT_TRANSLATE_NOOP("Labels", "Exchange differences")},
          {u"admin_fee"_s, QT_TRANSLATE_NOOP("Labels", "Administrative agent fee")},
          {u"expenditure"_s, QT_TRANSLATE_NOOP("Labels", "Expenditure reported by partners")},
          {u"prospective_pledges"_s, QT_TRANSLATE_NOOP("Labels", "Prospective pledges (memo)")},
          {u"prospective_offset"_s,
           QT_TRANSLATE_NOOP("Labels", "Prospective pledges, offset (memo)")},
          {u"allocations"_s, QT_TRANSLATE_NOOP("Labels", "Allocations to projects (memo)")},
          {u"allocation_control"_s,
           QT_TRANSLATE_NOOP("Labels", "Resources allocated, control (memo)")},
          {u"transfers"_s, QT_TRANSLATE_NOOP("Labels", "Transfers to partners (memo)")},
          {u"refunds"_s, QT_TRANSLATE_NOOP("Labels", "Refunds from partners (memo)")},
          {u"transfer_control"_s,
           QT_TRANSLATE_NOOP("Labels", "Transfers net of refunds, control (memo)")},
          {u"partner_interest"_s, QT_TRANSLATE_NOOP("Labels", "Interest remitted by partners")},
          {u"transfers_to_funds"_s, QT_TRANSLATE_NOOP("Labels", "Transfers to other funds")},
          {u"direct_costs"_s, QT_TRANSLATE_NOOP("Labels", "Direct costs")},
          {u"bank_charges"_s, QT_TRANSLATE_NOOP("Labels", "Bank charges")},
          {u"residual_waived"_s,
           QT_TRANSLATE_NOOP("Labels", "Residual waived at financial closing")}}},
        {Kind::PledgeStatus,
         {{u"prospective"_s, QT_TRANSLATE_NOOP("Labels", "Prospective")},
          {u"signed"_s, QT_TRANSLATE_NOOP("Labels", "Signed")},
          {u"cancelled"_s, QT_TRANSLATE_NOOP("Labels", "Cancelled")}}},
        {Kind::Basis,
         {{u"plan"_s, QT_TRANSLATE_NOOP("Labels", "Plan (funding requested)")},
          {u"pledged"_s, QT_TRANSLATE_NOOP("Labels", "Pledged (signed)")},
          {u"received"_s, QT_TRANSLATE_NOOP("Labels", "Received (paid in)")}}},
        {Kind::ReportKind,
         {{u"progress"_s, QT_TRANSLATE_NOOP("Labels", "Progress report")},
          {u"financial"_s, QT_TRANSLATE_NOOP("Labels", "Financial report")},
          {u"final_narrative"_s, QT_TRANSLATE_NOOP("Labels", "Final narrative report")},
          {u"final_financial"_s, QT_TRANSLATE_NOOP("Labels", "Final financial report")},
          {u"completion"_s, QT_TRANSLATE_NOOP("Labels", "Completion report")},
          {u"evaluation"_s, QT_TRANSLATE_NOOP("Labels", "Evaluation")}}},
        {Kind::Anchor,
         {{u"start"_s, QT_TRANSLATE_NOOP("Labels", "Start of the activity")},
          {u"end"_s, QT_TRANSLATE_NOOP("Labels", "End of the activity")},
          {u"closing"_s, QT_TRANSLATE_NOOP("Labels", "Operational closing")}}},
        {Kind::ReferenceKind,
         {{u"recommendation"_s, QT_TRANSLATE_NOOP("Labels", "Recommendation")},
          {u"marketplace"_s, QT_TRANSLATE_NOOP("Labels", "Marketplace item")}}},
        {Kind::Constituency,
         {{u"donor"_s, QT_TRANSLATE_NOOP("Labels", "Donor")},
          {u"developing_country"_s, QT_TRANSLATE_NOOP("Labels", "Developing country")},
          {u"other_stakeholder"_s, QT_TRANSLATE_NOOP("Labels", "Other stakeholder")}}},
        {Kind::MemberRole,
         {{u"chair"_s, QT_TRANSLATE_NOOP("Labels", "Chair")},
          {u"member"_s, QT_TRANSLATE_NOOP("Labels", "Member")},
          {u"observer"_s, QT_TRANSLATE_NOOP("Labels", "Observer")}}},
        {Kind::MeetingStatus,
         {{u"planned"_s, QT_TRANSLATE_NOOP("Labels", "Planned")},
          {u"dossier_issued"_s, QT_TRANSLATE_NOOP("Labels", "Dossier issued")},
          {u"held"_s, QT_TRANSLATE_NOOP("Labels", "Held")},
          {u"minutes_approved"_s, QT_TRANSLATE_NOOP("Labels", "Minutes approved")}}},
        {Kind::OrganisationKind,
         {{u"state"_s, QT_TRANSLATE_NOOP("Labels", "State")},
          {u"bank"_s, QT_TRANSLATE_NOOP("Labels", "Bank (DGF)")},
          {u"foundation"_s, QT_TRANSLATE_NOOP("Labels", "Foundation")},
          {u"private"_s, QT_TRANSLATE_NOOP("Labels", "Private sector")},
          {u"agency"_s, QT_TRANSLATE_NOOP("Labels", "UN / international agency")},
          {u"ngo"_s, QT_TRANSLATE_NOOP("Labels", "NGO")},
          {u"commission"_s, QT_TRANSLATE_NOOP("Labels", "UN regional commission")},
          {u"other"_s, QT_TRANSLATE_NOOP("Labels", "Other")}}},
        {Kind::ReviewRole,
         {{u"primary"_s, QT_TRANSLATE_NOOP("Labels", "primary")},
          {u"secondary"_s, QT_TRANSLATE_NOOP("Labels", "secondary")}}},
        {Kind::Recommendation,
         {{u"recommend"_s, QT_TRANSLATE_NOOP("Labels", "Recommend")},
          {u"recommend_with_changes"_s, QT_TRANSLATE_NOOP("Labels", "Recommend with changes")},
          {u"do_not_recommend"_s, QT_TRANSLATE_NOOP("Labels", "Do not recommend")}}},
        {Kind::Disaggregation,
         {{u"sex"_s, QT_TRANSLATE_NOOP("Labels", "Sex")},
          {u"ethnic_origin"_s, QT_TRANSLATE_NOOP("Labels", "Ethnic origin")},
          {u"education_level"_s, QT_TRANSLATE_NOOP("Labels", "Education level")},
          {u"other"_s, QT_TRANSLATE_NOOP("Labels", "Other")}}},
        {Kind::Checklist,
         {{u"eligible_applicant"_s, QT_TRANSLATE_NOOP("Labels", "Eligible applicant")},
          {u"objectives_match"_s, QT_TRANSLATE_NOOP("Labels", "Matches the fund's objectives")},
          {u"action_area_match"_s, QT_TRANSLATE_NOOP("Labels", "Matches an action area")},
          {u"budget_complete"_s, QT_TRANSLATE_NOOP("Labels", "Budget complete")},
          {u"documents_complete"_s, QT_TRANSLATE_NOOP("Labels", "Documents complete")},
          {u"no_duplicate_funding"_s, QT_TRANSLATE_NOOP("Labels", "No duplicate funding")}}},
        {Kind::Table,
         {{u"organisation"_s, QT_TRANSLATE_NOOP("Labels", "Organisations")},
          {u"proposal"_s, QT_TRANSLATE_NOOP("Labels", "Proposals")},
          {u"meeting"_s, QT_TRANSLATE_NOOP("Labels", "Committee meetings")},
          {u"audit_event"_s, QT_TRANSLATE_NOOP("Labels", "Audit events")}}},
    };
    static const Table none;
    const auto it = tables.constFind(kind);
    return it == tables.cend() ? none : *it;
}

} // namespace

const QList<Kind> &kinds()
{
    static const QList<Kind> k{Kind::State,        Kind::Decision,       Kind::Origin,
                               Kind::Source,       Kind::EntryKind,      Kind::Account,
                               Kind::PledgeStatus, Kind::Basis,          Kind::ReportKind,
                               Kind::Anchor,       Kind::ReferenceKind,  Kind::Constituency,
                               Kind::MemberRole,   Kind::MeetingStatus,  Kind::OrganisationKind,
                               Kind::ReviewRole,   Kind::Recommendation, Kind::Disaggregation,
                               Kind::Checklist,    Kind::Table,          Kind::Currency};
    return k;
}

QStringList keys(Kind kind)
{
    QStringList out;
    if (kind == Kind::Currency) {
        for (const Currency &c : allCurrencies())
            out << c.code;
        return out;
    }
    for (const auto &[key, word] : table(kind))
        out << key;
    return out;
}

QString label(Kind kind, const QString &key, const QString &language)
{
    if (kind == Kind::Currency) {
        const auto c = findCurrency(key);
        if (!c)
            return key;
        // The ISO 4217 names are the sources of context "Currency" (core/money/currency.cpp).
        return u"%1 \u2014 %2"_s.arg(c->code,
                                     translate("Currency", c->name.toUtf8().constData(), language));
    }
    for (const auto &[k, word] : table(kind)) {
        if (k == key)
            return translate("Labels", word, language);
    }
    return key;
}

namespace {
// The action areas a new fund starts with (core/storage/schema.cpp): rows the officer may
// rename, so only the words as seeded are the catalogue's.
const char *const seeded[] = {
    QT_TRANSLATE_NOOP("Labels", "Information, research and analysis"),
    QT_TRANSLATE_NOOP("Labels", "Capacity to assess and manage"),
};
} // namespace

QStringList seededTitles()
{
    QStringList out;
    for (const char *source : seeded)
        out << QString::fromUtf8(source);
    return out;
}

QString seededTitle(const QString &title, const QString &language)
{
    for (const char *source : seeded) {
        if (title == QLatin1StringView(source))
            return translate("Labels", source, language);
    }
    return title;
}

} // namespace imdp::core::i18n
