#pragma once

#include "databaselocation.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The numbered schema migrations (resources/sql/NNNN_*.sql), applied in order, each inside a
// transaction, with the version kept in the `meta` table. Refuses databases it must not touch.
class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();

    // The schema version found: 0 for an empty database. Fails with NotLineDesk for a foreign or
    // damaged database and NewerSchema for one from a newer LineDesk. Reads only.
    static Result<int> inspect(const QSqlDatabase &db, DatabaseLocation::Backend backend);
    // Applies every migration after the current version. Returns the new version.
    static Result<int> migrate(const QSqlDatabase &db, DatabaseLocation::Backend backend);

    // One migration's statements, with the engine's tokens replaced.
    static QStringList statements(int version, DatabaseLocation::Backend backend);
};
