// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/document/document.h"

namespace imdp::core::document {

QString shortFingerprint(const QString &fingerprint)
{
    const QString head = fingerprint.left(16);
    QStringList groups;
    for (int i = 0; i < head.size(); i += 4)
        groups << head.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace imdp::core::document
