#include "servererrors.h"

namespace {

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

ServerErrors::ConnectionProblem ServerErrors::classify(const QString &message)
{
    // Order matters: a pg_hba refusal also names the SSL state ("SSL off"), and an SSL failure may
    // be followed by libpq's retry without SSL.
    if (has(message, "pg_hba.conf"))
        return ConnectionProblem::HbaRefused;
    if (has(message, "password authentication failed"))
        return ConnectionProblem::WrongPassword;
    if (has(message, "no password supplied") || has(message, "password is required"))
        return ConnectionProblem::PasswordMissing;
    if (has(message, "could not translate host name") || has(message, "Name or service not known")
        || has(message, "Temporary failure in name resolution") || has(message, "nodename nor servname"))
        return ConnectionProblem::UnknownHost;
    if (has(message, "does not support SSL") || has(message, "SSL connection is required")
        || has(message, "SSL required") || has(message, "SSL off"))
        return ConnectionProblem::SslRequired;
    if (has(message, "certificate") || has(message, "SSL error") || has(message, "SSL SYSCALL")
        || has(message, "sslmode value"))
        return ConnectionProblem::SslFailed;
    if (has(message, "database") && has(message, "does not exist"))
        return ConnectionProblem::NoSuchDatabase;
    if (has(message, "role") && has(message, "does not exist"))
        return ConnectionProblem::NoSuchUser;
    if (has(message, "Connection refused") || has(message, "timeout expired") || has(message, "timed out")
        || has(message, "No route to host") || has(message, "Network is unreachable")
        || has(message, "could not connect to server") || has(message, "server closed the connection"))
        return ConnectionProblem::Unreachable;
    return ConnectionProblem::Other;
}

QString ServerErrors::explain(ConnectionProblem problem, const DatabaseLocation &location)
{
    const QString server = QStringLiteral("%1:%2").arg(location.host()).arg(location.port());
    switch (problem) {
    case ConnectionProblem::WrongPassword:
        return tr("Wrong password for the user “%1” on %2. Check the password (and the user name) and try again.")
            .arg(location.user(), server);
    case ConnectionProblem::PasswordMissing:
        return tr("The server %1 asks for a password for “%2”. Type it in the Password field.").arg(server, location.user());
    case ConnectionProblem::UnknownHost:
        return tr("The host name “%1” is unknown. Check its spelling, or use the server's IP address.").arg(location.host());
    case ConnectionProblem::Unreachable:
        return tr("No PostgreSQL server answers at %1. Check the host and port, that the server is running, and "
                  "that no firewall is in the way.")
            .arg(server);
    case ConnectionProblem::NoSuchDatabase:
        return tr("The server %1 has no database named “%2”. Check the database name, or ask the administrator to "
                  "create it.")
            .arg(server, location.databaseName());
    case ConnectionProblem::NoSuchUser:
        return tr("The server %1 has no user “%2”. Ask the administrator to add you with “linedesk-cli server add-user”.")
            .arg(server, location.user());
    case ConnectionProblem::HbaRefused:
        return tr("The server %1 does not accept connections from this computer for the user “%2” and database “%3” "
                  "(its pg_hba.conf has no matching entry). Ask the administrator to allow it, or try another SSL mode.")
            .arg(server, location.user(), location.databaseName());
    case ConnectionProblem::SslRequired:
        return location.sslMode() == QLatin1String("disable") || location.sslMode() == QLatin1String("allow")
                   ? tr("The server %1 only accepts encrypted connections. Choose the SSL mode “Require” or “Verify full”.")
                         .arg(server)
                   : tr("The SSL mode “%1” requires encryption, but the server %2 does not offer SSL. Ask the "
                        "administrator to enable SSL, or choose “Prefer”.")
                         .arg(location.sslMode(), server);
    case ConnectionProblem::SslFailed:
        return tr("The encrypted connection to %1 failed: the server's certificate could not be verified for the SSL "
                  "mode “%2”. Install the server's root certificate (~/.postgresql/root.crt) or check the host name.")
            .arg(server, location.sslMode());
    case ConnectionProblem::Other:
        break;
    }
    return tr("Cannot connect to the server %1.").arg(server);
}

Error ServerErrors::connectionFailed(const QSqlError &error, const DatabaseLocation &location)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    // libpq prefixes every line with "connection to server at … failed:"; keep the reason only.
    detail.replace(QLatin1Char('\t'), QLatin1Char(' '));
    const QString message = explain(classify(detail), location);
    return databaseError(detail.isEmpty() ? message : tr("%1\n\nThe server said: %2").arg(message, detail));
}

bool ServerErrors::isPermissionDenied(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("42501");
}

Error ServerErrors::permissionDenied(const QString &serverText)
{
    const QString message = tr("You don't have the right to change this: the server refused it, and nothing was "
                               "changed. Ask the account's owner or an admin.");
    if (serverText.trimmed().isEmpty())
        return {Error::Kind::Forbidden, message};
    return {Error::Kind::Forbidden, tr("%1 (%2)").arg(message, serverText.trimmed())};
}
