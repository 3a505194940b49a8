// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The uses of the fund: allocations to projects, tranches to partners, what partners report and
// pay back. A project is keyed by its code, so these work before and after the pipeline knows it.
#include "core/ledger/journal.h"
#include "core/ledger/projects.h"

#include "core/fund/fund.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

using namespace detail;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

namespace detail {

Status checkCode(const QString &code)
{
    // The shape of a proposal code (core/pipeline/proposals.cpp).
    static const QRegularExpression shape(u"^[A-Z0-9][A-Z0-9-]{1,31}$"_s);
    if (!shape.match(code).hasMatch())
        return Error::badInput(u"project"_s, u"ledger.project_must_capital_letters"_s,
                               {ErrorArg::txt(code.left(40))});
    return {};
}

Status checkCommon(const QString &code, qint64 usdMinor, const QDate &date)
{
    if (auto v = checkCode(code); !v)
        return v;
    if (usdMinor <= 0)
        return Error::badInput(u"amount"_s, u"ledger.amount_must_greater_than"_s, {});
    if (!date.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    return {};
}

/// The partner of a project entry. A transfer starts new money with it, so a retired partner is
/// refused; expenditure and refunds settle what a partner already holds, so it may be retired.
Result<Organisation> partnerOrg(Database &db, const QString &partner, bool newMoney)
{
    if (newMoney)
        return organisations::findForNew(db, u"partner"_s, partner);
    auto org = organisations::find(db, partner.trimmed());
    if (!org && org.error().code == ErrorCode::NotFound)
        return organisations::findForNew(db, u"partner"_s, partner);
    return org;
}

QJsonArray linesJson(const QList<Line> &lines)
{
    QJsonArray a;
    for (const Line &l : lines) {
        if (l.usdMinor != 0) // post() drops lines of 0.00
            a.append(QJsonArray{l.account, l.flow, usd(l.usdMinor)});
    }
    return a;
}

Result<qint64> postProjectEntry(Database &db, WriteTransaction &tx, const NewEntry &e,
                                const QString &command, QJsonObject detail)
{
    auto id = post(db, e);
    if (!id)
        return id.error();
    if (const QString project = e.lines.first().project; !project.isEmpty()) {
        if (auto s = checkProject(db, project); !s)
            return s.error();
    }
    detail.insert(u"entry"_s, *id);
    detail.insert(u"date"_s, iso(e.date));
    detail.insert(u"postings"_s, linesJson(e.lines));
    if (auto s = audit::record(db, command, detail); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

} // namespace detail

Result<qint64> allocate(Database &db, const Allocation &a)
{
    if (auto v = checkCommon(a.projectCode, a.usdMinor, a.date); !v)
        return v.error();
    if (auto v = checkText(u"note"_s, a.note, 2000); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    // Available on the allocation's date, and over the whole journal: a back-dated allocation
    // must not spend money a later correction took away.
    auto onDate = available(db, a.date);
    if (!onDate)
        return onDate.error();
    auto overall = available(db, {});
    if (!overall)
        return overall.error();
    const qint64 avail = std::min(*onDate, *overall);
    if (a.usdMinor > avail)
        return Error::refused(u""_s, u"ledger.usd_above_what_available_2"_s,
                              {ErrorArg::txt(a.projectCode), ErrorArg::money(a.usdMinor, u"USD"_s),
                               ErrorArg::txt(iso(a.date)),
                               ErrorArg::money(std::max<qint64>(avail, 0), u"USD"_s)});
    const NewEntry e{a.date, u"allocation"_s, a.note.trimmed(), 0, {},
                     {{AllocationControl, u"allocation"_s, a.usdMinor, 0, a.projectCode, 0},
                      {Allocations, u"allocation"_s, -a.usdMinor, 0, a.projectCode, 0}}};
    return postProjectEntry(db, tx, e, u"ledger.allocate"_s,
                            {{u"project"_s, a.projectCode}, {u"usd"_s, usd(a.usdMinor)},
                             {u"available_before"_s, usd(avail)}, {u"note"_s, a.note.trimmed()}});
}

Result<qint64> releaseAllocation(Database &db, const QString &projectCode, qint64 usdMinor,
                                 const QDate &date, const QString &note)
{
    if (auto v = checkCommon(projectCode, usdMinor, date); !v)
        return v.error();
    if (auto v = checkText(u"note"_s, note, 2000); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto b = projectBalance(db, projectCode);
    if (!b)
        return b.error();
    if (usdMinor > b->unspentAllocation)
        return Error::refused(projectCode, u"ledger.usd_above_unspent_allocation"_s,
                              {ErrorArg::txt(projectCode), ErrorArg::money(usdMinor, u"USD"_s),
                               ErrorArg::money(b->unspentAllocation, u"USD"_s)});
    const NewEntry e{date, u"release"_s, note.trimmed(), 0, {},
                     {{Allocations, u"release"_s, usdMinor, 0, projectCode, 0},
                      {AllocationControl, u"release"_s, -usdMinor, 0, projectCode, 0}}};
    return postProjectEntry(db, tx, e, u"ledger.release"_s,
                            {{u"project"_s, projectCode}, {u"usd"_s, usd(usdMinor)},
                             {u"note"_s, note.trimmed()}});
}

Result<qint64> transfer(Database &db, const Transfer &t)
{
    if (auto v = checkCommon(t.projectCode, t.usdMinor, t.date); !v)
        return v.error();
    if (auto v = checkLine(u"reference"_s, t.reference, 80, true); !v)
        return v.error();
    if (auto v = checkText(u"note"_s, t.note, 2000); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto partner = partnerOrg(db, t.partner, true);
    if (!partner)
        return partner.error();
    auto b = projectBalance(db, t.projectCode);
    if (!b)
        return b.error();
    if (t.usdMinor > b->unspentAllocation)
        return Error::refused(u""_s, u"ledger.tranche_usd_above_what"_s,
                              {ErrorArg::txt(t.projectCode), ErrorArg::money(t.usdMinor, u"USD"_s),
                               ErrorArg::money(b->unspentAllocation, u"USD"_s),
                               ErrorArg::money(b->allocated, u"USD"_s)});
    QString memo = t.reference.trimmed();
    if (!t.note.trimmed().isEmpty())
        memo += (memo.isEmpty() ? QString() : u" — "_s) + t.note.trimmed();
    const NewEntry e{
        t.date, u"transfer"_s, memo, 0, {},
        {{HeldByPartners, u"transfer"_s, t.usdMinor, 0, t.projectCode, partner->id},
         {Cash, u"transfer"_s, -t.usdMinor, 0, t.projectCode, partner->id},
         {Transfers, u"transfer"_s, t.usdMinor, 0, t.projectCode, partner->id},
         {TransferControl, u"transfer"_s, -t.usdMinor, 0, t.projectCode, partner->id}}};
    return postProjectEntry(db, tx, e, u"ledger.transfer"_s,
                            {{u"project"_s, t.projectCode}, {u"partner"_s, partner->name},
                             {u"usd"_s, usd(t.usdMinor)}, {u"reference"_s, t.reference.trimmed()},
                             {u"note"_s, t.note.trimmed()}});
}

namespace {
/// Expenditure and refunds both draw on what one partner holds for one project.
Result<qint64> drawOnPartner(Database &db, const QString &projectCode, const QString &partner,
                             qint64 usdMinor, const QDate &date, const QString &reference,
                             bool refund)
{
    if (auto v = checkCommon(projectCode, usdMinor, date); !v)
        return v.error();
    if (auto v = checkLine(u"reference"_s, reference, 80, true); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto org = partnerOrg(db, partner, false);
    if (!org)
        return org.error();
    auto held = balance(db, HeldByPartners, projectCode, org->id);
    if (!held)
        return held.error();
    if (usdMinor > *held)
        return Error::refused(projectCode, u"ledger.holds_usd_project_usd"_s,
                              {ErrorArg::txt(projectCode), ErrorArg::txt(org->name),
                               ErrorArg::money(*held, u"USD"_s),
                               ErrorArg::money(usdMinor, u"USD"_s)});
    const QString flow = refund ? u"refund"_s : u"expenditure"_s;
    QList<Line> lines;
    if (refund) {
        lines = {{Cash, flow, usdMinor, 0, projectCode, org->id},
                 {HeldByPartners, flow, -usdMinor, 0, projectCode, org->id},
                 {TransferControl, flow, usdMinor, 0, projectCode, org->id},
                 {Refunds, flow, -usdMinor, 0, projectCode, org->id}};
    } else {
        lines = {{Expenditure, flow, usdMinor, 0, projectCode, org->id},
                 {HeldByPartners, flow, -usdMinor, 0, projectCode, org->id}};
    }
    const NewEntry e{date, flow, reference.trimmed(), 0, {}, lines};
    return postProjectEntry(db, tx, e, refund ? u"ledger.refund"_s : u"ledger.expenditure"_s,
                            {{u"project"_s, projectCode}, {u"partner"_s, org->name},
                             {u"usd"_s, usd(usdMinor)}, {u"reference"_s, reference.trimmed()}});
}
} // namespace

Result<qint64> recordExpenditure(Database &db, const QString &projectCode, const QString &partner,
                                 qint64 usdMinor, const QDate &date, const QString &reference)
{
    return drawOnPartner(db, projectCode, partner, usdMinor, date, reference, false);
}

Result<qint64> refundFromPartner(Database &db, const QString &projectCode, const QString &partner,
                                 qint64 usdMinor, const QDate &date, const QString &reference)
{
    return drawOnPartner(db, projectCode, partner, usdMinor, date, reference, true);
}

Result<qint64> waiveResidual(Database &db, const QString &projectCode, const QDate &date,
                             const QString &note)
{
    if (auto v = checkCode(projectCode); !v)
        return v.error();
    if (!date.isValid())
        return Error::badInput(u"date"_s, u"ledger.date_required"_s, {});
    if (auto v = checkText(u"note"_s, note, 2000); !v)
        return v.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    // What each partner holds for the project: usually one, but a partner changed between
    // tranches holds its own balance.
    auto held = heldByEachPartner(db, projectCode);
    if (!held)
        return held.error();
    QList<Line> lines;
    QJsonArray partners;
    qint64 total = 0;
    for (const PartnerHeld &h : *held) {
        if (h.usdMinor <= 0)
            continue;
        lines.append({ResidualWaived, u"waiver"_s, h.usdMinor, 0, projectCode, h.partnerId});
        lines.append({HeldByPartners, u"waiver"_s, -h.usdMinor, 0, projectCode, h.partnerId});
        partners.append(QJsonArray{h.partner, usd(h.usdMinor)});
        total += h.usdMinor;
    }
    if (lines.isEmpty())
        return qint64(0);
    // The journal's kinds are fixed by the schema: a waiver is a draw on what partners hold, like
    // reported expenditure; its account and flow ("residual_waived", "waiver") tell it apart.
    const NewEntry e{date, u"expenditure"_s, note.trimmed(), 0, {}, lines};
    auto id = postProjectEntry(db, tx, e, u"ledger.waive"_s,
                               {{u"project"_s, projectCode}, {u"usd"_s, usd(total)},
                                {u"partners"_s, partners}, {u"note"_s, note.trimmed()}});
    if (!id)
        return id.error();
    return total;
}

Result<ProjectBalance> projectBalance(Database &db, const QString &projectCode)
{
    if (auto v = checkCode(projectCode); !v)
        return v.error();
    Query q(db, u"SELECT account_id, SUM(usd_minor) FROM posting "
                "WHERE project = ? AND project <> '' GROUP BY account_id"_s);
    q.bind(projectCode);
    if (auto s = q.exec(); !s)
        return s.error();
    ProjectBalance b;
    while (q.next()) {
        const qint64 v = q.integer(1);
        switch (int(q.integer(0))) {
        case Allocations: b.allocated = -v; break;
        case Transfers: b.transferred = v; break;
        case Expenditure: b.expenditure = v; break;
        case Refunds: b.refunded = -v; break;
        case HeldByPartners: b.heldByPartner = v; break;
        case ResidualWaived: b.waived = v; break;
        default: break;
        }
    }
    if (auto s = q.status(); !s)
        return s.error();
    b.unspentAllocation = b.allocated - (b.transferred - b.refunded);
    return b;
}

} // namespace imdp::core::ledger
