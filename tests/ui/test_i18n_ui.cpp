// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 19, every word in the officer's language: the translations cover every string the
// sources mark, and dates read one unambiguous way per language on every screen and editor.
#include "../testutil.h"

#include "core/committee/meetings.h"
#include "core/fund/organisations.h"
#include "core/ledger/journalquery.h"
#include "core/pipeline/proposals.h"
#include "core/pipeline/records.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/models.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;

TEST_CASE("every QT_TRANSLATE_NOOP string under ui/ has a French and a Spanish translation",
          "[ui][i18n]")
{
    // lupdate skips a NOOP nested in a call to a free function named tr(): such strings never
    // reached the .ts files and showed in English (the dashboard's Reports due headers).
    const QRegularExpression noop(uR"re(QT_TRANSLATE_NOOP\(\s*"(\w+)"\s*,\s*"([^"\\]+)"\s*\))re"_s);
    for (const QString &lang : {u"fr"_s, u"es"_s}) {
        QTranslator t;
        REQUIRE(t.load(u":/i18n/imdp_%1.qm"_s.arg(lang)));
        QStringList missing;
        int found = 0;
        QDirIterator it(QStringLiteral(IMDP_SOURCE_DIR "/ui"), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = noop.globalMatch(text); m.hasNext();) {
                const auto match = m.next();
                ++found;
                if (t.translate(match.captured(1).toUtf8().constData(),
                                match.captured(2).toUtf8().constData())
                        .isEmpty())
                    missing << match.captured(1) + u": "_s + match.captured(2);
            }
        }
        CHECK(found > 50);
        INFO(lang.toStdString() << ": not translated: " << missing.join(u"; "_s).toStdString());
        CHECK(missing.isEmpty());
    }
}

TEST_CASE("a date reads one unambiguous way per language, screens and editors alike", "[ui][i18n]")
{
    const QDate d(2026, 11, 1);
    const auto in = [&](const QLocale &l) {
        QLocale::setDefault(l);
        return std::pair{ui::formatDate(d), ui::dateEditFormat()};
    };
    // The day, the month in words, the year in full: never 11/1/26, on any system locale.
    CHECK(in(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          std::pair{u"1 Nov 2026"_s, u"d MMM yyyy"_s});
    CHECK(in(QLocale(QLocale::English, QLocale::UnitedKingdom)).first == u"1 Nov 2026"_s);
    CHECK(in(QLocale(QLocale::French, QLocale::France)).first == u"1 nov. 2026"_s);
    CHECK(in(QLocale(QLocale::Spanish, QLocale::Spain)).first == u"1 nov 2026"_s);
    CHECK(ui::formatDate(QDate()).isEmpty());
    // A timestamp as stored, in local time, with the same date.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(ui::formatTimestamp(u"2026-11-01T12:00:00"_s).startsWith(u"1 nov. 2026 "_s));
    CHECK(ui::formatTimestamp(u"not a time"_s) == u"not a time"_s);
    // Scores and spreads in the language's decimals.
    CHECK(ui::formatHundredths(450) == u"4,50"_s);
    CHECK(ui::formatHundredths(-5) == u"-0,05"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(ui::formatHundredths(1234) == u"12.34"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

namespace {

/// Every stored key the demo fund can show: none may reach a French or Spanish screen as it is.
QSet<QString> storedKeys()
{
    QSet<QString> keys;
    for (const QStringList *l :
         {&core::pipeline::states(), &core::pipeline::sources(), &core::pipeline::decisions(),
          &core::pipeline::reportKinds(), &core::ledger::entryKinds(), &core::meetings::statuses(),
          &core::members::constituencies(), &core::members::roles(), &core::organisations::kinds()})
        for (const QString &k : *l)
            keys.insert(k);
    return keys;
}

/// The texts a person sees on `root`: labels, buttons, group boxes, and every cell and header of
/// every table or list on it.
QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    for (const QLabel *l : root->findChildren<QLabel *>())
        if (l->isVisibleTo(root))
            out << l->text();
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(root))
            out << b->text();
    for (const QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *m = v->model();
        if (!m || !v->isVisibleTo(root))
            continue;
        for (int c = 0; c < m->columnCount(); ++c)
            out << m->headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < std::min(m->rowCount(), 200); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->index(r, c).data().toString();
    }
    return out;
}

} // namespace

TEST_CASE("no stored key reaches a French or Spanish page as it is stored", "[ui][i18n]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(path);
    const QSet<QString> keys = storedKeys();
    REQUIRE(keys.contains(u"in_review"_s));
    const QRegularExpression snake(uR"(^[a-z]+(_[a-z]+)+$)"_s);
    for (const QString &lang : {u"fr"_s, u"es"_s}) {
        ui::applyLanguage(lang);
        ui::MainWindow w;
        REQUIRE(w.openFile(path));
        w.show();
        for (int p = 0; p < ui::MainWindow::PageCount; ++p) {
            w.showPage(ui::MainWindow::Page(p));
            QCoreApplication::processEvents();
            QWidget *page = w.page(ui::MainWindow::Page(p));
            QStringList raw;
            for (const QString &text : visibleTexts(page)) {
                const QString s = text.trimmed();
                if (keys.contains(s) || snake.match(s).hasMatch())
                    raw << s;
            }
            raw.removeDuplicates();
            INFO(lang.toStdString() << ": " << page->metaObject()->className()
                                    << " shows stored keys: " << raw.join(u", "_s).toStdString());
            CHECK(raw.isEmpty());
        }
    }
    ui::applyLanguage(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
