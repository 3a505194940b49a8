// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// End to end: imdp backup, restore, verify and --break-lock on real files.
#include "clirun.h"

#include "core/money/money.h"
#include "core/storage/lockfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;
using imdp::test::must;

namespace {
using imdp::test::Run;
using imdp::test::lines;
using imdp::test::runCli;

QString demo(const imdp::test::TempDir &t, const QString &name = u"fund.imdp"_s)
{
    const QString path = t.file(name);
    REQUIRE(runCli({u"init"_s, path, u"--demo"_s}).exit == 0);
    return path;
}

void sql(const QString &path, const QStringList &statements)
{
    imdp::test::outsideSql(path, statements);
}

/// One value read from the file by an outside connection (the tests pick what to tamper with).
QString value(const QString &path, const QString &select)
{
    return imdp::test::outsideValue(path, select).toString();
}

/// `imdp verify` refuses the file (exit 1), the first problem on stderr is `first`, and
/// verifying wrote nothing.
void verifyFails(const QString &path, const QString &first)
{
    const QByteArray before = imdp::test::sha256(path);
    const Run r = runCli({u"verify"_s, path});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exit == 1);
    CHECK(r.err.trimmed() == u"imdp: %1: %2"_s.arg(path, first));
    CHECK(r.out.contains(u"FAIL  "_s + first));
    CHECK(imdp::test::sha256(path) == before);
}
} // namespace

TEST_CASE("imdp verify: exit 0 on a sound file, 1 naming the first altered audit row", "[cli][safety]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    Run r = runCli({u"verify"_s, path});
    CHECK(r.exit == 0);
    CHECK(r.out.contains(u"ok    integrity"_s));
    CHECK(r.out.contains(u"ok    audit chain"_s));
    CHECK(r.out.contains(u"verified (205 audit rows"_s));
    r = runCli({u"verify"_s, path, u"--json"_s});
    CHECK(r.exit == 0);
    CHECK(r.json().value(u"ok"_s).toBool());
    // The demo's 9 Committee members and 3 agenda items are audited like any command.
    CHECK(r.json().value(u"audit_rows"_s).toInt() == 205);

    const QByteArray before = imdp::test::sha256(path);
    sql(path, {u"DROP TRIGGER audit_event_no_update"_s,
               u"UPDATE audit_event SET detail = '{}' WHERE id = 3"_s});
    const QByteArray tampered = imdp::test::sha256(path);
    CHECK(tampered != before);
    r = runCli({u"verify"_s, path});
    CHECK(r.exit == 1);
    CHECK(r.out.contains(u"FAIL  audit chain: audit row 3: altered"_s));
    CHECK(r.err.trimmed() == u"imdp: %1: audit chain: audit row 3: altered (its content no longer "
                             "matches its hash)"_s.arg(path));
    r = runCli({u"verify"_s, path, u"--json"_s});
    CHECK(r.exit == 1);
    const QJsonArray checks = r.json().value(u"checks"_s).toArray();
    CHECK(checks.at(2).toObject().value(u"problems"_s).toArray().at(0).toString().startsWith(
        u"audit row 3: altered"_s));
    // Verifying never writes.
    CHECK(imdp::test::sha256(path) == tampered);
}

TEST_CASE("imdp verify and info on a file with a foreign-key violation: warned, never written", "[cli][safety]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    sql(path, {u"INSERT INTO proposal (code, title, applicant_id, created_at) "
               "VALUES ('X-1', 'ghost', 9999, '2026-01-01')"_s});
    const QByteArray before = imdp::test::sha256(path);
    Run r = runCli({u"verify"_s, path});
    CHECK(r.exit == 1);
    CHECK(r.out.contains(u"FAIL  foreign keys: proposal row"_s));
    // Opening does not read the whole file unless there is reason: here, the weekly check.
    r = runCli({u"info"_s, path});
    CHECK(r.exit == 0);
    CHECK(r.err.isEmpty());
    r = runCli({u"info"_s, path}, u"2026-12-06T09:00:00Z"_s);
    CHECK(r.exit == 0);
    CHECK(r.err.trimmed().startsWith(u"imdp: warning: %1: failed the foreign-key check"_s.arg(path)));
    // --quick leaves the page-level checks out (the row check still names the planted row).
    r = runCli({u"verify"_s, path, u"--quick"_s});
    CHECK(r.exit == 1);
    CHECK_FALSE(r.out.contains(u"foreign keys"_s));
    CHECK(r.out.contains(u"ok    audit chain"_s));
    CHECK(imdp::test::sha256(path) == before);
}

TEST_CASE("imdp backup and restore: a checked copy, restore gives the same counts and chain head", "[cli][safety]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    const QString copy = t.file(u"copy.imdp"_s);
    Run r = runCli({u"backup"_s, path, u"--out"_s, copy});
    REQUIRE(r.exit == 0);
    CHECK(r.out.trimmed() == u"Backed up %1 to %2 (checked)"_s.arg(path, copy));
    const QJsonObject original = runCli({u"info"_s, path, u"--json"_s}).json();

    r = runCli({u"backup"_s, path, u"--out"_s, copy});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(u"already exists"_s));

    r = runCli({u"backup"_s, path, u"--json"_s});
    REQUIRE(r.exit == 0);
    const QString rotated = r.json().value(u"copy"_s).toString();
    CHECK(rotated.contains(u"/backups/fund.backup-20261128-090000.imdp"_s));
    CHECK(QFileInfo(QFileInfo(rotated).absolutePath()).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
              | QFile::WriteUser | QFile::ExeUser));

    const QString restored = t.file(u"restored.imdp"_s);
    r = runCli({u"restore"_s, copy, u"--to"_s, restored});
    REQUIRE(r.exit == 0);
    QJsonObject info = runCli({u"info"_s, restored, u"--json"_s}).json();
    CHECK(info.value(u"counts"_s) == original.value(u"counts"_s));
    CHECK(info.value(u"fingerprint"_s) == original.value(u"fingerprint"_s));
    CHECK(runCli({u"verify"_s, restored}).exit == 0);

    // Over an existing file: refused, then replaced with the old one kept aside.
    const QByteArray current = imdp::test::sha256(path);
    r = runCli({u"restore"_s, copy, u"--to"_s, path});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(u"already exists; restore with --replace"_s));
    CHECK(imdp::test::sha256(path) == current);
    r = runCli({u"restore"_s, copy, u"--to"_s, path, u"--replace"_s});
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(u"The replaced file is kept at %1.replaced-20261128-090000"_s.arg(path)));
    CHECK(imdp::test::sha256(path + u".replaced-20261128-090000"_s) == current);

    r = runCli({u"restore"_s, copy});
    CHECK(r.exit == 2);
    CHECK(r.err.contains(u"--to FILE is required"_s));
}

TEST_CASE("a file in use is refused to a second writer, --break-lock breaks only a stale lock", "[cli][safety]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    const QString copy = t.file(u"copy.imdp"_s);
    REQUIRE(runCli({u"backup"_s, path, u"--out"_s, copy}).exit == 0);
    {
        // This test process holds the file open for writing, as imdp-desk would.
        auto holder = must(imdp::core::Database::open(path));
        const Run r = runCli({u"restore"_s, copy, u"--to"_s, path, u"--replace"_s});
        CHECK(r.exit == 1);
        CHECK(r.err.trimmed().startsWith(u"imdp: %1: in use by tester on %2 since "_s.arg(
            path, QSysInfo::machineHostName())));
        // Readers need no lock.
        CHECK(runCli({u"info"_s, path}).exit == 0);
        CHECK(runCli({u"verify"_s, path}).exit == 0);
    }
    // A lock left by a crashed process on this host.
    QProcess gone;
    gone.start(u"true"_s, {});
    REQUIRE(gone.waitForStarted());
    const qint64 gonePid = gone.processId();
    REQUIRE(gone.waitForFinished());
    imdp::test::writeFile(imdp::core::FileLock::lockPath(path),
                          QJsonDocument(QJsonObject{{u"user"_s, u"bob"_s},
                                                    {u"host"_s, QSysInfo::machineHostName()},
                                                    {u"pid"_s, gonePid},
                                                    {u"since"_s, u"2026-11-27T17:00:00Z"_s}})
                              .toJson());
    Run r = runCli({u"restore"_s, copy, u"--to"_s, path, u"--replace"_s});
    CHECK(r.exit == 1);
    INFO(r.err.toStdString());
    CHECK(r.err.contains(u"the lock is stale; break it knowingly with --break-lock"_s));
    // A write-open with --break-lock breaks it and records who held it.
    auto db = must(imdp::core::Database::open(path, imdp::core::Database::Mode::ReadWrite,
                                              imdp::core::FileLock::Breaking::StaleOrForeign));
    CHECK(db->brokenLock()->user == u"bob"_s);
}

TEST_CASE("imdp verify checks the ledger: a sound demo fund passes every check", "[cli][safety][verify]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    const Run r = runCli({u"verify"_s, path, u"--json"_s});
    INFO(r.out.toStdString());
    CHECK(r.exit == 0);
    QStringList names;
    for (const QJsonValue &c : r.json().value(u"checks"_s).toArray()) {
        names << c.toObject().value(u"name"_s).toString();
        CHECK(c.toObject().value(u"ok"_s).toBool());
    }
    CHECK(names == QStringList{u"integrity"_s, u"foreign keys"_s, u"audit chain"_s,
                               u"journal balances"_s, u"stored balances"_s, u"project balances"_s,
                               u"ledger imports"_s, u"statement lines"_s, u"schema"_s,
                               u"audit anchor"_s, u"rows"_s});
}

TEST_CASE("imdp verify names a journal entry that no longer balances, tampered outside the app", "[cli][safety][verify]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    // A memo posting of an allocation: no stored figure depends on it, only the entry's balance.
    const QString posting = value(path, u"SELECT MIN(id) FROM posting WHERE account_id = 13"_s);
    const QString entry = value(path, u"SELECT entry_id FROM posting WHERE id = "_s + posting);
    // The database refuses the change itself: a tamperer drops the trigger first.
    sql(path, {u"DROP TRIGGER posting_no_update"_s,
               u"UPDATE posting SET usd_minor = usd_minor + 1 WHERE id = "_s + posting});
    verifyFails(path, u"journal balances: journal entry %1 (allocation): its postings sum to "
                      "0.01 USD, not 0"_s.arg(entry));
}

TEST_CASE("imdp verify names a reversal that no longer mirrors its entry", "[cli][safety][verify]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    const QString income = value(path, u"SELECT MAX(id) FROM journal_entry WHERE kind = 'receipt'"_s);
    Run r = runCli({u"reverse"_s, path, income, u"--reason"_s, u"Posted twice"_s,
                    u"--date"_s, u"2026-11-28"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    REQUIRE(runCli({u"verify"_s, path}).exit == 0);
    const QString reversal =
        value(path, u"SELECT id FROM journal_entry WHERE reverses_entry_id = "_s + income);
    // Moved between two lines: the reversal still balances but is no longer the exact opposite.
    sql(path, {u"DROP TRIGGER posting_no_update"_s,
               u"UPDATE posting SET usd_minor = usd_minor + 100 WHERE id = (SELECT MIN(id) FROM "
               "posting WHERE entry_id = %1)"_s.arg(reversal),
               u"UPDATE posting SET usd_minor = usd_minor - 100 WHERE id = (SELECT MAX(id) FROM "
               "posting WHERE entry_id = %1)"_s.arg(reversal)});
    verifyFails(path, u"journal balances: journal entry %1 (reversal): is not the exact opposite "
                      "of entry %2 it reverses"_s.arg(reversal, income));
}

TEST_CASE("imdp verify names a stored balance that no longer matches the journal", "[cli][safety][verify]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    SECTION("a receipt's fee") {
        const QString ref = value(path, u"SELECT reference FROM receipt ORDER BY id LIMIT 1"_s);
        const QString entry = value(path, u"SELECT entry_id FROM receipt ORDER BY id LIMIT 1"_s);
        const qint64 fee = value(path, u"SELECT fee_usd_minor FROM receipt ORDER BY id LIMIT 1"_s)
                               .toLongLong();
        sql(path, {u"DROP TRIGGER receipt_no_update"_s,
                   u"UPDATE receipt SET fee_usd_minor = fee_usd_minor + 100 WHERE reference = '%1'"_s
                       .arg(ref)});
        verifyFails(path, u"stored balances: receipt %1 (journal entry %2): stored fee %3 USD, the "
                          "journal's %4 USD"_s.arg(ref, entry,
                                                   imdp::core::formatMinor(fee + 100, 2),
                                                   imdp::core::formatMinor(fee, 2)));
    }
    SECTION("a receipt's USD value") {
        const QString ref = value(path, u"SELECT reference FROM receipt ORDER BY id LIMIT 1"_s);
        sql(path, {u"DROP TRIGGER receipt_no_update"_s,
                   u"UPDATE receipt SET usd_minor = usd_minor * 2 WHERE reference = '%1'"_s.arg(ref)});
        const Run r = runCli({u"verify"_s, path});
        CHECK(r.exit == 1);
        CHECK(r.err.contains(u"stored balances: receipt %1 (journal entry "_s.arg(ref)));
        CHECK(r.err.contains(u"stored USD value"_s));
    }
    SECTION("a pledge amount (the pledge table has no trigger: amendments update it)") {
        const QString donor = value(path, u"SELECT o.name FROM pledge p JOIN organisation o ON "
                                          "o.id = p.donor_id WHERE p.status = 'signed' "
                                          "ORDER BY p.id LIMIT 1"_s);
        sql(path, {u"UPDATE pledge SET usd_minor = usd_minor + 500000 WHERE id = (SELECT MIN(id) "
                   "FROM pledge WHERE status = 'signed')"_s});
        const Run r = runCli({u"verify"_s, path});
        CHECK(r.exit == 1);
        INFO(r.err.toStdString());
        CHECK(r.err.contains(u"stored balances: pledges of %1: signed pledges stored total "_s.arg(
            donor)));
        CHECK(r.err.contains(u"the journal's pledges receivable (account 1100)"_s));
    }
    SECTION("a posting's date, which dated balances read") {
        const QString posting = value(path, u"SELECT MIN(id) FROM posting"_s);
        const QString entry = value(path, u"SELECT entry_id FROM posting WHERE id = "_s + posting);
        const QString date = value(path, u"SELECT date FROM journal_entry WHERE id = "_s + entry);
        sql(path, {u"DROP TRIGGER posting_no_update"_s,
                   u"UPDATE posting SET date = '1999-01-01' WHERE id = "_s + posting});
        verifyFails(path, u"stored balances: journal entry %1: posting %2 is dated 1999-01-01, "
                          "the entry %3"_s.arg(entry, posting, date));
    }
    SECTION("a tranche marked released with no transfer behind it") {
        const QString code = value(path, u"SELECT p.code FROM tranche t JOIN proposal p ON p.id = "
                                         "t.proposal_id WHERE t.released_on <> '' ORDER BY t.id "
                                         "LIMIT 1"_s);
        sql(path, {u"UPDATE tranche SET amount_usd_minor = amount_usd_minor + 100000000 WHERE id = "
                   "(SELECT MIN(id) FROM tranche WHERE released_on <> '')"_s});
        const Run r = runCli({u"verify"_s, path});
        CHECK(r.exit == 1);
        INFO(r.err.toStdString());
        CHECK(r.err.contains(u"stored balances: proposal %1: released tranches total "_s.arg(code)));
    }
}

TEST_CASE("imdp verify names a project transferred beyond its allocation", "[cli][safety][verify]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    // A project with transfers; its allocation entries turned around (each still balances).
    const QString project = value(path, u"SELECT project FROM posting WHERE account_id = 14 "
                                        "ORDER BY id LIMIT 1"_s);
    sql(path, {u"DROP TRIGGER posting_no_update"_s,
               u"UPDATE posting SET usd_minor = -usd_minor WHERE project = '%1' AND account_id IN "
               "(12, 13)"_s.arg(project)});
    const Run r = runCli({u"verify"_s, path});
    CHECK(r.exit == 1);
    INFO(r.err.toStdString());
    CHECK(r.err.startsWith(u"imdp: %1: project balances: project %2: transfers net of refunds "_s
                               .arg(path, project)));
}

TEST_CASE("imdp backup settings: validated, audited, and the scheduled backups honour them", "[cli][safety][backup]")
{
    imdp::test::TempDir t;
    const QString path = demo(t);
    Run r = runCli({u"backup"_s, u"settings"_s, path, u"--json"_s});
    CHECK(r.exit == 0);
    CHECK(r.json().value(u"keep"_s).toInt() == 5);
    CHECK(r.json().value(u"every_hours"_s).toInt() == 24);

    const QByteArray before = imdp::test::sha256(path);
    for (const QStringList &bad : {QStringList{u"--keep"_s, u"0"_s},
                                   QStringList{u"--keep"_s, u"1001"_s},
                                   QStringList{u"--keep"_s, u"two"_s},
                                   QStringList{u"--every-hours"_s, u"8761"_s},
                                   QStringList{u"--every-hours"_s, u"-3"_s}}) {
        r = runCli(QStringList{u"backup"_s, u"settings"_s, path} + bad);
        INFO(bad.join(u' ').toStdString() << ": " << r.err.toStdString());
        CHECK(r.exit == 2);
        CHECK(lines(r.err).size() == 1);
        CHECK(r.err.startsWith(u"imdp: "_s + bad.first().mid(2) + u": "_s));
    }
    CHECK(imdp::test::sha256(path) == before); // nothing written

    r = runCli({u"backup"_s, u"settings"_s, path, u"--keep"_s, u"2"_s, u"--every-hours"_s,
                u"48"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(u"Backups kept:    2"_s));
    CHECK(r.out.contains(u"Backup every:    48 hours"_s));
    CHECK(value(path, u"SELECT detail FROM audit_event WHERE command = 'fund.backup_settings'"_s)
          == u"{\"backup_every_hours\":{\"from\":24,\"to\":48},\"backup_keep\":{\"from\":5,"
             "\"to\":2}}"_s);
    CHECK(runCli({u"verify"_s, path}).exit == 0);

    // Four backups into the rotating set: the newest two are kept.
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        r = runCli({u"backup"_s, path, u"--json"_s});
        REQUIRE(r.exit == 0);
        made << r.json().value(u"copy"_s).toString();
    }
    const QStringList kept = QDir(QFileInfo(path).absoluteDir().filePath(u"backups"_s))
                                 .entryList({u"*.imdp"_s}, QDir::Files, QDir::Name);
    CHECK(kept == QStringList{QFileInfo(made.at(2)).fileName(), QFileInfo(made.at(3)).fileName()});
}
