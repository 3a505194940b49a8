// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/labels.h"

#include "core/i18n/errors.h"
#include "core/i18n/labels.h"
#include "core/review/review.h"
#include "core/validate.h"
#include "ui/language.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
QString lookup(core::i18n::Kind kind, const QString &key)
{
    return core::i18n::label(kind, key, currentLanguage());
}
} // namespace

QString stateLabel(const QString &state)
{
    return lookup(core::i18n::Kind::State, state);
}

QString constituencyLabel(const QString &key)
{
    return lookup(core::i18n::Kind::Constituency, key);
}

QString memberRoleLabel(const QString &key)
{
    return lookup(core::i18n::Kind::MemberRole, key);
}

QString meetingStatusLabel(const QString &key)
{
    return lookup(core::i18n::Kind::MeetingStatus, key);
}

QString reportKindLabel(const QString &kind)
{
    return lookup(core::i18n::Kind::ReportKind, kind);
}

QString organisationKindLabel(const QString &kind)
{
    return lookup(core::i18n::Kind::OrganisationKind, kind);
}

QString tableLabel(const QString &table)
{
    return lookup(core::i18n::Kind::Table, table);
}

QString pledgeStatusLabel(const QString &status)
{
    return lookup(core::i18n::Kind::PledgeStatus, status);
}

QString sourceLabel(const QString &source)
{
    return lookup(core::i18n::Kind::Source, source);
}

QString entryKindLabel(const QString &kind)
{
    return lookup(core::i18n::Kind::EntryKind, kind);
}

QString accountLabel(const QString &key)
{
    return lookup(core::i18n::Kind::Account, key);
}

QString basisLabel(const QString &basis)
{
    return lookup(core::i18n::Kind::Basis, basis);
}

QString reviewRoleLabel(const QString &role)
{
    return lookup(core::i18n::Kind::ReviewRole, role);
}

QString recommendationLabel(const QString &key)
{
    return lookup(core::i18n::Kind::Recommendation, key);
}

QString originLabel(const QString &key)
{
    return lookup(core::i18n::Kind::Origin, key);
}

QString disaggregationLabel(const QString &key)
{
    return lookup(core::i18n::Kind::Disaggregation, key);
}

QString decisionLabel(const QString &key)
{
    return lookup(core::i18n::Kind::Decision, key);
}

QString currencyLabel(const QString &code)
{
    return lookup(core::i18n::Kind::Currency, code);
}

QString errorText(const core::Error &e)
{
    return core::i18n::describe(e, currentLanguage());
}

QString errorTextWithoutField(const core::Error &e, QStringView noun)
{
    if (e.key.isEmpty())
        return core::withoutNoun(e.message, noun);
    return core::i18n::describeWithoutField(e, currentLanguage());
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
