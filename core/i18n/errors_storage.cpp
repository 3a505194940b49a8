// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The error templates of files and the fund database (core/io, core/storage): English sources of
// context "Errors" (French and Spanish in resources/translations/*.ts). Looked up through
// core/i18n/errors.cpp's one table.
#include "core/i18n/errortables.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n::tables {

const TemplateTable &storage()
{
    static const TemplateTable t{
        {u"io.encoding_utf"_s, QT_TRANSLATE_NOOP("Errors", "%1: encoding: is not UTF-8")},
        {u"io.header_file_empty"_s, QT_TRANSLATE_NOOP("Errors", "1: header: the file is empty")},
        {u"io.header"_s, QT_TRANSLATE_NOOP("Errors", "1: header: %1")},
        {u"io.no_such_file"_s, QT_TRANSLATE_NOOP("Errors", "%1: no such file")},
        {u"io.cannot_read"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be read (%2)")},
        {u"io.regular_file_read_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is %2, not a regular file; a %3 is read from a file")},
        {u"io.larger_than_limit"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is larger than %2, the limit for a %3")},
        {u"io.file_write_named"_s, QT_TRANSLATE_NOOP("Errors", "the file to write is not named")},
        {u"io.folder_does_exist"_s, QT_TRANSLATE_NOOP("Errors", "%1: the folder does not exist")},
        {u"io.named_like_backup_fund"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is named like a backup of a fund; an output never uses a "
                                     "backup's name")},
        {u"io.cannot_examined"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be examined (%2)")},
        {u"io.held_fund_lock_output"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is held by a fund lock (%2); an output never takes a locked "
                           "name")},
        {u"io.lock_file_fund_output"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is the lock file of a fund; an output never replaces it")},
        {u"io.journal_fund_output_never"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is the journal of a fund; an output never replaces it")},
        {u"io.held_fund_lock_output_2"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is held by a fund lock (%2); an output never replaces it")},
        {u"io.held_fund_lock_output_3"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is held by a fund lock; an output never replaces it")},
        {u"io.symbolic_link_output_never"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is a symbolic link; an output is never written through or "
                           "over a link (name the file itself)")},
        {u"io.folder_name_file_write"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is a folder; name the file to write")},
        {u"io.regular_file_pipe_socket"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is not a regular file (a pipe, socket or device); an output "
                           "never replaces it")},
        {u"io.already_exists_use_force"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: already exists; use --force to replace it")},
        {u"io.cannot_written"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be written (%2)")},
        {u"io.iati_not_written"_s, QT_TRANSLATE_NOOP("Errors", "the IATI file could not be written")},
        {u"io.fund_file"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is an IMDP fund file; an output never replaces a fund or a "
                           "backup")},
        {u"io.fund_file_link"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is an IMDP fund file (through a link); an output never "
                                     "replaces a fund or a backup")},
        {u"storage.system"_s, QT_TRANSLATE_NOOP("Errors", "%1")},
        {u"storage.cannot_opened"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be opened (%2)")},
        {u"storage.backup_cannot_start"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the backup cannot start (%2)")},
        {u"storage.backup_failed"_s, QT_TRANSLATE_NOOP("Errors", "%1: the backup failed (%2)")},
        {u"storage.imdp_fund_file"_s, QT_TRANSLATE_NOOP("Errors", "%1: not an IMDP fund file")},
        {u"storage.schema_version_cannot_read"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: schema version %2 cannot be read by this version")},
        {u"storage.file_damaged"_s, QT_TRANSLATE_NOOP("Errors", "%1: the file is damaged (%2)")},
        {u"storage.file_damaged_failed_integrity"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the file is damaged: failed the integrity check (%2)")},
        {u"storage.already_exists_imdp_desk"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: already exists; IMDP Desk never overwrites a file")},
        {u"storage.folder_does_exist"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the folder does not exist")},
        {u"storage.no_sqlite_connection_copy"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: no SQLite connection to copy from")},
        {u"storage.keep_must_backups"_s,
         QT_TRANSLATE_NOOP("Errors", "keep: must be from 1 to %1 backups")},
        {u"storage.every_hours_must_hours"_s,
         QT_TRANSLATE_NOOP("Errors", "every-hours: must be from 1 to %1 hours")},
        {u"storage.opened_read_only_backup"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: opened read-only; the backup settings cannot change")},
        {u"storage.already_exists_restore_replace"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: already exists; restore with --replace to put the copy in "
                           "its place (the replaced file is kept aside)")},
        {u"storage.holds_unfinished_write_journal"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: holds an unfinished write (%1-journal); open it once so "
                                     "SQLite completes the rollback, then restore")},
        {u"storage.cannot_keep_replaced_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot keep the replaced file aside at %2")},
        {u"storage.no_such_file"_s, QT_TRANSLATE_NOOP("Errors", "%1: no such file")},
        {u"storage.folder_imdp_fund_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: is a folder, not an IMDP fund file")},
        {u"storage.regular_file_named_pipe"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: is not a regular file (a named pipe, socket or device), not "
                           "an IMDP fund file")},
        {u"storage.cannot_read"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be read (%2)")},
        {u"storage.whole_command_was_rolled"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1; the whole command was rolled back and nothing was written")},
        {u"storage.qt_sqlite_driver_qsqlite"_s,
         QT_TRANSLATE_NOOP("Errors", "the Qt SQLite driver (QSQLITE) is not installed")},
        {u"storage.qt_sqlite_driver_gives"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the Qt SQLite driver gives no SQLite connection")},
        {u"storage.cannot_register_imdp_name"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot register imdp_name_key (%2)")},
        {u"storage.connection_refused_required_sqlite"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the connection refused the required SQLite settings")},
        {u"storage.upgrade_would_leave_row"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the upgrade would leave a row of %2 without its %3 row; "
                                     "nothing was changed")},
        {u"storage.foreign_keys_could_turned"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: foreign keys could not be turned back on")},
        {u"storage.imdp_fund_file_sqlite"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: not an IMDP fund file (not an SQLite database)")},
        {u"storage.imdp_fund_file_sqlite_2"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: not an IMDP fund file (an SQLite database of another "
                                     "application)")},
        {u"storage.written_newer_imdp_desk"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: written by a newer IMDP Desk (schema version %2; this "
                                     "version reads up to %3)")},
        {u"storage.incomplete_imdp_fund_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: an incomplete IMDP fund file (schema version %2)")},
        {u"storage.schema_version_must_upgraded"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: schema version %2 must be upgraded to %3; open it for "
                                     "writing once")},
        {u"storage.written_newer_imdp_desk_2"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: written by a newer IMDP Desk (schema version %2)")},
        {u"storage.folder_does_exist_2"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the folder %2 does not exist")},
        {u"storage.cannot_created"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be created (%2)")},
        {u"storage.cannot_opened_flush"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot be opened to flush it (%2)")},
        {u"storage.cannot_flushed_disk"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot be flushed to the disk (%2)")},
        {u"storage.folder_cannot_created"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the folder cannot be created (%2)")},
        {u"storage.exists_folder"_s, QT_TRANSLATE_NOOP("Errors", "%1: exists and is not a folder")},
        {u"storage.cannot_create_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot create a file in %2 (%3)")},
        {u"storage.cannot_written"_s, QT_TRANSLATE_NOOP("Errors", "%1: cannot be written (%2)")},
        {u"storage.use_another_program_through"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: in use by another program (through another name of this "
                                     "file)")},
        {u"storage.cannot_create_lock_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot create the lock file %2 (%3)")},
        {u"storage.locked_but_program_process"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: locked by %2, but that program (process %3) is no longer "
                           "running: the lock is stale; break it knowingly with --break-lock")},
        {u"storage.use"_s, QT_TRANSLATE_NOOP("Errors", "%1: in use by %2")},
        {u"storage.cannot_remove_lock_file"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot remove the lock file %2 (%3)")},
        {u"storage.use_lock_was_taken"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: in use (the lock was taken again while breaking it)")},
        {u"storage.file_open"_s, QT_TRANSLATE_NOOP("Errors", "%1: the file is not open")},
        {u"storage.internal_error_exactly_one"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: internal error: not exactly one SQL statement: %2")},
        {u"storage.internal_error_values_bound"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: internal error: %2 values bound to a statement of %3 "
                                     "parameters: %4")},
        {u"storage.system_at"_s, QT_TRANSLATE_NOOP("Errors", "%1: %2")},
        {u"storage.cannot_watch_rows_written"_s,
         QT_TRANSLATE_NOOP("Errors", "cannot watch the rows written (%1)")},
        {u"storage.table_rows_were_written"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "table %1: rows %2 to %3 were written but cannot be read back")},
        {u"storage.table_row_was_written"_s,
         QT_TRANSLATE_NOOP("Errors", "table %1: row %2 was written but cannot be read back")},
        {u"storage.transaction_already_finished"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the transaction is already finished")},
        {u"storage.sqlite_rolled_transaction_back"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "%1: SQLite rolled the transaction back after an error; nothing "
                           "was written")},
        {u"storage.read_only"_s, QT_TRANSLATE_NOOP("Errors", "%1: the file is open read-only")},
        {u"storage.in_use_by"_s, QT_TRANSLATE_NOOP("Errors", "%1: in use by %2")},
        {u"storage.in_use_other_name"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: in use by another program (through another name of this "
                                     "file)")},
        {u"storage.upgrade_copy"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: cannot keep a copy before the upgrade (%2)")},
        {u"storage.copy_check"_s,
         QT_TRANSLATE_NOOP("Errors", "%1: the copy did not check out (%2)")},
        {u"storage.read_only_because"_s, QT_TRANSLATE_NOOP("Errors", "%1")},
        // reports
        // CSV imports: the problem lines of a file (core/ledger/import.cpp, core/io/csvreader.cpp)
        {u"io.csv_quote_doubled"_s,
         QT_TRANSLATE_NOOP("Errors", "a quote must be doubled inside a quoted field")},
        {u"io.csv_quote_unquoted"_s,
         QT_TRANSLATE_NOOP("Errors", "a quote inside an unquoted field (quote the whole field)")},
        {u"io.csv_after_quote"_s, QT_TRANSLATE_NOOP("Errors", "text after the closing quote")},
        {u"io.csv_unbalanced"_s,
         QT_TRANSLATE_NOOP("Errors", "unbalanced quote: the quoted field opened on line %1 "
                                     "never closes")},
    };
    return t;
}

// `imdp verify`'s findings ("verify.*": the audit chain, the schema, the anchor, the rows) and why a
// fund opened read-only or with a warning: a table of their own, looked up with the others.
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
