#pragma once

#include "testdatabase.h"

#include "accounts/accessrole.h"
#include "db/database.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

// A LineDesk team server for one test: a fresh database on the PostgreSQL server in LINEDESK_TEST_PG,
// two accounts (A and B) with one number each, ServerSetup run on it, and PostgreSQL logins made
// for the test (unique names, since roles belong to the whole cluster) and dropped afterwards.
class ServerFixture final
{
public:
    ServerFixture();
    ~ServerFixture();
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;

    // Creates the database with the two accounts; with runSetup, also runs ServerSetup.
    bool create(bool runSetup = true);

    QSqlDatabase admin() { return m_test.connection(); } // the superuser, on the test database
    const DatabaseLocation &adminLocation() const { return m_test.location(); }
    QString cliArgument() const { return m_test.cliArgument(); }

    // Adds a login with ServerMembers (password passwordOf(login)) and returns its name.
    QString addUser(const QString &base, AccessRole role, qint64 accountId);
    // A login name unique to this test run; dropped with the fixture.
    QString uniqueLogin(const QString &base);
    static QString passwordOf(const QString &login) { return QStringLiteral("pw-") + login; }
    DatabaseLocation locationFor(const QString &login) const;
    // Opens the database as that user (Database::open, as the application does).
    std::unique_ptr<Database> connectAs(const QString &login);

    // Rows of a table the superuser sees, whatever the row security.
    qint64 count(const QString &table, const QString &where = QString());

    qint64 accountA = 0;
    qint64 accountB = 0;
    qint64 numberA = 0;
    qint64 numberB = 0;

private:
    TestDatabase m_test;
    QStringList m_logins;
};
