// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/demo/demo.h"
#include "core/storage/database.h"
#include "core/storage/schema.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <ostream>

// Catch prints QStrings readably in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace imdp::test {

/// The default locale for the rest of a test; the previous one is put back at its end.
class DefaultLocale
{
    Q_DISABLE_COPY_MOVE(DefaultLocale)
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

/// A temporary folder for one test, removed afterwards.
struct TempDir
{
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

/// Unwraps a Result in a test, failing with its message.
template<typename R>
auto must(R &&r)
{
    INFO((r.ok() ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline void mustOk(const imdp::core::Status &s)
{
    INFO((s.ok() ? std::string() : s.error().message.toStdString()));
    REQUIRE(s.ok());
}

/// Creates the demo fund (resources/demo/demo-fund.json) at `path`, as `imdp init --demo` does.
inline void createDemoFund(const QString &path)
{
    using namespace Qt::Literals::StringLiterals;
    must(imdp::core::Database::create(path, [](imdp::core::Database &db) {
        return imdp::core::demo::load(db, imdp::core::demo::source(), u"demo-fund.json"_s);
    }));
}

/// The schema version just before the migration step that runs a statement starting with
/// `statementStart`: found by what the step does, since the ladder is renumbered as steps are
/// merged (a test never writes a version number).
inline int versionBefore(const QString &statementStart)
{
    const auto &steps = imdp::core::schema::steps();
    for (int i = 0; i < steps.size(); ++i) {
        for (const QString &sql : steps[i]) {
            if (sql.startsWith(statementStart))
                return i;
        }
    }
    FAIL("no schema step runs " << statementStart.toStdString());
    return -1;
}

/// Runs SQL on the file through a plain connection (Qt's driver: no defensive mode, no settings
/// of ours): an edit made outside the application, as a person with the sqlite3 shell could.
inline void outsideSql(const QString &path, const QStringList &statements)
{
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outside"));
}

/// The first column of the first row `select` returns, read by such a connection.
inline QVariant outsideValue(const QString &path, const QString &select)
{
    QVariant v;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outside"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(select.toStdString());
        REQUIRE(q.exec(select));
        REQUIRE(q.next());
        v = q.value(0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outside"));
    return v;
}

} // namespace imdp::test
