// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The directory of organisations: imdp org add|edit|retire|merge|delete|list, and
// imdp import organisations.
#include "app/cli/cli.h"

#include "core/fund/organisations.h"
#include "core/ledger/import.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

namespace orgs = core::organisations;

/// The options add and edit share, as the issue names them.
QList<Option> fieldOptions(bool edit)
{
    QList<Option> o{{u"name"_s, u"The organisation's full name (unique)."_s, u"NAME"_s},
                    {u"kind"_s, u"One of %1."_s.arg(orgs::kinds().join(u", "_s)), u"KIND"_s},
                    {u"short"_s, u"A short name, e.g. UNDP."_s, u"SHORT"_s},
                    {u"gmg"_s, u"A member of the Global Migration Group."_s}};
    if (edit)
        o.append({u"no-gmg"_s, u"Not a member of the Global Migration Group."_s});
    o << Option{u"country"_s, u"ISO 3166 alpha-2 country code (empty: none)."_s, u"CC"_s}
      << Option{u"iati-ref"_s, u"IATI organisation identifier, e.g. GB-GOV-1."_s, u"REF"_s}
      << Option{u"contact"_s, u"Contact person."_s, u"TEXT"_s}
      << Option{u"email"_s, u"Contact e-mail address."_s, u"ADDR"_s};
    if (edit)
        o.append({u"rename"_s, u"A new name for the organisation."_s, u"NEW"_s});
    return o;
}

/// Sets on `o` every field option given.
void applyFieldOptions(const QCommandLineParser &p, core::Organisation &o)
{
    const auto set = [&p](const QString &option, QString &field) {
        if (p.isSet(option))
            field = p.value(option);
    };
    set(u"kind"_s, o.kind);
    set(u"short"_s, o.shortName);
    set(u"country"_s, o.country);
    set(u"iati-ref"_s, o.iatiRef);
    set(u"contact"_s, o.contact);
    set(u"email"_s, o.email);
    if (p.isSet(u"gmg"_s))
        o.gmgMember = true;
    if (p.optionNames().contains(u"no-gmg"_s) && p.isSet(u"no-gmg"_s))
        o.gmgMember = false;
}

int runAdd(Invocation &c)
{
    if (!c.isSet(u"name"_s))
        return fail(core::Error::badInput(tr("name: is required (--name NAME)")));
    if (!c.isSet(u"kind"_s))
        return fail(core::Error::badInput(tr("kind: is required (--kind KIND)")));
    core::Organisation o;
    o.name = c.value(u"name"_s);
    applyFieldOptions(c.p, o);
    auto id = orgs::add(*c.db, o);
    if (!id)
        return fail(id.error());
    auto added = orgs::find(*c.db, o.name);
    out(tr("Added organisation %1").arg(added ? added->name : o.name.trimmed()));
    return Ok;
}

int runEdit(Invocation &c)
{
    if (c.isSet(u"name"_s))
        return fail(core::Error::badInput(tr("name: use --rename NEW to change the name")));
    if (c.isSet(u"gmg"_s) && c.isSet(u"no-gmg"_s))
        return fail(core::Error::badInput(tr("gmg: --gmg and --no-gmg cannot be combined")));
    const QString name = c.arg(1);
    auto before = orgs::find(*c.db, name);
    if (!before)
        return fail(
            core::Error::badInput(tr("organisation: '%1' is not known").arg(name.left(80))));
    core::Organisation o = *before;
    applyFieldOptions(c.p, o);
    if (c.isSet(u"rename"_s))
        o.name = c.value(u"rename"_s);
    auto after = orgs::edit(*c.db, name, o);
    if (!after)
        return fail(after.error());
    if (after->name != before->name)
        out(tr("Renamed %1 to %2").arg(before->name, after->name));
    else
        out(tr("Updated organisation %1").arg(after->name));
    return Ok;
}

int runRetire(Invocation &c)
{
    const QString name = c.arg(1);
    const bool undo = c.isSet(u"undo"_s);
    auto o = orgs::find(*c.db, name);
    if (!o)
        return fail(
            core::Error::badInput(tr("organisation: '%1' is not known").arg(name.left(80))));
    if (auto s = orgs::setRetired(*c.db, name, !undo); !s)
        return fail(s.error());
    out(undo ? tr("%1 is in use again").arg(o->name) : tr("Retired %1").arg(o->name));
    return Ok;
}

int runMerge(Invocation &c)
{
    if (!c.isSet(u"into"_s))
        return fail(core::Error::badInput(tr("into: is required (--into KEPT)")));
    const QString dup = c.arg(1);
    if (auto s = orgs::merge(*c.db, dup, c.value(u"into"_s)); !s)
        return fail(s.error());
    auto kept = orgs::find(*c.db, c.value(u"into"_s));
    out(tr("Merged %1 into %2").arg(dup.trimmed(), kept ? kept->name : c.value(u"into"_s)));
    return Ok;
}

int runDelete(Invocation &c)
{
    const QString name = c.arg(1);
    auto o = orgs::find(*c.db, name);
    if (!o)
        return fail(
            core::Error::badInput(tr("organisation: '%1' is not known").arg(name.left(80))));
    if (auto s = orgs::remove(*c.db, name); !s)
        return fail(s.error());
    out(tr("Deleted %1").arg(o->name));
    return Ok;
}

int runList(Invocation &c)
{
    const QString kind = c.value(u"kind"_s);
    if (c.isSet(u"kind"_s) && !orgs::kinds().contains(kind))
        return fail(core::Error::badInput(
            tr("kind: '%1' is not one of %2").arg(kind.left(40), orgs::kinds().join(u", "_s))));
    auto list = orgs::list(*c.db);
    if (!list)
        return fail(list.error());
    QList<core::Organisation> shown;
    for (const core::Organisation &o : *list) {
        if (kind.isEmpty() || o.kind == kind)
            shown << o;
    }
    if (c.isJson()) {
        QJsonArray a;
        for (const core::Organisation &o : shown)
            a.append(QJsonObject{{u"name"_s, o.name},
                                 {u"short_name"_s, o.shortName},
                                 {u"kind"_s, o.kind},
                                 {u"gmg_member"_s, o.gmgMember},
                                 {u"country"_s, o.country},
                                 {u"iati_ref"_s, o.iatiRef},
                                 {u"contact"_s, o.contact},
                                 {u"email"_s, o.email},
                                 {u"retired"_s, o.retired}});
        QTextStream s(stdout);
        s << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const core::Organisation &o : shown) {
        QStringList notes;
        if (o.gmgMember)
            notes << u"GMG"_s;
        if (!o.country.isEmpty())
            notes << o.country;
        if (!o.iatiRef.isEmpty())
            notes << o.iatiRef;
        if (o.retired)
            notes << tr("retired");
        out(u"%1  %2  %3  %4"_s.arg(o.name, -40)
                .arg(o.shortName, -10)
                .arg(word(core::i18n::Kind::OrganisationKind, o.kind), -10)
                .arg(notes.join(u", "_s))
                .trimmed());
    }
    if (shown.isEmpty())
        out(tr("No organisations."));
    return Ok;
}

int runImport(Invocation &c)
{
    const QString csv = c.arg(1);
    auto r = core::ledger::importOrganisations(*c.db, csv);
    if (!r)
        return fail(r.error());
    if (!r->problems.isEmpty()) {
        for (const QString &line : r->problems)
            err(line);
        const auto n = r->problems.size();
        err(tr("imdp: %1: nothing imported (%2 bad row%3)")
                .arg(csv)
                .arg(n)
                .arg(n == 1 ? QString() : u"s"_s));
        return Usage;
    }
    out(tr("Imported %1 organisations from %2").arg(r->rows).arg(csv));
    return Ok;
}

} // namespace

void registerOrganisationCommands(Registry &r)
{
    r.add(
        {.name = u"org add"_s,
         .summary =
             u"Add an organisation: org add FILE --name NAME --kind KIND [--short S] [--gmg] ..."_s,
         .description = u"Add an organisation to the fund's directory."_s,
         .positionals = {u"FILE"_s},
         .options = fieldOptions(false),
         .fund = Fund::Write,
         .run = runAdd});
    r.add({.name = u"org edit"_s,
           .summary = u"Change an organisation: org edit FILE NAME [options] [--rename NEW]"_s,
           .description = u"Change an organisation's fields; --rename gives it a new name."_s,
           .positionals = {u"FILE"_s, u"NAME"_s},
           .options = fieldOptions(true),
           .fund = Fund::Write,
           .run = runEdit});
    r.add({.name = u"org retire"_s,
           .summary = u"Retire an organisation (or --undo): org retire FILE NAME"_s,
           .description = u"Retire an organisation: it stays on past records but is not "
                          "offered for new ones. --undo brings it back."_s,
           .positionals = {u"FILE"_s, u"NAME"_s},
           .options = {{u"undo"_s, u"Bring a retired organisation back."_s}},
           .fund = Fund::Write,
           .run = runRetire});
    r.add({.name = u"org merge"_s,
           .summary = u"Merge a duplicate: org merge FILE DUPLICATE --into KEPT"_s,
           .description = u"Merge a duplicate into the organisation kept: every record of "
                          "the duplicate moves to it, in one audited transaction."_s,
           .positionals = {u"FILE"_s, u"DUPLICATE"_s},
           .options = {{u"into"_s, u"The organisation kept (required)."_s, u"KEPT"_s}},
           .fund = Fund::Write,
           .run = runMerge});
    r.add({.name = u"org delete"_s,
           .summary = u"Delete an unused organisation: org delete FILE NAME"_s,
           .description =
               u"Delete an organisation no record refers to (otherwise: retire or merge it)."_s,
           .positionals = {u"FILE"_s, u"NAME"_s},
           .fund = Fund::Write,
           .run = runDelete});
    r.add({.name = u"org list"_s,
           .summary = u"List organisations: org list FILE [--kind KIND] [--json]"_s,
           .description = u"List the fund's organisations."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"kind"_s, u"Only organisations of this kind."_s, u"KIND"_s}},
           .fund = Fund::Read,
           .json = true,
           .jsonHelp = u"Machine-readable output (a list of objects)."_s,
           .run = runList});
    r.add({.name = u"import organisations"_s,
           .summary = u"Import organisations from CSV, all or nothing: FILE CSV"_s,
           .description =
               u"Import organisations from CSV (name,kind; optional short_name,gmg_member,country,"
               "iati_ref,contact,email): all rows or none."_s,
           .positionals = {u"FILE"_s, u"CSV"_s},
           .fund = Fund::Write,
           .run = runImport});
}

} // namespace imdp::cli
