// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "app/cli/cli.h"

#include "core/i18n/errors.h"
#include "core/i18n/i18n.h"
#include "core/io/output.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/oneline.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

int exitFor(const core::Error &e)
{
    return e.code == core::ErrorCode::Refused ? Refused : Usage;
}

core::Status saveAtomically(const QString &path, const QByteArray &bytes, bool replace)
{
    return core::output::write(path, bytes, replace);
}

QString terminalSafe(const QString &text)
{
    // Stored text (a fund's name, a memo, a file name) may hold ESC sequences or other control
    // characters that would drive the terminal: shown escaped. The CLI's own line breaks and
    // tabs stay.
    return core::escapedControls(text, u"\n\t");
}

void out(const QString &text)
{
    QTextStream s(stdout);
    s << terminalSafe(text) << '\n';
}

void err(const QString &text)
{
    QTextStream s(stderr);
    s << terminalSafe(text) << '\n';
}

int fail(const core::Error &e)
{
    // A structured error in the CLI's language; English (and any error not yet converted) as
    // its message.
    err(u"imdp: "_s + core::i18n::describe(e, language()));
    return exitFor(e);
}

int importProblems(const QString &csv, const QStringList &problems, qint64 unlisted,
                   const QString &verb)
{
    // The first 100 problems, then how many more (a header of a million columns).
    constexpr qsizetype shownAtMost = 100;
    for (const QString &line : problems.mid(0, shownAtMost))
        err(line);
    const qint64 n = problems.size() + unlisted;
    if (n > shownAtMost)
        err(u"imdp: %1: %2 more problem(s) not shown"_s.arg(csv).arg(n - shownAtMost));
    err(u"imdp: %1: nothing %2 (%3 bad row%4)"_s.arg(csv, verb).arg(n).arg(n == 1 ? QString()
                                                                                  : u"s"_s));
    return Usage;
}

void printJson(const QJsonObject &o)
{
    QTextStream s(stdout);
    s << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString usd(qint64 minor)
{
    return core::formatMinor(minor, core::kBaseMinorUnits);
}

QString amount(qint64 minor, const QString &currency)
{
    const auto c = core::findCurrency(currency);
    return core::formatMinor(minor, c ? c->minorUnits : 2);
}

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Invocation::Invocation(const Command &c)
    : command(c)
    , prog(u"imdp "_s + c.name)
{
}

Invocation::~Invocation() = default;

int done(const Invocation &c, const QString &line, const QJsonObject &json)
{
    if (c.isJson())
        printJson(json);
    else
        out(line);
    return Ok;
}

namespace {

/// The parser of a command, from its declaration: --help, --json, its options and positionals.
void declare(QCommandLineParser &p, const Command &c)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setApplicationDescription(c.description);
    p.addOption(QCommandLineOption({u"h"_s, u"help"_s}, u"Show this help."_s));
    if (c.json)
        p.addOption(QCommandLineOption(
            u"json"_s, c.jsonHelp.isEmpty() ? u"Machine-readable output."_s : c.jsonHelp));
    for (const Option &o : c.options) {
        p.addOption(o.value.isEmpty() ? QCommandLineOption(o.name, o.help)
                                      : QCommandLineOption(o.name, o.help, o.value));
    }
    for (const QString &name : c.positionals)
        p.addPositionalArgument(name, QString());
}

/// A negative amount ("-120.50") given as a positional would read as an option: moved behind
/// "--", unless it is the value of the option before it.
QStringList negativesLast(const Command &c, const QStringList &args)
{
    static const QRegularExpression negative(u"^-[0-9][0-9.]*$"_s);
    QStringList kept, negatives;
    bool ended = false;
    bool valueNext = false;
    for (const QString &a : args) {
        ended = ended || a == u"--"_s;
        if (!ended && !valueNext && negative.match(a).hasMatch()) {
            negatives.append(a);
            continue;
        }
        kept.append(a);
        valueNext = false;
        if (!ended && a.startsWith(u'-') && !a.contains(u'=')) {
            const QString name = a.sliced(a.startsWith(u"--"_s) ? 2 : 1);
            for (const Option &o : c.options)
                valueNext = valueNext || (o.name == name && !o.value.isEmpty());
        }
    }
    if (!negatives.isEmpty())
        kept << (ended ? QStringList() : QStringList{u"--"_s}) + negatives;
    return kept;
}

/// Whether one of `names` (options or positionals of `c`) is given.
bool anyGiven(const Invocation &inv, const QStringList &names)
{
    for (const QString &name : names) {
        const qsizetype at = inv.command.positionals.indexOf(u"[%1]"_s.arg(name));
        if (at >= 0 ? !inv.arg(int(at)).isEmpty() : inv.isSet(name))
            return true;
    }
    return false;
}

} // namespace

QString helpText(const Command &c)
{
    QCommandLineParser p;
    declare(p, c);
    // Qt names the program by its path; the usage line names the command as typed.
    QStringList lines = p.helpText().split(u'\n');
    lines.first() = u"Usage: imdp %1 [options] %2"_s.arg(c.name, c.positionals.join(u' '));
    return lines.join(u'\n');
}

QJsonObject declarationJson(const Command &c)
{
    QJsonArray options;
    for (const Option &o : c.options)
        options.append(
            QJsonObject{{u"name"_s, o.name}, {u"value"_s, o.value}, {u"help"_s, o.help}});
    static const QHash<Fund, QString> funds{{Fund::None, u"none"_s},
                                            {Fund::Read, u"read"_s},
                                            {Fund::Write, u"write"_s},
                                            {Fund::Check, u"read"_s}};
    return {{u"name"_s, c.name},
            {u"summary"_s, c.summary},
            {u"positionals"_s, QJsonArray::fromStringList(c.positionals)},
            {u"options"_s, options},
            {u"fund"_s, funds.value(c.fund)},
            {u"writes_with"_s, QJsonArray::fromStringList(c.writesWith)},
            {u"json"_s, c.json}};
}

int invoke(const Command &c, const QStringList &args)
{
    Invocation inv(c);
    declare(inv.p, c);
    if (!inv.p.parse(negativesLast(c, args))) {
        err(u"%1: %2 (see %1 --help)"_s.arg(inv.prog, inv.p.errorText()));
        return Usage;
    }
    if (inv.p.isSet(u"help"_s)) {
        out(helpText(c));
        return Ok;
    }
    const qsizetype given = inv.p.positionalArguments().size();
    const qsizetype required = std::count_if(c.positionals.cbegin(), c.positionals.cend(),
                                             [](const QString &n) { return !n.startsWith(u'['); });
    if (given < required || given > c.positionals.size()) {
        err(u"%1: expects %2 (see %1 --help)"_s.arg(inv.prog, c.positionals.join(u' ')));
        return Usage;
    }
    if (c.fund != Fund::None) {
        const QString path = inv.arg(int(c.positionals.indexOf(u"FILE"_s)));
        bool readOnly = c.fund != Fund::Write;
        if (c.fund == Fund::Read && anyGiven(inv, c.writesWith))
            readOnly = false;
        if (c.fund == Fund::Write && anyGiven(inv, c.readsWith))
            readOnly = true;
        auto db = c.fund == Fund::Check ? core::Database::open(path, core::Database::Mode::ReadOnly,
                                                               core::FileLock::Breaking::Never,
                                                               core::Database::FullCheck::Never)
                                        : openFund(path, readOnly);
        if (!db)
            return fail(db.error());
        inv.db = std::move(db).value();
    }
    return c.run(inv);
}

namespace {
bool s_breakLock = false;
QString s_language = u"en"_s;
} // namespace

QString language()
{
    return s_language;
}

void setLanguage(const QString &code)
{
    s_language = core::i18n::normalise(code);
}

QString word(core::i18n::Kind kind, const QString &key)
{
    return s_language == u"en"_s ? key : core::i18n::label(kind, key, s_language);
}

QString shownDate(const QDate &date)
{
    return s_language == u"en"_s || !date.isValid() ? iso(date)
                                                    : core::i18n::formatDate(date, s_language);
}

QString shownAmount(qint64 minor, const QString &currency)
{
    if (s_language == u"en"_s)
        return amount(minor, currency);
    const auto c = core::findCurrency(currency);
    return core::i18n::formatFixed(minor, c ? c->minorUnits : 2, s_language);
}

QString shownUsd(qint64 minor)
{
    return shownAmount(minor, u"USD"_s);
}

void setBreakLock(bool on)
{
    s_breakLock = on;
}

bool breakLock()
{
    return s_breakLock;
}

core::Result<std::unique_ptr<core::Database>> openFund(const QString &path, bool readOnly)
{
    auto db = core::Database::open(
        path, readOnly ? core::Database::Mode::ReadOnly : core::Database::Mode::ReadWrite,
        s_breakLock ? core::FileLock::Breaking::StaleOrForeign : core::FileLock::Breaking::Never);
    if (!db)
        return db;
    for (const QString &w : (*db)->warnings())
        err(u"imdp: warning: "_s + w);
    // A command that writes is refused with the reason itself: said once, not twice.
    if (readOnly && !(*db)->readOnlyReason().isEmpty())
        err(u"imdp: warning: "_s + (*db)->readOnlyReason());
    if (const auto broken = (*db)->brokenLock())
        err(u"imdp: broke the lock of %1 (recorded in the audit trail)"_s.arg(broken->describe()));
    return db;
}

} // namespace imdp::cli
