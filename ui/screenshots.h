// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QString>

namespace imdp::ui {

class MainWindow;

/// Renders each main page of the window (with its fund open) into `folder` as NN-page.png, the way
/// the README and docs show them. Returns the number of files written, or -1 on failure.
int renderScreenshots(MainWindow &window, const QString &folder);

} // namespace imdp::ui
