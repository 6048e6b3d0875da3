#include "serverfixture.h"
#include "testdatabase.h"

#include "accounts/accountrepository.h"
#include "accounts/accountsession.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "server/servermembers.h"
#include "server/serversetup.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The rights a LineDesk team server enforces by itself (issue 9): raw SQL from an employee's own
// connection is refused by PostgreSQL, a user of account A sees nothing of account B, and setup
// can run again (after a migration) and covers the new tables. PostgreSQL only.
class TestServerSetup final : public QObject
{
    Q_OBJECT

private:
    static void requirePostgres()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set: the server tests need PostgreSQL");
    }

    // What setup decided, as text: owners, row security and policies of every table, the grants.
    static QString snapshot(const QSqlDatabase &db)
    {
        QString text;
        QSqlQuery query(db);
        query.exec(QStringLiteral(
            "SELECT c.relname || ' owner=' || pg_get_userbyid(c.relowner) || ' rls=' || c.relrowsecurity || "
            "' force=' || c.relforcerowsecurity || ' acl=' || coalesce(array_to_string(c.relacl, ','), '') "
            "FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = to_regnamespace(current_schema()) "
            "UNION ALL SELECT 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' ' || coalesce(qual, '') || "
            "' ' || coalesce(with_check, '') FROM pg_policies WHERE schemaname = current_schema() ORDER BY 1"));
        while (query.next())
            text += query.value(0).toString() + QLatin1Char('\n');
        return text;
    }

    static QSqlError tryExec(const QSqlDatabase &db, const QString &sql, int *affected = nullptr)
    {
        QSqlQuery query(db);
        query.exec(sql);
        if (affected)
            *affected = query.numRowsAffected();
        return query.lastError();
    }

private slots:
    void sqliteHasNoServerSetup()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        auto report = ServerSetup(test.connection()).run();
        QVERIFY(!report);
        QCOMPARE(report.errorKind(), Error::Kind::InvalidInput);
        QVERIFY(report.errorMessage().contains(QStringLiteral("PostgreSQL")));
    }

    void setupOwnsAndSecuresEveryAccountTable()
    {
        requirePostgres();
        ServerFixture server;
        QVERIFY(server.create());
        // The owner cannot log in, and owns every table: nobody works as the owner.
        QCOMPARE(Sql::scalar(server.admin(), QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"),
                             {ServerSetup::kSchemaOwnerRole})->toBool(), false);
        QCOMPARE(server.count(QStringLiteral("pg_tables"),
                              QStringLiteral("schemaname = current_schema() AND tableowner <> 'linedesk_schema_owner'")),
                 qint64(0));
        // Every table with an account_id has row security, forced, and is in the report.
        QSqlQuery query(server.admin());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c JOIN pg_attribute a "
            "ON a.attrelid = c.oid AND a.attname = 'account_id' WHERE c.relkind = 'r' "
            "AND c.relnamespace = to_regnamespace(current_schema()) AND c.relname <> 'account_members'")));
        int tables = 0;
        while (query.next()) {
            ++tables;
            QVERIFY2(query.value(1).toBool() && query.value(2).toBool(), qPrintable(query.value(0).toString()));
        }
        QVERIFY(tables >= 20);
        QCOMPARE(server.count(QStringLiteral("pg_policies"),
                              QStringLiteral("tablename = 'numbers' AND policyname LIKE 'linedesk%'")),
                 qint64(4));
    }

    void setupTwiceChangesNothing()
    {
        requirePostgres();
        ServerFixture server;
        QVERIFY(server.create());
        const QString member = server.addUser(QStringLiteral("admin"), AccessRole::Admin, server.accountA);
        const QString before = snapshot(server.admin());
        auto again = ServerSetup(server.admin()).run();
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(snapshot(server.admin()), before);
        // Members and their rights survive a second setup.
        auto connection = server.connectAs(member);
        QVERIFY(connection);
        QCOMPARE(ServerMembers::roleOf(connection->connection(), server.accountA).value(), std::optional(AccessRole::Admin));
    }

    void employeeWritesAreRefusedByTheServer()
    {
        requirePostgres();
        ServerFixture server;
        QVERIFY(server.create());
        const QString employee = server.addUser(QStringLiteral("employee"), AccessRole::Employee, server.accountA);
        auto connection = server.connectAs(employee);
        QVERIFY(connection);
        const QSqlDatabase db = connection->connection();

        // Reading works.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT note FROM numbers WHERE id = ?"), {server.numberA})->toString(),
                 QStringLiteral("original"));
        // Raw INSERT, UPDATE and DELETE, sent by hand over the employee's own connection.
        const QStringList writes{
            QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, "
                           "next_billing_on) VALUES (%1, '+15145550999', 'US', 'local', 'USD', '2026-11-01', '2026-12-01')")
                .arg(server.accountA),
            QStringLiteral("UPDATE numbers SET note = 'hacked' WHERE id = %1").arg(server.numberA),
            QStringLiteral("DELETE FROM numbers WHERE id = %1").arg(server.numberA),
            QStringLiteral("INSERT INTO ledger_transactions (account_id, kind, occurred_at, amount_minor, currency) "
                           "VALUES (%1, 'deposit', 0, 100000, 'USD')")
                .arg(server.accountA),
            QStringLiteral("UPDATE accounts SET name = 'hacked' WHERE id = %1").arg(server.accountA),
            QStringLiteral("INSERT INTO account_members (account_id, user_id, role) SELECT %1, id, 'owner' FROM users "
                           "WHERE login = session_user ON CONFLICT (account_id, user_id) DO UPDATE SET role = 'owner'")
                .arg(server.accountA),
            QStringLiteral("ALTER TABLE numbers DISABLE ROW LEVEL SECURITY"),
            QStringLiteral("SET ROLE linedesk_admin"),
        };
        for (const QString &sql : writes) {
            const QSqlError error = tryExec(db, sql);
            QVERIFY2(error.isValid(), qPrintable(sql));
            QVERIFY2(error.nativeErrorCode() == QLatin1String("42501"),
                     qPrintable(sql + QLatin1String(": ") + error.nativeErrorCode() + QLatin1Char(' ') + error.text()));
        }
        // The application's own message for it.
        const Error mapped = Database::errorFrom(tryExec(db, writes.at(1)), writes.at(1));
        QCOMPARE(mapped.kind, Error::Kind::Forbidden);
        QVERIFY(mapped.message.contains(QStringLiteral("don't have the right")));
        // Nothing changed.
        QCOMPARE(server.count(QStringLiteral("numbers")), qint64(2));
        QCOMPARE(server.count(QStringLiteral("numbers"), QStringLiteral("note = 'original'")), qint64(2));
        QCOMPARE(server.count(QStringLiteral("ledger_transactions")), qint64(0));
        QCOMPARE(server.count(QStringLiteral("accounts"), QStringLiteral("name = 'hacked'")), qint64(0));
        QCOMPARE(ServerMembers::roleOf(db, server.accountA).value(), std::optional(AccessRole::Employee));
    }

    void accountsAreIsolated()
    {
        requirePostgres();
        ServerFixture server;
        QVERIFY(server.create());
        const QString adminOfA = server.addUser(QStringLiteral("admin_a"), AccessRole::Admin, server.accountA);
        auto connection = server.connectAs(adminOfA);
        QVERIFY(connection);
        const QSqlDatabase db = connection->connection();

        // Account A only, whatever the query asks for.
        QCOMPARE(AccountRepository(db).all()->size(), 1);
        QCOMPARE(AccountRepository(db).resolve(0)->id, server.accountA);
        QCOMPARE(AccountRepository(db).find(server.accountB).errorKind(), Error::Kind::NotFound);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM numbers"))->toLongLong(), qint64(1));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM numbers WHERE account_id = ?"), {server.accountB})
                     ->toLongLong(),
                 qint64(0));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM account_members"))->toLongLong(), qint64(1));

        // An admin writes in A...
        int affected = -1;
        QVERIFY(!tryExec(db, QStringLiteral("UPDATE numbers SET note = 'mine' WHERE id = %1").arg(server.numberA), &affected)
                     .isValid());
        QCOMPARE(affected, 1);
        // ...but not in B: updates and deletes find no row, an insert is refused.
        QVERIFY(!tryExec(db, QStringLiteral("UPDATE numbers SET note = 'theirs' WHERE id = %1").arg(server.numberB), &affected)
                     .isValid());
        QCOMPARE(affected, 0);
        QVERIFY(!tryExec(db, QStringLiteral("DELETE FROM numbers WHERE account_id = %1").arg(server.accountB), &affected)
                     .isValid());
        QCOMPARE(affected, 0);
        const QSqlError insert = tryExec(db, QStringLiteral("INSERT INTO numbers (account_id, e164, country, number_type, "
                                                            "currency, ordered_on, next_billing_on) VALUES (%1, "
                                                            "'+15145550998', 'US', 'local', 'USD', '2026-11-01', '2026-12-01')")
                                                 .arg(server.accountB));
        QCOMPARE(insert.nativeErrorCode(), QStringLiteral("42501"));
        // Moving a row of A into B is refused too.
        QCOMPARE(tryExec(db, QStringLiteral("UPDATE numbers SET account_id = %1 WHERE id = %2").arg(server.accountB).arg(server.numberA))
                     .nativeErrorCode(),
                 QStringLiteral("42501"));
        // The catalogue is the provider's: members read it and never change it.
        QCOMPARE(tryExec(db, QStringLiteral("DELETE FROM catalogue_options")).nativeErrorCode(), QStringLiteral("42501"));
        QCOMPARE(tryExec(db, QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")).nativeErrorCode(),
                 QStringLiteral("42501"));

        QCOMPARE(server.count(QStringLiteral("numbers"), QStringLiteral("note = 'mine'")), qint64(1));
        QCOMPARE(server.count(QStringLiteral("numbers"), QStringLiteral("account_id = %1 AND note = 'original'").arg(server.accountB)),
                 qint64(1));
    }

    void sessionRoleComesFromMembership()
    {
        requirePostgres();
        ServerFixture server;
        QVERIFY(server.create());
        const QString employee = server.addUser(QStringLiteral("emp"), AccessRole::Employee, server.accountA);
        const QString owner = server.addUser(QStringLiteral("own"), AccessRole::Owner, server.accountB);
        // The same person can be owner of B and employee of A: the session follows the account.
        QVERIFY(ServerMembers(server.admin()).add(owner, AccessRole::Employee, server.accountA, std::nullopt));

        AccountSession session;
        QVERIFY(session.open(server.locationFor(employee)));
        QCOMPARE(session.account().id, server.accountA);
        QCOMPARE(session.role(), AccessRole::Employee);
        QVERIFY(!session.canChange());

        AccountSession both;
        QVERIFY(both.open(server.locationFor(owner)));
        QCOMPARE(both.accounts().size(), 2);
        QVERIFY(both.setAccount(server.accountB));
        QCOMPARE(both.role(), AccessRole::Owner);
        QVERIFY(both.setAccount(server.accountA));
        QCOMPARE(both.role(), AccessRole::Employee);

        // The superuser is no member: it works as the owner, as on a local file.
        AccountSession administrator;
        QVERIFY(administrator.open(server.adminLocation()));
        QCOMPARE(administrator.role(), AccessRole::Owner);
    }

    void tablesAddedLaterAreCoveredWhenSetupRunsAgain()
    {
        requirePostgres();
        ServerFixture server;
        QVERIFY(server.create());
        const QString adminOfA = server.addUser(QStringLiteral("admin"), AccessRole::Admin, server.accountA);
        // What a later migration could add: an account table and a child table with no account_id.
        QVERIFY(Sql::exec(server.admin(), QStringLiteral("CREATE TABLE voicemail_boxes (id BIGINT GENERATED BY DEFAULT AS "
                                                         "IDENTITY PRIMARY KEY, account_id BIGINT NOT NULL REFERENCES "
                                                         "accounts(id), name TEXT NOT NULL)")));
        QVERIFY(Sql::exec(server.admin(), QStringLiteral("CREATE TABLE number_tags (number_id BIGINT NOT NULL REFERENCES "
                                                         "numbers(id) ON DELETE CASCADE, tag TEXT NOT NULL)")));
        QVERIFY(Sql::exec(server.admin(), QStringLiteral("INSERT INTO voicemail_boxes (account_id, name) VALUES (?, 'a'), (?, 'b')"),
                          {server.accountA, server.accountB}));
        QVERIFY(Sql::exec(server.admin(), QStringLiteral("INSERT INTO number_tags (number_id, tag) VALUES (?, 'a'), (?, 'b')"),
                          {server.numberA, server.numberB}));
        auto report = ServerSetup(server.admin()).run();
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(report->accountTables.contains(QStringLiteral("voicemail_boxes")));
        QVERIFY(report->accountTables.contains(QStringLiteral("number_tags")));
        QVERIFY(report->sharedTables.contains(QStringLiteral("meta")));

        auto connection = server.connectAs(adminOfA);
        QVERIFY(connection);
        const QSqlDatabase db = connection->connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT string_agg(name, ',') FROM voicemail_boxes"))->toString(), QStringLiteral("a"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT string_agg(tag, ',') FROM number_tags"))->toString(), QStringLiteral("a"));
        QVERIFY(Sql::exec(db, QStringLiteral("INSERT INTO number_tags (number_id, tag) VALUES (?, 'mine')"), {server.numberA}));
        QCOMPARE(tryExec(db, QStringLiteral("INSERT INTO number_tags (number_id, tag) VALUES (%1, 'theirs')").arg(server.numberB))
                     .nativeErrorCode(),
                 QStringLiteral("42501"));
        QCOMPARE(server.count(QStringLiteral("number_tags")), qint64(3));
    }

    void olderSchemaIsLeftToTheAdministrator()
    {
        requirePostgres();
        if (Migrations::latestVersion() == 1)
            QSKIP("only one migration so far: no older schema to try");
        ServerFixture server;
        QVERIFY(server.create());
        const QString owner = server.addUser(QStringLiteral("owner"), AccessRole::Owner, server.accountA);
        QVERIFY(Sql::exec(server.admin(), QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")));
        Database database;
        auto opened = database.open(server.locationFor(owner));
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("linedesk-cli server setup")), qPrintable(opened.errorMessage()));
        QCOMPARE(Sql::scalar(server.admin(), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))->toString(),
                 QStringLiteral("1"));
    }

    void membersAreManagedByTheAdministratorOnly()
    {
        requirePostgres();
        ServerFixture server;
        QVERIFY(server.create(false));
        // Before setup there are no LineDesk users to add.
        QCOMPARE(ServerMembers(server.admin()).add(server.uniqueLogin(QStringLiteral("early")), AccessRole::Admin,
                                                   server.accountA, QStringLiteral("x")).errorKind(),
                 Error::Kind::InvalidInput);
        QVERIFY(ServerSetup(server.admin()).run());
        ServerMembers members(server.admin());
        QCOMPARE(members.add(QStringLiteral("Bad Name"), AccessRole::Admin, server.accountA, std::nullopt).errorKind(),
                 Error::Kind::InvalidInput);
        QCOMPARE(members.add(QStringLiteral("linedesk_owner"), AccessRole::Admin, server.accountA, std::nullopt).errorKind(),
                 Error::Kind::InvalidInput);
        QCOMPARE(members.add(server.uniqueLogin(QStringLiteral("nobody")), AccessRole::Admin, 999999, std::nullopt).errorKind(),
                 Error::Kind::InvalidInput);
        QCOMPARE(server.count(QStringLiteral("users")), qint64(0));

        const QString owner = server.addUser(QStringLiteral("owner"), AccessRole::Owner, server.accountA);
        auto connection = server.connectAs(owner);
        QVERIFY(connection);
        // Even the account's owner cannot make anyone a member through SQL: that is the administrator's job.
        QCOMPARE(tryExec(connection->connection(), QStringLiteral("INSERT INTO users (login, display_name, created_at) "
                                                                  "VALUES ('intruder', 'x', 0)"))
                     .nativeErrorCode(),
                 QStringLiteral("42501"));
        connection.reset();

        QCOMPARE(members.remove(owner).value(), 1);
        QCOMPARE(server.count(QStringLiteral("users")), qint64(0));
        QVERIFY(!server.connectAs(owner)); // NOLOGIN now
        QCOMPARE(members.remove(owner).errorKind(), Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestServerSetup)
#include "tst_serversetup.moc"
