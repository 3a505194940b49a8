// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QGuiApplication>

namespace imdp::ui {

/// The wait cursor for as long as the scope lasts, over a command that runs on the GUI thread
/// and may take seconds on a large file (a CSV import of 100,000 rows: about four).
class BusyCursor
{
    Q_DISABLE_COPY_MOVE(BusyCursor)
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
};

} // namespace imdp::ui
