// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "app/cli/cli.h"

#include "core/i18n/errors.h"
#include "core/i18n/i18n.h"
#include "core/io/output.h"
#include "core/oneline.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

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
    err(u"imdp: %1: nothing %2 (%3 bad row%4)"_s.arg(csv, verb).arg(n).arg(
        n == 1 ? QString() : u"s"_s));
    return Usage;
}

void printJson(const QJsonObject &o)
{
    QTextStream s(stdout);
    s << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

bool parse(QCommandLineParser &p, const QStringList &args, const QStringList &positionals,
           int &status)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    p.addOption(help);
    for (const QString &name : positionals)
        p.addPositionalArgument(name, QString());
    if (!p.parse(args)) {
        err(u"%1: %2 (see %1 --help)"_s.arg(args.value(0), p.errorText()));
        status = Usage;
        return false;
    }
    if (p.isSet(help)) {
        // Qt names the program by its path; the usage line names the command as typed.
        QStringList lines = p.helpText().split(u'\n');
        lines.first() = u"Usage: %1 [options] %2"_s.arg(args.value(0), positionals.join(u' '));
        out(lines.join(u'\n'));
        status = Ok;
        return false;
    }
    qsizetype required = 0;
    for (const QString &name : positionals) {
        if (!name.startsWith(u'['))
            ++required;
    }
    if (p.positionalArguments().size() < required || p.positionalArguments().size() > positionals.size()) {
        err(u"%1: expects %2 (see %1 --help)"_s.arg(args.value(0), positionals.join(u' ')));
        status = Usage;
        return false;
    }
    return true;
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

QString label(core::i18n::Kind kind, const QString &key)
{
    return core::i18n::label(kind, key, s_language);
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
