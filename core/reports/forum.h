// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The report to the Global Forum on Migration and Development on the activities the fund has
// funded (DOMAIN.md: "results of funded activities are to be reported at the next GFMD
// meeting"): per project its objectives, partner, countries, the GFMD recommendations and
// Marketplace items it answers, the money allocated and released, and the results reported;
// then which recommendations the fund has acted on.

#include "core/reports/financial.h"

namespace imdp::core::reports {

struct ForumProject
{
    QString code;
    QString title;
    QString state;
    QStringList objectives; ///< "1", "3"
    QString partner;        ///< short name when it has one
    QStringList countries;  ///< ISO 3166 alpha-2
    QStringList answers;    ///< references of the recommendations and Marketplace items answered
    qint64 allocated = 0;   ///< USD cents, allocations net of releases (journal)
    qint64 released = 0;    ///< USD cents transferred to the partner
    qint64 expenditure = 0; ///< USD cents reported by the partner
    int reportsDue = 0;      ///< report obligations due on or before the date
    int reportsReceived = 0; ///< reports received on or before the date
    int reportsOverdue = 0;  ///< due before the date and not received by then
};

struct ForumResult
{
    QString project;
    QString kind; ///< progress, financial, final_narrative, ...
    QDate due;
    QDate received;
    QString note; ///< what the partner reported, as recorded on receipt
};

struct ForumRecommendation
{
    QString reference;
    QString kind; ///< recommendation or marketplace
    QString text;
    QStringList projects; ///< funded projects answering it
    qint64 allocated = 0; ///< their allocations, USD cents
};

/// Projects the Committee has endorsed (endorsed and every later state but withdrawn) at `to`
/// (default today), in code order; every recorded recommendation, acted on or not.
struct ForumReport
{
    QDate at;
    QList<ForumProject> projects;
    QList<ForumResult> results;
    QList<ForumRecommendation> recommendations;
};
Result<ForumReport> forumReport(Database &db, const Parameters &p);
Statement present(const ForumReport &r, Lang lang);

} // namespace imdp::core::reports
