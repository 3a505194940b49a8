// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// The suite's main (core and CLI tests get a QCoreApplication, UI tests a QApplication): offscreen
// platform and a private settings/data/cache home are set before the QApplication exists, so
// `catch_discover_tests` and runs work without a display and never touch the user's own settings or
// recent files.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef IMDP_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif
#include <QLocale>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("IMDP_USER", "tester");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IMDP-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("imdp-tests"));
    return Catch::Session().run(argc, argv);
}
