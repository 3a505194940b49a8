// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Writes a realistic receipts CSV for the ledger benchmark: 40 donors in their own currencies at
// plausible rates, dates spread over ten years, unique references. Seeded: same input, same file.
// Usage: imdp_bench_gen_ledger ROWS OUT.csv   (each receipt posts 4 postings with a fee set)
#include "bench/receiptsgen.h"

#include <QDate>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <random>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: imdp_bench_gen_ledger ROWS OUT.csv\n");
        return 2;
    }
    const long long rows = QString::fromLocal8Bit(argv[1]).toLongLong();
    QFile f(QString::fromLocal8Bit(argv[2]));
    if (rows <= 0 || !f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "imdp_bench_gen_ledger: bad row count or cannot write the file\n");
        return 2;
    }
    std::mt19937_64 rng(42);
    QByteArray out = imdp::bench::kReceiptsHeader;
    for (long long i = 0; i < rows; ++i) {
        out += imdp::bench::receiptRow(rng, i, rows, QLatin1StringView("BENCH-"), 8);
        if (out.size() > (1 << 22)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return 0;
}
