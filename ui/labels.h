// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QList>
#include <QString>

namespace imdp::core {
struct Error;
}

namespace imdp::core::review {
struct Assignment;
struct Review;
} // namespace imdp::core::review

namespace imdp::ui {

/// Readable names for the core's stable keys (states, kinds) in the interface language: each asks
/// the one label catalogue (core/i18n/labels.h), which dossiers, reports and the CLI ask too.
QString stateLabel(const QString &state);
QString reportKindLabel(const QString &kind);
QString organisationKindLabel(const QString &kind);
QString tableLabel(const QString &table);
QString pledgeStatusLabel(const QString &status); ///< prospective, signed, cancelled
QString sourceLabel(const QString &source);       ///< donor, bank
QString entryKindLabel(const QString &kind);      ///< receipt, allocation, reversal, ...
QString accountLabel(const QString &key);         ///< cash, pledges_receivable, ...
QString basisLabel(const QString &basis);         ///< plan, pledged, received
QString reviewRoleLabel(const QString &role);     ///< primary, secondary
QString recommendationLabel(const QString &key);  ///< recommend, ..., do_not_recommend
QString constituencyLabel(const QString &key);    ///< donor, developing_country, ...
QString memberRoleLabel(const QString &key);      ///< chair, member, observer
QString meetingStatusLabel(const QString &key);   ///< planned, dossier_issued, held, ...
QString originLabel(const QString &key);          ///< gfmd_recommendation, ngo, secretariat, ...
QString disaggregationLabel(const QString &key);  ///< sex, ethnic_origin, education_level, other
QString decisionLabel(const QString &key);        ///< endorsed, ..., rejected
QString currencyLabel(const QString &code);       ///< "USD — US Dollar", the name translated

/// A core error in the interface language (core/i18n/errors.h): a structured error worded from
/// its key and values, one not yet converted by its message.
QString errorText(const core::Error &e);
/// The same for a form that names the field itself ("Rate: …"): without the field's name (an
/// unconverted message loses its leading `noun`, e.g. "rate ").
QString errorTextWithoutField(const core::Error &e, QStringView noun);

/// Where an assignment stands, in words: blocked, completed, in progress or assigned, from the
/// proposal's recorded reviews.
QString assignmentStatusLabel(const core::review::Assignment &a,
                              const QList<core::review::Review> &reviews);
/// The assignment's conflict of interest: the reviewer's declaration, or the organisation flag
/// and the officer's override; empty when there is nothing to say.
QString conflictOfInterestLabel(const core::review::Assignment &a);

} // namespace imdp::ui
