// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/clock.h"

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
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return u"uid %1"_s.arg(geteuid());
}

} // namespace imdp::core
