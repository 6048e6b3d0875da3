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

    // With a conflict clause, rows already present (or repeated in a batch) are skipped and only the
    // rows the database took are counted, across full and partial batches.
    void skipsConflictingRowsAndCountsTheRest_data() { TestDatabase::addBackendRows(); }
    void skipsConflictingRowsAndCountsTheRest()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        Transaction transaction(db);
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES ('user3', 'Before', 100)")).ok());
        BatchInserter users(db, QStringLiteral("users"), {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("created_at")},
                            4, QStringLiteral("ON CONFLICT (login) DO NOTHING"));
        for (int i = 0; i < 10; ++i) // user3 exists; user5 comes twice in the same batch
            QVERIFY(users.add({QStringLiteral("user%1").arg(i == 6 ? 5 : i), QStringLiteral("User %1").arg(i), i}).ok());
        QVERIFY(users.flush().ok());
        QVERIFY(transaction.commit().ok());
        QCOMPARE(users.rowsWritten(), qint64(10));
        QCOMPARE(users.rowsInserted(), qint64(8));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM users"))->toInt(), 9);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT display_name FROM users WHERE login = 'user3'"))->toString(), QStringLiteral("Before"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT created_at FROM users WHERE login = 'user5'"))->toInt(), 5);
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
