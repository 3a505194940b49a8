// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QString>

namespace imdp::core {

/// `text` with its control characters (and Unicode line and paragraph separators) shown escaped:
/// \n, \r, \t, and \uXXXX for the others (ESC as \u001b), except those in `keep`.
inline QString escapedControls(const QString &text, QStringView keep = {})
{
    using namespace Qt::Literals::StringLiterals;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (keep.contains(c))
            out += c;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
                 || c == QChar::ParagraphSeparator)
            out += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

/// Text from a file quoted in a one-line message (a bad CSV row, a refused review package): it
/// may hold line breaks or other control characters (a quoted CSV field or a JSON string may),
/// which are shown escaped (\n, \r, \t, \u001b) so the message stays one line. Found by the
/// fuzz_import and fuzz_review targets.
inline QString shownOnOneLine(const QString &text)
{
    return escapedControls(text);
}

} // namespace imdp::core
