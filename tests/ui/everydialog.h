// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Every window of the desktop, for the tests that look at each of them (issue 20's fit test,
// issue 19's test for English left in a French or Spanish window): a small fund built from
// nothing, and every dialog the pages open, handed one by one to the test.
#pragma once

#include "../review/reviewfixture.h"

#include <QString>
#include <QWidget>

#include <functional>

namespace imdp::ui {
class MainWindow;
}

namespace imdp::test {

/// The small fund: three organisations, a receipt, three proposals in review (the review
/// fixture), a pledge with two instalments, a funding meeting with an agenda.
struct SmallFund
{
    ReviewFund f{
        QStringLiteral("Fonds fiduciaire multipartenaire pour la mobilité de la main-d’œuvre")};
    QString package;
    qint64 meeting = 0;
    SmallFund();
};

/// Every dialog the pages open, on the fund `w` has open, each handed to `visit` with what it is:
/// the New Fund wizard once per page and once whole, the proposal editor once per tab.
void forEachDialog(ui::MainWindow &w, const QString &donor, const QString &pledge,
                   const QString &proposal, qint64 meeting, const QString &package,
                   const std::function<void(QWidget &, const QString &)> &visit);

} // namespace imdp::test
