#include "../finances/financefixture.h"

#include "db/database.h"
#include "db/databasemonitor.h"
#include "db/migrations.h"
#include "numbers/numberrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

// Issue 9, "Live updates" and "Connection loss": what DatabaseMonitor reports, on the engine that
// can (PostgreSQL LISTEN/NOTIFY, a terminated session) and on SQLite (data_version).
class TestDatabaseMonitor final : public QObject
{
    Q_OBJECT

private:
    static qint64 backendPid(Database &database)
    {
        return Sql::scalar(database.connection(), QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();
    }

    static QString changeNote(Database &database, const Account &account, qint64 numberId, const QString &note)
    {
        NumberRepository numbers(database.connection(), account);
        auto found = numbers.find(numberId);
        if (!found)
            return found.errorMessage();
        NumberRecord record = found.value();
        record.note = note;
        auto saved = numbers.save(record);
        return saved ? QString() : saved.errorMessage();
    }

private slots:
    void retryDelay_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("delay");
        QTest::newRow("first") << 0 << 250;
        QTest::newRow("second") << 1 << 500;
        QTest::newRow("third") << 2 << 1000;
        QTest::newRow("fourth") << 3 << 2000;
        QTest::newRow("fifth") << 4 << 4000;
        QTest::newRow("sixth") << 5 << 8000;
        QTest::newRow("capped") << 6 << 8000;
        QTest::newRow("long outage") << 40 << 8000;
    }
    void retryDelay()
    {
        QFETCH(int, attempt);
        QFETCH(int, delay);
        QCOMPARE(DatabaseMonitor::retryDelay(attempt), delay);
    }

    // Migration 0003 keeps its PostgreSQL functions whole (their bodies hold ';') and gives SQLite none.
    void migrationBlocks()
    {
        const QStringList sqlite = Migrations::statements(3, DatabaseLocation::Backend::SQLite);
        const QStringList postgres = Migrations::statements(3, DatabaseLocation::Backend::PostgreSQL);
        QVERIFY(!sqlite.isEmpty());
        QVERIFY(Migrations::latestVersion() >= 3);
        for (const QString &statement : sqlite) {
            QVERIFY2(statement.startsWith(QLatin1String("ALTER TABLE")), qPrintable(statement));
        }
        const auto function = std::find_if(postgres.cbegin(), postgres.cend(), [](const QString &statement) {
            return statement.contains(QLatin1String("FUNCTION linedesk_notify()"));
        });
        QVERIFY(function != postgres.cend());
        QVERIFY(function->contains(QLatin1String("PERFORM pg_notify(")));
        QVERIFY(function->trimmed().endsWith(QLatin1String("$$")));
        QCOMPARE(postgres.filter(QStringLiteral("CREATE TRIGGER")).size(), 14 + 8);
    }

    void changesFromOtherConnections_data() { TestDatabase::addBackendRows(); }
    void changesFromOtherConnections()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const Account account = FinanceFixture::addAccount(test.connection());
        const qint64 numberId = FinanceFixture::addNumber(test.connection(), account, QStringLiteral("+12125550100"), 500, QDate(2026, 12, 15));

        DatabaseMonitor monitor(&test.database());
        monitor.start();
        QSignalSpy changed(&monitor, &DatabaseMonitor::changed);

        // The own connection's change is not news: the tab that made it refreshed already.
        QCOMPARE(changeNote(test.database(), account, numberId, QStringLiteral("mine")), QString());
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);

        Database other;
        QVERIFY(other.open(test.location()));
        QCOMPARE(changeNote(other, account, numberId, QStringLiteral("theirs")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        if (backend == QLatin1String("postgresql")) {
            QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("numbers"));
            QCOMPARE(changed.at(0).at(1).toLongLong(), account.id);
            QCOMPARE(changed.at(0).at(2).toLongLong(), numberId);
        } else {
            QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("*")); // SQLite cannot say what changed
        }
    }

    // A ledger row, a payment method and the automatic billing settings announce themselves too.
    void moneyTablesNotify()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("LISTEN/NOTIFY needs PostgreSQL (LINEDESK_TEST_PG)");
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("postgresql")));
        const Account account = FinanceFixture::addAccount(test.connection());
        DatabaseMonitor monitor(&test.database());
        monitor.start();
        QSignalSpy changed(&monitor, &DatabaseMonitor::changed);
        Database other;
        QVERIFY(other.open(test.location()));
        Account copy = account;
        FinanceFixture::addCard(other.connection(), copy);
        Sql::exec(other.connection(), QStringLiteral("INSERT INTO ledger_transactions (account_id, kind, occurred_at, amount_minor, currency) "
                                                     "VALUES (?, 'deposit', 0, 2000, 'USD')"), {account.id}).value();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 3, 5000);
        QStringList tables;
        for (const QList<QVariant> &signal : std::as_const(changed))
            tables << signal.at(0).toString();
        QVERIFY2(tables.contains(QStringLiteral("payment_methods")), qPrintable(tables.join(u',')));
        QVERIFY2(tables.contains(QStringLiteral("autobilling_settings")), qPrintable(tables.join(u',')));
        QVERIFY2(tables.contains(QStringLiteral("ledger_transactions")), qPrintable(tables.join(u',')));
    }

    // pg_terminate_backend() in the middle of a session: the loss is noticed, a write in the outage
    // fails with a message that says to repeat it, the monitor reconnects, LISTENs again, and the
    // repeated write succeeds.
    void terminatedSession()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs PostgreSQL (LINEDESK_TEST_PG)");
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("postgresql")));
        const Account account = FinanceFixture::addAccount(test.connection());
        const qint64 numberId = FinanceFixture::addNumber(test.connection(), account, QStringLiteral("+12125550100"), 500, QDate(2026, 12, 15));
        Database other;
        QVERIFY(other.open(test.location()));

        DatabaseMonitor monitor(&test.database());
        monitor.setProbeInterval(60 * 60 * 1000); // the write below must find the loss first, not the probe
        monitor.start();
        QVERIFY(monitor.isSubscribed());
        QSignalSpy lost(&monitor, &DatabaseMonitor::connectionLost);
        QSignalSpy scheduled(&monitor, &DatabaseMonitor::retryScheduled);
        QSignalSpy reconnected(&monitor, &DatabaseMonitor::reconnected);
        QSignalSpy changed(&monitor, &DatabaseMonitor::changed);

        const qint64 pid = backendPid(test.database());
        QCOMPARE(Sql::scalar(other.connection(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid})->toBool(), true);

        // The user's save in the outage: refused, said plainly, nothing written.
        const QString failure = changeNote(test.database(), account, numberId, QStringLiteral("typed during the outage"));
        QVERIFY2(failure.contains(QStringLiteral("connection to the database was lost")), qPrintable(failure));
        QVERIFY2(failure.contains(QStringLiteral("repeat")), qPrintable(failure));

        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
        QVERIFY(!scheduled.isEmpty());
        QCOMPARE(scheduled.first().at(1).toInt(), DatabaseMonitor::kFirstRetryMs);
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 10000);
        QVERIFY(monitor.isConnected());
        QVERIFY(monitor.isSubscribed());
        QVERIFY(backendPid(test.database()) != pid);
        QVERIFY(test.database().connection().driver()->subscribedToNotifications().contains(QStringLiteral("linedesk_changes")));

        // Re-subscribed: another user's change arrives again.
        changed.clear();
        QCOMPARE(changeNote(other, account, numberId, QStringLiteral("after the reconnect")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("numbers"));

        // The repeated save goes through on the new connection (its statements are prepared anew).
        QCOMPARE(changeNote(test.database(), account, numberId, QStringLiteral("repeated")), QString());
        QCOMPARE(NumberRepository(other.connection(), account).find(numberId)->note, QStringLiteral("repeated"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseMonitor)
#include "tst_databasemonitor.moc"
