// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// Issue 19: the review-package import preview (ui/review/reviewdialogs.cpp) describes each
// change in the interface language, from the core's keyed words, not the CLI's English line.
#include "review/reviewfixture.h"
#include "uitest.h"

#include "core/review/package.h"
#include "core/review/review.h"
#include "ui/language.h"
#include "ui/review/reviewdialogs.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;
using namespace imdp;
using imdp::test::must;
using imdp::test::mustOk;

TEST_CASE("the package import preview describes each change in the interface language",
          "[ui][i18n][review]")
{
    imdp::test::ReviewFund f;
    for (const QString &code : {u"P-1"_s, u"P-3"_s}) {
        core::review::Assignment a;
        a.reviewer = u"Ana"_s;
        a.role = code == u"P-1"_s ? u"primary"_s : u"secondary"_s;
        mustOk(core::review::assign(*f, code, a));
    }
    const QString pkg = f.t.file(u"ana.imdpreview"_s);
    must(core::review::exportPackage(*f, u"Ana"_s, pkg));
    auto p = must(core::review::readPackage(pkg));
    core::review::Entry &e = *p.entry(u"P-1"_s);
    e.declaration = u"none"_s;
    e.scores.append({p.rubricOf(u"P-1"_s).first().code, 3, {}}); // one criterion of several
    core::review::Entry &e3 = *p.entry(u"P-3"_s);
    e3.declaration = u"conflict"_s;
    e3.declarationNote = u"Former employer"_s;
    mustOk(core::review::savePackage(p));
    const auto plan = must(core::review::previewImport(*f, pkg));
    const int criteria = int(p.rubricOf(u"P-1"_s).size());

    ui::applyLanguage(u"fr"_s);
    const auto english = qScopeGuard([] {
        ui::applyLanguage(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    ui::PackageImportDialog d(*f, pkg, plan, nullptr);
    d.show();
    QTableWidget *t = d.changes();
    REQUIRE(t->rowCount() == 2);
    CHECK(t->item(0, 0)->text() == u"P-1"_s);
    CHECK(t->item(0, 2)->text() == u"évaluation inachevée (1 sur %1 critères)"_s.arg(criteria));
    CHECK(t->item(1, 2)->text() == u"déclare un conflit d’intérêts"_s);
    for (int r = 0; r < t->rowCount(); ++r)
        CHECK_FALSE(t->item(r, 2)->text().contains(u"review"_s));
}
