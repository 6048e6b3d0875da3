#pragma once

#include "db/databaselocation.h"

#include <QMainWindow>

#include <memory>

class AccountListModel;
class AccountSession;
class CredentialStore;
class NumbersTab;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;

// The LineDesk window: the five tabs of the portal, the menus, and a status bar with the backend,
// the account and its balance. Geometry, the last tab and the last database are remembered.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AccountSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens what the user had last time, else the default database (created with the demo account
    // on first run). A server is not reconnected silently: the dialog opens, filled in.
    void openStartupDatabase();
    // Opens a database and makes it current; on failure shows why and keeps the current one.
    bool openDatabase(const DatabaseLocation &location, bool createDemoIfEmpty = false);

    QTabWidget *tabs() const { return m_tabs; }
    // Where remembered server passwords live (the system keychain unless a test gives another).
    void setCredentialStore(CredentialStore *store);

public slots:
    void showOpenDatabaseDialog();
    void showConnectServerDialog();
    void showAbout();
    void setLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createTabs();
    void addPage(QWidget *page, const QString &objectName);
    void retranslateUi();
    void updateNumbersTabTitle();
    // Asks about every page's unsaved draft (Save / Discard / Cancel); false when the user cancels.
    bool resolvePendingChanges();
    void onCurrentTabChanged(int index);
    void refreshStatus();
    void refreshAccounts();
    void restoreWindowState();
    // Connect to Server: the dialog (filled in with location and any remembered password) until
    // the user connects or cancels; the password is remembered or forgotten as the user chose.
    bool connectToServer(const DatabaseLocation &location);

    AccountSession *m_session;
    std::unique_ptr<CredentialStore> m_keychain;
    CredentialStore *m_credentials = nullptr;
    QTabWidget *m_tabs;
    NumbersTab *m_numbersTab = nullptr;
    int m_currentTab = -1;
    bool m_returningToTab = false;
    AccountListModel *m_accountModel;
    QLabel *m_backendLabel;
    QComboBox *m_accountCombo;
    QLabel *m_balanceLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_importCallsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QList<QAction *> m_tabActions;
    QActionGroup *m_languageGroup = nullptr;
};
