// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/rowtrack.h"

#include "core/storage/rowtrack_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <optional>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::rowtrack {

using namespace detail;

namespace {

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

} // namespace imdp::core::rowtrack
