// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp: the command-line companion of IMDP Desk. Thin: find the command, let it parse and run.
#include "app/cli/cli.h"

#include "core/i18n/i18n.h"
#include "core/interrupt.h"
#include "core/reports/catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>

#include <algorithm>
#include <csignal>
#include <memory>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::cli;

namespace {
void usage(const Registry &r)
{
    out(u"Usage: imdp COMMAND [ARGS] [--json] [--help]\n"_s);
    out(u"The command-line companion of IMDP Desk, over the same core as the desktop.\n"_s);
    out(u"Commands:"_s);
    for (const Command &c : r.commands())
        out(u"  %1 %2"_s.arg(c.name, -18).arg(c.summary));
    out(u"\nimdp help COMMAND (or imdp COMMAND --help) shows a command's arguments and options."_s);
    out(u"\nAny command opening a fund for writing accepts --break-lock (a stale lock, audited)."_s);
    out(u"\nExit status: 0 success, 1 refused by a rule of the fund, 2 usage or bad input."_s);
    out(u"See docs/cli.md for every command."_s);
}
} // namespace

namespace {
/// Whether the command line names a command that paints (`imdp dossier`): only those get a
/// QGuiApplication, so every other command keeps running where no platform plugin loads.
bool needsGui(const Registry &r, int argc, char *argv[])
{
    QStringList words;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (!a.startsWith(u'-'))
            words << a;
    }
    for (const Command &c : r.commands()) {
        const QStringList name = c.name.split(u' ');
        if (c.needsGui && words.mid(0, name.size()) == name)
            return true;
    }
    // `imdp report NAME` paints PDFs; `imdp report receive` (the pipeline's) does not.
    return words.size() > 1 && words.at(0) == u"report"_s
           && imdp::core::reports::names().contains(words.at(1));
}
} // namespace

int main(int argc, char *argv[])
{
    Registry registry;
    registerFundCommands(registry);
    registerContributionCommands(registry);
    registerEntryCommands(registry);
    registerLedgerViewCommands(registry);
    registerCapCommands(registry);
    registerPipelineCommands(registry);
    registerSafetyCommands(registry);
    registerCommitteeCommands(registry);
    registerReviewCommands(registry);
    registerReportCommands(registry);
    registerOrganisationCommands(registry);
    registerSetupCommands(registry);

    std::unique_ptr<QCoreApplication> app;
    if (needsGui(registry, argc, argv)) {
        // A PDF needs fonts and a paint engine, not a screen: offscreen unless the caller chose.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, ssh, CI) Qt warns about the runtime folder on stderr, which
        // would break the one-line error contract; give it the private folder it would use.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString dir = QDir::tempPath() + u"/runtime-imdp-"_s
                                + QString::number(::getuid());
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"imdp"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IMDP_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    // A global option: every command that opens a fund for writing honours it.
    if (args.removeAll(u"--break-lock"_s) > 0)
        setBreakLock(true);
    // `imdp help --json`: every command's declaration (docs/cli.md is checked against it).
    if (args == QStringList{u"help"_s, u"--json"_s}) {
        QJsonArray commands;
        for (const Command &c : registry.commands())
            commands.append(declarationJson(c));
        printJson({{u"commands"_s, commands}});
        return Ok;
    }
    // `imdp help COMMAND`: that command's help, from its declaration.
    if (args.size() > 1 && args.first() == u"help"_s) {
        const QString name = args.mid(1).join(u' ');
        for (const Command &c : registry.commands()) {
            if (c.name == name) {
                out(helpText(c));
                return Ok;
            }
        }
        err(u"imdp: unknown command '%1' (see imdp --help)"_s.arg(name));
        return Usage;
    }
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"-h"_s
        || args.first() == u"help"_s) {
        usage(registry);
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == u"--version"_s) {
        out(u"imdp %1"_s.arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    // Longest match first, so "import receipts" wins over a plain "import".
    const Command *best = nullptr;
    qsizetype bestWords = 0;
    for (const Command &c : registry.commands()) {
        const QStringList words = c.name.split(u' ');
        if (words.size() > bestWords && args.mid(0, words.size()) == words) {
            best = &c;
            bestWords = words.size();
        }
    }
    if (!best) {
        err(u"imdp: unknown command '%1' (see imdp --help)"_s.arg(args.first()));
        return Usage;
    }
    QStringList rest = args.mid(bestWords);
    // The language: English unless the environment (LC_ALL, LC_MESSAGES, LANG, in POSIX order)
    // or --lang says French or Spanish. The commands that write a document in a language keep
    // their own --lang (it defaults to this one).
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty()) {
            setLanguage(imdp::core::i18n::fromLocaleName(v));
            break;
        }
    }
    const bool ownsLang = std::any_of(best->options.cbegin(), best->options.cend(),
                                      [](const Option &o) { return o.name == u"lang"_s; });
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &a = rest.at(i);
        QString value;
        qsizetype taken = 0;
        if (a == u"--lang"_s && i + 1 < rest.size()) {
            value = rest.at(i + 1);
            taken = 2;
        } else if (a.startsWith(u"--lang="_s)) {
            value = a.mid(7);
            taken = 1;
        } else {
            continue;
        }
        if (ownsLang) {
            // The command checks its own --lang; IATI's names the XML's language, not ours.
            if (best->name != u"export iati"_s && imdp::core::i18n::languages().contains(value))
                setLanguage(value);
            break;
        }
        if (!imdp::core::i18n::languages().contains(value)) {
            err(u"imdp %1: --lang: expected en, fr or es"_s.arg(best->name));
            return Usage;
        }
        setLanguage(value);
        rest.remove(i, taken);
        break;
    }
    rest.prepend(u"imdp "_s + best->name);
    // SIGINT/SIGTERM roll the write back and let the command unwind, releasing the lock.
    imdp::core::interrupt::install();
    const int status = invoke(*best, rest);
    if (const int sig = imdp::core::interrupt::pending(); sig != 0) {
        err(u"imdp: interrupted by %1; a write in progress was rolled back"_s.arg(
            sig == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s));
        return 128 + sig;
    }
    return status;
}
