#include "db/migrations.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "finances/ledger.h"
#include "testdatabase.h"
#include "../finances/financefixture.h"

#include <QTest>

// Migration 0004: the balance of an account is kept in account_balances by triggers on the ledger.
// Whatever writes the ledger — the application, or raw SQL as a script or an administrator would —
// the kept balance stays the sum of the posted rows; a version 3 database gets its balances on upgrade;
// on PostgreSQL the ledger's triggers fire once per statement, not once per row.
class TestMigration0004 final : public QObject
{
    Q_OBJECT

private:
    static qint64 summed(const QSqlDatabase &db, qint64 account)
    {
        return Sql::scalar(db, QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_transactions "
                                              "WHERE account_id = ? AND status = 'posted'"),
                           {account})
            ->toLongLong();
    }

    static void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
    {
        auto done = Sql::exec(db, sql, values);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage() + QStringLiteral(": ") + sql));
    }

private slots:
    void balanceFollowsEveryWrite_data() { TestDatabase::addBackendRows(); }
    void balanceFollowsEveryWrite()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const Account a = FinanceFixture::addAccount(db, QStringLiteral("A-1"));
        const Account b = FinanceFixture::addAccount(db, QStringLiteral("B-1"));
        Ledger ledgerA(db, a);
        Ledger ledgerB(db, b);
        const auto check = [&](qint64 expectedA, qint64 expectedB) {
            QCOMPARE(ledgerA.balance()->minor(), expectedA);
            QCOMPARE(ledgerB.balance()->minor(), expectedB);
            QCOMPARE(summed(db, a.id), expectedA);
            QCOMPARE(summed(db, b.id), expectedB);
        };
        check(0, 0);

        // One statement, many rows, both accounts; pending and cancelled rows do not count.
        exec(db, QStringLiteral("INSERT INTO ledger_transactions (account_id, kind, occurred_at, amount_minor, currency, status) "
                                "VALUES (?, 'deposit', 10, 5000, 'USD', 'posted'), (?, 'did_monthly', 20, -495, 'USD', 'posted'), "
                                "(?, 'deposit', 30, 9900, 'USD', 'pending'), (?, 'deposit', 40, 700, 'USD', 'cancelled'), "
                                "(?, 'deposit', 50, 2500, 'USD', 'posted')"),
             {a.id, a.id, a.id, a.id, b.id});
        check(4505, 2500);

        // Through the application: a post, and a pending wire received.
        QVERIFY(ledgerA.post(Ledger::Posting{Ledger::Kind::Fax, -300}).ok());
        check(4205, 2500);
        const qint64 wire = Sql::scalar(db, QStringLiteral("SELECT id FROM ledger_transactions WHERE account_id = ? AND status = 'pending'"),
                                        {a.id})
                                ->toLongLong();
        QVERIFY(ledgerA.markReceived(wire, QDateTime::currentDateTimeUtc()).ok());
        check(14105, 2500);

        // Raw corrections: an amount changed, a row cancelled, a row moved to another account.
        exec(db, QStringLiteral("UPDATE ledger_transactions SET amount_minor = -500 WHERE account_id = ? AND kind = 'did_monthly'"), {a.id});
        check(14100, 2500);
        exec(db, QStringLiteral("UPDATE ledger_transactions SET status = 'cancelled' WHERE account_id = ? AND kind = 'fax'"), {a.id});
        check(14400, 2500);
        exec(db, QStringLiteral("UPDATE ledger_transactions SET status = 'posted' WHERE account_id = ? AND status = 'cancelled' "
                                "AND kind = 'deposit'"),
             {a.id});
        check(15100, 2500);
        exec(db, QStringLiteral("UPDATE ledger_transactions SET account_id = ? WHERE account_id = ? AND occurred_at = 10"), {b.id, a.id});
        check(10100, 7500);
        // A change that does not touch the money leaves the balance alone.
        exec(db, QStringLiteral("UPDATE ledger_transactions SET description = 'checked' WHERE account_id = ?"), {a.id});
        check(10100, 7500);

        // Deletions: one row, then every row of an account.
        exec(db, QStringLiteral("DELETE FROM ledger_transactions WHERE account_id = ? AND kind = 'did_monthly'"), {a.id});
        check(10600, 7500);
        exec(db, QStringLiteral("DELETE FROM ledger_transactions WHERE account_id = ?"), {b.id});
        check(10600, 0);

        // A write rolled back leaves the kept balance as it was.
        {
            Transaction transaction(db);
            QVERIFY(transaction.isActive());
            exec(db, QStringLiteral("INSERT INTO ledger_transactions (account_id, kind, occurred_at, amount_minor, currency, status) "
                                    "VALUES (?, 'deposit', 60, 100000, 'USD', 'posted')"),
                 {a.id});
            QCOMPARE(ledgerA.balance()->minor(), qint64(110600));
            transaction.rollback();
        }
        check(10600, 0);

        // An account that goes takes its balance with it.
        exec(db, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {a.id});
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM account_balances WHERE account_id = ?"), {a.id})->toLongLong(), 0);
    }

    void version3DatabaseUpgrades_data() { TestDatabase::addBackendRows(); }
    void version3DatabaseUpgrades()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        const DatabaseLocation location = test.create(backend);
        qint64 account = 0;
        qint64 empty = 0;
        {
            // A database as LineDesk left it at schema version 3, with a ledger.
            Database old;
            QVERIFY(old.openOnly(location).ok());
            const QSqlDatabase db = old.connection();
            exec(db, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
            exec(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'linedesk'), ('schema_version', '3')"));
            for (int version = 1; version <= 3; ++version) {
                for (const QString &statement : Migrations::statements(version, old.backend()))
                    QVERIFY2(Sql::exec(db, statement).ok(), qPrintable(statement));
            }
            account = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, created_at) VALUES ('Old', 'O-1', 0) "
                                                     "RETURNING id"))
                          .value();
            empty = Sql::insert(db, QStringLiteral("INSERT INTO accounts (name, account_number, created_at) VALUES ('New', 'O-2', 0) "
                                                   "RETURNING id"))
                        .value();
            exec(db, QStringLiteral("INSERT INTO ledger_transactions (account_id, kind, occurred_at, amount_minor, currency, status) "
                                    "VALUES (?, 'deposit', 10, 5000, 'USD', 'posted'), (?, 'did_monthly', 20, -495, 'USD', 'posted'), "
                                    "(?, 'deposit', 30, 9900, 'USD', 'pending')"),
                 {account, account, account});
        }
        Database upgraded;
        auto opened = upgraded.open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QVERIFY(upgraded.schemaVersion() >= 4);
        const QSqlDatabase db = upgraded.connection();
        const Account old = AccountRepository(db).find(account).value();
        QCOMPARE(Ledger(db, old).balance()->minor(), qint64(4505));
        QCOMPARE(Ledger(db, AccountRepository(db).find(empty).value()).balance()->minor(), qint64(0));
        // And it is kept from then on.
        QVERIFY(Ledger(db, old).post(Ledger::Posting{Ledger::Kind::Cnam, -5}).ok());
        QCOMPARE(Ledger(db, old).balance()->minor(), qint64(4500));
    }

    // A bulk write of the ledger costs the server one trigger call per statement: no trigger on the
    // ledger fires per row (the per-row NOTIFY of migration 0003 doubled bulk writes).
    void postgresLedgerTriggersFirePerStatement()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("no PostgreSQL test server (LINEDESK_TEST_PG)");
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("postgresql")));
        const QSqlDatabase db = test.connection();
        auto triggers = Sql::exec(db, QStringLiteral("SELECT tgname, (tgtype & 1) = 1 FROM pg_trigger "
                                                     "WHERE tgrelid = 'ledger_transactions'::regclass AND NOT tgisinternal"));
        QVERIFY(triggers.ok());
        QStringList names;
        while (triggers.value().next()) {
            names << triggers->value(0).toString();
            QVERIFY2(!triggers->value(1).toBool(), qPrintable(triggers->value(0).toString() + QStringLiteral(" fires per row")));
        }
        QCOMPARE(names.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMigration0004)
#include "tst_migration_0004.moc"
