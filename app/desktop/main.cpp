// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp-desk: the desktop application. Thin: set up the application, open a file, show the window.
#include "core/interrupt.h"
#include "core/review/package.h"
#include "ui/dialogs.h"
#include "ui/labels.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/review/reviewwindow.h"
#include "ui/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSocketNotifier>

#include <cstdio>
#include <string_view>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption screenshots{
        u"screenshots"_s,
        QCoreApplication::translate("main", "Render each main page into FOLDER and quit."),
        u"FOLDER"_s};
    QCommandLineOption language{
        u"language"_s, QCoreApplication::translate("main", "Interface language: en, fr or es."),
        u"CODE"_s};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "IMDP Desk: grant administration for the IMDP trust fund."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"FILE"_s,
        QCoreApplication::translate("main", "The fund file, or a review package, to open."));
    parser.addOption(options.screenshots);
    parser.addOption(options.language);
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(u"IMDP"_s);
    QCoreApplication::setApplicationName(u"IMDP Desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IMDP_VERSION));
}

/// --help and --version print and exit without a display: the GUI is not created for them
/// (QApplication aborts when no display can be opened).
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        imdp::ui::applyLanguage(imdp::ui::preferredLanguage());
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    // SIGINT/SIGTERM: a write in progress rolls back (core/interrupt.h) and the application
    // quits through its event loop, closing the fund and removing its lock.
    imdp::core::interrupt::install();
    QSocketNotifier quitOnSignal(imdp::core::interrupt::notifierFd(), QSocketNotifier::Read);
    QObject::connect(&quitOnSignal, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        while (::read(imdp::core::interrupt::notifierFd(), &byte, 1) > 0) {
        }
        QCoreApplication::quit();
    });
    nameApplication();
    QGuiApplication::setDesktopFileName(u"imdp-desk"_s);

    QCommandLineParser parser;
    const Options options;
    const QCommandLineOption &screenshots = options.screenshots;
    const QCommandLineOption &language = options.language;
    describe(parser, options);
    parser.process(app);

    imdp::ui::applyLanguage(parser.isSet(language) ? parser.value(language)
                                                   : imdp::ui::preferredLanguage());

    const QStringList files = parser.positionalArguments();
    // A review package opens in review mode: a reviewer's laptop has no fund file at all.
    if (!files.isEmpty() && files.constFirst().endsWith(imdp::core::review::packageSuffix())) {
        auto package = imdp::core::review::readPackage(files.constFirst());
        if (!package) {
            imdp::ui::dialogs::error(nullptr, QCoreApplication::translate("main", "Review mode"),
                                     imdp::ui::errorText(package.error()));
            return 2;
        }
        imdp::ui::ReviewWindow review(std::move(package).value());
        review.show();
        return QApplication::exec();
    }
    imdp::ui::MainWindow window;
    if (parser.isSet(screenshots)) {
        // Pages are rendered on the file named, never on the user's recent files.
        if (files.isEmpty() || !window.openFile(files.constFirst()))
            return 2;
        const int n = imdp::ui::renderScreenshots(window, parser.value(screenshots));
        std::fprintf(n < 0 ? stderr : stdout, "%d screenshots\n", n);
        return n < 0 ? 2 : 0;
    }
    window.show();
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    else
        window.reopenLast();
    return QApplication::exec();
}
