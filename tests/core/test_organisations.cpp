// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The directory of organisations (issue 16): normalised names, edit/rename/retire/delete/merge,
// every change audited, and the CSV import.
#include "../testutil.h"

#include "core/clock.h"
#include "core/fund/fund.h"
#include "core/ledger/import.h"
#include "core/ledger/importpreview.h"
#include "core/ledger/pledges.h"
#include "core/ledger/verifychecks.h"
#include "core/ledger/receiptdigest.h"
#include "core/pipeline/proposals.h"
#include "core/review/review.h"
#include "core/storage/query.h"
#include "core/storage/schema.h"
#include "core/storage/verify.h"
#include "core/validate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace imdp::core;
using imdp::test::must;
using imdp::test::mustOk;

namespace {

std::unique_ptr<Database> emptyFund(const QString &path)
{
    return must(Database::create(path, [](Database &db) {
        FundSettings s;
        s.name = u"Test fund"_s;
        return fund::initialise(db, s);
    }));
}

Organisation org(const QString &name, const QString &kind = u"state"_s)
{
    Organisation o;
    o.name = name;
    o.kind = kind;
    return o;
}

QJsonObject lastAudit(Database &db, const QString &command)
{
    Query q(db, u"SELECT detail FROM audit_event WHERE command = ? ORDER BY id DESC LIMIT 1"_s);
    q.bind(command);
    mustOk(q.exec());
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.text(0).toUtf8()).object();
}

qint64 count(Database &db, const QString &sql)
{
    return must(Query::scalar(db, sql));
}

ledger::Pledge pledge(const QString &donor, const QString &reference, qint64 usdMinor)
{
    ledger::Pledge p;
    p.reference = reference;
    p.donor = donor;
    p.date = QDate(2026, 3, 1);
    p.amountMinor = usdMinor;
    p.rateScaled = 10000000000;
    return p;
}

} // namespace

TEST_CASE("organisation names are compared after normalisation", "[organisations]")
{
    CHECK(must(normaliseName(u"name"_s, u"  Kingdom\u00a0of   Sweden "_s)) ==
          u"Kingdom of Sweden"_s);
    CHECK(must(normaliseName(u"name"_s, u"Kingdom\u2003of\u202fSweden"_s)) ==
          u"Kingdom of Sweden"_s);
    CHECK(normaliseName(u"name"_s, u"Kingdom\tof Sweden"_s).error().message ==
          u"name: contains a control character"_s);
    // NFC: e + combining acute is é.
    CHECK(must(normaliseName(u"name"_s, u"Cote d'Ivoire Minist\u0065\u0301re"_s)) ==
          u"Cote d'Ivoire Minist\u00e9re"_s);
    CHECK(nameKey(u"KINGDOM\u00a0OF SWEDEN"_s) == nameKey(u"kingdom of sweden"_s));
    for (const char16_t bad : {u'\u200b', u'\u200d', u'\ufeff', u'\u2060'}) {
        auto r = normaliseName(u"name"_s, u"Kingdom of"_s + QChar(bad) + u"Sweden"_s);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().message.startsWith(u"name: contains an invisible character (U+"_s));
    }

    imdp::test::TempDir t;
    auto db = emptyFund(t.file(u"f.imdp"_s));
    const qint64 id = must(organisations::add(*db, org(u"Kingdom of Sweden"_s)));
    // The same name typed with a no-break space, another case, a decomposed accent: no new donor.
    for (const QString &again : {u"Kingdom\u00a0of Sweden"_s, u"kingdom of  sweden"_s}) {
        auto r = organisations::add(*db, org(again));
        REQUIRE_FALSE(r);
        CHECK(r.error().message ==
              u"name: an organisation called 'Kingdom of Sweden' already exists"_s);
        CHECK(must(organisations::find(*db, again)).id == id);
    }
    auto bom = organisations::add(*db, org(u"\ufeffNorway"_s));
    REQUIRE_FALSE(bom);
    CHECK(bom.error().message.startsWith(u"name: contains an invisible character (U+FEFF"_s));
    CHECK(count(*db, u"SELECT COUNT(*) FROM organisation"_s) == 1);
    // The unique index itself refuses a second key, whatever writes it.
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(u"INSERT INTO organisation (name, kind, name_key) VALUES "
                       "('Other', 'state', 'kingdom of sweden')"_s));

    // A pledge typed with the no-break space goes to the same donor.
    must(ledger::recordPledge(*db, pledge(u"Kingdom\u00a0of Sweden"_s, u"SE-1"_s, 100000)));
    CHECK(count(*db, u"SELECT COUNT(*) FROM pledge WHERE donor_id = %1"_s.arg(id)) == 1);
}

TEST_CASE("organisation fields are checked, each error naming its field", "[organisations]")
{
    imdp::test::TempDir t;
    auto db = emptyFund(t.file(u"f.imdp"_s));
    const auto refused = [&](Organisation o, const QString &start) {
        auto r = organisations::add(*db, o);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::BadInput);
        CHECK(r.error().message.startsWith(start));
    };
    Organisation o = org(u"UNDP"_s, u"agency"_s);
    o.kind = u"club"_s;
    refused(o, u"kind: 'club' is not one of"_s);
    o = org(u"UNDP"_s, u"agency"_s);
    o.country = u"XX"_s;
    refused(o, u"country: 'XX' is not an ISO 3166"_s);
    o.country.clear();
    o.iatiRef = u"41114"_s;
    refused(o, u"iati_ref: '41114' is not an IATI organisation identifier"_s);
    o.iatiRef = u"XM-DAC-41114"_s;
    o.email = u"undp.org"_s;
    refused(o, u"email: 'undp.org' is not an e-mail address"_s);
    o.email = u"a@b"_s;
    refused(o, u"email:"_s);
    o.email = u"fund@undp.org"_s;
    o.country = u"us"_s;
    o.contact = u"Ms A. Officer"_s;
    o.gmgMember = true;
    o.shortName = u" UNDP "_s;
    must(organisations::add(*db, o));
    const Organisation stored = must(organisations::find(*db, u"UNDP"_s));
    CHECK(stored.country == u"US"_s);
    CHECK(stored.iatiRef == u"XM-DAC-41114"_s);
    CHECK(stored.email == u"fund@undp.org"_s);
    CHECK(stored.shortName == u"UNDP"_s);
    CHECK(stored.gmgMember);
    CHECK(count(*db, u"SELECT COUNT(*) FROM organisation"_s) == 1);
}

TEST_CASE("edit, rename, retire and un-retire are audited with before and after", "[organisations]")
{
    imdp::test::TempDir t;
    auto db = emptyFund(t.file(u"f.imdp"_s));
    must(organisations::add(*db, org(u"Kingdom of Belgum"_s)));
    must(organisations::add(*db, org(u"International Labour Organization"_s, u"agency"_s)));
    Organisation o = must(organisations::find(*db, u"Kingdom of Belgum"_s));
    o.name = u"Kingdom of Belgium"_s;
    o.country = u"BE"_s;
    const Organisation after = must(organisations::edit(*db, u"Kingdom of Belgum"_s, o));
    CHECK(after.name == u"Kingdom of Belgium"_s);
    QJsonObject a = lastAudit(*db, u"organisation.rename"_s);
    CHECK(a.value(u"before"_s).toObject().value(u"name"_s).toString() == u"Kingdom of Belgum"_s);
    CHECK(a.value(u"after"_s).toObject().value(u"name"_s).toString() == u"Kingdom of Belgium"_s);
    CHECK(a.value(u"before"_s).toObject().value(u"country"_s).toString().isEmpty());
    CHECK(a.value(u"after"_s).toObject().value(u"country"_s).toString() == u"BE"_s);
    CHECK_FALSE(organisations::find(*db, u"Kingdom of Belgum"_s));

    // A rename onto another organisation's name is refused.
    o = after;
    o.name = u"international labour  organization"_s;
    auto clash = organisations::edit(*db, u"Kingdom of Belgium"_s, o);
    REQUIRE_FALSE(clash);
    CHECK(
        clash.error().message.startsWith(u"name: an organisation called 'International Labour"_s));

    mustOk(organisations::setRetired(*db, u"Kingdom of Belgium"_s, true));
    a = lastAudit(*db, u"organisation.retire"_s);
    CHECK(a.value(u"before"_s).toObject().value(u"retired"_s).toBool() == false);
    CHECK(a.value(u"after"_s).toObject().value(u"retired"_s).toBool() == true);
    CHECK(must(organisations::find(*db, u"Kingdom of Belgium"_s)).retired);
    auto again = organisations::setRetired(*db, u"Kingdom of Belgium"_s, true);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Refused);

    // Retired: not used for a new record, and the message says how to bring it back.
    auto p = ledger::recordPledge(*db, pledge(u"Kingdom of Belgium"_s, u"BE-1"_s, 5000));
    REQUIRE_FALSE(p);
    CHECK(p.error().code == ErrorCode::Refused);
    CHECK(p.error().message.startsWith(u"donor: Kingdom of Belgium is retired"_s));
    CHECK(p.error().message.contains(u"imdp org retire --undo"_s));
    // Unknown: bad input saying how to add it.
    auto unknown = ledger::recordPledge(*db, pledge(u"Kingdom of Spain"_s, u"ES-1"_s, 5000));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::BadInput);
    CHECK(unknown.error().message.startsWith(
        u"donor: 'Kingdom of Spain' is not a known organisation"_s));
    CHECK(unknown.error().message.contains(u"imdp org add"_s));

    mustOk(organisations::setRetired(*db, u"Kingdom of Belgium"_s, false));
    a = lastAudit(*db, u"organisation.unretire"_s);
    CHECK(a.value(u"after"_s).toObject().value(u"retired"_s).toBool() == false);
    must(ledger::recordPledge(*db, pledge(u"Kingdom of Belgium"_s, u"BE-1"_s, 5000)));
}

TEST_CASE("a retired organisation stays on a proposal's edit but not on a new proposal",
          "[organisations]")
{
    imdp::test::TempDir t;
    auto db = emptyFund(t.file(u"f.imdp"_s));
    must(organisations::add(*db, org(u"ILO"_s, u"agency"_s)));
    Proposal p;
    p.code = u"P-1"_s;
    p.title = u"Statistics"_s;
    p.applicant = u"ILO"_s;
    must(pipeline::add(*db, p));
    mustOk(organisations::setRetired(*db, u"ILO"_s, true));
    ProposalChange c;
    c.title = u"Labour statistics"_s;
    mustOk(pipeline::edit(*db, u"P-1"_s, c));
    p.code = u"P-2"_s;
    auto r = pipeline::add(*db, p);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.startsWith(u"applicant: ILO is retired"_s));
}

TEST_CASE("deleting an organisation is refused once a record refers to it", "[organisations]")
{
    imdp::test::TempDir t;
    auto db = emptyFund(t.file(u"f.imdp"_s));
    must(organisations::add(*db, org(u"Typo Donor"_s)));
    must(organisations::add(*db, org(u"Japan"_s)));
    must(ledger::recordPledge(*db, pledge(u"Japan"_s, u"JP-1"_s, 100000)));
    auto r = organisations::remove(*db, u"Japan"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Refused);
    INFO(r.error().message.toStdString());
    CHECK(r.error().message.startsWith(u"organisation: Japan cannot be deleted, records refer to "
                                       "it (1 pledge(s), 2 journal posting(s))"_s));
    CHECK(
        must(organisations::usageOf(*db, must(organisations::find(*db, u"Japan"_s)).id)).pledges ==
        1);
    mustOk(organisations::remove(*db, u"Typo Donor"_s));
    CHECK(lastAudit(*db, u"organisation.delete"_s)
              .value(u"before"_s)
              .toObject()
              .value(u"name"_s)
              .toString() == u"Typo Donor"_s);
    CHECK(count(*db, u"SELECT COUNT(*) FROM organisation"_s) == 1);
}

TEST_CASE("a merge moves every reference to the organisation kept, history included, and verify "
          "still passes",
          "[organisations]")
{
    imdp::test::TempDir t;
    auto db = emptyFund(t.file(u"f.imdp"_s));
    ledger::registerVerifyChecks();
    must(organisations::add(*db, org(u"Kingdom of Sweden"_s)));
    must(organisations::add(*db, org(u"ILO"_s, u"agency"_s)));
    must(ledger::recordPledge(*db, pledge(u"Kingdom of Sweden"_s, u"SE-1"_s, 100000)));
    // The duplicate: typed by a receipts import (which creates unknown donors).
    const QString csv = t.file(u"r.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-03-05,Swedish Government,donor,USD,200.00,1,R-1\n"
                               "2026-03-06,Kingdom of Sweden,donor,USD,50.00,1,R-2\n");
    const auto imported = must(ledger::importReceipts(*db, csv));
    REQUIRE(imported.problems.isEmpty());
    CHECK(imported.created == QStringList{u"Swedish Government"_s});
    must(ledger::recordPledge(*db, pledge(u"Swedish Government"_s, u"SE-2"_s, 300000)));
    Proposal p;
    p.code = u"P-1"_s;
    p.title = u"Remittances"_s;
    p.applicant = u"ILO"_s;
    p.partner = u"Swedish Government"_s;
    must(pipeline::add(*db, p));
    const qint64 dupId = must(organisations::find(*db, u"Swedish Government"_s)).id;
    const qint64 keptId = must(organisations::find(*db, u"Kingdom of Sweden"_s)).id;
    REQUIRE(verify::run(*db).ok());

    mustOk(organisations::merge(*db, u"Swedish Government"_s, u"Kingdom of Sweden"_s));
    for (const QString &sql :
         {u"SELECT COUNT(*) FROM pledge WHERE donor_id = %1"_s,
          u"SELECT COUNT(*) FROM receipt WHERE donor_id = %1"_s,
          u"SELECT COUNT(*) FROM posting WHERE donor_id = %1 OR partner_id = %1"_s,
          u"SELECT COUNT(*) FROM proposal WHERE applicant_id = %1 OR partner_id = %1"_s})
        CHECK(count(*db, sql.arg(dupId)) == 0);
    CHECK(count(*db, u"SELECT COUNT(*) FROM pledge WHERE donor_id = %1"_s.arg(keptId)) == 2);
    CHECK(count(*db, u"SELECT COUNT(*) FROM receipt WHERE donor_id = %1"_s.arg(keptId)) == 2);
    CHECK(must(pipeline::find(*db, u"P-1"_s)).partner == u"Kingdom of Sweden"_s);
    // The duplicate is an alias now: left out of the directory, found as the one kept.
    const auto list = must(organisations::list(*db));
    CHECK(std::none_of(list.cbegin(), list.cend(),
                       [](const Organisation &o) { return o.name == u"Swedish Government"_s; }));
    CHECK(must(organisations::find(*db, u"Swedish Government"_s)).id == keptId);
    // Audited: who was merged into whom, what moved, the imports' new digests.
    const QJsonObject a = lastAudit(*db, u"organisation.merge"_s);
    CHECK(a.value(u"duplicate"_s).toObject().value(u"name"_s).toString() ==
          u"Swedish Government"_s);
    CHECK(a.value(u"kept"_s).toString() == u"Kingdom of Sweden"_s);
    CHECK(a.value(u"moved"_s).toObject().value(u"pledge.donor_id"_s).toInt() == 1);
    CHECK(a.value(u"moved"_s).toObject().value(u"receipt.donor_id"_s).toInt() == 1);
    CHECK(a.value(u"import_digests"_s).toObject().size() == 1);
    // The ledger's own checks and the import digest hold after the merge.
    const verify::Findings after = verify::run(*db);
    for (const auto &o : after.outcomes)
        INFO(o.name.toStdString() + ": " + o.lines().join(u"; "_s).toStdString());
    CHECK(after.ok());
    CHECK(must(ledger::verifyImports(*db)).isEmpty());

    // Immutable rows stay immutable for anything else than a merge's move.
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(u"UPDATE posting SET usd_minor = usd_minor + 1 WHERE id = 1"_s));
    CHECK_FALSE(q.exec(u"UPDATE receipt SET donor_id = %1 WHERE donor_id = %2"_s
                           .arg(must(organisations::find(*db, u"ILO"_s)).id)
                           .arg(keptId)));
    CHECK_FALSE(q.exec(u"UPDATE posting SET donor_id = NULL WHERE donor_id = %1"_s.arg(keptId)));
    CHECK_FALSE(
        q.exec(u"UPDATE posting SET donor_id = %1 WHERE donor_id = %2"_s.arg(dupId).arg(keptId)));
    CHECK_FALSE(q.exec(u"UPDATE receipt SET donor_id = %1 WHERE donor_id = %2"_s
                           .arg(must(organisations::find(*db, u"ILO"_s)).id)
                           .arg(keptId)));
    INFO(q.lastError().text().toStdString());
    CHECK(q.lastError().text().contains(u"receipt rows are immutable"_s));

    // Merging it again, or into itself, is refused.
    auto twice = organisations::merge(*db, u"Swedish Government"_s, u"Kingdom of Sweden"_s);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Refused);
}

TEST_CASE("a merge is refused when both organisations sit on one record in roles that must "
          "differ",
          "[organisations]")
{
    imdp::test::TempDir t;
    auto db = emptyFund(t.file(u"f.imdp"_s));
    must(organisations::add(*db, org(u"International Labour Organization"_s, u"agency"_s)));
    must(organisations::add(*db, org(u"Intl Labour Org"_s, u"agency"_s)));
    must(organisations::add(*db, org(u"World Bank"_s, u"bank"_s)));
    Proposal p;
    p.code = u"P-1"_s;
    p.title = u"Statistics"_s;
    p.applicant = u"International Labour Organization"_s;
    must(pipeline::add(*db, p));
    review::Assignment a;
    a.reviewer = u"R. Viewer"_s;
    a.organisation = u"Intl Labour Org"_s;
    mustOk(review::assign(*db, u"P-1"_s, a));
    const qint64 audits = count(*db, u"SELECT COUNT(*) FROM audit_event"_s);
    auto r =
        organisations::merge(*db, u"Intl Labour Org"_s, u"International Labour Organization"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Refused);
    CHECK(r.error().message.startsWith(u"into: on proposal P-1, reviewer R. Viewer"_s));
    // A bank and a non-bank organisation never merge (the DGF cap counts on the kind).
    auto bank = organisations::merge(*db, u"World Bank"_s, u"Intl Labour Org"_s);
    REQUIRE_FALSE(bank);
    CHECK(bank.error().message.contains(u"cannot be merged"_s));
    // Nothing written.
    CHECK(count(*db, u"SELECT COUNT(*) FROM audit_event"_s) == audits);
    CHECK(count(*db, u"SELECT COUNT(*) FROM organisation WHERE merged_into IS NOT NULL"_s) == 0);
}

TEST_CASE("the organisations CSV import is all or nothing, each bad row named", "[organisations]")
{
    imdp::test::TempDir t;
    auto db = emptyFund(t.file(u"f.imdp"_s));
    const QString bad = t.file(u"bad.csv"_s);
    imdp::test::writeFile(bad, "name,kind,short_name,gmg_member,country,iati_ref,email\n"
                               "Kingdom of Sweden,state,,no,SE,SE-0,\n"
                               "UNDP,club,,yes,,,\n"
                               "Kingdom\xc2\xa0of Sweden,state,,,,,\n"
                               "IOM,agency,,maybe,,,\n"
                               "OECD,other,,,,,oecd\n");
    const auto r = must(ledger::importOrganisations(*db, bad));
    CHECK(r.rows == 0);
    REQUIRE(r.problems.size() == 4);
    CHECK(r.problems.at(0).endsWith(u"bad.csv:3: kind: 'club' is not one of state, bank, "
                                    "foundation, private, agency, ngo, commission, other"_s));
    CHECK(r.problems.at(1).endsWith(
        u"bad.csv:4: name: an organisation called 'Kingdom of Sweden' already exists"_s));
    CHECK(r.problems.at(2).endsWith(u"bad.csv:5: gmg_member: 'maybe' must be yes or no"_s));
    CHECK(r.problems.at(3).contains(u"bad.csv:6: email:"_s));
    CHECK(count(*db, u"SELECT COUNT(*) FROM organisation"_s) == 0);

    const QString good = t.file(u"good.csv"_s);
    imdp::test::writeFile(good, "kind,name,short_name,gmg_member,country\n"
                                "state,Kingdom of Sweden,,no,SE\n"
                                "agency,United Nations Development Programme,UNDP,yes,\n");
    const auto ok = must(ledger::importOrganisations(*db, good));
    CHECK(ok.rows == 2);
    CHECK(ok.created.size() == 2);
    CHECK(must(organisations::find(*db, u"UNDP"_s)).gmgMember);
    CHECK(count(*db, u"SELECT COUNT(*) FROM audit_event WHERE command = 'organisation.add'"_s) ==
          2);
}

TEST_CASE("a receipts import preview lists the organisations it would create", "[organisations]")
{
    imdp::test::TempDir t;
    auto db = emptyFund(t.file(u"f.imdp"_s));
    must(organisations::add(*db, org(u"Kingdom of Sweden"_s)));
    const QString csv = t.file(u"r.csv"_s);
    imdp::test::writeFile(csv, "date,donor,source,currency,amount,usd_rate,reference\n"
                               "2026-03-05,Kingdom of Swedne,donor,USD,200.00,1,R-1\n"
                               "2026-03-06,Kingdom\xc2\xa0of Sweden,donor,USD,50.00,1,R-2\n");
    const auto preview = must(ledger::previewImport(*db, ledger::ImportKind::Receipts, csv));
    CHECK(preview.result.created == QStringList{u"Kingdom of Swedne"_s});
    CHECK(count(*db, u"SELECT COUNT(*) FROM organisation"_s) == 1);
}

TEST_CASE("the directory step keys existing names and keeps colliding ones", "[organisations]")
{
    imdp::test::TempDir t;
    const QString path = t.file(u"old.imdp"_s);
    const int before = imdp::test::versionBefore(u"ALTER TABLE organisation ADD COLUMN name_key"_s);
    {
        auto db = must(Database::create(path, {}, before));
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"INSERT INTO organisation (name, kind) VALUES ('Kingdom of Sweden', "
                       "'state'), ('Kingdom\u00a0of Sweden', 'state'), ('UNDP', 'agency')"_s));
    }
    auto db = must(Database::open(path));
    CHECK(db->schemaVersion() == schema::latestVersion());
    CHECK(count(*db, u"SELECT COUNT(*) FROM organisation"_s) == 3);
    CHECK(count(*db, u"SELECT COUNT(*) FROM organisation WHERE name_key = 'kingdom of sweden'"_s) ==
          1);
    CHECK(count(*db, u"SELECT COUNT(*) FROM organisation WHERE name_key = 'undp'"_s) == 1);
    // Both stay in the directory, for the officer to merge.
    CHECK(must(organisations::list(*db)).size() == 3);
    mustOk(organisations::merge(*db, u"Kingdom\u00a0of Sweden"_s, u"Kingdom of Sweden"_s));
    CHECK(must(organisations::list(*db)).size() == 2);
}
