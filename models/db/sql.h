#pragma once

#include "core/result.h"

#include <QSqlQuery>
#include <QVariantList>

// Small helpers over QSqlQuery that turn failures into Result values with a readable message.
namespace Sql {

// Prepares and runs a statement with positional (?) bindings.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});
// Runs a statement expected to return one row with one column.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});
// Runs an INSERT … RETURNING id and returns the id.
Result<qint64> insert(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

} // namespace Sql
