// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/reports/xlsxexport.h"

#include "core/io/output.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

namespace {

/// Excel refuses tab names longer than 31 characters, with []:*?/\ or used twice.
QString tabName(const QString &wanted, QSet<QString> &used)
{
    QString n = wanted;
    for (QChar c : u"[]:*?/\\"_s)
        n.replace(c, u'_');
    n = n.left(31);
    QString candidate = n;
    for (int i = 2; used.contains(candidate.toLower()); ++i)
        candidate = n.left(27) + u" (%1)"_s.arg(i);
    used.insert(candidate.toLower());
    return candidate;
}

/// While it lives, what is written to stderr is dropped: libxlsxwriter prints its own lines there
/// on a failed write, where the command's error must be one line (issue 17).
class QuietStderr
{
public:
    QuietStderr()
        : m_saved(::dup(STDERR_FILENO))
    {
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            ::dup2(null, STDERR_FILENO);
        if (null >= 0)
            ::close(null);
    }
    ~QuietStderr()
    {
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    int m_saved;
};

} // namespace

Status writeXlsx(const Statement &s, const QString &path, bool replace)
{
    auto pending = output::Pending::begin(path, replace);
    if (!pending)
        return pending.error();
    const QString tmp = (*pending)->tempPath();
    const QByteArray tmpName = QFile::encodeName(tmp);
    lxw_workbook *wb = workbook_new(tmpName.constData());
    if (!wb)
        return Error::io(u""_s, u"reports.cannot_written_cannot_create"_s,
                         {ErrorArg::txt(QDir::toNativeSeparators(path)),
                          ErrorArg::txt(QDir::toNativeSeparators(tmp))});
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    lxw_format *moneyBold = workbook_add_format(wb);
    format_set_num_format(moneyBold, "#,##0.00");
    format_set_bold(moneyBold);
    lxw_format *pct = workbook_add_format(wb);
    format_set_num_format(pct, "0.00%");
    lxw_format *pctBold = workbook_add_format(wb);
    format_set_num_format(pctBold, "0.00%");
    format_set_bold(pctBold);
    lxw_format *pct1 = workbook_add_format(wb);
    format_set_num_format(pct1, "0.0%");
    lxw_format *pct1Bold = workbook_add_format(wb);
    format_set_num_format(pct1Bold, "0.0%");
    format_set_bold(pct1Bold);
    lxw_format *count = workbook_add_format(wb);
    format_set_num_format(count, "0");
    lxw_format *countBold = workbook_add_format(wb);
    format_set_num_format(countBold, "0");
    format_set_bold(countBold);

    QSet<QString> used;
    for (const Sheet &sheet : s.sheets) {
        const QByteArray name = tabName(sheet.name, used).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        if (!ws)
            continue;
        lxw_row_t row = 0;
        const auto text = [ws](lxw_row_t r, lxw_col_t c, const QString &t, lxw_format *f) {
            worksheet_write_string(ws, r, c, t.toUtf8().constData(), f);
        };
        text(row++, 0, s.title, bold);
        text(row, 0, word(s.lang, QT_TRANSLATE_NOOP("Report", "Fund")), nullptr);
        text(row++, 1, s.fundName, nullptr);
        text(row, 0, word(s.lang, QT_TRANSLATE_NOOP("Report", "Period")), nullptr);
        text(row++, 1, s.period, nullptr);
        text(row, 0, word(s.lang, QT_TRANSLATE_NOOP("Report", "Generated")), nullptr);
        text(row++, 1, s.generated, nullptr);
        text(row, 0, word(s.lang, QT_TRANSLATE_NOOP("Report", "Data fingerprint")), nullptr);
        text(row++, 1, s.fingerprint, nullptr);
        ++row;
        text(row++, 0, sheet.title, bold);
        if (!sheet.text.isEmpty())
            text(row++, 0, sheet.text, nullptr);
        for (qsizetype c = 0; c < sheet.columns.size(); ++c) {
            text(row, lxw_col_t(c), sheet.columns[c].title, bold);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c),
                                 c == 0 ? 44 : 8.0 + 4.0 * sheet.columns[c].weight, nullptr);
        }
        ++row;
        const auto cells = [&](const QList<Cell> &cs, bool isTotal) {
            for (qsizetype c = 0; c < cs.size(); ++c) {
                const Cell &cell = cs[c];
                const auto col = lxw_col_t(c);
                switch (cell.kind) {
                case Cell::Kind::Money:
                    // The one place money becomes a double: a spreadsheet cell stores IEEE
                    // doubles, exact for every amount below 2^53 cents (US$ 90 trillion), and
                    // the ledger bounds every account at 10^15 cents (ledger::kMaxTotalUsdMinor).
                    // The figures were computed in integer cents; CSV and PDF stay exact.
                    if (cell.decimals == 2) {
                        worksheet_write_number(ws, row, col, double(cell.value) / 100.0,
                                               isTotal ? moneyBold : money);
                    } else {
                        // An amount in a currency without cents (JPY) or with mills (KWD): its
                        // own decimals, never shown rounded to two.
                        worksheet_write_number(ws, row, col,
                                               double(cell.value) / std::pow(10.0, cell.decimals),
                                               isTotal ? bold : nullptr);
                    }
                    break;
                case Cell::Kind::Percent:
                    if (cell.decimals == 1)
                        worksheet_write_number(ws, row, col, double(cell.value) / 1000.0,
                                               isTotal ? pct1Bold : pct1);
                    else
                        worksheet_write_number(ws, row, col, double(cell.value) / 10000.0,
                                               isTotal ? pctBold : pct);
                    break;
                case Cell::Kind::Count:
                    worksheet_write_number(ws, row, col, double(cell.value),
                                           isTotal ? countBold : count);
                    break;
                case Cell::Kind::Text:
                    if (!cell.text.isEmpty())
                        text(row, col, cell.text, isTotal ? bold : nullptr);
                    break;
                }
            }
            ++row;
        };
        for (const QList<Cell> &r : sheet.rows)
            cells(r, false);
        if (!sheet.totals.isEmpty())
            cells(sheet.totals, true);
        if (!sheet.note.isEmpty())
            text(row + 1, 0, sheet.note, nullptr);
    }
    lxw_error closed = LXW_NO_ERROR;
    int systemError = 0;
    {
        const QuietStderr quiet;
        errno = 0;
        closed = workbook_close(wb);
        systemError = errno;
    }
    if (closed != LXW_NO_ERROR) {
        // The system's reason (disk full, file too large) when there is one, else the library's.
        const QString why = systemError ? QString::fromLocal8Bit(std::strerror(systemError))
                                        : QString::fromUtf8(lxw_strerror(closed));
        return Error::io(
            u""_s, u"reports.cannot_written"_s,
            {ErrorArg::txt(QDir::toNativeSeparators(path)), ErrorArg::txt(why.simplified())});
    }
    // The temporary file was created 0600 and libxlsxwriter rewrites it in place; commit()
    // fsyncs it, checks the target again and renames it into place.
    return (*pending)->commit();
}

} // namespace imdp::core::reports
