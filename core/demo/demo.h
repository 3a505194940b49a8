// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QByteArray>

namespace imdp::core {

class Database;

/// The demo fund a newcomer explores. Its source is resources/demo/demo-fund.json (embedded); it is
/// loaded through the same core commands a user's actions go through, never by raw SQL.
namespace demo {

/// The embedded demo source.
QByteArray source();

/// Initialises a new, empty fund from a demo source, in one transaction. Errors name the JSON
/// path at fault, e.g. "demo-fund.json: proposals[3].requested: ...".
Status load(Database &db, const QByteArray &json, const QString &sourceName);

} // namespace demo
} // namespace imdp::core
