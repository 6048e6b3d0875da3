#include "db/migrations.h"
#include "db/sql.h"
#include "testdatabase.h"

#include <QTest>

// Migration 0002 (covering indexes for reports and the ledger): a new database has them, a version 1
// database upgrades in place with its rows kept, the indexes it replaces are gone, and SQLite really
// answers the report and balance queries from them.
class TestMigration0002 final : public QObject
{
    Q_OBJECT

private:
    static QStringList indexNames(const QSqlDatabase &db, const QString &backend, const QString &table)
    {
        const QString sql = backend == QLatin1String("sqlite")
                                ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?")
                                : QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?");
        auto query = Sql::exec(db, sql, {table});
        if (!query)
            return {};
        QStringList names;
        while (query.value().next())
            names << query->value(0).toString();
        return names;
    }

    static void verifyIndexes(const QSqlDatabase &db, const QString &backend)
    {
        const QStringList calls = indexNames(db, backend, QStringLiteral("calls"));
        QVERIFY2(calls.contains(QStringLiteral("calls_report_cover")), qPrintable(calls.join(u' ')));
        QVERIFY2(!calls.contains(QStringLiteral("calls_account_disposition_time")), qPrintable(calls.join(u' ')));
        QVERIFY(calls.contains(QStringLiteral("calls_account_time")));  // the call list still pages on it
        QVERIFY(calls.contains(QStringLiteral("calls_number_time")));
        const QStringList ledger = indexNames(db, backend, QStringLiteral("ledger_transactions"));
        QVERIFY2(ledger.contains(QStringLiteral("ledger_balance_cover")), qPrintable(ledger.join(u' ')));
        QVERIFY2(ledger.contains(QStringLiteral("ledger_kind_time_cover")), qPrintable(ledger.join(u' ')));
        QVERIFY2(!ledger.contains(QStringLiteral("ledger_account_kind_time")), qPrintable(ledger.join(u' ')));
        QVERIFY(ledger.contains(QStringLiteral("ledger_account_time")));
    }

    static QString sqlitePlan(const QSqlDatabase &db, const QString &sql)
    {
        auto query = Sql::exec(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        QStringList details;
        while (query && query.value().next())
            details << query->value(3).toString();
        return details.join(QLatin1Char('\n'));
    }

private slots:
    void newDatabaseHasTheIndexes_data() { TestDatabase::addBackendRows(); }
    void newDatabaseHasTheIndexes()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        QVERIFY(Migrations::latestVersion() >= 2);
        QCOMPARE(test.database().schemaVersion(), Migrations::latestVersion());
        verifyIndexes(test.connection(), backend);
    }

    void version1DatabaseUpgrades_data() { TestDatabase::addBackendRows(); }
    void version1DatabaseUpgrades()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        const DatabaseLocation location = test.create(backend);
        {
            // A database as LineDesk 0.1 left it: schema version 1 and some rows.
            Database old;
            QVERIFY(old.openOnly(location).ok());
            const QSqlDatabase db = old.connection();
            QVERIFY(Sql::exec(db, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")).ok());
            QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'linedesk'), "
                                                 "('schema_version', '1')")).ok());
            for (const QString &statement : Migrations::statements(1, old.backend()))
                QVERIFY2(Sql::exec(db, statement).ok(), qPrintable(statement));
            const qint64 account = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, created_at) "
                                                                  "VALUES ('Old', 'O-1', 0) RETURNING id")).value();
            QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO calls (account_id, did, caller, disposition, started_at, duration_s, "
                                                 "charge_micro, currency) VALUES (?, '+12125550142', '+13055550100', 'missed', 100, 0, 0, "
                                                 "'USD'), (?, '+12125550142', '+13055550101', 'answered', 200, 90, 13500, 'USD')"),
                              {account, account}).ok());
            QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO ledger_transactions (account_id, kind, occurred_at, amount_minor, currency, "
                                                 "status) VALUES (?, 'deposit', 10, 5000, 'USD', 'posted'), "
                                                 "(?, 'did_monthly', 20, -495, 'USD', 'posted'), (?, 'deposit', 30, 9900, 'USD', 'pending')"),
                              {account, account, account}).ok());
            QCOMPARE(indexNames(db, backend, QStringLiteral("calls")).contains(QStringLiteral("calls_account_disposition_time")), true);
        }
        Database upgraded;
        auto opened = upgraded.open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(upgraded.schemaVersion(), Migrations::latestVersion());
        const QSqlDatabase db = upgraded.connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))->toString(),
                 QString::number(Migrations::latestVersion()));
        verifyIndexes(db, backend);
        // The rows are still there and the queries the indexes serve give the same answers.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM calls WHERE disposition = 'missed'"))->toLongLong(), 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT SUM(amount_minor) FROM ledger_transactions WHERE status = 'posted'"))->toLongLong(),
                 4505);
    }

    // The point of the indexes: SQLite reads the report totals, the missed-calls buckets and the balance
    // from the index alone.
    void sqliteUsesTheCoveringIndexes()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const QSqlDatabase db = test.connection();
        const QString totals = sqlitePlan(db, QStringLiteral("SELECT COUNT(*), SUM(duration_s), SUM(charge_micro) FROM calls WHERE account_id = 1 "
                                                             "AND started_at >= 0 AND started_at < 100 AND disposition = 'missed' "
                                                             "AND did IN ('+12125550142')"));
        QVERIFY2(totals.contains(QStringLiteral("COVERING INDEX calls_report_cover")), qPrintable(totals));
        const QString page = sqlitePlan(db, QStringLiteral("SELECT id, started_at FROM calls WHERE account_id = 1 AND started_at >= 0 "
                                                           "AND started_at < 100 AND disposition = 'missed' AND (started_at, id) > (5, 6) "
                                                           "ORDER BY started_at, id LIMIT 256"));
        QVERIFY2(page.contains(QStringLiteral("calls_report_cover")) && !page.contains(QStringLiteral("TEMP B-TREE")), qPrintable(page));
        const QString balance = sqlitePlan(db, QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_transactions "
                                                              "WHERE account_id = 1 AND status = 'posted'"));
        QVERIFY2(balance.contains(QStringLiteral("COVERING INDEX ledger_balance_cover")), qPrintable(balance));
        const QString usage = sqlitePlan(db, QStringLiteral("SELECT SUM(amount_minor) FROM ledger_transactions WHERE account_id = 1 "
                                                            "AND kind IN ('call_incoming', 'cnam') AND status <> 'cancelled' "
                                                            "AND occurred_at >= 0 AND occurred_at < 100"));
        QVERIFY2(usage.contains(QStringLiteral("COVERING INDEX ledger_kind_time_cover")), qPrintable(usage));
    }
};

QTEST_GUILESS_MAIN(TestMigration0002)
#include "tst_migration_0002.moc"
