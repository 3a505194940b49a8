// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/committee/dossier.h"

#include "core/fund/programme.h"

#include "core/clock.h"
#include "core/committee/meetings.h"
#include "core/fund/fund.h"
#include "core/funding/capstatus.h"
#include "core/i18n/i18n.h"
#include "core/i18n/labels.h"
#include "core/ledger/position.h"
#include "core/money/currency.h"
#include "core/money/limit.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/pipeline/posting.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/review.h"
#include "core/storage/audit.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::dossier {

namespace {

using document::Align;
using document::Document;
using document::Table;
using Fields = QList<std::pair<QString, QString>>;

/// Everything the sections share: the translation lookup, the locale and the redaction.
struct Ctx
{
    Database &db;
    Options opt;
    QLocale locale;

    QString t(const char *source) const { return i18n::translate("Dossier", source, opt.language); }
    QString date(const QDate &d) const { return i18n::longDate(d, opt.language); }
    QString usd(qint64 minor) const { return amount(minor, locale); }
    QString money(qint64 minor, const QString &currency) const
    {
        const auto c = findCurrency(currency);
        const int units = c ? c->minorUnits : 2;
        if (units == 2)
            return amount(minor, locale);
        qint64 scale = 1;
        for (int i = 0; i < units; ++i)
            scale *= 10;
        const QString whole = locale.toString(minor / scale);
        if (units == 0)
            return whole;
        return whole + locale.decimalPoint()
               + u"%1"_s.arg(qAbs(minor % scale), units, 10, QLatin1Char('0'));
    }
    QString percent(qint64 bps) const { return points(bps) + u" %"_s; }
    /// A score in hundredths of a point (345: "3.45"), in the dossier's locale.
    QString points(qint64 hundredths) const
    {
        return u"%1%2%3"_s.arg(locale.toString(hundredths / 100), locale.decimalPoint())
            .arg(hundredths % 100, 2, 10, QLatin1Char('0'));
    }
    QString label(i18n::Kind kind, const QString &key) const
    {
        return i18n::label(kind, key, opt.language);
    }
};

/// The parts common to the dossier and the minutes: cover, header, footer, fingerprint.
Result<Document> frame(const Ctx &c, const Meeting &m, const QString &kind)
{
    auto fs = fund::settings(c.db);
    if (!fs)
        return fs.error();
    auto head = audit::head(c.db);
    if (!head)
        return head.error();
    Document d;
    const QString meeting =
        c.t(QT_TRANSLATE_NOOP("Dossier", "Oversight Committee, meeting %1")).arg(m.number);
    d.title = fs->name;
    d.subtitle = meeting;
    d.coverLines = {kind, u"%1 · %2"_s.arg(c.date(m.date), m.place)};
    if (c.opt.redacted)
        d.coverLines << c.t(QT_TRANSLATE_NOOP("Dossier", "Observers' edition (redacted)"));
    d.coverLines << c.t(QT_TRANSLATE_NOOP("Dossier", "Issued on %1")).arg(c.date(Clock::today()));
    d.confidentiality = c.t(QT_TRANSLATE_NOOP("Dossier", "Confidential — for Committee members only"));
    d.runningHeader = u"%1 · %2"_s.arg(fs->name, meeting);
    d.footerLeft = c.date(Clock::today());
    d.fingerprint = *head;
    d.contentsTitle = c.t(QT_TRANSLATE_NOOP("Dossier", "Contents"));
    d.pageFormat = c.t(QT_TRANSLATE_NOOP("Dossier", "Page %1 of %2"));
    return d;
}

/// Adds a USD request to an agenda's total within the limit of any total a report prints
/// (kMaxUsdMinor, issue 17): each request is within it, but a long agenda of large requests is
/// not, and the dossier is then refused rather than print a figure that does not add up.
Status addRequested(qint64 &total, qint64 requested)
{
    auto sum = addWithin(total, requested, kMaxUsdMinor);
    if (!sum)
        return Error::refused(u"agenda"_s, u"committee.agenda_requests_proposals_agenda"_s,
                              {ErrorArg::txt(formatMinor(kMaxUsdMinor, 2))});
    total = *sum;
    return {};
}

Status agendaSection(const Ctx &c, Document &d, const QList<AgendaItem> &items)
{
    d.heading1(c.t(QT_TRANSLATE_NOOP("Dossier", "Agenda")));
    Table t;
    t.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Item")), Align::Left, 1},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Subject")), Align::Left, 7},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "For")), Align::Left, 2},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Requested (USD)")), Align::Right, 3}};
    qint64 total = 0;
    QMap<QString, std::pair<qint64, qint64>> byWindow; // window code → items, USD requested
    for (const AgendaItem &i : items) {
        if (i.kind == u"information"_s) {
            t.rows << QStringList{c.locale.toString(i.seq), i.title,
                                  c.t(QT_TRANSLATE_NOOP("Dossier", "information")), QString()};
            continue;
        }
        auto p = pipeline::find(c.db, i.proposal);
        if (!p)
            return p.error();
        const qint64 usd = p->currency == u"USD"_s ? p->requestedMinor : 0;
        if (auto s = addRequested(total, usd); !s)
            return s;
        auto &w = byWindow[p->window];
        ++w.first;
        if (auto s = addRequested(w.second, usd); !s)
            return s;
        t.rows << QStringList{c.locale.toString(i.seq), u"%1 %2"_s.arg(p->code, p->title),
                              c.t(QT_TRANSLATE_NOOP("Dossier", "decision")),
                              p->currency == u"USD"_s ? c.usd(p->requestedMinor)
                                                     : c.money(p->requestedMinor, p->currency)
                                                           + u" "_s + p->currency};
    }
    t.totals = {QString(), c.t(QT_TRANSLATE_NOOP("Dossier", "Total requested")), QString(),
                c.usd(total)};
    d.addTable(t);
    // A fund with several funding windows (calls for proposals): the agenda by window.
    auto windows = programme::windows(c.db);
    if (!windows)
        return windows.error();
    if (windows->size() > 1) {
        d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "By funding window")));
        Table w;
        w.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Funding window")), Align::Left, 7},
                     {c.t(QT_TRANSLATE_NOOP("Dossier", "Items")), Align::Right, 2},
                     {c.t(QT_TRANSLATE_NOOP("Dossier", "Requested (USD)")), Align::Right, 3}};
        const auto row = [&](const QString &code, const QString &name) {
            if (!byWindow.contains(code))
                return;
            const auto &[n, usd] = byWindow.value(code);
            w.rows << QStringList{name, c.locale.toString(n), c.usd(usd)};
        };
        for (const FundingWindow &fw : *windows)
            row(fw.code, u"%1 · %2"_s.arg(fw.code, fw.title));
        row(QString(), c.t(QT_TRANSLATE_NOOP("Dossier", "No window")));
        d.addTable(w);
    }
    return {};
}

Status positionSection(const Ctx &c, Document &d, qint64 requested)
{
    auto pos = ledger::position(c.db, Clock::today());
    if (!pos)
        return pos.error();
    d.heading1(c.t(QT_TRANSLATE_NOOP("Dossier", "The fund's position")));
    d.paragraph(c.t(QT_TRANSLATE_NOOP("Dossier",
                                      "Figures in US dollars as recorded on %1, at the rates of "
                                      "the day each contribution was recorded."))
                    .arg(c.date(pos->at)));
    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Sources and uses")));
    qint64 donors = 0, bank = 0;
    for (const ledger::SourcePosition &s : pos->bySource)
        (s.source == u"bank"_s ? bank : donors) += s.received;
    Table t;
    t.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Line")), Align::Left, 6},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Amount (USD)")), Align::Right, 2}};
    t.rows = {
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Contributions received from donors")), c.usd(donors)},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Resources received from the World Bank (DGF)")),
         c.usd(bank)},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Investment income")), c.usd(pos->income)},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Less administrative agent fees")), c.usd(-pos->fees)},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Less allocations to projects")),
         c.usd(-pos->allocated)},
    };
    t.totals = {c.t(QT_TRANSLATE_NOOP("Dossier", "Available for allocation")),
                c.usd(pos->available)};
    d.addTable(t);
    QList<std::pair<QString, QString>> fields{
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Requested at this meeting")), c.usd(requested)},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Transferred to partners")), c.usd(pos->transferred)},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Held by partners")), c.usd(pos->heldByPartners)}};
    if (pos->waived != 0) // once a financial closing has waived a residual: say where it went
        fields.append({c.t(QT_TRANSLATE_NOOP("Dossier", "Closing residuals waived")),
                       c.usd(pos->waived)});
    fields.append({c.t(QT_TRANSLATE_NOOP("Dossier", "Cash")), c.usd(pos->cash)});
    d.addFields(fields);

    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Contributions by donor")));
    Table by;
    // Amount columns wide enough for a bold total of eight digits and its separators.
    by.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Donor")), Align::Left, 4},
                  {c.t(QT_TRANSLATE_NOOP("Dossier", "Pledged")), Align::Right, 3},
                  {c.t(QT_TRANSLATE_NOOP("Dossier", "Received")), Align::Right, 3},
                  {c.t(QT_TRANSLATE_NOOP("Dossier", "Outstanding")), Align::Right, 3},
                  {c.t(QT_TRANSLATE_NOOP("Dossier", "In arrears")), Align::Right, 3}};
    for (const ledger::DonorPosition &p : pos->byDonor) {
        by.rows << QStringList{p.donor, c.usd(p.pledged), c.usd(p.received), c.usd(p.outstanding),
                               c.usd(p.arrears)};
    }
    by.totals = {c.t(QT_TRANSLATE_NOOP("Dossier", "Total")), c.usd(pos->pledged),
                 c.usd(pos->received), c.usd(pos->outstanding), c.usd(pos->arrears)};
    d.addTable(by);
    if (pos->prospective > 0)
        d.note(c.t(QT_TRANSLATE_NOOP("Dossier", "Prospective pledges not yet signed: %1."))
                   .arg(c.usd(pos->prospective)));
    return {};
}

Status capSection(const Ctx &c, Document &d)
{
    auto cap = funding::capStatus(c.db);
    if (!cap)
        return cap.error();
    d.heading1(c.t(QT_TRANSLATE_NOOP("Dossier", "The DGF cap")));
    d.paragraph(c.t(QT_TRANSLATE_NOOP("Dossier",
                                      "Resources from the World Bank's Development Grant Facility "
                                      "may not exceed %1 of the fund's total funding. The share is "
                                      "shown on three bases: the funding plan (every pledge not "
                                      "cancelled), signed pledges, and receipts."))
                    .arg(c.percent(cap->capBps)));
    Table t;
    t.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Basis")), Align::Left, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Bank (DGF)")), Align::Right, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Other")), Align::Right, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Total")), Align::Right, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Share")), Align::Right, 2},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Bank headroom")), Align::Right, 3}};
    const QList<std::pair<const char *, const CapFigures *>> rows{
        {QT_TRANSLATE_NOOP("Dossier", "Funding plan"), &cap->plan},
        {QT_TRANSLATE_NOOP("Dossier", "Signed pledges"), &cap->pledged},
        {QT_TRANSLATE_NOOP("Dossier", "Receipts"), &cap->received}};
    for (const auto &[name, f] : rows) {
        QString headroom = f->headroomUnlimited ? c.t(QT_TRANSLATE_NOOP("Dossier", "unlimited"))
                                                : c.usd(f->bankHeadroom);
        if (!f->compliant)
            headroom = c.t(QT_TRANSLATE_NOOP("Dossier", "above the cap"));
        t.rows << QStringList{c.t(name), c.usd(f->bank), c.usd(f->other), c.usd(f->total),
                              c.percent(f->shareBps), headroom};
    }
    d.addTable(t);
    auto overrides = funding::overrides(c.db);
    if (!overrides)
        return overrides.error();
    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Overrides of the cap")));
    if (overrides->isEmpty()) {
        d.paragraph(c.t(QT_TRANSLATE_NOOP("Dossier", "No override of the cap has been recorded.")));
        return {};
    }
    Table o;
    o.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Date")), Align::Left, 2},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Change")), Align::Left, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Justification")), Align::Left, 6},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Share after")), Align::Right, 2}};
    for (const funding::CapOverride &x : *overrides) {
        o.rows << QStringList{c.date(QDateTime::fromString(x.at, Qt::ISODate).date()), x.what,
                              x.justification, c.percent(x.shareBps)};
    }
    d.addTable(o);
    return {};
}

QString recommendationNote(const Ctx &c, const Proposal &p)
{
    auto moves = pipeline::history(c.db, p.code);
    if (!moves)
        return {};
    for (qsizetype i = moves->size() - 1; i >= 0; --i) {
        const ProposalMove &mv = moves->at(i);
        if (mv.to == u"recommended"_s || mv.to == u"not_recommended"_s)
            return mv.note;
    }
    return {};
}

Status proposalSection(const Ctx &c, Document &d, const AgendaItem &item)
{
    auto p = pipeline::find(c.db, item.proposal);
    if (!p)
        return p.error();
    d.heading1(c.t(QT_TRANSLATE_NOOP("Dossier", "Item %1: %2 %3"))
                   .arg(c.locale.toString(item.seq), p->code, p->title));
    const QString requested = u"%1 %2"_s.arg(c.money(p->requestedMinor, p->currency),
                                             p->currency);
    d.addFields({
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Applicant")), p->applicant},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Implementing partner")),
         p->partner.isEmpty() ? c.t(QT_TRANSLATE_NOOP("Dossier", "to be named")) : p->partner},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Objectives")), p->objectives},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Area of action")), p->actionArea},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Countries")), p->countries.join(u", "_s)},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Period")),
         u"%1 – %2"_s.arg(c.date(p->start), c.date(p->end))},
        {c.t(QT_TRANSLATE_NOOP("Dossier", "Requested")), requested},
    });
    if (!p->window.isEmpty())
        d.addFields({{c.t(QT_TRANSLATE_NOOP("Dossier", "Funding window")), p->window}});
    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Summary")));
    d.paragraph(p->summary);

    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Budget")));
    Table b;
    b.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Category")), Align::Left, 6},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Amount (%1)")).arg(p->currency), Align::Right,
                  2}};
    qint64 total = 0;
    for (const BudgetLine &l : p->budget) {
        b.rows << QStringList{l.category, c.money(l.amountMinor, p->currency)};
        total += l.amountMinor;
    }
    b.totals = {c.t(QT_TRANSLATE_NOOP("Dossier", "Total")), c.money(total, p->currency)};
    d.addTable(b);

    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Reviews")));
    // The same figures as the Reviews page and `imdp review summary`: each completed review's
    // weighted mean and the proposal's mean of them, in hundredths (review::proposalScore).
    auto score = review::proposalScore(c.db, p->code);
    if (!score)
        return score.error();
    auto rubric = review::rubric(c.db, score->call);
    if (!rubric)
        return rubric.error();
    auto reviews = review::reviews(c.db, p->code);
    if (!reviews)
        return reviews.error();
    Table r;
    r.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Reviewer")), Align::Left, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Score (1–5)")), Align::Right, 2}};
    if (!c.opt.redacted)
        r.columns.append({c.t(QT_TRANSLATE_NOOP("Dossier", "Comments")), Align::Left, 8});
    int n = 0;
    for (const review::Review &rv : *reviews) {
        if (!rv.completed)
            continue;
        ++n;
        // Observers may see that a proposal was reviewed and how it scored, not by whom or why.
        QStringList row{c.opt.redacted ? c.t(QT_TRANSLATE_NOOP("Dossier", "Reviewer %1"))
                                             .arg(c.locale.toString(n))
                                       : rv.reviewer,
                        c.points(review::reviewMeanHundredths(rv, *rubric))};
        if (!c.opt.redacted)
            row << rv.comment;
        r.rows << row;
    }
    if (n > 0) {
        QStringList totals{c.t(QT_TRANSLATE_NOOP("Dossier", "Weighted mean")),
                           c.points(score->meanHundredths)};
        if (!c.opt.redacted)
            totals << QString();
        r.totals = totals;
        d.addTable(r);
        auto settings = pipeline::settings(c.db);
        if (!settings)
            return settings.error();
        if (score->spreadFlagged)
            d.note(c.t(QT_TRANSLATE_NOOP("Dossier", "The reviewers disagree: their scores are "
                                                    "%1 apart, more than the fund's %2."))
                       .arg(c.points(score->spreadHundredths),
                            c.points(settings->reviewSpreadThresholdHundredths)));
    } else {
        d.paragraph(c.t(QT_TRANSLATE_NOOP("Dossier", "No completed review is recorded.")));
    }
    if (c.opt.redacted)
        d.note(c.t(QT_TRANSLATE_NOOP("Dossier", "Reviewers' names and comments are withheld "
                                                "from this edition.")));

    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Secretariat recommendation")));
    const QString why = recommendationNote(c, *p);
    d.paragraph(why.isEmpty() ? c.label(i18n::Kind::State, p->state)
                              : u"%1. %2"_s.arg(c.label(i18n::Kind::State, p->state), why));

    // The decision sheet is filled in and signed at the meeting: it gets a page of its own so it
    // never starts at the foot of one page and ends on the next.
    document::Block pageBreak;
    pageBreak.kind = document::Block::Kind::PageBreak;
    d.blocks.append(pageBreak);
    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Decision sheet")));
    d.checkboxes(c.t(QT_TRANSLATE_NOOP("Dossier", "The Committee, having considered %1:"))
                     .arg(p->code),
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "endorses it, allocating US$ ____________")),
                  c.t(QT_TRANSLATE_NOOP("Dossier", "endorses it with conditions, allocating "
                                                   "US$ ____________; conditions:")),
                  c.t(QT_TRANSLATE_NOOP("Dossier", "defers its decision")),
                  c.t(QT_TRANSLATE_NOOP("Dossier", "rejects it"))});
    d.signature(c.t(QT_TRANSLATE_NOOP("Dossier", "Chair of the Committee — date")));
    return {};
}

Status annexSection(const Ctx &c, Document &d)
{
    auto all = pipeline::list(c.db);
    if (!all)
        return all.error();
    d.heading1(c.t(QT_TRANSLATE_NOOP("Dossier", "Annex: funded projects")));
    Table t;
    t.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Project")), Align::Left, 4},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Partner")), Align::Left, 2},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Stage")), Align::Left, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Allocated")), Align::Right, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Transferred")), Align::Right, 3}};
    Table tr;
    tr.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Project")), Align::Left, 3},
                  {c.t(QT_TRANSLATE_NOOP("Dossier", "Tranche")), Align::Right, 2},
                  {c.t(QT_TRANSLATE_NOOP("Dossier", "Amount (USD)")), Align::Right, 3},
                  {c.t(QT_TRANSLATE_NOOP("Dossier", "Conditions")), Align::Left, 6},
                  {c.t(QT_TRANSLATE_NOOP("Dossier", "Released on")), Align::Left, 3}};
    qint64 allocated = 0, transferred = 0;
    for (const Proposal &p : *all) {
        if (!pipeline::isAllocated(p.state) || p.state == u"financially_closed"_s)
            continue;
        auto b = pipeline::posting::balance(c.db, p.code);
        if (!b)
            return b.error();
        t.rows << QStringList{u"%1 %2"_s.arg(p.code, p.title), p.partnerShort,
                              c.label(i18n::Kind::State, p.state), c.usd(b->allocated),
                              c.usd(b->transferred)};
        allocated += b->allocated;
        transferred += b->transferred;
        auto ts = pipeline::tranches(c.db, p.code);
        if (!ts)
            return ts.error();
        for (const pipeline::Tranche &x : *ts) {
            tr.rows << QStringList{p.code, c.locale.toString(x.seq), c.usd(x.amountUsdMinor),
                                   x.conditions,
                                   x.releasedOn.isValid()
                                       ? c.date(x.releasedOn)
                                       : c.t(QT_TRANSLATE_NOOP("Dossier", "not released"))};
        }
    }
    if (t.rows.isEmpty()) {
        d.paragraph(c.t(QT_TRANSLATE_NOOP("Dossier", "No project is funded yet.")));
    } else {
        t.totals = {c.t(QT_TRANSLATE_NOOP("Dossier", "Total")), QString(), QString(),
                    c.usd(allocated), c.usd(transferred)};
        d.addTable(t);
    }
    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Tranches")));
    if (tr.rows.isEmpty())
        d.paragraph(c.t(QT_TRANSLATE_NOOP("Dossier", "No tranche is scheduled.")));
    else
        d.addTable(tr);

    d.heading2(c.t(QT_TRANSLATE_NOOP("Dossier", "Overdue reports")));
    auto overdue = pipeline::due(c.db, true);
    if (!overdue)
        return overdue.error();
    if (overdue->isEmpty()) {
        d.paragraph(c.t(QT_TRANSLATE_NOOP("Dossier", "No report is overdue.")));
        return {};
    }
    Table o;
    o.columns = {{c.t(QT_TRANSLATE_NOOP("Dossier", "Project")), Align::Left, 5},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Report")), Align::Left, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Due")), Align::Left, 3},
                 {c.t(QT_TRANSLATE_NOOP("Dossier", "Days late")), Align::Right, 2}};
    for (const pipeline::PartnerReport &r : *overdue) {
        o.rows << QStringList{u"%1 %2"_s.arg(r.proposal, r.title),
                              c.label(i18n::Kind::ReportKind, r.kind), c.date(r.due),
                              c.locale.toString(r.due.daysTo(Clock::today()))};
    }
    d.addTable(o);
    return {};
}

Result<Ctx> context(Database &db, const Options &options)
{
    if (!languages().contains(options.language))
        return Error::badInput(
            u"lang"_s, u"committee.lang_one"_s,
            {ErrorArg::txt(options.language.left(20)), ErrorArg::txt(languages().join(u", "_s))});
    return Ctx{db, options, i18n::locale(options.language)};
}

} // namespace

const QStringList &languages()
{
    static const QStringList l{u"en"_s, u"fr"_s, u"es"_s};
    return l;
}

QString amount(qint64 minor, const QLocale &locale)
{
    return formatMinor(minor, 2, locale);
}

Result<document::Document> build(Database &db, qint64 meetingId, const Options &options)
{
    auto c = context(db, options);
    if (!c)
        return c.error();
    auto m = meetings::find(db, meetingId);
    if (!m)
        return m.error();
    auto items = meetings::agenda(db, meetingId);
    if (!items)
        return items.error();
    auto framed = frame(*c, *m, c->t(QT_TRANSLATE_NOOP("Dossier", "Dossier for decision")));
    if (!framed)
        return framed.error();
    Document d = *framed;
    if (auto s = agendaSection(*c, d, *items); !s)
        return s.error();
    qint64 requested = 0;
    for (const AgendaItem &i : *items) {
        if (i.kind != u"decision"_s)
            continue;
        auto p = pipeline::find(db, i.proposal);
        if (!p)
            return p.error();
        if (auto s = addRequested(requested, p->currency == u"USD"_s ? p->requestedMinor : 0); !s)
            return s.error();
    }
    if (auto s = positionSection(*c, d, requested); !s)
        return s.error();
    if (auto s = capSection(*c, d); !s)
        return s.error();
    for (const AgendaItem &i : *items) {
        if (i.kind == u"decision"_s) {
            if (auto s = proposalSection(*c, d, i); !s)
                return s.error();
        }
    }
    if (auto s = annexSection(*c, d); !s)
        return s.error();
    return d;
}

Result<document::Document> minutes(Database &db, qint64 meetingId, const Options &options)
{
    auto c = context(db, options);
    if (!c)
        return c.error();
    auto m = meetings::find(db, meetingId);
    if (!m)
        return m.error();
    auto framed = frame(*c, *m, c->t(QT_TRANSLATE_NOOP("Dossier", "Minutes")));
    if (!framed)
        return framed.error();
    Document d = *framed;
    d.contentsTitle.clear();
    d.heading1(c->t(QT_TRANSLATE_NOOP("Dossier", "Attendance")));
    auto present = meetings::attendance(db, meetingId);
    if (!present)
        return present.error();
    Table a;
    a.columns = {{c->t(QT_TRANSLATE_NOOP("Dossier", "Name")), Align::Left, 3},
                 {c->t(QT_TRANSLATE_NOOP("Dossier", "Organisation")), Align::Left, 4},
                 {c->t(QT_TRANSLATE_NOOP("Dossier", "Constituency")), Align::Left, 3},
                 {c->t(QT_TRANSLATE_NOOP("Dossier", "Role")), Align::Left, 2}};
    for (const Member &x : *present)
        a.rows << QStringList{x.name, x.organisation,
                              c->label(i18n::Kind::Constituency, x.constituency),
                              c->label(i18n::Kind::MemberRole, x.role)};
    d.addTable(a);
    auto q = meetings::quorum(db, meetingId);
    if (!q)
        return q.error();
    d.paragraph(c->t(QT_TRANSLATE_NOOP("Dossier", "Voting members present: %1 of %2; quorum: "
                                                   "%3 (%4)."))
                     .arg(c->locale.toString(q->present), c->locale.toString(q->voting),
                          c->locale.toString(q->required),
                          q->met() ? c->t(QT_TRANSLATE_NOOP("Dossier", "met"))
                                   : c->t(QT_TRANSLATE_NOOP("Dossier", "not met"))));
    d.heading1(c->t(QT_TRANSLATE_NOOP("Dossier", "Decisions")), false);
    auto items = meetings::agenda(db, meetingId);
    if (!items)
        return items.error();
    Table t;
    t.columns = {{c->t(QT_TRANSLATE_NOOP("Dossier", "Item")), Align::Left, 1},
                 {c->t(QT_TRANSLATE_NOOP("Dossier", "Proposal")), Align::Left, 5},
                 {c->t(QT_TRANSLATE_NOOP("Dossier", "Decision")), Align::Left, 3},
                 {c->t(QT_TRANSLATE_NOOP("Dossier", "Allocation (USD)")), Align::Right, 2},
                 {c->t(QT_TRANSLATE_NOOP("Dossier", "Conditions")), Align::Left, 4}};
    qint64 total = 0;
    for (const AgendaItem &i : *items) {
        if (i.kind != u"decision"_s)
            continue;
        const bool decided = i.decision.has_value();
        const qint64 amount = decided ? i.decision->amountUsdMinor : 0;
        total += amount;
        t.rows << QStringList{c->locale.toString(i.seq), u"%1 %2"_s.arg(i.proposal, i.title),
                              decided ? c->label(i18n::Kind::Decision, i.decision->decision)
                                      : c->t(QT_TRANSLATE_NOOP("Dossier", "not decided")),
                              amount ? c->usd(amount) : QString(),
                              decided ? i.decision->conditions : QString()};
    }
    t.totals = {QString(), c->t(QT_TRANSLATE_NOOP("Dossier", "Total allocated")), QString(),
                c->usd(total), QString()};
    d.addTable(t);
    d.signature(c->t(QT_TRANSLATE_NOOP("Dossier", "Chair of the Committee — date")));
    d.signature(c->t(QT_TRANSLATE_NOOP("Dossier", "Secretariat — date")));
    return d;
}

} // namespace imdp::core::dossier
