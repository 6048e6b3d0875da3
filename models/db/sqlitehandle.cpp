#include "sqlitehandle.h"

#ifdef LINEDESK_SQLITE_DIRECT

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // A driver built with its own copy of SQLite (Qt's binary packages on Windows and macOS) reports
    // that copy's version; a connection of another copy must never reach this library's functions.
    static const QByteArray linked(sqlite3_libversion());
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next() || version.value(0).toByteArray() != linked)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

#else // Qt's driver may carry its own SQLite: LineDesk does not touch its connections.

sqlite3 *sqliteHandleOf(const QSqlDatabase &)
{
    return nullptr;
}

#endif
