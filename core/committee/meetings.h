// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>

namespace imdp::core {

class Database;

/// A meeting of the Oversight Committee.
struct Meeting
{
    qint64 id = 0;
    QDate date;
    QString place;
    QString status = QStringLiteral("planned");
};

namespace meetings {
Result<qint64> add(Database &db, const Meeting &m);
Result<QList<Meeting>> list(Database &db);
} // namespace meetings

} // namespace imdp::core
