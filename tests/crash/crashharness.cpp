// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "crashharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace imdp::test::crash {

namespace {
qint64 timeOneRun(const Scenario &s, const QString &dir)
{
    const QString file = dir + u"/timing.imdp"_s;
    if (s.prepare)
        s.prepare(file);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(s.program, s.args(file));
    p.waitForFinished(120000);
    return qMax<qint64>(t.nsecsElapsed() / 1000, 1000);
}
} // namespace

Tally run(const Scenario &s, int kills, quint32 seed)
{
    Tally tally;
    const int factor = qMax(1, qEnvironmentVariableIntValue("IMDP_CRASH_KILLS"));
    if (qEnvironmentVariableIsSet("IMDP_CRASH_SEED"))
        seed = quint32(qEnvironmentVariableIntValue("IMDP_CRASH_SEED"));
    QRandomGenerator gen(seed);
    QTemporaryDir dir;
    // The fastest of three runs: a cold first run would push most kills past the end.
    qint64 fullMicros = timeOneRun(s, dir.path());
    for (int i = 1; i < s.timingRuns; ++i) {
        QFile::remove(dir.path() + u"/timing.imdp"_s);
        fullMicros = qMin(fullMicros, timeOneRun(s, dir.path()));
    }
    for (int i = 0; i < kills * factor; ++i) {
        const QString runDir = dir.path() + u"/run%1"_s.arg(i);
        QDir().mkpath(runDir);
        const QString file = runDir + u"/fund.imdp"_s;
        if (s.prepare)
            s.prepare(file);
        const qint64 delay = qint64(gen.bounded(quint64(fullMicros)));
        QProcess p;
        p.start(s.program, s.args(file));
        Aftermath a{file, false, i};
        if (p.waitForStarted(10000)) {
            QThread::usleep(quint64(delay));
            // Signalling a process that already exited but is not yet reaped is harmless; the
            // exit status says which happened.
            if (p.state() == QProcess::Running)
                ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(30000);
            a.finished = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
            if (p.exitStatus() == QProcess::CrashExit)
                ++tally.killed;
            else if (a.finished)
                ++tally.finished;
        }
        ++tally.runs;
        const QString problem = s.check(a);
        if (!problem.isEmpty())
            tally.failures << u"run %1 (seed %2, delay %3 us): %4"_s.arg(i).arg(seed).arg(delay).arg(
                problem);
        QDir(runDir).removeRecursively();
    }
    return tally;
}

} // namespace imdp::test::crash
