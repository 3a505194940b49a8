// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/committee/members.h"

#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::members {

const QStringList &constituencies()
{
    static const QStringList c{u"donor"_s, u"developing_country"_s, u"other_stakeholder"_s};
    return c;
}

const QStringList &roles()
{
    static const QStringList r{u"chair"_s, u"member"_s, u"observer"_s};
    return r;
}

namespace {
QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

bool overlaps(const Member &a, const Member &b)
{
    const bool aEndsBefore = a.termEnd.isValid() && a.termEnd < b.termStart;
    const bool bEndsBefore = b.termEnd.isValid() && b.termEnd < a.termStart;
    return !aEndsBefore && !bEndsBefore;
}
} // namespace

Result<qint64> add(Database &db, const Member &m)
{
    if (auto v = checkLine(u"name"_s, m.name, 120); !v)
        return v.error();
    if (auto v = checkLine(u"organisation"_s, m.organisation, 200); !v)
        return v.error();
    if (!constituencies().contains(m.constituency))
        return Error::badInput(u"constituency"_s, u"committee.constituency_one"_s,
                               {ErrorArg::txt(m.constituency.left(40)),
                                ErrorArg::txt(constituencies().join(u", "_s))});
    if (!roles().contains(m.role))
        return Error::badInput(
            u"role"_s, u"committee.role_one"_s,
            {ErrorArg::txt(m.role.left(40)), ErrorArg::txt(roles().join(u", "_s))});
    if (!m.termStart.isValid())
        return Error::badInput(u""_s, u"committee.term_start_required"_s, {});
    if (m.termEnd.isValid() && m.termEnd < m.termStart)
        return Error::badInput(u""_s, u"committee.term_end_before_term"_s,
                               {ErrorArg::txt(iso(m.termEnd)), ErrorArg::txt(iso(m.termStart))});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (m.role == u"chair"_s) {
        auto all = list(db);
        if (!all)
            return all.error();
        for (const Member &o : *all) {
            if (o.role == u"chair"_s && overlaps(o, m))
                return Error::refused(u"role"_s, u"committee.role_already_chairs_committee"_s,
                                      {ErrorArg::txt(o.name)});
        }
    }
    Query q(db, u"INSERT INTO committee_member (name, organisation, constituency, role, "
                "term_start, term_end) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bind(m.name.trimmed()).bind(m.organisation.trimmed()).bind(m.constituency).bind(m.role);
    q.bind(iso(m.termStart)).bind(iso(m.termEnd));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId();
    if (auto s = audit::record(db, u"member.add"_s,
                               {{u"id"_s, id}, {u"name"_s, m.name.trimmed()},
                                {u"organisation"_s, m.organisation.trimmed()},
                                {u"constituency"_s, m.constituency}, {u"role"_s, m.role},
                                {u"term_start"_s, iso(m.termStart)},
                                {u"term_end"_s, iso(m.termEnd)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Member>> list(Database &db)
{
    Query q(db, u"SELECT id, name, organisation, constituency, role, term_start, term_end "
                "FROM committee_member ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'member' "
                "THEN 1 ELSE 2 END, name, id"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Member> out;
    while (q.next()) {
        out.append({q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4),
                    QDate::fromString(q.text(5), Qt::ISODate),
                    QDate::fromString(q.text(6), Qt::ISODate)});
    }
    return out;
}

Result<QList<Member>> serving(Database &db, const QDate &on)
{
    auto all = list(db);
    if (!all)
        return all.error();
    QList<Member> out;
    for (const Member &m : *all) {
        if (m.serving(on))
            out.append(m);
    }
    return out;
}

} // namespace imdp::core::members
