// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/storage/schema.h"

#include "core/validate.h"

#include <sqlite3.h>

#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::schema {

namespace {

// Money columns are INTEGER minor units in STRICT tables: SQLite never turns them into REAL.
// Rows that record history (audit, moves) refuse UPDATE and DELETE in the database itself.
QStringList immutable(const QString &table)
{
    return {
        u"CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN "
        "SELECT RAISE(ABORT, '%1 rows are immutable'); END"_s.arg(table),
        u"CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN "
        "SELECT RAISE(ABORT, '%1 rows are immutable'); END"_s.arg(table),
    };
}

QStringList version1()
{
    QStringList s{
        u"CREATE TABLE fund_setting ("
        " key TEXT PRIMARY KEY,"
        " value TEXT NOT NULL"
        ") STRICT"_s,
        u"CREATE TABLE organisation ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE,"
        " short_name TEXT NOT NULL DEFAULT '',"
        " kind TEXT NOT NULL CHECK (kind IN ('state','bank','foundation','private','agency',"
        "'ngo','commission','other'))"
        ") STRICT"_s,
        u"CREATE TABLE audit_event ("
        " id INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " command TEXT NOT NULL,"
        " detail TEXT NOT NULL,"
        " prev_hash TEXT NOT NULL,"
        " hash TEXT NOT NULL"
        ") STRICT"_s,
    };
    s += immutable(u"audit_event"_s);
    return s;
}

QStringList version2()
{
    QStringList s{
        u"ALTER TABLE organisation ADD COLUMN country TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE organisation ADD COLUMN gmg_member INTEGER NOT NULL DEFAULT 0"
        " CHECK (gmg_member IN (0,1))"_s,
        u"CREATE TABLE proposal ("
        " id INTEGER PRIMARY KEY,"
        " code TEXT NOT NULL UNIQUE,"
        " title TEXT NOT NULL,"
        " applicant_id INTEGER NOT NULL REFERENCES organisation(id),"
        " partner_id INTEGER REFERENCES organisation(id),"
        " objectives TEXT NOT NULL DEFAULT '',"
        " action_area TEXT NOT NULL DEFAULT '' CHECK (action_area IN ('','A','B')),"
        " requested_minor INTEGER NOT NULL DEFAULT 0 CHECK (requested_minor >= 0),"
        " currency TEXT NOT NULL DEFAULT 'USD',"
        " state TEXT NOT NULL DEFAULT 'draft',"
        " created_at TEXT NOT NULL"
        ") STRICT"_s,
        u"CREATE INDEX proposal_state ON proposal(state)"_s,
        u"CREATE TABLE proposal_move ("
        " id INTEGER PRIMARY KEY,"
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " from_state TEXT NOT NULL,"
        " to_state TEXT NOT NULL,"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " note TEXT NOT NULL DEFAULT ''"
        ") STRICT"_s,
        u"CREATE TABLE meeting ("
        " id INTEGER PRIMARY KEY,"
        " date TEXT NOT NULL,"
        " place TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','dossier_issued',"
        "'held','minutes_approved'))"
        ") STRICT"_s,
    };
    s += immutable(u"proposal_move"_s);
    return s;
}


// The trust-fund ledger (issue 3). Accounts are a fixed chart seeded here; journal entries and
// their postings are append-only (triggers). Each posting carries its USD value in cents beside
// its account, flow and date, so balances are sums over one covering index (DESIGN.md facts).
QStringList version3()
{
    QStringList s{
        u"CREATE TABLE account ("
        " id INTEGER PRIMARY KEY,"
        " code TEXT NOT NULL UNIQUE,"
        " key TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL,"
        " class TEXT NOT NULL CHECK (class IN ('asset','revenue','expense','memo'))"
        ") STRICT"_s,
        u"CREATE TABLE journal_entry ("
        " id INTEGER PRIMARY KEY,"
        " date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
        " kind TEXT NOT NULL CHECK (kind IN ('pledge','pledge_amend','pledge_cancel','receipt',"
        "'income','allocation','release','transfer','expenditure','refund','reversal')),"
        " memo TEXT NOT NULL DEFAULT '',"
        " reverses_entry_id INTEGER UNIQUE REFERENCES journal_entry(id),"
        " reason TEXT NOT NULL DEFAULT '',"
        " posted_at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " CHECK ((kind = 'reversal') = (reverses_entry_id IS NOT NULL)),"
        " CHECK (kind <> 'reversal' OR reason <> '')"
        ") STRICT"_s,
        u"CREATE TABLE posting ("
        " id INTEGER PRIMARY KEY,"
        " entry_id INTEGER NOT NULL REFERENCES journal_entry(id),"
        " account_id INTEGER NOT NULL REFERENCES account(id),"
        " flow TEXT NOT NULL,"
        " date TEXT NOT NULL,"
        " usd_minor INTEGER NOT NULL CHECK (usd_minor <> 0),"
        " donor_id INTEGER REFERENCES organisation(id),"
        " project TEXT NOT NULL DEFAULT '',"
        " partner_id INTEGER REFERENCES organisation(id)"
        ") STRICT"_s,
        // Balances: one covering index answers every sum of the fund position.
        u"CREATE INDEX posting_balance ON posting(account_id, flow, donor_id, date, usd_minor)"_s,
        u"CREATE INDEX posting_entry ON posting(entry_id)"_s,
        u"CREATE INDEX posting_project ON posting(project, account_id, partner_id, usd_minor)"
        " WHERE project <> ''"_s,
        u"CREATE TABLE pledge ("
        " id INTEGER PRIMARY KEY,"
        " reference TEXT NOT NULL UNIQUE,"
        " donor_id INTEGER NOT NULL REFERENCES organisation(id),"
        " source TEXT NOT NULL CHECK (source IN ('donor','bank')),"
        " date TEXT NOT NULL,"
        " currency TEXT NOT NULL CHECK (length(currency) = 3),"
        " amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),"
        " rate_scaled INTEGER NOT NULL CHECK (rate_scaled > 0),"
        " usd_minor INTEGER NOT NULL CHECK (usd_minor >= 0),"
        " status TEXT NOT NULL CHECK (status IN ('prospective','signed','cancelled')),"
        " cap_override TEXT NOT NULL DEFAULT '',"
        " note TEXT NOT NULL DEFAULT '',"
        " entry_id INTEGER REFERENCES journal_entry(id)" // NULL: recorded as cancelled
        ") STRICT"_s,
        u"CREATE TABLE pledge_instalment ("
        " pledge_id INTEGER NOT NULL REFERENCES pledge(id),"
        " due_date TEXT NOT NULL,"
        " amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),"
        " PRIMARY KEY (pledge_id, due_date)"
        ") STRICT"_s,
        u"CREATE TABLE receipt ("
        " id INTEGER PRIMARY KEY,"
        " reference TEXT NOT NULL UNIQUE,"
        " donor_id INTEGER NOT NULL REFERENCES organisation(id),"
        " source TEXT NOT NULL CHECK (source IN ('donor','bank')),"
        " date TEXT NOT NULL,"
        " currency TEXT NOT NULL CHECK (length(currency) = 3),"
        " amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),"
        " rate_scaled INTEGER NOT NULL CHECK (rate_scaled > 0),"
        " usd_minor INTEGER NOT NULL CHECK (usd_minor >= 0),"
        " pledge_id INTEGER REFERENCES pledge(id),"
        " cleared_usd_minor INTEGER NOT NULL DEFAULT 0,"
        " fee_usd_minor INTEGER NOT NULL DEFAULT 0 CHECK (fee_usd_minor >= 0),"
        " entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entry(id)"
        ") STRICT"_s,
        u"CREATE INDEX receipt_pledge ON receipt(pledge_id) WHERE pledge_id IS NOT NULL"_s,
        u"CREATE TABLE exchange_rate ("
        " currency TEXT NOT NULL CHECK (length(currency) = 3),"
        " date TEXT NOT NULL,"
        " rate_scaled INTEGER NOT NULL CHECK (rate_scaled > 0),"
        " PRIMARY KEY (currency, date)"
        ") STRICT"_s,
        u"INSERT INTO fund_setting (key, value) VALUES ('admin_fee', 'none') "
        "ON CONFLICT(key) DO NOTHING"_s,
    };
    // The chart of accounts: ids are fixed, the code refers to them (core/ledger/accounts.h).
    const QList<std::tuple<int, const char16_t *, const char16_t *, const char16_t *,
                           const char16_t *>>
        chart{
            {1, u"1000", u"cash", u"Cash held by the trustee", u"asset"},
            {2, u"1100", u"pledges_receivable", u"Pledges receivable", u"asset"},
            {3, u"1200", u"held_by_partners", u"Balance held by partners", u"asset"},
            {4, u"3000", u"contributions", u"Contributions by donors", u"revenue"},
            {5, u"3100", u"bank_resources", u"Bank (DGF) resources", u"revenue"},
            {6, u"3200", u"investment_income", u"Investment income", u"revenue"},
            {7, u"3300", u"exchange_differences", u"Exchange differences", u"revenue"},
            {8, u"5000", u"admin_fee", u"Administrative agent fee", u"expense"},
            {9, u"5100", u"expenditure", u"Expenditure reported by partners", u"expense"},
            {10, u"8000", u"prospective_pledges", u"Prospective pledges (memo)", u"memo"},
            {11, u"8010", u"prospective_offset", u"Prospective pledges, offset (memo)", u"memo"},
            {12, u"8100", u"allocations", u"Allocations to projects (memo)", u"memo"},
            {13, u"8110", u"allocation_control", u"Resources allocated, control (memo)", u"memo"},
            {14, u"8200", u"transfers", u"Transfers to partners (memo)", u"memo"},
            {15, u"8210", u"refunds", u"Refunds from partners (memo)", u"memo"},
            {16, u"8220", u"transfer_control", u"Transfers net of refunds, control (memo)",
             u"memo"},
        };
    for (const auto &[id, code, key, name, cls] : chart) {
        s += u"INSERT INTO account (id, code, key, name, class) VALUES (%1, '%2', '%3', '%4', '%5')"_s
                 .arg(id)
                 .arg(QString::fromUtf16(code), QString::fromUtf16(key), QString::fromUtf16(name),
                      QString::fromUtf16(cls));
    }
    for (const char16_t *t : {u"account", u"journal_entry", u"posting", u"receipt"})
        s += immutable(QString::fromUtf16(t));
    return s;
}

// The project pipeline (issue 5): a proposal's fields, its intake and screening records, the
// inputs of review and Committee until those capabilities land, terms of reference, tranches,
// reports with due dates, obligation rules as data, and provenance links to GFMD recommendations.
// Recorded decisions and received reports are history: decisions refuse UPDATE and DELETE.
QStringList version4()
{
    QStringList s{
        u"ALTER TABLE proposal ADD COLUMN stage TEXT NOT NULL DEFAULT 'full'"
        " CHECK (stage IN ('concept','full'))"_s,
        u"ALTER TABLE proposal ADD COLUMN source TEXT NOT NULL DEFAULT ''"
        " CHECK (source IN ('','gfmd_recommendation','gfmd_marketplace','gmg_agency',"
        "'partner_organisation','private_sector','ngo','secretariat'))"_s,
        u"ALTER TABLE proposal ADD COLUMN source_reference TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE proposal ADD COLUMN start_date TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE proposal ADD COLUMN end_date TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE proposal ADD COLUMN summary TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE proposal ADD COLUMN disaggregation TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE proposal ADD COLUMN disaggregation_other TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE TABLE proposal_country ("
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " country TEXT NOT NULL CHECK (length(country) = 2),"
        " PRIMARY KEY (proposal_id, country)"
        ") STRICT"_s,
        u"CREATE TABLE budget_line ("
        " id INTEGER PRIMARY KEY,"
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " category TEXT NOT NULL,"
        " amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0)"
        ") STRICT"_s,
        u"CREATE INDEX budget_line_proposal ON budget_line(proposal_id)"_s,
        u"CREATE TABLE attachment ("
        " id INTEGER PRIMARY KEY,"
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " name TEXT NOT NULL,"
        " size INTEGER NOT NULL CHECK (size >= 0),"
        " sha256 TEXT NOT NULL,"
        " content BLOB NOT NULL,"
        " added_at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " UNIQUE (proposal_id, name)"
        ") STRICT"_s,
        u"CREATE TABLE screening_item ("
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " item TEXT NOT NULL,"
        " met INTEGER NOT NULL CHECK (met IN (0,1)),"
        " note TEXT NOT NULL DEFAULT '',"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " PRIMARY KEY (proposal_id, item)"
        ") STRICT"_s,
        u"CREATE TABLE proposal_review ("
        " id INTEGER PRIMARY KEY,"
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " reviewer TEXT NOT NULL,"
        " score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),"
        " completed INTEGER NOT NULL CHECK (completed IN (0,1)),"
        " comment TEXT NOT NULL DEFAULT '',"
        " at TEXT NOT NULL,"
        " UNIQUE (proposal_id, reviewer)"
        ") STRICT"_s,
        u"CREATE TABLE committee_decision ("
        " id INTEGER PRIMARY KEY,"
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " decision TEXT NOT NULL CHECK (decision IN ('endorsed','endorsed_with_conditions',"
        "'deferred','rejected')),"
        " amount_usd_minor INTEGER NOT NULL CHECK (amount_usd_minor >= 0),"
        " conditions TEXT NOT NULL DEFAULT '',"
        " date TEXT NOT NULL,"
        // The proposal's latest move when the decision was recorded: a decision answers the
        // proposal as it then stood, so a deferred proposal needs a fresh decision.
        " after_move_id INTEGER NOT NULL DEFAULT 0,"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL"
        ") STRICT"_s,
        u"CREATE INDEX committee_decision_proposal ON committee_decision(proposal_id)"_s,
        u"CREATE TABLE terms_of_reference ("
        " proposal_id INTEGER PRIMARY KEY REFERENCES proposal(id),"
        " objectives TEXT NOT NULL DEFAULT '',"
        " tasks TEXT NOT NULL DEFAULT '',"
        " expected_results TEXT NOT NULL DEFAULT '',"
        " partner_id INTEGER REFERENCES organisation(id),"
        " start_date TEXT NOT NULL DEFAULT '',"
        " end_date TEXT NOT NULL DEFAULT '',"
        " budget_usd_minor INTEGER NOT NULL DEFAULT 0 CHECK (budget_usd_minor >= 0)"
        ") STRICT"_s,
        u"CREATE TABLE tranche ("
        " id INTEGER PRIMARY KEY,"
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " seq INTEGER NOT NULL,"
        " amount_usd_minor INTEGER NOT NULL CHECK (amount_usd_minor > 0),"
        " conditions TEXT NOT NULL DEFAULT '',"
        " conditions_met INTEGER NOT NULL DEFAULT 0 CHECK (conditions_met IN (0,1)),"
        " released_on TEXT NOT NULL DEFAULT '',"
        " reference TEXT NOT NULL DEFAULT '',"
        " UNIQUE (proposal_id, seq)"
        ") STRICT"_s,
        u"CREATE TABLE obligation_rule ("
        " id INTEGER PRIMARY KEY,"
        " code TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL CHECK (kind IN ('progress','financial','final_narrative',"
        "'final_financial','completion','evaluation')),"
        " anchor TEXT NOT NULL CHECK (anchor IN ('start','end','closing')),"
        " offset_months INTEGER NOT NULL CHECK (offset_months >= 0),"
        " every_months INTEGER NOT NULL DEFAULT 0 CHECK (every_months >= 0),"
        " min_usd_minor INTEGER NOT NULL DEFAULT 0 CHECK (min_usd_minor >= 0),"
        " description TEXT NOT NULL"
        ") STRICT"_s,
        // The default rules: a report schedule from the terms of reference, and the DGF's
        // completion report (6 months after closing) and evaluation (grants of US$300,000 or more).
        u"INSERT INTO obligation_rule (code, kind, anchor, offset_months, every_months,"
        " min_usd_minor, description) VALUES"
        " ('progress','progress','start',6,6,0,"
        "'Progress report every 6 months from the start'),"
        " ('financial','financial','start',12,12,0,"
        "'Financial statement every 12 months from the start'),"
        " ('final_narrative','final_narrative','end',3,0,0,"
        "'Final narrative report 3 months after the end'),"
        " ('final_financial','final_financial','end',6,0,0,"
        "'Final financial statement 6 months after the end'),"
        " ('dgf_completion','completion','closing',6,0,0,"
        "'DGF completion report within 6 months of closing'),"
        " ('dgf_evaluation','evaluation','end',6,0,30000000,"
        "'DGF independent evaluation for grants of US$300,000 or more')"_s,
        u"CREATE TABLE report ("
        " id INTEGER PRIMARY KEY,"
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " kind TEXT NOT NULL CHECK (kind IN ('progress','financial','final_narrative',"
        "'final_financial','completion','evaluation')),"
        " rule_code TEXT NOT NULL DEFAULT '',"
        " due_date TEXT NOT NULL,"
        " received_date TEXT NOT NULL DEFAULT '',"
        " note TEXT NOT NULL DEFAULT ''"
        ") STRICT"_s,
        u"CREATE INDEX report_due ON report(received_date, due_date)"_s,
        u"CREATE INDEX report_proposal ON report(proposal_id)"_s,
        u"CREATE TABLE gfmd_recommendation ("
        " id INTEGER PRIMARY KEY,"
        " reference TEXT NOT NULL UNIQUE,"
        " kind TEXT NOT NULL CHECK (kind IN ('recommendation','marketplace')),"
        " text TEXT NOT NULL"
        ") STRICT"_s,
        u"CREATE TABLE proposal_recommendation ("
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " recommendation_id INTEGER NOT NULL REFERENCES gfmd_recommendation(id),"
        " PRIMARY KEY (proposal_id, recommendation_id)"
        ") STRICT"_s,
        u"CREATE INDEX proposal_move_proposal ON proposal_move(proposal_id)"_s,
    };
    s += immutable(u"committee_decision"_s);
    return s;
}


// The Oversight Committee (issue 7): members and their terms, who attended which meeting, each
// meeting's agenda, and which recorded committee_decision answered which agenda item.
QStringList version5()
{
    return {
        u"CREATE TABLE committee_member ("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " organisation TEXT NOT NULL,"
        " constituency TEXT NOT NULL CHECK (constituency IN ('donor','developing_country',"
        "'other_stakeholder')),"
        " role TEXT NOT NULL CHECK (role IN ('chair','member','observer')),"
        " term_start TEXT NOT NULL,"
        " term_end TEXT NOT NULL DEFAULT ''"
        ") STRICT"_s,
        u"CREATE TABLE meeting_attendance ("
        " meeting_id INTEGER NOT NULL REFERENCES meeting(id),"
        " member_id INTEGER NOT NULL REFERENCES committee_member(id),"
        " PRIMARY KEY (meeting_id, member_id)"
        ") STRICT"_s,
        u"CREATE TABLE agenda_item ("
        " id INTEGER PRIMARY KEY,"
        " meeting_id INTEGER NOT NULL REFERENCES meeting(id),"
        " seq INTEGER NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('decision','information')),"
        " proposal_id INTEGER REFERENCES proposal(id),"
        " title TEXT NOT NULL DEFAULT '',"
        " decision_id INTEGER REFERENCES committee_decision(id),"
        " UNIQUE (meeting_id, seq)"
        ") STRICT"_s,
        u"CREATE UNIQUE INDEX agenda_item_proposal ON agenda_item(meeting_id, proposal_id) "
        "WHERE proposal_id IS NOT NULL"_s,
    };
}

// Offline review (issue 6): rubric per call, assignments with conflict-of-interest checks,
// reviews scored per criterion, and the packages exported to reviewers. The reviews recorded
// until now (proposal_review, one overall score) move into the new tables, so reviews live in
// one place and the recommend guard keeps counting the same completed reviews.
QStringList version6()
{
    return {
        u"CREATE TABLE review_criterion ("
        " call TEXT NOT NULL,"
        " code TEXT NOT NULL,"
        " label TEXT NOT NULL,"
        " weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),"
        " position INTEGER NOT NULL,"
        " PRIMARY KEY (call, code)"
        ") STRICT"_s,
        u"INSERT INTO review_criterion (call, code, label, weight, position) VALUES"
        " ('default','relevance','Relevance to the objectives',25,1),"
        " ('default','feasibility','Feasibility',20,2),"
        " ('default','value_for_money','Value for money',15,3),"
        " ('default','partner_capacity','Partner capacity',15,4),"
        " ('default','gender_data','Gender and disaggregated data',10,5),"
        " ('default','sustainability','Sustainability',15,6)"_s,
        u"CREATE TABLE review_assignment ("
        " id INTEGER PRIMARY KEY,"
        " proposal_id INTEGER NOT NULL REFERENCES proposal(id),"
        " reviewer TEXT NOT NULL,"
        " call TEXT NOT NULL DEFAULT 'default',"
        " role TEXT NOT NULL CHECK (role IN ('primary','secondary')),"
        " organisation TEXT NOT NULL DEFAULT '',"
        " coi_flag TEXT NOT NULL DEFAULT '',"
        " override_reason TEXT NOT NULL DEFAULT '',"
        " coi_declared TEXT NOT NULL DEFAULT '' CHECK (coi_declared IN ('','none','conflict')),"
        " coi_note TEXT NOT NULL DEFAULT '',"
        " assigned_at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " UNIQUE (proposal_id, reviewer)"
        ") STRICT"_s,
        u"CREATE INDEX review_assignment_reviewer ON review_assignment(reviewer)"_s,
        u"CREATE TABLE review ("
        " assignment_id INTEGER PRIMARY KEY REFERENCES review_assignment(id),"
        " overall INTEGER CHECK (overall IS NULL OR overall BETWEEN 1 AND 5),"
        " recommendation TEXT NOT NULL DEFAULT '' CHECK (recommendation IN ('','recommend',"
        "'recommend_with_changes','do_not_recommend')),"
        " comment TEXT NOT NULL DEFAULT '',"
        " completed INTEGER NOT NULL CHECK (completed IN (0,1)),"
        " package_id TEXT NOT NULL DEFAULT '',"
        " at TEXT NOT NULL"
        ") STRICT"_s,
        u"CREATE TABLE review_score ("
        " assignment_id INTEGER NOT NULL REFERENCES review_assignment(id),"
        " criterion TEXT NOT NULL,"
        " score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),"
        " comment TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (assignment_id, criterion)"
        ") STRICT"_s,
        u"CREATE TABLE review_package ("
        " id TEXT PRIMARY KEY,"
        " reviewer TEXT NOT NULL,"
        " content_hash TEXT NOT NULL,"
        " exported_at TEXT NOT NULL,"
        " actor TEXT NOT NULL"
        ") STRICT"_s,
        u"INSERT INTO review_assignment (proposal_id, reviewer, call, role, assigned_at, actor)"
        " SELECT proposal_id, reviewer, 'default', 'secondary', at, 'schema 6'"
        " FROM proposal_review ORDER BY id"_s,
        u"INSERT INTO review (assignment_id, overall, comment, completed, at)"
        " SELECT a.id, r.score, r.comment, r.completed, r.at FROM proposal_review r"
        " JOIN review_assignment a ON a.proposal_id = r.proposal_id AND a.reviewer = r.reviewer"_s,
        u"DROP TABLE proposal_review"_s,
    };
}

// A residual waived at financial closing (issue 5): what a partner still holds, at or below the
// fund's waiver threshold, leaves the balance held by partners as an expense of its own, so the
// fund shows it apart from the expenditure partners reported. Idempotent: the account is inserted
// only where it is missing (the chart's rows are immutable, never updated).
QStringList version7()
{
    return {
        u"INSERT INTO account (id, code, key, name, class) VALUES (17, '5200', "
        "'residual_waived', 'Residual waived at financial closing', 'expense') "
        "ON CONFLICT DO NOTHING"_s,
    };
}

// The organisation directory (issue 16): the fields a secretariat keeps on each organisation, a
// retired flag, merges, and the normalised name (core/validate.h nameKey) under a UNIQUE index.
// Existing names get their key here; when two existing names normalise alike, the later one
// (higher id) keys as "KEY\u0001ID", so both rows stay and the step succeeds: the directory
// then shows both, and the officer merges them (a key never otherwise holds a control character).
// Merging moves a duplicate's references to the organisation kept, postings and receipts
// included: their no-update triggers are narrowed to allow exactly that (donor_id or partner_id
// changed to the organisation the old one was merged into, every other column unchanged).
QStringList organisationDirectory()
{
    const auto moved = [](const char *column) {
        // IS, never =: a NULL would make the WHEN clause NULL, and the trigger not fire.
        return u"(NEW.%1 IS OLD.%1 OR (NEW.%1 IS NOT NULL AND NEW.%1 IS "
               "(SELECT merged_into FROM organisation WHERE id = OLD.%1)))"_s.arg(
                   QLatin1StringView(column));
    };
    const auto same = [](const QStringList &columns) {
        QStringList parts;
        for (const QString &c : columns)
            parts << u"NEW.%1 IS OLD.%1"_s.arg(c);
        return parts.join(u" AND "_s);
    };
    return {
        u"ALTER TABLE organisation ADD COLUMN iati_ref TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE organisation ADD COLUMN contact TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE organisation ADD COLUMN email TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE organisation ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"
        " CHECK (retired IN (0,1))"_s,
        u"ALTER TABLE organisation ADD COLUMN merged_into INTEGER REFERENCES organisation(id)"_s,
        u"ALTER TABLE organisation ADD COLUMN name_key TEXT"_s,
        u"UPDATE organisation SET name_key = imdp_name_key(name) || CASE WHEN EXISTS ("
        "SELECT 1 FROM organisation o WHERE o.id < organisation.id"
        " AND imdp_name_key(o.name) = imdp_name_key(organisation.name))"
        " THEN char(1) || id ELSE '' END"_s,
        u"CREATE UNIQUE INDEX organisation_name_key ON organisation(name_key)"_s,
        u"DROP TRIGGER posting_no_update"_s,
        u"CREATE TRIGGER posting_no_update BEFORE UPDATE ON posting WHEN NOT (%1 AND %2 AND %3)"
        " BEGIN SELECT RAISE(ABORT, 'posting rows are immutable'); END"_s.arg(
            same({u"id"_s, u"entry_id"_s, u"account_id"_s, u"flow"_s, u"date"_s, u"usd_minor"_s,
                  u"project"_s}),
            moved("donor_id"), moved("partner_id")),
        u"DROP TRIGGER receipt_no_update"_s,
        u"CREATE TRIGGER receipt_no_update BEFORE UPDATE ON receipt WHEN NOT (%1 AND %2)"
        " BEGIN SELECT RAISE(ABORT, 'receipt rows are immutable'); END"_s.arg(
            same({u"id"_s, u"reference"_s, u"source"_s, u"date"_s, u"currency"_s,
                  u"amount_minor"_s, u"rate_scaled"_s, u"usd_minor"_s, u"pledge_id"_s,
                  u"cleared_usd_minor"_s, u"fee_usd_minor"_s, u"entry_id"_s}),
            moved("donor_id")),
    };
}

// A fund's own frame (issue 16): objectives and action areas as rows (seeded with the seed's
// objectives 1-3 and areas A and B), funding windows (calls for proposals) with the objectives and
// areas each accepts, a proposal's window, and the journal's opening entry. SQLite cannot drop a
// CHECK or extend one, so proposal and journal_entry are rebuilt the way SQLite documents it
// (https://sqlite.org/lang_altertable.html, "other kinds of table schema changes"): a new table
// under another name, filled from the old one with the same ids, the old one dropped and the new
// one renamed, so every other table's REFERENCES keeps naming `proposal` and `journal_entry`.
// Database::migrate runs the ladder with foreign keys off and checks them all
// (PRAGMA foreign_key_check) before it commits. Indexes and immutability triggers are recreated.
QStringList fundingWindows()
{
    QStringList s{
        u"CREATE TABLE objective ("
        " code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 8),"
        " title_en TEXT NOT NULL,"
        " title_fr TEXT NOT NULL DEFAULT '',"
        " title_es TEXT NOT NULL DEFAULT '',"
        " position INTEGER NOT NULL DEFAULT 0"
        ") STRICT"_s,
        u"INSERT INTO objective (code, title_en, title_fr, title_es, position) VALUES"
        " ('1','Follow-up of GFMD recommendations','Suivi des recommandations du FMMD',"
        "'Seguimiento de las recomendaciones del FMMD',1),"
        " ('2','Policy coherence','Cohérence des politiques','Coherencia de políticas',2),"
        " ('3','Capacity building','Renforcement des capacités','Fortalecimiento de capacidades',3)"_s,
        u"CREATE TABLE action_area ("
        " code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 8),"
        " title TEXT NOT NULL,"
        " position INTEGER NOT NULL DEFAULT 0"
        ") STRICT"_s,
        u"INSERT INTO action_area (code, title, position) VALUES"
        " ('A','Information, research and analysis',1),"
        " ('B','Capacity to assess and manage',2)"_s,
        u"CREATE TABLE funding_window ("
        " id INTEGER PRIMARY KEY,"
        " code TEXT NOT NULL UNIQUE,"
        " title TEXT NOT NULL,"
        " opens TEXT NOT NULL DEFAULT '',"
        " closes TEXT NOT NULL DEFAULT '',"
        " ceiling_usd_minor INTEGER CHECK (ceiling_usd_minor IS NULL OR ceiling_usd_minor > 0),"
        " total_usd_minor INTEGER CHECK (total_usd_minor IS NULL OR total_usd_minor > 0),"
        " created_at TEXT NOT NULL"
        ") STRICT"_s,
        u"CREATE TABLE funding_window_objective ("
        " window_id INTEGER NOT NULL REFERENCES funding_window(id),"
        " objective TEXT NOT NULL REFERENCES objective(code),"
        " PRIMARY KEY (window_id, objective)"
        ") STRICT"_s,
        u"CREATE TABLE funding_window_area ("
        " window_id INTEGER NOT NULL REFERENCES funding_window(id),"
        " area TEXT NOT NULL REFERENCES action_area(code),"
        " PRIMARY KEY (window_id, area)"
        ") STRICT"_s,
        // proposal: the CHECK on action_area goes (areas are rows now), window_id comes.
        u"CREATE TABLE proposal_rebuilt ("
        " id INTEGER PRIMARY KEY,"
        " code TEXT NOT NULL UNIQUE,"
        " title TEXT NOT NULL,"
        " applicant_id INTEGER NOT NULL REFERENCES organisation(id),"
        " partner_id INTEGER REFERENCES organisation(id),"
        " objectives TEXT NOT NULL DEFAULT '',"
        " action_area TEXT NOT NULL DEFAULT '',"
        " requested_minor INTEGER NOT NULL DEFAULT 0 CHECK (requested_minor >= 0),"
        " currency TEXT NOT NULL DEFAULT 'USD',"
        " state TEXT NOT NULL DEFAULT 'draft',"
        " created_at TEXT NOT NULL,"
        " stage TEXT NOT NULL DEFAULT 'full' CHECK (stage IN ('concept','full')),"
        " source TEXT NOT NULL DEFAULT '' CHECK (source IN ('','gfmd_recommendation',"
        "'gfmd_marketplace','gmg_agency','partner_organisation','private_sector','ngo',"
        "'secretariat')),"
        " source_reference TEXT NOT NULL DEFAULT '',"
        " start_date TEXT NOT NULL DEFAULT '',"
        " end_date TEXT NOT NULL DEFAULT '',"
        " summary TEXT NOT NULL DEFAULT '',"
        " disaggregation TEXT NOT NULL DEFAULT '',"
        " disaggregation_other TEXT NOT NULL DEFAULT '',"
        " window_id INTEGER REFERENCES funding_window(id)"
        ") STRICT"_s,
        u"INSERT INTO proposal_rebuilt (id, code, title, applicant_id, partner_id, objectives,"
        " action_area, requested_minor, currency, state, created_at, stage, source,"
        " source_reference, start_date, end_date, summary, disaggregation, disaggregation_other)"
        " SELECT id, code, title, applicant_id, partner_id, objectives, action_area,"
        " requested_minor, currency, state, created_at, stage, source, source_reference,"
        " start_date, end_date, summary, disaggregation, disaggregation_other"
        " FROM proposal ORDER BY id"_s,
        u"DROP TABLE proposal"_s,
        u"ALTER TABLE proposal_rebuilt RENAME TO proposal"_s,
        u"CREATE INDEX proposal_state ON proposal(state)"_s,
        u"CREATE INDEX proposal_window ON proposal(window_id) WHERE window_id IS NOT NULL"_s,
        // journal_entry: the kind 'opening' (opening balances of a fund moving in mid-life).
        u"CREATE TABLE journal_entry_rebuilt ("
        " id INTEGER PRIMARY KEY,"
        " date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
        " kind TEXT NOT NULL CHECK (kind IN ('pledge','pledge_amend','pledge_cancel','receipt',"
        "'income','allocation','release','transfer','expenditure','refund','reversal',"
        "'opening')),"
        " memo TEXT NOT NULL DEFAULT '',"
        " reverses_entry_id INTEGER UNIQUE REFERENCES journal_entry(id),"
        " reason TEXT NOT NULL DEFAULT '',"
        " posted_at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " CHECK ((kind = 'reversal') = (reverses_entry_id IS NOT NULL)),"
        " CHECK (kind <> 'reversal' OR reason <> '')"
        ") STRICT"_s,
        u"INSERT INTO journal_entry_rebuilt (id, date, kind, memo, reverses_entry_id, reason,"
        " posted_at, actor) SELECT id, date, kind, memo, reverses_entry_id, reason, posted_at,"
        " actor FROM journal_entry ORDER BY id"_s,
        u"DROP TABLE journal_entry"_s, // its triggers go with it
        u"ALTER TABLE journal_entry_rebuilt RENAME TO journal_entry"_s,
    };
    s += immutable(u"journal_entry"_s);
    return s;
}

// The lines of the standard trust-fund statement (issue 18): entry kinds become data (a table
// journal_entry.kind refers to), so a new kind is a row, not a rebuilt table; and the accounts of
// interest remitted by partners, transfers to other funds, direct costs and bank charges.
// journal_entry is rebuilt with SQLite's procedure for a changed constraint, inside the
// migration's one transaction, where foreign_keys cannot be switched off: with
// defer_foreign_keys, dropping the old table counts a violation for every row that refers to
// one of its entries, and inserting the same ids into the new table takes each one back, so the
// commit finds none (an id lost on the way would fail the commit and leave the file as it was).
// The triggers of the old table go with it and are created again, as written by step 3.
QStringList statementLines()
{
    QStringList s{
        u"PRAGMA defer_foreign_keys = ON"_s,
        u"CREATE TABLE entry_kind ("
        " key TEXT PRIMARY KEY CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z_]*'),"
        " name TEXT NOT NULL"
        ") STRICT"_s,
        u"INSERT INTO entry_kind (key, name) VALUES"
        " ('pledge','Pledge'),"
        " ('pledge_amend','Pledge amendment'),"
        " ('pledge_cancel','Pledge cancellation'),"
        " ('receipt','Receipt'),"
        " ('income','Investment income'),"
        " ('allocation','Allocation'),"
        " ('release','Release of an allocation'),"
        " ('transfer','Transfer to a partner'),"
        " ('expenditure','Expenditure'),"
        " ('refund','Refund from a partner'),"
        " ('reversal','Reversal'),"
        " ('partner_interest','Interest remitted by a partner'),"
        " ('fund_transfer','Transfer to another fund'),"
        " ('direct_cost','Direct cost'),"
        " ('bank_charge','Bank charge'),"
        " ('fee_adjust','Fee adjustment'),"
        " ('opening','Opening balance'),"
        " ('waiver','Residual waived')"_s,
        u"CREATE TABLE journal_entry_copy AS SELECT id, date, kind, memo, reverses_entry_id, "
        "reason, posted_at, actor FROM journal_entry"_s,
        u"DROP TABLE journal_entry"_s,
        u"CREATE TABLE journal_entry ("
        " id INTEGER PRIMARY KEY,"
        " date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
        " kind TEXT NOT NULL REFERENCES entry_kind(key),"
        " memo TEXT NOT NULL DEFAULT '',"
        " reverses_entry_id INTEGER UNIQUE REFERENCES journal_entry(id),"
        " reason TEXT NOT NULL DEFAULT '',"
        " posted_at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " CHECK ((kind = 'reversal') = (reverses_entry_id IS NOT NULL)),"
        " CHECK (kind <> 'reversal' OR reason <> '')"
        ") STRICT"_s,
        u"INSERT INTO journal_entry (id, date, kind, memo, reverses_entry_id, reason, posted_at, "
        "actor) SELECT id, date, kind, memo, reverses_entry_id, reason, posted_at, actor "
        "FROM journal_entry_copy ORDER BY id"_s,
        u"DROP TABLE journal_entry_copy"_s,
        u"CREATE INDEX journal_entry_kind ON journal_entry(kind)"_s,
    };
    s += immutable(u"journal_entry"_s);
    s += immutable(u"entry_kind"_s);
    // The accounts of the statement's new lines (ids follow 17, the residual waived).
    s += u"INSERT INTO account (id, code, key, name, class) VALUES"
         " (18, '3400', 'partner_interest', 'Interest remitted by partners', 'revenue'),"
         " (19, '5300', 'transfers_to_funds', 'Transfers to other funds', 'expense'),"
         " (20, '5400', 'direct_costs', 'Direct costs', 'expense'),"
         " (21, '5500', 'bank_charges', 'Bank charges', 'expense')"_s;
    return s;
}

// Rows tied to the audit chain (issue 17): each audit row records what its command wrote
// (core/storage/rowtrack.h) in a column of its own, covered by its hash. A file that already
// held rows gets one `storage.baseline` audit row covering every row (Database::migrate, at the
// marker), so it verifies from then on.
QStringList auditBaseline()
{
    return {
        u"ALTER TABLE audit_event ADD COLUMN writes TEXT NOT NULL DEFAULT ''"_s,
        auditBaselineMarker(),
    };
}

// Large funds (issue 23): the first entry's date (a cumulative statement starts there) found by a
// seek instead of a scan of every entry.
QStringList entryDates()
{
    return {u"CREATE INDEX journal_entry_date ON journal_entry(date)"_s};
}

} // namespace

namespace {

/// imdp_name_key(TEXT): nameKey() for SQL, so the schema step that adds organisation.name_key
/// fills it for the rows already there. Deterministic; NULL stays NULL.
void sqlNameKey(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray key = nameKey(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

int registerFunctions(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "imdp_name_key", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                      nullptr, sqlNameKey, nullptr, nullptr, nullptr);
}

const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        version1(),       version2(),       version3(),      version4(),
        version5(),       version6(),       version7(),      organisationDirectory(),
        fundingWindows(), statementLines(), auditBaseline(), entryDates()};
    return all;
}

} // namespace imdp::core::schema
