// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/reports/catalogue.h"

#include "core/reports/dgf.h"
#include "core/reports/forum.h"
#include "core/reports/pipelinereport.h"

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

const QStringList &names()
{
    static const QStringList n{u"sources-uses"_s, u"donor-statement"_s, u"project-summary"_s,
                               u"pipeline"_s, u"forum"_s, u"dgf-preliminary"_s,
                               u"dgf-formal"_s};
    return n;
}

namespace {

template <typename Data>
Result<Statement> presented(Database &db, const Result<Data> &data, Lang lang,
                            Statement (*how)(const Data &, Lang) = &present)
{
    if (!data)
        return data.error();
    Statement s = how(*data, lang);
    if (auto st = fillHeader(db, s); !st)
        return st.error();
    return s;
}

} // namespace

Result<Statement> build(Database &db, const QString &name, const Parameters &p)
{
    if (name == u"sources-uses"_s)
        return presented(db, fundStatement(db, p), p.lang);
    if (name == u"donor-statement"_s)
        return presented(db, donorStatement(db, p), p.lang);
    if (name == u"project-summary"_s)
        return presented(db, projectSummary(db, p), p.lang);
    if (name == u"pipeline"_s)
        return presented(db, pipelineReport(db, p), p.lang);
    if (name == u"forum"_s)
        return presented(db, forumReport(db, p), p.lang);
    if (name == u"dgf-preliminary"_s)
        return presented(db, dgfPack(db, p), p.lang, &presentPreliminary);
    if (name == u"dgf-formal"_s)
        return presented(db, dgfPack(db, p), p.lang, &presentFormal);
    return Error::badInput(u"report"_s, u"reports.report_report"_s,
                           {ErrorArg::txt(name.left(40)), ErrorArg::txt(names().join(u", "_s))});
}

} // namespace imdp::core::reports
