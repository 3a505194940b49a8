// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// verify's audit chain (issue 23) reads with SQLite's own API and hashes batches of 4,096 rows on
// a second thread: on a chain several batches long, its findings are those of the row-by-row
// check it replaced (the earliest faulty row; on one row deleted, then altered, then a broken
// link), run here beside it on the same files.
#include "../testutil.h"

#include "core/fund/fund.h"
#include "core/storage/audit.h"
#include "core/storage/query.h"
#include "core/storage/sha256.h"
#include "core/storage/transaction.h"
#include "core/storage/verify.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

/// The row-by-row check as it was before: Qt strings, one SHA-256 after the other.
QString rowByRow(Database &db)
{
    Query q(db, u"SELECT id, at, actor, command, detail, prev_hash, hash, writes "
                "FROM audit_event ORDER BY id"_s);
    mustOk(q.exec());
    qint64 expectedId = 1;
    QString prev = audit::genesis();
    while (q.next()) {
        const qint64 id = q.integer(0);
        if (id != expectedId)
            return u"audit row %1: deleted (the next row present is %2)"_s.arg(expectedId).arg(id);
        const QString recomputed =
            audit::chainHash(q.text(5), audit::canonicalRow(id, q.text(1), q.text(2), q.text(3),
                                                            q.text(4), q.text(7)));
        if (recomputed != q.text(6))
            return u"audit row %1: altered (its content no longer matches its hash)"_s.arg(id);
        if (q.text(5) != prev)
            return u"audit row %1: inserted or replaced (it does not chain to row %2)"_s.arg(id)
                .arg(id - 1);
        prev = q.text(6);
        ++expectedId;
    }
    return {};
}

QString forgedHash(Database &db, qint64 id, const QString &actor)
{
    Query q(db, u"SELECT at, command, detail, prev_hash, writes FROM audit_event WHERE id = ?"_s);
    q.bind(id);
    mustOk(q.exec());
    REQUIRE(q.next());
    return audit::chainHash(
        q.text(3), audit::canonicalRow(id, q.text(0), actor, q.text(1), q.text(2), q.text(4)));
}

} // namespace

TEST_CASE("the audit chain read in batches on two threads names what the row-by-row check "
          "named",
          "[safety][verify]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"chain.imdp"_s);
    {
        auto db = must(Database::create(path, [](Database &db) {
            FundSettings s;
            s.name = u"Chain"_s;
            return fund::initialise(db, s);
        }));
        WriteTransaction tx(*db);
        REQUIRE(tx.begun().ok());
        for (int i = 0; i < 10000; ++i) // three batches and a part, text beyond ASCII included
            mustOk(audit::record(*db, u"test.row"_s,
                                 u"{\"n\":%1,\"name\":\"Côte d’Ivoire 数据\"}"_s.arg(i)));
        mustOk(tx.commit());
    }
    const QStringList drop{u"DROP TRIGGER audit_event_no_update"_s,
                           u"DROP TRIGGER audit_event_no_delete"_s};
    QString expected;
    SECTION("intact")
    {
    }
    SECTION("a row altered in the third batch")
    {
        imdp::test::outsideSql(path, drop + QStringList{u"UPDATE audit_event SET actor = 'mallory' "
                                                        "WHERE id = 9000"_s});
        expected = u"audit row 9000: altered (its content no longer matches its hash)"_s;
    }
    SECTION("an altered row before a deleted one: the earlier is named")
    {
        imdp::test::outsideSql(path,
                               drop + QStringList{u"UPDATE audit_event SET detail = '{}' "
                                                  "WHERE id = 5000"_s,
                                                  u"DELETE FROM audit_event WHERE id = 9001"_s});
        expected = u"audit row 5000: altered (its content no longer matches its hash)"_s;
    }
    SECTION("a deleted row before an altered one")
    {
        imdp::test::outsideSql(path,
                               drop + QStringList{u"DELETE FROM audit_event WHERE id = 3000"_s,
                                                  u"UPDATE audit_event SET actor = 'x' "
                                                  "WHERE id = 8000"_s});
        expected = u"audit row 3000: deleted (the next row present is 3001)"_s;
    }
    SECTION("a row re-hashed at a batch's edge breaks the next link")
    {
        QString forged;
        {
            auto db = must(Database::open(path, Database::Mode::ReadOnly));
            forged = forgedHash(*db, 4096, u"mallory"_s);
        }
        imdp::test::outsideSql(path,
                               drop + QStringList{u"UPDATE audit_event SET actor = 'mallory', "
                                                  "hash = '%1' WHERE id = 4096"_s.arg(forged)});
        expected = u"audit row 4097: inserted or replaced (it does not chain to row 4096)"_s;
    }
    SECTION("a row altered and its link broken: altered is named first")
    {
        imdp::test::outsideSql(path, drop + QStringList{u"UPDATE audit_event SET actor = 'x', "
                                                        "prev_hash = 'ab' WHERE id = 7000"_s});
        expected = u"audit row 7000: altered (its content no longer matches its hash)"_s;
    }
    SECTION("a stored hash that is no hash at all")
    {
        imdp::test::outsideSql(path, drop + QStringList{u"UPDATE audit_event SET hash = 'x' "
                                                        "WHERE id = 6000"_s});
        expected = u"audit row 6000: altered (its content no longer matches its hash)"_s;
    }
    auto db = must(Database::open(path, Database::Mode::ReadOnly, FileLock::Breaking::Never,
                                  Database::FullCheck::Never));
    CHECK(rowByRow(*db) == expected);
    qint64 rows = 0;
    QString head;
    const verify::Outcome chain{u"audit chain"_s, verify::auditChain(*db, &rows, &head)};
    const QStringList found = chain.lines();
    if (expected.isEmpty()) {
        CHECK(found.isEmpty());
        CHECK(rows == must(Query::scalar(*db, u"SELECT COUNT(*) FROM audit_event"_s)));
        CHECK(rows > 10000);
        CHECK(head == must(audit::head(*db)));
    } else {
        CHECK(found == QStringList{expected});
    }
}

TEST_CASE("Sha256 (libcrypto) gives QCryptographicHash's digests, in one call, in pieces and "
          "after a reset",
          "[audit][sha256]")
{
    QRandomGenerator rng(23);
    Sha256 h;
    for (int n : {0, 1, 55, 56, 63, 64, 65, 119, 120, 4096, 65537, 300000}) {
        QByteArray data(n, Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        CAPTURE(n);
        CHECK(Sha256::hash(data) == expected);
        h.reset();
        for (qsizetype at = 0; at < data.size();) { // pieces of uneven sizes
            const qsizetype piece = qMin<qsizetype>(1 + rng.bounded(200), data.size() - at);
            h.addData(QByteArrayView(data.constData() + at, piece));
            at += piece;
        }
        CHECK(h.result() == expected);
        CHECK(h.resultView() == expected); // the same bytes until the next reset
    }
    // After a result, adding starts a new digest.
    h.addData("abc");
    CHECK(h.result().toHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
