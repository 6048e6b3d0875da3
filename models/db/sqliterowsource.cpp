#include "sqliterowsource.h"

#include "sqlitehandle.h"

#include <QCoreApplication>

namespace {

QString unavailableText()
{
    return QCoreApplication::translate("SqliteRowSource", "This connection is not an SQLite connection LineDesk can use directly.");
}

} // namespace

#ifdef LINEDESK_SQLITE_DIRECT

#include <sqlite3.h>

#include <memory>

namespace {

constexpr const char *kModuleName = "linedesk_rows";

// What the statement's ?1 points at.
struct Source
{
    qint64 rowCount;
    int columns;
    const SqliteRowSource::CellReader *cell;
    const SqliteRowSource::Progress *progress;
};

struct Cursor
{
    sqlite3_vtab_cursor base; // first: SQLite casts between the two
    const Source *source = nullptr;
    qint64 row = 0;
};

// The hidden column that takes ?1 comes after the kMaxColumns visible ones.
constexpr int kSourceColumn = SqliteRowSource::kMaxColumns;

int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    QByteArray schema("CREATE TABLE x(");
    for (int c = 0; c < SqliteRowSource::kMaxColumns; ++c)
        schema += "c" + QByteArray::number(c) + ", ";
    schema += "source HIDDEN)";
    if (const int status = sqlite3_declare_vtab(db, schema.constData()); status != SQLITE_OK)
        return status;
    *table = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    **table = sqlite3_vtab{};
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &constraint = info->aConstraint[i];
        if (constraint.iColumn == kSourceColumn && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ && constraint.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT; // only usable as linedesk_rows(?1)
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    *cursor = &(new Cursor)->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *base, int, const char *, int argc, sqlite3_value **argv)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    cursor->source = argc == 1 ? static_cast<const Source *>(sqlite3_value_pointer(argv[0], kModuleName)) : nullptr;
    cursor->row = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *base)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    ++cursor->row;
    const SqliteRowSource::Progress &progress = *cursor->source->progress;
    if (progress && cursor->row % SqliteRowSource::kRowsPerProgress == 0 && !progress(cursor->row)) {
        // An error ends the statement, whose changes are undone; the caller's transaction stays open.
        sqlite3_free(base->pVtab->zErrMsg);
        base->pVtab->zErrMsg = sqlite3_mprintf("stopped by the caller");
        return SQLITE_ERROR;
    }
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *base)
{
    const auto *cursor = reinterpret_cast<Cursor *>(base);
    return !cursor->source || cursor->row >= cursor->source->rowCount;
}

int column(sqlite3_vtab_cursor *base, sqlite3_context *context, int index)
{
    const auto *cursor = reinterpret_cast<Cursor *>(base);
    if (index >= cursor->source->columns) {
        sqlite3_result_null(context);
        return SQLITE_OK;
    }
    const SqliteRowSource::Cell value = (*cursor->source->cell)(cursor->row, index);
    if (const auto *number = std::get_if<qint64>(&value)) {
        sqlite3_result_int64(context, *number);
    } else {
        const QByteArrayView text = std::get<QByteArrayView>(value);
        sqlite3_result_text(context, text.data(), int(text.size()), SQLITE_STATIC);
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *id)
{
    *id = reinterpret_cast<Cursor *>(base)->row;
    return SQLITE_OK;
}

// Eponymous only (no xCreate): the function exists on the connection, never in the schema.
const sqlite3_module kModule = {
    0, nullptr, connect, bestIndex, disconnect, nullptr, open, close, filter, next, eof, column, rowid,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
};

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};

} // namespace

bool SqliteRowSource::available(const QSqlDatabase &db)
{
    return sqliteHandleOf(db) != nullptr;
}

Result<qint64> SqliteRowSource::run(const QSqlDatabase &db, const QByteArray &sql, qint64 rowCount, int columns, const CellReader &cell,
                                    const Progress &progress)
{
    Q_ASSERT(columns <= kMaxColumns);
    sqlite3 *connection = sqliteHandleOf(db);
    if (!connection)
        return databaseError(unavailableText());
    // Registering again replaces the module with itself: cheaper than remembering each connection.
    if (sqlite3_create_module_v2(connection, kModuleName, &kModule, nullptr, nullptr) != SQLITE_OK)
        return databaseError(QString::fromUtf8(sqlite3_errmsg(connection)));
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(prepared);
        return databaseError(message);
    }
    const std::unique_ptr<sqlite3_stmt, StatementDeleter> statement(prepared);
    const Source source{rowCount, columns, &cell, &progress};
    sqlite3_bind_pointer(prepared, 1, const_cast<Source *>(&source), kModuleName, nullptr);
    const int status = sqlite3_step(prepared);
    if (status != SQLITE_DONE && status != SQLITE_ROW)
        return databaseError(QString::fromUtf8(sqlite3_errmsg(connection)));
    return qint64(sqlite3_changes64(connection));
}

#else // Qt's driver may carry its own SQLite: LineDesk does not touch its connections.

bool SqliteRowSource::available(const QSqlDatabase &)
{
    return false;
}

Result<qint64> SqliteRowSource::run(const QSqlDatabase &, const QByteArray &, qint64, int, const CellReader &, const Progress &)
{
    return databaseError(unavailableText());
}

#endif
