#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_backend = Backend::SQLite;
    location.m_path = path;
    return location;
}

DatabaseLocation DatabaseLocation::postgres(const QString &host, int port, const QString &database,
                                            const QString &user, const QString &sslMode)
{
    DatabaseLocation location;
    location.m_backend = Backend::PostgreSQL;
    location.m_host = host;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    location.m_sslMode = sslMode.isEmpty() ? QStringLiteral("prefer") : sslMode;
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqliteFile(QDir(dir).filePath(QStringLiteral("linedesk.sqlite")));
}

QStringList DatabaseLocation::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalidInput(tr("No database given"));

    const bool isPg = trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
                      || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (!isPg) {
        if (trimmed.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
            return sqliteFile(QUrl(trimmed).toLocalFile());
        if (trimmed.contains(QLatin1String("://")))
            return invalidInput(tr("“%1” is neither a file nor a postgresql:// address").arg(trimmed));
        return sqliteFile(QFileInfo(trimmed).absoluteFilePath());
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalidInput(tr("“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database")
                                .arg(trimmed));
    QString database = url.path();
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    if (database.isEmpty())
        return invalidInput(tr("The PostgreSQL address “%1” names no database").arg(trimmed));

    const QUrlQuery query(url);
    const QString sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty() && !sslModes().contains(sslMode))
        return invalidInput(tr("Unknown SSL mode “%1”; use one of: %2").arg(sslMode, sslModes().join(QStringLiteral(", "))));

    QString user = url.userName();
    if (user.isEmpty())
        user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    DatabaseLocation location = postgres(url.host(), url.port(5432), database, user, sslMode);
    location.m_password = url.password();
    if (location.m_password.isEmpty())
        location.m_password = qEnvironmentVariable("PGPASSWORD");
    return location;
}

QString DatabaseLocation::backendName() const
{
    return m_backend == Backend::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString DatabaseLocation::toUrl() const
{
    if (m_backend == Backend::SQLite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    if (m_sslMode != QLatin1String("prefer")) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
        url.setQuery(query);
    }
    return url.toString();
}

QString DatabaseLocation::displayName() const
{
    if (m_backend == Backend::SQLite)
        return QFileInfo(m_path).fileName();
    return QStringLiteral("%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_database);
}
