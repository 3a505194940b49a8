// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/labels.h"

#include "core/review/review.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
QString lookup(const QHash<QString, const char *> &table, const QString &key)
{
    const char *source = table.value(key);
    return source ? QCoreApplication::translate("Labels", source) : key;
}
} // namespace

QString stateLabel(const QString &state)
{
    static const QHash<QString, const char *> t{
        {u"draft"_s, QT_TRANSLATE_NOOP("Labels", "Draft")},
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
        {u"withdrawn"_s, QT_TRANSLATE_NOOP("Labels", "Withdrawn")},
    };
    return lookup(t, state);
}

QString constituencyLabel(const QString &key)
{
    static const QHash<QString, const char *> t{
        {u"donor"_s, QT_TRANSLATE_NOOP("Labels", "Donor")},
        {u"developing_country"_s, QT_TRANSLATE_NOOP("Labels", "Developing country")},
        {u"other_stakeholder"_s, QT_TRANSLATE_NOOP("Labels", "Other stakeholder")},
    };
    return lookup(t, key);
}

QString memberRoleLabel(const QString &key)
{
    static const QHash<QString, const char *> t{
        {u"chair"_s, QT_TRANSLATE_NOOP("Labels", "Chair")},
        {u"member"_s, QT_TRANSLATE_NOOP("Labels", "Member")},
        {u"observer"_s, QT_TRANSLATE_NOOP("Labels", "Observer")},
    };
    return lookup(t, key);
}

QString meetingStatusLabel(const QString &key)
{
    static const QHash<QString, const char *> t{
        {u"planned"_s, QT_TRANSLATE_NOOP("Labels", "Planned")},
        {u"dossier_issued"_s, QT_TRANSLATE_NOOP("Labels", "Dossier issued")},
        {u"held"_s, QT_TRANSLATE_NOOP("Labels", "Held")},
        {u"minutes_approved"_s, QT_TRANSLATE_NOOP("Labels", "Minutes approved")},
    };
    return lookup(t, key);
}

QString reportKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> t{
        {u"progress"_s, QT_TRANSLATE_NOOP("Labels", "Progress report")},
        {u"financial"_s, QT_TRANSLATE_NOOP("Labels", "Financial report")},
        {u"final_narrative"_s, QT_TRANSLATE_NOOP("Labels", "Final narrative report")},
        {u"final_financial"_s, QT_TRANSLATE_NOOP("Labels", "Final financial report")},
        {u"completion"_s, QT_TRANSLATE_NOOP("Labels", "Completion report")},
        {u"evaluation"_s, QT_TRANSLATE_NOOP("Labels", "Evaluation")},
    };
    return lookup(t, kind);
}

QString organisationKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> t{
        {u"state"_s, QT_TRANSLATE_NOOP("Labels", "State")},
        {u"bank"_s, QT_TRANSLATE_NOOP("Labels", "Bank (DGF)")},
        {u"foundation"_s, QT_TRANSLATE_NOOP("Labels", "Foundation")},
        {u"private"_s, QT_TRANSLATE_NOOP("Labels", "Private sector")},
        {u"agency"_s, QT_TRANSLATE_NOOP("Labels", "UN / international agency")},
        {u"ngo"_s, QT_TRANSLATE_NOOP("Labels", "NGO")},
        {u"commission"_s, QT_TRANSLATE_NOOP("Labels", "UN regional commission")},
        {u"other"_s, QT_TRANSLATE_NOOP("Labels", "Other")},
    };
    return lookup(t, kind);
}

QString tableLabel(const QString &table)
{
    static const QHash<QString, const char *> t{
        {u"organisation"_s, QT_TRANSLATE_NOOP("Labels", "Organisations")},
        {u"proposal"_s, QT_TRANSLATE_NOOP("Labels", "Proposals")},
        {u"meeting"_s, QT_TRANSLATE_NOOP("Labels", "Committee meetings")},
        {u"audit_event"_s, QT_TRANSLATE_NOOP("Labels", "Audit events")},
    };
    return lookup(t, table);
}

QString pledgeStatusLabel(const QString &status)
{
    static const QHash<QString, const char *> t{
        {u"prospective"_s, QT_TRANSLATE_NOOP("Labels", "Prospective")},
        {u"signed"_s, QT_TRANSLATE_NOOP("Labels", "Signed")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("Labels", "Cancelled")},
    };
    return lookup(t, status);
}

QString sourceLabel(const QString &source)
{
    static const QHash<QString, const char *> t{
        {u"donor"_s, QT_TRANSLATE_NOOP("Labels", "Donor")},
        {u"bank"_s, QT_TRANSLATE_NOOP("Labels", "Bank (DGF)")},
    };
    return lookup(t, source);
}

QString entryKindLabel(const QString &kind)
{
    static const QHash<QString, const char *> t{
        {u"pledge"_s, QT_TRANSLATE_NOOP("Labels", "Pledge")},
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
        {u"reversal"_s, QT_TRANSLATE_NOOP("Labels", "Reversal")},
        {u"opening"_s, QT_TRANSLATE_NOOP("Labels", "Opening balances")},
    };
    return lookup(t, kind);
}

QString accountLabel(const QString &key)
{
    static const QHash<QString, const char *> t{
        {u"cash"_s, QT_TRANSLATE_NOOP("Labels", "Cash held by the trustee")},
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
    };
    return lookup(t, key);
}

QString basisLabel(const QString &basis)
{
    static const QHash<QString, const char *> t{
        {u"plan"_s, QT_TRANSLATE_NOOP("Labels", "Plan (funding requested)")},
        {u"pledged"_s, QT_TRANSLATE_NOOP("Labels", "Pledged (signed)")},
        {u"received"_s, QT_TRANSLATE_NOOP("Labels", "Received (paid in)")},
    };
    return lookup(t, basis);
}

QString reviewRoleLabel(const QString &role)
{
    static const QHash<QString, const char *> t{
        {u"primary"_s, QT_TRANSLATE_NOOP("Labels", "primary")},
        {u"secondary"_s, QT_TRANSLATE_NOOP("Labels", "secondary")},
    };
    return lookup(t, role);
}

QString recommendationLabel(const QString &key)
{
    static const QHash<QString, const char *> t{
        {u"recommend"_s, QT_TRANSLATE_NOOP("Labels", "Recommend")},
        {u"recommend_with_changes"_s, QT_TRANSLATE_NOOP("Labels", "Recommend with changes")},
        {u"do_not_recommend"_s, QT_TRANSLATE_NOOP("Labels", "Do not recommend")},
    };
    return lookup(t, key);
}

QString assignmentStatusLabel(const core::review::Assignment &a,
                              const QList<core::review::Review> &reviews)
{
    if (a.blocked())
        return QCoreApplication::translate("Labels", "blocked");
    for (const core::review::Review &r : reviews) {
        if (r.reviewer == a.reviewer)
            return r.completed ? QCoreApplication::translate("Labels", "completed")
                               : QCoreApplication::translate("Labels", "in progress");
    }
    return QCoreApplication::translate("Labels", "assigned");
}

QString conflictOfInterestLabel(const core::review::Assignment &a)
{
    if (!a.coiFlag.isEmpty())
        return a.overrideReason.isEmpty()
                   ? QCoreApplication::translate("Labels", "flagged: %1").arg(a.coiFlag)
                   : QCoreApplication::translate("Labels", "flagged: %1; overridden: %2")
                         .arg(a.coiFlag, a.overrideReason);
    if (a.coiDeclared == u"conflict"_s)
        return QCoreApplication::translate("Labels", "declared: %1").arg(a.coiNote);
    if (a.coiDeclared == u"none"_s)
        return QCoreApplication::translate("Labels", "none declared");
    return {};
}

} // namespace imdp::ui
