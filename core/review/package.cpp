// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/review/package.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/io/input.h"
#include "core/io/output.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/oneline.h"
#include "core/pipeline/proposalref.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/internal.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/fsutil.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::review {

namespace {

const QString kFormat = u"imdp-review-package"_s;
constexpr int kVersion = 1;
/// A package holds attachments; beyond this it is not one of ours.
constexpr qint64 kMaxPackageBytes = 1024LL * 1024 * 1024;

QString shown(const QString &path)
{
    return QFileInfo(path).fileName();
}

/// "<file>: not a valid review package (<why>)"; `why` a part with its key (review.package.*).
Error badPackage(const QString &path, const QString &key, QList<ErrorArg> args = {})
{
    // An argument may quote the reviewer's part of the file, which no hash covers: one line
    // always.
    for (ErrorArg &a : args) {
        if (a.type == ErrorArg::Type::Text)
            a.text = shownOnOneLine(a.text);
    }
    return Error::badFile(u""_s, u"review.package_invalid"_s,
                          {ErrorArg::txt(shown(path)),
                           ErrorArg::nested(pipeline::part(key, std::move(args)))});
}

QString proposalText(const Proposal &p)
{
    const auto c = findCurrency(p.currency);
    const int digits = c ? c->minorUnits : 2;
    QStringList lines{
        u"Applicant: %1"_s.arg(p.applicant),
        u"Partner: %1"_s.arg(p.partner.isEmpty() ? u"-"_s : p.partner),
        u"Objectives: %1"_s.arg(p.objectives),
        u"Action area: %1"_s.arg(p.actionArea.isEmpty() ? u"-"_s : p.actionArea),
        u"Countries: %1"_s.arg(p.countries.join(u", "_s)),
        u"Period: %1 to %2"_s.arg(p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate)),
        u"Requested: %1 %2"_s.arg(formatMinor(p.requestedMinor, digits), p.currency),
        u"Data disaggregation: %1"_s.arg(p.disaggregation.join(u", "_s)),
        QString(),
        u"Budget:"_s,
    };
    for (const BudgetLine &b : p.budget)
        lines.append(u"  %1: %2 %3"_s.arg(b.category, formatMinor(b.amountMinor, digits),
                                           p.currency));
    lines.append(QString());
    lines.append(u"Summary:"_s);
    lines.append(p.summary);
    return lines.join(u'\n');
}

QJsonArray entriesJson(const QList<Entry> &entries)
{
    QJsonArray out;
    for (const Entry &e : entries) {
        QJsonArray scores;
        for (const Score &s : e.scores)
            scores.append(QJsonObject{{u"criterion"_s, s.criterion}, {u"score"_s, s.score},
                                      {u"comment"_s, s.comment}});
        out.append(QJsonObject{{u"code"_s, e.proposal},
                               {u"declaration"_s, e.declaration},
                               {u"declaration_note"_s, e.declarationNote},
                               {u"scores"_s, scores},
                               {u"recommendation"_s, e.recommendation},
                               {u"comment"_s, e.comment},
                               {u"saved_at"_s, e.savedAt}});
    }
    return out;
}

Status writeJson(const QString &target, const QJsonObject &o, bool replace)
{
    return output::write(target, QJsonDocument(o).toJson(QJsonDocument::Indented), replace);
}

Result<QString> fundId(Database &db, bool create)
{
    Query q(db, u"SELECT value FROM fund_setting WHERE key = 'fund_id'"_s);
    if (auto s = q.exec(); !s)
        return s.error();
    if (q.next())
        return q.text(0);
    if (!create)
        return QString();
    // Created once, at the first export: it tells this fund's packages from another fund's.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Query ins(db, u"INSERT INTO fund_setting (key, value) VALUES ('fund_id', ?)"_s);
    ins.bind(id);
    if (auto s = ins.exec(); !s)
        return s.error();
    if (auto s = audit::record(db, u"fund.id"_s, {{u"fund_id"_s, id}}); !s)
        return s.error();
    return id;
}

Review reviewFrom(const Entry &e, const QString &reviewer, const QString &packageId,
                  const QList<Criterion> &rubric)
{
    Review r;
    r.proposal = e.proposal;
    r.reviewer = reviewer;
    r.scores = e.scores;
    r.recommendation = e.recommendation;
    r.comment = e.comment;
    r.packageId = packageId;
    r.completed = entryComplete(e, rubric);
    return r;
}

struct Planned
{
    ImportChange change;
    qint64 assignmentId = 0;
    Entry entry;
    Review review;
    std::optional<Review> replaced;
};

/// Checks the package against the fund and works out every change; writes nothing.
Result<std::pair<Package, QList<Planned>>> plan(Database &db, const QString &path,
                                                bool acceptChanges)
{
    auto pkg = readPackage(path);
    if (!pkg)
        return pkg.error();
    auto id = fundId(db, false);
    if (!id)
        return id.error();
    if (pkg->fundId != *id)
        return Error::badFile(u""_s, u"review.package_other_fund"_s,
                              {ErrorArg::txt(shown(path)), ErrorArg::txt(pkg->fundName)});
    Query q(db, u"SELECT reviewer, content_hash FROM review_package WHERE id = ?"_s);
    q.bind(pkg->packageId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::badFile(u""_s, u"review.package_unknown"_s, {ErrorArg::txt(shown(path))});
    if (q.text(1) != pkg->hash || q.text(0) != pkg->reviewer)
        return Error::badFile(u""_s, u"review.package_altered"_s, {ErrorArg::txt(shown(path))});
    QList<Planned> out;
    for (const Entry &e : pkg->entries) {
        Planned pl;
        pl.entry = e;
        pl.change.proposal = e.proposal;
        const QList<Criterion> &rub = pkg->rubricOf(e.proposal);
        pl.review = reviewFrom(e, pkg->reviewer, pkg->packageId, rub);
        if (auto v = detail::validateScores(pl.review, rub); !v)
            return v.error();
        if (auto v = checkText(u"declaration note"_s, e.declarationNote, 2000); !v)
            return v.error();
        // As `review declare` refuses it: a declared conflict says what it is.
        if (e.declaration == u"conflict"_s && e.declarationNote.trimmed().isEmpty())
            return Error::badInput(u"note"_s, u"review.package_conflict_note"_s,
                                   {ErrorArg::txt(shown(path)), ErrorArg::txt(e.proposal)});
        auto a = detail::findAssignment(db, e.proposal, pkg->reviewer);
        if (!a)
            return a.error();
        if (!*a)
            return Error::refused(u"reviewer"_s, u"review.package_unassigned"_s,
                                  {ErrorArg::txt(e.proposal), ErrorArg::txt(pkg->reviewer)});
        pl.assignmentId = (*a)->id;
        auto stored = reviews(db, e.proposal);
        if (!stored)
            return stored.error();
        const auto mine = std::find_if(stored->cbegin(), stored->cend(), [&](const Review &r) {
            return r.reviewer == pkg->reviewer;
        });
        if (mine != stored->cend())
            pl.replaced = *mine;
        const bool sameDeclaration = (*a)->coiDeclared == e.declaration
                                     && (*a)->coiNote == e.declarationNote.trimmed();
        const bool storedSomething = pl.replaced || !(*a)->coiDeclared.isEmpty();
        const bool same = sameDeclaration
                          && (pl.replaced ? pl.replaced->sameContent(pl.review)
                                          : pl.review.scores.isEmpty()
                                                && pl.review.recommendation.isEmpty()
                                                && pl.review.comment.isEmpty());
        if (e.isEmpty() || same) {
            pl.change.kind = u"unchanged"_s;
        } else if (!storedSomething) {
            pl.change.kind = u"new"_s;
        } else if (pl.replaced && !pl.replaced->completed
                   && pl.replaced->packageId == pkg->packageId) {
            pl.change.kind = u"update"_s; // progress on an unfinished review of this package
        } else if (!pl.replaced && sameDeclaration) {
            pl.change.kind = u"update"_s; // a review added to the declaration already imported
        } else if (acceptChanges) {
            pl.change.kind = u"replace"_s;
        } else {
            pl.change.kind = u"conflict"_s;
            const Error done = pipeline::part(pl.replaced && pl.replaced->completed
                                                  ? u"review.change.done"_s
                                                  : u"review.change.not_done"_s);
            const Error where = pipeline::part(pl.replaced && pl.replaced->packageId.isEmpty()
                                                   ? u"review.change.in_office"_s
                                                   : u"review.change.from_package"_s);
            pl.change.words =
                pl.replaced ? pipeline::part(u"review.change.conflict_review"_s,
                                             {ErrorArg::txt(pkg->reviewer),
                                              ErrorArg::nested(done), ErrorArg::nested(where)})
                            : pipeline::part(u"review.change.conflict_declaration"_s);
        }
        if (pl.change.kind == u"new"_s || pl.change.kind == u"update"_s
            || pl.change.kind == u"replace"_s) {
            const bool declaredConflict = e.declaration == u"conflict"_s;
            const qint64 scored = e.scores.size();
            pl.change.words =
                declaredConflict ? pipeline::part(u"review.change.declares_conflict"_s)
                : pl.review.completed
                    ? pipeline::part(u"review.change.completed"_s,
                                     {ErrorArg::decimal(weightedMeanHundredths(e.scores, rub), 2)})
                    : pipeline::part(u"review.change.unfinished"_s,
                                     {ErrorArg::num(scored), ErrorArg::num(rub.size())});
            auto ref = pipeline::proposalRef(db, e.proposal);
            if (!ref)
                return ref.error();
            const Error what =
                pipeline::part(u"review.what.import"_s, {ErrorArg::txt(pkg->reviewer)});
            if (ref->state != u"in_review"_s)
                return pipeline::refusal(
                    e.proposal, what,
                    pipeline::part(u"review.why.state_nothing"_s,
                                   {pipeline::stateLabels({ref->state}),
                                    pipeline::stateLabels({u"in_review"_s})}));
            if (!(*a)->coiFlag.isEmpty() && (*a)->overrideReason.isEmpty())
                return pipeline::refusal(e.proposal, what,
                                         pipeline::part(u"review.why.blocked"_s));
        }
        pl.change.detail = pl.change.words.key.isEmpty() ? QString() : pl.change.words.message;
        out.append(pl);
    }
    return std::pair<Package, QList<Planned>>{*pkg, out};
}

ImportPlan planOf(const Package &pkg, const QList<Planned> &planned)
{
    ImportPlan p;
    p.packageId = pkg.packageId;
    p.reviewer = pkg.reviewer;
    for (const Planned &pl : planned)
        p.changes.append(pl.change);
    return p;
}

} // namespace

const QList<Criterion> &Package::rubricOf(const QString &code) const
{
    static const QList<Criterion> none;
    for (const PackageProposal &p : proposals) {
        if (p.code == code) {
            const auto it = rubrics.constFind(p.call);
            return it == rubrics.constEnd() ? none : *it;
        }
    }
    return none;
}

Entry *Package::entry(const QString &code)
{
    for (Entry &e : entries) {
        if (e.proposal == code)
            return &e;
    }
    return nullptr;
}

QString contentHash(const QJsonObject &exported)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(exported).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

bool entryComplete(const Entry &e, const QList<Criterion> &rubric)
{
    Review r;
    r.scores = e.scores;
    r.recommendation = e.recommendation;
    return detail::isComplete(r, rubric, e.declaration);
}

Result<ExportSummary> exportPackage(Database &db, const QString &reviewer, const QString &out,
                                    bool replace)
{
    if (auto v = checkLine(u"reviewer"_s, reviewer, 120); !v)
        return v.error();
    if (!out.endsWith(packageSuffix()))
        return Error::badInput(u"out"_s, u"review.package_suffix"_s,
                               {ErrorArg::txt(packageSuffix())});
    // A fund, a backup, a lock or a link is never replaced; another file only with `replace`.
    if (auto s = output::check(out, replace); !s)
        return s.error();
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto fid = fundId(db, true);
    if (!fid)
        return fid.error();
    auto fs = fund::settings(db);
    if (!fs)
        return fs.error();
    auto mine = assignments(db, reviewer);
    if (!mine)
        return mine.error();
    QJsonArray proposals;
    QJsonObject rubrics;
    QList<Entry> entries;
    ExportSummary summary;
    for (const Assignment &a : *mine) {
        if (a.blocked())
            continue;
        auto p = pipeline::find(db, a.proposal);
        if (!p)
            return p.error();
        if (p->state != u"in_review"_s)
            continue;
        auto atts = pipeline::attachments(db, a.proposal);
        if (!atts)
            return atts.error();
        QJsonArray attachments;
        for (const pipeline::Attachment &att : *atts) {
            auto content = pipeline::attachmentContent(db, a.proposal, att.name);
            if (!content)
                return content.error();
            attachments.append(QJsonObject{
                {u"name"_s, att.name},
                {u"sha256"_s, att.sha256},
                {u"content"_s, QString::fromLatin1(content->toBase64())}});
            ++summary.attachments;
        }
        proposals.append(QJsonObject{{u"code"_s, p->code},
                                     {u"title"_s, p->title},
                                     {u"applicant"_s, p->applicant},
                                     {u"partner"_s, p->partner},
                                     {u"role"_s, a.role},
                                     {u"call"_s, a.call},
                                     {u"details"_s, proposalText(*p)},
                                     {u"attachments"_s, attachments}});
        if (!rubrics.contains(a.call)) {
            auto rub = rubric(db, a.call);
            if (!rub)
                return rub.error();
            QJsonArray criteria;
            for (const Criterion &c : *rub)
                criteria.append(QJsonObject{{u"code"_s, c.code}, {u"label"_s, c.label},
                                            {u"weight"_s, c.weight}});
            rubrics.insert(a.call, criteria);
        }
        // The reviewer's own earlier work travels with the package, so a new package carries on
        // where the last one stopped (and re-importing it changes nothing).
        Entry e{a.proposal, a.coiDeclared, a.coiNote, {}, {}, {}, {}};
        auto rs = reviews(db, a.proposal);
        if (!rs)
            return rs.error();
        for (const Review &r : *rs) {
            if (r.reviewer == a.reviewer && !r.overall) {
                e.scores = r.scores;
                e.recommendation = r.recommendation;
                e.comment = r.comment;
                e.savedAt = r.at;
            }
        }
        entries.append(e);
        ++summary.proposals;
    }
    if (summary.proposals == 0)
        return Error::refused(u"reviewer"_s, u"review.no_assignment"_s, {ErrorArg::txt(reviewer)});
    summary.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject exported{{u"package_id"_s, summary.packageId},
                               {u"fund"_s, QJsonObject{{u"id"_s, *fid}, {u"name"_s, fs->name}}},
                               {u"reviewer"_s, reviewer.trimmed()},
                               {u"exported_at"_s, Clock::stamp()},
                               {u"recommendations"_s, QJsonArray::fromStringList(
                                                          recommendations())},
                               {u"rubrics"_s, rubrics},
                               {u"proposals"_s, proposals}};
    summary.hash = contentHash(exported);
    Query q(db, u"INSERT INTO review_package (id, reviewer, content_hash, exported_at, actor) "
                "VALUES (?, ?, ?, ?, ?)"_s);
    q.bind(summary.packageId).bind(reviewer.trimmed()).bind(summary.hash).bind(Clock::stamp());
    q.bind(Clock::user());
    if (auto s = q.exec(); !s)
        return s.error();
    QJsonArray codes;
    for (const Entry &e : entries)
        codes.append(e.proposal);
    if (auto s = audit::record(db, u"review.export"_s,
                               {{u"package"_s, summary.packageId},
                                {u"reviewer"_s, reviewer.trimmed()},
                                {u"proposals"_s, codes},
                                {u"hash"_s, summary.hash},
                                {u"file"_s, shown(out)}});
        !s)
        return s.error();
    const QJsonObject file{{u"format"_s, kFormat}, {u"version"_s, kVersion},
                           {u"export"_s, exported}, {u"content_hash"_s, summary.hash},
                           {u"reviews"_s, entriesJson(entries)}};
    // The file appears only once the fund has recorded it; if the commit then fails, the
    // package is removed, so a package always has its record.
    if (auto s = writeJson(out, file, replace); !s)
        return s.error();
    if (auto s = tx.commit(); !s) {
        QFile::remove(out);
        return s.error();
    }
    return summary;
}

Result<Package> readPackage(const QString &path)
{
    // A regular file (a link to /dev/zero or a FIFO is refused unread) of at most 1 GiB.
    auto bytes = input::readFile(path, kMaxPackageBytes, u"review package"_s);
    if (!bytes)
        return bytes.error();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return badPackage(path, u"review.package.not_json"_s);
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != kFormat)
        return badPackage(path, u"review.package.no_mark"_s);
    if (root.value(u"version"_s).toInt() != kVersion)
        return badPackage(path, u"review.package.version"_s,
                          {ErrorArg::num(root.value(u"version"_s).toInt())});
    Package p;
    p.path = path;
    p.exported = root.value(u"export"_s).toObject();
    p.hash = root.value(u"content_hash"_s).toString();
    if (contentHash(p.exported) != p.hash)
        return Error::badFile(u""_s, u"review.package_altered"_s, {ErrorArg::txt(shown(path))});
    p.packageId = p.exported.value(u"package_id"_s).toString();
    p.fundId = p.exported.value(u"fund"_s).toObject().value(u"id"_s).toString();
    p.fundName = p.exported.value(u"fund"_s).toObject().value(u"name"_s).toString();
    p.reviewer = p.exported.value(u"reviewer"_s).toString();
    if (p.packageId.isEmpty() || p.fundId.isEmpty() || p.reviewer.isEmpty())
        return badPackage(path, u"review.package.ids_missing"_s);
    const QJsonObject rubrics = p.exported.value(u"rubrics"_s).toObject();
    for (auto it = rubrics.constBegin(); it != rubrics.constEnd(); ++it) {
        QList<Criterion> criteria;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject c = v.toObject();
            criteria.append({c.value(u"code"_s).toString(), c.value(u"label"_s).toString(),
                             c.value(u"weight"_s).toInt()});
        }
        p.rubrics.insert(it.key(), criteria);
    }
    for (const QJsonValue &v : p.exported.value(u"proposals"_s).toArray()) {
        const QJsonObject o = v.toObject();
        PackageProposal pp{o.value(u"code"_s).toString(),    o.value(u"title"_s).toString(),
                           o.value(u"applicant"_s).toString(), o.value(u"partner"_s).toString(),
                           o.value(u"role"_s).toString(),    o.value(u"call"_s).toString(),
                           o.value(u"details"_s).toString(), {}};
        for (const QJsonValue &av : o.value(u"attachments"_s).toArray()) {
            const QJsonObject a = av.toObject();
            pp.attachments.append(
                {a.value(u"name"_s).toString(), a.value(u"sha256"_s).toString(),
                 QByteArray::fromBase64(a.value(u"content"_s).toString().toLatin1())});
        }
        if (!p.rubrics.contains(pp.call))
            return badPackage(path, u"review.package.no_rubric"_s,
                              {ErrorArg::txt(pp.code.left(40))});
        p.proposals.append(pp);
        p.entries.append(Entry{pp.code, {}, {}, {}, {}, {}, {}});
    }
    // The reviewer's part is not covered by the hash: it is checked field by field on import.
    for (const QJsonValue &v : root.value(u"reviews"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Entry *e = p.entry(o.value(u"code"_s).toString());
        if (!e)
            return badPackage(path, u"review.package.unknown_review"_s,
                              {ErrorArg::txt(o.value(u"code"_s).toString().left(40))});
        e->declaration = o.value(u"declaration"_s).toString();
        if (!e->declaration.isEmpty() && e->declaration != u"none"_s
            && e->declaration != u"conflict"_s)
            return badPackage(path, u"review.package.declaration"_s,
                              {ErrorArg::txt(e->declaration.left(20))});
        e->declarationNote = o.value(u"declaration_note"_s).toString();
        for (const QJsonValue &sv : o.value(u"scores"_s).toArray()) {
            const QJsonObject s = sv.toObject();
            // A score is a whole number: 3.5 or "3" is named, never read as 0.
            const QJsonValue score = s.value(u"score"_s);
            const bool whole = score.isDouble() && score.toDouble() == double(score.toInt()) &&
                               std::abs(score.toDouble()) <= 1000;
            if (!whole && !score.isUndefined() && !score.isNull())
                return badPackage(
                    path, u"review.package.score"_s,
                    {ErrorArg::txt(QString::fromUtf8(QJsonDocument(QJsonArray{score})
                                                         .toJson(QJsonDocument::Compact))
                                       .mid(1)
                                       .chopped(1)
                                       .left(40)),
                     ErrorArg::txt(e->proposal.left(40)),
                     ErrorArg::txt(s.value(u"criterion"_s).toString().left(40))});
            e->scores.append({s.value(u"criterion"_s).toString(), score.toInt(),
                              s.value(u"comment"_s).toString()});
        }
        e->recommendation = o.value(u"recommendation"_s).toString();
        e->comment = o.value(u"comment"_s).toString();
        e->savedAt = o.value(u"saved_at"_s).toString();
    }
    return p;
}

Status savePackage(const Package &package)
{
    const QJsonObject file{{u"format"_s, kFormat}, {u"version"_s, kVersion},
                           {u"export"_s, package.exported}, {u"content_hash"_s, package.hash},
                           {u"reviews"_s, entriesJson(package.entries)}};
    return writeJson(package.path, file, true);
}

QList<ImportChange> ImportPlan::conflicts() const
{
    QList<ImportChange> out;
    for (const ImportChange &c : changes) {
        if (c.kind == u"conflict"_s)
            out.append(c);
    }
    return out;
}

int ImportPlan::count(const QString &kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [&kind](const ImportChange &c) { return c.kind == kind; }));
}

Result<ImportPlan> previewImport(Database &db, const QString &path)
{
    auto p = plan(db, path, false);
    if (!p)
        return p.error();
    return planOf(p->first, p->second);
}

Result<ImportPlan> importPackage(Database &db, const QString &path, bool acceptChanges)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto p = plan(db, path, acceptChanges);
    if (!p)
        return p.error();
    const ImportPlan result = planOf(p->first, p->second);
    const int writes = result.count(u"new"_s) + result.count(u"update"_s)
                       + result.count(u"replace"_s);
    // Conflicts stop everything; a package with nothing new writes nothing, not even an audit
    // row, so importing it again leaves the fund exactly as it was.
    if (!result.conflicts().isEmpty() || writes == 0)
        return result;
    QJsonArray logged;
    for (const Planned &pl : p->second) {
        if (pl.change.kind == u"unchanged"_s)
            continue;
        if (!pl.entry.declaration.isEmpty()) {
            if (auto s = detail::writeDeclaration(db, pl.assignmentId, pl.entry.declaration,
                                                  pl.entry.declarationNote.trimmed());
                !s)
                return s.error();
        }
        const bool hasReview = !pl.review.scores.isEmpty() || !pl.review.recommendation.isEmpty()
                               || !pl.review.comment.isEmpty();
        if (hasReview || pl.replaced) {
            if (auto s = detail::writeReview(db, pl.assignmentId, pl.review); !s)
                return s.error();
        }
        QJsonObject o = detail::reviewJson(pl.review);
        o.insert(u"change"_s, pl.change.kind);
        o.insert(u"declaration"_s, pl.entry.declaration);
        o.insert(u"declaration_note"_s, pl.entry.declarationNote.trimmed());
        if (pl.replaced && pl.change.kind == u"replace"_s)
            o.insert(u"replaced"_s, detail::reviewJson(*pl.replaced));
        logged.append(o);
    }
    if (auto s = audit::record(db, u"review.import"_s,
                               {{u"package"_s, result.packageId},
                                {u"reviewer"_s, result.reviewer},
                                {u"file"_s, shown(path)},
                                {u"reviews"_s, logged}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace imdp::core::review
