// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QList>

struct sqlite3;

namespace imdp::core::schema {

/// Where a file's schema differs from the one its version defines (what the migration ladder
/// builds, once per process, in an in-memory database): every table, index, trigger and view
/// added, dropped or altered, one problem each (keyed: core/i18n/errors_storage.cpp), in a
/// stable order. Empty when they match.
/// A trigger or view planted in a file, or an immutability trigger dropped, is named here; a
/// file with any difference is opened read-only, so nothing planted ever runs on our writes.
QList<Error> differences(sqlite3 *db, int version);

} // namespace imdp::core::schema
