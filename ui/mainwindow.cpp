#include "mainwindow.h"

#include "accounts/accountlistmodel.h"
#include "accounts/accountsession.h"
#include "core/localization.h"
#include "dialogs/connectserverdialog.h"
#include "numbers/numberstab.h"
#include "routing/routingtab.h"
#include "finances/financestab.h"
#include "reports/reportstab.h"
#include "server/keychaincredentialstore.h"
#include "subscription/subscriptiontab.h"
#include "widgets/connectionbanner.h"
#include "widgets/pendingchanges.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kTabKey = QStringLiteral("window/tab");
const QString kLastDatabaseKey = QStringLiteral("database/last");
const QString kLanguageKey = QStringLiteral("ui/language");

// Untranslated titles: translated in retranslateUi() so a language change applies at once.
constexpr const char *kTabTitles[] = {QT_TRANSLATE_NOOP("MainWindow", "My Phone Numbers"),
                                      QT_TRANSLATE_NOOP("MainWindow", "Advanced Routing"),
                                      QT_TRANSLATE_NOOP("MainWindow", "Custom Reports"),
                                      QT_TRANSLATE_NOOP("MainWindow", "Finances"),
                                      QT_TRANSLATE_NOOP("MainWindow", "Subscription")};

} // namespace

MainWindow::MainWindow(AccountSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_keychain(std::make_unique<KeychainCredentialStore>()),
      m_credentials(m_keychain.get()), m_tabs(new QTabWidget(this)), m_accountModel(new AccountListModel(this)),
      m_backendLabel(new QLabel(this)), m_accountCombo(new QComboBox(this)), m_balanceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    // The connection banner sits above the tabs and takes no room while the connection is fine.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(new ConnectionBanner(m_session, central));
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_accountCombo->setObjectName(QStringLiteral("accountCombo"));
    m_accountCombo->setModel(m_accountModel);
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_balanceLabel->setObjectName(QStringLiteral("balanceLabel"));
    statusBar()->addPermanentWidget(m_backendLabel);
    statusBar()->addPermanentWidget(m_accountCombo);
    statusBar()->addPermanentWidget(m_balanceLabel);

    createActions();
    createTabs();
    retranslateUi();
    restoreWindowState();

    connect(m_session, &AccountSession::databaseChanged, this, &MainWindow::refreshAccounts);
    connect(m_session, &AccountSession::accountChanged, this, &MainWindow::refreshStatus);
    connect(m_session, &AccountSession::dataChanged, this, &MainWindow::refreshStatus);
    connect(m_session, &AccountSession::changedElsewhere, this, [this](const QString &table) {
        if (table == QLatin1String("ledger_transactions") || table == QLatin1String("*"))
            refreshStatus(); // the balance another user's payment or charge changed
    });
    connect(m_accountCombo, &QComboBox::activated, this, [this](int row) {
        const qint64 id = m_accountModel->index(row).data(AccountListModel::AccountIdRole).toLongLong();
        if (id != m_session->account().id && !resolvePendingChanges()) {
            m_accountCombo->setCurrentIndex(m_accountModel->rowOf(m_session->account().id));
            return;
        }
        if (auto chosen = m_session->setAccount(id); !chosen)
            QMessageBox::warning(this, tr("Switch Account"), chosen.errorMessage());
    });
    m_currentTab = m_tabs->currentIndex();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    refreshAccounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::setCredentialStore(CredentialStore *store)
{
    m_credentials = store ? store : m_keychain.get();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDatabaseDialog);

    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(QStringLiteral("connectServerAction"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectServerDialog);

    m_importCallsAction = new QAction(this);
    m_importCallsAction->setObjectName(QStringLiteral("importCallsAction"));
    m_importCallsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importCallsAction->setEnabled(false); // until the Custom Reports tab says an import may run

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importCallsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < 5; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_viewMenu->addAction(action);
        m_tabActions << action;
    }
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setData(QStringLiteral("system"));
    m_languageMenu->addSeparator();
    QList<QAction *> languageActions{m_systemLanguageAction};
    for (const QString &language : Localization::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(Localization::nativeName(language));
        action->setData(language);
        languageActions << action;
    }
    const QString chosen = QSettings().value(kLanguageKey, QStringLiteral("system")).toString();
    for (QAction *action : languageActions) {
        action->setCheckable(true);
        action->setObjectName(QStringLiteral("languageAction_%1").arg(action->data().toString()));
        action->setChecked(action->data().toString() == chosen);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] { setLanguage(action->data().toString()); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createTabs()
{
    // One line per tab, in the portal's order; each tab's issue replaces its placeholder with the
    // real page from ui/<tab>/ (constructed with m_session, objectName set by the page).
    m_numbersTab = new NumbersTab(m_session, m_tabs);
    addPage(m_numbersTab, QStringLiteral("numbersTab"));
    connect(m_numbersTab, &NumbersTab::unreturnedCountChanged, this, &MainWindow::updateNumbersTabTitle);
    addPage(new RoutingTab(m_session, m_tabs), QStringLiteral("routingTab"));
    auto *reportsTab = new ReportsTab(m_session, m_tabs);
    addPage(reportsTab, QStringLiteral("reportsTab"));
    // File → Import Calls… runs the Custom Reports tab's import, on that tab (where the calls show).
    m_importCallsAction->setEnabled(reportsTab->isImportAllowed());
    connect(reportsTab, &ReportsTab::importAllowedChanged, m_importCallsAction, &QAction::setEnabled);
    connect(m_importCallsAction, &QAction::triggered, this, [this, reportsTab] {
        m_tabs->setCurrentWidget(reportsTab);
        if (m_tabs->currentWidget() == reportsTab) // not when the user kept a tab with unsaved changes
            reportsTab->importCalls();
    });
    addPage(new FinancesTab(m_session, m_tabs), QStringLiteral("financesTab"));
    addPage(new SubscriptionTab(m_session, m_tabs), QStringLiteral("subscriptionTab"));
}

void MainWindow::addPage(QWidget *page, const QString &objectName)
{
    if (page->objectName().isEmpty())
        page->setObjectName(objectName);
    m_tabs->addTab(page, QString()); // titles come from retranslateUi()
}

void MainWindow::retranslateUi()
{
    for (int i = 0; i < m_tabs->count() && i < 5; ++i)
        m_tabs->setTabText(i, tr(kTabTitles[i]));
    updateNumbersTabTitle();
    for (int i = 0; i < m_tabActions.size(); ++i)
        m_tabActions.at(i)->setText(tr(kTabTitles[i]));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Database…"));
    m_openAction->setStatusTip(tr("Open a LineDesk database file"));
    m_connectAction->setText(tr("&Connect to Server…"));
    m_connectAction->setStatusTip(tr("Work on a team's shared PostgreSQL server"));
    m_importCallsAction->setText(tr("&Import Calls…"));
    m_importCallsAction->setStatusTip(tr("Read call records from a CSV file into this account"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About LineDesk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_systemLanguageAction->setText(tr("System Language"));
    refreshStatus();
}

void MainWindow::updateNumbersTabTitle()
{
    // The missed callers nobody has called back yet show on the tab itself, like an inbox's unread
    // count; without an account there is nothing to count.
    const int index = m_tabs->indexOf(m_numbersTab);
    if (index < 0)
        return;
    const QString title = tr(kTabTitles[0]);
    m_tabs->setTabText(index, m_session->hasAccount()
                                  ? tr("%1 (%2)", "tab title: its name (missed callers not called back yet)")
                                        .arg(title, QString::number(m_numbersTab->unreturnedCount()))
                                  : title);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::resolvePendingChanges()
{
    QList<QWidget *> pages;
    for (int i = 0; i < m_tabs->count(); ++i)
        pages << m_tabs->widget(i);
    return PendingChanges::resolveAll(this, pages);
}

void MainWindow::onCurrentTabChanged(int index)
{
    if (m_returningToTab)
        return;
    // Leaving a tab with a draft asks first; Cancel (or a failed save) goes back to it.
    if (QWidget *previous = m_tabs->widget(m_currentTab);
        previous && index != m_currentTab && !PendingChanges::resolve(this, dynamic_cast<PendingChanges *>(previous))) {
        const QScopedValueRollback returning(m_returningToTab, true);
        m_tabs->setCurrentIndex(m_currentTab);
        return;
    }
    m_currentTab = index;
    QSettings().setValue(kTabKey, index);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!resolvePendingChanges()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    m_tabs->setCurrentIndex(qBound(0, settings.value(kTabKey, 0).toInt(), m_tabs->count() - 1));
}

void MainWindow::refreshAccounts()
{
    m_accountModel->setAccounts(m_session->accounts());
    m_accountCombo->setVisible(m_accountModel->rowCount() > 0);
    m_accountCombo->setEnabled(m_accountModel->rowCount() > 1);
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const Database *db = m_session->database();
    if (!db) {
        setWindowTitle(QStringLiteral("LineDesk"));
        m_backendLabel->setText(tr("No database"));
        m_balanceLabel->clear();
        return;
    }
    setWindowTitle(tr("%1 — LineDesk").arg(db->location().displayName()));
    m_backendLabel->setText(db->location().isServer() ? tr("PostgreSQL: %1").arg(db->location().displayName())
                                                      : tr("SQLite: %1").arg(db->location().displayName()));
    m_backendLabel->setToolTip(db->location().toUrl());
    if (!m_session->hasAccount()) {
        m_balanceLabel->setText(tr("No account in this database"));
        return;
    }
    m_accountCombo->setCurrentIndex(m_accountModel->rowOf(m_session->account().id));
    const auto balance = m_session->balance();
    m_balanceLabel->setText(balance ? tr("Balance: %1").arg(balance->format(Localization::locale()))
                                    : tr("Balance unavailable: %1").arg(balance.errorMessage()));
}

void MainWindow::openStartupDatabase()
{
    QSettings settings;
    const QString last = settings.value(kLastDatabaseKey).toString();
    if (!last.isEmpty()) {
        auto location = DatabaseLocation::parse(last);
        if (location && location->isServer()) {
            // A remembered password reconnects at once; otherwise open the local database now and
            // offer the server again, filled in.
            DatabaseLocation server = location.value();
            if (auto remembered = m_credentials->readPassword(CredentialStore::keyFor(server))) {
                server.setPassword(remembered.value());
                if (openDatabase(server))
                    return;
            }
            openDatabase(DatabaseLocation::defaultLocation(), true);
            QTimer::singleShot(0, this, [this, server] { connectToServer(server); });
            return;
        }
        if (location && QFileInfo::exists(location->path()) && openDatabase(location.value()))
            return;
    }
    openDatabase(DatabaseLocation::defaultLocation(), true);
}

bool MainWindow::openDatabase(const DatabaseLocation &location, bool createDemoIfEmpty)
{
    if (!resolvePendingChanges())
        return false; // the user chose to stay with the current database and its draft
    QProgressDialog progress(tr("Creating the demo account…"), QString(), 0, 100, this);
    progress.setWindowTitle(tr("LineDesk"));
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::WindowModal);
    std::function<void(int)> onProgress;
    if (createDemoIfEmpty) {
        onProgress = [&progress](int percent) {
            progress.setValue(percent);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        };
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto opened = m_session->openCreatingDemo(location, onProgress);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot Open Database"),
                             tr("LineDesk could not open %1.\n\n%2").arg(location.displayName(), opened.errorMessage()));
        return false;
    }
    QSettings().setValue(kLastDatabaseKey, location.toUrl()); // never the password
    statusBar()->showMessage(tr("Opened %1").arg(location.displayName()), 5000);
    return true;
}

void MainWindow::showOpenDatabaseDialog()
{
    const QString current = m_session->database() && !m_session->database()->location().isServer()
                                ? QFileInfo(m_session->database()->location().path()).absolutePath()
                                : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), current,
                                                      tr("LineDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(DatabaseLocation::sqliteFile(path));
}

void MainWindow::showConnectServerDialog()
{
    if (m_session->database() && m_session->database()->location().isServer())
        connectToServer(m_session->database()->location());
    else
        connectToServer(DatabaseLocation());
}

bool MainWindow::connectToServer(const DatabaseLocation &location)
{
    ConnectServerDialog dialog(this);
    if (location.isServer()) {
        DatabaseLocation filled = location;
        const auto remembered = m_credentials->readPassword(CredentialStore::keyFor(location));
        if (remembered && filled.password().isEmpty())
            filled.setPassword(remembered.value());
        dialog.setLocation(filled);
        dialog.setRememberPassword(remembered.ok());
    }
    while (dialog.exec() == QDialog::Accepted) {
        const DatabaseLocation chosen = dialog.location();
        if (!openDatabase(chosen))
            continue; // openDatabase said why; the dialog comes back as it was
        const QString key = CredentialStore::keyFor(chosen);
        const auto kept = dialog.rememberPassword() ? m_credentials->writePassword(key, chosen.password())
                                                    : m_credentials->removePassword(key);
        if (!kept)
            QMessageBox::warning(this, tr("Remember Password"), kept.errorMessage());
        return true;
    }
    return false;
}

void MainWindow::showAbout()
{
    const QString backend = m_session->database() ? m_session->database()->serverVersion() : tr("no database");
    QMessageBox::about(this, tr("About LineDesk"),
                       tr("<h3>LineDesk %1</h3>"
                          "<p>A desktop control panel for your virtual phone numbers: numbers, routing, reports, "
                          "finances and subscription.</p>"
                          "<p>Database: %2<br>Qt %3</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion(), backend.toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
    Localization::apply(language); // installing translators sends LanguageChange: every widget retranslates
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
}
