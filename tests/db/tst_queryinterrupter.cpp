#include "db/database.h"
#include "db/queryinterrupter.h"
#include "db/sql.h"
#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

// Never ends by itself on either engine: counts an endless recursive sequence.
const QString kEndless = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c");

bool interruptible(const QString &backend)
{
#if defined(EXPECT_SQLITE_INTERRUPT)
    if (backend == QLatin1String("sqlite"))
        return true;
#endif
#if defined(EXPECT_PG_CANCEL)
    if (backend == QLatin1String("postgresql"))
        return true;
#endif
    Q_UNUSED(backend)
    return false;
}

// What the worker thread saw, read by the test after the thread ended.
struct WorkerRun
{
    bool opened = false;
    bool attached = false;
    bool endlessSucceeded = true;
    QSqlError endlessError;
    QVariant afterwards; // a query on the same connection after the interruption
};

} // namespace

class TestQueryInterrupter final : public QObject
{
    Q_OBJECT

private slots:
    // A statement that would run forever on a worker's connection fails as interrupted when another
    // thread interrupts it, and the connection answers the next query as before.
    void stopsTheStatementAnotherThreadRuns_data() { TestDatabase::addBackendRows(); }
    void stopsTheStatementAnotherThreadRuns()
    {
        QFETCH(QString, backend);
        if (!interruptible(backend))
            QSKIP("This build cannot interrupt statements on this engine (LINEDESK_SQLITE_DIRECT / LINEDESK_PG_CANCEL off).");
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const DatabaseLocation location = test.location();

        // Shared with the worker, which outlives the test if the statement is never interrupted.
        struct Shared
        {
            QueryInterrupter interrupter;
            WorkerRun run;
            std::atomic<bool> endlessReturned{false};
            std::atomic<bool> interruptsStopped{false}; // no request in flight any more
            std::atomic<bool> finished{false};
        };
        auto shared = std::make_shared<Shared>();
        std::unique_ptr<QThread> worker(QThread::create([shared, location] {
            {
                WorkerRun &run = shared->run;
                Database database;
                run.opened = database.openOnly(location).ok();
                if (run.opened) {
                    run.attached = shared->interrupter.attach(database.connection());
                    QSqlQuery endless(database.connection());
                    run.endlessSucceeded = endless.exec(kEndless);
                    run.endlessError = endless.lastError();
                    endless.finish();
                    shared->endlessReturned = true;
                    while (!shared->interruptsStopped) // a late request would stop the next statement
                        QThread::msleep(5);
                    if (auto answer = Sql::scalar(database.connection(), QStringLiteral("SELECT 40 + 2")))
                        run.afterwards = answer.value();
                    shared->interrupter.detach();
                }
            }
            shared->finished = true;
        }));
        worker->start();

        // The statement may not have started when the first request comes: ask until it stops.
        QDeadlineTimer deadline(60 * 1000);
        while (!shared->endlessReturned && !deadline.hasExpired()) {
            shared->interrupter.interrupt();
            QTest::qWait(20);
        }
        shared->interruptsStopped = true;
        QTRY_VERIFY_WITH_TIMEOUT(shared->finished || !shared->endlessReturned, 10 * 1000);
        if (!shared->finished)
            worker.release(); // left running to the end of the process: the test fails below
        QVERIFY2(shared->finished, "the endless statement was not interrupted within a minute");
        worker->wait();
        const WorkerRun *run = &shared->run;
        QVERIFY(run->opened);
        QVERIFY(run->attached);
        QVERIFY(!run->endlessSucceeded);
        QVERIFY2(QueryInterrupter::isInterruption(run->endlessError), qPrintable(run->endlessError.text()));
        QCOMPARE(run->afterwards.toInt(), 42);
    }

    // Once detached (the worker is about to close its connection), interrupt() touches nothing and says so;
    // an unrelated failure is not taken for an interruption.
    void detachedInterruptsNothing_data() { TestDatabase::addBackendRows(); }
    void detachedInterruptsNothing()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        QueryInterrupter interrupter;
        QCOMPARE(interrupter.interrupt(), false); // nothing attached yet
        QCOMPARE(interrupter.attach(test.connection()), interruptible(backend));
        interrupter.detach();
        QCOMPARE(interrupter.interrupt(), false);
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("SELECT 40 + 2"))->toInt(), 42);

        QSqlQuery wrong(test.connection());
        QVERIFY(!wrong.exec(QStringLiteral("SELECT * FROM no_such_table")));
        QVERIFY(!QueryInterrupter::isInterruption(wrong.lastError()));
        QVERIFY(!QueryInterrupter::isInterruption(QSqlError()));
    }
};

QTEST_GUILESS_MAIN(TestQueryInterrupter)
#include "tst_queryinterrupter.moc"
