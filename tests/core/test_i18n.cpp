// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 19, every word in the officer's language: the one translator path of core/i18n, the label
// catalogue, the .ts files complete, and one date and number format per language.
#include "testutil.h"

#include "core/committee/meetings.h"
#include "core/committee/members.h"
#include "core/fund/fund.h"
#include "core/fund/organisations.h"
#include "core/funding/caprule.h"
#include "core/i18n/errors.h"
#include "core/i18n/i18n.h"
#include "core/i18n/labels.h"
#include "core/ledger/entries.h"
#include "core/ledger/journalquery.h"
#include "core/money/currency.h"
#include "core/money/money.h"
#include "core/money/rate.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "core/review/review.h"
#include "core/storage/database.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;

namespace {

const QString kRoot = QDir::cleanPath(QStringLiteral(IMDP_FIXTURES) + u"/../.."_s);

struct TsMessage
{
    QString context;
    QString source;
    QString translation;
    QString type; ///< the translation's type attribute: unfinished, vanished, obsolete or empty
};

QList<TsMessage> readTs(const QString &lang)
{
    QFile f(kRoot + u"/resources/translations/imdp_%1.ts"_s.arg(lang));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<TsMessage> out;
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            m = TsMessage{context, {}, {}, {}};
        } else if (xml.name() == u"source"_s) {
            m.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            m.type = xml.attributes().value(u"type"_s).toString();
            // A plural message holds its forms as <numerusform> children.
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.append(m);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

} // namespace

TEST_CASE("every message of the .ts files is translated, in French and in Spanish", "[i18n]")
{
    QSet<QString> fr, es;
    for (const QString &lang : {u"fr"_s, u"es"_s}) {
        const QList<TsMessage> messages = readTs(lang);
        CHECK(messages.size() > 1000);
        QStringList bad;
        for (const TsMessage &m : messages) {
            if (!m.type.isEmpty() || m.translation.trimmed().isEmpty())
                bad << u"%1 / %2 (%3)"_s.arg(m.context, m.source, m.type);
            (lang == u"fr"_s ? fr : es).insert(m.context + u'\x1f' + m.source);
        }
        INFO(lang.toStdString() << ": unfinished, obsolete or empty: "
                                << bad.join(u"; "_s).toStdString());
        CHECK(bad.isEmpty());
    }
    // The two files translate the same messages (lupdate refreshes both from the same sources).
    CHECK(fr == es);
}

TEST_CASE("every string core, ui and app mark with QT_TRANSLATE_NOOP reaches French and Spanish",
          "[i18n]")
{
    // Through the one translator path, from the catalogues embedded in imdp_core. A string marked
    // but unknown to the .ts files (lupdate not run, or a NOOP lupdate cannot see) fails here.
    const QRegularExpression noop(
        uR"re(QT_TRANSLATE_NOOP\(\s*"(\w+)"\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\))re"_s);
    const QRegularExpression piece(uR"re("((?:[^"\\]|\\.)*)")re"_s);
    QTranslator fr, es;
    REQUIRE(fr.load(u":/i18n/imdp_fr.qm"_s));
    REQUIRE(es.load(u":/i18n/imdp_es.qm"_s));
    int found = 0;
    QStringList missing;
    for (const QString &dir : {u"core"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(kRoot + u'/' + dir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = noop.globalMatch(text); m.hasNext();) {
                const auto match = m.next();
                QString source;
                for (auto p = piece.globalMatch(match.captured(2)); p.hasNext();)
                    source += p.next().captured(1);
                source.replace(u"\\\""_s, u"\""_s).replace(u"\\n"_s, u"\n"_s);
                const QByteArray context = match.captured(1).toUtf8();
                const QByteArray src = source.toUtf8();
                ++found;
                // A translation may be the English word itself (Date, Budget in French); an
                // empty one is a message the catalogue does not have.
                for (const QTranslator *t : {&fr, &es}) {
                    if (t->translate(context.constData(), src.constData()).isEmpty())
                        missing << u"%1 %2: %3"_s.arg(t->language(), match.captured(1), source);
                }
            }
        }
    }
    CHECK(found > 700);
    INFO("not translated: " << missing.join(u"; "_s).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("the label catalogue knows every stored key of the core", "[i18n]")
{
    using i18n::Kind;
    const auto same = [](Kind k, const QStringList &keys) {
        QStringList a = i18n::keys(k), b = keys;
        a.sort();
        b.sort();
        return a == b;
    };
    CHECK(same(Kind::State, pipeline::states()));
    CHECK(same(Kind::Decision, pipeline::decisions()));
    CHECK(same(Kind::Origin, pipeline::sources()));
    CHECK(same(Kind::Disaggregation, pipeline::disaggregations()));
    CHECK(same(Kind::Checklist, pipeline::checklistItems()));
    CHECK(same(Kind::ReportKind, pipeline::reportKinds()));
    CHECK(same(Kind::EntryKind, ledger::entryKinds()));
    CHECK(same(Kind::MeetingStatus, meetings::statuses()));
    CHECK(same(Kind::Constituency, members::constituencies()));
    CHECK(same(Kind::MemberRole, members::roles()));
    CHECK(same(Kind::OrganisationKind, organisations::kinds()));
    CHECK(same(Kind::ReviewRole, review::roles()));
    CHECK(same(Kind::Recommendation, review::recommendations()));
    CHECK(i18n::keys(Kind::Currency).size() == allCurrencies().size());
    {
        // Every account of a new fund's chart, as `imdp accounts` and the Ledger page name them.
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        auto db = imdp::test::must(Database::create(dir.filePath(u"chart.imdp"_s), [](Database &d) {
            FundSettings s;
            s.name = u"Chart"_s;
            return fund::initialise(d, s);
        }));
        const auto chart = imdp::test::must(ledger::accounts(*db));
        REQUIRE(chart.size() > 15);
        QStringList chartKeys;
        for (const ledger::Account &a : chart)
            chartKeys << a.key;
        CHECK(same(Kind::Account, chartKeys));
    }
    // A key the catalogue does not know is shown as it is, not as an empty cell.
    CHECK(i18n::label(Kind::State, u"from_a_newer_version"_s, u"fr"_s) ==
          u"from_a_newer_version"_s);
}

TEST_CASE("every catalogue key has its own words in French and in Spanish", "[i18n]")
{
    // Words that are the same in English and the language (acronyms, and words French shares).
    const QSet<QString> allowed{u"NGO"_s, u"fr Allocation"_s, u"fr Organisations"_s};
    QStringList untranslated;
    int labels = 0;
    for (i18n::Kind kind : i18n::kinds()) {
        for (const QString &key : i18n::keys(kind)) {
            const QString en = i18n::label(kind, key, u"en"_s);
            CHECK_FALSE(en.isEmpty());
            ++labels;
            for (const QString &lang : {u"fr"_s, u"es"_s}) {
                const QString w = i18n::label(kind, key, lang);
                if (w == en && !allowed.contains(en) && !allowed.contains(lang + u' ' + en))
                    untranslated << u"%1 %2: %3"_s.arg(lang, key, en);
            }
        }
    }
    CHECK(labels > 250);
    INFO("still English: " << untranslated.join(u"; "_s).toStdString());
    CHECK(untranslated.isEmpty());
    // One word per key, whoever asks: screens, dossiers and reports read the same.
    CHECK(i18n::label(i18n::Kind::State, u"implementation"_s, u"en"_s) ==
          u"Under implementation"_s);
    CHECK(i18n::label(i18n::Kind::Currency, u"USD"_s, u"en"_s) == u"USD \u2014 US Dollar"_s);
    CHECK(i18n::label(i18n::Kind::Currency, u"USD"_s, u"fr"_s) ==
          u"USD \u2014 dollar des États-Unis"_s);
    CHECK(i18n::label(i18n::Kind::Currency, u"USD"_s, u"es"_s) ==
          u"USD \u2014 dólar estadounidense"_s);
    CHECK(i18n::label(i18n::Kind::MemberRole, u"chair"_s, u"fr"_s) == u"Présidence"_s);
}

TEST_CASE("a translation is asked for a language, whatever the application speaks", "[i18n]")
{
    CHECK(i18n::translate("Labels", "Withdrawn", u"en"_s) == u"Withdrawn"_s);
    CHECK(i18n::translate("Labels", "Withdrawn", u"fr"_s) != u"Withdrawn"_s);
    CHECK(i18n::translate("Labels", "Withdrawn", u"es"_s) != u"Withdrawn"_s);
    CHECK(i18n::translate("Labels", "Withdrawn", u"fr"_s) !=
          i18n::translate("Labels", "Withdrawn", u"es"_s));
    // A language not shipped, or a source the catalogue lacks, reads the English source.
    CHECK(i18n::translate("Labels", "Withdrawn", u"de"_s) == u"Withdrawn"_s);
    CHECK(i18n::translate("Labels", "no such source", u"fr"_s) == u"no such source"_s);
    CHECK(i18n::fromLocaleName(u"fr_FR.UTF-8"_s) == u"fr"_s);
    CHECK(i18n::fromLocaleName(u"es"_s) == u"es"_s);
    CHECK(i18n::fromLocaleName(u"C.UTF-8"_s) == u"en"_s);
    CHECK(i18n::fromLocaleName(u"de_DE"_s) == u"en"_s);
}

TEST_CASE("one unambiguous date per language, numbers in the language's decimals", "[i18n]")
{
    const QDate d(2026, 11, 1);
    CHECK(i18n::formatDate(d, u"en"_s) == u"1 Nov 2026"_s);
    CHECK(i18n::formatDate(d, u"fr"_s) == u"1 nov. 2026"_s);
    CHECK(i18n::formatDate(d, u"es"_s) == u"1 nov 2026"_s);
    CHECK(i18n::formatDate(QDate(), u"fr"_s).isEmpty());
    // The format reads back: a date editor shows and parses the same text.
    for (const QString &lang : i18n::languages()) {
        const QString text = i18n::formatDate(d, lang);
        CHECK(i18n::locale(lang).toDate(text, i18n::dateFormat(lang)) == d);
    }
    CHECK(i18n::longDate(d, u"en"_s) == u"1 November 2026"_s);
    CHECK(i18n::longDate(d, u"fr"_s) == u"1 novembre 2026"_s);
    CHECK(i18n::longDate(d, u"es"_s) == u"1 de noviembre de 2026"_s);

    CHECK(i18n::formatFixed(450, 2, u"en"_s) == u"4.50"_s);
    CHECK(i18n::formatFixed(450, 2, u"fr"_s) == u"4,50"_s);
    CHECK(i18n::formatFixed(450, 2, u"es"_s) == u"4,50"_s);
    CHECK(i18n::formatFixed(-5, 2, u"fr"_s) == u"-0,05"_s);
    CHECK(i18n::formatFixed(123456789, 2, u"en"_s) == u"1,234,567.89"_s);
    CHECK(i18n::formatFixed(std::numeric_limits<qint64>::min(), 2, u"en"_s) ==
          u"-92,233,720,368,547,758.08"_s);
    CHECK(i18n::formatPercentBps(1570, u"en"_s) == u"15.70%"_s);
    CHECK(i18n::formatPercentBps(1570, u"fr"_s) == u"15,70\u00a0%"_s);
}

TEST_CASE("every error key has its message in English, French and Spanish", "[i18n]")
{
    QTranslator fr, es;
    REQUIRE(fr.load(u":/i18n/imdp_fr.qm"_s));
    REQUIRE(es.load(u":/i18n/imdp_es.qm"_s));
    CHECK(i18n::errorKeys().size() > 20);
    for (const QString &key : i18n::errorKeys()) {
        const QByteArray en = i18n::errorTemplate(key).toUtf8();
        INFO(key.toStdString());
        CHECK_FALSE(en.isEmpty());
        CHECK_FALSE(fr.translate("Errors", en.constData()).isEmpty());
        CHECK_FALSE(es.translate("Errors", en.constData()).isEmpty());
    }
    for (const QString &field : i18n::fieldNames()) {
        const QByteArray en = field.toUtf8();
        CHECK_FALSE(fr.translate("Fields", en.constData()).isEmpty());
        CHECK_FALSE(es.translate("Fields", en.constData()).isEmpty());
    }
}

TEST_CASE("a structured error is worded in each language from its values", "[i18n]")
{
    // An amount with more decimals than its currency has.
    const Error jpy = Money::parse(u"12.5", u"JPY").error();
    CHECK(jpy.field == u"amount"_s);
    CHECK(jpy.key == u"number.decimals_of"_s);
    CHECK(i18n::describe(jpy, u"en"_s) == jpy.message);
    CHECK(jpy.message == u"amount '12.5' has more decimals than JPY allows (0)"_s);
    CHECK(i18n::describe(jpy, u"fr"_s) ==
          u"montant '12.5' a plus de décimales que JPY n’en admet (0)"_s);
    CHECK(i18n::describeWithoutField(jpy, u"es"_s) ==
          u"'12.5' tiene más decimales de los que admite JPY (0)"_s);

    // A French rate names the decimal sign the person types.
    const Error rate =
        Rate::parseLocalized(u"1,2,3", QLocale(QLocale::French, QLocale::France)).error();
    CHECK(rate.message == u"rate '1,2,3' has more than one ','"_s);
    CHECK(i18n::describe(rate, u"fr"_s) == u"taux '1,2,3' contient plus d’un « , »"_s);
    CHECK(Rate::parseLocalized(u"1,085", QLocale(QLocale::French, QLocale::France))->scaled() ==
          Q_INT64_C(10850000000));

    // The cap's figures travel as values: worded with the language's decimals.
    const CapFigures before = *evaluateCap(15000000, 85000000, 1500);
    const CapFigures after = *evaluateCapWhatIf(15000000, 85000000, 1500, 1, 0);
    const Error cap = Error::refused(u"x"_s).keyed(
        u"cap"_s, capRefusalKey(after), capRefusalArgs(u"pledge P-1"_s, before, after, 1500));
    CHECK(i18n::describe(cap, u"fr"_s).contains(u"15,01\u00a0% (plafond 15,00\u00a0%)"_s));
    INFO(i18n::describe(cap, u"es"_s).toStdString());
    CHECK(i18n::describe(cap, u"es"_s).contains(u"1.000.000,01"_s));
    // An error without a key (raised outside the core): its message, in every language.
    CHECK(i18n::describe(Error::badInput(u"plain"_s), u"fr"_s) == u"plain"_s);
}

namespace {

/// The text from `open` (an opening parenthesis) to its match, strings and characters skipped.
qsizetype closingParen(const QString &text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"' || c == u'\'') {
            for (++i; i < text.size() && text[i] != c; ++i) {
                if (text[i] == u'\\')
                    ++i;
            }
        } else if (c == u'(' || c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u'}' || c == u']') {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

/// The top-level arguments of a call, split at its commas.
QStringList topLevelArguments(const QString &inside)
{
    QStringList out{QString()};
    int depth = 0;
    for (qsizetype i = 0; i < inside.size(); ++i) {
        const QChar c = inside[i];
        if (c == u'"' || c == u'\'') {
            const qsizetype start = i;
            for (++i; i < inside.size() && inside[i] != c; ++i) {
                if (inside[i] == u'\\')
                    ++i;
            }
            out.last() += inside.mid(start, i - start + 1);
            continue;
        }
        if (c == u'(' || c == u'{' || c == u'[')
            ++depth;
        if (c == u')' || c == u'}' || c == u']')
            --depth;
        if (c == u',' && depth == 0) {
            out << QString();
            continue;
        }
        out.last() += c;
    }
    return out;
}

} // namespace

TEST_CASE("every error the core raises carries its field, a known key and its arguments", "[i18n]")
{
    // A source scan: in core/ (core/i18n, which words them, aside), an error is raised only by
    // the three-argument makers of core/result.h (field, key, arguments), whose English line is
    // the key's template; never by the one-line form, a brace-built Error or a message edited
    // after the fact. Every key written in a maker's call, or in the calls of the helpers that
    // pass one on (the money parser's fail(), the refusals' part(), the review package's
    // badPackage(), the pipeline's missing items), has a template. No module is excepted: the
    // pipeline, the reviews and the demo loader raise the same way as the rest of the core.
    const QStringList keyList = i18n::errorKeys();
    const QSet<QString> keys(keyList.cbegin(), keyList.cend());
    const QRegularExpression maker(uR"re(\bError::(badInput|refused|notFound|badFile|io)\()re"_s);
    const QRegularExpression braced(uR"re((?<!->\s)\bError\s*\{)re"_s);
    const QRegularExpression edited(
        uR"re(\.message\s*(=[^=]|\.replace|\.prepend|\.append|\+=))re"_s);
    const QRegularExpression literal(uR"re(u"([^"]*)"_s)re"_s);
    const QRegularExpression helper(
        uR"re(\b(?:fail\(w,|part\(|badPackage\(path,)\s*u"([^"]*)"_s(?!\s*\+))re"_s);
    // The pipeline's missing items: lacks("objectives") is the part pipeline.missing.objectives.
    const QRegularExpression lacks(uR"re(\blacks\("(\w+)")re"_s);
    QStringList bad;
    int calls = 0;
    int parts = 0;
    QDirIterator it(kRoot + u"/core"_s, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(kRoot.size() + 1);
        if (rel.startsWith(u"core/i18n/"_s) || rel == u"core/result.h"_s)
            continue;
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QStringList problems;
        for (auto m = maker.globalMatch(text); m.hasNext();) {
            const auto match = m.next();
            const qsizetype open = match.capturedEnd() - 1;
            const qsizetype close = closingParen(text, open);
            const QStringList args = topLevelArguments(text.mid(open + 1, close - open - 1));
            ++calls;
            const int line = int(text.left(match.capturedStart()).count(u'\n')) + 1;
            if (args.size() != 3) {
                problems << u"%1:%2: an error without field, key and arguments"_s.arg(rel).arg(
                    line);
                continue;
            }
            for (auto l = literal.globalMatch(args[1]); l.hasNext();) {
                const QString key = l.next().captured(1);
                if (!keys.contains(key))
                    problems << u"%1:%2: key '%3' has no template"_s.arg(rel).arg(line).arg(key);
            }
        }
        for (auto m = helper.globalMatch(text); m.hasNext();) {
            const QString key = m.next().captured(1);
            ++parts;
            if (!keys.contains(key))
                problems << u"%1: key '%2' has no template"_s.arg(rel, key);
        }
        for (auto m = lacks.globalMatch(text); m.hasNext();) {
            const QString key = u"pipeline.missing."_s + m.next().captured(1);
            ++parts;
            if (!keys.contains(key))
                problems << u"%1: key '%2' has no template"_s.arg(rel, key);
        }
        if (braced.match(text).hasMatch())
            problems << u"%1: an Error built by braces"_s.arg(rel);
        if (edited.match(text).hasMatch())
            problems << u"%1: a message edited after the error was made"_s.arg(rel);
        bad << problems;
    }
    CHECK(calls > 400);
    CHECK(parts > 80);
    INFO(bad.join(u"\n"_s).toStdString());
    CHECK(bad.isEmpty());
}
