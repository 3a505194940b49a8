// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
//
// Every released schema version climbs the ladder: tests/fixtures/fund-vN.imdp, written by
// tests/fixtures/make-fixtures.py from the schema of the commit that released version N, is opened
// (and so migrated) by today's code and must then be a fund like a fresh one.
#include "../testutil.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/ledger/position.h"
#include "core/ledger/receipts.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/schema.h"
#include "core/storage/verify.h"

#include <QFile>
#include <QScopeGuard>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

/// The schema as SQLite stores it: every table, index, trigger and view with its SQL.
QStringList schemaOf(Database &db)
{
    Query q(db, u"SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_schema "
                "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    mustOk(q.exec());
    QStringList rows;
    while (q.next())
        rows << q.text(0) + u' ' + q.text(1) + u" on "_s + q.text(2) + u": "_s + q.text(3);
    return rows;
}

/// What each fixture holds (make-fixtures.py): 3 organisations from version 1; a proposal from
/// version 2; from version 3 a signed pledge of US$100,000 (instalments 60,000 due 2026-03-31 and
/// 40,000 due 2026-09-30) and a receipt of 60,000 against it with a 1% fee.
struct Expected
{
    int version;
    qint64 auditRows; ///< as the fixture wrote them, before the migration's baseline row
    qint64 proposals;
    qint64 pledged;
    qint64 received;
    qint64 fees;
};

QString verifyProblems(const verify::Findings &report)
{
    QStringList out;
    for (const auto &o : report.outcomes) {
        for (const QString &p : o.lines())
            out << o.name + u": "_s + p;
    }
    return out.join(u'\n');
}

} // namespace

TEST_CASE("every released schema version migrates to the latest and stays a working fund",
          "[storage][migration]")
{
    const Expected e = GENERATE(Expected{1, 4, 0, 0, 0, 0}, Expected{2, 5, 1, 0, 0, 0},
                                Expected{3, 7, 1, 10'000'000, 6'000'000, 60'000},
                                Expected{4, 7, 1, 10'000'000, 6'000'000, 60'000},
                                Expected{5, 7, 1, 10'000'000, 6'000'000, 60'000},
                                Expected{6, 7, 1, 10'000'000, 6'000'000, 60'000},
                                Expected{7, 7, 1, 10'000'000, 6'000'000, 60'000},
                                Expected{8, 7, 1, 10'000'000, 6'000'000, 60'000},
                                Expected{9, 7, 1, 10'000'000, 6'000'000, 60'000},
                                Expected{10, 7, 1, 10'000'000, 6'000'000, 60'000},
                                Expected{11, 7, 1, 10'000'000, 6'000'000, 60'000},
                                Expected{12, 7, 1, 10'000'000, 6'000'000, 60'000});
    CAPTURE(e.version);
    // The fixtures were written on 2026-11-29: a clock a week later would find the scheduled
    // whole-file check due and record it (one more audit row, on some days only).
    Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    const auto unfix = qScopeGuard([] { Clock::reset(); });
    imdp::test::TempDir t;
    const QString path = t.file(u"old.imdp"_s);
    REQUIRE(QFile::copy(QStringLiteral(IMDP_FIXTURES "/fund-v%1.imdp").arg(e.version), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE(must(readFileHeader(path)).userVersion == e.version);

    auto db = must(Database::open(path));
    CHECK(db->schemaVersion() == schema::latestVersion());

    // The schema is the one a fresh fund gets, table by table, index by index, trigger by trigger.
    {
        auto fresh = must(Database::create(t.file(u"fresh.imdp"_s), [](Database &d) {
            FundSettings s;
            s.name = u"Fresh"_s;
            return fund::initialise(d, s);
        }));
        CHECK(schemaOf(*db) == schemaOf(*fresh));
    }

    // The rows the old version wrote, read through today's code.
    const auto info = must(fund::info(*db));
    CHECK(info.name == u"Fixture fund v%1"_s.arg(e.version));
    CHECK(info.count(u"organisation"_s) == 3);
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM proposal"_s)) == e.proposals);
    const QDate at(2026, 12, 31);
    const auto before = must(ledger::position(*db, at));
    CHECK(before.pledged == e.pledged);
    CHECK(before.received == e.received);
    CHECK(before.fees == e.fees);
    CHECK(before.cash == e.received - e.fees);
    CHECK(before.outstanding == e.pledged - e.received);
    CHECK(before.arrears == e.pledged - e.received); // the second instalment, due 2026-09-30

    // The old audit chain verifies, with one baseline row covering the rows already there; from
    // version 11 each audit row records the rows its command wrote, so there is no baseline and
    // the rows check replays the fixture's own records (make-fixtures.py computes them as
    // core/storage/rowtrack.cpp does).
    const bool tracked = e.version >= 11;
    const qint64 migrated = e.auditRows + (tracked ? 0 : 1);
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM audit_event"_s)) == migrated);
    CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM audit_event WHERE command = "
                                  "'storage.baseline'"_s))
          == (tracked ? 0 : 1));
    if (tracked) {
        CHECK(must(Query::scalar(*db, u"SELECT COUNT(*) FROM audit_event WHERE writes = ''"_s))
              == 0);
    }
    {
        const auto report = verify::run(*db);
        INFO(verifyProblems(report).toStdString());
        CHECK(report.ok());
        CHECK(report.auditRows == migrated);
    }

    // The file stays usable: a receipt (the pledge's second instalment where there is a pledge)
    // is recorded, moves the position, and the whole file still verifies.
    ledger::Receipt r;
    r.reference = u"SE-R-002"_s;
    r.donor = u"Kingdom of Sweden"_s;
    r.date = QDate(2026, 10, 1);
    r.amountMinor = 4'000'000;
    r.feeBps = 100;
    if (e.pledged > 0)
        r.pledgeReference = u"SE-2026-01"_s;
    must(ledger::recordReceipt(*db, r));
    const auto after = must(ledger::position(*db, at));
    CHECK(after.received == before.received + 4'000'000);
    CHECK(after.fees == before.fees + 40'000);
    CHECK(after.outstanding == 0);
    CHECK(after.arrears == 0);
    {
        const auto report = verify::run(*db);
        INFO(verifyProblems(report).toStdString());
        CHECK(report.ok());
        CHECK(report.auditRows == migrated + 1);
    }

    // And it opens again as an ordinary latest-version fund (no second migration, no backup).
    db.reset();
    CHECK(must(readFileHeader(path)).userVersion == schema::latestVersion());
    auto again = must(Database::open(path));
    CHECK(again->schemaVersion() == schema::latestVersion());
    // The copy kept before an upgrade (none when the file was at the latest version already).
    CHECK(QFile::exists(path + u".v%1.bak"_s.arg(e.version)) == (e.version < schema::latestVersion()));
}

TEST_CASE("files main wrote at versions 8 to 10 before their steps were reordered are opened "
          "read-only and left untouched",
          "[storage][migration]")
{
    // docs/reliability.md, "Migration fixtures": b4f151c, 92ebcd4 and eee1c61 wrote versions 8,
    // 9 and 10 with other steps than today's 8-10. Climbing today's ladder from there would run
    // the wrong steps; the schema check sees the difference first.
    const auto [version, commit] = GENERATE(std::pair{8, "b4f151c"}, std::pair{9, "92ebcd4"},
                                            std::pair{10, "eee1c61"});
    CAPTURE(version, commit);
    Clock::setFixed(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    const auto unfix = qScopeGuard([] { Clock::reset(); });
    imdp::test::TempDir t;
    const QString path = t.file(u"old.imdp"_s);
    REQUIRE(QFile::copy(
        QStringLiteral(IMDP_FIXTURES "/fund-v%1-%2.imdp").arg(version).arg(QLatin1StringView(commit)),
        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = imdp::test::sha256(path);
    {
        auto db = must(Database::open(path));
        CHECK(db->isReadOnly());
        CHECK(db->schemaVersion() == version);
        CHECK(db->readOnlyReason().contains(
            u"its schema differs from the one schema version %1 defines"_s.arg(version)));
        CHECK(db->readOnlyProblem().key == u"storage.opened_read_only_because"_s);
        // verify names the schema's differences; the chain and the rows hold. (The page-level
        // checks' own connection refuses a file that needs an upgrade: they say so.)
        const auto findings = verify::run(*db);
        for (const auto &o : findings.outcomes) {
            INFO(o.name.toStdString() + ": " + o.lines().join(u"; "_s).toStdString());
            if (o.name == u"schema"_s)
                CHECK_FALSE(o.ok());
            else if (o.name == u"audit chain"_s || o.name == u"rows"_s)
                CHECK(o.ok());
        }
    }
    CHECK(imdp::test::sha256(path) == before);
    CHECK_FALSE(QFile::exists(path + u".v%1.bak"_s.arg(version)));
}
