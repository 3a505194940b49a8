// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

// The error templates, one table per module (core/i18n/errors_<module>.cpp), each beside its
// module's keys; core/i18n/errors.cpp looks a key up in all of them (one lookup). In a template
// "%field" is the field's name and %1, %2... the arguments in order. English is the source;
// French and Spanish are in context "Errors" of resources/translations/*.ts.
// Private to core/i18n.

#include <QList>
#include <QString>
#include <QtGlobal>

#include <utility>

namespace imdp::core::i18n::tables {

using TemplateTable = QList<std::pair<QString, const char *>>;

const TemplateTable &base();      ///< numbers, amounts, rates, text, dates, the cap, funding
const TemplateTable &ledger();    ///< core/ledger
const TemplateTable &fund();      ///< core/fund
const TemplateTable &committee(); ///< core/committee
const TemplateTable &storage();   ///< core/io, core/storage
const TemplateTable &verify();    ///< core/storage: verify's findings, read-only reasons
const TemplateTable &reports();   ///< core/reports
const TemplateTable &pipeline();  ///< core/pipeline and core/demo
const TemplateTable &review();    ///< core/review

} // namespace imdp::core::i18n::tables
