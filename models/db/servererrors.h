#pragma once

#include "databaselocation.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlError>

// Turns what a PostgreSQL server (or libpq on the way to it) answered into a message that says what
// went wrong and what to do: a refused right (SQLSTATE 42501) and every common reason a connection
// fails (wrong password, unknown host, unreachable server, missing database, pg_hba refusal, SSL).
class ServerErrors final
{
    Q_DECLARE_TR_FUNCTIONS(ServerErrors)

public:
    enum class ConnectionProblem {
        WrongPassword,   // password authentication failed
        PasswordMissing, // the server asks for a password and none was given
        UnknownHost,     // the host name does not resolve
        Unreachable,     // refused, timed out, no route
        NoSuchDatabase,
        NoSuchUser,
        HbaRefused,      // the server's pg_hba.conf has no entry for this client
        SslRequired,     // the server insists on SSL (or the client did, and the server has none)
        SslFailed,       // certificate missing, not trusted, or for another host
        Other,
    };

    // What kind of problem libpq's message describes (its texts are stable English across versions).
    static ConnectionProblem classify(const QString &libpqMessage);
    // A translated explanation of a failed connection to location, with the server's own words after it.
    static Error connectionFailed(const QSqlError &error, const DatabaseLocation &location);
    static QString explain(ConnectionProblem problem, const DatabaseLocation &location);

    // SQLSTATE 42501 (insufficient_privilege, also a row refused by row-level security).
    static bool isPermissionDenied(const QSqlError &error);
    static Error permissionDenied(const QString &serverText);
};
