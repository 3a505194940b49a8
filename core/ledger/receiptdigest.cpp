// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/ledger/receiptdigest.h"

#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/verify.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <charconv>
#include <system_error>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::ledger {

namespace {

// Fields joined by a unit separator (validated text never contains it), one line per row, the
// row's kind first: R a receipt and its entry's header, P a posting.
constexpr char kSep = '\x1f';

// Appended in place, without a temporary QByteArray per field: building the text cost more than
// hashing it (callgrind, 2,500 receipts).
void field(QByteArray &b, qint64 v)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    b.append(digits, end - digits);
    b += kSep;
}

void field(QByteArray &b, const QString &v)
{
    // UTF-8; ASCII (references, codes, dates, account flows) is copied byte by byte.
    const QChar *c = v.constData();
    const qsizetype n = v.size();
    bool ascii = true;
    for (qsizetype i = 0; i < n && ascii; ++i)
        ascii = c[i].unicode() < 0x80;
    if (ascii) {
        const qsizetype at = b.size();
        b.resize(at + n);
        char *out = b.data() + at;
        for (qsizetype i = 0; i < n; ++i)
            out[i] = char(c[i].unicode());
    } else {
        b += v.toUtf8();
    }
    b += kSep;
}

constexpr qsizetype kFlushAt = 64 * 1024; // hash in blocks: fewer calls, same digest

} // namespace

ReceiptDigest::ReceiptDigest()
{
    m_buffer.reserve(kFlushAt + 1024);
    m_hashing.reserve(kFlushAt + 1024);
}

ReceiptDigest::~ReceiptDigest()
{
    if (m_pending.valid())
        m_pending.wait(); // the block being hashed refers to this object
}

void ReceiptDigest::addReceipt(const StoredReceipt &r)
{
    if (rows == 0) {
        firstReceipt = r.id;
        firstEntry = r.entryId;
    }
    lastReceipt = r.id;
    lastEntry = r.entryId;
    ++rows;
    usdMinor += r.usdMinor;
    feeMinor += r.feeMinor;
    byCurrency[r.currency] += r.amountMinor;
    QByteArray &b = m_buffer;
    b += 'R';
    b += kSep;
    field(b, r.id);
    field(b, r.reference);
    field(b, r.donorId);
    field(b, r.source);
    field(b, r.date);
    field(b, r.currency);
    field(b, r.amountMinor);
    field(b, r.rateScaled);
    field(b, r.usdMinor);
    field(b, r.pledgeId);
    field(b, r.clearedMinor);
    field(b, r.feeMinor);
    field(b, r.entryId);
    field(b, r.entryDate);
    field(b, r.entryKind);
    field(b, r.entryMemo);
    b += '\n';
    if (b.size() >= kFlushAt)
        flush();
}

void ReceiptDigest::addPosting(const StoredPosting &p)
{
    QByteArray &b = m_buffer;
    b += 'P';
    b += kSep;
    field(b, p.entryId);
    field(b, p.accountId);
    field(b, p.flow);
    field(b, p.date);
    field(b, p.usdMinor);
    field(b, p.donorId);
    field(b, p.project);
    field(b, p.partnerId);
    b += '\n';
    if (b.size() >= kFlushAt)
        flush();
}

void ReceiptDigest::addStored(char kind, sqlite3_stmt *row, const char *types)
{
    if (kind == 'R')
        ++rows;
    QByteArray &b = m_buffer;
    b += kind;
    b += kSep;
    for (int i = 0; types[i]; ++i) {
        if (types[i] == 'I') {
            field(b, qint64(sqlite3_column_int64(row, i)));
        } else {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, i));
            if (text)
                b.append(text, sqlite3_column_bytes(row, i));
            b += kSep;
        }
    }
    b += '\n';
    if (b.size() >= kFlushAt)
        flush();
}

void ReceiptDigest::flush()
{
    // A block is hashed on another core while the next one is written (the import's thread
    // spent a tenth of its time in SHA-256). Blocks still reach the hash one at a time, in order.
    if (m_pending.valid())
        m_pending.wait();
    m_hashing.swap(m_buffer);
    m_buffer.resize(0); // keeps the capacity
    try {
        m_pending = std::async(std::launch::async, [this] { m_hash.addData(m_hashing); });
    } catch (const std::system_error &) {
        m_hash.addData(m_hashing); // no thread to be had: the same digest, on this one
        m_pending = {};
    }
}

QString ReceiptDigest::hex()
{
    flush();
    if (m_pending.valid())
        m_pending.wait();
    return QString::fromLatin1(m_hash.result().toHex());
}

namespace {

/// A statement finalized on scope exit.
struct Stmt
{
    sqlite3_stmt *s = nullptr;
    ~Stmt() { sqlite3_finalize(s); }
};

/// The digest of the stored receipts [first, last] and the postings of entries [first, last],
/// read in the order the import wrote them, with SQLite's own API (issue 23: `verify` reads
/// every imported row here).
Status recompute(Database &db, qint64 firstReceipt, qint64 lastReceipt, qint64 firstEntry,
                 qint64 lastEntry, ReceiptDigest &d)
{
    sqlite3 *h = db.handle();
    const auto failed = [&db, h] {
        return Error::io(u""_s, u"storage.system"_s,
                         {ErrorArg::txt(db.describe(QString::fromUtf8(sqlite3_errmsg(h)),
                                                    sqlite3_errcode(h)))});
    };
    Stmt r, p;
    if (sqlite3_prepare_v2(h,
                           "SELECT r.id, r.reference, r.donor_id, r.source, r.date, r.currency, "
                           "r.amount_minor, r.rate_scaled, r.usd_minor, COALESCE(r.pledge_id, 0), "
                           "r.cleared_usd_minor, r.fee_usd_minor, r.entry_id, "
                           "COALESCE(e.date, ''), COALESCE(e.kind, ''), COALESCE(e.memo, '') "
                           "FROM receipt r LEFT JOIN journal_entry e ON e.id = r.entry_id "
                           "WHERE r.id BETWEEN ?1 AND ?2 ORDER BY r.id",
                           -1, &r.s, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(h,
                           "SELECT entry_id, account_id, flow, date, usd_minor, "
                           "COALESCE(donor_id, 0), project, COALESCE(partner_id, 0) FROM posting "
                           "WHERE entry_id BETWEEN ?1 AND ?2 ORDER BY entry_id, id",
                           -1, &p.s, nullptr) != SQLITE_OK)
        return failed();
    sqlite3_bind_int64(r.s, 1, firstReceipt);
    sqlite3_bind_int64(r.s, 2, lastReceipt);
    sqlite3_bind_int64(p.s, 1, firstEntry);
    sqlite3_bind_int64(p.s, 2, lastEntry);
    // The columns' kinds, as addReceipt() and addPosting() write the fields.
    static constexpr char kReceipt[] = "ITITTTIIIIIIITTT";
    static constexpr char kPosting[] = "IITTIITI";
    int rcP = sqlite3_step(p.s);
    int rcR = SQLITE_ROW;
    while ((rcR = sqlite3_step(r.s)) == SQLITE_ROW) {
        const qint64 entry = sqlite3_column_int64(r.s, 12);
        // Postings of earlier entries not claimed by a receipt go in too: they change the text.
        while (rcP == SQLITE_ROW && sqlite3_column_int64(p.s, 0) < entry) {
            d.addStored('P', p.s, kPosting);
            rcP = sqlite3_step(p.s);
        }
        d.addStored('R', r.s, kReceipt);
        while (rcP == SQLITE_ROW && sqlite3_column_int64(p.s, 0) == entry) {
            d.addStored('P', p.s, kPosting);
            rcP = sqlite3_step(p.s);
        }
    }
    while (rcP == SQLITE_ROW) {
        d.addStored('P', p.s, kPosting);
        rcP = sqlite3_step(p.s);
    }
    if (rcR != SQLITE_DONE || rcP != SQLITE_DONE)
        return failed();
    return {};
}

} // namespace

Result<QJsonObject> redigestImports(Database &db, qint64 donorId,
                                    const std::function<Status()> &move)
{
    Query q(db, u"SELECT id, detail FROM audit_event WHERE command = 'ledger.import' ORDER BY id"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, QJsonObject>> batches;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        if (o.value(u"kind"_s).toString() == u"receipts"_s && o.contains(u"digest"_s)
            && o.value(u"rows"_s).toInteger() > 0)
            batches.append({q.integer(0), o});
    }
    const auto number = [](const QJsonObject &o, const QString &key) {
        return o.value(key).toString().toLongLong();
    };
    QList<std::pair<qint64, QJsonObject>> touchedBatches;
    for (const auto &[auditId, o] : batches) {
        auto touched = Query::scalar(db,
                                     u"SELECT EXISTS (SELECT 1 FROM receipt WHERE id BETWEEN ? "
                                     "AND ? AND donor_id = ?)"_s,
                                     {number(o, u"first_receipt"_s),
                                      number(o, u"last_receipt"_s), donorId});
        if (!touched)
            return touched.error();
        if (*touched != 0)
            touchedBatches.append({auditId, o});
    }
    if (auto s = move(); !s)
        return s.error();
    QJsonObject out;
    for (const auto &[auditId, o] : touchedBatches) {
        ReceiptDigest d;
        if (auto s = recompute(db, number(o, u"first_receipt"_s), number(o, u"last_receipt"_s),
                               number(o, u"first_entry"_s), number(o, u"last_entry"_s), d);
            !s)
            return s.error();
        out.insert(QString::number(auditId), d.hex());
    }
    return out;
}

Result<QStringList> verifyImports(Database &db)
{
    Query q(db, u"SELECT id, detail FROM audit_event WHERE command = 'ledger.import' ORDER BY id"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    struct Batch
    {
        qint64 auditId;
        QJsonObject detail;
    };
    QList<Batch> batches;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        if (o.value(u"kind"_s).toString() == u"receipts"_s && o.contains(u"digest"_s))
            batches.append({q.integer(0), o});
    }
    // A merge of organisations moved receipts of imports to the organisation kept and recorded,
    // in its own (chained) audit row, each such import's digest as it then became.
    Query m(db, u"SELECT detail FROM audit_event WHERE command = 'organisation.merge' "
                "ORDER BY id"_s);
    if (auto s = m.exec(); !s)
        return s.error();
    while (m.next()) {
        const QJsonObject redigest = QJsonDocument::fromJson(m.text(0).toUtf8())
                                         .object()
                                         .value(u"import_digests"_s)
                                         .toObject();
        for (Batch &b : batches) {
            if (const auto it = redigest.constFind(QString::number(b.auditId));
                it != redigest.constEnd())
                b.detail.insert(u"digest"_s, it.value());
        }
    }
    QStringList problems;
    for (const Batch &b : batches) {
        const auto number = [&b](const QString &key) {
            return b.detail.value(key).toString().toLongLong();
        };
        const qint64 rows = b.detail.value(u"rows"_s).toInteger();
        const QString name = u"import of %1 (audit row %2, receipts %3 to %4)"_s
                                 .arg(b.detail.value(u"file"_s).toString())
                                 .arg(b.auditId)
                                 .arg(number(u"first_receipt"_s))
                                 .arg(number(u"last_receipt"_s));
        if (rows == 0) // an empty file wrote nothing to check
            continue;
        ReceiptDigest d;
        if (auto s = recompute(db, number(u"first_receipt"_s), number(u"last_receipt"_s),
                               number(u"first_entry"_s), number(u"last_entry"_s), d);
            !s)
            return s.error();
        if (d.rows != rows)
            problems << u"%1: %2 receipts stored, the import recorded %3 (rows deleted or "
                        "inserted outside the application)"_s.arg(name)
                            .arg(d.rows)
                            .arg(rows);
        else if (d.hex() != b.detail.value(u"digest"_s).toString())
            problems << u"%1: the stored receipts, entries or postings no longer match the "
                        "digest the import recorded (altered outside the application)"_s.arg(name);
    }
    return problems;
}

} // namespace imdp::core::ledger
