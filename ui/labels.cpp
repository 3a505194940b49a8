// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/labels.h"

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

} // namespace imdp::ui
