// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

namespace imdp::core {

class Database;

/// A write transaction: `BEGIN IMMEDIATE` on construction (so a racing writer waits for the busy
/// timeout instead of failing mid-way), rolled back on destruction unless `commit()` succeeded.
/// Nested inside another one it is a SAVEPOINT, so commands compose into one all-or-nothing batch
/// (an import is many commands in one transaction).
class WriteTransaction
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();

    /// Whether BEGIN succeeded; when not, `error()` says why and nothing may be written.
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_open = false;
    int m_level = 0; ///< 0 for the outer transaction, N for savepoint imdp_N
};

} // namespace imdp::core
