#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

// Where an account database lives: a SQLite file, or a PostgreSQL server given as a URL
// ("postgresql://user@host:5432/dbname?sslmode=prefer"). The password never appears in the
// persistent form (toUrl()); it comes from the URL, PGPASSWORD, or the caller (keychain, dialog).
class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Backend { SQLite, PostgreSQL };

    static DatabaseLocation sqliteFile(const QString &path);
    static DatabaseLocation postgres(const QString &host, int port, const QString &database, const QString &user,
                                     const QString &sslMode = QStringLiteral("prefer"));
    // The GUI's default database: AppDataLocation/linedesk.sqlite.
    static DatabaseLocation defaultLocation();
    // A file path, a file:// URL, or a postgresql:// (postgres://) URL.
    static Result<DatabaseLocation> parse(const QString &text);

    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::PostgreSQL; }
    QString backendName() const; // "SQLite" / "PostgreSQL", for the status bar and `info`

    const QString &path() const { return m_path; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &databaseName() const { return m_database; }
    const QString &user() const { return m_user; }
    const QString &sslMode() const { return m_sslMode; }
    const QString &password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    QString toUrl() const;          // persistent form: path or URL, never with the password
    QString displayName() const;    // "linedesk.sqlite" or "user@host:5432/db"

    static QStringList sslModes();  // libpq's sslmode values, weakest first

private:
    Backend m_backend = Backend::SQLite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_sslMode = QStringLiteral("prefer");
    QString m_password;
};
