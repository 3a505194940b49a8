// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/verify.h"

#include "core/storage/anchor.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/rowtrack.h"
#include "core/storage/schemacheck.h"

#include <QMutex>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::verify {

namespace {

QMutex s_mutex;
QList<Check> &registered()
{
    static QList<Check> all;
    return all;
}

Result<QStringList> pragmaRows(Database &db, const QString &pragma, int limit)
{
    Query q(db, u"PRAGMA %1"_s.arg(pragma));
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList rows;
    while (q.next() && rows.size() < limit) {
        QStringList cells;
        for (int i = 0; i < 4 && q.value(i).isValid(); ++i)
            cells << q.text(i);
        rows << cells.join(u' ');
    }
    return rows;
}

Result<QStringList> integrity(Database &db)
{
    auto rows = pragmaRows(db, u"integrity_check"_s, 10);
    if (!rows)
        return rows;
    if (*rows == QStringList{u"ok"_s})
        return QStringList();
    return *rows;
}

Result<QStringList> foreignKeys(Database &db)
{
    Query q(db, u"PRAGMA foreign_key_check"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList problems;
    while (q.next() && problems.size() < 10)
        problems << u"%1 row %2 refers to a missing %3 row"_s.arg(q.text(0), q.text(1), q.text(2));
    return problems;
}

Result<QStringList> schemaCheck(Database &db)
{
    return schema::differences(db.handle(), db.schemaVersion());
}

QList<Check> builtIn()
{
    return {{u"integrity"_s, integrity},
            {u"foreign keys"_s, foreignKeys},
            {u"audit chain"_s, [](Database &db) -> Result<QStringList> {
                 return auditChain(db);
             }}};
}

/// Run after the capabilities' checks, whose findings name the figures a tamperer changed.
QList<Check> builtInLast()
{
    return {{u"schema"_s, schemaCheck},
            {u"audit anchor"_s, anchor::check},
            {u"rows"_s, rowtrack::verifyRows}};
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

bool Report::ok() const
{
    return std::all_of(outcomes.cbegin(), outcomes.cend(), [](const Outcome &o) { return o.ok(); });
}

QStringList auditChain(Database &db, qint64 *rows, QString *head)
{
    const bool writes = db.schemaVersion() >= 1 && [&db] {
        Query c(db, u"SELECT 1 FROM pragma_table_info('audit_event') WHERE name = 'writes'"_s);
        return c.exec() && c.next();
    }();
    Query q(db, writes ? u"SELECT id, at, actor, command, detail, prev_hash, hash, writes "
                         "FROM audit_event ORDER BY id"_s
                       : u"SELECT id, at, actor, command, detail, prev_hash, hash, '' "
                         "FROM audit_event ORDER BY id"_s);
    if (auto s = q.exec(); !s)
        return {s.error().message};
    qint64 expectedId = 1;
    qint64 n = 0;
    QString prev = audit::genesis();
    while (q.next()) {
        ++n;
        const qint64 id = q.integer(0);
        const QString storedPrev = q.text(5);
        const QString stored = q.text(6);
        // The first fault found is the one named: everything after it is unproven anyway.
        if (id != expectedId)
            return {u"audit row %1: deleted (the next row present is %2)"_s.arg(expectedId).arg(id)};
        const QString recomputed =
            audit::chainHash(storedPrev, audit::canonicalRow(id, q.text(1), q.text(2), q.text(3),
                                                             q.text(4), q.text(7)));
        if (recomputed != stored)
            return {u"audit row %1: altered (its content no longer matches its hash)"_s.arg(id)};
        if (storedPrev != prev)
            return {u"audit row %1: inserted or replaced (it does not chain to row %2)"_s.arg(id).arg(
                id - 1)};
        prev = stored;
        ++expectedId;
    }
    if (rows)
        *rows = n;
    if (head)
        *head = prev;
    return {};
}

bool isPageLevel(const QString &checkName)
{
    return checkName == u"integrity"_s || checkName == u"foreign keys"_s;
}

Report run(Database &db)
{
    return run(db, Options());
}

Report run(Database &db, const Options &options)
{
    Report report;
    QList<Check> all = checks();
    if (options.quick)
        all.removeIf([](const Check &c) { return isPageLevel(c.name); });
    int index = 0;
    for (const Check &c : std::as_const(all)) {
        if (options.onCheck)
            options.onCheck(c.name, index++, int(all.size()));
        Outcome o{c.name, {}};
        if (c.name == u"audit chain"_s) {
            o.problems = auditChain(db, &report.auditRows, &report.auditHead);
        } else if (auto r = c.run(db)) {
            o.problems = *r;
        } else {
            o.problems = {r.error().message};
        }
        report.outcomes.append(o);
    }
    return report;
}

} // namespace imdp::core::verify
