#include "accounts/accountsession.h"
#include "core/appidentity.h"
#include "core/localization.h"
#include "db/sql.h"
#include "dialogs/connectserverdialog.h"
#include "mainwindow.h"
#include "numbers/numberstab.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

namespace {

QStringList tabTitles(const MainWindow &window)
{
    QStringList titles;
    for (int i = 0; i < window.tabs()->count(); ++i)
        titles << window.tabs()->tabText(i);
    return titles;
}

// The Numbers tab's title carries the count of missed callers not called back yet.
QString numbersTitle(const MainWindow &window, const QString &name)
{
    const auto *numbers = window.findChild<NumbersTab *>(QStringLiteral("numbersTab"));
    return QStringLiteral("%1 (%2)").arg(name).arg(numbers->unreturnedCount());
}

QAction *languageAction(const MainWindow &window, const QString &language)
{
    return window.findChild<QAction *>(QStringLiteral("languageAction_%1").arg(language));
}

} // namespace

// Opens the real MainWindow the way a user does and checks what they would see.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        AppIdentity::apply();
        QSettings().clear();
        Localization::apply(QStringLiteral("en"));
    }

    void firstRunCreatesTheDemoAccountAndShowsFiveTabs()
    {
        TestDatabase test;
        const DatabaseLocation location = DatabaseLocation::sqliteFile(test.tempPath(QStringLiteral("first.sqlite")));
        AccountSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(location, true));

        QVERIFY(window.findChild<NumbersTab *>(QStringLiteral("numbersTab"))->unreturnedCount() > 0); // the demo has some
        QCOMPARE(tabTitles(window), (QStringList{numbersTitle(window, QStringLiteral("My Phone Numbers")), QStringLiteral("Advanced Routing"),
                                                 QStringLiteral("Custom Reports"), QStringLiteral("Finances"),
                                                 QStringLiteral("Subscription")}));
        // Every tab can be visited, by click and by its Ctrl+N shortcut.
        const QStringList names{QStringLiteral("numbersTab"), QStringLiteral("routingTab"), QStringLiteral("reportsTab"),
                                QStringLiteral("financesTab"), QStringLiteral("subscriptionTab")};
        for (int i = 0; i < names.size(); ++i) {
            window.tabs()->setCurrentIndex(i);
            QCOMPARE(window.tabs()->currentWidget()->objectName(), names.at(i));
            QVERIFY(window.tabs()->currentWidget()->isVisible());
        }
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 1);

        // File → Import Calls… (Ctrl+I) from another tab: Custom Reports comes forward and asks for the file.
        auto *importCalls = window.findChild<QAction *>(QStringLiteral("importCallsAction"));
        QVERIFY(importCalls && importCalls->isEnabled());
        QCOMPARE(importCalls->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        bool askedForFile = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, &answer, [&askedForFile] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                askedForFile = true;
                dialog->reject();
            }
        });
        answer.start();
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier); // returns once the dialog was answered
        QVERIFY(askedForFile);
        QCOMPARE(window.tabs()->currentWidget()->objectName(), QStringLiteral("reportsTab"));

        // The status bar shows the backend, the account and its balance.
        const auto *backend = window.findChild<QLabel *>(QStringLiteral("backendLabel"));
        const auto *account = window.findChild<QComboBox *>(QStringLiteral("accountCombo"));
        const auto *balance = window.findChild<QLabel *>(QStringLiteral("balanceLabel"));
        QVERIFY(backend && account && balance);
        QCOMPARE(backend->text(), QStringLiteral("SQLite: first.sqlite"));
        QVERIFY(account->currentText().startsWith(QStringLiteral("Northwind Relocation Services")));
        const QString expectedBalance = session.balance()->format(Localization::locale());
        QCOMPARE(balance->text(), QStringLiteral("Balance: %1").arg(expectedBalance));
        QVERIFY(expectedBalance.startsWith(QLatin1Char('$')));
        QVERIFY(window.windowTitle().contains(QStringLiteral("first.sqlite")));

        // The last database is remembered, never a password.
        QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), location.path());
    }

    void languageSwitchesAtOnceAndIsRemembered()
    {
        TestDatabase test;
        AccountSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(window.openDatabase(DatabaseLocation::sqliteFile(test.tempPath(QStringLiteral("lang.sqlite"))), true));

        QAction *french = languageAction(window, QStringLiteral("fr"));
        QVERIFY(french);
        french->trigger();
        // Qt posts LanguageChange to every window: it applies as soon as events are processed.
        QTRY_COMPARE(tabTitles(window), (QStringList{numbersTitle(window, QStringLiteral("Mes numéros de téléphone")), QStringLiteral("Routage avancé"),
                                                 QStringLiteral("Rapports personnalisés"), QStringLiteral("Finances"),
                                                 QStringLiteral("Abonnement")}));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        QVERIFY(french->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        // Money follows the language: a French balance ends with the dollar sign.
        const auto *balance = window.findChild<QLabel *>(QStringLiteral("balanceLabel"));
        QVERIFY2(balance->text().startsWith(QStringLiteral("Solde")), qPrintable(balance->text()));
        QVERIFY2(balance->text().endsWith(QStringLiteral("$")), qPrintable(balance->text()));
        // The File menu's actions follow too.
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->text(), QStringLiteral("&Quitter"));

        languageAction(window, QStringLiteral("es"))->trigger();
        QTRY_COMPARE(tabTitles(window), (QStringList{numbersTitle(window, QStringLiteral("Mis números de teléfono")), QStringLiteral("Enrutamiento avanzado"),
                                                 QStringLiteral("Informes personalizados"), QStringLiteral("Finanzas"),
                                                 QStringLiteral("Suscripción")}));
        languageAction(window, QStringLiteral("en"))->trigger();
        QTRY_COMPARE(window.tabs()->tabText(0), numbersTitle(window, QStringLiteral("My Phone Numbers")));
    }

    void failedOpenKeepsTheCurrentDatabase()
    {
        TestDatabase test;
        AccountSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(window.openDatabase(DatabaseLocation::sqliteFile(test.tempPath(QStringLiteral("good.sqlite"))), true));
        const QString garbage = test.tempPath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        // The warning box is modal: close it as a user would.
        QTimer::singleShot(0, &window, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.openDatabase(DatabaseLocation::sqliteFile(garbage)));
        QCOMPARE(session.database()->location().path(), test.tempPath(QStringLiteral("good.sqlite")));
        QVERIFY(session.hasAccount());
    }

    void reopensTheLastDatabase()
    {
        TestDatabase test;
        const QString path = test.tempPath(QStringLiteral("remembered.sqlite"));
        {
            AccountSession session;
            MainWindow window(&session);
            QVERIFY(window.openDatabase(DatabaseLocation::sqliteFile(path), true));
            window.tabs()->setCurrentIndex(3);
            window.close();
        }
        AccountSession session;
        MainWindow window(&session);
        window.openStartupDatabase();
        QCOMPARE(session.database()->location().path(), path);
        QCOMPARE(window.tabs()->currentIndex(), 3);
    }

    void connectDialogTestsTheServer()
    {
        ConnectServerDialog dialog;
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"));
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(host && port && user && password && database && test && status);
        QCOMPARE(password->echoMode(), QLineEdit::Password);

        host->clear();
        QVERIFY(!test->isEnabled()); // nothing to test without a host
        QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
        user->setText(QStringLiteral("linedesk"));
        port->setValue(1); // nothing listens there
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("failed")), qPrintable(status->text()));

        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set");
        const auto server = DatabaseLocation::parse(qEnvironmentVariable("LINEDESK_TEST_PG")).value();
        host->setText(server.host());
        port->setValue(server.port());
        database->setText(server.databaseName());
        user->setText(server.user());
        password->setText(QStringLiteral("wrong password"));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("password")), qPrintable(status->text()));
        password->setText(server.password());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("Connected")), qPrintable(status->text()));
        // The location handed to the window carries the password in memory only.
        QCOMPARE(dialog.location().password(), server.password());
        QVERIFY(!dialog.location().toUrl().contains(server.password()));
    }

    void opensAServerDatabase()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set");
        TestDatabase test;
        const DatabaseLocation location = test.create(QStringLiteral("postgresql"));
        AccountSession session;
        MainWindow window(&session);
        QVERIFY(window.openDatabase(location, true));
        const auto *backend = window.findChild<QLabel *>(QStringLiteral("backendLabel"));
        QVERIFY(backend->text().startsWith(QStringLiteral("PostgreSQL: ")));
        QVERIFY(session.hasAccount());
        const QString remembered = QSettings().value(QStringLiteral("database/last")).toString();
        QVERIFY(remembered.startsWith(QStringLiteral("postgresql://")));
        QVERIFY(!remembered.contains(location.password()));
        window.close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
