// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace imdp::core {

class Database;

/// `imdp verify`: checks a fund file holds together. Built in: SQLite's integrity_check, the
/// foreign keys and the audit hash chain. Capabilities add their own checks to the registry
/// (the ledger: every journal entry balances, stored balances match the journal), so one
/// command covers them all.
namespace verify {

/// What a check finds, one Error per problem: its English line in `message`, and for the
/// storage's own checks a message key and arguments, so the desktop words it in French or Spanish
/// (core/i18n/errors_storage.cpp). A capability's check's lines carry no key (English only).
using Problems = QList<Error>;

/// One check: a short name ("audit chain") and a function returning the problems it finds, one
/// line each (empty when the check holds). An Error means the check could not run at all.
struct Check
{
    QString name;
    std::function<Result<QStringList>(Database &)> run;
    /// The check reads the file only through the Database it is given and needs no other
    /// check's result: run() may run it on a read-only connection of its own on a second thread,
    /// beside the others (issue 23). The page-level checks are; a long registered check may be.
    bool ownConnection = false;
    /// The storage's own checks: keyed problems instead of `run`'s lines.
    std::function<Result<Problems>(Database &)> keyed = {};
};

/// A check's problems: past `limit`, they are counted, not listed (the first ones say enough).
class Listing
{
public:
    explicit Listing(int limit = 10)
        : m_limit(limit)
    {
    }
    void add(const QString &line);
    /// A keyed problem (its key's template in core/i18n/errors_storage.cpp).
    void add(const QString &key, QList<ErrorArg> args);
    /// The problems as English lines (a capability's check), or as keyed problems.
    QStringList lines() const;
    Problems problems() const;

private:
    int m_limit;
    Problems m_problems;
    int m_more = 0;
};

/// A problem with its key's template (core/i18n/errors_storage.cpp) worded in English.
Error problem(const QString &key, QList<ErrorArg> args);

/// Adds a check run after the built-in ones, in registration order. A name registered twice
/// replaces the earlier check (so registration can sit in a function called more than once).
void registerCheck(Check check);
QList<Check> checks();

struct Outcome
{
    QString name;
    Problems problems;
    bool ok() const { return problems.isEmpty(); }
    /// The problems in English, one line each (the CLI, its JSON, the logs).
    QStringList lines() const;
};
struct Findings
{
    QList<Outcome> outcomes;
    qint64 auditRows = 0;
    QString auditHead;
    /// Stopped by Options::cancelled before every check ran: no outcome is kept (a check cut
    /// short proves nothing either way), and ok() is false.
    bool cancelled = false;
    bool ok() const;
};

/// `quick` leaves out the page-level checks (integrity, foreign keys), which read every page of
/// the file: the audit chain, the balances and every registered check remain. `onCheck`, when
/// given, is told each check's name and position before it runs (a progress line). `cancelled`,
/// when given, is polled while the checks run (from both threads): once it says so the running
/// statements stop and no further check starts (Findings::cancelled).
struct Options
{
    bool quick = false;
    std::function<void(const QString &name, int index, int count)> onCheck;
    std::function<bool()> cancelled;
};
Findings run(Database &db, const Options &options);
Findings run(Database &db);
/// One check alone on `db` (a benchmark's timing of each check).
Outcome runCheck(const Check &check, Database &db);
/// The names of the page-level checks `quick` leaves out.
bool isPageLevel(const QString &checkName);

/// The audit chain on its own: recomputes every hash and names the first row altered, inserted
/// or deleted outside the application. `rows` and `head` receive what was read.
Problems auditChain(Database &db, qint64 *rows = nullptr, QString *head = nullptr);

} // namespace verify
} // namespace imdp::core
