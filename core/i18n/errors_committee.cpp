// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The error templates of the Committee (core/committee): English sources of context "Errors"
// (French and Spanish in resources/translations/*.ts). Looked up through core/i18n/errors.cpp's
// one table.
#include "core/i18n/errortables.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::i18n::tables {

const TemplateTable &committee()
{
    static const TemplateTable t{
        {u"committee.agenda_requests_proposals_agenda"_s,
         QT_TRANSLATE_NOOP("Errors",
                           "agenda: the requests of the proposals on the agenda add up past "
                           "the limit of %1 USD for any total; the dossier is not made")},
        {u"committee.lang_one"_s, QT_TRANSLATE_NOOP("Errors", "lang: '%1' is not one of %2")},
        {u"committee.meeting_cannot"_s, QT_TRANSLATE_NOOP("Errors", "meeting %1: cannot %2: %3")},
        {u"committee.proposal_found"_s, QT_TRANSLATE_NOOP("Errors", "proposal '%1' not found")},
        {u"committee.date_required"_s, QT_TRANSLATE_NOOP("Errors", "date: is required")},
        {u"committee.meeting_found"_s, QT_TRANSLATE_NOOP("Errors", "meeting %1 not found")},
        {u"committee.status_one"_s, QT_TRANSLATE_NOOP("Errors", "status: '%1' is not one of %2")},
        {u"committee.quorum_must_majority"_s,
         QT_TRANSLATE_NOOP("Errors", "quorum: %1 must be from 0 (a majority) to 1000")},
        {u"committee.member_member_serving"_s,
         QT_TRANSLATE_NOOP("Errors", "member %1: is not a member serving on %2")},
        {u"committee.decisions_none_given"_s, QT_TRANSLATE_NOOP("Errors", "decisions: none given")},
        {u"committee.constituency_one"_s,
         QT_TRANSLATE_NOOP("Errors", "constituency: '%1' is not one of %2")},
        {u"committee.role_one"_s, QT_TRANSLATE_NOOP("Errors", "role: '%1' is not one of %2")},
        {u"committee.term_start_required"_s,
         QT_TRANSLATE_NOOP("Errors", "term start: is required")},
        {u"committee.term_end_before_term"_s,
         QT_TRANSLATE_NOOP("Errors", "term end: %1 is before the term start %2")},
        {u"committee.role_already_chairs_committee"_s,
         QT_TRANSLATE_NOOP("Errors", "role: %1 already chairs the Committee during that term")},
        {u"committee.why.meeting_status"_s,
         QT_TRANSLATE_NOOP("Errors", "the meeting is %1 (allowed when %2)")},
        {u"committee.what.become"_s, QT_TRANSLATE_NOOP("Errors", "become %1")},
        {u"committee.why.meeting_is"_s, QT_TRANSLATE_NOOP("Errors", "the meeting is %1")},
        {u"committee.what.issue_dossier"_s, QT_TRANSLATE_NOOP("Errors", "issue its dossier")},
        {u"committee.why.empty_agenda"_s,
         QT_TRANSLATE_NOOP("Errors", "no proposal is on the agenda")},
        {u"committee.what.be_held"_s, QT_TRANSLATE_NOOP("Errors", "be held")},
        {u"committee.why.date_to_come"_s,
         QT_TRANSLATE_NOOP("Errors", "its date %1 is still to come")},
        {u"committee.why.quorum_one"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 voting member present, quorum is %2")},
        {u"committee.why.quorum"_s,
         QT_TRANSLATE_NOOP("Errors", "%1 voting members present, quorum is %2")},
        {u"committee.what.approve_minutes"_s, QT_TRANSLATE_NOOP("Errors", "approve its minutes")},
        {u"committee.why.undecided"_s,
         QT_TRANSLATE_NOOP("Errors", "no decision is recorded on %1")},
        {u"committee.what.put_on_agenda"_s, QT_TRANSLATE_NOOP("Errors", "put %1 on the agenda")},
        {u"committee.why.proposal_state"_s,
         QT_TRANSLATE_NOOP("Errors", "the proposal is %1 (allowed when %2)")},
        {u"committee.why.already_on_agenda"_s, QT_TRANSLATE_NOOP("Errors", "it is already on it")},
        {u"committee.what.record_attendance"_s, QT_TRANSLATE_NOOP("Errors", "record attendance")},
        {u"committee.what.change_agenda"_s, QT_TRANSLATE_NOOP("Errors", "change its agenda")},
        {u"committee.what.record_decisions"_s, QT_TRANSLATE_NOOP("Errors", "record decisions")},
        {u"committee.what.record_decision"_s,
         QT_TRANSLATE_NOOP("Errors", "record a decision on %1")},
        {u"committee.why.not_on_agenda"_s, QT_TRANSLATE_NOOP("Errors", "it is not on the agenda")},
        {u"committee.why.already_decided"_s,
         QT_TRANSLATE_NOOP("Errors", "the meeting already decided %1")},
        // io
    };
    return t;
}

} // namespace imdp::core::i18n::tables
