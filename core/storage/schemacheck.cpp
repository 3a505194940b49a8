// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/schemacheck.h"

#include "core/storage/verify.h"

#include "core/storage/schema.h"

#include <QMap>
#include <QMutex>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::schema {

namespace {

struct Object
{
    QString type;
    QString table;
    QString sql; ///< whitespace collapsed
};
using Objects = QMap<QString, Object>; ///< by "type name"

QString column(sqlite3_stmt *s, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return text ? QString::fromUtf8(text) : QString();
}

/// The schema's objects as sqlite_master holds them. SQLite's own statistics tables (ANALYZE)
/// are not part of a schema version.
Objects objects(sqlite3 *db, bool *ok)
{
    Objects out;
    sqlite3_stmt *s = nullptr;
    *ok =
        sqlite3_prepare_v2(db,
                           "SELECT type, name, tbl_name, COALESCE(sql, '') FROM main.sqlite_master "
                           "WHERE name NOT LIKE 'sqlite_stat%'",
                           -1, &s, nullptr) == SQLITE_OK;
    while (*ok && sqlite3_step(s) == SQLITE_ROW)
        out.insert(column(s, 0) + u' ' + column(s, 1),
                   {column(s, 0), column(s, 2), column(s, 3).simplified()});
    sqlite3_finalize(s);
    return out;
}

/// The schema the ladder builds for `version`, built once per version and process.
const Objects *expected(int version)
{
    static QMutex mutex;
    static QMap<int, Objects> built;
    QMutexLocker lock(&mutex);
    if (const auto it = built.constFind(version); it != built.cend())
        return &*it;
    sqlite3 *mem = nullptr;
    if (sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(mem);
        return nullptr;
    }
    bool ok = registerFunctions(mem) == SQLITE_OK;
    const auto &all = steps();
    for (int v = 0; v < version && v < all.size() && ok; ++v) {
        for (const QString &sql : all.at(v)) {
            if (sqlite3_exec(mem, sql.toUtf8().constData(), nullptr, nullptr, nullptr) !=
                SQLITE_OK) {
                ok = false;
                break;
            }
        }
    }
    Objects o = ok ? objects(mem, &ok) : Objects();
    sqlite3_close(mem);
    if (!ok)
        return nullptr;
    return &*built.insert(version, std::move(o));
}

QString describe(const Object &o, const QString &key)
{
    const QString name = key.section(u' ', 1);
    return o.type == u"table"_s ? u"table %1"_s.arg(name)
                                : u"%1 %2 on %3"_s.arg(o.type, name, o.table);
}

} // namespace

QList<Error> differences(sqlite3 *db, int version)
{
    const QString v = QString::number(version);
    const Objects *want = expected(version);
    if (!want)
        return {verify::problem(u"verify.schema_unbuilt"_s, {ErrorArg::txt(v)})};
    bool ok = true;
    const Objects have = objects(db, &ok);
    if (!ok)
        return {verify::problem(u"verify.schema_unreadable"_s,
                                {ErrorArg::txt(QString::fromUtf8(sqlite3_errmsg(db)))})};
    QList<Error> out;
    for (auto it = want->cbegin(); it != want->cend(); ++it) {
        const auto found = have.constFind(it.key());
        if (found == have.cend())
            out << verify::problem(u"verify.schema_dropped"_s,
                                   {ErrorArg::txt(describe(*it, it.key()))});
        else if (found->sql != it->sql || found->table != it->table)
            out << verify::problem(u"verify.schema_altered"_s,
                                   {ErrorArg::txt(describe(*it, it.key())), ErrorArg::txt(v)});
    }
    for (auto it = have.cbegin(); it != have.cend(); ++it) {
        if (!want->contains(it.key()))
            out << verify::problem(u"verify.schema_added"_s,
                                   {ErrorArg::txt(describe(*it, it.key())), ErrorArg::txt(v)});
    }
    return out;
}

} // namespace imdp::core::schema
