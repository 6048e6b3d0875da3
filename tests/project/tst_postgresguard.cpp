#include <QTest>

// The PostgreSQL half of every database test skips when LINEDESK_TEST_PG is missing. In CI that
// would hide a whole backend, so there this guard fails instead.
class TestPostgresGuard final : public QObject
{
    Q_OBJECT

private slots:
    void serverTestsCannotBeSkippedInCi()
    {
        const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
        const bool configured = !qEnvironmentVariable("LINEDESK_TEST_PG").isEmpty();
        if (ci)
            QVERIFY2(configured, "CI=true but LINEDESK_TEST_PG is not set: the PostgreSQL tests would be skipped");
        else if (!configured)
            QSKIP("LINEDESK_TEST_PG is not set: PostgreSQL tests skip (run scripts/test.sh to include them)");
    }
};

QTEST_GUILESS_MAIN(TestPostgresGuard)
#include "tst_postgresguard.moc"
