// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/fundsession.h"

#include "core/fund/fund.h"
#include "core/storage/database.h"

namespace imdp::ui {

FundSession::FundSession(QObject *parent)
    : QObject(parent)
{
}

FundSession::~FundSession() = default;

QString FundSession::path() const
{
    return m_db ? m_db->path() : QString();
}

core::Status FundSession::open(const QString &path)
{
    auto db = core::Database::open(path);
    if (!db)
        return db.error();
    // A file that opens but has no fund settings is not a usable fund: refuse it whole.
    if (auto info = core::fund::info(**db); !info)
        return info.error();
    close();
    m_db = std::move(db).value();
    Q_EMIT opened();
    return {};
}

core::Status FundSession::create(const QString &path, const QString &fundName)
{
    auto db = core::Database::create(path, [&fundName](core::Database &d) {
        core::FundSettings s;
        s.name = fundName;
        return core::fund::initialise(d, s);
    });
    if (!db)
        return db.error();
    close();
    m_db = std::move(db).value();
    Q_EMIT opened();
    return {};
}

void FundSession::close()
{
    if (!m_db)
        return;
    m_db.reset();
    Q_EMIT closed();
}

} // namespace imdp::ui
