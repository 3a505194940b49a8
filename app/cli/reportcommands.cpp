// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp report, imdp export iati: the statements as PDF, XLSX or CSV, and the IATI activity file.
#include "app/cli/cli.h"

#include "core/fund/fund.h"
#include "core/io/input.h"
#include "core/io/output.h"
#include "core/money/money.h"
#include "core/money/rate.h"
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

int runReport(Invocation &c)
{
    const QString name = c.arg(0);
    if (!reports::names().contains(name)) {
        err(tr("%1: '%2' is not a report (%3)")
                .arg(c.prog, name.left(40), reports::names().join(u", "_s)));
        return Usage;
    }
    if (!c.isSet(u"out"_s)) {
        err(tr("%1: --out PATH is required").arg(c.prog));
        return Usage;
    }
    const QString outPath = c.value(u"out"_s);
    const QString fmt =
        c.isSet(u"format"_s) ? c.value(u"format"_s) : QFileInfo(outPath).suffix().toLower();
    if (fmt != u"pdf"_s && fmt != u"xlsx"_s && fmt != u"csv"_s) {
        err(tr("%1: --format: expected pdf, xlsx or csv").arg(c.prog));
        return Usage;
    }
    reports::Parameters params;
    const auto l = reports::parseLang(c.isSet(u"lang"_s) ? c.value(u"lang"_s) : language());
    if (!l) {
        err(tr("%1: --lang: expected en, fr or es").arg(c.prog));
        return Usage;
    }
    params.lang = *l;
    if (c.isSet(u"from"_s)) {
        auto d = parseIsoDate(u"--from"_s, c.value(u"from"_s));
        if (!d)
            return fail(d.error());
        params.from = *d;
    }
    if (c.isSet(u"to"_s)) {
        auto d = parseIsoDate(u"--to"_s, c.value(u"to"_s));
        if (!d)
            return fail(d.error());
        params.to = *d;
    }
    params.donor = c.value(u"donor"_s);
    params.project = c.value(u"project"_s);

    const bool replace = c.isSet(u"force"_s);
    // Refused before the fund is even read: never a fund, a backup, a lock or a link.
    if (auto st = output::check(outPath, replace); !st)
        return fail(st.error());
    auto statement = reports::build(*c.db, name, params);
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
    if (c.isJson()) {
        QJsonObject o{{u"report"_s, name},
                      {u"format"_s, fmt},
                      {u"out"_s, outPath},
                      {u"fingerprint"_s, statement->fingerprint}};
        if (fmt == u"pdf"_s)
            o.insert(u"pages"_s, pages);
        printJson(o);
    } else {
        out(tr("Wrote %1 (%2, %3)").arg(outPath, name, fmt));
    }
    return Ok;
}

int runExportIati(Invocation &c)
{
    if (!c.isSet(u"out"_s)) {
        err(tr("%1: --out PATH is required").arg(c.prog));
        return Usage;
    }
    reports::IatiOptions options;
    if (c.isSet(u"org-ref"_s))
        options.orgRef = c.value(u"org-ref"_s);
    if (c.isSet(u"lang"_s)) {
        if (!reports::parseLang(c.value(u"lang"_s))) {
            err(tr("%1: --lang: expected en, fr or es").arg(c.prog));
            return Usage;
        }
        options.lang = c.value(u"lang"_s);
    }
    if (auto st = output::check(c.value(u"out"_s), c.isSet(u"force"_s)); !st)
        return fail(st.error());
    if (!c.isSet(u"org-ref"_s)) { // the fund's own identifier (imdp settings --iati-org-ref)
        if (auto ref = fund::setting(*c.db, u"iati_org_ref"_s))
            options.orgRef = *ref;
    }
    if (auto st = reports::writeIatiFile(*c.db, options, c.value(u"out"_s), c.isSet(u"force"_s));
        !st)
        return fail(st.error());
    out(tr("Wrote %1").arg(c.value(u"out"_s)));
    return Ok;
}

int runDgfText(Invocation &c)
{
    const QString name = c.arg(1);
    if (!reports::dgf::narratives().contains(name)) {
        err(tr("%1: '%2' is not a narrative (%3)")
                .arg(c.prog, name.left(40), reports::dgf::narratives().join(u", "_s)));
        return Usage;
    }
    if (c.isSet(u"text"_s) == c.isSet(u"file"_s)) {
        err(tr("%1: give the text with --text TEXT or --file PATH (one of them)").arg(c.prog));
        return Usage;
    }
    QString value = c.value(u"text"_s);
    if (c.isSet(u"file"_s)) {
        auto read = input::readFile(c.value(u"file"_s), input::kTextLimit, u"narrative text"_s);
        if (!read)
            return fail(read.error());
        const QByteArray &bytes = *read;
        value = QString::fromUtf8(bytes);
        if (value.toUtf8() != bytes)
            return fail(Error::badInput(tr("%1: is not UTF-8 text").arg(c.value(u"file"_s))));
    }
    if (auto st = reports::dgf::setNarrative(*c.db, name, value); !st)
        return fail(st.error());
    out(value.trimmed().isEmpty() ? tr("Cleared the %1 narrative").arg(name)
                                  : tr("Recorded the %1 narrative").arg(name));
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

int runStatement(Invocation &c)
{
    reports::Parameters params;
    for (const auto &[option, date] :
         {std::pair{u"from"_s, &params.from}, std::pair{u"to"_s, &params.to}}) {
        if (!c.isSet(option))
            continue;
        auto d = parseIsoDate(option, c.value(option));
        if (!d)
            return fail(d.error());
        *date = *d;
    }
    auto r = reports::fundStatement(*c.db, params);
    if (!r)
        return fail(r.error());
    if (c.isJson()) {
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
    out(tr("Sources, uses and balance of funds, %1 to %2 (USD)")
            .arg(shownDate(r->from), shownDate(r->to)));
    out(u"  %1 %2 %3"_s.arg(QString(), -34).arg(tr("period"), 20).arg(tr("cumulative"), 20));
    const auto a = statementFields(r->period);
    const auto b = statementFields(r->cumulative);
    for (qsizetype i = 0; i < a.size(); ++i) {
        // USD amounts as decimal strings, basis points as numbers.
        const auto shown = [](const QJsonValue &v) {
            if (!v.isString())
                return QString::number(v.toInteger());
            const auto minor = core::parseMinor(v.toString(), core::kBaseMinorUnits);
            return minor ? shownUsd(*minor) : v.toString();
        };
        out(u"  %1 %2 %3"_s.arg(figureName(a[i].first), -34)
                .arg(shown(a[i].second), 20)
                .arg(shown(b[i].second), 20));
    }
    return Ok;
}

} // namespace

void registerReportCommands(Registry &r)
{
    r.add(
        {.name = u"statement"_s,
         .summary = u"The statement's figures: statement FILE [--from DATE] [--to DATE] [--json]"_s,
         .description = u"The sources, uses and balance of funds (USD), for a period and "
                        "cumulative to its end."_s,
         .positionals = {u"FILE"_s},
         .options = {{u"from"_s, u"First day of the period (default: the first entry)."_s,
                      u"DATE"_s},
                     {u"to"_s, u"Last day of the period (default: today)."_s, u"DATE"_s}},
         .fund = Fund::Read,
         .json = true,
         .jsonHelp = u"Machine-readable output; amounts as decimal strings, shares as integer "
                     "basis points."_s,
         .run = runStatement});
    r.add(
        {.name = u"report"_s,
         .summary =
             u"A statement as PDF, XLSX or CSV: report NAME FILE --out PATH [--from] [--to] [--force]"_s,
         .description = u"Write a report: %1."_s.arg(reports::names().join(u", "_s)),
         .positionals = {u"NAME"_s, u"FILE"_s},
         .options = {{u"from"_s, u"First day of the period (YYYY-MM-DD)."_s, u"DATE"_s},
                     {u"to"_s,
                      u"Last day of the period, or the date the statement is made at "
                      "(default: today)."_s,
                      u"DATE"_s},
                     {u"format"_s, u"pdf, xlsx or csv (default: from --out)."_s, u"FORMAT"_s},
                     {u"lang"_s, u"en, fr or es (default: the CLI's, from LANG)."_s, u"LANG"_s},
                     {u"donor"_s, u"donor-statement: one donor only."_s, u"NAME"_s},
                     {u"project"_s, u"project-summary: one project only."_s, u"CODE"_s},
                     {u"out"_s, u"The file to write (written atomically)."_s, u"PATH"_s},
                     {u"force"_s, u"Replace PATH if it exists (never a fund, a backup or a "
                                  "lock)."_s}},
         .fund = Fund::Read,
         .json = true,
         .run = runReport});
    r.add({.name = u"dgf text"_s,
           .summary =
               u"A narrative of the DGF application: dgf text FILE basis|governance|evaluation "
               "--file PATH"_s,
           .description =
               u"Write one narrative of the DGF application (%1), printed by the dgf-preliminary "
               "and dgf-formal reports. An empty text clears it."_s.arg(
                   reports::dgf::narratives().join(u", "_s)),
           .positionals = {u"FILE"_s, u"NARRATIVE"_s},
           .options = {{u"text"_s, u"The text itself."_s, u"TEXT"_s},
                       {u"file"_s, u"A UTF-8 text file holding it."_s, u"PATH"_s}},
           .fund = Fund::Write,
           .run = runDgfText});
    r.add({.name = u"export iati"_s,
           .summary = u"The projects as IATI 2.03 XML: export iati FILE --out PATH [--force]"_s,
           .description = u"Write the fund's projects as IATI 2.03 activities."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"out"_s, u"The XML file to write."_s, u"PATH"_s},
                       {u"org-ref"_s,
                        u"The fund's IATI organisation identifier (default: the "
                        "fund's setting, else XM-IMDP)."_s,
                        u"REF"_s},
                       {u"lang"_s, u"xml:lang of titles (default en)."_s, u"LANG"_s},
                       {u"force"_s, u"Replace PATH if it exists (never a fund, a backup or a "
                                    "lock)."_s}},
           .fund = Fund::Read,
           .run = runExportIati});
}

} // namespace imdp::cli
