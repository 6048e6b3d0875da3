#pragma once

#include <QSqlDatabase>
#include <QSqlError>

#include <mutex>

struct sqlite3;
struct pg_cancel; // libpq's PGcancel

// Stops the statement that a worker thread's connection is running, from another thread: Cancel or a
// new report then frees the worker at once instead of after a query of seconds over millions of calls.
// The worker attaches its connection after opening it and detaches before closing it; interrupt() may
// come from any thread at any time, before, during or after. The interrupted statement fails
// (isInterruption() tells that error apart); the connection stays usable.
// SQLite: sqlite3_interrupt(), where LineDesk runs the driver's library (db/sqlitehandle.h).
// PostgreSQL: libpq's cancel request (PQcancel), sent on a connection of its own to the server.
// Where neither is available, interrupt() does nothing and returns false: the statement runs to its end.
class QueryInterrupter final
{
public:
    QueryInterrupter();
    ~QueryInterrupter();
    QueryInterrupter(const QueryInterrupter &) = delete;
    QueryInterrupter &operator=(const QueryInterrupter &) = delete;

    // From the connection's thread. Returns false when this connection cannot be interrupted.
    bool attach(const QSqlDatabase &db);
    // From the connection's thread, before it closes: interrupt() no longer touches it.
    void detach();
    // From any thread: asks the attached connection to stop its running statement. Returns whether a
    // request was made (a connection was attached and can be interrupted).
    bool interrupt();

    // True when error is what an interrupted statement fails with.
    static bool isInterruption(const QSqlError &error);

private:
    void release(); // m_mutex held

    std::mutex m_mutex;
    sqlite3 *m_sqlite = nullptr;
    pg_cancel *m_pgCancel = nullptr; // owned: libpq's copy of what a cancel request needs
};
