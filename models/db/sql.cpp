#include "sql.h"

#include "database.h"

#include <QSqlError>

namespace Sql {

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Without bindings the statement runs as it is: PostgreSQL cannot PREPARE DDL.
    if (bindings.isEmpty()) {
        if (!query.exec(sql))
            return Database::errorFrom(query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        return Database::errorFrom(query.lastError(), sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Database::errorFrom(query.lastError(), sql);
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto query = exec(db, sql, bindings);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return Error{Error::Kind::NotFound, QString()};
    return q.value(0);
}

Result<qint64> insert(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto id = scalar(db, sql, bindings);
    if (!id)
        return id.error();
    return id->toLongLong();
}

} // namespace Sql
