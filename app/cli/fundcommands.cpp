// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp init, imdp info: create a fund file and describe one.
#include "app/cli/cli.h"

#include "core/demo/demo.h"
#include "core/fund/fund.h"
#include "core/storage/database.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

int runInit(Invocation &c)
{
    const QString path = c.arg(0);
    if (c.isSet(u"demo"_s) && c.isSet(u"name"_s)) {
        err(tr("%1: --name and --demo cannot be combined (the demo fund has its own name)")
                .arg(c.prog));
        return Usage;
    }
    std::function<core::Status(core::Database &)> populate;
    if (c.isSet(u"demo"_s)) {
        populate = [](core::Database &db) {
            return core::demo::load(db, core::demo::source(), u"demo-fund.json"_s);
        };
    } else {
        const QString fundName =
            c.isSet(u"name"_s) ? c.value(u"name"_s) : QFileInfo(path).completeBaseName();
        populate = [fundName](core::Database &db) {
            core::FundSettings s;
            s.name = fundName;
            return core::fund::initialise(db, s);
        };
    }
    auto db = core::Database::create(path, populate, -1,
                                     breakLock() ? core::FileLock::Breaking::StaleOrForeign
                                                 : core::FileLock::Breaking::Never);
    if (!db)
        return fail(db.error());
    auto info = core::fund::info(**db);
    if (!info)
        return fail(info.error());
    out(tr("Created %1: %2").arg(path, info->name));
    return Ok;
}

int runInfo(Invocation &c)
{
    auto info = core::fund::info(*c.db);
    if (!info)
        return fail(info.error());
    if (c.isJson()) {
        QJsonObject counts;
        for (const auto &[table, n] : info->counts)
            counts.insert(table, n);
        printJson({{u"name"_s, info->name},
                   {u"file"_s, QFileInfo(info->path).absoluteFilePath()},
                   {u"schema_version"_s, info->schemaVersion},
                   {u"sqlite_version"_s, info->sqliteVersion},
                   {u"created_at"_s, info->createdAt},
                   {u"fingerprint"_s, info->fingerprint},
                   {u"counts"_s, counts}});
        return Ok;
    }
    out(tr("Fund:            %1").arg(info->name));
    out(tr("File:            %1").arg(QFileInfo(info->path).absoluteFilePath()));
    out(tr("Schema version:  %1").arg(info->schemaVersion));
    out(tr("SQLite version:  %1").arg(info->sqliteVersion));
    out(tr("Created:         %1").arg(info->createdAt));
    out(tr("Fingerprint:     %1").arg(info->fingerprint));
    out(tr("Rows:"));
    for (const auto &[table, n] : info->counts)
        out(u"  %1 %2"_s.arg(table, -20).arg(n, 8));
    return Ok;
}

} // namespace

void registerFundCommands(Registry &r)
{
    r.add({.name = u"init"_s,
           .summary = u"Create a fund file: init FILE [--name NAME] [--demo]"_s,
           .description = u"Create a new fund file (never overwrites an existing file)."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"name"_s, u"The fund's name (default: the file's name)."_s, u"NAME"_s},
                       {u"demo"_s, u"Fill it with the demo fund."_s}},
           .fund = Fund::None,
           .run = runInit});
    r.add({.name = u"info"_s,
           .summary = u"Describe a fund file: info FILE [--json]"_s,
           .description = u"Describe a fund file: name, schema and SQLite versions, rows."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runInfo});
}

} // namespace imdp::cli
