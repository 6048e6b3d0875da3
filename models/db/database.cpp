#include "database.h"

#include "migrations.h"
#include "servererrors.h"
#include "sql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("linedesk-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

Error Database::errorFrom(const QSqlError &error, const QString &what)
{
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = tr("the database connection is closed");
    Error::Kind kind = Error::Kind::Database;
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555"))
        kind = Error::Kind::Conflict; // unique violation (PostgreSQL, SQLite extended codes)
    else if (ServerErrors::isPermissionDenied(error))
        return ServerErrors::permissionDenied(error.databaseText()); // refused by the server's rights
    Q_UNUSED(what)
    if (isConnectionLoss(error)) {
        return {Error::Kind::Database,
                tr("The connection to the database was lost, so this was not done. LineDesk reconnects by itself; "
                   "repeat it once the connection is back.")};
    }
    return {kind, text};
}

bool Database::isConnectionLoss(const QSqlError &error)
{
    // Not error.type() == ConnectionError: QSQLITE reports any failed step that way.
    const QString code = error.nativeErrorCode();
    // SQLSTATE class 08 (connection exception), 57P01..57P03 (admin shutdown, crash shutdown, cannot connect now).
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return true;
    const QString text = error.text();
    // QPSQL reports a dropped socket without a SQLSTATE, and a closed connection with an empty error.
    return text.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("connection to server"), Qt::CaseInsensitive)
           || (error.type() == QSqlError::NoError && text.trimmed().isEmpty());
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_schemaVersion = 0;
}

Result<void> Database::reconnect()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return databaseError(tr("No database is open"));
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        const QString detail = db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text()
                                                                                 : db.lastError().databaseText();
        return databaseError(tr("Cannot reconnect to %1: %2").arg(m_location.displayName(), detail.trimmed()));
    }
    return configureAfterCheck();
}

Result<void> Database::openConnection()
{
    close();
    if (m_location.backend() == DatabaseLocation::Backend::SQLite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return databaseError(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)"));
        const QFileInfo info(m_location.path());
        if (info.exists() && info.isDir())
            return invalidInput(tr("“%1” is a folder, not a database file").arg(m_location.path()));
        if (!QDir().mkpath(info.absolutePath()))
            return databaseError(tr("Cannot create the folder “%1”").arg(info.absolutePath()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_location.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return databaseError(tr("Cannot open “%1”: %2").arg(m_location.path(), db.lastError().text()));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return databaseError(tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(m_location.host());
        db.setPort(m_location.port());
        db.setDatabaseName(m_location.databaseName());
        db.setUserName(m_location.user());
        db.setPassword(m_location.password());
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=linedesk;sslmode=%1;keepalives=1")
                                 .arg(m_location.sslMode()));
        if (!db.open())
            return ServerErrors::connectionFailed(db.lastError(), m_location);
    }
    return {};
}

Result<void> Database::configureAfterCheck()
{
    // Only after the schema check: setting WAL writes the file header, and a refused file stays untouched.
    const QSqlDatabase db = connection();
    if (m_location.backend() == DatabaseLocation::Backend::SQLite) {
        // A 64 MiB page cache (the default is 2 MiB) keeps the report indexes of a multi-million-call
        // account in memory between queries; it is an upper bound, not an allocation.
        for (const auto *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA cache_size = -65536"}) {
            auto done = Sql::exec(db, QString::fromLatin1(pragma));
            if (!done)
                return done.error();
        }
    }
    return {};
}

Result<void> Database::openOnly(const DatabaseLocation &location)
{
    m_location = location;
    if (auto opened = openConnection(); !opened)
        return opened;
    auto version = Migrations::inspect(connection(), m_location.backend());
    if (!version) {
        const Error error = version.error();
        close();
        return error;
    }
    m_schemaVersion = version.value();
    return configureAfterCheck();
}

Result<void> Database::open(const DatabaseLocation &location)
{
    if (auto opened = openOnly(location); !opened)
        return opened;
    if (auto upgradable = checkServerUpgradable(); !upgradable) {
        close();
        return upgradable;
    }
    auto migrated = Migrations::migrate(connection(), m_location.backend());
    if (!migrated) {
        const Error error = migrated.error();
        close();
        return error;
    }
    m_schemaVersion = migrated.value();
    return {};
}

Result<void> Database::checkServerUpgradable() const
{
    // On a team server people never own the tables (ServerSetup): an older schema is upgraded by the
    // administrator, and trying it as a user would only end in "permission denied".
    if (!m_location.isServer() || m_schemaVersion >= Migrations::latestVersion())
        return {};
    auto canCreate = Sql::scalar(connection(), QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"));
    if (!canCreate || canCreate->toBool())
        return {};
    return Error{Error::Kind::Forbidden,
                 tr("The LineDesk schema on %1 is at version %2 and this LineDesk needs version %3. Only the server's "
                    "administrator can upgrade it, with “linedesk-cli server setup”. Nothing was changed.")
                     .arg(m_location.displayName())
                     .arg(m_schemaVersion)
                     .arg(Migrations::latestVersion())};
}

QString Database::serverVersion() const
{
    const bool sqlite = m_location.backend() == DatabaseLocation::Backend::SQLite;
    auto version = Sql::scalar(connection(), sqlite ? QStringLiteral("SELECT sqlite_version()")
                                                    : QStringLiteral("SHOW server_version"));
    const QString number = version ? version->toString().section(QLatin1Char(' '), 0, 0) : QString();
    return QStringLiteral("%1 %2").arg(backendName(), number);
}
