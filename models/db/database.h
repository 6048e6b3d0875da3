#pragma once

#include "databaselocation.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// An open account database on either engine: opens the connection with the engine's settings,
// checks that the file or server holds a LineDesk schema it can use, and migrates it.
// One Database is one named Qt connection, used from the thread that opened it.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and brings the schema up to date. A database from a newer LineDesk, or something that is
    // not a LineDesk database, is refused and left exactly as it was.
    Result<void> open(const DatabaseLocation &location);
    // Opens without migrating, to inspect (tests, `info` on a newer schema).
    Result<void> openOnly(const DatabaseLocation &location);
    void close();
    // Opens the same connection again after the server went away (same name, same settings, no
    // migration), so the next query prepares anew. Subscriptions are the caller's to renew.
    Result<void> reconnect();

    bool isOpen() const;
    QSqlDatabase connection() const;
    const DatabaseLocation &location() const { return m_location; }
    DatabaseLocation::Backend backend() const { return m_location.backend(); }
    QString backendName() const { return m_location.backendName(); }
    int schemaVersion() const { return m_schemaVersion; }
    QString connectionName() const { return m_connectionName; }
    QString serverVersion() const; // "SQLite 3.40.1" / "PostgreSQL 15.20"

    // Maps a failed query to a message that names what failed.
    static Error errorFrom(const QSqlError &error, const QString &what);
    // True when the error means the connection itself is gone (server restart, network, terminated
    // session, or a query on a connection that closed): the write did not happen or its fate is unknown.
    static bool isConnectionLoss(const QSqlError &error);

private:
    Result<void> openConnection();
    Result<void> configureAfterCheck();
    Result<void> checkServerUpgradable() const;

    QString m_connectionName;
    DatabaseLocation m_location;
    int m_schemaVersion = 0;
};
