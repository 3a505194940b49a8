// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "ui/mainwindow.h"

#include "core/fund/fund.h"
#include "core/ledger/opening.h"
#include "core/storage/database.h"
#include "core/validate.h"
#include "ui/dialogs.h"
#include "ui/entry/importpreviewdialog.h"
#include "ui/fundsession.h"
#include "ui/helpdialogs.h"
#include "ui/labels.h"
#include "ui/models/models.h"
#include "ui/pages/committeepage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/fundingpage.h"
#include "ui/pages/ledgerpage.h"
#include "ui/pages/organisationspage.h"
#include "ui/pages/pipelinepage.h"
#include "ui/pages/placeholderpage.h"
#include "ui/pages/reportspage.h"
#include "ui/pages/reviewspage.h"
#include "ui/preferencesdialog.h"
#include "ui/setup/fundsettingsdialog.h"
#include "ui/setup/newfundwizard.h"
#include "ui/setup/programmedialog.h"
#include "ui/verifydialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProgressBar>
#include <QScreen>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSysInfo>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace imdp::ui {

namespace {
constexpr int maxRecent = 8;
const QString fundFilter()
{
    return QCoreApplication::translate("MainWindow", "IMDP funds (*.imdp);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new FundSession(this))
{
    setObjectName(u"mainWindow"_s);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_fileLabel->setMinimumWidth(1); // a deep path is cut, not a reason for a wider window
    statusBar()->addPermanentWidget(m_fileLabel);
    // What the desktop just did stays in the status bar for a while; after an export, Open Folder
    // shows the file where it was written (issue 20).
    m_openFolder = new QToolButton(this);
    m_openFolder->setObjectName(u"openFolder"_s);
    m_openFolder->setAutoRaise(true);
    m_openFolder->setText(tr("Open Folder"));
    m_openFolder->hide();
    statusBar()->addPermanentWidget(m_openFolder);
    connect(m_openFolder, &QToolButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_openFolder->property("folder").toString()));
    });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            m_openFolder->hide();
    });
    connect(m_session, &FundSession::announced, this, &MainWindow::announce);
    // The scheduled whole-file check, while it runs in the background: a busy bar and a note.
    m_checkLabel = new QLabel(this); // its text set by buildUi(), again at a language change
    m_checkLabel->setObjectName(u"fullCheckLabel"_s);
    m_checkBar = new QProgressBar(this);
    m_checkBar->setObjectName(u"fullCheckProgress"_s);
    m_checkBar->setRange(0, 0);
    m_checkBar->setMaximumWidth(120);
    statusBar()->addWidget(m_checkLabel);
    statusBar()->addWidget(m_checkBar);
    m_checkLabel->hide();
    m_checkBar->hide();
    connect(m_session, &FundSession::fullCheckStarted, this, [this] {
        m_checkLabel->show();
        m_checkBar->show();
    });
    connect(m_session, &FundSession::fullCheckFinished, this, [this](bool passed) {
        m_checkLabel->hide();
        m_checkBar->hide();
        buildPages(); // the pages read the fund's writability when built
        updateTitle();
        if (!passed && m_session->database())
            dialogs::warning(this, tr("The scheduled check found a problem"),
                             m_session->database()->readOnlyReason());
    });
    buildUi();
    connect(m_session, &FundSession::opened, this, [this] {
        buildPages();
        updateTitle();
    });
    connect(m_session, &FundSession::closed, this, [this] {
        buildPages();
        updateTitle();
    });
    const QScreen *screen = QGuiApplication::primaryScreen();
    placeOn(screen ? screen->availableGeometry() : QRect(0, 0, 1024, 700),
            QSettings().value(u"ui/geometry"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

QRect MainWindow::firstGeometry(const QRect &available)
{
    // 1200x780 where there is room; on a smaller screen (1024x700 under a window manager) the
    // screen's room less the frame the window manager adds, so that the title bar and the status
    // bar are both on screen.
    const QRect room = available.marginsRemoved(frameAllowance);
    QRect r(QPoint(0, 0), QSize(1200, 780).boundedTo(room.size()).expandedTo(QSize(320, 240)));
    r.moveCenter(room.center());
    return r;
}

void MainWindow::placeOn(const QRect &available, const QByteArray &saved)
{
    // The saved geometry only when it fits the screen as it is now (a window saved on a larger
    // monitor would open partly off this one).
    if (!saved.isEmpty() && restoreGeometry(saved)) {
        if (isMaximized() || isFullScreen()
            || available.marginsRemoved(frameAllowance).contains(geometry()))
            return;
        setWindowState(windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    }
    setGeometry(firstGeometry(available));
}

void MainWindow::announce(const QString &message, const QString &folder)
{
    if (message.isEmpty())
        return;
    statusBar()->showMessage(message, 15000);
    m_openFolder->setProperty("folder", folder);
    m_openFolder->setVisible(!folder.isEmpty());
}

void MainWindow::buildUi()
{
    if (m_checkLabel)
        m_checkLabel->setText(
            tr("Checking the whole file (scheduled check); read-only until it passes"));
    buildMenus();
    buildPages();
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New Fund…"), this, &MainWindow::newFund);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open…"), this, &MainWindow::openFundDialog);
    a->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeFund);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(m_session->isOpen());
    file->addSeparator();
    m_settingsAction = file->addAction(tr("Fund &Settings…"), this, &MainWindow::fundSettings);
    m_settingsAction->setObjectName(u"fundSettingsAction"_s);
    m_settingsAction->setEnabled(m_session->isOpen());
    m_objectivesAction = file->addAction(tr("Ob&jectives and Areas…"), this,
                                         [this] { programme(ProgrammeDialog::Objectives); });
    m_objectivesAction->setObjectName(u"objectivesAction"_s);
    m_objectivesAction->setEnabled(m_session->isOpen());
    m_windowsAction = file->addAction(tr("Funding &Windows…"), this,
                                      [this] { programme(ProgrammeDialog::Windows); });
    m_windowsAction->setObjectName(u"windowsAction"_s);
    m_windowsAction->setEnabled(m_session->isOpen());
    m_openingAction =
        file->addAction(tr("Import Opening &Balances…"), this, &MainWindow::importOpening);
    m_openingAction->setObjectName(u"openingAction"_s);
    m_openingAction->setEnabled(m_session->isOpen());
    m_verifyAction = file->addAction(tr("&Verify Fund…"), this, &MainWindow::verifyFund);
    m_verifyAction->setObjectName(u"verifyAction"_s);
    m_verifyAction->setEnabled(m_session->isOpen());
    file->addSeparator();
    a = file->addAction(tr("&Preferences…"), this, &MainWindow::preferences);
    a->setShortcut(QKeySequence::Preferences);
    if (a->shortcut().isEmpty())
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    a->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    a = help->addAction(tr("&User Guide"), this, [this] {
        UserGuideDialog dialog(this);
        dialogs::exec(&dialog);
    });
    a->setObjectName(u"userGuideAction"_s);
    a->setShortcut(QKeySequence::HelpContents);
    a = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialogs::exec(&dialog);
    });
    a->setObjectName(u"shortcutsAction"_s);
    help->addSeparator();
    a = help->addAction(tr("&About IMDP Desk"), this, &MainWindow::about);
    a->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildPages()
{
    const int current = m_pages ? m_pages->currentIndex() : 0;
    auto *central = new QStackedWidget(this);

    // Welcome: nothing open.
    auto *welcome = new QWidget(central);
    welcome->setObjectName(u"welcome"_s);
    auto *wl = new QVBoxLayout(welcome);
    wl->addStretch(1);
    auto *title = new QLabel(tr("<h2>IMDP Desk</h2><p>No fund is open. Create a fund file or open "
                                "an existing one.</p>"),
                             welcome);
    title->setAlignment(Qt::AlignCenter);
    wl->addWidget(title);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *newButton = new QPushButton(tr("New Fund…"), welcome);
    auto *openButton = new QPushButton(tr("Open…"), welcome);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newFund);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openFundDialog);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    wl->addLayout(buttons);
    wl->addStretch(2);
    central->addWidget(welcome);

    // The fund: navigation side bar and the pages.
    auto *work = new QWidget(central);
    auto *hl = new QHBoxLayout(work);
    hl->setContentsMargins(0, 0, 0, 0);
    m_nav = new QListWidget(work);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setSpacing(2);
    m_pages = new QStackedWidget(work);
    m_pages->setObjectName(u"pages"_s);
    hl->addWidget(m_nav);
    hl->addWidget(m_pages, 1);
    central->addWidget(work);

    const QStringList names{tr("Dashboard"), tr("Donors & Funding"), tr("Ledger"), tr("Pipeline"),
                            tr("Reviews"),   tr("Committee"),        tr("Reports"),
                            tr("Organisations")};
    // As wide as its longest name in this language, but never wider than about 18 average
    // letters: a longer name ("Donateurs et financement") goes onto two lines, and the pages
    // (the Pipeline board above all) get the rest of a 1024-pixel screen.
    m_nav->setWordWrap(true);
    m_nav->setTextElideMode(Qt::ElideNone);
    int widest = 0;
    for (const QString &n : names) {
        m_nav->addItem(n);
        m_nav->item(m_nav->count() - 1)->setToolTip(n);
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(n));
    }
    const int padding = 2 * m_nav->frameWidth() + 2 * m_nav->spacing() + 16;
    m_nav->setFixedWidth(std::clamp(widest + padding, 110,
                                    navigationMaxLetters * m_nav->fontMetrics().averageCharWidth()
                                        + padding));
    // Each item as high as its name wrapped at that width (the list view would measure it on
    // one line): two lines for a name longer than the bar.
    const int textWidth = m_nav->width() - padding + 8;
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        const QRect r = m_nav->fontMetrics().boundingRect(QRect(0, 0, textWidth, 0),
                                                          Qt::TextWordWrap, item->text());
        item->setSizeHint(QSize(textWidth, r.height() + 4));
    }

    if (m_session->isOpen()) {
        m_pages->addWidget(new DashboardPage(m_session, m_pages));

        m_pages->addWidget(new FundingPage(m_session, m_pages));
        m_pages->addWidget(new LedgerPage(m_session, m_pages));

        m_pages->addWidget(new PipelinePage(m_session, m_pages));

        m_pages->addWidget(new ReviewsPage(m_session, m_pages));
        m_pages->addWidget(new CommitteePage(m_session, m_pages));
        m_pages->addWidget(new ReportsPage(m_session, m_pages));
        m_pages->addWidget(new OrganisationsPage(m_session, m_pages));
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(std::clamp(current, 0, int(PageCount) - 1));
    central->setCurrentIndex(m_session->isOpen() ? 1 : 0);

    QWidget *old = m_central;
    setCentralWidget(central);
    // A widget laid into a window already on screen is only shown by an event posted for later
    // (QLayout::addChildWidget): until the event loop ran, the new pages were hidden and a grab
    // of the window, as a test takes right after openFile(), came out blank. Show it now.
    if (isVisible())
        central->show();
    m_central = central;
    delete old;
    if (m_closeAction)
        m_closeAction->setEnabled(m_session->isOpen());
    for (QAction *a : {m_settingsAction, m_objectivesAction, m_windowsAction, m_openingAction,
                       m_verifyAction}) {
        if (a)
            a->setEnabled(m_session->isOpen());
    }
}

QWidget *MainWindow::page(Page p) const
{
    return m_pages ? m_pages->widget(p) : nullptr;
}

DashboardPage *MainWindow::dashboard() const
{
    return qobject_cast<DashboardPage *>(page(Dashboard));
}

void MainWindow::showPage(Page p)
{
    m_nav->setCurrentRow(p);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_nav->currentRow());
}

bool MainWindow::openFile(const QString &path)
{
    auto s = m_session->open(path);
    const auto holder = core::FileLock::holder(path);
    if (!s && s.error().code == core::ErrorCode::Refused && holder) {
        // Someone else writes this file: offer to look at it read-only, or to break a lock
        // that no live program on this computer holds.
        const bool breakable = !holder->readable || holder->isStale()
                               || holder->host != QSysInfo::machineHostName();
        switch (dialogs::askInUse(this, errorText(s.error()), breakable)) {
        case dialogs::InUseAnswer::OpenReadOnly:
            s = m_session->open(path, core::Database::Mode::ReadOnly);
            break;
        case dialogs::InUseAnswer::BreakLock:
            s = m_session->open(path, core::Database::Mode::ReadWrite,
                                core::FileLock::Breaking::StaleOrForeign);
            break;
        case dialogs::InUseAnswer::Cancel:
            return false;
        }
    }
    if (!s) {
        dialogs::error(this, tr("Cannot open the fund"), errorText(s.error()));
        return false;
    }
    core::Database *db = m_session->database();
    QStringList notes = db->warnings();
    // A running scheduled check is shown in the status bar, not as a warning.
    if (!db->readOnlyReason().isEmpty() && !db->fullCheckPending())
        notes.prepend(db->readOnlyReason());
    if (!notes.isEmpty())
        dialogs::warning(this, tr("Opened with a warning"), notes.join(u'\n'));
    rememberRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::reopenLast()
{
    const QStringList recent = recentFiles();
    if (recent.isEmpty() || !QFileInfo::exists(recent.first()))
        return false;
    return openFile(recent.first());
}

void MainWindow::newFund()
{
    NewFundWizard wizard(this);
    if (dialogs::exec(&wizard) != QDialog::Accepted)
        return;
    const QString path = wizard.path();
    if (auto s = m_session->create(
            path, [&wizard](core::Database &db) { return wizard.populate(db); });
        !s) {
        dialogs::error(this, tr("Cannot create the fund"), errorText(s.error()));
        return;
    }
    rememberRecent(QFileInfo(path).absoluteFilePath());
}

void MainWindow::fundSettings()
{
    if (!m_session->database())
        return;
    FundSettingsDialog dialog(m_session, this);
    dialogs::exec(&dialog);
}

void MainWindow::programme(int tab)
{
    if (!m_session->database())
        return;
    ProgrammeDialog dialog(m_session, ProgrammeDialog::Tab(tab), this);
    dialogs::exec(&dialog);
}

void MainWindow::verifyFund()
{
    if (!m_session->isOpen())
        return;
    VerifyDialog d(m_session->path(), this);
    d.start();
    d.exec();
}

void MainWindow::importOpening()
{
    if (!m_session->database())
        return;
    const auto text = dialogs::askText(this, tr("Import Opening Balances"),
                                       tr("Balances as of (YYYY-MM-DD):"));
    if (!text)
        return;
    auto date = core::parseIsoDate(u"date"_s, text->trimmed());
    if (!date) {
        dialogs::error(this, tr("Import Opening Balances"), errorText(date.error()));
        return;
    }
    const QString path = dialogs::openFileName(this, tr("Import Opening Balances"),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportPreviewDialog d(*m_session->database(), core::ledger::ImportKind::Opening, path, this,
                          *date);
    if (dialogs::exec(&d) == QDialog::Accepted)
        m_session->recorded(tr("Opening balances as of %1 imported from %2.")
                                .arg(formatDate(*date), QFileInfo(path).fileName()));
}

void MainWindow::openFundDialog()
{
    const QString path = dialogs::openFileName(this, tr("Open Fund"), fundFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::closeFund()
{
    m_session->close();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About IMDP Desk"),
        tr("<h3>IMDP Desk %1</h3><p>Grant administration for the International Migration and "
           "Development Partnership trust fund: ledger, DGF cap, project pipeline, offline "
           "review, Committee dossiers and reports.</p><p>Qt %2 · SQLite %3</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 core::Database::sqliteVersion()));
}

void MainWindow::preferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(u"ui/recentFiles"_s).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    QSettings().setValue(u"ui/recentFiles"_s, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    if (m_session->isOpen()) {
        const QString path = m_session->path();
        setWindowTitle(tr("%1 — IMDP Desk").arg(QFileInfo(path).fileName()));
        m_fileLabel->setText(
            tr("%1 (%2)").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                              m_session->database()->isReadOnly() ? tr("read-only")
                                                                  : tr("read-write")));
        m_fileLabel->setToolTip(m_fileLabel->text());
    } else {
        setWindowTitle(tr("IMDP Desk"));
        m_fileLabel->setText(tr("No fund open"));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        buildUi();
        updateTitle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(u"ui/geometry"_s, saveGeometry());
    event->accept();
}

} // namespace imdp::ui
