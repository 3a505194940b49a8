// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Helpers shared by the pipeline's command files (pipelinecommands.cpp, projectcommands.cpp).

#include "app/cli/cli.h"

#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/validate.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace imdp::cli::pipelinecli {

using core::Error;
using core::Result;
using namespace Qt::Literals::StringLiterals;

/// Drops trailing blanks of a line whose last column may be empty.
inline QString chopped(const QString &line)
{
    qsizetype n = line.size();
    while (n > 0 && line.at(n - 1).isSpace())
        --n;
    return line.left(n);
}

/// A date option the command cannot do without.
inline Result<QDate> requiredDate(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name))
        return Error::badInput(cli::tr("%1: is required (--%1 YYYY-MM-DD)").arg(name));
    return core::parseIsoDate(name, p.value(name));
}

inline Result<qint64> parseUsd(const QString &field, const QString &text)
{
    auto m = core::parseMinor(text, 2);
    if (!m)
        return Error::badInput(u"%1: %2"_s.arg(field, m.error().message));
    if (*m < 0)
        return Error::badInput(cli::tr("%1: must not be negative").arg(field));
    return *m;
}

inline QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

/// imdp tor|tranche|report|due|rule|gfmd (projectcommands.cpp).
void registerProjectCommands(Registry &r);

} // namespace imdp::cli::pipelinecli
