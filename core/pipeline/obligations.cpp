// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Reports a project owes: obligation rules kept as data, the reports they generate from the terms
// of reference and the closing, what is due and overdue, and receiving a report (with the
// expenditure and refund a financial report declares, posted in the ledger).
#include "core/pipeline/records.h"

#include "core/clock.h"
#include "core/pipeline/internal.h"
#include "core/pipeline/posting.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::pipeline {

using detail::fromIso;
using detail::iso;
using detail::refusal;
using detail::usd;

// ---- reports and obligations ----------------------------------------------------------------

const QStringList &reportKinds()
{
    static const QStringList k{u"progress"_s,        u"financial"_s,  u"final_narrative"_s,
                               u"final_financial"_s, u"completion"_s, u"evaluation"_s};
    return k;
}

Result<QList<ObligationRule>> obligationRules(Database &db)
{
    Query q(db, u"SELECT code, kind, anchor, offset_months, every_months, min_usd_minor, "
                "description FROM obligation_rule ORDER BY id"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<ObligationRule> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), int(q.integer(3)), int(q.integer(4)),
                    q.integer(5), q.text(6)});
    return out;
}

Status setObligationRule(Database &db, const ObligationRule &r)
{
    static const QRegularExpression codeShape(u"^[a-z0-9_]{1,40}$"_s);
    if (!codeShape.match(r.code).hasMatch())
        return Error::badInput(u"code"_s, u"pipeline.rule_code"_s,
                               {ErrorArg::txt(r.code.left(40))});
    if (!reportKinds().contains(r.kind))
        return Error::badInput(u"kind"_s, u"pipeline.rule_kind"_s,
                               {ErrorArg::txt(r.kind.left(40)),
                                ErrorArg::txt(reportKinds().join(u", "_s))});
    if (r.anchor != u"start"_s && r.anchor != u"end"_s && r.anchor != u"closing"_s)
        return Error::badInput(u"anchor"_s, u"pipeline.rule_anchor"_s,
                               {ErrorArg::txt(r.anchor.left(40))});
    if (r.offsetMonths < 0 || r.offsetMonths > 120 || r.everyMonths < 0 || r.everyMonths > 120)
        return Error::badInput(u"months"_s, u"pipeline.rule_months"_s, {});
    if (r.everyMonths > 0 && r.anchor != u"start"_s)
        return Error::badInput(u"every"_s, u"pipeline.rule_every"_s, {});
    if (r.minUsdMinor < 0)
        return Error::badInput(u"min"_s, u"pipeline.rule_min"_s, {});
    if (auto v = checkLine(u"description"_s, r.description, 200); !v)
        return v;
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Query q(db, u"INSERT INTO obligation_rule (code, kind, anchor, offset_months, every_months, "
                "min_usd_minor, description) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(code) DO UPDATE SET kind = excluded.kind, anchor = excluded.anchor, "
                "offset_months = excluded.offset_months, every_months = excluded.every_months, "
                "min_usd_minor = excluded.min_usd_minor, description = excluded.description"_s);
    q.bind(r.code).bind(r.kind).bind(r.anchor).bind(r.offsetMonths).bind(r.everyMonths);
    q.bind(r.minUsdMinor).bind(r.description);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = audit::record(db, u"obligation.rule"_s,
                               {{u"code"_s, r.code}, {u"kind"_s, r.kind}, {u"anchor"_s, r.anchor},
                                {u"offset_months"_s, r.offsetMonths},
                                {u"every_months"_s, r.everyMonths},
                                {u"min_usd"_s, usd(r.minUsdMinor)},
                                {u"description"_s, r.description}});
        !s)
        return s;
    return tx.commit();
}

namespace detail {
Status generateReports(Database &db, qint64 proposalId, const QString &code,
                       const QStringList &anchors, const QDate &closing)
{
    auto tor = termsOfReference(db, code);
    if (!tor)
        return tor.error();
    auto allocation = endorsedAmount(db, proposalId);
    if (!allocation)
        return allocation.error();
    auto rules = obligationRules(db);
    if (!rules)
        return rules.error();
    const QDate start = *tor ? (*tor)->start : QDate();
    const QDate end = *tor ? (*tor)->end : QDate();
    for (const ObligationRule &r : *rules) {
        if (!anchors.contains(r.anchor) || *allocation < r.minUsdMinor)
            continue;
        QList<QDate> dues;
        if (r.anchor == u"start"_s && start.isValid() && end.isValid()) {
            if (r.everyMonths > 0) {
                // Periodic reports fall strictly before the end: the final reports cover the rest.
                for (QDate d = start.addMonths(r.offsetMonths); d < end;
                     d = d.addMonths(r.everyMonths))
                    dues.append(d);
            } else {
                dues.append(start.addMonths(r.offsetMonths));
            }
        } else if (r.anchor == u"end"_s && end.isValid()) {
            dues.append(end.addMonths(r.offsetMonths));
        } else if (r.anchor == u"closing"_s && closing.isValid()) {
            dues.append(closing.addMonths(r.offsetMonths));
        }
        for (const QDate &d : dues) {
            Query q(db, u"INSERT INTO report (proposal_id, kind, rule_code, due_date) "
                        "VALUES (?, ?, ?, ?)"_s);
            q.bind(proposalId).bind(r.kind).bind(r.code).bind(iso(d));
            if (auto s = q.exec(); !s)
                return s;
            if (auto s = audit::record(db, u"report.due"_s,
                                       {{u"code"_s, code}, {u"kind"_s, r.kind},
                                        {u"rule"_s, r.code}, {u"due"_s, iso(d)}});
                !s)
                return s;
        }
    }
    return {};
}
} // namespace detail

namespace {
const QString reportColumns =
    u"SELECT r.id, p.code, p.title, r.kind, r.rule_code, r.due_date, r.received_date, r.note "
    "FROM report r JOIN proposal p ON p.id = r.proposal_id "_s;

PartnerReport reportFromRow(const Query &q, const QDate &today)
{
    PartnerReport r{q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), fromIso(q.text(5)),
             fromIso(q.text(6)), q.text(7), false};
    r.overdue = !r.received.isValid() && r.due < today;
    return r;
}
} // namespace

Result<QList<PartnerReport>> reports(Database &db, const QString &code)
{
    const QDate today = Clock::today();
    return detail::proposalRows(
        db, code, reportColumns + u"WHERE r.proposal_id = ? ORDER BY r.due_date, r.id"_s,
        [&today](const Query &q) { return reportFromRow(q, today); });
}

Result<QList<PartnerReport>> due(Database &db, bool overdueOnly)
{
    const QDate today = Clock::today();
    // Withdrawn proposals owe nothing more; closed ones may still owe a completion report.
    Query q(db, reportColumns
                    + u"WHERE r.received_date = '' AND p.state <> 'withdrawn' "
                      "AND (? = 0 OR r.due_date < ?) ORDER BY r.due_date, p.code, r.id"_s);
    q.bind(overdueOnly ? 1 : 0).bind(iso(today));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<PartnerReport> out;
    while (q.next())
        out.append(reportFromRow(q, today));
    return out;
}

Status receiveReport(Database &db, const QString &code, const QString &report, const QDate &date,
                     const QString &note, const ReportFigures &figures)
{
    if (!date.isValid())
        return Error::badInput(u"date"_s, u"pipeline.date_required"_s, {});
    if (date > Clock::today())
        return Error::badInput(u"date"_s, u"pipeline.date_future"_s, {ErrorArg::day(date)});
    if (auto v = checkText(u"note"_s, note, 4000); !v)
        return v;
    if (figures.expenditureUsdMinor < 0 || figures.refundUsdMinor < 0)
        return Error::badInput(u"expenditure"_s, u"pipeline.figures_negative"_s, {});
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto p = detail::ref(db, code);
    if (!p)
        return p.error();
    Query q(db, u"SELECT id, kind, received_date FROM report WHERE proposal_id = ? AND "
                "(CAST(id AS TEXT) = ? OR (kind = ? AND received_date = '')) "
                "ORDER BY (CAST(id AS TEXT) = ?) DESC, due_date, id LIMIT 1"_s);
    q.bind(p->id).bind(report).bind(report).bind(report);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(u"report"_s, u"pipeline.report_not_found"_s,
                               {ErrorArg::txt(code), ErrorArg::txt(report.left(40))});
    const qint64 id = q.integer(0);
    const QString kind = q.text(1);
    if (!q.text(2).isEmpty())
        return refusal(code, part(u"pipeline.what.receive_report"_s, {ErrorArg::num(id)}),
                       part(u"pipeline.why.received_on"_s, {detail::dayArg(q.text(2))}));
    const bool financial = kind == u"financial"_s || kind == u"final_financial"_s;
    if (!financial && figures.expenditureUsdMinor > 0)
        return Error::badInput(u"expenditure"_s, u"pipeline.expenditure_only_financial"_s, {});
    if (kind != u"final_financial"_s && figures.refundUsdMinor > 0)
        return Error::badInput(u"refund"_s, u"pipeline.refund_only_final"_s, {});
    Query upd(db, u"UPDATE report SET received_date = ?, note = ? WHERE id = ?"_s);
    upd.bind(iso(date)).bind(note).bind(id);
    if (auto s = upd.exec(); !s)
        return s;
    if (figures.expenditureUsdMinor > 0 || figures.refundUsdMinor > 0) {
        auto tor = termsOfReference(db, code);
        if (!tor)
            return tor.error();
        const QString partner = *tor ? (*tor)->partner : QString();
        const QString ref = u"%1 report %2"_s.arg(code).arg(id);
        if (figures.expenditureUsdMinor > 0) {
            if (auto s = posting::expenditure(db, code, partner, figures.expenditureUsdMinor,
                                              date, ref);
                !s)
                return s;
        }
        if (figures.refundUsdMinor > 0) {
            if (auto s = posting::refund(db, code, partner, figures.refundUsdMinor, date, ref);
                !s)
                return s;
        }
    }
    if (auto s = audit::record(db, u"report.receive"_s,
                               {{u"code"_s, code}, {u"report"_s, id}, {u"kind"_s, kind},
                                {u"date"_s, iso(date)}, {u"note"_s, note},
                                {u"expenditure_usd"_s, usd(figures.expenditureUsdMinor)},
                                {u"refund_usd"_s, usd(figures.refundUsdMinor)}});
        !s)
        return s;
    return tx.commit();
}

} // namespace imdp::core::pipeline
