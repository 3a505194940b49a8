// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 23: reports and journal listings in bounded memory. The real `imdp` runs as a child on
// two funds, one eight times the other, and its peak resident memory (ru_maxrss, from wait4 in
// tests/cli/peak.cpp) must stay within a margin: what a command holds may grow with what it
// reports, never with the number of postings. No timing is asserted.
#include "clirun.h"

#include "core/fund/fund.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QXmlStreamReader>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <vector>

extern char **environ;

using namespace Qt::Literals::StringLiterals;
using imdp::test::must;

namespace {

/// A fund of `receipts` receipts from five donors (two postings each, January 2026), and a
/// project with transfers and a refund, its rows written with SQLite itself (fast; the
/// commands read them like any other).
QString fundOf(const imdp::test::TempDir &t, qint64 receipts)
{
    const QString path = t.file(u"f%1.imdp"_s.arg(receipts));
    must(imdp::core::Database::create(path, [](imdp::core::Database &db) {
        imdp::core::FundSettings s;
        s.name = u"Memory"_s;
        return imdp::core::fund::initialise(db, s);
    })).reset();
    const QString n = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                      "WHERE i < %1) "_s.arg(receipts);
    imdp::test::outsideSql(
        path,
        {u"INSERT INTO organisation (id, name, kind) VALUES (901, 'Donor A', 'state'), "
         "(902, 'Donor B', 'state'), (903, 'Donor C', 'state'), (904, 'Donor D', 'state'), "
         "(905, 'Donor E', 'state'), (950, 'Partner', 'agency')"_s,
         u"BEGIN"_s,
         n + u"INSERT INTO journal_entry (id, date, kind, memo, posted_at, actor) SELECT i, "
             "'2026-01-' || printf('%02d', 1 + i % 28), 'receipt', 'receipt number ' || i, "
             "'2026-01-10T09:00:00Z', 'outside' FROM n"_s,
         n + u"INSERT INTO posting (entry_id, account_id, flow, date, usd_minor, donor_id) "
             "SELECT i, 1, 'receipt', '2026-01-' || printf('%02d', 1 + i % 28), 100000 + i, "
             "901 + i % 5 FROM n"_s,
         n + u"INSERT INTO posting (entry_id, account_id, flow, date, usd_minor, donor_id) "
             "SELECT i, 4, 'receipt', '2026-01-' || printf('%02d', 1 + i % 28), -(100000 + i), "
             "901 + i % 5 FROM n"_s,
         u"COMMIT"_s});
    return path;
}

/// Runs `imdp args` through imdp_peak (tests/cli/peak.cpp: a small process between this one and
/// the command, so that its ru_maxrss is the command's own), stdout and stderr to files; its
/// exit status and peak memory in kB.
std::pair<int, long> peak(const QStringList &args, const QString &dir)
{
    const QString out = dir + u"/out.txt"_s, err = dir + u"/err.txt"_s;
    std::vector<QByteArray> store{QByteArray(IMDP_PEAK), out.toLocal8Bit(), err.toLocal8Bit(),
                                  QByteArray(IMDP_CLI)};
    for (const QString &a : args)
        store.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : store)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore{"IMDP_USER=cli-tester", "IMDP_NOW=2026-11-28T09:00:00Z"};
    for (char **e = environ; *e; ++e) {
        if (!QByteArray(*e).startsWith("IMDP_"))
            envStore.emplace_back(*e);
    }
    std::vector<char *> env;
    for (QByteArray &e : envStore)
        env.push_back(e.data());
    env.push_back(nullptr);
    const QByteArray reply = (dir + u"/peak.txt"_s).toLocal8Bit();
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, reply.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), env.data()) == 0);
    posix_spawn_file_actions_destroy(&fa);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    QFile e(err);
    REQUIRE(e.open(QIODevice::ReadOnly));
    QFile r(QString::fromLocal8Bit(reply));
    REQUIRE(r.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = r.readAll().trimmed().split(' ');
    REQUIRE(fields.size() == 2);
    INFO("imdp " << args.join(u' ').toStdString() << ": " << e.readAll().toStdString());
    CHECK(fields[1].toInt() == 0);
    return {fields[1].toInt(), fields[0].toLong()};
}

} // namespace

TEST_CASE("reports and the journal listing keep the same peak memory on a fund eight times as "
          "large",
          "[cli][memory]")
{
    imdp::test::TempDir t;
    constexpr qint64 small = 10000, large = 80000; // receipts, two postings each
    const QString f1 = fundOf(t, small);
    const QString f8 = fundOf(t, large);
    const QString out = t.file(u"report.csv"_s);
    const QString xlsx = t.file(u"report.xlsx"_s);
    const QString pdf = t.file(u"report.pdf"_s);
    const QString xml = t.file(u"iati.xml"_s);
    const QList<QStringList> commands{
        {u"report"_s, u"sources-uses"_s, u"FUND"_s, u"--out"_s, out, u"--force"_s},
        {u"report"_s, u"donor-statement"_s, u"FUND"_s, u"--out"_s, out, u"--force"_s},
        {u"report"_s, u"donor-statement"_s, u"FUND"_s, u"--out"_s, xlsx, u"--force"_s},
        {u"report"_s, u"donor-statement"_s, u"FUND"_s, u"--out"_s, pdf, u"--force"_s},
        // The IATI file lists every receipt (a transaction each): it grows, the memory does not.
        {u"export"_s, u"iati"_s, u"FUND"_s, u"--out"_s, xml, u"--force"_s},
        {u"journal"_s, u"FUND"_s, u"--json"_s},
        {u"journal"_s, u"FUND"_s},
        {u"position"_s, u"FUND"_s, u"--json"_s},
    };
    for (const QStringList &c : commands) {
        QStringList a1 = c, a8 = c;
        a1.replace(c.indexOf(u"FUND"_s), f1);
        a8.replace(c.indexOf(u"FUND"_s), f8);
        const auto [s1, kb1] = peak(a1, t.dir.path());
        const auto [s8, kb8] = peak(a8, t.dir.path());
        INFO("imdp " << c.join(u' ').toStdString() << ": peak " << kb1 << " kB for " << small * 2
                     << " postings, " << kb8 << " kB for " << large * 2);
        CHECK(s1 == 0);
        CHECK(s8 == 0);
        // Loading every posting cost some 300 bytes each (40 MB more here); streamed or summed
        // by SQLite the two peaks are the same but for SQLite's bounded page cache.
        CHECK(kb8 < kb1 + 15 * 1024);
    }
    // The streamed IATI file of the larger fund: one incoming-funds transaction per receipt.
    {
        QFile f(xml);
        REQUIRE(f.open(QIODevice::ReadOnly));
        qint64 incoming = 0;
        QXmlStreamReader r(&f);
        while (!r.atEnd()) {
            if (r.readNext() == QXmlStreamReader::StartElement &&
                r.name() == u"transaction-type"_s && r.attributes().value(u"code"_s) == u"1"_s)
                ++incoming;
        }
        CHECK_FALSE(r.hasError());
        CHECK(incoming == large);
    }
    // The streamed listing is the whole journal: every entry, the JSON one document.
    const auto run = imdp::test::runCli({u"journal"_s, f1, u"--json"_s});
    REQUIRE(run.exit == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    CHECK(doc.object().value(u"entries"_s).toArray().size() == small);
    // Byte for byte what QJsonDocument writes for the same document.
    CHECK(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) == run.out);
}

TEST_CASE("the streamed journal of an empty fund is the same document as before", "[cli][memory]")
{
    imdp::test::TempDir t;
    const QString f = t.file(u"empty.imdp"_s);
    REQUIRE(imdp::test::runCli({u"init"_s, f}).exit == 0);
    const auto run = imdp::test::runCli({u"journal"_s, f, u"--json"_s});
    REQUIRE(run.exit == 0);
    CHECK(run.out == u"{\n    \"currency\": \"USD\",\n    \"entries\": [\n    ]\n}\n"_s);
    CHECK(QString::fromUtf8(QJsonDocument::fromJson(run.out.toUtf8()).toJson()) == run.out);
}
