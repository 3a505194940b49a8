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
};

/// A check's problems: past `limit`, they are counted, not listed (the first ones say enough).
class Listing
{
public:
    explicit Listing(int limit = 10)
        : m_limit(limit)
    {
    }
    void add(const QString &line)
    {
        if (m_lines.size() < m_limit)
            m_lines << line;
        else
            ++m_more;
    }
    QStringList lines() const
    {
        QStringList out = m_lines;
        if (m_more > 0)
            out << QStringLiteral("... and %1 more").arg(m_more);
        return out;
    }

private:
    int m_limit;
    QStringList m_lines;
    int m_more = 0;
};

/// Adds a check run after the built-in ones, in registration order. A name registered twice
/// replaces the earlier check (so registration can sit in a function called more than once).
void registerCheck(Check check);
QList<Check> checks();

struct Outcome
{
    QString name;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};
struct Report
{
    QList<Outcome> outcomes;
    qint64 auditRows = 0;
    QString auditHead;
    bool ok() const;
};

/// `quick` leaves out the page-level checks (integrity, foreign keys), which read every page of
/// the file: the audit chain, the balances and every registered check remain. `onCheck`, when
/// given, is told each check's name and position before it runs (a progress line).
struct Options
{
    bool quick = false;
    std::function<void(const QString &name, int index, int count)> onCheck;
};
Report run(Database &db, const Options &options);
Report run(Database &db);
/// The names of the page-level checks `quick` leaves out.
bool isPageLevel(const QString &checkName);

/// The audit chain on its own: recomputes every hash and names the first row altered, inserted
/// or deleted outside the application. `rows` and `head` receive what was read.
QStringList auditChain(Database &db, qint64 *rows = nullptr, QString *head = nullptr);

} // namespace verify
} // namespace imdp::core
