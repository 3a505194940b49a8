// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// Internal to core/storage: what the row tracker (rowtrack.cpp, recording what a command wrote)
// and the "rows" check (rowverify.cpp, replaying the record against the file) both need: a row's
// canonical text and hash, the append-only tables' streamed digest, reading a table's rows.

#include "core/result.h"
#include "core/storage/sha256.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <charconv>
#include <future>
#include <string>
#include <system_error>
#include <vector>

#include <sqlite3.h>

namespace imdp::core::rowtrack::detail {

using namespace Qt::Literals::StringLiterals;

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

inline QString hex(const RowHash &h)
{
    return QString::fromLatin1(QByteArray(h.data(), kHashBytes).toHex());
}

inline QByteArray quoted(const QString &name)
{
    QString q = name;
    q.replace(u'"', u"\"\""_s);
    return (u'"' + q + u'"').toUtf8();
}

inline Error sqliteError(sqlite3 *db, const QString &what)
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
inline Status readRows(sqlite3 *db, const QString &table, qint64 lo, qint64 hi,
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

} // namespace imdp::core::rowtrack::detail
