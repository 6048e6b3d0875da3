#include "memorycredentialstore.h"
#include "serverfixture.h"
#include "testdatabase.h"

#include "accounts/accountsession.h"
#include "core/appidentity.h"
#include "core/localization.h"
#include "db/databasemonitor.h"
#include "db/sql.h"
#include "dialogs/connectserverdialog.h"
#include "mainwindow.h"
#include "numbers/numberstab.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

// The window on a team server: a change the server refuses is shown as a clear message and
// changes nothing; a remembered password goes to the keychain (never the settings) and reconnects
// the next start; the dialog's Test says what went wrong.
class TestServerGui final : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

    // Runs answer on the first modal widget of type T that comes up (polled: it may come up late).
    template<typename T>
    static void whenModal(std::function<void(T *)> answer)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
            if (auto *widget = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(widget);
            }
        });
        timer->start();
    }

    // Fills the Connect to Server dialog once it is up, then presses OK.
    static void answerConnectDialog(const DatabaseLocation &location, bool remember, bool *answered)
    {
        whenModal<ConnectServerDialog>([=](ConnectServerDialog *dialog) {
            child<QLineEdit>(dialog, "hostEdit")->setText(location.host());
            child<QSpinBox>(dialog, "portSpin")->setValue(location.port());
            child<QLineEdit>(dialog, "databaseEdit")->setText(location.databaseName());
            child<QLineEdit>(dialog, "userEdit")->setText(location.user());
            child<QLineEdit>(dialog, "passwordEdit")->setText(location.password());
            auto *ssl = child<QComboBox>(dialog, "sslModeCombo");
            ssl->setCurrentIndex(ssl->findData(location.sslMode()));
            child<QCheckBox>(dialog, "rememberPasswordCheck")->setChecked(remember);
            *answered = true;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
    }

    static QByteArray settingsFileContents()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        AppIdentity::apply();
        QSettings().clear();
        Localization::apply(QStringLiteral("en"));
    }

    void refusedChangeIsShownAndChangesNothing()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set: the server GUI test needs PostgreSQL");
        ServerFixture server;
        QVERIFY(server.create());
        const QString employee = server.addUser(QStringLiteral("gui_employee"), AccessRole::Employee, server.accountA);
        AccountSession session;
        QVERIFY(session.open(server.locationFor(employee)));
        QCOMPARE(session.role(), AccessRole::Employee);
        NumbersTab tab(&session);
        tab.resize(1200, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *table = child<QTableView>(&tab, "numbersTable");
        QCOMPARE(table->model()->rowCount(), 1); // account A's number only
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *note = child<QLineEdit>(&tab, "noteEdit");
        QCOMPARE(note->text(), QStringLiteral("original"));
        QVERIFY(!note->isEnabled()); // the window already keeps an employee from editing

        // A client that believes it may write (a stale role, an altered build): the server refuses.
        session.setRole(AccessRole::Admin);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY(note->isEnabled());
        note->setText(QStringLiteral("changed by an employee"));
        QString told;
        whenModal<QMessageBox>([&told](QMessageBox *box) {
            told = box->text();
            box->accept();
        });
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_VERIFY(!told.isEmpty());
        QVERIFY2(told.startsWith(QStringLiteral("You don't have the right to change this")), qPrintable(told));
        QVERIFY(told.contains(QStringLiteral("nothing was changed")));
        QCOMPARE(server.count(QStringLiteral("numbers"), QStringLiteral("note = 'original'")), qint64(2));
        QCOMPARE(server.count(QStringLiteral("numbers"), QStringLiteral("version = 1")), qint64(2));
    }

    void rememberedPasswordLivesInTheKeychainOnly()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set: the keychain flow connects to PostgreSQL");
        ServerFixture server;
        QVERIFY(server.create());
        const QString admin = server.addUser(QStringLiteral("gui_admin"), AccessRole::Admin, server.accountA);
        const DatabaseLocation location = server.locationFor(admin);
        const QString key = CredentialStore::keyFor(location);
        MemoryCredentialStore keychain;
        {
            AccountSession session;
            MainWindow window(&session);
            window.setCredentialStore(&keychain);
            bool answered = false;
            answerConnectDialog(location, true, &answered);
            window.showConnectServerDialog();
            QVERIFY(answered);
            QVERIFY(session.database() && session.database()->location().isServer());
            QCOMPARE(session.database()->location().user(), admin);
            QCOMPARE(session.role(), AccessRole::Admin);
            QCOMPARE(keychain.passwords.value(key), location.password());
            window.close();
        }
        const QByteArray settings = settingsFileContents();
        QVERIFY(settings.contains("postgresql://"));
        QVERIFY2(!settings.contains(location.password().toUtf8()), settings.constData());

        // Next start: straight back to the server with the remembered password, no dialog.
        {
            AccountSession session;
            MainWindow window(&session);
            window.setCredentialStore(&keychain);
            window.openStartupDatabase();
            QVERIFY(session.database() && session.database()->location().isServer());
            QCOMPARE(session.database()->location().user(), admin);
            QCOMPARE(session.account().id, server.accountA);

            // Connecting again without "Remember password" forgets it.
            bool answered = false;
            answerConnectDialog(location, false, &answered);
            window.showConnectServerDialog();
            QVERIFY(answered);
            QVERIFY(!keychain.passwords.contains(key));
            window.close();
        }

        // Without a remembered password the next start asks again (the dialog comes up, filled in).
        {
            AccountSession session;
            MainWindow window(&session);
            window.setCredentialStore(&keychain);
            QString offeredUser;
            whenModal<ConnectServerDialog>([&offeredUser](ConnectServerDialog *dialog) {
                offeredUser = dialog->location().user();
                dialog->reject();
            });
            window.openStartupDatabase();
            QTRY_COMPARE(offeredUser, admin);
            QVERIFY(!session.database()->location().isServer()); // the local database meanwhile
        }
    }

    // The connection banner in the window itself: the server ends the session, the banner says so
    // above the tabs (which stay readable), then says it is back once the window has reconnected,
    // and goes away.
    void bannerInTheWindowWhileTheServerIsAway()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set: the banner needs a server to lose");
        ServerFixture server;
        QVERIFY(server.create());
        const QString admin = server.addUser(QStringLiteral("gui_banner"), AccessRole::Admin, server.accountA);
        AccountSession session;
        QVERIFY(session.open(server.locationFor(admin)));
        QVERIFY(session.monitor());
        session.monitor()->setProbeInterval(200);
        MainWindow window(&session);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = child<QWidget>(&window, "connectionBanner");
        auto *text = child<QLabel>(&window, "connectionBannerText");
        auto *numbers = child<QTableView>(&window, "numbersTable");
        QVERIFY(banner && text && numbers);
        QVERIFY(!banner->isVisible());
        QCOMPARE(numbers->model()->rowCount(), 1);

        const qint64 pid = Sql::scalar(session.database()->connection(), QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();
        QCOMPARE(Sql::scalar(server.admin(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid})->toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && text->text().contains(QStringLiteral("connection to the database was lost")),
                                 10000);
        QCOMPARE(numbers->model()->rowCount(), 1); // what was on screen stays there
        QVERIFY2(!text->text().contains(QStringLiteral("(s)")), qPrintable(text->text())); // English plurals: "1 second"
        if (!qEnvironmentVariableIsEmpty("LINEDESK_SCREENSHOT_DIR"))
            window.grab().save(QDir(qEnvironmentVariable("LINEDESK_SCREENSHOT_DIR")).filePath(QStringLiteral("connection-lost.png")));

        QTRY_VERIFY_WITH_TIMEOUT(text->text().startsWith(QStringLiteral("Reconnected")), 15000);
        QVERIFY(banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(Sql::scalar(session.database()->connection(), QStringLiteral("SELECT pg_backend_pid()"))->toLongLong() != pid);
    }

    void testButtonSaysWhatFailed()
    {
        ConnectServerDialog dialog;
        auto *status = child<QLabel>(&dialog, "statusLabel");
        auto *test = child<QPushButton>(&dialog, "testButton");
        QCOMPARE(child<QComboBox>(&dialog, "sslModeCombo")->currentData().toString(), QStringLiteral("prefer"));
        QVERIFY(child<QComboBox>(&dialog, "sslModeCombo")->findData(QStringLiteral("verify-full")) >= 0);
        QVERIFY(!child<QCheckBox>(&dialog, "rememberPasswordCheck")->isChecked());
        child<QLineEdit>(&dialog, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("linedesk"));
        child<QSpinBox>(&dialog, "portSpin")->setValue(1); // nothing listens there
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("No PostgreSQL server answers at 127.0.0.1:1")), qPrintable(status->text()));

        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set: the wrong-password message needs PostgreSQL");
        const auto pg = DatabaseLocation::parse(qEnvironmentVariable("LINEDESK_TEST_PG")).value();
        child<QSpinBox>(&dialog, "portSpin")->setValue(pg.port());
        child<QLineEdit>(&dialog, "userEdit")->setText(pg.user());
        child<QLineEdit>(&dialog, "databaseEdit")->setText(pg.databaseName());
        child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("wrong password"));
        auto *ssl = child<QComboBox>(&dialog, "sslModeCombo");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(status->text().contains(QStringLiteral("Wrong password for the user")), qPrintable(status->text()));
    }
};

QTEST_MAIN(TestServerGui)
#include "tst_servergui.moc"
