#pragma once

#include "accounts/accessrole.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// Makes a PostgreSQL database a LineDesk team server, in one transaction and idempotently
// (`linedesk-cli server setup`): a NOLOGIN role owns every table, so nobody works as the owner;
// group roles give the rights (owner and admin read and write, employee reads); row-level security,
// forced, keeps each user to the accounts the account_members table gives them, matched on
// session_user (never on a setting the client could change). Tables are found in the catalogue, so
// running it again after a migration covers the tables that migration added.
class ServerSetup final
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    struct Report
    {
        QStringList accountTables; // row-level security on their account_id (or on a parent's)
        QStringList readOnlyTables; // per account, readable by members, written by the provider only
        QStringList sharedTables;  // no account: readable by every member, written by setup only
    };

    explicit ServerSetup(QSqlDatabase db);

    Result<Report> run();

    static const QString kSchemaOwnerRole;
    // The group role that carries a LineDesk right on the server.
    static QString groupRole(AccessRole role);
    static QStringList groupRoles();
    // True when the database was set up (the group roles exist and the tables have their owner).
    static bool isSetUp(const QSqlDatabase &db);

private:
    Result<Report> runOnce();

    QSqlDatabase m_db;
};
