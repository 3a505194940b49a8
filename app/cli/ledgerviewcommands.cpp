// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The ledger read: a project's balances, the fund position, the journal, the trial balance.
#include "app/cli/ledgercli.h"

#include "core/ledger/entries.h"
#include "core/ledger/journalquery.h"
#include "core/ledger/position.h"
#include "core/ledger/projects.h"
#include "core/ledger/verifychecks.h"
#include "core/money/money.h"
#include "core/storage/database.h"
#include "core/validate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace imdp::cli {

namespace {

namespace ledger = core::ledger;
using namespace ledgercli;

int runProjectBalance(Invocation &c)
{
    auto b = ledger::projectBalance(*c.db, c.arg(1));
    if (!b)
        return fail(b.error());
    const QList<std::pair<QString, qint64>> rows{{u"allocated"_s, b->allocated},
                                                 {u"transferred"_s, b->transferred},
                                                 {u"expenditure"_s, b->expenditure},
                                                 {u"refunded"_s, b->refunded},
                                                 {u"waived"_s, b->waived},
                                                 {u"held_by_partner"_s, b->heldByPartner},
                                                 {u"unspent_allocation"_s, b->unspentAllocation}};
    if (c.isSet(u"json"_s)) {
        QJsonObject o{{u"project"_s, c.arg(1)}, {u"currency"_s, u"USD"_s}};
        for (const auto &[k, v] : rows)
            o.insert(k, usd(v));
        printJson(o);
        return Ok;
    }
    out(tr("Project %1 (USD)").arg(c.arg(1)));
    const int width = figureWidth(rows, 20);
    for (const auto &[k, v] : rows)
        out(u"  %1 %2"_s.arg(figureName(k), -width).arg(shownUsd(v), 18));
    return Ok;
}

// ---- reports ----------------------------------------------------------------------------------

int runPosition(Invocation &c)
{
    auto at = dateOption(c, u"at"_s);
    if (!at)
        return fail(at.error());
    auto p = ledger::position(*c.db, *at);
    if (!p)
        return fail(p.error());
    const QList<std::pair<QString, qint64>> figures{
        {u"pledged"_s, p->pledged},
        {u"prospective"_s, p->prospective},
        {u"received"_s, p->received},
        {u"outstanding"_s, p->outstanding},
        {u"arrears"_s, p->arrears},
        {u"income"_s, p->income},
        {u"fees"_s, p->fees},
        {u"exchange_differences"_s, p->exchangeDifferences},
        {u"allocated"_s, p->allocated},
        {u"transferred"_s, p->transferred},
        {u"expenditure"_s, p->expenditure},
        {u"refunded"_s, p->refunded},
        {u"waived"_s, p->waived},
        {u"partner_interest"_s, p->partnerInterest},
        {u"transfers_to_funds"_s, p->transfersToFunds},
        {u"direct_costs"_s, p->directCosts},
        {u"bank_charges"_s, p->bankCharges},
        {u"held_by_partners"_s, p->heldByPartners},
        {u"cash"_s, p->cash},
        {u"available"_s, p->available}};
    if (c.isSet(u"json"_s)) {
        QJsonObject o{{u"currency"_s, u"USD"_s}, {u"at"_s, at->toString(Qt::ISODate)}};
        for (const auto &[k, v] : figures)
            o.insert(k, usd(v));
        QJsonArray donors;
        for (const ledger::DonorPosition &d : p->byDonor)
            donors.append(QJsonObject{{u"donor"_s, d.donor},
                                      {u"source"_s, d.source},
                                      {u"pledged"_s, usd(d.pledged)},
                                      {u"prospective"_s, usd(d.prospective)},
                                      {u"received"_s, usd(d.received)},
                                      {u"outstanding"_s, usd(d.outstanding)},
                                      {u"arrears"_s, usd(d.arrears)}});
        o.insert(u"by_donor"_s, donors);
        QJsonArray sources;
        for (const ledger::SourcePosition &s : p->bySource)
            sources.append(QJsonObject{{u"source"_s, s.source},
                                       {u"pledged"_s, usd(s.pledged)},
                                       {u"prospective"_s, usd(s.prospective)},
                                       {u"received"_s, usd(s.received)}});
        o.insert(u"by_source"_s, sources);
        QJsonArray years;
        for (const ledger::FiscalYearPosition &y : p->byFiscalYear)
            years.append(QJsonObject{{u"fiscal_year"_s, u"FY%1"_s.arg(y.year)},
                                     {u"start"_s, y.start.toString(Qt::ISODate)},
                                     {u"end"_s, y.end.toString(Qt::ISODate)},
                                     {u"pledged"_s, usd(y.pledged)},
                                     {u"received"_s, usd(y.received)},
                                     {u"income"_s, usd(y.income)},
                                     {u"fees"_s, usd(y.fees)},
                                     {u"allocated"_s, usd(y.allocated)},
                                     {u"transferred"_s, usd(y.transferred)},
                                     {u"expenditure"_s, usd(y.expenditure)},
                                     {u"refunded"_s, usd(y.refunded)}});
        o.insert(u"by_fiscal_year"_s, years);
        printJson(o);
        return Ok;
    }
    out(tr("Fund position at %1 (USD)").arg(shownDate(*at)));
    const int width = figureWidth(figures, 22);
    for (const auto &[k, v] : figures)
        out(u"  %1 %2"_s.arg(figureName(k), -width).arg(shownUsd(v), 20));
    if (!p->byDonor.isEmpty()) {
        out(tr("By donor:"));
        out(u"  %1 %2 %3 %4 %5 %6"_s.arg(tr("donor"), -44)
                .arg(tr("source"), -6)
                .arg(tr("pledged"), 16)
                .arg(tr("prospective"), 16)
                .arg(tr("received"), 16)
                .arg(tr("outstanding"), 16));
        for (const ledger::DonorPosition &d : p->byDonor)
            out(u"  %1 %2 %3 %4 %5 %6"_s.arg(d.donor.left(44), -44)
                    .arg(word(core::i18n::Kind::Source, d.source), -6)
                    .arg(shownUsd(d.pledged), 16)
                    .arg(shownUsd(d.prospective), 16)
                    .arg(shownUsd(d.received), 16)
                    .arg(shownUsd(d.outstanding), 16));
    }
    if (!p->byFiscalYear.isEmpty()) {
        out(tr("By fiscal year:"));
        for (const ledger::FiscalYearPosition &y : p->byFiscalYear)
            out(tr("  FY%1 (%2 to %3): pledged %4, received %5, allocated %6, transferred %7")
                    .arg(y.year)
                    .arg(shownDate(y.start), shownDate(y.end), shownUsd(y.pledged),
                         shownUsd(y.received), shownUsd(y.allocated), shownUsd(y.transferred)));
    }
    return Ok;
}

int runJournal(Invocation &c)
{
    // Streamed entry by entry (issue 23): a journal of any size in bounded memory. The JSON is
    // the document printJson() would print, written one entry's object at a time.
    const bool json = c.isSet(u"json"_s);
    QTextStream stream(stdout);
    bool first = true;
    if (json)
        stream << "{\n    \"currency\": \"USD\",\n    \"entries\": [";
    const auto each = [&](const ledger::JournalEntry &e) -> core::Status {
        if (json) {
            QJsonArray postings;
            for (const ledger::Posting &p : e.postings) {
                postings.append(
                    QJsonObject{{u"account"_s, p.account},
                                {u"flow"_s, p.flow},
                                {u"debit"_s, p.usdMinor > 0 ? usd(p.usdMinor) : QString()},
                                {u"credit"_s, p.usdMinor < 0 ? usd(-p.usdMinor) : QString()},
                                {u"donor"_s, p.donor},
                                {u"project"_s, p.project},
                                {u"partner"_s, p.partner}});
            }
            QJsonObject o{{u"entry"_s, e.id},           {u"date"_s, e.date.toString(Qt::ISODate)},
                          {u"kind"_s, e.kind},          {u"memo"_s, e.memo},
                          {u"posted_at"_s, e.postedAt}, {u"actor"_s, e.actor},
                          {u"postings"_s, postings}};
            if (e.reversesEntryId > 0) {
                o.insert(u"reverses"_s, e.reversesEntryId);
                o.insert(u"reason"_s, e.reason);
            }
            if (e.reversedByEntryId > 0)
                o.insert(u"reversed_by"_s, e.reversedByEntryId);
            // The object as it sits two levels deep in the whole document.
            QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
            text.chop(1); // its last newline
            text.replace("\n", "\n        ");
            stream << (first ? "\n        " : ",\n        ") << QString::fromUtf8(text);
            first = false;
            return {};
        }
        QString head = u"#%1 %2 %3"_s.arg(e.id).arg(shownDate(e.date),
                                                    word(core::i18n::Kind::EntryKind, e.kind));
        if (!e.memo.isEmpty())
            head += u" — "_s + e.memo;
        if (e.reversesEntryId > 0)
            head += tr(" (reason: %1)").arg(e.reason);
        if (e.reversedByEntryId > 0)
            head += tr(" [reversed by #%1]").arg(e.reversedByEntryId);
        stream << terminalSafe(head) << '\n';
        for (const ledger::Posting &p : e.postings) {
            QString dims;
            for (const QString &d : {p.donor, p.project, p.partner}) {
                if (!d.isEmpty())
                    dims += u"  "_s + d;
            }
            stream << terminalSafe(
                          u"    %1 %2 %3%4"_s.arg(word(core::i18n::Kind::Account, p.account), -22)
                              .arg(p.usdMinor > 0 ? shownUsd(p.usdMinor) : QString(), 16)
                              .arg(p.usdMinor < 0 ? shownUsd(-p.usdMinor) : QString(), 16)
                              .arg(dims))
                   << '\n';
        }
        return {};
    };
    if (auto s = ledger::forEachEntry(*c.db, each); !s) {
        stream << Qt::flush;
        return fail(s.error());
    }
    if (json)
        stream << "\n    ]\n}\n"; // [\n    ] when empty, as QJsonDocument writes it
    return Ok;
}

int runAccounts(Invocation &c)
{
    QDate at;
    if (c.isSet(u"at"_s)) {
        auto d = core::parseIsoDate(u"at"_s, c.value(u"at"_s));
        if (!d)
            return fail(d.error());
        at = *d;
    }
    auto list = ledger::trialBalance(*c.db, at);
    if (!list)
        return fail(list.error());
    QJsonArray a;
    qint64 total = 0;
    for (const ledger::Account &acc : *list) {
        total += acc.balance;
        a.append(QJsonObject{{u"code"_s, acc.code},
                             {u"account"_s, acc.key},
                             {u"name"_s, acc.name},
                             {u"class"_s, acc.accountClass},
                             {u"balance"_s, usd(acc.balance)}});
        if (!c.isSet(u"json"_s))
            out(u"%1  %2 %3"_s.arg(acc.code)
                    .arg((language() == u"en"_s ? acc.name
                                                : word(core::i18n::Kind::Account, acc.key))
                             .left(44),
                         -44)
                    .arg(shownUsd(acc.balance), 18));
    }
    if (c.isSet(u"json"_s)) {
        printJson({{u"currency"_s, u"USD"_s}, {u"accounts"_s, a}, {u"total"_s, usd(total)}});
        return Ok;
    }
    out(u"%1  %2 %3"_s.arg(QString(4, u' '))
            .arg(tr("Total (zero when the books balance)"), -44)
            .arg(shownUsd(total), 18));
    return Ok;
}

} // namespace

void registerLedgerViewCommands(Registry &r)
{
    core::ledger::registerVerifyChecks(); // `imdp verify` checks the journal and stored balances
    r.add({.name = u"project"_s,
           .summary = u"A project's balances: FILE PROJECT [--json]"_s,
           .description = u"A project's money: allocated, transferred, spent, held."_s,
           .positionals = {u"FILE"_s, u"PROJECT"_s},
           .fund = Fund::Read,
           .json = true,
           .run = runProjectBalance});
    r.add({.name = u"position"_s,
           .summary = u"The fund position: FILE [--at DATE] [--json]"_s,
           .description = u"The fund's position at the end of a date (USD)."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"at"_s, u"Date (default today)."_s, u"DATE"_s}},
           .fund = Fund::Read,
           .json = true,
           .jsonHelp = u"Machine-readable output; amounts as decimal strings."_s,
           .run = runPosition});
    r.add({.name = u"journal"_s,
           .summary = u"The journal: FILE [--json]"_s,
           .description = u"The journal: every entry with its postings (USD)."_s,
           .positionals = {u"FILE"_s},
           .fund = Fund::Read,
           .json = true,
           .jsonHelp = u"Machine-readable output; amounts as decimal strings."_s,
           .run = runJournal});
    r.add({.name = u"accounts"_s,
           .summary = u"The trial balance: FILE [--at DATE] [--json]"_s,
           .description = u"The trial balance: every account's balance (debit +)."_s,
           .positionals = {u"FILE"_s},
           .options = {{u"at"_s, u"Date (default: every entry)."_s, u"DATE"_s}},
           .fund = Fund::Read,
           .json = true,
           .run = runAccounts});
}

} // namespace imdp::cli
