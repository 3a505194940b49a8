// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace imdp::core {

class Database;

/// A member of the Oversight Committee: donors, developing countries and other stakeholders.
/// Observers attend and read the redacted dossier but do not vote or count towards quorum.
struct Member
{
    qint64 id = 0;
    QString name;
    QString organisation;
    QString constituency; ///< donor, developing_country, other_stakeholder
    QString role = QStringLiteral("member"); ///< chair, member, observer
    QDate termStart;
    QDate termEnd; ///< invalid: open-ended

    bool votes() const { return role != QStringLiteral("observer"); }
    bool serving(const QDate &on) const
    {
        return termStart <= on && (!termEnd.isValid() || on <= termEnd);
    }
};

namespace members {

const QStringList &constituencies();
const QStringList &roles();

/// Adds a member (audited). One chair at a time: a second serving chair is refused.
Result<qint64> add(Database &db, const Member &m);
Result<QList<Member>> list(Database &db);
/// Members whose term covers `on`, chair first, then by name.
Result<QList<Member>> serving(Database &db, const QDate &on);

} // namespace members
} // namespace imdp::core
