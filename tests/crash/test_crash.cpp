// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Crash atomicity: the real programs are killed with SIGKILL at random points; after every kill
// the file passes integrity_check, holds all or none of the command's effect, its audit chain
// verifies and the ledger balances. 126 kills in the default suite; ./dev soak runs many more.
#include "../testutil.h"
#include "crashharness.h"

#include "bench/receiptsgen.h"

#include "core/fund/fund.h"
#include "core/ledger/feerule.h"
#include "core/ledger/verifychecks.h"
#include "core/storage/query.h"
#include "core/storage/verify.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using namespace imdp::test::crash;

namespace {

/// Opens the file as the next session would (rolling back a hot journal, breaking the dead
/// process's stale lock) and checks what every scenario needs. Empty when all holds.
QString commonChecks(Database &db)
{
    ledger::registerVerifyChecks(); // the journal and stored balances, as `imdp verify` runs them
    if (db.pragma(u"integrity_check"_s) != u"ok"_s)
        return u"integrity_check failed"_s;
    if (!db.readOnlyReason().isEmpty())
        return db.readOnlyReason();
    const verify::Findings r = verify::run(db);
    for (const auto &o : r.outcomes) {
        if (!o.ok())
            return o.name + u": "_s + o.problems.first().message;
    }
    return {};
}

Result<std::unique_ptr<Database>> reopen(const QString &file)
{
    return Database::open(file, Database::Mode::ReadWrite, FileLock::Breaking::StaleOrForeign);
}

void report(const Tally &t, const QString &name)
{
    UNSCOPED_INFO(name.toStdString() << ": " << t.runs << " runs, " << t.killed
                                     << " killed mid-way, " << t.finished << " had finished");
    for (const QString &f : t.failures)
        UNSCOPED_INFO(f.toStdString());
    CHECK(t.failures.isEmpty());
    // The kills must really land while the command runs, not only after it is done (the share
    // varies with the machine's load; most land mid-way).
    CHECK(t.killed >= t.runs / 4);
    std::printf("%s: %d runs, %d killed mid-way, %d finished, %lld failures\n",
                qPrintable(name), t.runs, t.killed, t.finished, qint64(t.failures.size()));
}

} // namespace

TEST_CASE("imdp init --demo killed at random points: no file, or a complete fund", "[crash]")
{
    Scenario s;
    s.name = u"init --demo"_s;
    s.program = QStringLiteral(IMDP_CLI);
    s.args = [](const QString &file) { return QStringList{u"init"_s, file, u"--demo"_s}; };
    s.check = [](const Aftermath &a) -> QString {
        if (!QFileInfo::exists(a.file)) {
            // Nothing was acknowledged: fine, as long as the command did not report success.
            return a.finished ? u"the command succeeded but the file is missing"_s : QString();
        }
        auto db = reopen(a.file);
        if (!db)
            return db.error().message;
        if (const QString p = commonChecks(**db); !p.isEmpty())
            return p;
        auto info = fund::info(**db);
        if (!info)
            return info.error().message;
        if (info->count(u"organisation"_s) != 26 || info->count(u"proposal"_s) != 12
            || info->count(u"meeting"_s) != 1)
            return u"a partial demo fund: %1 organisations, %2 proposals"_s
                .arg(info->count(u"organisation"_s))
                .arg(info->count(u"proposal"_s));
        return {};
    };
    report(run(s, 60, 20261128), s.name);
}

TEST_CASE("a 400-organisation transaction killed at random points: all or nothing", "[crash]")
{
    constexpr int batch = 400;
    Scenario s;
    s.name = u"bulk organisations::add"_s;
    s.program = QStringLiteral(IMDP_BULK_WRITER);
    s.args = [](const QString &file) {
        return QStringList{file, QString::number(batch)};
    };
    s.prepare = [](const QString &file) {
        auto db = Database::create(file, [](Database &d) {
            FundSettings fs;
            fs.name = u"Crash fund"_s;
            return fund::initialise(d, fs);
        });
        REQUIRE(db.ok());
    };
    s.check = [](const Aftermath &a) -> QString {
        auto db = reopen(a.file);
        if (!db)
            return db.error().message;
        if (const QString p = commonChecks(**db); !p.isEmpty())
            return p;
        auto orgs = Query::scalar(**db, u"SELECT COUNT(*) FROM organisation"_s);
        auto audited = Query::scalar(
            **db, u"SELECT COUNT(*) FROM audit_event WHERE command = 'organisation.add'"_s);
        if (!orgs || !audited)
            return u"cannot count"_s;
        if (*orgs != *audited)
            return u"%1 organisations but %2 audit rows"_s.arg(*orgs).arg(*audited);
        if (*orgs != 0 && *orgs != batch)
            return u"partial: %1 of %2 organisations"_s.arg(*orgs).arg(batch);
        if (a.finished && *orgs != batch)
            return u"acknowledged (\"done\") but only %1 organisations"_s.arg(*orgs);
        return {};
    };
    report(run(s, 60, 4242), s.name);
}

namespace {
/// A receipts CSV of `rows` rows from bench/receiptsgen.h (40 donors, created by the import).
/// Seeded: the same file each time.
void writeReceiptsCsv(const QString &path, int rows)
{
    std::mt19937_64 rng(8);
    QByteArray out = imdp::bench::kReceiptsHeader;
    for (int i = 0; i < rows; ++i)
        out += imdp::bench::receiptRow(rng, i, rows, QLatin1StringView("CRASH-"), 6);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(out) == out.size());
}
} // namespace

TEST_CASE("a 100k-row receipts import killed at random points: all or none, the ledger balances", "[crash]")
{
#if defined(__SANITIZE_ADDRESS__)
    constexpr int rows = 20000; // the asan preset runs ~10x slower: the same path, fewer rows
#else
    constexpr int rows = 100000;
#endif
    // The CSV and a fund to import into are made once; each run imports into a fresh copy.
    QTemporaryDir shared;
    REQUIRE(shared.isValid());
    const QString csv = shared.filePath(u"receipts.csv"_s);
    writeReceiptsCsv(csv, rows);
    const QString templateFund = shared.filePath(u"template.imdp"_s);
    {
        auto db = Database::create(templateFund, [](Database &d) {
            FundSettings fs;
            fs.name = u"Crash import fund"_s;
            return fund::initialise(d, fs);
        });
        REQUIRE(db.ok());
        // A fee on every receipt: each one posts four lines, as a real fund's do.
        REQUIRE(ledger::setFeeRule(**db, *ledger::FeeRule::parse(u"flat:100"_s)).ok());
    }

    Scenario s;
    s.name = u"import receipts (%1 rows)"_s.arg(rows);
    s.program = QStringLiteral(IMDP_CLI);
    s.args = [csv](const QString &file) {
        return QStringList{u"import"_s, u"receipts"_s, file, csv};
    };
    s.prepare = [templateFund](const QString &file) {
        QFile::remove(file);
        REQUIRE(QFile::copy(templateFund, file));
    };
    s.check = [](const Aftermath &a) -> QString {
        auto db = reopen(a.file);
        if (!db)
            return db.error().message;
        if (const QString p = commonChecks(**db); !p.isEmpty())
            return p;
        auto receipts = Query::scalar(**db, u"SELECT COUNT(*) FROM receipt"_s);
        auto donors = Query::scalar(**db, u"SELECT COUNT(*) FROM organisation"_s);
        // One audit row for the whole import (its digest re-checked by "ledger imports" above).
        auto audited = Query::scalar(
            **db, u"SELECT COUNT(*) FROM audit_event WHERE command = 'ledger.import'"_s);
        auto entries = Query::scalar(**db, u"SELECT COUNT(*) FROM journal_entry"_s);
        auto trial = Query::scalar(**db, u"SELECT COALESCE(SUM(usd_minor), 0) FROM posting"_s);
        if (!receipts || !donors || !audited || !entries || !trial)
            return u"cannot count"_s;
        if (*receipts != 0 && *receipts != rows)
            return u"partial: %1 of %2 receipts"_s.arg(*receipts).arg(rows);
        if (*audited != (*receipts == 0 ? 0 : 1) || *entries != *receipts)
            return u"%1 receipts, %2 audit rows, %3 journal entries"_s.arg(*receipts)
                .arg(*audited)
                .arg(*entries);
        if (*donors != (*receipts == 0 ? 0 : 40))
            return u"%1 receipts but %2 donors"_s.arg(*receipts).arg(*donors);
        if (*trial != 0)
            return u"the trial balance is %1 cents, not 0"_s.arg(*trial);
        if (a.finished && *receipts != rows)
            return u"acknowledged (\"Imported\") but %1 receipts"_s.arg(*receipts);
        return {};
    };
    s.timingRuns = 1;
    // A handful here (each run imports for seconds); ./dev soak multiplies it.
    report(run(s, 6, 100000), s.name);
}
