// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// docs/cli.md against the commands as declared (`imdp help --json`): every command and every
// option documented, and no command documented that does not exist.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using imdp::test::Run;
using imdp::test::runCli;

namespace {

struct Declared
{
    QString name;
    QStringList options;
};

QList<Declared> declaredCommands()
{
    const Run r = runCli({u"help"_s, u"--json"_s});
    REQUIRE(r.exit == 0);
    QList<Declared> out;
    for (const QJsonValue &v : r.json().value(u"commands"_s).toArray()) {
        Declared d{v[u"name"_s].toString(), {}};
        for (const QJsonValue &o : v[u"options"_s].toArray())
            d.options << o[u"name"_s].toString();
        if (v[u"json"_s].toBool())
            d.options << u"json"_s;
        out << d;
    }
    return out;
}

QString cliMd()
{
    QFile f(QStringLiteral(IMDP_GOLDEN) + u"/../../docs/cli.md"_s);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

/// The document cut at its headings: each section is its heading line and the text below it.
QStringList sections(const QString &md)
{
    QStringList out{QString()};
    bool fenced = false;
    for (const QString &line : md.split(u'\n')) {
        if (line.startsWith(u"```"_s))
            fenced = !fenced;
        if (!fenced && line.startsWith(u'#'))
            out << QString();
        out.last() += line + u'\n';
    }
    return out;
}

/// `imdp NAME` as a whole command: not `imdp NAME-more` nor `imdp NAMEmore`.
QRegularExpression mention(const QString &command)
{
    return QRegularExpression(u"imdp %1(?![\\w-])"_s.arg(QRegularExpression::escape(command)));
}

QRegularExpression optionPattern(const QString &option)
{
    return QRegularExpression(u"--%1(?![\\w-])"_s.arg(QRegularExpression::escape(option)));
}

} // namespace

TEST_CASE("docs/cli.md documents every declared command and each of its options", "[cli][docs]")
{
    const QList<Declared> commands = declaredCommands();
    REQUIRE(commands.size() > 80);
    const QStringList parts = sections(cliMd());
    for (const Declared &c : commands) {
        // The sections that name the command document it: its options are looked for there.
        QString documentation;
        for (const QString &s : parts) {
            if (mention(c.name).match(s).hasMatch())
                documentation += s;
        }
        INFO("imdp " << c.name.toStdString());
        CHECK_FALSE(documentation.isEmpty());
        for (const QString &o : c.options) {
            INFO("--" << o.toStdString());
            CHECK(optionPattern(o).match(documentation).hasMatch());
        }
    }
}

TEST_CASE("docs/cli.md documents no command that does not exist", "[cli][docs]")
{
    const QList<Declared> commands = declaredCommands();
    // The words after `imdp ` in a code span or a heading: a command, then its arguments.
    static const QRegularExpression usage(u"`imdp ((?:[a-z][a-z0-9-]*)(?: [a-z][a-z0-9-]*)*)"_s);
    static const QRegularExpression heading(u"^#+ `?imdp ((?:[a-z][a-z0-9-]*)(?: [a-z][a-z0-9-]*)*)(.*)$"_s,
                                            QRegularExpression::MultilineOption);
    const QString md = cliMd();
    const auto known = [&](const QString &words) -> const Declared * {
        const Declared *best = nullptr;
        for (const Declared &c : commands) {
            if ((words == c.name || words.startsWith(c.name + u' '))
                && (!best || c.name.size() > best->name.size()))
                best = &c;
        }
        return best;
    };
    for (int pass = 0; pass < 2; ++pass) {
        const QRegularExpression &re = pass == 0 ? usage : heading;
        for (auto it = re.globalMatch(md); it.hasNext();) {
            const auto m = it.next();
            const QString words = m.captured(1);
            INFO(m.captured(0).toStdString());
            // `imdp help COMMAND` is the built-in help, not a declared command.
            if (words == u"help"_s || words.startsWith(u"help "_s))
                continue;
            const Declared *c = known(words);
            CHECK(c != nullptr);
            if (!c || pass == 0)
                continue;
            // A heading's options are the command's own (or the ones every command takes).
            static const QRegularExpression option(u"--([a-z][a-z0-9-]*)"_s);
            for (auto o = option.globalMatch(m.captured(2)); o.hasNext();) {
                const QString name = o.next().captured(1);
                INFO("--" << name.toStdString());
                CHECK((c->options.contains(name) || name == u"help"_s || name == u"lang"_s
                       || name == u"break-lock"_s));
            }
        }
    }
}
