// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The paged renderer, checked the way a reader would: the PDF's text read back with pdftotext,
// page by page, and its page size with pdfinfo.
#include "../testutil.h"

#include "core/storage/database.h"
#include "ui/print/pagedrenderer.h"
#include "ui/print/pdfjob.h"
#include "ui/print/previewwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QRegularExpression>
#include <QScreen>
#include <QWidget>

#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core::document;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pageText(const QString &pdf, int page)
{
    return run(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                QString::number(page), pdf, u"-"_s});
}

int pageCount(const QString &pdf)
{
    const QString info = run(u"pdfinfo"_s, {pdf});
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

Document sample(int rows)
{
    Document d;
    d.title = u"Oversight Committee — dossier"_s;
    d.subtitle = u"Third meeting"_s;
    d.coverLines = {u"Geneva, 20 January 2027"_s};
    d.confidentiality = u"Confidential — for Committee members only"_s;
    d.runningHeader = u"IMDP Trust Fund · Third meeting"_s;
    d.footerLeft = u"2026-11-28"_s;
    d.fingerprint = u"d650ba96ca935dea4c61971fa834a359abf20697378f7e4d5f02d6f4127d9e8a"_s;
    d.contentsTitle = u"Contents"_s;
    d.heading1(u"Agenda"_s).paragraph(u"Opening of the meeting and adoption of the agenda."_s);
    d.heading1(u"Fund position"_s);
    Table t;
    t.columns = {{u"Code"_s, Align::Left, 2}, {u"Description"_s, Align::Left, 5},
                 {u"Amount (USD)"_s, Align::Right, 2}};
    for (int i = 0; i < rows; ++i)
        t.rows << QStringList{u"R%1"_s.arg(i, 3, 10, QLatin1Char('0')),
                              u"Tranche for project line %1"_s.arg(i),
                              u"%1,234.56"_s.arg(100 + i)};
    t.totals = {u"Total"_s, QString(), u"999,999.99"_s};
    d.addTable(t);
    d.heading2(u"Headroom"_s).paragraph(u"The Bank's share complies with the cap."_s);
    d.heading1(u"Decision sheet"_s).checkboxes(u"Decision"_s, {u"Endorsed"_s, u"Rejected"_s});
    d.signature(u"Chair of the Committee"_s);
    return d;
}
} // namespace

TEST_CASE("a rendered document has consistent page numbers, contents and unsplit rows", "[print]")
{
    imdp::test::TempDir t;
    const QString pdf = t.file(u"dossier.pdf"_s);
    const Document doc = sample(120);
    const int pages = imdp::test::must(imdp::ui::PagedRenderer::writePdf(doc, pdf,
                                                                         imdp::ui::Paper::A4));
    REQUIRE(pages >= 5);
    CHECK(pageCount(pdf) == pages);
    CHECK(run(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));
    // Written like every output (issue 17): owner-only, never replaced unasked.
    CHECK(QFileInfo(pdf).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const auto again = imdp::ui::PagedRenderer::writePdf(doc, pdf, imdp::ui::Paper::A4);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == imdp::core::ErrorCode::Refused);

    QHash<QString, int> rowPage;
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(pdf, p);
        INFO("page " << p);
        CHECK(text.contains(u"Page %1 of %2"_s.arg(p).arg(pages)));
        CHECK(text.contains(u"d650 ba96 ca93 5dea"_s));
        if (p > 1)
            CHECK(text.contains(u"IMDP Trust Fund · Third meeting"_s));
        // Each table row is whole on one page: its code, its text and its amount on one line.
        const auto it = QRegularExpression(u"(R\\d{3})\\s+Tranche for project line (\\d+)\\s+"
                                           "(\\d+),234\\.56"_s).globalMatch(text);
        for (auto m = it; m.hasNext();) {
            const auto match = m.next();
            CHECK(match.captured(2).toInt() + 100 == match.captured(3).toInt());
            rowPage.insert(match.captured(1), p);
        }
        if (rowPage.size() > 0 && p > 3 && text.contains(u"R"_s))
            CHECK(text.contains(u"Amount (USD)"_s) == text.contains(u"Tranche for"_s));
    }
    CHECK(rowPage.size() == 120); // every row found, whole
    CHECK(pageText(pdf, 1).contains(u"Confidential — for Committee members only"_s));

    // The contents list each heading with the page it is really on.
    const QString contents = pageText(pdf, 2);
    for (const QString &heading : {u"Agenda"_s, u"Fund position"_s, u"Headroom"_s,
                                   u"Decision sheet"_s}) {
        const auto m = QRegularExpression(QRegularExpression::escape(heading) + u"\\s+(\\d+)"_s)
                           .match(contents);
        INFO(heading.toStdString());
        REQUIRE(m.hasMatch());
        const int page = m.captured(1).toInt();
        CHECK(pageText(pdf, page).contains(heading));
    }
    CHECK(pageText(pdf, pages).contains(u"Chair of the Committee"_s));
}

TEST_CASE("Letter paper is an option, and a failed write leaves no file", "[print]")
{
    imdp::test::TempDir t;
    const QString pdf = t.file(u"letter.pdf"_s);
    imdp::test::must(imdp::ui::PagedRenderer::writePdf(sample(5), pdf, imdp::ui::Paper::Letter));
    CHECK(run(u"pdfinfo"_s, {pdf}).contains(u"(letter)"_s));

    const QString bad = t.file(u"no-such-folder/x.pdf"_s);
    auto r = imdp::ui::PagedRenderer::writePdf(sample(5), bad, imdp::ui::Paper::A4);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == bad + u": the folder does not exist"_s);
    CHECK(QDir(t.dir.path()).entryList(QDir::Files) == QStringList{u"letter.pdf"_s});
}

namespace {
struct Word
{
    QString text;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
};

/// The words of one page with their boxes (points from the top left), from pdftotext -bbox.
QList<Word> words(const QString &pdf, int page)
{
    const QString html = run(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                              QString::number(page), pdf, u"-"_s});
    QList<Word> out;
    const QRegularExpression re(u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                "yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.append({m.captured(5), m.captured(1).toDouble(), m.captured(2).toDouble(),
                    m.captured(3).toDouble(), m.captured(4).toDouble()});
    }
    return out;
}
} // namespace

TEST_CASE("a long running header keeps clear of the confidentiality mark", "[print]")
{
    imdp::test::TempDir t;
    const QString pdf = t.file(u"fr.pdf"_s);
    Document d = sample(3);
    // The French dossier's header and mark: together wider than the page's text block.
    d.runningHeader = u"IMDP Multi-Donor Trust Fund (demo) · Comité de surveillance, réunion 1"_s;
    d.confidentiality = u"Confidentiel — réservé aux membres du Comité"_s;
    imdp::test::must(imdp::ui::PagedRenderer::writePdf(d, pdf, imdp::ui::Paper::A4));
    const QList<Word> ws = words(pdf, 2);
    const QStringList markWords = d.confidentiality.split(u' ');
    double markLeft = 1e9, headerRight = 0;
    QStringList header;
    for (const Word &w : ws) {
        if (w.yMin > 82) // the header band ends 28 mm (79 points) from the top
            continue;
        // "Comité" is in both: the mark's words are the ones at the right.
        if (markWords.contains(w.text) && w.xMin > 250)
            markLeft = std::min(markLeft, w.xMin);
        else
            headerRight = std::max(headerRight, w.xMax);
        header << w.text;
    }
    INFO(header.join(u' ').toStdString());
    CHECK(header.contains(u"réunion"_s)); // nothing of the header is lost
    CHECK(header.contains(u"Confidentiel"_s));
    REQUIRE(markLeft < 1e9);
    CHECK(headerRight + 20 < markLeft); // at least 20 points (7 mm) apart
}

TEST_CASE("a word wider than its column breaks inside it instead of being clipped", "[print]")
{
    imdp::test::TempDir t;
    const QString pdf = t.file(u"narrow.pdf"_s);
    Document d;
    d.title = u"Narrow"_s;
    d.heading1(u"Table"_s);
    Table table;
    table.columns = {{u"Ref"_s, Align::Left, 1}, {u"Text"_s, Align::Left, 20}};
    // Wider than the page: widening its column (as a long word gets) is not enough.
    table.rows = {{u"ABCDEFGHIJKLMNOPQRST"_s.repeated(8), u"wide"_s}};
    d.addTable(table);
    imdp::test::must(imdp::ui::PagedRenderer::writePdf(d, pdf, imdp::ui::Paper::A4));
    QString pieces;
    int count = 0;
    for (const Word &w : words(pdf, 2)) {
        if (QRegularExpression(u"^[A-T]+$"_s).match(w.text).hasMatch()) {
            pieces += w.text;
            ++count;
        }
    }
    CHECK(pieces == u"ABCDEFGHIJKLMNOPQRST"_s.repeated(8)); // every letter printed, in order
    CHECK(count > 1);                            // on more than one line
}

TEST_CASE("a table too wide for its words at 9 points is set smaller, its words whole", "[print]")
{
    // The donor statement's contributions in English: seven columns whose longest words and
    // widest figures did not fit A4 at 9 points, so "Instalments" broke letter by letter.
    imdp::test::TempDir t;
    const QString pdf = t.file(u"contributions.pdf"_s);
    Document d;
    d.title = u"Donor statement"_s;
    d.heading1(u"Contributions"_s);
    Table table;
    table.columns = {{u"Donor"_s, Align::Left, 3},
                     {u"Source"_s, Align::Left, 1},
                     {u"Pledged"_s, Align::Right, 2},
                     {u"Received"_s, Align::Right, 2},
                     {u"Outstanding"_s, Align::Right, 2},
                     {u"In arrears"_s, Align::Right, 2},
                     {u"Instalments in arrears"_s, Align::Right, 1}};
    table.rows = {{u"Swiss Confederation"_s, u"Donor"_s, u"1,353,600.00"_s, u"1,357,800.00"_s,
                   u"0.00"_s, u"0.00"_s, u"0"_s},
                  {u"World Bank Development Grant Facility"_s, u"Bank (DGF)"_s, u"1,000,000.00"_s,
                   u"500,000.00"_s, u"500,000.00"_s, u"0.00"_s, u"0"_s}};
    table.totals = {
        u"Total"_s,        {},    u"7,612,100.00"_s, u"6,033,300.00"_s, u"1,598,000.00"_s,
        u"1,085,000.00"_s, u"1"_s};
    d.addTable(table);
    imdp::test::must(imdp::ui::PagedRenderer::writePdf(d, pdf, imdp::ui::Paper::A4));
    QStringList all;
    for (const Word &w : words(pdf, 2))
        all << w.text;
    INFO(all.join(u' ').toStdString());
    for (const QString &word : {u"Instalments"_s, u"Outstanding"_s, u"Confederation"_s,
                                u"Development"_s, u"7,612,100.00"_s, u"1,598,000.00"_s})
        CHECK(all.contains(word));
}

TEST_CASE("an amount wider than its column stays on one line", "[print]")
{
    imdp::test::TempDir t;
    const QString pdf = t.file(u"amount.pdf"_s);
    Document d;
    d.title = u"Amounts"_s;
    d.heading1(u"Table"_s);
    Table table;
    table.columns = {{u"Item"_s, Align::Left, 30}, {u"Amount"_s, Align::Right, 1}};
    table.rows = {{u"Contribution"_s, u"1,085,000.00"_s}};
    d.addTable(table);
    imdp::test::must(imdp::ui::PagedRenderer::writePdf(d, pdf, imdp::ui::Paper::A4));
    QStringList all;
    for (const Word &w : words(pdf, 2))
        all << w.text;
    INFO(all.join(u' ').toStdString());
    CHECK(all.contains(u"1,085,000.00"_s));
}

TEST_CASE("a table's last row, totals and note stay on one page, and a short table moves whole",
          "[print]")
{
    imdp::test::TempDir t;
    const QString note = u"Cumulative to the end of the period, every partner included."_s;
    int split = 0;
    // However many rows push it across a page, the total and the note are never parted.
    for (int rows = 30; rows <= 60; ++rows) {
        Document d;
        d.title = u"Notes"_s;
        d.heading1(u"Table"_s);
        Table table;
        table.columns = {{u"Partner"_s, Align::Left, 4}, {u"Balance"_s, Align::Right, 2}};
        for (int i = 0; i < rows; ++i)
            table.rows << QStringList{u"Partner %1"_s.arg(i), u"1,000.00"_s};
        table.totals = {u"Grand total"_s, u"9,999.00"_s};
        d.addTable(table);
        d.note(note);
        // A short table after it: its header, rows, totals and note on one page.
        d.heading2(u"Short"_s);
        Table small;
        small.columns = table.columns;
        small.rows = {{u"Lonely row"_s, u"5.00"_s}};
        small.totals = {u"Small total"_s, u"5.00"_s};
        d.addTable(small);
        d.note(u"Short table note."_s);
        const QString pdf = t.file(u"note-%1.pdf"_s.arg(rows));
        const int pages =
            imdp::test::must(imdp::ui::PagedRenderer::writePdf(d, pdf, imdp::ui::Paper::A4));
        for (int p = 2; p <= pages; ++p) {
            const QString text = pageText(pdf, p).simplified();
            INFO(rows << " rows, page " << p << ": " << text.toStdString());
            CHECK(text.contains(u"Grand total"_s) == text.contains(note.left(30)));
            CHECK(text.contains(u"Lonely row"_s) == text.contains(u"Short table note."_s));
            CHECK(text.contains(u"Lonely row"_s) == text.contains(u"Small total"_s));
            if (p > 2 && text.contains(u"Partner"_s) && text.contains(u"Grand total"_s))
                ++split;
        }
    }
    CHECK(split > 0); // some of these tables did run onto a second page
}

TEST_CASE("a print preview window is as large as one page needs and fits the screen", "[print]")
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QWidget parent;
    QPrintPreviewDialog preview(&printer, &parent);
    imdp::ui::fitPreviewWindow(&preview, &parent);
    const QRect area = parent.screen()->availableGeometry();
    const qreal mm = preview.logicalDpiX() / 25.4;
    INFO(preview.width() << "x" << preview.height() << " on " << area.width() << "x"
                         << area.height());
    CHECK(preview.width() <= area.width() - 40);
    CHECK(preview.height() <= area.height() - 40);
    CHECK(preview.width() <= qRound(160 * mm) + 80); // one page wide, not two
    CHECK(preview.width() == std::min(qRound(160 * mm) + 80, area.width() - 40));
}

TEST_CASE("a long PDF reports each page it writes, and the progress bar follows it", "[print]")
{
    imdp::test::TempDir t;
    QList<int> seen;
    int reported = 0;
    {
        const imdp::ui::RenderProgressScope scope([&](int page, int pages) {
            seen << page;
            reported = pages;
        });
        const int pages = imdp::test::must(imdp::ui::PagedRenderer::writePdf(
            sample(300), t.file(u"a.pdf"_s), imdp::ui::Paper::A4));
        REQUIRE(pages > 5);
        CHECK(reported == pages);
        QList<int> expected(pages);
        std::iota(expected.begin(), expected.end(), 1);
        CHECK(seen == expected); // every page once, in order, after it was painted
    }
    QWidget window;
    window.show();
    {
        imdp::ui::PageProgress progress(&window, u"Writing the PDF…"_s);
        CHECK(progress.dialog()->windowModality() == Qt::WindowModal);
        const int pages = imdp::test::must(imdp::ui::PagedRenderer::writePdf(
            sample(300), t.file(u"b.pdf"_s), imdp::ui::Paper::A4));
        CHECK(progress.page() == pages);
        CHECK(progress.dialog()->maximum() == pages);
        CHECK(progress.dialog()->value() == pages);
    }
    // No scope any more: nothing reported.
    const qsizetype before = seen.size();
    imdp::test::must(
        imdp::ui::PagedRenderer::writePdf(sample(3), t.file(u"c.pdf"_s), imdp::ui::Paper::A4));
    CHECK(seen.size() == before);
}

TEST_CASE(
    "a decision sheet's boxes sit on their text's line, and 'conditions:' gets ruled lines to "
    "write on",
    "[print]")
{
    imdp::test::TempDir t;
    const QString pdf = t.file(u"sheet.pdf"_s);
    Document d;
    d.title = u"Decision sheet"_s;
    d.heading1(u"Decision sheet"_s)
        .checkboxes(u"The Committee, having considered P-1:"_s,
                    {u"endorses it, allocating US$ ____________"_s,
                     u"grants it with conditions; conditions:"_s, u"defers its decision"_s,
                     u"rejects it"_s});
    imdp::test::must(imdp::ui::PagedRenderer::writePdf(d, pdf, imdp::ui::Paper::A4));
    // The page with the choices, its words' boxes in points and its pixels at 72 dpi (1 px = 1 pt).
    int page = 0;
    QList<Word> ws;
    for (int p = 1; p <= pageCount(pdf) && page == 0; ++p) {
        ws = words(pdf, p);
        for (const Word &w : ws)
            page = w.text == u"rejects"_s ? p : page;
    }
    REQUIRE(page > 0);
    const QString base = t.file(u"sheet"_s);
    run(u"pdftoppm"_s, {u"-r"_s, u"72"_s, u"-gray"_s, u"-singlefile"_s, u"-f"_s,
                        QString::number(page), u"-l"_s, QString::number(page), pdf, base});
    const QImage image(base + u".pgm"_s);
    REQUIRE_FALSE(image.isNull());
    const auto first = [&ws](const QString &text) {
        for (const Word &w : ws)
            if (w.text == text)
                return w;
        FAIL(text.toStdString());
        return Word{};
    };
    // Each choice's box: its top and bottom edges, the rows left of its first word near that
    // word's line holding an unbroken dark run as wide as the box (letters of the heading above
    // are narrower runs).
    for (const QString &word : {u"endorses"_s, u"grants"_s, u"defers"_s, u"rejects"_s}) {
        const Word w = first(word);
        int top = -1, bottom = -1;
        for (int y = int(w.yMin) - 8; y <= int(w.yMax) + 8; ++y) {
            int run = 0, longest = 0;
            for (int x = int(w.xMin) - 20; x < int(w.xMin) - 2; ++x) {
                run = qGray(image.pixel(x, y)) < 160 ? run + 1 : 0;
                longest = std::max(longest, run);
            }
            if (longest >= 9) {
                top = top < 0 ? y : top;
                bottom = y;
            }
        }
        INFO(word.toStdString() << ": box rows " << top << "-" << bottom << ", text " << w.yMin
                                << "-" << w.yMax);
        REQUIRE(top >= 0);
        CHECK(bottom - top >= 9); // a box of 4 mm, not a stray mark
        CHECK(std::abs((top + bottom) / 2.0 - (w.yMin + w.yMax) / 2.0) <= 1.5);
    }
    // Room to write the conditions: ruled lines between "conditions:" and the next choice.
    const Word conditions = first(u"grants"_s), next = first(u"defers"_s);
    CHECK(next.yMin - conditions.yMax >= 90); // four lines 9 mm apart
    int ruled = 0;
    for (int y = int(conditions.yMax) + 2; y < int(next.yMin) - 2; ++y) {
        int dark = 0;
        for (int x = int(conditions.xMin); x < int(conditions.xMin) + 300; ++x)
            dark += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        ruled += dark > 250 ? 1 : 0;
    }
    CHECK(ruled >= 4);
    CHECK(first(u"rejects"_s).yMin - next.yMax < 30); // the other choices stay close
}

namespace {
/// Waits for a PdfJob's worker; returns once finished() was emitted.
void waitFor(imdp::ui::PdfJob &job)
{
    bool done = false;
    QObject::connect(&job, &imdp::ui::PdfJob::finished, [&done] { done = true; });
    REQUIRE(QTest::qWaitFor([&done] { return done; }, 120000));
    CHECK_FALSE(job.isRunning());
}
} // namespace

TEST_CASE("a PDF is written on a worker thread, the window's thread free meanwhile", "[print]")
{
    imdp::test::TempDir t;
    QWidget window;
    window.show();
    const QString pdf = t.file(u"worker.pdf"_s);
    Qt::HANDLE workerThread = nullptr;
    imdp::ui::PdfJob job(
        &window, u"Writing the PDF…"_s, {},
        [&workerThread](imdp::core::Database *reader) -> imdp::core::Result<Document> {
            workerThread = QThread::currentThreadId();
            CHECK(reader == nullptr); // no fund: a document built beforehand
            return sample(300);
        },
        pdf, imdp::ui::Paper::A4, false);
    REQUIRE(job.progress() != nullptr);
    CHECK_FALSE(job.progress()->findChild<QPushButton *>() == nullptr); // its Cancel
    job.start();
    CHECK(job.isRunning()); // start() returned before the PDF was written
    waitFor(job);
    CHECK(workerThread != nullptr);
    CHECK(workerThread != QThread::currentThreadId());
    CHECK_FALSE(job.wasCancelled());
    REQUIRE(job.result().ok());
    CHECK(*job.result() > 5);
    CHECK(QFileInfo(pdf).size() > 0);
}

TEST_CASE("a cancelled PDF export leaves no file, not even a temporary one", "[print]")
{
    imdp::test::TempDir t;
    QWidget window;
    const QString pdf = t.file(u"cancelled.pdf"_s);
    imdp::ui::PdfJob job(
        &window, u"Writing the PDF…"_s, {},
        [](imdp::core::Database *) -> imdp::core::Result<Document> { return sample(300); }, pdf,
        imdp::ui::Paper::A4, false);
    job.cancel(); // Cancel pressed before the first page was painted
    job.start();
    waitFor(job);
    CHECK(job.wasCancelled());
    CHECK_FALSE(job.result().ok());
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("a PDF job that reads the fund does so on a read-only connection of its own",
          "[print]")
{
    imdp::test::TempDir t;
    const QString fund = t.file(u"demo.imdp"_s);
    imdp::test::createDemoFund(fund);
    auto session = imdp::test::must(imdp::core::Database::open(fund));
    QWidget window;
    const QString pdf = t.file(u"read.pdf"_s);
    bool separate = false;
    imdp::ui::PdfJob job(
        &window, u"Writing the PDF…"_s, fund,
        [&separate, main = session.get()](imdp::core::Database *reader)
            -> imdp::core::Result<Document> {
            separate = reader != nullptr && reader != main && reader->isReadOnly();
            return sample(3);
        },
        pdf, imdp::ui::Paper::A4, false);
    job.start();
    waitFor(job);
    CHECK(separate);
    REQUIRE(job.result().ok());
    CHECK(QFile::exists(pdf));
}

TEST_CASE("print previews are non-modal windows, one per document", "[print]")
{
    QWidget window;
    window.show();
    auto doc = std::make_shared<const Document>(sample(3));
    QPrintPreviewDialog *a = imdp::ui::showPreview(&window, u"a"_s, doc, QPageSize::A4);
    REQUIRE(a != nullptr);
    CHECK(a->isVisible()); // shown, and showPreview returned: no nested event loop
    CHECK(a->windowModality() == Qt::NonModal);
    CHECK_FALSE(a->isModal());
    CHECK(imdp::ui::showPreview(&window, u"a"_s, doc, QPageSize::A4) == a); // raised, not doubled
    QPrintPreviewDialog *b = imdp::ui::showPreview(&window, u"b"_s, doc, QPageSize::A4);
    CHECK(b != a);
    CHECK(window.findChildren<QPrintPreviewDialog *>().size() == 2);
    const QPointer<QPrintPreviewDialog> gone(a);
    a->close(); // deleted on close, its printer with it
    REQUIRE(QTest::qWaitFor([&gone] { return gone.isNull(); }, 10000));
    CHECK(gone.isNull());
    CHECK(window.findChildren<QPrintPreviewDialog *>().size() == 1);
}
