// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "targets.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/funding/caprule.h"
#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"
#include "core/ledger/importpreview.h"
#include "core/ledger/opening.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/package.h"
#include "core/review/review.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/validate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace imdp::fuzz {

namespace {
void require(bool holds)
{
    if (!holds)
        std::abort();
}

template<typename T>
T need(Result<T> r)
{
    if (!r) {
        std::fprintf(stderr, "fuzz setup: %s\n", qPrintable(r.error().message));
        std::abort();
    }
    return std::move(r).value();
}
void need(const Status &s)
{
    if (!s) {
        std::fprintf(stderr, "fuzz setup: %s\n", qPrintable(s.error().message));
        std::abort();
    }
}

/// One line, as every error and bad-row report must be; says which message was not.
bool oneLine(const QString &message)
{
    const bool ok = !message.isEmpty() && !message.contains(u'\n') && !message.contains(u'\r');
    if (!ok)
        std::fprintf(stderr, "not one line: [%s]\n", qPrintable(message));
    return ok;
}

/// What the database-backed targets share: a Qt application (for the SQL plugin), a scratch
/// folder and a fund in it. Made once per process; the libFuzzer programs and the suite's replay
/// both get here.
struct Scratch
{
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    std::unique_ptr<Database> fund;
    QByteArray package; ///< a package exported by `fund`, as written
    QString file(const QString &name) const { return dir.filePath(name); }
};

Scratch &scratch()
{
    static Scratch *s = [] {
        auto *x = new Scratch;
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "imdp-fuzz";
            static char *argv[] = {name, nullptr};
            x->app = std::make_unique<QCoreApplication>(argc, argv);
        }
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        x->fund = need(Database::create(x->file(u"fuzz.imdp"_s), [](Database &d) -> Status {
            FundSettings fs;
            fs.name = u"Fuzz fund"_s;
            if (auto st = fund::initialise(d, fs); !st)
                return st;
            for (const Organisation &o :
                 {Organisation{0, u"International Labour Organization"_s, u"ILO"_s, u"agency"_s,
                               {}, true},
                  Organisation{0, u"Kingdom of Sweden"_s, u"Sweden"_s, u"state"_s, u"SE"_s,
                               false}}) {
                if (auto r = organisations::add(d, o); !r)
                    return r.error();
            }
            return {};
        }));
        Database &db = *x->fund;
        for (const QString &code : {u"P-1"_s, u"P-2"_s}) {
            Proposal p;
            p.code = code;
            p.title = u"Proposal "_s + code;
            p.applicant = u"ILO"_s;
            p.partner = u"ILO"_s;
            p.objectives = u"1,3"_s;
            p.actionArea = u"A"_s;
            p.requestedMinor = 15000000;
            p.source = u"gmg_agency"_s;
            p.countries = {u"SN"_s};
            p.start = QDate(2026, 7, 1);
            p.end = QDate(2027, 6, 30);
            p.summary = u"Summary"_s;
            p.disaggregation = {u"sex"_s};
            p.budget = {{u"Staff"_s, 15000000}};
            need(pipeline::add(db, p));
            need(pipeline::move(db, code, u"submitted"_s, {}));
            need(pipeline::move(db, code, u"screening"_s, {}));
            for (const QString &item : pipeline::checklistItems())
                need(pipeline::answerChecklist(db, code, item, true, {}));
            need(pipeline::move(db, code, u"in_review"_s, {}));
            review::Assignment a;
            a.reviewer = u"Ana"_s;
            need(review::assign(db, code, a));
        }
        const QString pkg = x->file(u"exported.imdpreview"_s);
        need(review::exportPackage(db, u"Ana"_s, pkg));
        QFile f(pkg);
        require(f.open(QIODevice::ReadOnly));
        x->package = f.readAll();
        Clock::reset(); // the suite's replay shares the process with other tests
        // The scratch fund lives as long as the process; its folder goes with it.
        static QString folder = x->dir.path();
        x->dir.setAutoRemove(false);
        std::atexit([] { QDir(folder).removeRecursively(); });
        return x;
    }();
    return *s;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    require(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    require(f.write(bytes) == bytes.size());
}

/// The fund's figures a refused or previewed import must leave alone.
qint64 footprint(Database &db)
{
    return need(Query::scalar(db, u"SELECT (SELECT COUNT(*) FROM audit_event) * 1000000"
                                  " + (SELECT COUNT(*) FROM posting) * 1000"
                                  " + (SELECT COUNT(*) FROM organisation)"_s));
}

} // namespace

QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

void money(const uint8_t *data, size_t size)
{
    const QString input = text(data, size);
    for (const QString &code : {u"USD"_s, u"JPY"_s, u"KWD"_s}) {
        auto m = Money::parse(input, code);
        if (!m) {
            require(!m.error().message.isEmpty() && !m.error().message.contains(u'\n'));
            continue;
        }
        auto again = Money::parse(m->toString(), code);
        require(again.ok() && *again == *m);
    }
}

void rate(const uint8_t *data, size_t size)
{
    auto r = Rate::parse(text(data, size));
    if (!r)
        return;
    require(r->scaled() > 0);
    auto again = Rate::parse(r->toString());
    require(again.ok() && *again == *r);
}

void date(const uint8_t *data, size_t size)
{
    const QString input = text(data, size);
    auto d = parseIsoDate(u"date"_s, input);
    if (d)
        require(d->isValid() && d->toString(Qt::ISODate) == input);
}

void capBps(const uint8_t *data, size_t size)
{
    auto c = parseCapBps(text(data, size));
    if (c)
        require(*c >= 0 && *c <= 10000);
}

void csv(const uint8_t *data, size_t size)
{
    // The input as a file handed to an import: a table, or one line saying why there is none;
    // each record well formed or naming its problem on one line.
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto t = csv::parse(raw); t) {
        int lastLine = 0;
        for (const csv::Record &r : t->records) {
            require(r.line > lastLine);
            lastLine = r.line;
            require(r.problem.isEmpty() == (r.badField < 0));
            if (!r.problem.isEmpty())
                require(oneLine(r.problem));
        }
    } else {
        require(oneLine(t.error().message));
    }

    // Round trip: lines are rows, 0x1f separates cells, so any text reaches the writer (quotes
    // and CRs too); the importers' reader must give every cell back (formula guard aside).
    const QString input = text(data, size);
    QList<QStringList> rows{{u"header"_s}};
    CsvWriter w;
    w.addTextRow(rows.first());
    for (const QString &line : input.split(u'\n')) {
        const QStringList cells = line.split(QChar(0x1f));
        // The reader skips entirely blank lines, as an import should: one empty cell is one.
        if (cells.size() == 1 && cells.first().isEmpty())
            continue;
        rows << cells;
        w.addTextRow(cells);
    }
    auto back = csv::parse(w.bytes());
    require(back.ok());
    require(back->header == rows.first());
    require(back->records.size() == rows.size() - 1);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const csv::Record &rec = back->records.at(r - 1);
        require(rec.problem.isEmpty());
        require(rec.fields.size() == rows.at(r).size());
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString &orig = rows.at(r).at(c);
            const QString &got = rec.fields.at(c);
            const bool guarded = got == u'\'' + orig;
            require(got == orig || guarded);
            // A cell never reaches a spreadsheet starting with a formula character.
            require(got.isEmpty() || !QStringLiteral("=+-@\t\r").contains(got.at(0)));
        }
    }
}

void prepare()
{
    scratch();
}

void import(const uint8_t *data, size_t size)
{
    Scratch &s = scratch();
    const QString path = s.file(u"input.csv"_s);
    writeFile(path, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const qint64 before = footprint(*s.fund);
    for (const auto kind : {ledger::ImportKind::Receipts, ledger::ImportKind::Pledges}) {
        auto p = ledger::previewImport(*s.fund, kind, path);
        if (!p) {
            require(oneLine(p.error().message));
            continue;
        }
        for (const QString &problem : p->result.problems)
            require(oneLine(problem));
        require(p->result.problems.isEmpty() || p->result.rows == 0);
        require(p->result.usdMinor >= 0);
    }
    // A preview writes nothing, whatever the file held.
    require(footprint(*s.fund) == before);
}

void organisations(const uint8_t *data, size_t size)
{
    Scratch &s = scratch();
    const QString path = s.file(u"organisations.csv"_s);
    writeFile(path, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const qint64 before = footprint(*s.fund);
    auto p = ledger::previewImport(*s.fund, ledger::ImportKind::Organisations, path);
    if (!p) {
        require(oneLine(p.error().message));
    } else {
        for (const QString &problem : p->result.problems)
            require(oneLine(problem));
        require(p->result.problems.isEmpty() || p->result.rows == 0);
        // Every organisation the import would add is one row of the file, stored normalised:
        // no invisible character, no run of spaces, nothing around it.
        require(p->result.problems.isEmpty() ? p->result.created.size() == p->result.rows
                                             : true);
        for (const QString &name : p->result.created) {
            require(name == name.trimmed() && !name.contains(u"  "_s));
            require(!name.contains(QChar(0x200B)) && !name.contains(QChar(0xFEFF)));
            require(name.normalized(QString::NormalizationForm_C) == name);
        }
    }
    // A preview writes nothing, whatever the file held.
    require(footprint(*s.fund) == before);
}

void opening(const uint8_t *data, size_t size)
{
    Scratch &s = scratch();
    const QString path = s.file(u"opening.csv"_s);
    writeFile(path, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const qint64 before = footprint(*s.fund);
    auto p =
        ledger::previewImport(*s.fund, ledger::ImportKind::Opening, path, {}, QDate(2000, 1, 1));
    if (!p) {
        require(oneLine(p.error().message));
    } else {
        for (const QString &problem : p->result.problems)
            require(oneLine(problem));
        require(p->result.problems.isEmpty() || p->result.rows == 0);
        // Each kind's total is bounded by the ledger's limit (issue 17), so the file's is too.
        require(p->result.usdMinor >= 0);
        require(p->result.usdMinor <= qint64(ledger::openingKinds().size()) * kMaxUsdMinor);
    }
    // A preview writes nothing, whatever the file held.
    require(footprint(*s.fund) == before);
}

void reviewPackage(const uint8_t *data, size_t size)
{
    Scratch &s = scratch();
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    // The input as a package file of its own: refused on one line, or read.
    const QString own = s.file(u"input.imdpreview"_s);
    writeFile(own, raw);
    if (auto p = review::readPackage(own); !p)
        require(oneLine(p.error().message));
    // The input's "reviews" in the real package: the export part checks out, so the reviewer's
    // part goes all the way through the import's checks.
    QJsonObject root = QJsonDocument::fromJson(s.package).object();
    const QJsonDocument in = QJsonDocument::fromJson(raw);
    if (in.isObject())
        root.insert(u"reviews"_s, in.object().value(u"reviews"_s));
    else if (in.isArray())
        root.insert(u"reviews"_s, in.array());
    else
        return;
    const QString spliced = s.file(u"spliced.imdpreview"_s);
    writeFile(spliced, QJsonDocument(root).toJson(QJsonDocument::Compact));
    const qint64 before = footprint(*s.fund);
    auto plan = review::previewImport(*s.fund, spliced);
    if (!plan) {
        require(oneLine(plan.error().message));
    } else {
        for (const review::ImportChange &c : plan->changes)
            require(!c.proposal.isEmpty() && !c.kind.isEmpty());
    }
    require(footprint(*s.fund) == before);
}

} // namespace imdp::fuzz
