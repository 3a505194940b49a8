// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/reports/iati.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/io/output.h"
#include "core/ledger/entries.h"
#include "core/ledger/journalquery.h"
#include "core/ledger/position.h"
#include "core/money/money.h"
#include "core/pipeline/proposals.h"
#include "core/reports/financial.h"
#include "core/storage/query.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

namespace {

/// IATI OrganisationType codes for our organisation kinds.
QString orgType(const QString &kind)
{
    static const QHash<QString, QString> m{{u"state"_s, u"10"_s},   {u"bank"_s, u"40"_s},
                                           {u"agency"_s, u"40"_s},  {u"commission"_s, u"40"_s},
                                           {u"foundation"_s, u"60"_s}, {u"private"_s, u"70"_s},
                                           {u"ngo"_s, u"21"_s}};
    return m.value(kind);
}

/// IATI ActivityStatus from a pipeline state.
QString activityStatus(const QString &state)
{
    if (state == u"implementation"_s)
        return u"2"_s;
    if (state == u"operationally_closed"_s)
        return u"3"_s;
    if (state == u"financially_closed"_s)
        return u"4"_s;
    if (state == u"withdrawn"_s || state == u"rejected"_s || state == u"not_recommended"_s)
        return u"5"_s;
    return u"1"_s;
}

class Writer
{
public:
    Writer(QIODevice *out, QString lang)
        : m_x(out)
        , m_lang(std::move(lang))
    {
        m_x.setAutoFormatting(true);
        m_x.setAutoFormattingIndent(1);
    }
    QXmlStreamWriter &x() { return m_x; }

    void narrative(const QString &text, bool withLang = false)
    {
        m_x.writeStartElement(u"narrative"_s);
        if (withLang)
            m_x.writeAttribute(u"xml:lang"_s, m_lang);
        m_x.writeCharacters(text);
        m_x.writeEndElement();
    }
    void org(const QString &element, const QString &name, const QString &kind,
             const QString &role = {}, const QString &ref = {})
    {
        m_x.writeStartElement(element);
        if (!ref.isEmpty())
            m_x.writeAttribute(u"ref"_s, ref);
        if (!orgType(kind).isEmpty())
            m_x.writeAttribute(u"type"_s, orgType(kind));
        if (!role.isEmpty())
            m_x.writeAttribute(u"role"_s, role);
        narrative(name);
        m_x.writeEndElement();
    }
    void value(qint64 cents, const QDate &date)
    {
        m_x.writeStartElement(u"value"_s);
        m_x.writeAttribute(u"currency"_s, u"USD"_s);
        m_x.writeAttribute(u"value-date"_s, date.toString(Qt::ISODate));
        m_x.writeCharacters(formatMinor(cents, 2));
        m_x.writeEndElement();
    }
    void transaction(const QString &type, const QDate &date, qint64 cents,
                     const QString &description, const QString &provider,
                     const QString &providerKind, const QString &receiver,
                     const QString &receiverKind, const QString &providerActivity = {})
    {
        m_x.writeStartElement(u"transaction"_s);
        m_x.writeEmptyElement(u"transaction-type"_s);
        m_x.writeAttribute(u"code"_s, type);
        m_x.writeEmptyElement(u"transaction-date"_s);
        m_x.writeAttribute(u"iso-date"_s, date.toString(Qt::ISODate));
        value(cents, date);
        if (!description.isEmpty()) {
            m_x.writeStartElement(u"description"_s);
            narrative(description, true);
            m_x.writeEndElement();
        }
        if (!provider.isEmpty()) {
            m_x.writeStartElement(u"provider-org"_s);
            if (!providerActivity.isEmpty())
                m_x.writeAttribute(u"provider-activity-id"_s, providerActivity);
            if (!orgType(providerKind).isEmpty())
                m_x.writeAttribute(u"type"_s, orgType(providerKind));
            narrative(provider);
            m_x.writeEndElement();
        }
        if (!receiver.isEmpty()) {
            m_x.writeStartElement(u"receiver-org"_s);
            if (!orgType(receiverKind).isEmpty())
                m_x.writeAttribute(u"type"_s, orgType(receiverKind));
            narrative(receiver);
            m_x.writeEndElement();
        }
        m_x.writeEndElement();
    }

private:
    QXmlStreamWriter m_x;
    QString m_lang;
};

} // namespace

Result<QByteArray> iatiActivities(Database &db, const IatiOptions &options)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (auto s = writeIatiActivities(db, options, &buffer); !s)
        return s.error();
    return out;
}

Status writeIatiFile(Database &db, const IatiOptions &options, const QString &path, bool replace)
{
    auto pending = output::Pending::begin(path, replace);
    if (!pending)
        return pending.error();
    QFile file((*pending)->tempPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::io(u""_s, u"io.cannot_written"_s,
                         {ErrorArg::txt(QDir::toNativeSeparators(path)),
                          ErrorArg::txt(file.errorString())});
    if (auto s = writeIatiActivities(db, options, &file); !s)
        return s;
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return Error::io(u""_s, u"io.cannot_written"_s,
                         {ErrorArg::txt(QDir::toNativeSeparators(path)),
                          ErrorArg::txt(file.errorString())});
    file.close();
    return (*pending)->commit();
}

Status writeIatiActivities(Database &db, const IatiOptions &options, QIODevice *device)
{
    auto settings = fund::settings(db);
    if (!settings)
        return settings.error();
    auto proposals = pipeline::list(db);
    if (!proposals)
        return proposals.error();
    auto orgs = organisations::list(db);
    if (!orgs)
        return orgs.error();
    auto donors = donorStatement(db, {});
    if (!donors)
        return donors.error();
    QHash<QString, QString> kindOf;
    for (const Organisation &o : *orgs)
        kindOf.insert(o.name, o.kind);

    const QString fundId = options.orgRef + u"-FUND"_s;
    Writer w(device, options.lang);
    QXmlStreamWriter &x = w.x();
    x.writeStartDocument();
    x.writeStartElement(u"iati-activities"_s);
    x.writeAttribute(u"version"_s, u"2.03"_s);
    x.writeAttribute(u"generated-datetime"_s, Clock::now().toUTC().toString(Qt::ISODate));

    const auto startActivity = [&](const QString &id, const QString &title,
                                   const QString &description) {
        x.writeStartElement(u"iati-activity"_s);
        x.writeAttribute(u"xml:lang"_s, options.lang);
        x.writeAttribute(u"default-currency"_s, u"USD"_s);
        x.writeTextElement(u"iati-identifier"_s, id);
        x.writeStartElement(u"reporting-org"_s);
        x.writeAttribute(u"ref"_s, options.orgRef);
        x.writeAttribute(u"type"_s, u"40"_s);
        w.narrative(settings->name);
        x.writeEndElement();
        x.writeStartElement(u"title"_s);
        w.narrative(title, true);
        x.writeEndElement();
        x.writeStartElement(u"description"_s);
        x.writeAttribute(u"type"_s, u"1"_s);
        w.narrative(description, true);
        x.writeEndElement();
    };
    const auto sector = [&x] {
        x.writeEmptyElement(u"sector"_s);
        x.writeAttribute(u"vocabulary"_s, u"1"_s);
        x.writeAttribute(u"code"_s, u"15190"_s);
        x.writeAttribute(u"percentage"_s, u"100"_s);
    };

    // The trust fund: where the money comes from.
    QDate first = Clock::today();
    {
        Query q(db, u"SELECT COALESCE(MIN(date), '') FROM journal_entry"_s); // journal_entry_date
        if (auto s = q.exec(); !s)
            return s;
        if (const QDate d = q.next() ? QDate::fromString(q.text(0), Qt::ISODate) : QDate();
            d.isValid())
            first = qMin(first, d);
    }
    startActivity(fundId, settings->name,
                  u"Multi-donor trust fund of the International Migration and Development "
                  u"Partnership: contributions received from donors and the World Bank's "
                  u"Development Grant Facility."_s);
    for (const ledger::DonorPosition &d : [&] {
             auto pos = ledger::position(db, Clock::today());
             return pos ? pos->byDonor : QList<ledger::DonorPosition>{};
         }())
        w.org(u"participating-org"_s, d.donor, kindOf.value(d.donor), u"1"_s);
    w.org(u"participating-org"_s, settings->name, u"bank"_s, u"3"_s, options.orgRef);
    x.writeEmptyElement(u"activity-status"_s);
    x.writeAttribute(u"code"_s, u"2"_s);
    x.writeEmptyElement(u"activity-date"_s);
    x.writeAttribute(u"type"_s, u"2"_s);
    x.writeAttribute(u"iso-date"_s, first.toString(Qt::ISODate));
    sector();
    // The journal read one entry at a time (issue 23): the fund's transactions written as they
    // come, the projects' postings (a few per project, whatever the number of receipts) kept
    // for their activities below.
    struct ProjectLine
    {
        QDate date;
        QString memo;
        ledger::Posting posting;
    };
    QMap<QString, QList<ProjectLine>> byProject;
    auto walked = ledger::forEachEntry(db, [&](const ledger::JournalEntry &e) -> Status {
        for (const ledger::Posting &ps : e.postings) {
            if (!ps.project.isEmpty())
                byProject[ps.project].append({e.date, e.memo, ps});
            if (ps.account == u"pledges_receivable"_s && ps.flow == u"pledge"_s)
                w.transaction(u"13"_s, e.date, ps.usdMinor, e.memo, ps.donor,
                              kindOf.value(ps.donor), settings->name, u"bank"_s);
            else if (ps.account == u"cash"_s && ps.flow == u"receipt"_s)
                w.transaction(u"1"_s, e.date, ps.usdMinor, e.memo, ps.donor,
                              kindOf.value(ps.donor), settings->name, u"bank"_s);
            // The statement's other lines (issue 18): interest remitted by a partner is incoming
            // funds (1) from it; a transfer to another fund a disbursement (3) to that fund;
            // direct costs and bank charges the fund's own expenditure (4).
            else if (ps.account == u"cash"_s && ps.flow == u"partner_interest"_s)
                w.transaction(u"1"_s, e.date, ps.usdMinor, e.memo, ps.partner,
                              kindOf.value(ps.partner), settings->name, u"bank"_s);
            else if (ps.account == u"transfers_to_funds"_s)
                w.transaction(u"3"_s, e.date, ps.usdMinor, e.memo, settings->name, u"bank"_s,
                              e.memo.section(u" — "_s, 0, 0), u"other"_s);
            else if (ps.account == u"direct_costs"_s || ps.account == u"bank_charges"_s)
                w.transaction(u"4"_s, e.date, ps.usdMinor, e.memo, settings->name, u"bank"_s, {},
                              {});
        }
        return {};
    });
    if (!walked)
        return walked;
    x.writeEndElement();

    // The projects: every proposal the Committee allocated money to.
    for (const Proposal &p : *proposals) {
        if (!byProject.contains(p.code))
            continue;
        const auto &postings = byProject[p.code];
        startActivity(options.orgRef + u'-' + p.code, p.title,
                      p.summary.isEmpty() ? p.title : p.summary);
        const qsizetype column = donors->projects.indexOf(p.code);
        for (const DonorLine &d : donors->donors) {
            if (column >= 0 && d.toProjects.value(column) > 0)
                w.org(u"participating-org"_s, d.donor, kindOf.value(d.donor), u"1"_s);
        }
        w.org(u"participating-org"_s, settings->name, u"bank"_s, u"3"_s, options.orgRef);
        if (!p.partner.isEmpty())
            w.org(u"participating-org"_s, p.partner, kindOf.value(p.partner), u"4"_s);
        x.writeEmptyElement(u"activity-status"_s);
        x.writeAttribute(u"code"_s, activityStatus(p.state));
        // Planned dates (1, 3) from the proposal; IATI asks for at least a start.
        const QDate start = p.start.isValid() ? p.start : postings.first().date;
        x.writeEmptyElement(u"activity-date"_s);
        x.writeAttribute(u"type"_s, u"1"_s);
        x.writeAttribute(u"iso-date"_s, start.toString(Qt::ISODate));
        if (p.end.isValid()) {
            x.writeEmptyElement(u"activity-date"_s);
            x.writeAttribute(u"type"_s, u"3"_s);
            x.writeAttribute(u"iso-date"_s, p.end.toString(Qt::ISODate));
        }
        // Equal shares of 100%, exact to 0.01 and adding up to 100.
        const QList<qint64> shares = apportion(10000, QList<qint64>(p.countries.size(), 1));
        for (qsizetype i = 0; i < p.countries.size(); ++i) {
            x.writeEmptyElement(u"recipient-country"_s);
            x.writeAttribute(u"code"_s, p.countries[i]);
            x.writeAttribute(u"percentage"_s, formatMinor(shares[i], 2));
        }
        sector();
        qint64 allocated = 0;
        QDate allocatedOn;
        for (const ProjectLine &l : postings) {
            if (l.posting.account == u"allocations"_s) {
                allocated -= l.posting.usdMinor;
                if (!allocatedOn.isValid())
                    allocatedOn = l.date;
            }
        }
        if (allocated > 0) {
            const QDate end = p.end.isValid() && p.end > start ? p.end : start.addYears(1);
            x.writeStartElement(u"budget"_s);
            x.writeAttribute(u"type"_s, u"1"_s);
            x.writeAttribute(u"status"_s, u"2"_s);
            x.writeEmptyElement(u"period-start"_s);
            x.writeAttribute(u"iso-date"_s, start.toString(Qt::ISODate));
            x.writeEmptyElement(u"period-end"_s);
            x.writeAttribute(u"iso-date"_s, end.toString(Qt::ISODate));
            w.value(allocated, allocatedOn);
            x.writeEndElement();
        }
        const QString partnerKind = kindOf.value(p.partner);
        for (const ProjectLine &l : postings) {
            const ledger::Posting *ps = &l.posting;
            const ProjectLine *e = &l;
            if (ps->account == u"allocations"_s) {
                w.transaction(u"11"_s, e->date, -ps->usdMinor, e->memo, settings->name,
                              u"bank"_s, {}, {}, fundId);
                if (!p.partner.isEmpty())
                    w.transaction(u"2"_s, e->date, -ps->usdMinor, e->memo, settings->name,
                                  u"bank"_s, p.partner, partnerKind);
            } else if (ps->account == u"transfers"_s) {
                w.transaction(u"3"_s, e->date, ps->usdMinor, e->memo, settings->name, u"bank"_s,
                              ps->partner, kindOf.value(ps->partner));
            } else if (ps->account == u"refunds"_s) {
                w.transaction(u"3"_s, e->date, ps->usdMinor, e->memo, settings->name, u"bank"_s,
                              ps->partner, kindOf.value(ps->partner));
            } else if (ps->account == u"expenditure"_s) {
                w.transaction(u"4"_s, e->date, ps->usdMinor, e->memo, ps->partner,
                              kindOf.value(ps->partner), {}, {});
            }
        }
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    if (x.hasError())
        return Error::io(u""_s, u"io.iati_not_written"_s, {});
    return {};
}

} // namespace imdp::core::reports
