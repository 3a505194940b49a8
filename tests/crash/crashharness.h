// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace imdp::test::crash {

/// What one kill left behind, handed to the predicate.
struct Aftermath
{
    QString file;         ///< the fund file the command works on
    bool finished = false; ///< the command exited by itself before the kill landed
    int run = 0;
};

/// A scenario: prepare a fresh state (e.g. a fund to write into), run `program args`, SIGKILL it
/// after a random delay, then `check` the file. `check` returns an empty string when all holds,
/// else what is wrong. The ledger's 100k-row receipt import plugs in as one more scenario.
struct Scenario
{
    QString name;
    QString program;
    std::function<QStringList(const QString &file)> args;
    std::function<void(const QString &file)> prepare;
    std::function<QString(const Aftermath &)> check;
    /// Full runs timed before the kills (the fastest sets the delays' range): three for commands
    /// of milliseconds, where a cold first run would skew it; one for runs of seconds.
    int timingRuns = 3;
};

struct Tally
{
    int runs = 0;
    int killed = 0;   ///< the kill landed while the command was still running
    int finished = 0; ///< the command had already completed
    QStringList failures;
};

/// Runs `kills` rounds with delays drawn from a seeded generator over [0, the time one full run
/// takes], so kills fall early, mid-way and around the commit. IMDP_CRASH_KILLS multiplies the
/// count (./dev soak), IMDP_CRASH_SEED changes the seed.
Tally run(const Scenario &s, int kills, quint32 seed);

} // namespace imdp::test::crash
