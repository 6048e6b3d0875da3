#include "../finances/financefixture.h"

#include "db/database.h"
#include "db/databasemonitor.h"
#include "finances/addfunds.h"
#include "finances/ledger.h"
#include "finances/offlinepaymentgateway.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

#include <unistd.h>

// Issue 9, "Connection loss": the test cluster is stopped and started again under a live session
// (scripts/test.sh's cluster, through pg_ctl and PGTEST_DIR; ctest runs this test alone). The
// session notices, retries with growing waits, reconnects, LISTENs again, and a deposit repeated
// with its request id is charged once.
class TestServerRestart final : public QObject
{
    Q_OBJECT

private:
    static QString pgBin() { return qEnvironmentVariable("PGBIN", QStringLiteral("/usr/lib/postgresql/15/bin")); }
    static QString clusterDir() { return qEnvironmentVariable("PGTEST_DIR"); }

    // pg_ctl as the cluster's owner (initdb refuses root, so scripts/pg-test-cluster.sh runs it as postgres).
    static bool pgCtl(const QStringList &arguments)
    {
        QStringList command{pgBin() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), clusterDir() + QStringLiteral("/data")};
        command << arguments;
        QString program = command.takeFirst();
        if (geteuid() == 0) {
            command.prepend(program);
            command = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + command;
            program = QStringLiteral("runuser");
        }
        QProcess process;
        process.start(program, command);
        if (!process.waitForFinished(90000)) {
            qWarning("pg_ctl did not finish");
            return false;
        }
        if (process.exitCode() != 0)
            qWarning("pg_ctl %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    static bool startServer()
    {
        const auto admin = DatabaseLocation::parse(qEnvironmentVariable("LINEDESK_TEST_PG"));
        // The options scripts/pg-test-cluster.sh starts it with (tst_tabroundtrips needs pg_stat_statements).
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                                               "-c full_page_writes=off -c max_connections=200 "
                                               "-c shared_preload_libraries=pg_stat_statements")
                                    .arg(admin->port())
                                    .arg(clusterDir());
        return pgCtl({QStringLiteral("-l"), clusterDir() + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                      QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")});
    }

    // Starts the server again whatever happens in the test: the suite's other tests need it.
    struct RestartGuard
    {
        bool stopped = false;
        ~RestartGuard()
        {
            if (stopped)
                startServer();
        }
    };

private slots:
    void initTestCase()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("needs the PostgreSQL test cluster (LINEDESK_TEST_PG)");
        if (clusterDir().isEmpty() || !QFile::exists(clusterDir() + QStringLiteral("/data/PG_VERSION")))
            QSKIP("needs a throwaway cluster it may stop (PGTEST_DIR from scripts/pg-test-cluster.sh)");
    }

    void stopAndStart()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("postgresql")));
        const Account account = FinanceFixture::addAccount(test.connection());
        FinanceFixture::addCard(test.connection(), account);
        const Clock clock = Clock::fixed(FinanceFixture::eastern(2026, 11, 23, 10, 0));
        const Money amount = Money::parse(QStringLiteral("40.00"), QStringLiteral("USD")).value();
        const QString requestId = QStringLiteral("deposit-restart-test-1");

        DatabaseMonitor monitor(&test.database());
        monitor.setProbeInterval(1000);
        monitor.start();
        QSignalSpy lost(&monitor, &DatabaseMonitor::connectionLost);
        QSignalSpy scheduled(&monitor, &DatabaseMonitor::retryScheduled);
        QSignalSpy reconnected(&monitor, &DatabaseMonitor::reconnected);

        RestartGuard guard;
        QVERIFY(pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}));
        guard.stopped = true;
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
        QVERIFY(!monitor.isConnected());

        // The deposit in the outage fails before anything is charged, and says so.
        OfflinePaymentGateway gateway;
        AddFunds funds(test.connection(), account, AccessRole::Owner, &gateway, clock);
        auto refused = funds.byCard(amount, 0, requestId);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorKind(), Error::Kind::Database);
        QCOMPARE(gateway.chargesMade(), 0);

        // Refused reconnects wait longer each time: 250 ms, 500 ms, 1 s …
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() >= 3, 10000);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(scheduled.at(i).at(1).toInt(), DatabaseMonitor::retryDelay(i));
        QCOMPARE(reconnected.count(), 0);

        QVERIFY(startServer());
        guard.stopped = false;
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 30000);
        QVERIFY(monitor.isConnected());
        QVERIFY(monitor.isSubscribed());
        QVERIFY(test.database().connection().driver()->subscribedToNotifications().contains(QStringLiteral("linedesk_changes")));

        // The user repeats the deposit: charged once. Repeating it again (the answer was lost, a
        // script retried, a second LineDesk with its own gateway session) charges nothing more.
        auto deposited = funds.byCard(amount, 0, requestId);
        QVERIFY2(deposited.ok(), qPrintable(deposited.errorMessage()));
        QCOMPARE(gateway.chargesMade(), 1);
        OfflinePaymentGateway secondGateway;
        AddFunds again(test.connection(), account, AccessRole::Owner, &secondGateway, clock);
        auto repeated = again.byCard(amount, 0, requestId);
        QVERIFY2(repeated.ok(), qPrintable(repeated.errorMessage()));
        QCOMPARE(repeated->transactionId, deposited->transactionId);
        QCOMPARE(secondGateway.chargesMade(), 0);
        QCOMPARE(Ledger(test.connection(), account).balance()->minor(), amount.minor());
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("SELECT COUNT(*) FROM ledger_transactions WHERE request_id = ?"),
                             {requestId})->toLongLong(),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestServerRestart)
#include "tst_serverrestart.moc"
