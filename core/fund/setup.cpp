// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/fund/setup.h"

#include "core/committee/meetings.h"
#include "core/fund/fund.h"
#include "core/funding/capstatus.h"
#include "core/ledger/feerule.h"
#include "core/money/money.h"
#include "core/pipeline/proposals.h"
#include "core/storage/audit.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/query.h"
#include "core/storage/transaction.h"
#include "core/validate.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

QString AllSettings::fiscalYearStart() const
{
    return u"%1-%2"_s.arg(fiscalYearStartMonth, 2, 10, QLatin1Char('0'))
        .arg(fiscalYearStartDay, 2, 10, QLatin1Char('0'));
}

bool SettingsChange::isEmpty() const
{
    return !name && !capBps && !fiscalYearStartMonth && !fiscalYearStartDay && !fee &&
           !reviewsRequired && !quorum && !closingWaiverUsdMinor && !attachmentMaxBytes &&
           !reviewSpreadHundredths && !iatiOrgRef && !backupKeep && !backupEveryHours;
}

namespace fund {

namespace {

QString percent(qint64 bps)
{
    return u"%1.%2%"_s.arg(bps / 100).arg(bps % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<AllSettings> allSettings(Database &db)
{
    AllSettings a;
    auto base = settings(db);
    if (!base)
        return base.error();
    a.name = base->name;
    a.fiscalYearStartMonth = base->fiscalYearStartMonth;
    a.fiscalYearStartDay = base->fiscalYearStartDay;
    auto cap = funding::capBps(db);
    if (!cap)
        return cap.error();
    a.capBps = *cap;
    auto fee = ledger::feeRule(db);
    if (!fee)
        return fee.error();
    a.fee = fee->toString();
    auto pl = pipeline::settings(db);
    if (!pl)
        return pl.error();
    a.reviewsRequired = pl->reviewsRequired;
    a.closingWaiverUsdMinor = pl->closingWaiverUsdMinor;
    a.attachmentMaxBytes = pl->attachmentMaxBytes;
    a.reviewSpreadHundredths = pl->reviewSpreadThresholdHundredths;
    auto quorum = meetings::quorumSetting(db);
    if (!quorum)
        return quorum.error();
    a.quorum = *quorum;
    auto iati = settingOr(db, u"iati_org_ref"_s, QString::fromUtf16(kDefaultIatiOrgRef));
    if (!iati)
        return iati.error();
    a.iatiOrgRef = *iati;
    auto keep = backup::keep(db);
    if (!keep)
        return keep.error();
    a.backupKeep = *keep;
    auto everyHours = backup::everyHours(db);
    if (!everyHours)
        return everyHours.error();
    a.backupEveryHours = *everyHours;
    return a;
}

Result<std::pair<int, int>> parseFiscalYearStart(const QString &text)
{
    static const QRegularExpression shape(u"^(\\d\\d)-(\\d\\d)$"_s);
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return Error::badInput(u""_s, u"fund.fiscal_year_start_must"_s,
                               {ErrorArg::txt(text.left(20))});
    const int month = m.captured(1).toInt();
    const int day = m.captured(2).toInt();
    if (auto v = checkFiscalYearStart(month, day); !v)
        return v.error().named(u"fiscal_year_start"_s, u"fiscal-year-start"_s);
    return std::pair{month, day};
}

Result<QString> capWarning(Database &db)
{
    auto st = funding::capStatus(db);
    if (!st)
        return st.error();
    if (st->plan.compliant)
        return QString();
    return u"cap-bps: the plan basis already holds %1 Bank resources, above the cap of %2; "
           "new Bank pledges will be refused until other funding restores it"_s.arg(
               percent(st->plan.shareBps), percent(st->capBps));
}

Result<QStringList> changeSettings(Database &db, const SettingsChange &c)
{
    // Every value first: a bad one names its setting and nothing is written.
    if (c.name) {
        if (auto v = checkLine(u"name"_s, *c.name, 120); !v)
            return v.error();
    }
    if (c.capBps && (*c.capBps < 0 || *c.capBps > 10000))
        return Error::badInput(u""_s, u"fund.cap_bps_must"_s, {ErrorArg::num(*c.capBps)});
    if (c.fiscalYearStartMonth.has_value() != c.fiscalYearStartDay.has_value())
        return Error::badInput(u""_s, u"fund.fiscal_year_start_needs"_s, {});
    if (c.fiscalYearStartMonth) {
        if (auto v = checkFiscalYearStart(*c.fiscalYearStartMonth, *c.fiscalYearStartDay); !v)
            return v.error().named(u"fiscal_year_start"_s, u"fiscal-year-start"_s);
    }
    std::optional<ledger::FeeRule> fee;
    if (c.fee) {
        auto r = ledger::FeeRule::parse(*c.fee);
        if (!r)
            return r.error(); // "fee: ..." already
        fee = *r;
    }
    const QList<std::pair<QString, std::optional<qint64>>> pipelineValues{
        {u"reviews_required"_s,
         c.reviewsRequired ? std::optional<qint64>(*c.reviewsRequired) : std::nullopt},
        {u"closing_waiver_usd_minor"_s, c.closingWaiverUsdMinor},
        {u"attachment_max_bytes"_s, c.attachmentMaxBytes},
        {u"review_spread_threshold"_s, c.reviewSpreadHundredths
                                           ? std::optional<qint64>(*c.reviewSpreadHundredths)
                                           : std::nullopt},
    };
    for (const auto &[key, value] : pipelineValues) {
        if (value) {
            // Named by the option a person typed: reviews_required → reviews-required.
            if (auto v = pipeline::checkSetting(key, *value); !v)
                return v.error().named(
                    key, key == u"closing_waiver_usd_minor"_s ? u"closing-waiver"_s
                         : key == u"attachment_max_bytes"_s   ? u"attachment-limit-mb"_s
                                                              : QString(key).replace(u'_', u'-'));
        }
    }
    if (c.quorum) {
        if (auto v = meetings::checkQuorum(*c.quorum); !v)
            return v.error();
    }
    if (c.iatiOrgRef) {
        static const QRegularExpression shape(u"^[A-Z]{2}-[A-Za-z0-9._/-]{1,60}$"_s);
        if (!shape.match(*c.iatiOrgRef).hasMatch())
            return Error::badInput(u""_s, u"fund.iati_org_ref_iati"_s,
                                   {ErrorArg::txt(c.iatiOrgRef->left(40))});
    }
    if (auto v = backup::checkSchedule(c.backupKeep, c.backupEveryHours); !v)
        return v.error().named(QString(), u"backup-"_s);
    if (db.isReadOnly())
        return Error::refused(u""_s, u"fund.opened_read_only_settings"_s,
                              {ErrorArg::txt(db.path())});

    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto before = allSettings(db);
    if (!before)
        return before.error();
    AllSettings after = *before;
    if (c.name)
        after.name = c.name->trimmed();
    if (c.capBps)
        after.capBps = *c.capBps;
    if (c.fiscalYearStartMonth) {
        after.fiscalYearStartMonth = *c.fiscalYearStartMonth;
        after.fiscalYearStartDay = *c.fiscalYearStartDay;
    }
    if (fee)
        after.fee = fee->toString();
    if (c.reviewsRequired)
        after.reviewsRequired = *c.reviewsRequired;
    if (c.quorum)
        after.quorum = *c.quorum;
    if (c.closingWaiverUsdMinor)
        after.closingWaiverUsdMinor = *c.closingWaiverUsdMinor;
    if (c.attachmentMaxBytes)
        after.attachmentMaxBytes = *c.attachmentMaxBytes;
    if (c.reviewSpreadHundredths)
        after.reviewSpreadHundredths = *c.reviewSpreadHundredths;
    if (c.iatiOrgRef)
        after.iatiOrgRef = *c.iatiOrgRef;
    if (c.backupKeep)
        after.backupKeep = *c.backupKeep;
    if (c.backupEveryHours)
        after.backupEveryHours = *c.backupEveryHours;

    // The rows of fund_setting each value lives in, as its own module reads it.
    const auto n = [](qint64 v) { return QString::number(v); };
    const QList<std::tuple<QString, QString, QString, QString>> rows{
        // audit name, fund_setting key, before, after
        {u"name"_s, u"name"_s, before->name, after.name},
        {u"cap_bps"_s, u"cap_bps"_s, n(before->capBps), n(after.capBps)},
        {u"fiscal_year_start"_s, u"fiscal_year_start_month"_s, before->fiscalYearStart(),
         after.fiscalYearStart()},
        {u"fee"_s, u"admin_fee"_s, before->fee, after.fee},
        {u"reviews_required"_s, u"reviews_required"_s, n(before->reviewsRequired),
         n(after.reviewsRequired)},
        {u"quorum"_s, u"quorum"_s, n(before->quorum), n(after.quorum)},
        {u"closing_waiver_usd_minor"_s, u"closing_waiver_usd_minor"_s,
         n(before->closingWaiverUsdMinor), n(after.closingWaiverUsdMinor)},
        {u"attachment_max_bytes"_s, u"attachment_max_bytes"_s, n(before->attachmentMaxBytes),
         n(after.attachmentMaxBytes)},
        {u"review_spread_threshold"_s, u"review_spread_threshold"_s,
         n(before->reviewSpreadHundredths), n(after.reviewSpreadHundredths)},
        {u"iati_org_ref"_s, u"iati_org_ref"_s, before->iatiOrgRef, after.iatiOrgRef},
        {u"backup_keep"_s, u"backup_keep"_s, n(before->backupKeep), n(after.backupKeep)},
        {u"backup_every_hours"_s, u"backup_every_hours"_s, n(before->backupEveryHours),
         n(after.backupEveryHours)},
    };
    QJsonObject detail;
    const auto put = [&db](const QString &key, const QString &value) {
        Query q(db, u"INSERT INTO fund_setting (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
        q.bind(key).bind(value);
        return q.exec();
    };
    for (const auto &[name, key, from, to] : rows) {
        if (from == to)
            continue;
        detail.insert(name, QJsonObject{{u"from"_s, from}, {u"to"_s, to}});
        if (key == u"fiscal_year_start_month"_s) {
            if (auto s = put(key, n(after.fiscalYearStartMonth)); !s)
                return s.error();
            if (auto s = put(u"fiscal_year_start_day"_s, n(after.fiscalYearStartDay)); !s)
                return s.error();
        } else if (auto s = put(key, to); !s) {
            return s.error();
        }
    }
    QStringList warnings;
    if (detail.isEmpty())
        return warnings; // nothing differs: nothing written, nothing audited
    if (auto s = audit::record(db, u"fund.settings"_s, detail); !s)
        return s.error();
    if (after.capBps < before->capBps) {
        auto w = capWarning(db);
        if (!w)
            return w.error();
        if (!w->isEmpty())
            warnings << *w;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return warnings;
}

} // namespace fund
} // namespace imdp::core
