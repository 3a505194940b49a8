// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The Oversight Committee: members, meetings and their guards, decisions through the pipeline,
// and the dossier's computed content on the demo fund.
#include "../testutil.h"

#include "core/clock.h"
#include "core/committee/dossier.h"
#include "core/committee/meetings.h"
#include "core/committee/members.h"
#include "core/demo/demo.h"
#include "core/ledger/projects.h"
#include "core/pipeline/posting.h"
#include "core/pipeline/proposals.h"
#include "core/review/review.h"
#include "core/storage/audit.h"
#include "core/storage/database.h"
#include "core/storage/query.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

/// The demo fund on the day after its Committee meeting (2027-01-20), the clock pinned.
struct Demo
{
    imdp::test::TempDir t;
    std::unique_ptr<Database> db;
    qint64 meeting = 0;

    Demo()
    {
        Clock::setFixed(QDateTime(QDate(2027, 1, 21), QTime(9, 0), Qt::UTC));
        db = must(Database::create(t.file(u"demo.imdp"_s), [](Database &d) {
            return demo::load(d, demo::source(), u"demo-fund.json"_s);
        }));
        meeting = must(meetings::list(*db)).first().id;
    }
    ~Demo() { Clock::reset(); }
    Demo(const Demo &) = delete;
    Demo &operator=(const Demo &) = delete;

    QList<qint64> voters(int n) const
    {
        QList<qint64> ids;
        for (const Member &m : must(members::list(*db))) {
            if (m.votes() && ids.size() < n)
                ids << m.id;
        }
        return ids;
    }
    void hold(int present = 5)
    {
        mustOk(meetings::setStatus(*db, meeting, u"dossier_issued"_s));
        mustOk(meetings::setAttendance(*db, meeting, voters(present)));
        mustOk(meetings::setStatus(*db, meeting, u"held"_s));
    }
};

/// Every word of a document, for "does it say X" checks.
QString allText(const document::Document &d)
{
    QStringList out{d.title, d.subtitle, d.coverLines.join(u'\n'), d.confidentiality,
                    d.runningHeader, d.footerLeft};
    for (const document::Block &b : d.blocks) {
        out << b.text << b.lines;
        for (const auto &[k, v] : b.fields)
            out << k << v;
        for (const document::Column &c : b.table.columns)
            out << c.title;
        for (const QStringList &r : b.table.rows)
            out << r;
        out << b.table.totals;
    }
    return out.join(u'\n');
}

QStringList headings(const document::Document &d)
{
    QStringList out;
    for (const document::Block &b : d.blocks) {
        if (b.kind == document::Block::Kind::Heading1)
            out << b.text;
    }
    return out;
}

} // namespace

TEST_CASE("members: validated, one chair at a time, serving by term", "[committee]")
{
    Demo f;
    CHECK(must(members::list(*f.db)).size() == 9);
    CHECK(must(members::list(*f.db)).first().role == u"chair"_s);
    Member m{0, u"A. N. Other"_s, u"Kingdom of Norway"_s, u"donor"_s, u"chair"_s,
             QDate(2027, 1, 1), {}};
    auto second = members::add(*f.db, m);
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::Refused);
    m.role = u"treasurer"_s;
    CHECK(members::add(*f.db, m).error().code == ErrorCode::BadInput);
    m.role = u"member"_s;
    m.constituency = u"everyone"_s;
    CHECK(members::add(*f.db, m).error().code == ErrorCode::BadInput);
    m.constituency = u"donor"_s;
    m.termEnd = QDate(2026, 1, 1);
    CHECK(members::add(*f.db, m).error().code == ErrorCode::BadInput);
    m.termStart = QDate(2028, 1, 1);
    m.termEnd = {};
    must(members::add(*f.db, m));
    CHECK(must(members::serving(*f.db, QDate(2027, 1, 20))).size() == 9);
    CHECK(must(members::serving(*f.db, QDate(2028, 2, 1))).size() == 2); // the observer too
}

TEST_CASE("meetings: agenda, status guards, attendance and quorum", "[committee]")
{
    Demo f;
    const auto agenda = must(meetings::agenda(*f.db, f.meeting));
    REQUIRE(agenda.size() == 3);
    CHECK(agenda.at(0).proposal == u"IMDP-26-003"_s);
    CHECK(agenda.at(1).proposal == u"IMDP-26-004"_s);
    CHECK(agenda.at(2).kind == u"information"_s);

    // Only proposals awaiting the Committee go on an agenda, once.
    CHECK(meetings::addProposal(*f.db, f.meeting, u"IMDP-26-006"_s).error().code
          == ErrorCode::Refused);
    CHECK(meetings::addProposal(*f.db, f.meeting, u"IMDP-26-003"_s).error().code
          == ErrorCode::Refused);
    CHECK(meetings::addProposal(*f.db, 99, u"IMDP-26-005"_s).error().code == ErrorCode::NotFound);

    // Statuses go one step at a time, each under its guard.
    CHECK(meetings::setStatus(*f.db, f.meeting, u"held"_s).error().code == ErrorCode::Refused);
    CHECK(meetings::setStatus(*f.db, f.meeting, u"closed"_s).error().code == ErrorCode::BadInput);
    mustOk(meetings::setStatus(*f.db, f.meeting, u"dossier_issued"_s));
    CHECK(meetings::addProposal(*f.db, f.meeting, u"IMDP-26-005"_s).error().code
          == ErrorCode::Refused); // the agenda is fixed once the dossier is out

    // 8 voting members (the observer does not count): a majority is 5.
    mustOk(meetings::setAttendance(*f.db, f.meeting, f.voters(4)));
    auto q = must(meetings::quorum(*f.db, f.meeting));
    CHECK(q.voting == 8);
    CHECK(q.present == 4);
    CHECK(q.required == 5);
    auto refused = meetings::setStatus(*f.db, f.meeting, u"held"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"quorum is 5"_s));
    mustOk(meetings::setQuorum(*f.db, 4));
    CHECK(must(meetings::quorum(*f.db, f.meeting)).met());
    mustOk(meetings::setQuorum(*f.db, 0));
    CHECK_FALSE(must(meetings::quorum(*f.db, f.meeting)).met());
    CHECK(meetings::setAttendance(*f.db, f.meeting, {12345}).error().code == ErrorCode::BadInput);
    mustOk(meetings::setAttendance(*f.db, f.meeting, f.voters(5)));
    mustOk(meetings::setStatus(*f.db, f.meeting, u"held"_s));
    CHECK(must(meetings::find(*f.db, f.meeting)).status == u"held"_s);
}

TEST_CASE("a meeting is not held before its date", "[committee]")
{
    Demo f;
    Clock::setFixed(QDateTime(QDate(2027, 1, 19), QTime(9, 0), Qt::UTC));
    mustOk(meetings::setStatus(*f.db, f.meeting, u"dossier_issued"_s));
    mustOk(meetings::setAttendance(*f.db, f.meeting, f.voters(8)));
    auto s = meetings::setStatus(*f.db, f.meeting, u"held"_s);
    REQUIRE_FALSE(s);
    CHECK(s.error().message.contains(u"still to come"_s));
}

TEST_CASE("decisions go through the pipeline's guarded moves, all or nothing", "[committee]")
{
    Demo f;
    const AgendaDecision endorse{u"IMDP-26-003"_s, u"endorsed"_s, 30000000, {}};
    CHECK(meetings::decide(*f.db, f.meeting, {endorse}).error().code == ErrorCode::Refused);
    f.hold();
    const qint64 before = must(pipeline::posting::balance(*f.db, u"IMDP-26-003"_s)).allocated;
    const qint64 audits = must(Query::scalar(*f.db, u"SELECT COUNT(*) FROM audit_event"_s));

    // One bad decision (an endorsement without an amount) and nothing is written.
    auto bad = meetings::decide(*f.db, f.meeting,
                                {endorse, {u"IMDP-26-004"_s, u"endorsed"_s, 0, {}}});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.startsWith(u"IMDP-26-004"_s));
    CHECK(must(pipeline::find(*f.db, u"IMDP-26-003"_s)).state == u"recommended"_s);
    CHECK(must(Query::scalar(*f.db, u"SELECT COUNT(*) FROM audit_event"_s)) == audits);
    CHECK(meetings::decide(*f.db, f.meeting, {{u"IMDP-26-005"_s, u"rejected"_s, 0, {}}})
              .error().code
          == ErrorCode::Refused); // not on this agenda

    CHECK(meetings::setStatus(*f.db, f.meeting, u"minutes_approved"_s).error().code
          == ErrorCode::Refused);
    mustOk(meetings::decide(*f.db, f.meeting, {endorse}));
    CHECK(must(pipeline::find(*f.db, u"IMDP-26-003"_s)).state == u"endorsed"_s);
    CHECK(must(pipeline::posting::balance(*f.db, u"IMDP-26-003"_s)).allocated == before + 30000000);
    CHECK(meetings::decide(*f.db, f.meeting, {endorse}).error().code == ErrorCode::Refused);
    CHECK(meetings::setStatus(*f.db, f.meeting, u"minutes_approved"_s).error().message.contains(
        u"IMDP-26-004"_s));
    mustOk(meetings::decide(*f.db, f.meeting, {{u"IMDP-26-004"_s, u"deferred"_s, 0, {}}}));
    CHECK(must(pipeline::find(*f.db, u"IMDP-26-004"_s)).state == u"deferred"_s);
    const auto agenda = must(meetings::agenda(*f.db, f.meeting));
    REQUIRE(agenda.at(0).decision);
    CHECK(agenda.at(0).decision->amountUsdMinor == 30000000);
    CHECK(agenda.at(0).decision->date == QDate(2027, 1, 20));
    mustOk(meetings::setStatus(*f.db, f.meeting, u"minutes_approved"_s));
    CHECK(must(Query::scalar(*f.db, u"SELECT COUNT(*) FROM audit_event WHERE command = "
                                    "'meeting.decide'"_s))
          == 2);
}

TEST_CASE("amounts: thousands separators and two decimals in the dossier's language",
          "[committee][dossier]")
{
    CHECK(dossier::amount(31000000, QLocale(u"en"_s)) == u"310,000.00"_s);
    CHECK(dossier::amount(-123456789, QLocale(u"en"_s)) == u"-1,234,567.89"_s);
    CHECK(dossier::amount(-5, QLocale(u"en"_s)) == u"-0.05"_s);
    CHECK(dossier::amount(0, QLocale(u"en"_s)) == u"0.00"_s);
    CHECK(dossier::amount(31000000, QLocale(u"fr"_s)) == u"310\u202f000,00"_s);
    CHECK(dossier::amount(31000000, QLocale(u"es"_s)) == u"310.000,00"_s);
    // Spanish groups from five digits, every group (Qt 6.4's own toString() wrote "1250.000").
    CHECK(dossier::amount(125000000, QLocale(u"es"_s)) == u"1.250.000,00"_s);
    CHECK(dossier::amount(123400, QLocale(u"es"_s)) == u"1234,00"_s);
}

TEST_CASE("the dossier's content on the demo fund", "[committee][dossier]")
{
    Demo f;
    dossier::Options o;
    const auto d = must(dossier::build(*f.db, f.meeting, o));
    CHECK(d.title == u"IMDP Multi-Donor Trust Fund (demo)"_s);
    CHECK(d.subtitle == u"Oversight Committee, meeting 1"_s);
    CHECK(d.coverLines.join(u' ').contains(u"20 January 2027 · Geneva, Palais des Nations"_s));
    CHECK(d.confidentiality == u"Confidential — for Committee members only"_s);
    CHECK(d.fingerprint == must(audit::head(*f.db)));
    CHECK(d.footerLeft == u"21 January 2027"_s);
    CHECK(d.contentsTitle == u"Contents"_s);
    const QStringList h = headings(d);
    REQUIRE(h.size() == 6);
    CHECK(h.at(0) == u"Agenda"_s);
    CHECK(h.at(1) == u"The fund's position"_s);
    CHECK(h.at(2) == u"The DGF cap"_s);
    CHECK(h.at(3).startsWith(u"Item 1: IMDP-26-003 "_s));
    CHECK(h.at(4).startsWith(u"Item 2: IMDP-26-004 "_s));
    CHECK(h.at(5) == u"Annex: funded projects"_s);

    const QString text = allText(d);
    for (const char *s : {"Sources and uses", "Available for allocation", "Funding plan",
                          "Signed pledges", "Receipts", "Overrides of the cap", "Summary",
                          "Budget", "Reviews", "Secretariat recommendation", "Decision sheet",
                          "Tranches", "Overdue reports", "310,000.00", "560,000.00",
                          "870,000.00", "A. Diallo", "M. Lindqvist"})
        CHECK(text.contains(QString::fromUtf8(s)));

    // The agenda's amounts are right-aligned and add up.
    const auto &agenda = d.blocks.at(1).table;
    REQUIRE(agenda.rows.size() == 3);
    CHECK(agenda.columns.at(3).align == document::Align::Right);
    CHECK(agenda.rows.at(0).at(3) == u"310,000.00"_s);
    CHECK(agenda.totals.at(3) == u"870,000.00"_s);

    // Every decision sheet offers the four decisions with a box each, and a signature.
    int sheets = 0, signatures = 0;
    for (const document::Block &b : d.blocks) {
        if (b.kind == document::Block::Kind::Checkboxes) {
            ++sheets;
            CHECK(b.lines.size() == 4);
        }
        signatures += b.kind == document::Block::Kind::Signature ? 1 : 0;
    }
    CHECK(sheets == 2);
    CHECK(signatures == 2);
}

TEST_CASE("the dossier's position names a closing residual waived, once there is one",
          "[committee][dossier]")
{
    Demo f;
    CHECK_FALSE(allText(must(dossier::build(*f.db, f.meeting, {})))
                    .contains(u"Closing residuals waived"_s));
    const QString code = u"IMDP-26-001"_s;
    const QString partner = must(pipeline::termsOfReference(*f.db, code))->partner;
    const qint64 held = must(ledger::projectBalance(*f.db, code)).heldByPartner;
    REQUIRE(held > 25000);
    must(ledger::recordExpenditure(*f.db, code, partner, held - 25000, QDate(2027, 1, 10),
                                   u"EXP-FINAL"_s));
    CHECK(must(ledger::waiveResidual(*f.db, code, QDate(2027, 1, 11), u"closing"_s)) == 25000);
    // Among the position's fields, between what partners hold and the cash.
    QStringList labels;
    QString waived;
    for (const document::Block &b : must(dossier::build(*f.db, f.meeting, {})).blocks)
        for (const auto &[k, v] : b.fields) {
            labels << k;
            if (k == u"Closing residuals waived"_s)
                waived = v;
        }
    CHECK(waived == u"250.00"_s);
    CHECK(labels.indexOf(u"Closing residuals waived"_s) == labels.indexOf(u"Held by partners"_s) + 1);
}

TEST_CASE("the redacted edition names no reviewer and quotes no comment", "[committee][dossier]")
{
    Demo f;
    dossier::Options o;
    o.redacted = true;
    const auto d = must(dossier::build(*f.db, f.meeting, o));
    const QString text = allText(d);
    for (const char *name : {"A. Diallo", "K. Tanaka", "M. Lindqvist", "S. Haddad"})
        CHECK_FALSE(text.contains(QString::fromUtf8(name)));
    for (const QString &code : {u"IMDP-26-003"_s, u"IMDP-26-004"_s}) {
        for (const review::OverallReview &r : must(review::overallReviews(*f.db, code))) {
            if (!r.comment.isEmpty())
                CHECK_FALSE(text.contains(r.comment));
        }
    }
    CHECK(text.contains(u"Reviewer 1"_s));
    CHECK(text.contains(u"Observers' edition (redacted)"_s));
}

TEST_CASE("the dossier's language: its translation and its locale", "[committee][dossier]")
{
    Demo f;
    dossier::Options o;
    o.language = u"fr"_s;
    const auto d = must(dossier::build(*f.db, f.meeting, o));
    CHECK(headings(d).at(0) == u"Ordre du jour"_s);
    CHECK(d.footerLeft == u"21 janvier 2027"_s);
    CHECK(allText(d).contains(u"310\u202f000,00"_s));

    o.language = u"de"_s;
    CHECK(dossier::build(*f.db, f.meeting, o).error().code == ErrorCode::BadInput);
    o.language = u"en"_s;
    CHECK(dossier::build(*f.db, 42, o).error().code == ErrorCode::NotFound);
}

TEST_CASE("the minutes list attendance, quorum and each decision", "[committee][dossier]")
{
    Demo f;
    f.hold(6);
    mustOk(meetings::decide(*f.db, f.meeting,
                            {{u"IMDP-26-003"_s, u"endorsed_with_conditions"_s, 25000000,
                              u"A revised budget within 30 days"_s},
                             {u"IMDP-26-004"_s, u"rejected"_s, 0, {}}}));
    const auto d = must(dossier::minutes(*f.db, f.meeting, {}));
    const QString text = allText(d);
    CHECK(text.contains(u"Voting members present: 6 of 8; quorum: 5 (met)."_s));
    CHECK(text.contains(u"Endorsed with conditions"_s));
    CHECK(text.contains(u"A revised budget within 30 days"_s));
    CHECK(text.contains(u"250,000.00"_s));
    CHECK(text.contains(u"Ingrid Lindahl"_s));
    CHECK(text.contains(u"Rejected"_s));
}

TEST_CASE("the dossier's agenda totals stay within the limit of any total: at it made, past it "
          "refused",
          "[committee][dossier][overflow]")
{
    // Issue 17, item 4: each request is within 10^15 cents, but an agenda's total of them need
    // not be; the dossier refuses rather than print a total that does not add up.
    Demo f;
    const auto setRequested = [&f](const QString &code, qint64 minor) {
        QSqlQuery q(f.db->connection());
        REQUIRE(q.exec(u"UPDATE proposal SET requested_minor = %1, currency = 'USD' WHERE code = "
                       "'%2'"_s.arg(minor)
                           .arg(code)));
        REQUIRE(q.numRowsAffected() == 1);
    };
    setRequested(u"IMDP-26-003"_s, 600'000'000'000'000);
    setRequested(u"IMDP-26-004"_s, 400'000'000'000'000);
    const auto d = must(dossier::build(*f.db, f.meeting, {}));
    CHECK(allText(d).contains(u"10,000,000,000,000.00"_s));
    setRequested(u"IMDP-26-004"_s, 400'000'000'000'001);
    const auto refused = dossier::build(*f.db, f.meeting, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Refused);
    CHECK(refused.error().message ==
          u"agenda: the requests of the proposals on the agenda add up past the limit of "
          "10000000000000.00 USD for any total; the dossier is not made"_s);
    // The largest requests a proposal may carry, far past 64 bits in a long agenda: refused too.
    setRequested(u"IMDP-26-003"_s, 1'000'000'000'000'000);
    setRequested(u"IMDP-26-004"_s, 1'000'000'000'000'000);
    CHECK_FALSE(dossier::build(*f.db, f.meeting, {}));
}
