// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
//
// The message templates of core/storage: `imdp verify`'s findings ("verify.*": the audit chain,
// the schema, the anchor, the rows) and why a fund opened read-only or with a warning
// ("storage.*" below). One table of its own (core/i18n/errortables.h), looked up with the others; English
// is the source, French and Spanish are in context "Errors" of resources/translations/*.ts.
#include "core/i18n/errortables.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n::tables {

const TemplateTable &verify()
{
    static const TemplateTable t{
        {u"verify.line"_s, QT_TRANSLATE_NOOP("Errors", "%1")},
        {u"verify.more"_s, QT_TRANSLATE_NOOP("Errors", "... and %1 more")},
        {u"verify.missing_parent"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 row %2 refers to a missing %3 row")},
        {u"verify.audit_deleted"_s,
         QT_TRANSLATE_NOOP("Errors", "audit row %1: deleted (the next row present is %2)")},
        {u"verify.audit_inserted"_s,
         QT_TRANSLATE_NOOP("Errors", "audit row %1: inserted or replaced (it does not chain to row "
                                     "%2)")},
        {u"verify.audit_altered"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "audit row %1: altered (its content no longer matches its hash)")},
        {u"verify.schema_unbuilt"_s,
         QT_TRANSLATE_NOOP("Errors", "the schema of version %1 cannot be built to compare with")},
        {u"verify.schema_unreadable"_s,
         QT_TRANSLATE_NOOP("Errors", "the file's schema cannot be read: %1")},
        {u"verify.schema_dropped"_s, QT_TRANSLATE_NOOP("Errors", "%1 is missing (dropped)")},
        {u"verify.schema_altered"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 differs from schema version %2 (altered)")},
        {u"verify.schema_added"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 is not part of schema version %2 (added outside the "
                                     "application)")},
        {u"verify.anchor_shorter"_s,
         QT_TRANSLATE_NOOP("Errors", "audit chain ends at row %1, but row %2 with head %3 was seen "
                                     "on %4 (its tail was deleted outside the application)")},
        {u"verify.anchor_rewritten"_s,
         QT_TRANSLATE_NOOP("Errors", "audit row %1 is not the one seen on %2 (head %3): the chain "
                                     "was rewritten outside the application")},
        {u"verify.rows_record_unreadable"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "audit row %1: its record of the rows written cannot be read")},
        {u"verify.row_record_unreadable"_s,
         QT_TRANSLATE_NOOP("Errors", "audit row %1: its record of %2 row %3 cannot be read")},
        {u"verify.row_deleted_inserted"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1 row %2: deleted outside the application (inserted by audit "
                           "row %3)")},
        {u"verify.row_changed_not_inserted"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1 row %2: audit row %3 changed it, but no audit row inserted "
                           "it (inserted outside the application)")},
        {u"verify.row_altered_between"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1 row %2: altered outside the application between audit rows "
                           "%3 and %4")},
        {u"verify.row_not_inserted"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 row %2: inserted with no audit row (added outside the "
                                     "application)")},
        {u"verify.row_deleted_written"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 row %2: deleted outside the application (last written by "
                                     "audit row %3)")},
        {u"verify.row_altered_last"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 row %2: altered outside the application (last written by "
                                     "audit row %3)")},
        {u"verify.rows_altered"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 rows %2 to %3: altered outside the application (no longer "
                                     "the rows audit row %4 wrote)")},
        {u"verify.row_altered_written"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 row %2: altered outside the application (written by audit "
                                     "row %3)")},
        {u"storage.warn_leftovers"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: removed %2 temporary file(s) left by an interrupted "
                                     "command: %3")},
        {u"storage.warn_network"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is on a network share (%2), where file locking is "
                                     "unreliable: copy it to a local disk to work on it")},
        {u"storage.opened_read_only_because"_s,
         QT_TRANSLATE_NOOP("Errors", "%1; opened read-only, nothing will be written")},
        {u"storage.check_running"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: the scheduled whole-file check is running; read-only until "
                           "it passes")},
        {u"storage.check_integrity"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: failed the integrity check (%2)")},
        {u"storage.check_foreign_key"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: failed the foreign-key check (%2 row %3 refers to a "
                                     "missing %4 row)")},
        {u"storage.check_cancelled"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the whole-file check was cancelled")},
        {u"storage.schema_drift"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: its schema differs from the one schema version %2 defines: "
                           "%3 (changed outside the application; `imdp verify` lists every "
                           "difference)")},
        {u"storage.schema_drift_more"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: its schema differs from the one schema version %2 defines: "
                           "%3, and %4 more difference(s) (changed outside the "
                           "application; `imdp verify` lists every difference)")},
    };
    return t;
}

} // namespace imdp::core::i18n::tables
