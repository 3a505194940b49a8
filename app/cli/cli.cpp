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
#include "core/validate.h"

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

// lupdate reads a definition spelled `core::Status f(...)` as a member of `core` and files the
// tr() strings in it under the wrong context: the unqualified name here.
using core::Status;

int exitFor(const core::Error &e)
{
    return e.code == core::ErrorCode::Refused ? Refused : Usage;
}

core::Status saveAtomically(const QString &path, const QByteArray &bytes, bool replace)
{
    return core::output::write(path, bytes, replace);
}

QString tr(const char *source)
{
    return core::i18n::translate("imdp::cli", source, language());
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
        err(tr("imdp: %1: %2 more problem(s) not shown").arg(csv).arg(n - shownAtMost));
    err(tr("imdp: %1: nothing %2 (%3 bad row%4)")
            .arg(csv, verb)
            .arg(n)
            .arg(n == 1 ? QString() : u"s"_s));
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

namespace {

using core::Error;

/// One value checked by its declared name ("DATE", "RATE", "USD", "N", "AMOUNT"); any other
/// name (TEXT, CODE, FILE...) is the command's to read.
Status checkValue(const QString &valueName, const QString &field, const QString &text,
                  bool signedAmount)
{
    if (valueName == u"DATE"_s) {
        if (auto d = core::parseIsoDate(field, text); !d)
            return d.error();
    } else if (valueName == u"RATE"_s) {
        if (auto r = core::Rate::parse(text); !r)
            return core::Error::withinBare(field, r.error());
    } else if (valueName == u"USD"_s) {
        if (auto m = core::parseMinor(text, core::kBaseMinorUnits); !m)
            return core::Error::withinBare(field, m.error());
    } else if (valueName == u"N"_s) {
        static const QRegularExpression whole(u"\\A[0-9]{1,9}\\z"_s);
        if (!whole.match(text).hasMatch())
            return Error::badInput(tr("%1: '%2' must be a whole number").arg(field, text.left(40)));
    } else if (valueName == u"AMOUNT"_s) {
        // The shape only: the currency, known to the command, says how many decimals.
        static const QRegularExpression shape(u"\\A-?[0-9]+(?:\\.[0-9]+)?\\z"_s);
        if (text.startsWith(u'-') && !signedAmount)
            return Error::badInput(tr("%1: '%2' must not be negative").arg(field, text.left(40)));
        if (!shape.match(text).hasMatch()) {
            // The parser words why (a ',' or a space, an exponent, no digit...), with its key.
            const qsizetype point = text.indexOf(u'.');
            const qsizetype decimals = point < 0 ? 0 : text.size() - point - 1;
            if (auto m = core::parseMinor(text, int(std::clamp<qsizetype>(decimals, 0, 18))); !m)
                return core::Error::withinBare(field, m.error());
        }
    }
    return {};
}

} // namespace

Status checkValues(const Invocation &inv)
{
    const Command &c = inv.command;
    for (const Option &o : c.options) {
        if (o.value.isEmpty() || !inv.isSet(o.name))
            continue;
        for (const QString &v : inv.values(o.name)) {
            if (v.isEmpty())
                continue;
            if (auto s = o.check ? o.check(v)
                                 : checkValue(o.value, o.name, v, c.signedAmounts.contains(o.name));
                !s)
                return s;
        }
    }
    const QStringList given = inv.p.positionalArguments();
    for (qsizetype i = 0; i < given.size() && i < c.positionals.size(); ++i) {
        QString name = c.positionals.at(i);
        if (name.startsWith(u'['))
            name = name.sliced(1, name.size() - 2);
        if (auto s = checkValue(name, name.toLower(), given.at(i), c.signedAmounts.contains(name));
            !s)
            return s;
    }
    return {};
}

int invoke(const Command &c, const QStringList &args)
{
    Invocation inv(c);
    declare(inv.p, c);
    if (!inv.p.parse(negativesLast(c, args))) {
        err(tr("%1: %2 (see %1 --help)").arg(inv.prog, inv.p.errorText()));
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
        err(tr("%1: expects %2 (see %1 --help)").arg(inv.prog, c.positionals.join(u' ')));
        return Usage;
    }
    // Every value checked before the fund opens: a bad --date must not migrate or lock the file.
    if (auto checked = checkValues(inv); !checked)
        return fail(checked.error());
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

/// A figure's name in the text output: the JSON key in English (scripts read it), words in
/// French and Spanish.
QString figureName(const QString &key)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("imdp::cli", "allocated"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "transferred"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "expenditure"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "refunded"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "waived"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "held_by_partner"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "unspent_allocation"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "pledged"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "prospective"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "received"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "outstanding"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "arrears"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "income"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "fees"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "exchange_differences"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "partner_interest"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "transfers_to_funds"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "direct_costs"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "bank_charges"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "held_by_partners"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "cash"),
                                        QT_TRANSLATE_NOOP("imdp::cli", "available"),
        // the statement's lines (imdp statement)
        QT_TRANSLATE_NOOP("imdp::cli", "contributions"),
        QT_TRANSLATE_NOOP("imdp::cli", "investment_income"),
        QT_TRANSLATE_NOOP("imdp::cli", "total_sources"),
        QT_TRANSLATE_NOOP("imdp::cli", "transfers_to_partners"),
        QT_TRANSLATE_NOOP("imdp::cli", "subtotal_transfers"),
        QT_TRANSLATE_NOOP("imdp::cli", "refunds"),
        QT_TRANSLATE_NOOP("imdp::cli", "partner_expenditure"),
        QT_TRANSLATE_NOOP("imdp::cli", "partner_total_expenses"),
        QT_TRANSLATE_NOOP("imdp::cli", "total_uses"),
        QT_TRANSLATE_NOOP("imdp::cli", "balance_with_agent"),
        QT_TRANSLATE_NOOP("imdp::cli", "balance_with_partners"),
        QT_TRANSLATE_NOOP("imdp::cli", "total_balance"),
        QT_TRANSLATE_NOOP("imdp::cli", "agent_balance_bps_of_deposits"),
        QT_TRANSLATE_NOOP("imdp::cli", "partner_balance_bps_of_transfers"),
        QT_TRANSLATE_NOOP("imdp::cli", "total_balance_bps_of_deposits")};
    for (const char *n : names) {
        if (key == QLatin1StringView(n))
            return tr(n);
    }
    return key;
}

QString shownDecimal(const QString &plain)
{
    if (s_language == u"en"_s)
        return plain;
    return QString(plain).replace(u'.', core::i18n::locale(s_language).decimalPoint());
}

int figureWidth(const QList<std::pair<QString, qint64>> &figures, int atLeast)
{
    qsizetype width = atLeast;
    for (const auto &[key, value] : figures)
        width = std::max(width, figureName(key).size());
    return int(width);
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
        err(tr("imdp: warning: ") + w);
    // A command that writes is refused with the reason itself: said once, not twice.
    if (readOnly && !(*db)->readOnlyReason().isEmpty())
        err(tr("imdp: warning: ") + (*db)->readOnlyReason());
    if (const auto broken = (*db)->brokenLock())
        err(tr("imdp: broke the lock of %1 (recorded in the audit trail)").arg(broken->describe()));
    return db;
}

} // namespace imdp::cli
