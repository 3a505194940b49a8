// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QVarLengthArray>
#include <QVariant>

#include <type_traits>

struct sqlite3_stmt;

namespace imdp::core {

class Database;

/// A prepared, forward-only statement whose failures come back as readable Errors naming the file.
/// All SQL values are bound parameters: no text is ever spliced into SQL.
///
/// Statements are SQLite's own, on the connection Qt SQL opened and configured. Two measured
/// reasons (docs/performance.md, "Ledger"): preparing cost more than running most of our
/// statements, so each connection keeps its prepared statements and a Query takes an idle one
/// of the same SQL and gives it back, reset, when it goes out of scope; and Qt's binding layer
/// formats a placeholder name and copies a QVariant for every value bound, which cost more than
/// SQLite's own insert. A batch of commands, such as an import, thus pays for SQL text once.
class Query
{
    Q_DISABLE_COPY_MOVE(Query)
public:
    Query(Database &db, const QString &sql);
    ~Query();

    /// Binds the next `?`. A null QString binds as '' (our text columns are NOT NULL); pass an
    /// invalid QVariant() for SQL NULL.
    Query &bind(const QVariant &value);
    /// The same, without a QVariant: the common types of a batch's hot path (an import binds
    /// some thirty values a receipt). 64-bit unsigned values keep the QVariant path (as text).
    /// No column of ours holds a floating-point value, and money never does: binding a double
    /// does not compile.
    Query &bind(const QString &text);
    template <typename T>
        requires std::is_integral_v<T>
    Query &bind(T value)
    {
        if constexpr (std::is_signed_v<T> || sizeof(T) < sizeof(qint64))
            return bindInteger(qint64(value));
        else
            return bind(QVariant::fromValue(value)); // may exceed qint64: as text, never wrapped
    }
    Query &bind(const QByteArray &blob) { return bind(QVariant(blob)); }
    template <typename T>
        requires std::is_floating_point_v<T>
    Query &bind(T value) = delete;
    /// Runs the statement with the values bound since the last run; every `?` must have one.
    Status exec();
    /// Moves to the next row of a SELECT; false after the last one (or on an error reading it).
    bool next();
    /// After next() returned false: whether every row was read. An error while stepping (e.g.
    /// SQLite's "integer overflow" from a SUM past 64 bits) is kept here, so that a caller
    /// never reports a partial listing as complete.
    Status status() const;
    /// The column of the current row as Qt SQL gives it: qint64, double, QString or QByteArray;
    /// an invalid QVariant for NULL.
    QVariant value(int i) const;
    QString text(int i) const;
    qint64 integer(int i) const;
    qint64 lastInsertId() const;
    int rowsAffected() const;

    /// Runs a statement expected to return one integer (COUNT, SUM, MAX).
    static Result<qint64> scalar(Database &db, const QString &sql, const QVariantList &binds = {});

private:
    enum class Row { None, Pending, Current, Done };
    void reset();
    /// The index of the `?` to bind next, the statement reset first on a new run; 0 when there
    /// is no statement.
    int nextParam();
    Query &bindInteger(qint64 value);
    Query &bindUtf8(QByteArray utf8);
    bool onRow() const { return m_row == Row::Current; }

    Database &m_db;
    QString m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    Error m_prepareError;
    int m_nextParam = 1;       ///< the `?` the next bind() fills
    bool m_needsReset = false; ///< stepped since the last reset
    bool m_bindFailed = false;
    Row m_row = Row::None;
    std::optional<Error> m_stepError; ///< set by next() when a step fails, cleared by exec()
    /// The UTF-8 of the text values bound for the current run, kept alive until the next run
    /// so that SQLite reads them in place instead of copying each one.
    QVarLengthArray<QByteArray, 8> m_texts;
};

} // namespace imdp::core
