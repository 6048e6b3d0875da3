#include "serverfixture.h"
#include "testdatabase.h"

#include "db/database.h"
#include "db/servererrors.h"

#include <QSqlError>
#include <QTcpServer>
#include <QTest>

// What a user reads when a server refuses a change or a connection: each libpq failure is named
// for what it is (wrong password, unknown host, unreachable, no database, pg_hba, SSL).
class TestServerErrors final : public QObject
{
    Q_OBJECT

private:
    static DatabaseLocation serverAt(int port, const QString &database = QStringLiteral("linedesk"))
    {
        DatabaseLocation location = DatabaseLocation::postgres(QStringLiteral("127.0.0.1"), port, database,
                                                               QStringLiteral("alice"), QStringLiteral("disable"));
        location.setPassword(QStringLiteral("secret"));
        return location;
    }

    // LINEDESK_TEST_PG's server, as its superuser, with a changed detail.
    static DatabaseLocation testServer()
    {
        auto admin = DatabaseLocation::parse(qEnvironmentVariable("LINEDESK_TEST_PG")).value();
        DatabaseLocation location = DatabaseLocation::postgres(admin.host(), admin.port(), admin.databaseName(),
                                                               admin.user(), QStringLiteral("disable"));
        location.setPassword(admin.password());
        return location;
    }

    static QString openError(const DatabaseLocation &location)
    {
        Database database;
        auto opened = database.openOnly(location);
        return opened ? QString() : opened.errorMessage();
    }

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("problemValue");
        using P = ServerErrors::ConnectionProblem;
        // libpq 15's own words.
        QTest::newRow("password") << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
                                                    "password authentication failed for user \"alice\"")
                                  << int(P::WrongPassword);
        QTest::newRow("no password") << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: "
                                                       "fe_sendauth: no password supplied")
                                     << int(P::PasswordMissing);
        QTest::newRow("host") << QStringLiteral("could not translate host name \"db.example.invalid\" to address: "
                                                "Name or service not known")
                              << int(P::UnknownHost);
        QTest::newRow("refused") << QStringLiteral("connection to server at \"127.0.0.1\", port 1 failed: Connection "
                                                   "refused\n\tIs the server running on that host and accepting TCP/IP "
                                                   "connections?")
                                 << int(P::Unreachable);
        QTest::newRow("timeout") << QStringLiteral("connection to server at \"10.0.0.9\", port 5432 failed: timeout expired")
                                 << int(P::Unreachable);
        QTest::newRow("route") << QStringLiteral("connection to server at \"10.0.0.9\", port 5432 failed: No route to host")
                               << int(P::Unreachable);
        QTest::newRow("database") << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
                                                    "database \"linedesk\" does not exist")
                                  << int(P::NoSuchDatabase);
        QTest::newRow("role") << QStringLiteral("connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: FATAL:  "
                                                "role \"alice\" does not exist")
                              << int(P::NoSuchUser);
        QTest::newRow("hba") << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  no "
                                               "pg_hba.conf entry for host \"127.0.0.1\", user \"alice\", database "
                                               "\"linedesk\", SSL off")
                             << int(P::HbaRefused);
        QTest::newRow("hba reject") << QStringLiteral("FATAL:  pg_hba.conf rejects connection for host \"127.0.0.1\", "
                                                      "user \"alice\", database \"linedesk\", SSL encryption")
                                    << int(P::HbaRefused);
        QTest::newRow("ssl unsupported") << QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: "
                                                           "server does not support SSL, but SSL was required")
                                         << int(P::SslRequired);
        QTest::newRow("root cert") << QStringLiteral("connection to server at \"db\", port 5432 failed: root certificate "
                                                     "file \"/home/a/.postgresql/root.crt\" does not exist\nEither provide "
                                                     "the file or change sslmode to disable server certificate verification.")
                                   << int(P::SslFailed);
        QTest::newRow("host mismatch") << QStringLiteral("server certificate for \"db.example.com\" does not match host "
                                                         "name \"10.0.0.9\"")
                                       << int(P::SslFailed);
        QTest::newRow("verify failed") << QStringLiteral("SSL error: certificate verify failed") << int(P::SslFailed);
        QTest::newRow("other") << QStringLiteral("out of memory") << int(P::Other);
    }
    void classify()
    {
        QFETCH(QString, message);
        QFETCH(int, problemValue);
        const auto problem = ServerErrors::ConnectionProblem(problemValue);
        QCOMPARE(ServerErrors::classify(message), problem);
        // Every problem has its own explanation, never the generic one.
        const QString text = ServerErrors::explain(problem, serverAt(5432));
        QVERIFY(!text.isEmpty());
        if (problem != ServerErrors::ConnectionProblem::Other)
            QVERIFY(text != ServerErrors::explain(ServerErrors::ConnectionProblem::Other, serverAt(5432)));
    }

    void permissionDeniedSaysSo()
    {
        const QSqlError refused(QStringLiteral("permission denied for table numbers"), QString(),
                                QSqlError::StatementError, QStringLiteral("42501"));
        const Error error = Database::errorFrom(refused, QStringLiteral("UPDATE numbers …"));
        QCOMPARE(error.kind, Error::Kind::Forbidden);
        QVERIFY(error.message.startsWith(QStringLiteral("You don't have the right to change this")));
        QVERIFY(error.message.contains(QStringLiteral("nothing was changed")));
        // Other errors keep their kind.
        const QSqlError duplicate(QStringLiteral("duplicate key"), QString(), QSqlError::StatementError, QStringLiteral("23505"));
        QCOMPARE(Database::errorFrom(duplicate, QString()).kind, Error::Kind::Conflict);
    }

    void unreachableServer()
    {
        // A port that was just free on loopback: nobody listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        const QString message = openError(serverAt(port));
        QVERIFY2(message.contains(QStringLiteral("No PostgreSQL server answers at 127.0.0.1:%1").arg(port)), qPrintable(message));
    }

    void liveServerMessages()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("LINEDESK_TEST_PG is not set: the live connection messages need PostgreSQL");
        DatabaseLocation wrongPassword = testServer();
        wrongPassword.setPassword(QStringLiteral("not-the-password"));
        QVERIFY2(openError(wrongPassword).startsWith(QStringLiteral("Wrong password for the user")), qPrintable(openError(wrongPassword)));

        DatabaseLocation noPassword = testServer();
        const QByteArray pgPassword = qgetenv("PGPASSWORD");
        noPassword.setPassword(QString());
        qputenv("PGPASSWORD", QByteArray()); // libpq would read it
        const QString missing = openError(noPassword);
        qputenv("PGPASSWORD", pgPassword);
        QVERIFY2(missing.contains(QStringLiteral("asks for a password")), qPrintable(missing));

        const DatabaseLocation server = testServer();
        const DatabaseLocation noDatabase = DatabaseLocation::postgres(server.host(), server.port(),
                                                                       QStringLiteral("no_such_linedesk_db"), server.user(),
                                                                       QStringLiteral("disable"));
        DatabaseLocation withPassword = noDatabase;
        withPassword.setPassword(server.password());
        QVERIFY2(openError(withPassword).contains(QStringLiteral("has no database named “no_such_linedesk_db”")),
                 qPrintable(openError(withPassword)));

        // The test server has no SSL: "require" must say that the server does not offer it.
        DatabaseLocation ssl = DatabaseLocation::postgres(server.host(), server.port(), server.databaseName(), server.user(),
                                                          QStringLiteral("require"));
        ssl.setPassword(server.password());
        QVERIFY2(openError(ssl).contains(QStringLiteral("does not offer SSL")), qPrintable(openError(ssl)));

        // And a good connection has no message at all.
        QCOMPARE(openError(server), QString());
    }
};

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_servererrors.moc"
