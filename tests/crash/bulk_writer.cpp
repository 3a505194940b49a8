// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Test helper for the crash harness: adds N organisations to FILE in ONE write transaction,
// through organisations::add (the production path, each with its audit row), then prints "done".
// Killed at a random point, the file must hold all N or none of them.
//   imdp_bulk_writer FILE N
#include "core/fund/fund.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: imdp_bulk_writer FILE N\n");
        return 2;
    }
    // A crashed earlier run leaves a stale lock: break it, as a person would, knowingly.
    auto db = Database::open(args.at(1), Database::Mode::ReadWrite,
                             FileLock::Breaking::StaleOrForeign);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 2;
    }
    const int n = args.at(2).toInt();
    WriteTransaction tx(**db);
    if (!tx.begun())
        return 2;
    const QString batch = QString::number(QCoreApplication::applicationPid());
    for (int i = 0; i < n; ++i) {
        auto r = organisations::add(**db, {0, u"Bulk %1 #%2"_s.arg(batch).arg(i), {}, u"ngo"_s,
                                           {}, false});
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 2;
        }
    }
    if (auto s = tx.commit(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 2;
    }
    std::printf("done\n");
    return 0;
}
