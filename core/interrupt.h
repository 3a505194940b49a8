// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// SIGINT and SIGTERM during a write: the write is rolled back and the lock released, never left
// stale (docs/reliability.md, "Interrupted commands"). The handler only records the signal (a
// sig_atomic_t and one byte written to a self-pipe: both async-signal-safe); every SQLite
// connection's progress handler sees it and interrupts the statement running, so the write
// transaction fails and rolls back on the ordinary error path, and the program then unwinds,
// closing the fund and removing its lock. A second signal of the same kind ends the program at
// once (the default action is restored after the first).

namespace imdp::core::interrupt {

/// Installs the SIGINT and SIGTERM handlers (once; later calls do nothing).
void install();
/// The signal received (SIGINT or SIGTERM), or 0.
int pending();
/// The read end of the self-pipe, readable once a signal arrived (the desktop watches it with a
/// QSocketNotifier); -1 before install().
int notifierFd();

} // namespace imdp::core::interrupt
