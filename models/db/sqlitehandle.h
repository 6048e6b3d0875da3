#pragma once

#include <QSqlDatabase>

struct sqlite3;

// The sqlite3 connection behind a Qt QSQLITE connection, for the few things Qt's driver cannot do
// (bulk rows from memory, interrupting a running statement). Only when LineDesk was built with
// LINEDESK_SQLITE_DIRECT and the driver runs the very SQLite library LineDesk linked (checked by its
// version): a driver carrying its own copy (Qt's binary packages on Windows and macOS) gives nullptr,
// as does any other driver or a closed connection. Call it from the connection's thread.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);
