// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/rowtrack.h"

#include "core/storage/database.h"
#include "core/storage/sha256.h"
#include "core/storage/verify.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <charconv>
#include <future>
#include <limits>
#include <optional>
#include <string>
#include <system_error>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::rowtrack {

namespace {

constexpr int kHashBytes = 16;      ///< a row hash: the first 128 bits of SHA-256
constexpr qsizetype kListRows = 16; ///< inserted rows listed hash by hash up to this many
using RowHash = std::array<char, kHashBytes>;

/// A row's canonical text: its table, then its row id and each column (in declaration order) typed,
/// so 1 and '1' or NULL and '' never read alike. SHA-256 over it, truncated.
class Hasher
{
public:
    void start(const QByteArray &table)
    {
        m_text.clear();
        m_text.append(table.constData(), size_t(table.size()));
        m_text += '\x1f';
    }
    void integer(qint64 v)
    {
        m_text += 'I';
        number(v);
        m_text += ';';
    }
    void real(double v)
    {
        m_text += 'F';
        m_text += QByteArray::number(v, 'g', 17).toStdString();
        m_text += ';';
    }
    void bytes(char tag, const void *p, int n)
    {
        m_text += tag;
        number(n);
        m_text += ':';
        m_text.append(static_cast<const char *>(p), size_t(n));
    }
    void null() { m_text += "N;"; }
    /// The canonical text built since start() (a std::string: appending a character is inline,
    /// which measurably matters for every column of every row written).
    const std::string &text() const { return m_text; }
    RowHash finish()
    {
        m_hash.reset();
        m_hash.addData(QByteArrayView(m_text.data(), qsizetype(m_text.size())));
        RowHash out;
        std::copy_n(m_hash.resultView().data(), kHashBytes, out.begin());
        return out;
    }
    /// Column i of a statement's current row.
    void column(sqlite3_stmt *s, int i)
    {
        switch (sqlite3_column_type(s, i)) {
        case SQLITE_INTEGER:
            integer(sqlite3_column_int64(s, i));
            break;
        case SQLITE_FLOAT:
            real(sqlite3_column_double(s, i));
            break;
        case SQLITE_TEXT: {
            const auto *t = sqlite3_column_text(s, i);
            bytes('T', t, sqlite3_column_bytes(s, i));
            break;
        }
        case SQLITE_BLOB: {
            const void *b = sqlite3_column_blob(s, i);
            bytes('B', b, sqlite3_column_bytes(s, i));
            break;
        }
        default:
            null();
        }
    }
    /// A function argument (the same typing as column()).
    void value(sqlite3_value *v)
    {
        switch (sqlite3_value_type(v)) {
        case SQLITE_INTEGER:
            integer(sqlite3_value_int64(v));
            break;
        case SQLITE_FLOAT:
            real(sqlite3_value_double(v));
            break;
        case SQLITE_TEXT: {
            const auto *t = sqlite3_value_text(v);
            bytes('T', t, sqlite3_value_bytes(v));
            break;
        }
        case SQLITE_BLOB: {
            const void *b = sqlite3_value_blob(v);
            bytes('B', b, sqlite3_value_bytes(v));
            break;
        }
        default:
            null();
        }
    }

private:
    /// Decimal digits appended in place (no temporary: this runs for every column written).
    void number(qint64 v)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
        m_text.append(digits, size_t(end - digits));
    }
    std::string m_text;
    Sha256 m_hash;
};

QString hex(const RowHash &h)
{
    return QString::fromLatin1(QByteArray(h.data(), kHashBytes).toHex());
}

QByteArray quoted(const QString &name)
{
    QString q = name;
    q.replace(u'"', u"\"\""_s);
    return (u'"' + q + u'"').toUtf8();
}

Error sqliteError(sqlite3 *db, const QString &what)
{
    return Error::io(what, u"storage.system_at"_s,
                     {ErrorArg::txt(what), ErrorArg::txt(QString::fromUtf8(sqlite3_errmsg(db)))});
}

/// A prepared statement finalized on scope exit.
struct Statement
{
    sqlite3_stmt *s = nullptr;
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK)
            s = nullptr;
    }
    ~Statement() { sqlite3_finalize(s); }
    Q_DISABLE_COPY_MOVE(Statement)
};

/// Calls `f(rowid, hasher)` for each of `table`'s rows with row id in [lo, hi] (all rows: lo > hi),
/// in row-id order, the hasher holding the row's canonical text.
template<typename F>
Status eachRow(sqlite3 *db, const QString &table, qint64 lo, qint64 hi, F f)
{
    const bool all = lo > hi;
    Statement st(db, "SELECT rowid, * FROM main." + quoted(table) +
                         (all ? QByteArray() : QByteArray(" WHERE rowid BETWEEN ?1 AND ?2")) +
                         " ORDER BY rowid");
    if (!st.s)
        return sqliteError(db, u"reading table %1"_s.arg(table));
    if (!all) {
        sqlite3_bind_int64(st.s, 1, lo);
        sqlite3_bind_int64(st.s, 2, hi);
    }
    Hasher h;
    const QByteArray name = table.toUtf8();
    const int n = sqlite3_column_count(st.s);
    int rc;
    while ((rc = sqlite3_step(st.s)) == SQLITE_ROW) {
        h.start(name);
        for (int i = 0; i < n; ++i)
            h.column(st.s, i);
        f(sqlite3_column_int64(st.s, 0), h);
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db, u"reading table %1"_s.arg(table));
    return {};
}

/// Row ids and hashes of `table`'s rows with row id in [lo, hi] (all rows: lo > hi).
Status readRows(sqlite3 *db, const QString &table, qint64 lo, qint64 hi,
                std::vector<std::pair<qint64, RowHash>> &out)
{
    return eachRow(db, table, lo, hi,
                   [&out](qint64 rowid, Hasher &h) { out.emplace_back(rowid, h.finish()); });
}

/// SHA-256 over the canonical texts of rows, one after the other, hashed in blocks: what an
/// append-only table's inserted rows are recorded as (no hash per row to compute).
class Stream
{
    Q_DISABLE_COPY_MOVE(Stream)
public:
    Stream() = default;
    ~Stream()
    {
        if (m_pending.valid())
            m_pending.wait(); // the block being hashed belongs to this object
    }
    void add(const std::string &text)
    {
        m_buffer.append(text.data(), qsizetype(text.size()));
        m_buffer += '\n';
        if (m_buffer.size() >= 64 * 1024)
            flush();
    }
    QString hex()
    {
        flush();
        if (m_pending.valid())
            m_pending.wait();
        return QString::fromLatin1(m_hash.result().toHex());
    }

private:
    /// A block is hashed on another core while the next one is read (as ReceiptDigest does);
    /// blocks still reach the hash one at a time, in order.
    void flush()
    {
        if (m_pending.valid())
            m_pending.wait();
        m_hashing.swap(m_buffer);
        m_buffer.resize(0);
        try {
            m_pending = std::async(std::launch::async, [this] { m_hash.addData(m_hashing); });
        } catch (const std::system_error &) {
            m_hash.addData(m_hashing); // no thread to be had: the same digest, on this one
            m_pending = {};
        }
    }
    QByteArray m_buffer;
    QByteArray m_hashing;
    Sha256 m_hash;
    std::future<void> m_pending;
};

/// Sorted row ids as ranges of consecutive ids.
std::vector<std::pair<qint64, qint64>> rangesOf(const std::vector<qint64> &rowids)
{
    std::vector<std::pair<qint64, qint64>> out;
    for (size_t i = 0; i < rowids.size();) {
        size_t j = i;
        while (j + 1 < rowids.size() && rowids[j + 1] == rowids[j] + 1)
            ++j;
        out.emplace_back(rowids[i], rowids[j]);
        i = j + 1;
    }
    return out;
}

QJsonArray rangesJson(const std::vector<std::pair<qint64, qint64>> &ranges)
{
    QJsonArray out;
    for (const auto &[lo, hi] : ranges)
        out.append(QJsonArray{lo, hi});
    return out;
}

/// The JSON of inserted rows (sorted by row id): ranges, and the hashes or their digest.
void insertsJson(QJsonObject &t, const std::vector<std::pair<qint64, RowHash>> &rows)
{
    std::vector<qint64> rowids;
    rowids.reserve(rows.size());
    for (const auto &r : rows)
        rowids.push_back(r.first);
    t.insert(u"ins"_s, rangesJson(rangesOf(rowids)));
    if (qsizetype(rows.size()) <= kListRows) {
        QJsonArray list;
        for (const auto &r : rows)
            list.append(hex(r.second));
        t.insert(u"rows"_s, list);
    } else {
        QCryptographicHash d(QCryptographicHash::Sha256);
        for (const auto &r : rows)
            d.addData(QByteArrayView(r.second.data(), kHashBytes));
        t.insert(u"dig"_s, QString::fromLatin1(d.result().toHex()));
    }
}

QString compact(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList trackedTables(sqlite3 *db)
{
    QStringList out;
    Statement st(db, "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                     "'sqlite\\_%' ESCAPE '\\' AND name <> 'audit_event' ORDER BY name");
    while (st.s && sqlite3_step(st.s) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.s, 0)));
    return out;
}

Tracker::Tracker(sqlite3 *db)
    : m_db(db)
{
    sqlite3_update_hook(m_db, &Tracker::onUpdate, this);
    // Direct-only: callable from our TEMP triggers, never from a trigger or view in the file.
    sqlite3_create_function_v2(m_db, "imdp_row_before", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, this,
                               &Tracker::beforeImage, nullptr, nullptr, nullptr);
}

Tracker::~Tracker()
{
    sqlite3_update_hook(m_db, nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "imdp_row_before", -1, SQLITE_UTF8, nullptr, nullptr, nullptr,
                               nullptr, nullptr);
}

Status Tracker::installTriggers()
{
    // Tables whose rows the schema itself refuses to update or delete.
    m_appendOnly.clear();
    {
        Statement st(m_db, "SELECT u.tbl_name FROM main.sqlite_master u JOIN main.sqlite_master d "
                           "ON d.tbl_name = u.tbl_name AND d.type = 'trigger' "
                           "AND d.name = d.tbl_name || '_no_delete' "
                           "WHERE u.type = 'trigger' AND u.name = u.tbl_name || '_no_update'");
        while (st.s && sqlite3_step(st.s) == SQLITE_ROW)
            m_appendOnly.insert(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.s, 0))));
    }
    QByteArray sql;
    {
        Statement old(m_db, "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name "
                            "LIKE 'imdp\\_before\\_%' ESCAPE '\\'");
        while (old.s && sqlite3_step(old.s) == SQLITE_ROW)
            sql += "DROP TRIGGER temp." +
                   quoted(QString::fromUtf8(
                       reinterpret_cast<const char *>(sqlite3_column_text(old.s, 0)))) +
                   ";";
    }
    for (const QString &table : trackedTables(m_db)) {
        QByteArray args = "'" + table.toUtf8() + "', OLD.rowid";
        Statement cols(m_db, "SELECT name FROM pragma_table_info(?1, 'main') ORDER BY cid");
        if (!cols.s)
            return sqliteError(m_db, u"reading the columns of %1"_s.arg(table));
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(cols.s, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(cols.s) == SQLITE_ROW)
            args += ", OLD." + quoted(QString::fromUtf8(
                                   reinterpret_cast<const char *>(sqlite3_column_text(cols.s, 0))));
        for (const char *op : {"UPDATE", "DELETE"}) {
            sql += "CREATE TEMP TRIGGER " +
                   quoted(u"imdp_before_%1_%2"_s.arg(QString::fromLatin1(op).toLower(), table)) +
                   " BEFORE " + op + " ON main." + quoted(table) +
                   " BEGIN SELECT imdp_row_before(" + args + "); END;";
        }
    }
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error::io(u""_s, u"storage.cannot_watch_rows_written"_s, {ErrorArg::txt(text)});
    }
    return {};
}

int Tracker::tableId(const char *table)
{
    if (!m_lastName.isNull() && qstrcmp(table, m_lastName.constData()) == 0)
        return m_lastId;
    const QByteArray name(table);
    int id = m_tableIds.value(name, -2);
    if (id == -2) {
        if (name == "audit_event" || name.startsWith("sqlite_")) {
            id = -1;
        } else {
            id = int(m_tables.size());
            m_tables << QString::fromUtf8(name);
        }
        m_tableIds.insert(name, id);
    }
    m_lastName = name;
    m_lastId = id;
    return id;
}

void Tracker::onUpdate(void *self, int op, const char *database, const char *table, long long rowid)
{
    auto *t = static_cast<Tracker *>(self);
    if (qstrcmp(database, "main") != 0)
        return;
    const int id = t->tableId(table);
    if (id < 0)
        return;
    Change c{id, op, rowid, {}};
    if (op != SQLITE_INSERT) {
        const auto it = t->m_before.find({id, rowid});
        if (it != t->m_before.end()) {
            c.before = std::move(it->second);
            t->m_before.erase(it);
        }
    }
    t->m_changes.push_back(std::move(c));
}

void Tracker::beforeImage(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    auto *t = static_cast<Tracker *>(sqlite3_user_data(context));
    if (argc < 2) {
        sqlite3_result_null(context);
        return;
    }
    const auto *name = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int id = name ? t->tableId(name) : -1;
    if (id >= 0) {
        Hasher h;
        h.start(QByteArray(name));
        for (int i = 1; i < argc; ++i)
            h.value(argv[i]);
        const RowHash r = h.finish();
        t->m_before[{id, sqlite3_value_int64(argv[1])}] = QByteArray(r.data(), kHashBytes);
    }
    sqlite3_result_null(context);
}

void Tracker::begin(int level)
{
    m_marks.resize(size_t(level) + 1);
    m_marks[size_t(level)] = {m_changes.size(), m_taken};
}

void Tracker::rollback(int level)
{
    if (size_t(level) >= m_marks.size())
        return;
    const Mark m = m_marks[size_t(level)];
    m_changes.resize(m.changes);
    m_taken = m.taken;
    m_before.clear();
    m_marks.resize(size_t(level));
}

void Tracker::release(int level)
{
    m_marks.resize(size_t(level));
    if (level == 0 && !pending()) {
        m_changes.clear();
        m_changes.shrink_to_fit();
        m_taken = 0;
    }
}

void Tracker::discard()
{
    m_taken = m_changes.size();
    m_before.clear();
}

Result<QString> Tracker::take()
{
    if (!pending())
        return QString();
    std::map<int, std::vector<qint64>> inserted;
    std::map<int, std::vector<std::pair<qint64, QByteArray>>> updated, deleted;
    const auto first = m_changes.begin() + qsizetype(m_taken);
    const bool onlyInserts =
        std::all_of(first, m_changes.end(), [](const Change &c) { return c.op == SQLITE_INSERT; });
    if (onlyInserts) {
        for (auto it = first; it != m_changes.end(); ++it)
            inserted[it->table].push_back(it->rowid);
    } else {
        // A row's net change over the command: where it started (present, with its hash, or
        // absent) and where it ended.
        struct Net
        {
            bool wasPresent;
            QByteArray before;
            bool isPresent;
        };
        std::map<std::pair<int, qint64>, Net> net;
        for (auto it = first; it != m_changes.end(); ++it) {
            auto [n, fresh] = net.try_emplace({it->table, it->rowid},
                                              Net{it->op != SQLITE_INSERT, it->before, false});
            n->second.isPresent = it->op != SQLITE_DELETE;
        }
        for (const auto &[key, n] : net) {
            if (!n.wasPresent && n.isPresent)
                inserted[key.first].push_back(key.second);
            else if (n.wasPresent && n.isPresent)
                updated[key.first].emplace_back(key.second, n.before);
            else if (n.wasPresent)
                deleted[key.first].emplace_back(key.second, n.before);
        }
    }
    m_taken = m_changes.size();

    QJsonObject out;
    std::map<int, QJsonObject> tables;
    for (auto &[id, rowids] : inserted) {
        std::sort(rowids.begin(), rowids.end());
        if (qsizetype(rowids.size()) > kListRows && m_appendOnly.contains(m_tables.at(id))) {
            // Rows nothing may update or delete (an import's entries, postings and receipts):
            // one digest over their text, which `verify` recomputes from the rows themselves.
            Stream stream;
            const auto ranges = rangesOf(rowids);
            for (const auto &[lo, hi] : ranges) {
                qint64 count = 0;
                if (auto s = eachRow(m_db, m_tables.at(id), lo, hi,
                                     [&](qint64, Hasher &h) {
                                         stream.add(h.text());
                                         ++count;
                                     });
                    !s)
                    return s.error();
                if (count != hi - lo + 1)
                    return Error::io(
                        u""_s, u"storage.table_rows_were_written"_s,
                        {ErrorArg::txt(m_tables.at(id)), ErrorArg::num(lo), ErrorArg::num(hi)});
            }
            tables[id].insert(u"ins"_s, rangesJson(ranges));
            tables[id].insert(u"sdig"_s, stream.hex());
            continue;
        }
        std::vector<std::pair<qint64, RowHash>> rows;
        rows.reserve(rowids.size());
        for (size_t i = 0; i < rowids.size();) {
            size_t j = i;
            while (j + 1 < rowids.size() && rowids[j + 1] == rowids[j] + 1)
                ++j;
            const size_t before = rows.size();
            if (auto s = readRows(m_db, m_tables.at(id), rowids[i], rowids[j], rows); !s)
                return s.error();
            if (rows.size() - before != j - i + 1)
                return Error::io(u""_s, u"storage.table_rows_were_written"_s,
                                 {ErrorArg::txt(m_tables.at(id)), ErrorArg::num(rowids[i]),
                                  ErrorArg::num(rowids[j])});
            i = j + 1;
        }
        insertsJson(tables[id], rows);
    }
    for (const auto &[id, rows] : updated) {
        QJsonArray list;
        for (const auto &[rowid, before] : rows) {
            std::vector<std::pair<qint64, RowHash>> now;
            if (auto s = readRows(m_db, m_tables.at(id), rowid, rowid, now); !s)
                return s.error();
            if (now.size() != 1)
                return Error::io(u""_s, u"storage.table_row_was_written"_s,
                                 {ErrorArg::txt(m_tables.at(id)), ErrorArg::num(rowid)});
            list.append(QJsonArray{rowid, QString::fromLatin1(before.toHex()), hex(now[0].second)});
        }
        tables[id].insert(u"upd"_s, list);
    }
    for (const auto &[id, rows] : deleted) {
        QJsonArray list;
        for (const auto &[rowid, before] : rows)
            list.append(QJsonArray{rowid, QString::fromLatin1(before.toHex())});
        tables[id].insert(u"del"_s, list);
    }
    for (const auto &[id, t] : tables)
        out.insert(m_tables.at(id), t);
    return compact(out);
}

Result<QString> baseline(sqlite3 *db)
{
    QJsonObject out;
    for (const QString &table : trackedTables(db)) {
        std::vector<std::pair<qint64, RowHash>> rows;
        if (auto s = readRows(db, table, 1, 0, rows); !s)
            return s.error();
        if (rows.empty())
            continue;
        QJsonObject t;
        insertsJson(t, rows);
        out.insert(table, t);
    }
    return compact(out);
}

namespace {

bool hasWritesColumn(sqlite3 *db)
{
    Statement st(db,
                 "SELECT 1 FROM pragma_table_info('audit_event', 'main') WHERE name = 'writes'");
    return st.s && sqlite3_step(st.s) == SQLITE_ROW;
}

RowHash fromHex(const QString &text, bool *ok)
{
    const QByteArray b = QByteArray::fromHex(text.toLatin1());
    RowHash out{};
    *ok = b.size() == kHashBytes;
    if (*ok)
        std::copy_n(b.constData(), kHashBytes, out.begin());
    return out;
}

/// One command's rows inserted into one table.
struct Group
{
    qint64 audit = 0;
    int table = 0;
    std::vector<std::pair<qint64, qint64>> ranges;
    QString stream;        ///< over the rows' text (an append-only table), or:
    QString digest;        ///< over the row hashes, or:
    QStringList rowHashes; ///< the row hashes themselves (a few rows)
};

struct Event
{
    qint64 audit = 0;
    int op = SQLITE_INSERT;
    RowHash before{};
    RowHash after{};
    int group = -1; ///< an insert: its group
};

struct Replay
{
    QStringList tables;
    QHash<QString, int> ids;
    std::vector<Group> groups;
    std::vector<std::vector<int>> groupsOf;                       ///< per table
    std::map<std::pair<int, qint64>, std::vector<Event>> events;  ///< updated or deleted rows
    std::vector<std::vector<std::pair<qint64, RowHash>>> current; ///< per table, by row id

    int id(const QString &table)
    {
        auto it = ids.constFind(table);
        if (it != ids.cend())
            return *it;
        const int n = int(tables.size());
        tables << table;
        ids.insert(table, n);
        groupsOf.emplace_back();
        current.emplace_back();
        return n;
    }
    const RowHash *now(int table, qint64 rowid) const
    {
        const auto &rows = current[size_t(table)];
        const auto it = std::lower_bound(rows.begin(), rows.end(), rowid,
                                         [](const auto &r, qint64 v) { return r.first < v; });
        return it != rows.end() && it->first == rowid ? &it->second : nullptr;
    }
    QString row(int table, qint64 rowid) const
    {
        return u"%1 row %2"_s.arg(tables.at(table)).arg(rowid);
    }
};

Status readChain(sqlite3 *db, Replay &r, verify::Listing &problems)
{
    Statement st(db, "SELECT id, writes FROM audit_event WHERE writes <> '' ORDER BY id");
    if (!st.s)
        return sqliteError(db, u"reading the audit trail"_s);
    while (sqlite3_step(st.s) == SQLITE_ROW) {
        const qint64 audit = sqlite3_column_int64(st.s, 0);
        const QByteArray text(reinterpret_cast<const char *>(sqlite3_column_text(st.s, 1)),
                              sqlite3_column_bytes(st.s, 1));
        const QJsonObject writes = QJsonDocument::fromJson(text).object();
        if (writes.isEmpty()) {
            problems.add(
                u"audit row %1: its record of the rows written cannot be read"_s.arg(audit));
            continue;
        }
        for (auto t = writes.begin(); t != writes.end(); ++t) {
            const int table = r.id(t.key());
            const QJsonObject o = t.value().toObject();
            if (o.contains(u"ins"_s)) {
                Group g;
                g.audit = audit;
                g.table = table;
                for (const QJsonValue &range : o.value(u"ins"_s).toArray())
                    g.ranges.emplace_back(range[0].toInteger(), range[1].toInteger());
                g.digest = o.value(u"dig"_s).toString();
                g.stream = o.value(u"sdig"_s).toString();
                for (const QJsonValue &h : o.value(u"rows"_s).toArray())
                    g.rowHashes << h.toString();
                r.groupsOf[size_t(table)].push_back(int(r.groups.size()));
                r.groups.push_back(std::move(g));
            }
            for (const char16_t *kind : {u"upd", u"del"}) {
                const bool update = kind == std::u16string_view(u"upd");
                for (const QJsonValue &v : o.value(QString::fromUtf16(kind)).toArray()) {
                    const QJsonArray a = v.toArray();
                    Event e;
                    e.audit = audit;
                    e.op = update ? SQLITE_UPDATE : SQLITE_DELETE;
                    bool ok = true, ok2 = true;
                    e.before = fromHex(a.at(1).toString(), &ok);
                    if (update)
                        e.after = fromHex(a.at(2).toString(), &ok2);
                    if (!ok || !ok2)
                        problems.add(
                            u"audit row %1: its record of %2 cannot be read"_s.arg(audit).arg(
                                r.row(table, a.at(0).toInteger())));
                    r.events[{table, a.at(0).toInteger()}].push_back(e);
                }
            }
        }
    }
    return {};
}

} // namespace

namespace {

/// An append-only group's rows as the pass over its table meets them: their text streamed into
/// one digest, and the rows of its ranges found missing.
struct StreamCheck
{
    std::unique_ptr<Stream> stream;
    bool complete = true;
};

/// One range of a group's inserted rows, with the next row id expected in it.
struct Span
{
    qint64 lo = 0, hi = 0;
    int group = 0;
    qint64 expected = 0;
};

/// One pass over table `t` (issue 23: every row read once, whatever checks it serves). Each row
/// inside an append-only group's range has its text streamed into that group's digest (no hash
/// of its own); a row that also answers to a group recorded row by row, or that an audit row
/// updated or deleted, gets its hash kept in `r.current` for the replay; a row no group
/// inserted and no audit row touched goes to `uncovered`. The rows of a streamed range that are
/// missing are named as deleted, as the ranges are walked.
Status passOver(sqlite3 *h, Replay &r, int t, std::vector<StreamCheck> &streams,
                std::vector<std::pair<int, qint64>> &uncovered, verify::Listing &problems)
{
    std::vector<Span> streamed;
    std::vector<std::pair<qint64, qint64>> hashed; ///< ranges of groups recorded row by row
    for (const int g : r.groupsOf[size_t(t)]) {
        const Group &grp = r.groups[size_t(g)];
        for (const auto &[lo, hi] : grp.ranges) {
            if (grp.stream.isEmpty())
                hashed.emplace_back(lo, hi);
            else
                streamed.push_back({lo, hi, g, lo});
        }
    }
    const auto byStart = [](const auto &a, const auto &b) { return a.lo < b.lo; };
    std::stable_sort(streamed.begin(), streamed.end(), byStart);
    std::sort(hashed.begin(), hashed.end());
    const auto missing = [&](Span &sp, qint64 upTo) {
        for (; sp.expected < upTo && sp.expected <= sp.hi; ++sp.expected) {
            problems.add(u"%1: deleted outside the application (inserted by audit row %2)"_s
                             .arg(r.row(t, sp.expected))
                             .arg(r.groups[size_t(sp.group)].audit));
            streams[size_t(sp.group)].complete = false;
        }
    };
    size_t nextStreamed = 0, nextHashed = 0;
    std::vector<size_t> active; ///< streamed spans that may hold the current row
    qint64 hashedReach = std::numeric_limits<qint64>::min();
    const auto &events = r.events;
    auto &current = r.current[size_t(t)];
    auto s = eachRow(h, r.tables.at(t), 1, 0, [&](qint64 rowid, Hasher &hasher) {
        while (nextStreamed < streamed.size() && streamed[nextStreamed].lo <= rowid)
            active.push_back(nextStreamed++);
        while (nextHashed < hashed.size() && hashed[nextHashed].first <= rowid)
            hashedReach = std::max(hashedReach, hashed[nextHashed++].second);
        bool inStream = false;
        for (size_t i = 0; i < active.size();) {
            Span &sp = streamed[active[i]];
            missing(sp, rowid);
            if (sp.hi < rowid) { // ended before this row: done with it
                active.erase(active.begin() + qsizetype(i));
                continue;
            }
            StreamCheck &sc = streams[size_t(sp.group)];
            if (!sc.stream)
                sc.stream = std::make_unique<Stream>();
            sc.stream->add(hasher.text());
            sp.expected = rowid + 1;
            inStream = true;
            ++i;
        }
        const bool touched = events.count({t, rowid}) != 0;
        if (touched || hashedReach >= rowid)
            current.emplace_back(rowid, hasher.finish());
        else if (!inStream)
            uncovered.emplace_back(t, rowid);
    });
    if (!s)
        return s;
    for (size_t i = nextStreamed; i < streamed.size(); ++i)
        active.push_back(i);
    for (const size_t i : active)
        missing(streamed[i], streamed[i].hi + 1);
    return {};
}

} // namespace

Result<QStringList> verifyRows(Database &db)
{
    sqlite3 *h = db.handle();
    if (!hasWritesColumn(h))
        return QStringList(); // a file before rows were tracked (it is upgraded when written)
    Replay r;
    verify::Listing problems(20); // a tampering often names many rows
    for (const QString &t : trackedTables(h))
        r.id(t);
    if (auto s = readChain(h, r, problems); !s)
        return s.error();
    const QStringList present = trackedTables(h);
    std::vector<StreamCheck> streams(r.groups.size());
    std::vector<std::pair<int, qint64>> uncovered; ///< rows no audit row inserted (table, row id)
    for (int t = 0; t < int(r.tables.size()); ++t) {
        if (!present.contains(r.tables.at(t))) {
            // A table gone is a schema difference, named by the "schema" check.
            for (const int g : r.groupsOf[size_t(t)])
                streams[size_t(g)].complete = false;
            continue;
        }
        if (auto s = passOver(h, r, t, streams, uncovered, problems); !s)
            return s.error();
    }

    // Rows changed after their insert: replay each one's history. What a row held when it was
    // inserted is the "before" of its first change (or what it holds now, if never changed).
    std::map<std::pair<int, qint64>, std::optional<RowHash>> atInsert; ///< (group, row id)
    for (auto &[key, evs] : r.events) {
        const auto [table, rowid] = key;
        for (const int g : r.groupsOf[size_t(table)]) {
            for (const auto &[lo, hi] : r.groups[size_t(g)].ranges) {
                if (rowid >= lo && rowid <= hi) {
                    Event e;
                    e.audit = r.groups[size_t(g)].audit;
                    e.group = g;
                    evs.push_back(e);
                }
            }
        }
        std::stable_sort(evs.begin(), evs.end(),
                         [](const Event &a, const Event &b) { return a.audit < b.audit; });
        enum { Absent, Inserted, Known } state = Absent;
        int group = -1;
        RowHash hash{};
        qint64 last = 0;
        for (const Event &e : evs) {
            if (e.op == SQLITE_INSERT) {
                state = Inserted;
                group = e.group;
            } else {
                if (state == Absent)
                    problems.add(u"%1: audit row %2 changed it, but no audit row inserted it "
                                 "(inserted outside the application)"_s.arg(r.row(table, rowid))
                                     .arg(e.audit));
                else if (state == Inserted)
                    atInsert[{group, rowid}] = e.before;
                else if (hash != e.before)
                    problems.add(u"%1: altered outside the application between audit rows %2 and "
                                 "%3"_s.arg(r.row(table, rowid))
                                     .arg(last)
                                     .arg(e.audit));
                state = e.op == SQLITE_UPDATE ? Known : Absent;
                hash = e.after;
            }
            last = e.audit;
        }
        const RowHash *now = r.now(table, rowid);
        if (state == Absent && now)
            problems.add(u"%1: inserted with no audit row (added outside the application)"_s.arg(
                r.row(table, rowid)));
        else if (state != Absent && !now)
            problems.add(u"%1: deleted outside the application (last written by audit row %2)"_s
                             .arg(r.row(table, rowid))
                             .arg(last));
        else if (state == Known && *now != hash)
            problems.add(u"%1: altered outside the application (last written by audit row %2)"_s
                             .arg(r.row(table, rowid))
                             .arg(last));
        if (state == Inserted)
            atInsert[{group, rowid}] = now ? std::optional<RowHash>(*now) : std::nullopt;
    }

    // Every row present must have been inserted by some audit row (found during the pass).
    for (const auto &[t, rowid] : uncovered)
        problems.add(u"%1: inserted with no audit row (added outside the application)"_s.arg(
            r.row(t, rowid)));

    // Each command's inserted rows as it wrote them: their hashes, or their digest.
    for (int g = 0; g < int(r.groups.size()); ++g) {
        const Group &grp = r.groups[size_t(g)];
        if (!grp.stream.isEmpty()) {
            StreamCheck &sc = streams[size_t(g)];
            if (sc.complete && (sc.stream ? sc.stream->hex() : Stream().hex()) != grp.stream)
                problems.add(u"%1 rows %2 to %3: altered outside the application (no longer the "
                             "rows audit row %4 wrote)"_s.arg(r.tables.at(grp.table))
                                 .arg(grp.ranges.front().first)
                                 .arg(grp.ranges.back().second)
                                 .arg(grp.audit));
            continue;
        }
        std::vector<std::pair<qint64, RowHash>> rows;
        bool complete = true;
        qsizetype position = 0;
        for (const auto &[lo, hi] : grp.ranges) {
            for (qint64 rowid = lo; rowid <= hi; ++rowid, ++position) {
                std::optional<RowHash> hash;
                if (r.events.count({grp.table, rowid})) {
                    const auto it = atInsert.find({g, rowid});
                    if (it != atInsert.end())
                        hash = it->second;
                } else if (const RowHash *now = r.now(grp.table, rowid)) {
                    hash = *now;
                } else {
                    problems.add(u"%1: deleted outside the application (inserted by audit row "
                                 "%2)"_s.arg(r.row(grp.table, rowid))
                                     .arg(grp.audit));
                }
                if (!hash) {
                    complete = false; // named already
                    continue;
                }
                if (!grp.rowHashes.isEmpty() && hex(*hash) != grp.rowHashes.value(position))
                    problems.add(u"%1: altered outside the application (written by audit row "
                                 "%2)"_s.arg(r.row(grp.table, rowid))
                                     .arg(grp.audit));
                rows.emplace_back(rowid, *hash);
            }
        }
        if (!grp.rowHashes.isEmpty())
            continue;
        if (!complete)
            continue;
        QCryptographicHash d(QCryptographicHash::Sha256);
        for (const auto &row : rows)
            d.addData(QByteArrayView(row.second.data(), kHashBytes));
        if (QString::fromLatin1(d.result().toHex()) != grp.digest)
            problems.add(u"%1 rows %2 to %3: altered outside the application (no longer the rows "
                         "audit row %4 wrote)"_s.arg(r.tables.at(grp.table))
                             .arg(grp.ranges.front().first)
                             .arg(grp.ranges.back().second)
                             .arg(grp.audit));
    }
    return problems.lines();
}

} // namespace imdp::core::rowtrack
