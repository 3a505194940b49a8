// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QObject>

#include <memory>

namespace imdp::core {
class Database;
}

namespace imdp::ui {

/// The fund file open in the window. Pages read through it and refresh on `changed()`; only one
/// connection per file exists in the process (RELIABILITY.md: one writer per file).
class FundSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundSession)
public:
    explicit FundSession(QObject *parent = nullptr);
    ~FundSession() override;

    core::Status open(const QString &path);
    core::Status create(const QString &path, const QString &fundName);
    void close();

    bool isOpen() const { return m_db != nullptr; }
    core::Database *database() const { return m_db.get(); }
    QString path() const;

    /// Tells every page that the fund's data changed (after a command wrote to it).
    void notifyChanged() { Q_EMIT changed(); }

Q_SIGNALS:
    void opened();
    void closed();
    void changed();

private:
    std::unique_ptr<core::Database> m_db;
};

} // namespace imdp::ui
