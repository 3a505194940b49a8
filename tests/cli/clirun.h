// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Runs the real `imdp` binary for end-to-end tests, with the user and the clock pinned.
#include "../testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace imdp::test {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline Run runCli(const QStringList &args,
                  const QString &now = QStringLiteral("2026-11-28T09:00:00Z"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMDP_USER"), QStringLiteral("cli-tester"));
    // The CLI speaks the language of LC_ALL, LC_MESSAGES or LANG: English for every test unless
    // one asks (--lang, or its own environment).
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("IMDP_NOW"), now);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IMDP_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace imdp::test
