// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/verify.h"

#include "core/storage/anchor.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/database_p.h"
#include "core/storage/query.h"
#include "core/storage/rowtrack.h"
#include "core/storage/schemacheck.h"
#include "core/storage/sha256.h"

#include <QMutex>

#include <sqlite3.h>

#include <charconv>
#include <cstring>
#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::verify {

namespace {

QMutex s_mutex;
QList<Check> &registered()
{
    static QList<Check> all;
    return all;
}

QString num(qint64 n)
{
    return QString::number(n);
}

/// SQLite's own lines (its words, in English whatever the language).
Result<Problems> integrity(Database &db)
{
    Query q(db, u"PRAGMA integrity_check"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    Problems rows;
    while (q.next() && rows.size() < 10) {
        QStringList cells;
        for (int i = 0; i < 4 && q.value(i).isValid(); ++i)
            cells << q.text(i);
        rows << problem(u"verify.line"_s, {ErrorArg::txt(cells.join(u' '))});
    }
    if (rows.size() == 1 && rows.first().message == u"ok"_s)
        return Problems();
    return rows;
}

Result<Problems> foreignKeys(Database &db)
{
    Query q(db, u"PRAGMA foreign_key_check"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    Problems problems;
    while (q.next() && problems.size() < 10)
        problems << problem(u"verify.missing_parent"_s,
                            {ErrorArg::txt(q.text(0)), ErrorArg::txt(q.text(1)),
                             ErrorArg::txt(q.text(2))});
    return problems;
}

Result<Problems> schemaCheck(Database &db)
{
    return schema::differences(db.handle(), db.schemaVersion());
}

QList<Check> builtIn()
{
    return {{u"integrity"_s, {}, true, integrity},
            {u"foreign keys"_s, {}, true, foreignKeys},
            {u"audit chain"_s, {}, false,
             [](Database &db) -> Result<Problems> { return auditChain(db); }}};
}

/// Run after the capabilities' checks, whose findings name the figures a tamperer changed.
QList<Check> builtInLast()
{
    return {{u"schema"_s, {}, false, schemaCheck},
            {u"audit anchor"_s, {}, false, anchor::check},
            {u"rows"_s, {}, false, rowtrack::verifyRows}};
}

} // namespace

void registerCheck(Check check)
{
    QMutexLocker lock(&s_mutex);
    for (Check &c : registered()) {
        if (c.name == check.name) {
            c = std::move(check);
            return;
        }
    }
    registered().append(std::move(check));
}

QList<Check> checks()
{
    QMutexLocker lock(&s_mutex);
    return builtIn() + registered() + builtInLast();
}

bool Findings::ok() const
{
    return !cancelled &&
           std::all_of(outcomes.cbegin(), outcomes.cend(), [](const Outcome &o) { return o.ok(); });
}

QStringList Outcome::lines() const
{
    QStringList out;
    for (const Error &e : problems)
        out << e.message;
    return out;
}

Error problem(const QString &key, QList<ErrorArg> args)
{
    return Error::badFile(QString(), key, std::move(args));
}

void Listing::add(const QString &line)
{
    if (m_problems.size() < m_limit)
        m_problems << problem(u"verify.line"_s, {ErrorArg::txt(line)});
    else
        ++m_more;
}

void Listing::add(const QString &key, QList<ErrorArg> args)
{
    if (m_problems.size() < m_limit)
        m_problems << problem(key, std::move(args));
    else
        ++m_more;
}

Problems Listing::problems() const
{
    Problems out = m_problems;
    if (m_more > 0)
        out << problem(u"verify.more"_s, {ErrorArg::txt(num(m_more))});
    return out;
}

QStringList Listing::lines() const
{
    QStringList out;
    for (const Error &e : problems())
        out << e.message;
    return out;
}

namespace {

/// A run of audit rows handed to the hashing thread: each row's text as it is hashed (the stored
/// previous hash, then the canonical row, as audit::chainHash and audit::canonicalRow build
/// them) and the hash stored with it.
struct ChainBatch
{
    qint64 first = 0;           ///< the position in the chain of the batch's first row (0-based)
    std::string text;           ///< every row's hashed bytes, one after the other
    std::vector<size_t> ends;   ///< where each row's bytes end in `text`
    std::string stored;         ///< 64 hex digits per row
};

/// The position of the first row whose recomputed hash differs from its stored one; -1 if none.
/// No allocation per row: one digest context reset for each, its hex written on the stack.
qint64 firstAltered(const ChainBatch &b)
{
    static constexpr char digits[] = "0123456789abcdef";
    Sha256 sha;
    char hex[64];
    size_t from = 0;
    for (size_t i = 0; i < b.ends.size(); ++i) {
        sha.reset();
        sha.addData(QByteArrayView(b.text.data() + from, qsizetype(b.ends[i] - from)));
        const QByteArrayView d = sha.resultView();
        for (int k = 0; k < 32; ++k) {
            const auto byte = static_cast<unsigned char>(d[k]);
            hex[2 * k] = digits[byte >> 4];
            hex[2 * k + 1] = digits[byte & 15];
        }
        if (std::memcmp(hex, b.stored.data() + i * 64, 64) != 0)
            return b.first + qint64(i);
        from = b.ends[i];
    }
    return -1;
}

QByteArrayView columnBytes(sqlite3_stmt *s, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return p ? QByteArrayView(p, sqlite3_column_bytes(s, i)) : QByteArrayView();
}

} // namespace

Problems auditChain(Database &db, qint64 *rows, QString *head)
{
    const bool writes = db.schemaVersion() >= 1 && [&db] {
        Query c(db, u"SELECT 1 FROM pragma_table_info('audit_event') WHERE name = 'writes'"_s);
        return c.exec() && c.next();
    }();
    // Read with SQLite's own API, the bytes as stored (UTF-8: the canonical row is the UTF-8 of
    // its fields joined by U+001F, so it is built from them without converting to QString), and
    // hashed on a second thread while the next rows are read (issue 23).
    const char *sql = writes ? "SELECT id, at, actor, command, detail, prev_hash, hash, writes "
                               "FROM audit_event ORDER BY id"
                             : "SELECT id, at, actor, command, detail, prev_hash, hash, '' "
                               "FROM audit_event ORDER BY id";
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &q, nullptr) != SQLITE_OK) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        sqlite3_finalize(q);
        return {problem(u"verify.line"_s, {ErrorArg::txt(e)})};
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owned(q, sqlite3_finalize);

    // The first fault of the chain's structure (a missing id, a broken link), found while
    // reading, and the first altered row, found by the hashing thread: the earlier is named, and
    // on one row the order of the checks is the one of the row-by-row version (deleted, altered,
    // inserted).
    qint64 structural = -1;
    Error structuralProblem;
    bool structuralIsLink = false;
    qint64 altered = -1;
    std::future<qint64> hashing;
    const auto collect = [&] {
        if (hashing.valid()) {
            const qint64 a = hashing.get();
            if (a >= 0 && altered < 0)
                altered = a;
        }
    };
    constexpr size_t kBatchRows = 4096;
    ChainBatch batch;
    const QByteArray sep("\x1f");
    std::string prev = audit::genesis().toStdString();
    qint64 notAHash = -1;
    qint64 n = 0;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(q, 0);
        if (id != n + 1) {
            structural = n;
            structuralProblem = problem(u"verify.audit_deleted"_s,
                                        {ErrorArg::txt(num(n + 1)), ErrorArg::txt(num(id))});
            break;
        }
        const QByteArrayView storedPrev = columnBytes(q, 5);
        const QByteArrayView stored = columnBytes(q, 6);
        if (stored.size() != 64) { // not a hash at all: altered, as recomputing it says
            notAHash = n;
            break;
        }
        char number[24];
        const std::to_chars_result idText = std::to_chars(number, number + sizeof number, id);
        batch.text.append(storedPrev.data(), size_t(storedPrev.size()));
        batch.text.append(number, idText.ptr);
        for (int c = 1; c <= 4; ++c) {
            batch.text.append(sep.constData(), 1);
            const QByteArrayView v = columnBytes(q, c);
            batch.text.append(v.data(), size_t(v.size()));
        }
        const QByteArrayView w = columnBytes(q, 7);
        if (!w.isEmpty()) {
            batch.text.append(sep.constData(), 1);
            batch.text.append(w.data(), size_t(w.size()));
        }
        batch.ends.push_back(batch.text.size());
        batch.stored.append(stored.data(), 64);
        if (storedPrev != QByteArrayView(prev.data(), qsizetype(prev.size()))) {
            structural = n;
            structuralIsLink = true;
            structuralProblem = problem(u"verify.audit_inserted"_s,
                                        {ErrorArg::txt(num(id)), ErrorArg::txt(num(id - 1))});
            ++n;
            break; // this row's own hash is still checked: "altered" comes first on one row
        }
        prev.assign(stored.data(), size_t(stored.size()));
        ++n;
        if (batch.ends.size() == kBatchRows) {
            collect(); // at most one batch hashing while the next is read: bounded memory
            if (altered >= 0)
                break;
            const size_t textSize = batch.text.size();
            hashing = std::async(std::launch::async,
                                 [b = std::move(batch)] { return firstAltered(b); });
            batch = ChainBatch{};
            batch.first = n;
            batch.text.reserve(textSize + textSize / 8); // rows alike: no regrowth as it fills
            batch.ends.reserve(kBatchRows);
            batch.stored.reserve(kBatchRows * 64);
        }
    }
    collect();
    if (altered < 0 && !batch.ends.empty())
        altered = firstAltered(batch);
    if (altered < 0)
        altered = notAHash; // the last row read: any other fault found is earlier
    if (rc != SQLITE_ROW && rc != SQLITE_DONE && structural < 0 && altered < 0)
        return {problem(u"verify.line"_s,
                        {ErrorArg::txt(QString::fromUtf8(sqlite3_errmsg(db.handle())))})};
    // The earliest row with a fault; on the same row a deleted row is named before an altered
    // one, and an altered one before a broken link.
    if (altered >= 0 && (structural < 0 || altered < structural
                         || (altered == structural && structuralIsLink)))
        return {problem(u"verify.audit_altered"_s, {ErrorArg::txt(num(altered + 1))})};
    if (structural >= 0)
        return {structuralProblem};
    if (rows)
        *rows = n;
    if (head)
        *head = QString::fromStdString(prev);
    return {};
}

bool isPageLevel(const QString &checkName)
{
    return checkName == u"integrity"_s || checkName == u"foreign keys"_s;
}

Findings run(Database &db)
{
    return run(db, Options());
}

namespace {

/// Runs one check on `db` (the audit chain fills the findings' row count and head).
Outcome runOne(const Check &c, Database &db, Findings &findings)
{
    Outcome o{c.name, {}};
    if (c.name == u"audit chain"_s) {
        o.problems = auditChain(db, &findings.auditRows, &findings.auditHead);
    } else if (c.keyed) {
        if (auto r = c.keyed(db))
            o.problems = *r;
        else
            o.problems = {r.error()};
    } else if (auto r = c.run(db)) {
        for (const QString &line : *r)
            o.problems << problem(u"verify.line"_s, {ErrorArg::txt(line)});
    } else {
        o.problems = {r.error()};
    }
    return o;
}

} // namespace

Outcome runCheck(const Check &check, Database &db)
{
    Findings unused;
    return runOne(check, db, unused);
}

namespace {

/// The file behind `db` when a second connection would see what it sees: a file on disk, and
/// no transaction open on `db` (its uncommitted rows would be invisible to another connection).
QString fileForSecondConnection(Database &db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0)
        return {};
    const char *file = sqlite3_db_filename(db.handle(), "main");
    return file && *file ? QString::fromUtf8(file) : QString();
}

} // namespace

Findings run(Database &db, const Options &options)
{
    Findings findings;
    QList<Check> all = checks();
    if (options.quick)
        all.removeIf([](const Check &c) { return isPageLevel(c.name); });
    const int count = int(all.size());
    // The page-level checks read every page of the file and none of the others' results: they
    // (and any check marked ownConnection) run on a read-only connection of their own on a
    // second thread while the audit chain and the other checks run here (issue 23: verify
    // within 2x of integrity_check alone). Where no second connection can see the same rows,
    // everything runs here, in order.
    QList<Check> beside; // run on the second connection
    const QString file = fileForSecondConnection(db);
    if (!file.isEmpty()) {
        for (const Check &c : std::as_const(all)) {
            if (c.ownConnection)
                beside.append(c);
        }
    }
    const auto elsewhere = [&beside](const Check &c) {
        return !beside.isEmpty() && c.ownConnection;
    };
    const auto stop = [&options] { return options.cancelled && options.cancelled(); };
    std::future<QList<Outcome>> onSecond;
    if (!beside.isEmpty()) {
        onSecond = std::async(std::launch::async, [file, beside, &options, stop] {
            QList<Outcome> outcomes;
            auto reader = Database::openReader(file);
            if (!reader) {
                for (const Check &c : beside)
                    outcomes.append(Outcome{c.name, {reader.error()}});
                return outcomes;
            }
            const detail::CancelPoll poll((*reader)->handle(), options.cancelled);
            Findings unused;
            for (const Check &c : beside) {
                if (stop())
                    break;
                outcomes.append(runOne(c, **reader, unused));
            }
            return outcomes;
        });
    }
    QList<Outcome> here;
    int firstBeside = -1;
    {
        const detail::CancelPoll poll(db.handle(), options.cancelled);
        for (int i = 0; i < count; ++i) {
            const Check &c = all.at(i);
            if (elsewhere(c)) {
                if (firstBeside < 0)
                    firstBeside = i;
                continue;
            }
            if (stop())
                break;
            if (options.onCheck)
                options.onCheck(c.name, i, count);
            here.append(runOne(c, db, findings));
        }
    }
    QList<Outcome> second;
    if (onSecond.valid()) {
        if (options.onCheck && !stop() &&
            onSecond.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
            options.onCheck(beside.first().name, firstBeside, count);
        second = onSecond.get();
    }
    // A check stopped part-way proves nothing either way (what it found may be the interrupted
    // statement): a cancelled run keeps no outcome.
    findings.cancelled = stop();
    if (findings.cancelled)
        return findings;
    // The outcomes in the checks' order, wherever each ran.
    for (const Check &c : std::as_const(all)) {
        QList<Outcome> &from = elsewhere(c) ? second : here;
        findings.outcomes.append(from.takeFirst());
    }
    return findings;
}

} // namespace imdp::core::verify
