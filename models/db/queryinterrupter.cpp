#include "queryinterrupter.h"

#include "sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

#ifdef LINEDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif
#ifdef LINEDESK_PG_CANCEL
#include <libpq-fe.h>
#endif

#ifdef LINEDESK_PG_CANCEL
struct QueryInterrupter::PgCancel
{
    PGcancel *cancel = nullptr;
    ~PgCancel() { PQfreeCancel(cancel); }
};
#else
struct QueryInterrupter::PgCancel
{
};
#endif

namespace {

#ifdef LINEDESK_PG_CANCEL
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
#endif

} // namespace

QueryInterrupter::QueryInterrupter() = default;
QueryInterrupter::~QueryInterrupter() = default;

bool QueryInterrupter::attach(const QSqlDatabase &db)
{
    sqlite3 *sqlite = sqliteHandleOf(db);
    std::unique_ptr<PgCancel> pg;
#ifdef LINEDESK_PG_CANCEL
    if (PGconn *connection = pgHandleOf(db)) {
        pg = std::make_unique<PgCancel>();
        pg->cancel = PQgetCancel(connection); // a copy of what a cancel request needs: safe after the connection closes
        if (!pg->cancel)
            pg.reset();
    }
#endif
    const std::lock_guard lock(m_mutex);
    m_sqlite = sqlite;
    m_pg = std::move(pg);
    return m_sqlite || m_pg;
}

void QueryInterrupter::detach()
{
    const std::lock_guard lock(m_mutex);
    m_sqlite = nullptr;
    m_pg.reset();
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
    if (m_pg) {
        char message[256];
        return PQcancel(m_pg->cancel, message, int(sizeof message)) == 1;
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
