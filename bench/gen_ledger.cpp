// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Writes a realistic receipts CSV for the ledger benchmark: 40 donors in their own currencies at
// plausible rates, dates spread over ten years, unique references. Seeded: same input, same file.
// Usage: imdp_bench_gen_ledger ROWS OUT.csv   (each receipt posts 4 postings with a fee set)
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
    struct Ccy
    {
        const char *code;
        const char *rate;
        int digits;
    };
    const Ccy ccys[] = {{"EUR", "1.0850", 2}, {"SEK", "0.0952", 2}, {"CHF", "1.1280", 2},
                        {"NOK", "0.0935", 2}, {"JPY", "0.0067", 0}, {"USD", "1", 2},
                        {"GBP", "1.2710", 2}, {"KWD", "3.2512345678", 3}};
    std::mt19937_64 rng(42);
    QByteArray out = "date,donor,source,currency,amount,usd_rate,reference\n";
    for (long long i = 0; i < rows; ++i) {
        const int donor = int(rng() % 40);
        const Ccy &c = ccys[donor % 8];
        const qint64 whole = 1000 + qint64(rng() % 5000000);
        QString amount = QString::number(whole);
        if (c.digits > 0)
            amount += u'.' + QString::number(rng() % 100).rightJustified(c.digits, u'0');
        const int day = int(i * 3650 / rows);
        const QString date = QDate(2016, 1, 1).addDays(day).toString(Qt::ISODate);
        out += u"%1,Donor State %2,donor,%3,%4,%5,BENCH-%6\n"_s
                   .arg(date)
                   .arg(donor, 2, 10, QChar(u'0'))
                   .arg(QLatin1StringView(c.code), amount, QLatin1StringView(c.rate))
                   .arg(i, 8, 10, QChar(u'0'))
                   .toUtf8();
        if (out.size() > (1 << 22)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return 0;
}
