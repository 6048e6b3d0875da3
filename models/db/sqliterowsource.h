#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>

#include <functional>
#include <variant>

// Lets one SQLite statement read rows straight from C++ memory, as the table-valued function
// linedesk_rows(?1) with columns c0, c1, …: the CDR import's million rows go into calls with one
// INSERT … SELECT … FROM linedesk_rows(?1), with no QVariant binding a value and no staging table.
// (The pattern of SQLite's carray extension, which Debian's library does not build in.)
//
// It runs on the SQLite library itself, which is only safe when LineDesk links the same library as
// Qt's driver: the build option LINEDESK_SQLITE_DIRECT (on by default on Linux, where Qt's driver uses
// the system's libsqlite3), and at run time the driver's SQLite must report the version LineDesk
// linked. Callers check available() and otherwise write through QSqlQuery.
class SqliteRowSource final
{
public:
    // A cell: an integer, or UTF-8 text that must stay alive until run() returns (it is not copied).
    using Cell = std::variant<qint64, QByteArrayView>;
    using CellReader = std::function<Cell(qint64 row, int column)>;
    // Called every kRowsPerProgress rows read; returning false stops the statement (run() fails).
    using Progress = std::function<bool(qint64 rowsRead)>;
    static constexpr int kMaxColumns = 16;
    static constexpr qint64 kRowsPerProgress = 50000;

    static bool available(const QSqlDatabase &db);

    // Runs sql once (inside the caller's transaction), with linedesk_rows(?1) yielding rows
    // 0 … rowCount − 1 in order, each of columns cells read from cell. Returns the rows the statement changed.
    static Result<qint64> run(const QSqlDatabase &db, const QByteArray &sql, qint64 rowCount, int columns, const CellReader &cell,
                              const Progress &progress = {});
};
