// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
//
// The `verify` check "rows" (rowtrack::verifyRows): the audit chain's record of what each command
// wrote, replayed against every tracked table's rows. The recording side is rowtrack.cpp.
#include "core/storage/rowtrack.h"

#include "core/storage/database.h"
#include "core/storage/rowtrack_p.h"
#include "core/storage/verify.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <memory>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::rowtrack {

using namespace detail;

namespace {

/// A row id or an audit row's number, as written (no grouping in any language).
ErrorArg n(qint64 v)
{
    return ErrorArg::txt(QString::number(v));
}

} // namespace

namespace {

bool hasWritesColumn(sqlite3 *db)
{
    Statement st(db,
                 "SELECT 1 FROM pragma_table_info('audit_event', 'main') WHERE name = 'writes'");
    return st.s && sqlite3_step(st.s) == SQLITE_ROW;
}

RowHash fromHex(const QString &text, bool *ok)
{
    const QByteArray b = QByteArray::fromHex(text.toLatin1());
    RowHash out{};
    *ok = b.size() == kHashBytes;
    if (*ok)
        std::copy_n(b.constData(), kHashBytes, out.begin());
    return out;
}

/// One command's rows inserted into one table.
struct Group
{
    qint64 audit = 0;
    int table = 0;
    std::vector<std::pair<qint64, qint64>> ranges;
    QString stream;        ///< over the rows' text (an append-only table), or:
    QString digest;        ///< over the row hashes, or:
    QStringList rowHashes; ///< the row hashes themselves (a few rows)
};

struct Event
{
    qint64 audit = 0;
    int op = SQLITE_INSERT;
    RowHash before{};
    RowHash after{};
    int group = -1; ///< an insert: its group
};

struct Replay
{
    QStringList tables;
    QHash<QString, int> ids;
    std::vector<Group> groups;
    std::vector<std::vector<int>> groupsOf;                       ///< per table
    std::map<std::pair<int, qint64>, std::vector<Event>> events;  ///< updated or deleted rows
    std::vector<std::vector<std::pair<qint64, RowHash>>> current; ///< per table, by row id

    int id(const QString &table)
    {
        auto it = ids.constFind(table);
        if (it != ids.cend())
            return *it;
        const int n = int(tables.size());
        tables << table;
        ids.insert(table, n);
        groupsOf.emplace_back();
        current.emplace_back();
        return n;
    }
    const RowHash *now(int table, qint64 rowid) const
    {
        const auto &rows = current[size_t(table)];
        const auto it = std::lower_bound(rows.begin(), rows.end(), rowid,
                                         [](const auto &r, qint64 v) { return r.first < v; });
        return it != rows.end() && it->first == rowid ? &it->second : nullptr;
    }
    ErrorArg table(int t) const { return ErrorArg::txt(tables.at(t)); }
};

Status readChain(sqlite3 *db, Replay &r, verify::Listing &problems)
{
    Statement st(db, "SELECT id, writes FROM audit_event WHERE writes <> '' ORDER BY id");
    if (!st.s)
        return sqliteError(db, u"reading the audit trail"_s);
    while (sqlite3_step(st.s) == SQLITE_ROW) {
        const qint64 audit = sqlite3_column_int64(st.s, 0);
        const QByteArray text(reinterpret_cast<const char *>(sqlite3_column_text(st.s, 1)),
                              sqlite3_column_bytes(st.s, 1));
        const QJsonObject writes = QJsonDocument::fromJson(text).object();
        if (writes.isEmpty()) {
            problems.add(u"verify.rows_record_unreadable"_s, {n(audit)});
            continue;
        }
        for (auto t = writes.begin(); t != writes.end(); ++t) {
            const int table = r.id(t.key());
            const QJsonObject o = t.value().toObject();
            if (o.contains(u"ins"_s)) {
                Group g;
                g.audit = audit;
                g.table = table;
                for (const QJsonValue &range : o.value(u"ins"_s).toArray())
                    g.ranges.emplace_back(range[0].toInteger(), range[1].toInteger());
                g.digest = o.value(u"dig"_s).toString();
                g.stream = o.value(u"sdig"_s).toString();
                for (const QJsonValue &h : o.value(u"rows"_s).toArray())
                    g.rowHashes << h.toString();
                r.groupsOf[size_t(table)].push_back(int(r.groups.size()));
                r.groups.push_back(std::move(g));
            }
            for (const char16_t *kind : {u"upd", u"del"}) {
                const bool update = kind == std::u16string_view(u"upd");
                for (const QJsonValue &v : o.value(QString::fromUtf16(kind)).toArray()) {
                    const QJsonArray a = v.toArray();
                    Event e;
                    e.audit = audit;
                    e.op = update ? SQLITE_UPDATE : SQLITE_DELETE;
                    bool ok = true, ok2 = true;
                    e.before = fromHex(a.at(1).toString(), &ok);
                    if (update)
                        e.after = fromHex(a.at(2).toString(), &ok2);
                    if (!ok || !ok2)
                        problems.add(u"verify.row_record_unreadable"_s,
                                     {n(audit), r.table(table), n(a.at(0).toInteger())});
                    r.events[{table, a.at(0).toInteger()}].push_back(e);
                }
            }
        }
    }
    return {};
}

} // namespace

namespace {

/// An append-only group's rows as the pass over its table meets them: their text streamed into
/// one digest, and the rows of its ranges found missing.
struct StreamCheck
{
    std::unique_ptr<Stream> stream;
    bool complete = true;
};

/// One range of a group's inserted rows, with the next row id expected in it.
struct Span
{
    qint64 lo = 0, hi = 0;
    int group = 0;
    qint64 expected = 0;
};

/// One pass over table `t` (issue 23: every row read once, whatever checks it serves). Each row
/// inside an append-only group's range has its text streamed into that group's digest (no hash
/// of its own); a row that also answers to a group recorded row by row, or that an audit row
/// updated or deleted, gets its hash kept in `r.current` for the replay; a row no group
/// inserted and no audit row touched goes to `uncovered`. The rows of a streamed range that are
/// missing are named as deleted, as the ranges are walked.
Status passOver(sqlite3 *h, Replay &r, int t, std::vector<StreamCheck> &streams,
                std::vector<std::pair<int, qint64>> &uncovered, verify::Listing &problems)
{
    std::vector<Span> streamed;
    std::vector<std::pair<qint64, qint64>> hashed; ///< ranges of groups recorded row by row
    for (const int g : r.groupsOf[size_t(t)]) {
        const Group &grp = r.groups[size_t(g)];
        for (const auto &[lo, hi] : grp.ranges) {
            if (grp.stream.isEmpty())
                hashed.emplace_back(lo, hi);
            else
                streamed.push_back({lo, hi, g, lo});
        }
    }
    const auto byStart = [](const auto &a, const auto &b) { return a.lo < b.lo; };
    std::stable_sort(streamed.begin(), streamed.end(), byStart);
    std::sort(hashed.begin(), hashed.end());
    const auto missing = [&](Span &sp, qint64 upTo) {
        for (; sp.expected < upTo && sp.expected <= sp.hi; ++sp.expected) {
            problems.add(u"verify.row_deleted_inserted"_s,
                         {r.table(t), n(sp.expected), n(r.groups[size_t(sp.group)].audit)});
            streams[size_t(sp.group)].complete = false;
        }
    };
    size_t nextStreamed = 0, nextHashed = 0;
    std::vector<size_t> active; ///< streamed spans that may hold the current row
    qint64 hashedReach = std::numeric_limits<qint64>::min();
    const auto &events = r.events;
    auto &current = r.current[size_t(t)];
    auto s = eachRow(h, r.tables.at(t), 1, 0, [&](qint64 rowid, Hasher &hasher) {
        while (nextStreamed < streamed.size() && streamed[nextStreamed].lo <= rowid)
            active.push_back(nextStreamed++);
        while (nextHashed < hashed.size() && hashed[nextHashed].first <= rowid)
            hashedReach = std::max(hashedReach, hashed[nextHashed++].second);
        bool inStream = false;
        for (size_t i = 0; i < active.size();) {
            Span &sp = streamed[active[i]];
            missing(sp, rowid);
            if (sp.hi < rowid) { // ended before this row: done with it
                active.erase(active.begin() + qsizetype(i));
                continue;
            }
            StreamCheck &sc = streams[size_t(sp.group)];
            if (!sc.stream)
                sc.stream = std::make_unique<Stream>();
            sc.stream->add(hasher.text());
            sp.expected = rowid + 1;
            inStream = true;
            ++i;
        }
        const bool touched = events.count({t, rowid}) != 0;
        if (touched || hashedReach >= rowid)
            current.emplace_back(rowid, hasher.finish());
        else if (!inStream)
            uncovered.emplace_back(t, rowid);
    });
    if (!s)
        return s;
    for (size_t i = nextStreamed; i < streamed.size(); ++i)
        active.push_back(i);
    for (const size_t i : active)
        missing(streamed[i], streamed[i].hi + 1);
    return {};
}

} // namespace

Result<QList<Error>> verifyRows(Database &db)
{
    sqlite3 *h = db.handle();
    if (!hasWritesColumn(h))
        return QList<Error>(); // a file before rows were tracked (it is upgraded when written)
    Replay r;
    verify::Listing problems(20); // a tampering often names many rows
    for (const QString &t : trackedTables(h))
        r.id(t);
    if (auto s = readChain(h, r, problems); !s)
        return s.error();
    const QStringList present = trackedTables(h);
    std::vector<StreamCheck> streams(r.groups.size());
    std::vector<std::pair<int, qint64>> uncovered; ///< rows no audit row inserted (table, row id)
    for (int t = 0; t < int(r.tables.size()); ++t) {
        if (!present.contains(r.tables.at(t))) {
            // A table gone is a schema difference, named by the "schema" check.
            for (const int g : r.groupsOf[size_t(t)])
                streams[size_t(g)].complete = false;
            continue;
        }
        if (auto s = passOver(h, r, t, streams, uncovered, problems); !s)
            return s.error();
    }

    // Rows changed after their insert: replay each one's history. What a row held when it was
    // inserted is the "before" of its first change (or what it holds now, if never changed).
    std::map<std::pair<int, qint64>, std::optional<RowHash>> atInsert; ///< (group, row id)
    for (auto &[key, evs] : r.events) {
        const auto [table, rowid] = key;
        for (const int g : r.groupsOf[size_t(table)]) {
            for (const auto &[lo, hi] : r.groups[size_t(g)].ranges) {
                if (rowid >= lo && rowid <= hi) {
                    Event e;
                    e.audit = r.groups[size_t(g)].audit;
                    e.group = g;
                    evs.push_back(e);
                }
            }
        }
        std::stable_sort(evs.begin(), evs.end(),
                         [](const Event &a, const Event &b) { return a.audit < b.audit; });
        enum { Absent, Inserted, Known } state = Absent;
        int group = -1;
        RowHash hash{};
        qint64 last = 0;
        for (const Event &e : evs) {
            if (e.op == SQLITE_INSERT) {
                state = Inserted;
                group = e.group;
            } else {
                if (state == Absent)
                    problems.add(u"verify.row_changed_not_inserted"_s,
                                 {r.table(table), n(rowid), n(e.audit)});
                else if (state == Inserted)
                    atInsert[{group, rowid}] = e.before;
                else if (hash != e.before)
                    problems.add(u"verify.row_altered_between"_s,
                                 {r.table(table), n(rowid), n(last), n(e.audit)});
                state = e.op == SQLITE_UPDATE ? Known : Absent;
                hash = e.after;
            }
            last = e.audit;
        }
        const RowHash *now = r.now(table, rowid);
        if (state == Absent && now)
            problems.add(u"verify.row_not_inserted"_s, {r.table(table), n(rowid)});
        else if (state != Absent && !now)
            problems.add(u"verify.row_deleted_written"_s, {r.table(table), n(rowid), n(last)});
        else if (state == Known && *now != hash)
            problems.add(u"verify.row_altered_last"_s, {r.table(table), n(rowid), n(last)});
        if (state == Inserted)
            atInsert[{group, rowid}] = now ? std::optional<RowHash>(*now) : std::nullopt;
    }

    // Every row present must have been inserted by some audit row (found during the pass).
    for (const auto &[t, rowid] : uncovered)
        problems.add(u"verify.row_not_inserted"_s, {r.table(t), n(rowid)});

    // Each command's inserted rows as it wrote them: their hashes, or their digest.
    for (int g = 0; g < int(r.groups.size()); ++g) {
        const Group &grp = r.groups[size_t(g)];
        if (!grp.stream.isEmpty()) {
            StreamCheck &sc = streams[size_t(g)];
            if (sc.complete && (sc.stream ? sc.stream->hex() : Stream().hex()) != grp.stream)
                problems.add(u"verify.rows_altered"_s,
                             {r.table(grp.table), n(grp.ranges.front().first),
                              n(grp.ranges.back().second), n(grp.audit)});
            continue;
        }
        std::vector<std::pair<qint64, RowHash>> rows;
        bool complete = true;
        qsizetype position = 0;
        for (const auto &[lo, hi] : grp.ranges) {
            for (qint64 rowid = lo; rowid <= hi; ++rowid, ++position) {
                std::optional<RowHash> hash;
                if (r.events.count({grp.table, rowid})) {
                    const auto it = atInsert.find({g, rowid});
                    if (it != atInsert.end())
                        hash = it->second;
                } else if (const RowHash *now = r.now(grp.table, rowid)) {
                    hash = *now;
                } else {
                    problems.add(u"verify.row_deleted_inserted"_s,
                                 {r.table(grp.table), n(rowid), n(grp.audit)});
                }
                if (!hash) {
                    complete = false; // named already
                    continue;
                }
                if (!grp.rowHashes.isEmpty() && hex(*hash) != grp.rowHashes.value(position))
                    problems.add(u"verify.row_altered_written"_s,
                                 {r.table(grp.table), n(rowid), n(grp.audit)});
                rows.emplace_back(rowid, *hash);
            }
        }
        if (!grp.rowHashes.isEmpty())
            continue;
        if (!complete)
            continue;
        QCryptographicHash d(QCryptographicHash::Sha256);
        for (const auto &row : rows)
            d.addData(QByteArrayView(row.second.data(), kHashBytes));
        if (QString::fromLatin1(d.result().toHex()) != grp.digest)
            problems.add(u"verify.rows_altered"_s, {r.table(grp.table), n(grp.ranges.front().first),
                                                    n(grp.ranges.back().second), n(grp.audit)});
    }
    return problems.problems();
}

} // namespace imdp::core::rowtrack
