#include "db/databaselocation.h"

#include <QTest>

class TestDatabaseLocation final : public QObject
{
    Q_OBJECT

private slots:
    void sqlitePath()
    {
        const auto location = DatabaseLocation::parse(QStringLiteral("/tmp/x.sqlite"));
        QVERIFY(location.ok());
        QCOMPARE(location->backend(), DatabaseLocation::Backend::SQLite);
        QCOMPARE(location->path(), QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(location->toUrl(), QStringLiteral("/tmp/x.sqlite"));
    }

    void postgresUrl()
    {
        qputenv("PGPASSWORD", "fromenv");
        const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://dana@db.example:6543/linedesk?sslmode=verify-full"));
        QVERIFY2(location.ok(), qPrintable(location.errorMessage()));
        QCOMPARE(location->backend(), DatabaseLocation::Backend::PostgreSQL);
        QCOMPARE(location->host(), QStringLiteral("db.example"));
        QCOMPARE(location->port(), 6543);
        QCOMPARE(location->user(), QStringLiteral("dana"));
        QCOMPARE(location->databaseName(), QStringLiteral("linedesk"));
        QCOMPARE(location->sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(location->password(), QStringLiteral("fromenv"));
        qunsetenv("PGPASSWORD");
    }

    void passwordNeverInPersistentForm()
    {
        const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://dana:s3cret@127.0.0.1:5432/linedesk"));
        QVERIFY(location.ok());
        QCOMPARE(location->password(), QStringLiteral("s3cret"));
        QVERIFY(!location->toUrl().contains(QStringLiteral("s3cret")));
        QVERIFY(!location->displayName().contains(QStringLiteral("s3cret")));
        // The persistent form parses back to the same place.
        const auto back = DatabaseLocation::parse(location->toUrl());
        QCOMPARE(back->host(), location->host());
        QCOMPARE(back->databaseName(), location->databaseName());
        QCOMPARE(back->user(), location->user());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no database") << QStringLiteral("postgresql://dana@host:5432/");
        QTest::newRow("no host") << QStringLiteral("postgresql:///linedesk");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://dana@host/linedesk?sslmode=maybe");
        QTest::newRow("other scheme") << QStringLiteral("mysql://dana@host/linedesk");
    }
    void refused()
    {
        QFETCH(QString, text);
        const auto location = DatabaseLocation::parse(text);
        QVERIFY(!location.ok());
        QCOMPARE(location.errorKind(), Error::Kind::InvalidInput);
        QVERIFY(!location.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
