// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#pragma once

#include <QMainWindow>
#include <QMargins>
#include <QRect>

class QListWidget;
class QStackedWidget;
class QLabel;
class QProgressBar;
class QMenu;
class QToolButton;

namespace imdp::ui {

class FundSession;
class DashboardPage;

/// The one main window: navigation side bar, a page per capability, the open file in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Page {
        Dashboard,
        Funding,
        Ledger,
        Pipeline,
        Reviews,
        Committee,
        Reports,
        Organisations,
        PageCount
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a fund file; on refusal shows one clear dialog and keeps what was open.
    bool openFile(const QString &path);
    /// Reopens the most recent file, if it still exists. Returns whether one was opened.
    bool reopenLast();
    void showPage(Page page);
    Page currentPage() const;

    FundSession *session() const { return m_session; }
    QListWidget *navigation() const { return m_nav; }
    QWidget *page(Page p) const;
    DashboardPage *dashboard() const;

    static QStringList recentFiles();
    /// The side bar is never wider than this many average letters: longer names wrap.
    static constexpr int navigationMaxLetters = 18;
    /// The room a window manager's frame takes around the client area (title bar on top).
    static constexpr QMargins frameAllowance{4, 32, 4, 4};
    /// Where a window without saved geometry opens on a screen whose available area is
    /// `available`: 1200x780 when it fits, else the available area less the frame, centred.
    static QRect firstGeometry(const QRect &available);
    /// Places the window on `available`: the `saved` geometry (saveGeometry()) when it fits
    /// there, else firstGeometry().
    void placeOn(const QRect &available, const QByteArray &saved);
    /// Says in the status bar what was just done (FundSession::announced); `folder`, when set,
    /// is offered by an Open Folder button.
    void announce(const QString &message, const QString &folder = {});

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void buildPages();
    void newFund();
    void openFundDialog();
    void closeFund();
    void about();
    void preferences();
    void fundSettings();
    void importOpening();
    void verifyFund();
    /// File › Objectives and Areas… / Funding Windows…: the programme dialog on that tab.
    void programme(int tab);
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void updateTitle();

    FundSession *m_session;
    QStackedWidget *m_central = nullptr; ///< welcome page, or the navigation + pages
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_fileLabel = nullptr;
    QToolButton *m_openFolder = nullptr;
    QLabel *m_checkLabel = nullptr;
    QProgressBar *m_checkBar = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_openingAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_objectivesAction = nullptr;
    QAction *m_windowsAction = nullptr;
};

} // namespace imdp::ui
