#pragma once

#include "db/database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A fresh, migrated LineDesk database for one test, on the backend the test row names:
// "sqlite" (a file in a temporary folder) or "postgresql" (a new database on the server in
// LINEDESK_TEST_PG, dropped afterwards). Every database test runs once per backend.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();

    // Adds the "backend" column and one row per available backend (PostgreSQL when LINEDESK_TEST_PG is set).
    static void addBackendRows();
    // The backends available to this run ("sqlite", and "postgresql" when LINEDESK_TEST_PG is set), for
    // _data() functions that cross their own cases with every backend ("<case> / <backend>" rows).
    static QStringList backends();
    static bool postgresAvailable();

    // Creates an empty database on the backend and returns where it is (not opened).
    DatabaseLocation create(const QString &backend);
    // create() + open (migrated) into database().
    bool createAndOpen(const QString &backend);

    Database &database() { return *m_database; }
    QSqlDatabase connection() { return m_database->connection(); }
    const DatabaseLocation &location() const { return m_location; }
    QString cliArgument() const; // what to pass to linedesk-cli --db (PGPASSWORD is set in the environment)
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    DatabaseLocation m_location;
    QString m_pgDatabase;
};
