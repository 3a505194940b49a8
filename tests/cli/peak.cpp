// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp_peak OUT ERR PROGRAM ARGS...: runs PROGRAM (stdout to OUT, stderr to ERR), waits for it
// with wait4 and prints "maxrss_kb status". The memory test's go-between: Linux carries the
// high-water mark of the memory a process had before exec into its ru_maxrss, so a command
// forked straight from the (large) test process would report the test's size as its own; this
// small fresh process forks it instead. No Qt: nothing to inflate it.
#include <cstdio>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: imdp_peak OUT ERR PROGRAM [ARGS...]\n");
        return 2;
    }
    const pid_t pid = fork();
    if (pid == 0) {
        const int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        execv(argv[3], argv + 3);
        _exit(127);
    }
    if (pid < 0)
        return 2;
    int status = 0;
    rusage ru{};
    if (wait4(pid, &status, 0, &ru) != pid)
        return 2;
    std::printf("%ld %d\n", ru.ru_maxrss,
                WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return 0;
}
