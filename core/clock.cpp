// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/clock.h"

#include <limits>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

namespace {
QDateTime s_fixed;
}

QDateTime Clock::now()
{
    if (s_fixed.isValid())
        return s_fixed;
    const QString env = qEnvironmentVariable("IMDP_NOW");
    if (!env.isEmpty()) {
        QDateTime t = QDateTime::fromString(env, Qt::ISODate);
        if (t.isValid())
            return t.toUTC();
    }
    QDateTime t = QDateTime::currentDateTimeUtc();
    return t.addMSecs(-t.time().msec()); // whole seconds: stored stamps compare as text
}

QString Clock::stamp()
{
    // Formatted once per second: a batch stamps each of its rows, twice.
    static qint64 cachedSecond = std::numeric_limits<qint64>::min();
    static QString cachedText;
    const QDateTime t = now();
    const qint64 second = t.toSecsSinceEpoch();
    if (second != cachedSecond || cachedText.isEmpty()) {
        cachedText = t.toString(Qt::ISODate);
        cachedSecond = second;
    }
    return cachedText;
}

void Clock::setFixed(const QDateTime &utc)
{
    s_fixed = utc.toUTC();
}

void Clock::reset()
{
    s_fixed = {};
}

QString Clock::user()
{
    const QString env = qEnvironmentVariable("IMDP_USER");
    if (!env.isEmpty())
        return env;
    // The account database is read once per user id: every command stamps its rows with the
    // user, and a look-up through NSS costs more than an import's whole row.
    static uid_t cachedUid = uid_t(-1);
    static QString cachedName;
    const uid_t uid = geteuid();
    if (uid != cachedUid || cachedName.isEmpty()) {
        const passwd *pw = getpwuid(uid);
        cachedName = pw && pw->pw_name ? QString::fromLocal8Bit(pw->pw_name)
                                       : u"uid %1"_s.arg(uid);
        cachedUid = uid;
    }
    return cachedName;
}

} // namespace imdp::core
