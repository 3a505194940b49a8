// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/anchor.h"

#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/verify.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::anchor {

namespace {

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/imdp-desk/anchors"_s;
}

QString fileFor(const QString &creation, const QString &path)
{
    const QString where = QFileInfo(path).canonicalFilePath();
    const QByteArray key =
        QCryptographicHash::hash((creation + u'\n' + where).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return folder() + u'/' + QString::fromLatin1(key) + u".json"_s;
}

/// The hash of audit row `id`, or empty when there is none.
QString hashOf(Database &db, qint64 id)
{
    Query q(db, u"SELECT hash FROM audit_event WHERE id = ?"_s);
    q.bind(id);
    if (!q.exec() || !q.next())
        return {};
    return q.text(0);
}

QJsonObject read(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.read(4096)).object();
}

} // namespace

void update(Database &db, qint64 rows, const QString &head)
{
    if (rows < 1)
        return;
    const QString creation = rows == 1 ? head : hashOf(db, 1);
    if (creation.isEmpty())
        return;
    const QString file = fileFor(creation, db.path());
    const QJsonObject old = read(file);
    const qint64 seen = old.value(u"rows"_s).toInteger();
    if (seen > rows || (seen > 0 && hashOf(db, seen) != old.value(u"head"_s).toString()))
        return; // the chain no longer reaches what was seen: keep that for `verify` to name
    if (!QDir().mkpath(folder()))
        return; // best effort: the fund itself is written already
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return;
    const QJsonObject o{{u"rows"_s, rows},
                        {u"head"_s, head},
                        {u"at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {u"path"_s, QFileInfo(db.path()).canonicalFilePath()}};
    out.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    out.commit();
}

void forget(const QString &path)
{
    // The creation id is the file's first audit row: read it without keeping a connection.
    auto db = Database::openReader(path);
    if (!db)
        return;
    const QString creation = hashOf(**db, 1);
    if (!creation.isEmpty())
        QFile::remove(fileFor(creation, path));
}

Result<QList<Error>> check(Database &db)
{
    const QString creation = hashOf(db, 1);
    if (creation.isEmpty())
        return QList<Error>();
    const QJsonObject seen = read(fileFor(creation, db.path()));
    const qint64 rows = seen.value(u"rows"_s).toInteger();
    if (rows < 1)
        return QList<Error>(); // never written on this machine under this path
    auto count = Query::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM audit_event"_s);
    if (!count)
        return count.error();
    const QString head = seen.value(u"head"_s).toString();
    const QString date = seen.value(u"at"_s).toString();
    if (*count < rows)
        return QList<Error>{verify::problem(u"verify.anchor_shorter"_s,
                                            {ErrorArg::txt(QString::number(*count)),
                                             ErrorArg::txt(QString::number(rows)),
                                             ErrorArg::txt(head.left(16)), ErrorArg::txt(date)})};
    if (hashOf(db, rows) != head)
        return QList<Error>{verify::problem(u"verify.anchor_rewritten"_s,
                                            {ErrorArg::txt(QString::number(rows)),
                                             ErrorArg::txt(date), ErrorArg::txt(head.left(16))})};
    return QList<Error>();
}

} // namespace imdp::core::anchor
