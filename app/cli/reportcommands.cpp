// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp report, imdp export iati: the statements as PDF, XLSX or CSV, and the IATI activity file.
#include "app/cli/cli.h"

#include "core/fund/fund.h"
#include "core/io/input.h"
#include "core/io/output.h"
#include "core/money/money.h"
#include "core/reports/catalogue.h"
#include "core/reports/dgf.h"
#include "core/reports/financial.h"
#include "core/reports/iati.h"
#include "core/reports/xlsxexport.h"
#include "core/storage/database.h"
#include "core/validate.h"
#include "ui/print/pagedrenderer.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace imdp::cli {

namespace {

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Write a report: %1."_s.arg(reports::names().join(u", "_s)));
    const QCommandLineOption from(u"from"_s, u"First day of the period (YYYY-MM-DD)."_s,
                                  u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Last day of the period, or the date the statement "
                                         "is made at (default: today)."_s,
                                u"DATE"_s);
    const QCommandLineOption format(u"format"_s, u"pdf, xlsx or csv (default: from --out)."_s,
                                    u"FORMAT"_s);
    const QCommandLineOption lang(u"lang"_s, u"en, fr or es (default: the CLI's, from LANG)."_s,
                                  u"LANG"_s);
    const QCommandLineOption donor(u"donor"_s, u"donor-statement: one donor only."_s,
                                   u"NAME"_s);
    const QCommandLineOption project(u"project"_s, u"project-summary: one project only."_s,
                                     u"CODE"_s);
    const QCommandLineOption outOpt(u"out"_s, u"The file to write (written atomically)."_s,
                                    u"PATH"_s);
    const QCommandLineOption force(u"force"_s, u"Replace PATH if it exists (never a fund, a "
                                               "backup or a lock)."_s);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output."_s);
    p.addOptions({from, to, format, lang, donor, project, outOpt, force, json});
    int status = Ok;
    if (!parse(p, args, {u"NAME"_s, u"FILE"_s}, status))
        return status;
    const QString name = p.positionalArguments().at(0);
    if (!reports::names().contains(name)) {
        err(u"%1: '%2' is not a report (%3)"_s.arg(args.at(0), name.left(40),
                                                    reports::names().join(u", "_s)));
        return Usage;
    }
    if (!p.isSet(outOpt)) {
        err(u"%1: --out PATH is required"_s.arg(args.at(0)));
        return Usage;
    }
    const QString outPath = p.value(outOpt);
    const QString fmt =
        p.isSet(format) ? p.value(format) : QFileInfo(outPath).suffix().toLower();
    if (fmt != u"pdf"_s && fmt != u"xlsx"_s && fmt != u"csv"_s) {
        err(u"%1: --format: expected pdf, xlsx or csv"_s.arg(args.at(0)));
        return Usage;
    }
    reports::Parameters params;
    const auto l = reports::parseLang(p.isSet(lang) ? p.value(lang) : language());
    if (!l) {
        err(u"%1: --lang: expected en, fr or es"_s.arg(args.at(0)));
        return Usage;
    }
    params.lang = *l;
    if (p.isSet(from)) {
        auto d = parseIsoDate(u"--from"_s, p.value(from));
        if (!d)
            return fail(d.error());
        params.from = *d;
    }
    if (p.isSet(to)) {
        auto d = parseIsoDate(u"--to"_s, p.value(to));
        if (!d)
            return fail(d.error());
        params.to = *d;
    }
    params.donor = p.value(donor);
    params.project = p.value(project);

    const bool replace = p.isSet(force);
    // Refused before the fund is even read: never a fund, a backup, a lock or a link.
    if (auto st = output::check(outPath, replace); !st)
        return fail(st.error());
    auto db = openFund(p.positionalArguments().at(1), true);
    if (!db)
        return fail(db.error());
    auto statement = reports::build(**db, name, params);
    if (!statement)
        return fail(statement.error());
    int pages = 0;
    if (fmt == u"csv"_s) {
        if (auto st = reports::toCsv(*statement).save(outPath, replace); !st)
            return fail(st.error());
    } else if (fmt == u"xlsx"_s) {
        if (auto st = reports::writeXlsx(*statement, outPath, replace); !st)
            return fail(st.error());
    } else {
        auto n = ui::PagedRenderer::writePdf(reports::toDocument(*statement), outPath,
                                             ui::Paper::A4, replace);
        if (!n)
            return fail(n.error());
        pages = *n;
    }
    if (p.isSet(json)) {
        QJsonObject o{{u"report"_s, name},
                      {u"format"_s, fmt},
                      {u"out"_s, outPath},
                      {u"fingerprint"_s, statement->fingerprint}};
        if (fmt == u"pdf"_s)
            o.insert(u"pages"_s, pages);
        printJson(o);
    } else {
        out(u"Wrote %1 (%2, %3)"_s.arg(outPath, name, fmt));
    }
    return Ok;
}

int runExportIati(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Write the fund's projects as IATI 2.03 activities."_s);
    const QCommandLineOption outOpt(u"out"_s, u"The XML file to write."_s, u"PATH"_s);
    const QCommandLineOption orgRef(u"org-ref"_s,
                                    u"The fund's IATI organisation identifier (default: the fund's setting, else XM-IMDP)."_s,
                                    u"REF"_s);
    const QCommandLineOption lang(u"lang"_s, u"xml:lang of titles (default en)."_s, u"LANG"_s);
    const QCommandLineOption force(u"force"_s, u"Replace PATH if it exists (never a fund, a "
                                               "backup or a lock)."_s);
    p.addOptions({outOpt, orgRef, lang, force});
    int status = Ok;
    if (!parse(p, args, {u"FILE"_s}, status))
        return status;
    if (!p.isSet(outOpt)) {
        err(u"%1: --out PATH is required"_s.arg(args.at(0)));
        return Usage;
    }
    reports::IatiOptions options;
    if (p.isSet(orgRef))
        options.orgRef = p.value(orgRef);
    if (p.isSet(lang)) {
        if (!reports::parseLang(p.value(lang))) {
            err(u"%1: --lang: expected en, fr or es"_s.arg(args.at(0)));
            return Usage;
        }
        options.lang = p.value(lang);
    }
    if (auto st = output::check(p.value(outOpt), p.isSet(force)); !st)
        return fail(st.error());
    auto db = openFund(p.positionalArguments().at(0), true);
    if (!db)
        return fail(db.error());
    if (!p.isSet(orgRef)) { // the fund's own identifier (imdp settings --iati-org-ref)
        if (auto ref = fund::setting(**db, u"iati_org_ref"_s))
            options.orgRef = *ref;
    }
    if (auto st = reports::writeIatiFile(**db, options, p.value(outOpt), p.isSet(force)); !st)
        return fail(st.error());
    out(u"Wrote %1"_s.arg(p.value(outOpt)));
    return Ok;
}

int runDgfText(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Write one narrative of the DGF application (%1), printed by the dgf-preliminary and "
        "dgf-formal reports. An empty text clears it."_s.arg(reports::dgf::narratives().join(
            u", "_s)));
    const QCommandLineOption text(u"text"_s, u"The text itself."_s, u"TEXT"_s);
    const QCommandLineOption file(u"file"_s, u"A UTF-8 text file holding it."_s, u"PATH"_s);
    p.addOptions({text, file});
    int status = Ok;
    if (!parse(p, args, {u"FILE"_s, u"NARRATIVE"_s}, status))
        return status;
    const QString name = p.positionalArguments().at(1);
    if (!reports::dgf::narratives().contains(name)) {
        err(u"%1: '%2' is not a narrative (%3)"_s.arg(args.at(0), name.left(40),
                                                       reports::dgf::narratives().join(u", "_s)));
        return Usage;
    }
    if (p.isSet(text) == p.isSet(file)) {
        err(u"%1: give the text with --text TEXT or --file PATH (one of them)"_s.arg(args.at(0)));
        return Usage;
    }
    QString value = p.value(text);
    if (p.isSet(file)) {
        auto read = input::readFile(p.value(file), input::kTextLimit, u"narrative text"_s);
        if (!read)
            return fail(read.error());
        const QByteArray &bytes = *read;
        value = QString::fromUtf8(bytes);
        if (value.toUtf8() != bytes)
            return fail(Error::badInput(u"%1: is not UTF-8 text"_s.arg(p.value(file))));
    }
    auto db = openFund(p.positionalArguments().at(0), false);
    if (!db)
        return fail(db.error());
    if (auto st = reports::dgf::setNarrative(**db, name, value); !st)
        return fail(st.error());
    out(value.trimmed().isEmpty() ? u"Cleared the %1 narrative"_s.arg(name)
                                  : u"Recorded the %1 narrative"_s.arg(name));
    return Ok;
}

/// The statement's figures, as `imdp statement --json` prints them (docs/cli.md).
QList<std::pair<QString, QJsonValue>> statementFields(const reports::StatementFigures &f)
{
    const auto usd = [](qint64 v) { return QJsonValue(formatMinor(v, 2)); };
    return {{u"contributions"_s, usd(f.contributions)},
            {u"investment_income"_s, usd(f.investmentIncome)},
            {u"partner_interest"_s, usd(f.partnerInterest)},
            {u"total_sources"_s, usd(f.totalSources)},
            {u"transfers_to_partners"_s, usd(f.transfersToPartners)},
            {u"transfers_to_funds"_s, usd(f.transfersToFunds)},
            {u"subtotal_transfers"_s, usd(f.subtotalTransfers)},
            {u"refunds"_s, usd(f.refunds)},
            {u"fees"_s, usd(f.fees)},
            {u"direct_costs"_s, usd(f.directCosts)},
            {u"bank_charges"_s, usd(f.bankCharges)},
            {u"total_uses"_s, usd(f.totalUses)},
            {u"balance_with_agent"_s, usd(f.balanceWithAgent)},
            {u"partner_expenditure"_s, usd(f.partnerExpenditure)},
            {u"partner_total_expenses"_s, usd(f.partnerTotalExpenses)},
            {u"balance_with_partners"_s, usd(f.balanceWithPartners)},
            {u"total_balance"_s, usd(f.totalBalance)},
            {u"agent_balance_bps_of_deposits"_s, f.agentBalanceBpsOfDeposits},
            {u"partner_balance_bps_of_transfers"_s, f.partnerBalanceBpsOfTransfers},
            {u"total_balance_bps_of_deposits"_s, f.totalBalanceBpsOfDeposits}};
}

int runStatement(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"The sources, uses and balance of funds (USD), for a period and "
                                "cumulative to its end."_s);
    const QCommandLineOption from(u"from"_s,
                                  u"First day of the period (default: the first "
                                  "entry)."_s,
                                  u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"Last day of the period (default: today)."_s, u"DATE"_s);
    const QCommandLineOption json(u"json"_s, u"Machine-readable output; amounts as decimal "
                                             "strings, shares as integer basis points."_s);
    p.addOptions({from, to, json});
    int status = Ok;
    if (!parse(p, args, {u"FILE"_s}, status))
        return status;
    reports::Parameters params;
    for (const auto &[option, date] :
         {std::pair{&from, &params.from}, std::pair{&to, &params.to}}) {
        if (!p.isSet(*option))
            continue;
        auto d = parseIsoDate(option->names().first(), p.value(*option));
        if (!d)
            return fail(d.error());
        *date = *d;
    }
    auto db = openFund(p.positionalArguments().at(0), true);
    if (!db)
        return fail(db.error());
    auto r = reports::fundStatement(**db, params);
    if (!r)
        return fail(r.error());
    if (p.isSet(json)) {
        QJsonObject period, cumulative;
        for (const auto &[k, v] : statementFields(r->period))
            period.insert(k, v);
        for (const auto &[k, v] : statementFields(r->cumulative))
            cumulative.insert(k, v);
        printJson({{u"from"_s, r->from.toString(Qt::ISODate)},
                   {u"to"_s, r->to.toString(Qt::ISODate)},
                   {u"period"_s, period},
                   {u"cumulative"_s, cumulative}});
        return Ok;
    }
    out(u"Sources, uses and balance of funds, %1 to %2 (USD)"_s.arg(r->from.toString(Qt::ISODate),
                                                                    r->to.toString(Qt::ISODate)));
    out(u"  %1 %2 %3"_s.arg(QString(), -34).arg(u"period"_s, 20).arg(u"cumulative"_s, 20));
    const auto a = statementFields(r->period);
    const auto b = statementFields(r->cumulative);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto shown = [](const QJsonValue &v) {
            return v.isString() ? v.toString() : QString::number(v.toInteger());
        };
        out(u"  %1 %2 %3"_s.arg(a[i].first, -34)
                .arg(shown(a[i].second), 20)
                .arg(shown(b[i].second), 20));
    }
    return Ok;
}

} // namespace

void registerReportCommands(Registry &r)
{
    r.add({u"statement"_s,
           u"The statement's figures: statement FILE [--from DATE] [--to DATE] [--json]"_s,
           runStatement});
    r.add({u"report"_s,
           u"A statement as PDF, XLSX or CSV: report NAME FILE --out PATH [--from] [--to] [--force]"_s,
           runReport});
    r.add({u"dgf text"_s,
           u"A narrative of the DGF application: dgf text FILE basis|governance|evaluation "
           "--file PATH"_s,
           runDgfText});
    r.add({u"export iati"_s,
           u"The projects as IATI 2.03 XML: export iati FILE --out PATH [--force]"_s,
           runExportIati});
}

} // namespace imdp::cli
