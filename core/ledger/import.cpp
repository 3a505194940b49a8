// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/ledger/import.h"
#include "core/ledger/importframe.h"

#include "core/funding/capstatus.h"

#include "core/fund/organisations.h"
#include "core/io/csvreader.h"
#include "core/io/input.h"
#include "core/ledger/journal.h"
#include "core/ledger/feerule.h"
#include "core/ledger/pledges.h"
#include "core/ledger/receipts.h"
#include "core/ledger/receiptdigest.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/oneline.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

namespace {
/// The progress callback of the imports this thread runs (ImportProgressScope).
thread_local ImportProgress t_progress;
} // namespace

ImportProgressScope::ImportProgressScope(ImportProgress progress)
    : m_previous(std::exchange(t_progress, std::move(progress)))
{
}

ImportProgressScope::~ImportProgressScope()
{
    t_progress = std::move(m_previous);
}

using detail::RowFn;
using detail::RowReader;
using detail::runImport;

namespace {


struct Money3
{
    QString currency;
    qint64 amountMinor = 0;
    qint64 rateScaled = 0;
};

/// The money columns shared by both imports, checked in the order of the file's columns.
Result<Money3> readMoney(const RowReader &r)
{
    Money3 m;
    m.currency = r.get(u"currency"_s);
    auto cur = requireCurrency(m.currency);
    if (!cur)
        return Error::within(u"currency"_s, cur.error());
    const QString amount = r.get(u"amount"_s);
    if (amount.isEmpty())
        return Error::badInput(u"amount"_s, u"ledger.amount_required"_s, {});
    auto money = Money::parse(amount, m.currency);
    if (!money)
        return Error::withinBare(u"amount"_s, money.error());
    if (money->minor() <= 0)
        return Error::badInput(u"amount"_s, u"ledger.amount_must_greater_than_2"_s,
                               {ErrorArg::txt(amount.left(40))});
    m.amountMinor = money->minor();
    const QString rateText = r.get(u"usd_rate"_s);
    if (rateText.isEmpty())
        return Error::badInput(u"usd_rate"_s, u"ledger.usd_rate_required"_s, {});
    auto rate = Rate::parse(rateText);
    if (!rate)
        return Error::withinBare(u"usd_rate"_s, rate.error());
    if (m.currency == QStringView(kBaseCurrency) && !rate->isOne())
        return Error::badInput(u"usd_rate"_s, u"ledger.usd_rate_usd_amount"_s,
                               {ErrorArg::txt(rate->toString())});
    m.rateScaled = rate->scaled();
    return m;
}

Result<QList<Instalment>> readInstalments(const QString &text, const QString &currency)
{
    QList<Instalment> out;
    if (text.isEmpty())
        return out;
    for (const QString &part : text.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0)
            return Error::badInput(u"instalments"_s, u"ledger.instalments_must_date_amount"_s,
                                   {ErrorArg::txt(part.left(40))});
        auto due = parseIsoDate(u"instalments"_s, part.left(eq).trimmed());
        if (!due)
            return due.error();
        auto amount = Money::parse(part.sliced(eq + 1).trimmed(), currency);
        if (!amount)
            return Error::within(u"instalments"_s, amount.error());
        out.append({*due, amount->minor()});
    }
    return out;
}

/// Raises the connection's page cache for one import and puts it back afterwards: roughly 40
/// bytes of pages per byte of CSV (rows, postings, indexes, audit), at most 256 MiB. Pages are
/// only taken as they are used; the cap bounds the memory of a very large file, which then
/// spills as before (correct, only slower).
class BigCache
{
    Q_DISABLE_COPY_MOVE(BigCache)
public:
    BigCache(Database &db, qint64 csvBytes)
        : m_db(db)
    {
        const qint64 wantKiB = std::min<qint64>(csvBytes * 40 / 1024, 256 * 1024);
        auto before = Query::scalar(db, u"PRAGMA cache_size"_s);
        if (!before || *before >= 0 || -*before >= wantKiB)
            return; // a page count, or already as large: leave the setting alone
        m_before = *before;
        // Best effort: a cache left small only makes the import slower, never different.
        static_cast<void>(Query::scalar(db, u"PRAGMA cache_size = %1"_s.arg(-wantKiB)));
    }
    ~BigCache()
    {
        if (m_before)
            static_cast<void>(Query::scalar(m_db, u"PRAGMA cache_size = %1"_s.arg(*m_before)));
    }

private:
    Database &m_db;
    std::optional<qint64> m_before;
};


} // namespace

Result<ImportResult> importReceipts(Database &db, const QString &path)
{
    const QStringList required{u"date"_s,   u"donor"_s,    u"source"_s,   u"currency"_s,
                               u"amount"_s, u"usd_rate"_s, u"reference"_s};
    // One batch for the file, inside runImport's transaction: the rows go through
    // recordReceipt's own checks and posting rules without a savepoint each. The import is one
    // command with one audit row: instead of a row per receipt, it records what the receipts
    // add up to and the digest of every row written (verified by `imdp verify`).
    ReceiptBatch batch(db, true);
    ReceiptDigest digest;
    batch.digestInto(&digest);
    const auto addDetail = [&digest, &path](QJsonObject &o) -> Status {
        const auto fits = [](ReceiptDigest::Wide v) {
            return v <= std::numeric_limits<qint64>::max();
        };
        QJsonObject byCurrency;
        for (auto it = digest.byCurrency.cbegin(); it != digest.byCurrency.cend(); ++it) {
            if (!fits(it.value()))
                return Error::badInput(path, u"ledger.file_s_total_beyond"_s,
                                       {ErrorArg::txt(path), ErrorArg::txt(it.key())});
            byCurrency.insert(it.key(), formatMinor(qint64(it.value()),
                                                    findCurrency(it.key())->minorUnits));
        }
        if (!fits(digest.feeMinor))
            return Error::badInput(path, u"ledger.file_s_fees_are"_s, {ErrorArg::txt(path)});
        o.insert(u"by_currency"_s, byCurrency);
        o.insert(u"fees"_s, detail::usd(qint64(digest.feeMinor)));
        o.insert(u"first_receipt"_s, QString::number(digest.firstReceipt));
        o.insert(u"last_receipt"_s, QString::number(digest.lastReceipt));
        o.insert(u"first_entry"_s, QString::number(digest.firstEntry));
        o.insert(u"last_entry"_s, QString::number(digest.lastEntry));
        o.insert(u"digest"_s, digest.hex());
        return {};
    };
    return runImport(db, path, u"receipts"_s, required, {u"pledge"_s, u"fee_bps"_s},
                     [&batch](const RowReader &r, int) -> Result<qint64> {
                         auto date = parseIsoDate(u"date"_s, r.get(u"date"_s));
                         if (!date)
                             return date.error();
                         auto money = readMoney(r);
                         if (!money)
                             return money.error();
                         Receipt rc;
                         rc.date = *date;
                         rc.donor = r.get(u"donor"_s);
                         rc.source = r.get(u"source"_s);
                         rc.currency = money->currency;
                         rc.amountMinor = money->amountMinor;
                         rc.rateScaled = money->rateScaled;
                         rc.reference = r.get(u"reference"_s);
                         rc.pledgeReference = r.get(u"pledge"_s);
                         auto bps = parseFeeBps(r.get(u"fee_bps"_s));
                         if (!bps)
                             return bps.error();
                         rc.feeBps = *bps;
                         auto id = batch.add(rc);
                         if (!id) {
                             // A broken batch (the disk, SQLite) stops the file: an I/O error,
                             // its words and values as they were.
                             Error e = id.error();
                             if (batch.broken())
                                 e.code = ErrorCode::Io;
                             return e;
                         }
                         return *Rate::fromScaled(rc.rateScaled)->toUsdMinor(
                             *Money::fromMinor(rc.amountMinor, rc.currency));
                     },
                     {}, addDetail);
}

Result<ImportResult> importPledges(Database &db, const QString &path, const QString &capOverride)
{
    auto before = funding::capStatus(db);
    if (!before)
        return before.error();
    const QStringList required{u"date"_s,     u"donor"_s,  u"source"_s,
                               u"currency"_s, u"amount"_s, u"usd_rate"_s,
                               u"status"_s,   u"reference"_s};
    return runImport(db, path, u"pledges"_s, required, {u"note"_s, u"instalments"_s},
                     [&db, capOverride](const RowReader &r, int) -> Result<qint64> {
                         auto date = parseIsoDate(u"date"_s, r.get(u"date"_s));
                         if (!date)
                             return date.error();
                         auto money = readMoney(r);
                         if (!money)
                             return money.error();
                         Pledge p;
                         p.date = *date;
                         p.donor = r.get(u"donor"_s);
                         p.source = r.get(u"source"_s);
                         p.currency = money->currency;
                         p.amountMinor = money->amountMinor;
                         p.rateScaled = money->rateScaled;
                         p.status = r.get(u"status"_s);
                         p.reference = r.get(u"reference"_s);
                         p.note = r.get(u"note"_s);
                         auto inst = readInstalments(r.get(u"instalments"_s), p.currency);
                         if (!inst)
                             return inst.error();
                         p.instalments = *inst;
                         if (p.source == u"bank"_s)
                             p.capOverride = capOverride;
                         p.deferCapCheck = true; // checked once for the whole file, below
                         auto id = recordPledge(db, p, true);
                         if (!id)
                             return id.error();
                         return *Rate::fromScaled(p.rateScaled)->toUsdMinor(
                             *Money::fromMinor(p.amountMinor, p.currency));
                     },
                     [&db, &before, capOverride, path] {
                         return funding::checkPlanAfterBatch(
                             db, *before, capOverride,
                             u"import pledges %1"_s.arg(QFileInfo(path).fileName()));
                     });
}

Result<ImportResult> importOrganisations(Database &db, const QString &path)
{
    return runImport(db, path, u"organisations"_s, {u"name"_s, u"kind"_s},
                     {u"short_name"_s, u"gmg_member"_s, u"country"_s, u"iati_ref"_s,
                      u"contact"_s, u"email"_s},
                     [&db](const RowReader &r, int) -> Result<qint64> {
                         Organisation o;
                         o.name = r.get(u"name"_s);
                         o.kind = r.get(u"kind"_s);
                         o.shortName = r.get(u"short_name"_s);
                         const QString gmg = r.get(u"gmg_member"_s).toLower();
                         static const QStringList yes{u"yes"_s, u"true"_s, u"1"_s, u"y"_s};
                         static const QStringList no{u""_s, u"no"_s, u"false"_s, u"0"_s, u"n"_s};
                         if (!yes.contains(gmg) && !no.contains(gmg))
                             return Error::badInput(u"gmg_member"_s,
                                                    u"ledger.gmg_member_must_yes"_s,
                                                    {ErrorArg::txt(gmg.left(20))});
                         o.gmgMember = yes.contains(gmg);
                         o.country = r.get(u"country"_s);
                         o.iatiRef = r.get(u"iati_ref"_s);
                         o.contact = r.get(u"contact"_s);
                         o.email = r.get(u"email"_s);
                         auto id = organisations::add(db, o);
                         if (!id)
                             return id.error();
                         return 0;
                     });
}

namespace detail {

Result<ImportResult> runImport(Database &db, const QString &path, const QString &kind,
                               const QStringList &required, const QStringList &optional,
                               const RowFn &row, const std::function<Status()> &beforeCommit,
                               const std::function<Status(QJsonObject &)> &addDetail)
{
    // A regular file within the CSV limit: /dev/zero or a FIFO is refused before a byte is read.
    auto read = input::readFile(path, input::kCsvLimit, u"CSV import"_s);
    if (!read)
        return read.error();
    const QByteArray bytes = std::move(read).value();
    ImportResult result;
    // "FILE:LINE: field: reason": where, over the row's own error (its key and values kept).
    const auto keep = [&result](const Error &e) {
        // A bad row is reported on one line, whatever the text it quotes from the file holds.
        // A million bad columns are counted, not kept: the first 1,000 are listed.
        if (result.problems.size() < 1000) {
            result.problems.append(shownOnOneLine(e.message));
            result.problemErrors.append(e);
        } else {
            ++result.unlistedProblems;
        }
    };
    const auto report = [&keep](const QString &where, const Error &problem) {
        keep(Error::within(where, problem));
    };
    auto table = csv::parse(bytes);
    if (!table) {
        // The reader's error starts with the line ("1: header: …"): "FILE:1: header: …".
        keep(Error::badInput(table.error().field, u"ledger.import_file"_s,
                             {ErrorArg::txt(path), ErrorArg::nested(table.error())}));
        return result;
    }
    QHash<QString, int> columns;
    for (int i = 0; i < table->header.size(); ++i) {
        const QString &name = table->header.at(i);
        if (!required.contains(name) && !optional.contains(name))
            report(path + u":1"_s,
                   Error::badInput(name.left(40), u"ledger.import_unknown_column"_s,
                                   {ErrorArg::txt(name.left(40)),
                                    ErrorArg::txt((required + optional).join(u','))}));
        else if (columns.contains(name))
            report(path + u":1"_s, Error::badInput(name, u"ledger.import_column_twice"_s,
                                                   {ErrorArg::txt(name)}));
        columns.insert(name, i);
    }
    for (const QString &name : required) {
        if (!columns.contains(name))
            report(path + u":1"_s, Error::badInput(name, u"ledger.import_missing_column"_s,
                                                   {ErrorArg::txt(name)}));
    }
    if (!result.problems.isEmpty())
        return result;

    // A big file dirties more pages than SQLite's default cache (2 MiB) holds: each page it
    // spills mid-transaction first syncs the rollback journal, which doubled the wall time.
    const BigCache cache(db, bytes.size());
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    // The organisations the import creates (unknown donors): listed for the person to see a
    // typo before anything is written (the preview runs this same code and rolls back).
    auto lastOrganisation = Query::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM organisation"_s);
    if (!lastOrganisation)
        return lastOrganisation.error();
    QHash<QString, int> references; // reference → line, to name duplicates within the file
    __extension__ __int128 total = 0;
    // Cancelled (ImportProgressScope): the transaction rolls back as the frame returns.
    const qint64 rows = table->records.size();
    const auto goOn = [&path, rows](qint64 done) -> Status {
        if (t_progress && !t_progress(done, rows))
            return Error::refused(u""_s, u"ledger.import_cancelled"_s, {ErrorArg::txt(path)});
        return {};
    };
    if (auto s = goOn(0); !s)
        return s.error();
    qint64 done = 0;
    for (const csv::Record &rec : table->records) {
        if (++done % 256 == 0) {
            if (auto s = goOn(done); !s)
                return s.error();
        }
        const QString at = u"%1:%2"_s.arg(path).arg(rec.line);
        if (!rec.problem.isEmpty()) {
            report(at, Error::withinBare(table->header.value(rec.badField, u"row"_s), rec.error));
            continue;
        }
        if (rec.fields.size() != table->header.size()) {
            report(at, Error::badInput(u"row"_s, u"ledger.import_field_count"_s,
                                       {ErrorArg::num(rec.fields.size()),
                                        ErrorArg::num(table->header.size())}));
            continue;
        }
        const RowReader r{columns, rec};
        const QString reference = r.get(u"reference"_s);
        if (!reference.isEmpty()) {
            if (const int first = references.value(reference, 0); first > 0) {
                report(at, Error::badInput(u"reference"_s, u"ledger.import_reference_twice"_s,
                                           {ErrorArg::txt(reference.left(80)),
                                            ErrorArg::txt(QString::number(first))}));
                continue;
            }
            references.insert(reference, rec.line);
        }
        auto usdValue = row(r, rec.line);
        if (!usdValue) {
            // An I/O error may have ended the transaction: stop, never write on after it.
            // The totals limit is a rule on the whole fund: the file is refused whole (exit 1;
            // a batch the refusal left half-written is rolled back all the same).
            if (isTotalLimitRefusal(usdValue.error()))
                return Error::within(ErrorCode::Refused, at, usdValue.error());
            if (usdValue.error().code == ErrorCode::Io)
                return Error::within(at, usdValue.error());
            report(at, usdValue.error());
            continue;
        }
        total += *usdValue;
        ++result.rows;
    }
    {
        Query created(db, u"SELECT name FROM organisation WHERE id > ? ORDER BY id"_s);
        created.bind(*lastOrganisation);
        if (auto s = created.exec(); !s)
            return s.error();
        while (created.next())
            result.created << created.text(0);
    }
    if (!result.problems.isEmpty()) {
        result.rows = 0;
        return result; // tx rolls back: nothing of the file is written
    }
    if (total > std::numeric_limits<qint64>::max())
        return Error::badInput(path, u"ledger.file_s_total_beyond_2"_s, {ErrorArg::txt(path)});
    result.usdMinor = qint64(total);
    if (auto s = goOn(rows); !s)
        return s.error();
    // A rule on the whole batch (the DGF cap on the plan basis) refuses the file whole.
    if (beforeCommit) {
        if (auto s = beforeCommit(); !s)
            return s.error();
    }
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QJsonObject detail{{u"kind"_s, kind}, {u"file"_s, QFileInfo(path).fileName()},
                       {u"sha256"_s, sha}, {u"rows"_s, result.rows},
                       {u"usd"_s, detail::usd(result.usdMinor)}};
    if (addDetail) {
        if (auto s = addDetail(detail); !s)
            return s.error();
    }
    if (auto s = audit::record(db, u"ledger.import"_s, detail); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace detail

} // namespace imdp::core::ledger
