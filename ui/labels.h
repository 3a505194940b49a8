// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QList>
#include <QString>

namespace imdp::core::review {
struct Assignment;
struct Review;
} // namespace imdp::core::review

namespace imdp::ui {

/// Readable, translated names for the core's stable keys (states, kinds). The core stores keys;
/// only the UI turns them into words, in the user's language.
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

/// Where an assignment stands, in words: blocked, completed, in progress or assigned, from the
/// proposal's recorded reviews.
QString assignmentStatusLabel(const core::review::Assignment &a,
                              const QList<core::review::Review> &reviews);
/// The assignment's conflict of interest: the reviewer's declaration, or the organisation flag
/// and the officer's override; empty when there is nothing to say.
QString conflictOfInterestLabel(const core::review::Assignment &a);

} // namespace imdp::ui
