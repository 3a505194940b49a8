// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp_lock_racer FILE LOG never|break: takes the one-writer lock of FILE (breaking a stale or
// foreign one with `break`), and while holding it appends "+PID" then, 20 ms later, "-PID" to
// LOG (O_APPEND). Two racers that both held the lock at once leave "+a +b" in the LOG: the
// --break-lock race of issue 17 (tests/cli/test_cli_outputs.cpp). Exit 0 when it held the lock,
// 1 when refused.
#include "core/storage/lockfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {
void append(const char *log, char sign)
{
    const int fd = ::open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    char line[32];
    const int n = std::snprintf(line, sizeof line, "%c%d\n", sign, int(::getpid()));
    [[maybe_unused]] const ssize_t w = ::write(fd, line, size_t(n));
    ::close(fd);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    using imdp::core::FileLock;
    const bool breaking = qstrcmp(argv[3], "break") == 0;
    auto lock =
        FileLock::acquire(QFile::decodeName(argv[1]), breaking ? FileLock::Breaking::StaleOrForeign
                                                               : FileLock::Breaking::Never);
    if (!lock)
        return 1;
    append(argv[2], '+');
    ::usleep(20000);
    append(argv[2], '-');
    return 0;
}
