#include "queryinterrupter.h"

#include "sqlitehandle.h"

#ifdef LINEDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

#ifdef LINEDESK_PG_CANCEL

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace {

PGconn *pgHandleOf(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL") || !db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt's driver registers the handle as libpq's struct pg_conn (PGconn is its typedef).
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

#endif

QueryInterrupter::QueryInterrupter() = default;

QueryInterrupter::~QueryInterrupter()
{
    detach();
}

bool QueryInterrupter::attach(const QSqlDatabase &db)
{
    sqlite3 *sqlite = sqliteHandleOf(db);
    pg_cancel *pgCancel = nullptr;
#ifdef LINEDESK_PG_CANCEL
    if (PGconn *connection = pgHandleOf(db))
        pgCancel = PQgetCancel(connection); // a copy: still safe to use after the connection closed
#endif
    const std::lock_guard lock(m_mutex);
    release();
    m_sqlite = sqlite;
    m_pgCancel = pgCancel;
    return m_sqlite || m_pgCancel;
}

void QueryInterrupter::detach()
{
    const std::lock_guard lock(m_mutex);
    release();
}

void QueryInterrupter::release()
{
    m_sqlite = nullptr;
#ifdef LINEDESK_PG_CANCEL
    PQfreeCancel(m_pgCancel); // nullptr is fine
#endif
    m_pgCancel = nullptr;
}

bool QueryInterrupter::interrupt()
{
    const std::lock_guard lock(m_mutex); // the connection cannot close meanwhile: detach() waits
#ifdef LINEDESK_SQLITE_DIRECT
    if (m_sqlite) {
        sqlite3_interrupt(m_sqlite);
        return true;
    }
#endif
#ifdef LINEDESK_PG_CANCEL
    if (m_pgCancel) {
        char message[256];
        return PQcancel(m_pgCancel, message, int(sizeof message)) == 1;
    }
#endif
    return false;
}

bool QueryInterrupter::isInterruption(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return false;
    // PostgreSQL: SQLSTATE 57014 (query_canceled). SQLite: SQLITE_INTERRUPT (9), which Qt's driver
    // reports as its native code.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("57014") || code == QLatin1String("9");
}
