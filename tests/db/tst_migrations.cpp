#include "db/migrations.h"
#include "db/sql.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList expectedTables()
{
    return {QStringLiteral("meta"), QStringLiteral("accounts"), QStringLiteral("users"), QStringLiteral("account_members"),
            QStringLiteral("numbers"), QStringLiteral("caller_filters"), QStringLiteral("routing_rules"),
            QStringLiteral("calls"), QStringLiteral("ledger_transactions"), QStringLiteral("payment_methods"),
            QStringLiteral("autobilling_settings"), QStringLiteral("autobilling_attempts"), QStringLiteral("outbox"),
            QStringLiteral("billing_profiles"), QStringLiteral("tax_profiles"), QStringLiteral("catalogue_packages"),
            QStringLiteral("catalogue_options"), QStringLiteral("catalogue_bundles"), QStringLiteral("subscriptions"),
            QStringLiteral("subscription_items"), QStringLiteral("extensions"), QStringLiteral("basket_items"),
            QStringLiteral("subscription_changes"), QStringLiteral("porting_requests"), QStringLiteral("swap_requests"),
            QStringLiteral("saved_reports"), QStringLiteral("account_settings")};
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseGetsTheWholeSchema_data() { TestDatabase::addBackendRows(); }
    void freshDatabaseGetsTheWholeSchema()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        QCOMPARE(test.database().schemaVersion(), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 1);
        const QStringList tables = test.connection().tables();
        for (const QString &table : expectedTables())
            QVERIFY2(tables.contains(table), qPrintable(table));
    }

    void rerunIsANoOp_data() { TestDatabase::addBackendRows(); }
    void rerunIsANoOp()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        QVERIFY(Sql::exec(test.connection(), QStringLiteral("INSERT INTO accounts (name, account_number, created_at) "
                                                             "VALUES ('Kept', 'K-1', 0)")).ok());
        const DatabaseLocation location = test.location();
        test.database().close();
        auto reopened = test.database().open(location);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        QCOMPARE(test.database().schemaVersion(), Migrations::latestVersion());
        auto again = Migrations::migrate(test.connection(), test.database().backend());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), Migrations::latestVersion());
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("SELECT COUNT(*) FROM accounts"))->toInt(), 1);
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("SELECT COUNT(*) FROM meta"))->toInt(), 2);
    }

    void newerSchemaIsRefusedAndUntouched_data() { TestDatabase::addBackendRows(); }
    void newerSchemaIsRefusedAndUntouched()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const int newer = Migrations::latestVersion() + 1;
        QVERIFY(Sql::exec(test.connection(), QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"),
                          {QString::number(newer)}).ok());
        // Checkpoint the WAL into the file so the hash sees every byte.
        if (backend == QLatin1String("sqlite"))
            QVERIFY(Sql::exec(test.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        const DatabaseLocation location = test.location();
        test.database().close();
        const QByteArray before = location.isServer() ? QByteArray() : fileHash(location.path());

        Database db;
        auto opened = db.open(location);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.errorKind(), Error::Kind::NewerSchema);
        QVERIFY2(opened.errorMessage().contains(QString::number(newer)), qPrintable(opened.errorMessage()));
        QVERIFY(opened.errorMessage().contains(QStringLiteral("newer LineDesk")));
        QVERIFY(!db.isOpen());
        if (!location.isServer()) {
            QCOMPARE(fileHash(location.path()), before);
        } else {
            Database check;
            QVERIFY(check.openOnly(location).errorKind() == Error::Kind::NewerSchema);
        }
    }

    void garbageFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("This is a shopping list, not a database.\n");
        QTest::newRow("random bytes") << QByteArray(4096, '\xA7');
        QTest::newRow("truncated sqlite header") << QByteArray("SQLite format 3\0\x10\0\x01\x01", 21);
    }
    void garbageFileIsRefused()
    {
        QFETCH(QByteArray, content);
        TestDatabase test;
        const QString path = test.tempPath(QStringLiteral("garbage.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = fileHash(path);
        Database db;
        auto opened = db.open(DatabaseLocation::sqliteFile(path));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.errorKind(), Error::Kind::NotLineDesk);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("not a LineDesk database")), qPrintable(opened.errorMessage()));
        QCOMPARE(fileHash(path), before);
    }

    void foreignDatabaseIsRefused_data() { TestDatabase::addBackendRows(); }
    void foreignDatabaseIsRefused()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        const DatabaseLocation location = test.create(backend);
        {
            Database raw;
            QVERIFY(raw.openOnly(location).ok()); // empty: version 0, nothing created
            QCOMPARE(raw.schemaVersion(), 0);
            QVERIFY(Sql::exec(raw.connection(), QStringLiteral("CREATE TABLE recipes (id INTEGER, title TEXT)")).ok());
        }
        Database db;
        auto opened = db.open(location);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.errorKind(), Error::Kind::NotLineDesk);
        Database check;
        QVERIFY(!check.open(location).ok());
    }

    void sqliteSettingsAfterOpen()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        // 64 MiB of page cache (negative: KiB) for the report indexes of big accounts.
        QCOMPARE(Sql::scalar(test.connection(), QStringLiteral("PRAGMA cache_size"))->toInt(), -65536);
    }

    void constraintsHold_data() { TestDatabase::addBackendRows(); }
    void constraintsHold()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const qint64 account = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, created_at) "
                                                              "VALUES (?, ?, 0) RETURNING id"),
                                           {QStringLiteral("A"), QStringLiteral("A-1")}).value();
        // A card is four digits, never more.
        QVERIFY(!Sql::exec(db, QStringLiteral("INSERT INTO payment_methods (account_id, token, brand, last4, exp_month, "
                                              "exp_year, created_at) VALUES (?, 't', 'Visa', '4111111111111111', 1, 2030, 0)"),
                           {account}).ok());
        // Unknown call dispositions and foreign keys are refused by the database itself.
        QVERIFY(!Sql::exec(db, QStringLiteral("INSERT INTO calls (account_id, did, caller, disposition, started_at, "
                                              "duration_s, currency) VALUES (?, '+1', '+2', 'lost', 0, 0, 'USD')"),
                           {account}).ok());
        QVERIFY(!Sql::exec(db, QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, "
                                              "ordered_on, next_billing_on) VALUES (9999, '+1', 'US', 'local', 'USD', "
                                              "'2026-01-01', '2026-02-01')")).ok());
        // The same call imported twice is one call.
        const QString call = QStringLiteral("INSERT INTO calls (account_id, did, caller, disposition, started_at, duration_s, "
                                            "currency) VALUES (?, '+12125550142', '+13055550100', 'missed', 100, 0, 'USD')");
        QVERIFY(Sql::exec(db, call, {account}).ok());
        const auto duplicate = Sql::exec(db, call, {account});
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.errorKind(), Error::Kind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
