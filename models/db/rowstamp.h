#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

// Who changed an edited row and when (the updated_by / updated_at columns of migration 0003), and
// the Conflict a refused save reports: "changed by NAME at TIME" with the version now stored.
// On PostgreSQL a trigger overwrites both columns with the server's session user and clock; on
// SQLite the values written here are the record.
class RowStamp final
{
    Q_DECLARE_TR_FUNCTIONS(RowStamp)

public:
    // The login that writes through this connection: the server user, or on a local file the
    // connection's user name when one was set, else the operating-system user.
    static QString user(const QSqlDatabase &db);
    // The values for "updated_by = ?, updated_at = ?" (append to an UPDATE's bindings).
    static QVariantList values(const QSqlDatabase &db);
    static QString assignments() { return QStringLiteral("updated_by = ?, updated_at = ?"); }

    // The Conflict (or NotFound when the row is gone) for a save that matched no row. `where` selects
    // the row in `table` (e.g. "id = ? AND account_id = ?"); `what` is the sentence's subject
    // ("This number"), used as "%1 was changed by someone else while you were editing it: %2 saved it at %3.".
    static Error conflict(const QSqlDatabase &db, const QString &table, const QString &where, const QVariantList &bindings,
                          const QString &what, const QString &goneMessage);
    // "Changed by NAME at TIME" for a conflict, in the user's locale; empty when the error has no author.
    static QString describe(const Error &error);
};
