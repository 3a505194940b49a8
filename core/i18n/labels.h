// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The label catalogue: the one place a stored key (a proposal state, an entry kind, a role...)
// becomes words. Screens, dossiers, reports, CSV/XLSX headers and the CLI's text output all ask
// it, so the same key reads the same everywhere. The English words are the sources of context
// "Labels" in resources/translations/*.ts; French and Spanish come from there (core/i18n/i18n.h).

#include <QString>
#include <QStringList>

namespace imdp::core::i18n {

enum class Kind {
    State,         ///< proposal states: draft, in_review, implementation, ...
    Decision,      ///< Committee decisions: endorsed, endorsed_with_conditions, deferred, rejected
    Origin,        ///< where a proposal comes from: gfmd_recommendation, ngo, secretariat, ...
    Source,        ///< funding sources: donor, bank
    EntryKind,     ///< journal entries: receipt, allocation, reversal, ...
    Account,       ///< accounts: cash, pledges_receivable, ...
    PledgeStatus,  ///< prospective, signed, cancelled
    Basis,         ///< cap bases: plan, pledged, received
    ReportKind,    ///< progress, financial, final_narrative, ...
    Anchor,        ///< a reporting obligation's anchor: start, end, closing
    ReferenceKind, ///< a GFMD reference: recommendation, marketplace
    Constituency,  ///< donor, developing_country, other_stakeholder
    MemberRole,    ///< chair, member, observer
    MeetingStatus, ///< planned, dossier_issued, held, minutes_approved
    OrganisationKind, ///< state, bank, foundation, ...
    ReviewRole,       ///< primary, secondary
    Recommendation,   ///< recommend, recommend_with_changes, do_not_recommend
    Disaggregation,   ///< sex, ethnic_origin, education_level, other
    Checklist,        ///< screening checklist items: eligible_applicant, ...
    Table,            ///< tables a record lives in: organisation, proposal, meeting, audit_event
    Currency,         ///< ISO 4217 codes: "USD — US dollar"
};

/// Every kind, for tests and documentation.
const QList<Kind> &kinds();
/// The keys the catalogue knows for `kind` (for Currency: every code of the currency table).
QStringList keys(Kind kind);

/// The words for `key` of `kind` in `language` ("en", "fr", "es"); the key itself when the
/// catalogue does not know it (a key written by a newer version).
QString label(Kind kind, const QString &key, const QString &language);

/// A title the fund was created with (the default action areas: "Information, research and
/// analysis", "Capacity to assess and manage") in `language`; a title the officer wrote is
/// shown as written.
QString seededTitle(const QString &title, const QString &language);
/// Every title seededTitle() words, for tests.
QStringList seededTitles();

} // namespace imdp::core::i18n
