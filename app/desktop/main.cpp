// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
// imdp-desk: the desktop application. Thin: set up the application, open a file, show the window.
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/screenshots.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"IMDP"_s);
    QCoreApplication::setApplicationName(u"IMDP Desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IMDP_VERSION));
    QGuiApplication::setDesktopFileName(u"imdp-desk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "IMDP Desk: grant administration for the IMDP trust fund."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"FILE"_s,
                                 QCoreApplication::translate("main", "The fund file to open."));
    const QCommandLineOption screenshots(
        u"screenshots"_s,
        QCoreApplication::translate("main", "Render each main page into FOLDER and quit."),
        u"FOLDER"_s);
    const QCommandLineOption language(
        u"language"_s, QCoreApplication::translate("main", "Interface language: en, fr or es."),
        u"CODE"_s);
    parser.addOption(screenshots);
    parser.addOption(language);
    parser.process(app);

    imdp::ui::applyLanguage(parser.isSet(language) ? parser.value(language)
                                                   : imdp::ui::preferredLanguage());

    imdp::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
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
