#include "db/batchinserter.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "testdatabase.h"

#include <QTest>

class TestBatchInserter final : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryRowAcrossBatches_data() { TestDatabase::addBackendRows(); }
    void writesEveryRowAcrossBatches()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        Transaction transaction(db);
        BatchInserter users(db, QStringLiteral("users"),
                            {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("created_at")}, 7);
        for (int i = 0; i < 23; ++i) // three full batches and a partial one
            QVERIFY(users.add({QStringLiteral("user%1").arg(i), QStringLiteral("User %1").arg(i), i}).ok());
        QVERIFY(users.flush().ok());
        QVERIFY(transaction.commit().ok());
        QCOMPARE(users.rowsWritten(), qint64(23));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM users"))->toInt(), 23);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT SUM(created_at) FROM users"))->toInt(), 253);
    }

    void failedBatchLeavesNothingAfterRollback_data() { TestDatabase::addBackendRows(); }
    void failedBatchLeavesNothingAfterRollback()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        {
            Transaction transaction(db);
            BatchInserter users(db, QStringLiteral("users"),
                                {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("created_at")}, 5);
            QVERIFY(users.add({QStringLiteral("same"), QStringLiteral("A"), 1}).ok());
            QVERIFY(users.add({QStringLiteral("same"), QStringLiteral("B"), 2}).ok()); // duplicate login
            QVERIFY(!users.flush().ok());
        } // no commit: rolled back
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM users"))->toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchInserter)
#include "tst_batchinserter.moc"
