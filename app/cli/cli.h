// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/i18n/labels.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QDate>
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

/// One option of a command: `--NAME VALUE`, or a flag `--NAME` when `value` is empty.
struct Option
{
    QString name;       ///< without the dashes, e.g. "date"
    QString help;       ///< one line for the command's --help
    QString value = {}; ///< the value's name in the help, e.g. "DATE"; empty for a flag
    /// The command's own reading of the value, when it says more than its name's check (a score
    /// from 1 to 5, a fee in basis points): checkValues() calls it, before the fund opens.
    std::function<core::Status(const QString &)> check = {};
};

/// How a command opens the fund named by its positional FILE.
enum class Fund {
    None,  ///< opens no fund, or opens it itself (init creates one, restore writes one)
    Read,  ///< read-only, without a lock
    Write, ///< for writing, under FILE.lock
    Check, ///< read-only, without the open-time whole-file check (verify runs its own)
};

class Invocation;

/// One subcommand, `imdp NAME ...`, declared: its words, its arguments and how it opens the
/// fund. One parser (invoke()) checks a command line against the declaration, answers --help
/// from it, opens the fund and hands `run` the parsed invocation (KeePassXC's src/cli/Command.h).
struct Command
{
    QString name;        ///< may contain a space for two-word commands, e.g. "import receipts"
    QString summary;     ///< one line for `imdp --help`
    QString description; ///< the first paragraph of `imdp NAME --help`
    QStringList positionals = {}; ///< e.g. {"FILE", "CODE", "[N]"}: brackets mark optional ones
    QList<Option> options = {};   ///< besides --help (and --json when `json`)
    Fund fund = Fund::None;
    /// A Fund::Read command that changes the fund when given one of these (options or optional
    /// positionals; "show or set"): opened for writing then.
    QStringList writesWith = {};
    /// A Fund::Write command that only reads when given one of these (e.g. dry-run).
    QStringList readsWith = {};
    /// The AMOUNT options or positionals that take a leading '-' (a fee adjustment giving back,
    /// a what-if withdrawal); every other AMOUNT is refused with one before the fund opens.
    QStringList signedAmounts = {};
    bool json = false;     ///< takes --json: machine-readable output
    QString jsonHelp = {}; ///< --json's help when it says more than "Machine-readable output."
    bool needsGui = false; ///< paints (a PDF): main() creates a QGuiApplication, offscreen
    std::function<int(Invocation &)> run = {};
};

/// A command line parsed against its command's declaration, with the fund it opened.
class Invocation
{
public:
    explicit Invocation(const Command &command);
    ~Invocation();
    Invocation(const Invocation &) = delete;
    Invocation &operator=(const Invocation &) = delete;

    const Command &command;
    QString prog; ///< "imdp NAME", as errors and the usage line name the command
    QCommandLineParser p;
    std::unique_ptr<core::Database> db; ///< the fund, unless Fund::None

    QString arg(int i) const { return p.positionalArguments().value(i); }
    bool isSet(const QString &option) const { return p.isSet(option); }
    QString value(const QString &option) const { return p.value(option); }
    QStringList values(const QString &option) const { return p.values(option); }
    bool isJson() const { return command.json && p.isSet(QStringLiteral("json")); }
};

/// Parses `args` (args[0] is "imdp NAME") against `command`, prints its help or the one-line
/// usage error, checks every given value by its declared name (checkValues()), then opens the
/// fund and runs the command; returns the exit status.
int invoke(const Command &command, const QStringList &args);
/// Every option and positional given to `inv` checked by its declared value name before the fund
/// opens (so a bad value never migrates, locks or backs up a file): DATE (YYYY-MM-DD), RATE (a
/// USD rate), USD (an amount in USD), N (a whole number, no sign) and AMOUNT (digits with at most
/// one '.', a leading '-' only where the command declares it; the currency's decimals are
/// checked by the command). An option's own `check`, when declared, replaces its name's; an
/// empty value is the command's to read (some clear a setting with it). The error names the
/// option (or the positional, lowercased).
core::Status checkValues(const Invocation &inv);
/// The help of one command, from its declaration.
QString helpText(const Command &command);

/// A command's declaration as JSON (`imdp help --json`): name, summary, positionals, options,
/// fund ("none", "read", "write") and json.
QJsonObject declarationJson(const Command &command);

/// Prints a command's success: one line, or its JSON object with --json.
int done(const Invocation &c, const QString &line, const QJsonObject &json);

/// Amounts and dates as the CLI prints them: USD (and any currency) with its minor units, dates
/// ISO 8601 (empty when there is none).
QString usd(qint64 minor);
QString amount(qint64 minor, const QString &currency);
QString iso(const QDate &date);

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
void registerContributionCommands(Registry &r); // imports, pledges, receipts
void registerEntryCommands(Registry &r);        // other entries, project money, rates, fee
void registerLedgerViewCommands(Registry &r);   // project, position, journal, accounts
void registerCapCommands(Registry &r);
void registerPipelineCommands(Registry &r);
void registerSafetyCommands(Registry &r);
void registerCommitteeCommands(Registry &r);
void registerReviewCommands(Registry &r);
void registerReportCommands(Registry &r);
void registerOrganisationCommands(Registry &r);
void registerSetupCommands(Registry &r);

/// The CLI's own words (sentences, headings, column headers) in its language(): context
/// "imdp::cli" of resources/translations/*.ts. lupdate collects every `tr("...")` of app/cli (a
/// free function in namespace imdp::cli, so the context is named after it). English returns the
/// source as it is, so the English output stays what scripts read.
QString tr(const char *source);

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
/// The text output in the CLI's language (--json never changes: keys, ISO dates, minor units as
/// decimal strings). In French or Spanish a stored key reads as the label catalogue's words
/// (core/i18n/labels.h), a date as the language's date (core::i18n::formatDate) and an amount
/// with its decimal sign and grouping; in English the text output keeps the keys, ISO dates and
/// plain amounts that scripts written against it read.
QString word(core::i18n::Kind kind, const QString &key);
QString shownDate(const QDate &date);
QString shownAmount(qint64 minor, const QString &currency);
QString shownUsd(qint64 minor);
/// A plain decimal ("1.085", a rate or a mean score) with the language's decimal sign.
QString shownDecimal(const QString &plain);
/// A figure of the position or a balance ("pledged", "held_by_partner"): its JSON key in English,
/// words in French and Spanish.
QString figureName(const QString &key);
/// The width of a column of figureName()s: the longest, and at least `atLeast` (English keeps
/// its widths).
int figureWidth(const QList<std::pair<QString, qint64>> &figures, int atLeast);

/// `--break-lock`, accepted by every command (main.cpp takes it out of the arguments): a stale
/// lock, or one held from another host, is broken knowingly and the break is audited.
void setBreakLock(bool on);
bool breakLock();

} // namespace imdp::cli
