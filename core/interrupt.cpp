// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/interrupt.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace imdp::core::interrupt {

namespace {
volatile std::sig_atomic_t s_signal = 0;
int s_pipe[2] = {-1, -1};
std::atomic<bool> s_installed{false};

extern "C" void onSignal(int sig)
{
    const int saved = errno;
    s_signal = sig;
    if (s_pipe[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t n = ::write(s_pipe[1], &byte, 1);
    }
    errno = saved;
}
} // namespace

void install()
{
    if (s_installed.exchange(true))
        return;
    if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        s_pipe[0] = s_pipe[1] = -1;
    struct sigaction sa
    {
    };
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    // SA_RESETHAND: a second Ctrl-C ends the program at once, as a person expects.
    sa.sa_flags = SA_RESTART | SA_RESETHAND;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

int pending()
{
    return int(s_signal);
}

int notifierFd()
{
    return s_pipe[0];
}

} // namespace imdp::core::interrupt
