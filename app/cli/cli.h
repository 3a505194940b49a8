// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/i18n/labels.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace imdp::core {
class Database;
}

namespace imdp::cli {

/// Exit statuses of every command (docs/cli.md).
enum Exit { Ok = 0, Refused = 1, Usage = 2 };

int exitFor(const core::Error &e);

/// One subcommand: `imdp NAME ...`.
struct Command
{
    QString name;    ///< may contain a space for two-word commands, e.g. "import receipts"
    QString summary; ///< one line for `imdp --help`
    std::function<int(const QStringList &args)> run; ///< args[0] is "imdp NAME"
    bool needsGui = false; ///< paints (a PDF): main() creates a QGuiApplication, offscreen
};

class Registry
{
public:
    void add(Command c) { m_commands.append(std::move(c)); }
    const QList<Command> &commands() const { return m_commands; }

private:
    QList<Command> m_commands;
};

// Each capability registers its commands here; app/cli/main.cpp calls them all.
void registerFundCommands(Registry &r);
void registerLedgerCommands(Registry &r);
void registerCapCommands(Registry &r);
void registerPipelineCommands(Registry &r);
void registerSafetyCommands(Registry &r);
void registerCommitteeCommands(Registry &r);
void registerReviewCommands(Registry &r);
void registerReportCommands(Registry &r);
void registerOrganisationCommands(Registry &r);
void registerSetupCommands(Registry &r);

/// Text printed by the CLI with its control characters escaped (ESC as \u001b, CR as \r), line
/// breaks and tabs kept: stored text never drives the terminal. out() and err() apply it.
QString terminalSafe(const QString &text);
/// Output helpers: results on stdout, errors on stderr, one line each.
void out(const QString &text);
void err(const QString &text);
int fail(const core::Error &e);
void printJson(const QJsonObject &o);
/// The bad rows of a CSV import, one line each on stderr (the first 100, then how many more:
/// `unlisted` counts those the import did not keep), then "imdp: CSV: nothing VERB (N bad
/// rows)"; returns the exit status (Usage).
int importProblems(const QString &csv, const QStringList &problems, qint64 unlisted,
                   const QString &verb);

/// Sets up a parser with --help and the positional arguments; returns false (having printed the
/// error or help) when the command must stop; `status` is then the exit status.
bool parse(QCommandLineParser &p, const QStringList &args, const QStringList &positionals,
           int &status);

/// Opens a fund file named on the command line. Read-only opens take no lock; read-write ones
/// take FILE.lock. Warnings (a network share, a file opened read-only because it failed its
/// open-time checks) are printed on stderr, one line each.
core::Result<std::unique_ptr<core::Database>> openFund(const QString &path, bool readOnly);

/// Writes bytes through core/io/output.h (RELIABILITY.md 16): a reader never sees half a file; a
/// fund, backup, lock or link is never replaced; with `replace` false (no --force) an existing
/// `path` is refused and kept.
core::Status saveAtomically(const QString &path, const QByteArray &bytes, bool replace);

/// The language of the CLI's words (errors, labels): "en" by default; LC_ALL, LC_MESSAGES or
/// LANG when they name French or Spanish; `--lang fr|es`, accepted by every command (main.cpp
/// takes it out of the arguments, except for the commands whose documents it names), wins.
QString language();
void setLanguage(const QString &code);
/// `code` in the CLI's language: the label catalogue (core/i18n/labels.h).
QString label(core::i18n::Kind kind, const QString &key);

/// `--break-lock`, accepted by every command (main.cpp takes it out of the arguments): a stale
/// lock, or one held from another host, is broken knowingly and the break is audited.
void setBreakLock(bool on);
bool breakLock();

} // namespace imdp::cli
