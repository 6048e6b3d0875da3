#include "clirunner.h"
#include "serverfixture.h"
#include "testdatabase.h"

#include "db/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// linedesk-cli server setup | add-user | remove-user against a real server: the contract's exit
// codes, JSON, and what the server then lets each user do.
class TestServerCli final : public QObject
{
    Q_OBJECT

private:
    static CliRun runWithInput(const QStringList &arguments, const QByteArray &input)
    {
        QProcess process;
        process.start(qEnvironmentVariable("LINEDESK_CLI"), arguments);
        process.write(input);
        process.closeWriteChannel();
        CliRun run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void sqliteIsNotAServer()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(QStringLiteral("sqlite")));
        const CliRun run = runCli({QStringLiteral("--db"), test.cliArgument(), QStringLiteral("server"), QStringLiteral("setup")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("postgresql://"), run.err.constData());
        QCOMPARE(runCli({QStringLiteral("server"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("server")}).exitCode, 2);
    }

    void setupAddAndRemoveUsers()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set: the server CLI needs PostgreSQL");
        ServerFixture server;
        QVERIFY(server.create(false));
        const QString db = server.cliArgument();

        // add-user before setup: refused, nothing written.
        const QString employee = server.uniqueLogin(QStringLiteral("cli_employee"));
        CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("server"), QStringLiteral("add-user"), employee,
                             QStringLiteral("--role"), QStringLiteral("employee")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("server setup"), run.err.constData());

        for (int pass = 0; pass < 2; ++pass) { // idempotent
            run = runCli({QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("server"),
                          QStringLiteral("setup")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject json = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(json.value(QStringLiteral("table_owner")).toString(), QStringLiteral("linedesk_schema_owner"));
            QVERIFY(json.value(QStringLiteral("account_tables")).toArray().contains(QStringLiteral("numbers")));
            QVERIFY(json.value(QStringLiteral("read_only_tables")).toArray().contains(QStringLiteral("catalogue_options")));
            QVERIFY(json.value(QStringLiteral("shared_tables")).toArray().contains(QStringLiteral("meta")));
        }

        // Usage errors: exit 2, nothing written.
        const QStringList addEmployee{QStringLiteral("--db"), db, QStringLiteral("--account"), QString::number(server.accountA),
                                      QStringLiteral("server"), QStringLiteral("add-user"), employee};
        QCOMPARE(runCli(addEmployee).exitCode, 2);                                            // no --role
        QCOMPARE(runCli(addEmployee + QStringList{QStringLiteral("--role"), QStringLiteral("boss")}).exitCode, 2);
        QCOMPARE(runWithInput(addEmployee + QStringList{QStringLiteral("--role"), QStringLiteral("employee"),
                                                        QStringLiteral("--password-stdin")},
                              "\n")
                     .exitCode,
                 2);
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("--account"), QStringLiteral("999999"), QStringLiteral("server"),
                      QStringLiteral("add-user"), employee, QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(server.count(QStringLiteral("users")), qint64(0));

        // The employee, with a password from standard input.
        run = runWithInput(addEmployee + QStringList{QStringLiteral("--role"), QStringLiteral("employee"),
                                                     QStringLiteral("--password-stdin"), QStringLiteral("--format"),
                                                     QStringLiteral("json")},
                           ServerFixture::passwordOf(employee).toUtf8() + "\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject added = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(added.value(QStringLiteral("role")).toString(), QStringLiteral("employee"));
        QCOMPARE(added.value(QStringLiteral("account")).toInteger(), server.accountA);
        QCOMPARE(added.value(QStringLiteral("created_login")).toBool(), true);
        QVERIFY(!run.out.contains(ServerFixture::passwordOf(employee).toUtf8()));

        // The employee reads with the CLI, and the server refuses their change.
        QProcessEnvironment asEmployee = QProcessEnvironment::systemEnvironment();
        asEmployee.insert(QStringLiteral("PGPASSWORD"), ServerFixture::passwordOf(employee));
        const QString employeeDb = server.locationFor(employee).toUrl();
        run = runCli({QStringLiteral("--db"), employeeDb, QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("numbers"), QStringLiteral("list")},
                     asEmployee);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1); // account A's number only
        run = runCli({QStringLiteral("--db"), employeeDb, QStringLiteral("numbers"), QStringLiteral("set"),
                      QStringLiteral("+15145550101"), QStringLiteral("--note"), QStringLiteral("changed")},
                     asEmployee);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("don't have the right"), run.err.constData());
        QCOMPARE(server.count(QStringLiteral("numbers"), QStringLiteral("note = 'original'")), qint64(2));

        // Promoted to admin, the same command works.
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("--account"), QString::number(server.accountA), QStringLiteral("server"),
                      QStringLiteral("add-user"), employee, QStringLiteral("--role"), QStringLiteral("admin")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("--db"), employeeDb, QStringLiteral("numbers"), QStringLiteral("set"),
                      QStringLiteral("+15145550101"), QStringLiteral("--note"), QStringLiteral("changed")},
                     asEmployee);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(server.count(QStringLiteral("numbers"), QStringLiteral("note = 'changed'")), qint64(1));

        // remove-user: the login can no longer connect.
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("server"), QStringLiteral("remove-user"),
                         QStringLiteral("nobody_here")}).exitCode,
                 2);
        run = runCli({QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("server"),
                      QStringLiteral("remove-user"), employee});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("memberships_removed")).toInt(), 1);
        run = runCli({QStringLiteral("--db"), employeeDb, QStringLiteral("numbers"), QStringLiteral("list")}, asEmployee);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not permitted to log in") || run.err.contains("Cannot connect"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
