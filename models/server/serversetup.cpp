#include "serversetup.h"

#include "db/sql.h"
#include "db/transaction.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>

const QString ServerSetup::kSchemaOwnerRole = QStringLiteral("linedesk_schema_owner");

namespace {

// How a table is protected, decided from what the catalogue says about it.
enum class TableKind {
    Account,    // has account_id: members read, owners and admins write, in their accounts only
    ReadOnly,   // has account_id but the provider fills it (the catalogue): members only read
    Accounts,   // the accounts table itself, keyed on id
    Membership, // users and account_members: read by members, written by `server add-user`
    Child,      // no account_id, belongs to a parent row that has one
    Shared,     // no account at all (meta): read by everybody, written by setup and migrations
};

struct TableInfo
{
    QString name;
    TableKind kind = TableKind::Shared;
    QString parent;       // Child: the parent table,
    QString parentKey;    // its referenced column,
    QString childColumn;  // and the child's referencing column
};

const QString kSchemaOf = QStringLiteral("(SELECT oid FROM pg_namespace WHERE nspname = current_schema())");

} // namespace

ServerSetup::ServerSetup(QSqlDatabase db) : m_db(std::move(db)) {}

QString ServerSetup::groupRole(AccessRole role)
{
    return QStringLiteral("linedesk_%1").arg(accessRoleName(role));
}

QStringList ServerSetup::groupRoles()
{
    return {groupRole(AccessRole::Owner), groupRole(AccessRole::Admin), groupRole(AccessRole::Employee)};
}

bool ServerSetup::isSetUp(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return false;
    auto owner = Sql::scalar(db, QStringLiteral("SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                                                "WHERE c.relname = 'account_members' AND c.relnamespace = %1")
                                     .arg(kSchemaOf));
    return owner && owner->toString() == kSchemaOwnerRole;
}

Result<ServerSetup::Report> ServerSetup::run()
{
    // Two setups on one server at once (two databases, or two administrators) may still race on the
    // cluster's role rows, and PostgreSQL refuses the second with "tuple concurrently updated" or a
    // duplicate role. The transaction was rolled back, so the whole setup simply runs again.
    const auto raced = [](const Error &error) {
        return error.message.contains(QLatin1String("concurrently updated"))
               || error.message.contains(QLatin1String("pg_authid_rolname_index"));
    };
    Result<Report> result = runOnce();
    for (int attempt = 1; !result && raced(result.error()) && attempt < 5; ++attempt)
        result = runOnce();
    return result;
}

Result<ServerSetup::Report> ServerSetup::runOnce()
{
    if (m_db.driverName() != QLatin1String("QPSQL")) {
        return invalidInput(tr("Server setup is for a PostgreSQL server; a SQLite file has no users (its user is "
                               "always the owner)"));
    }
    auto rights = Sql::exec(m_db, QStringLiteral("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user"));
    if (!rights)
        return rights.error();
    if (!rights.value().next())
        return databaseError(tr("Cannot read the rights of the connected user"));
    const bool superuser = rights.value().value(0).toBool();
    if (!superuser && !rights.value().value(1).toBool()) {
        return Error{Error::Kind::Forbidden,
                     tr("Server setup must run as a PostgreSQL administrator (a superuser, or a user with CREATEROLE "
                        "that owns the database); “%1” is neither")
                         .arg(m_db.userName())};
    }

    QSqlDriver *driver = m_db.driver();
    const auto ident = [driver](const QString &name) { return driver->escapeIdentifier(name, QSqlDriver::TableName); };
    QList<Error> failure;
    const auto exec = [this, &failure](const QString &sql) {
        if (!failure.isEmpty())
            return false;
        auto done = Sql::exec(m_db, sql);
        if (!done)
            failure << Error{done.errorKind(), tr("Server setup failed; nothing was changed: %1").arg(done.errorMessage())};
        return done.ok();
    };

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(tr("Could not start the server setup: %1").arg(transaction.startError()));

    // 1. Roles. NOLOGIN for all four: people log in as their own roles, members of a group.
    for (const QString &role : QStringList{kSchemaOwnerRole} + groupRoles()) {
        if (!failure.isEmpty())
            return failure.first();
        // Roles belong to the whole cluster: a role that is already right is left untouched, so
        // that setting up two databases of one server at once does not update the same row.
        auto login = Sql::exec(m_db, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {role});
        if (!login)
            return login.error();
        if (!login.value().next())
            exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ident(role)));
        else if (login.value().value(0).toBool())
            exec(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(ident(role)));
    }
    // A non-superuser administrator may only give tables to a role it belongs to.
    if (!superuser) {
        auto member = Sql::scalar(m_db, QStringLiteral("SELECT pg_has_role(current_user, ?, 'MEMBER')"), {kSchemaOwnerRole});
        if (!member)
            return member.error();
        if (!member->toBool())
            exec(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(ident(kSchemaOwnerRole)));
    }

    auto schemaName = Sql::scalar(m_db, QStringLiteral("SELECT current_schema()"));
    if (!schemaName)
        return schemaName.error();
    const QString schema = ident(schemaName->toString());
    const QString groups = QStringList{ident(groupRole(AccessRole::Owner)), ident(groupRole(AccessRole::Admin)),
                                       ident(groupRole(AccessRole::Employee))}
                               .join(QStringLiteral(", "));
    const QString writers = ident(groupRole(AccessRole::Owner)) + QStringLiteral(", ") + ident(groupRole(AccessRole::Admin));
    exec(QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO %2").arg(schema, ident(kSchemaOwnerRole)));
    exec(QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(schema));
    exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, groups));

    if (!failure.isEmpty())
        return failure.first();

    // 2. The tables, from the catalogue.
    auto tables = Sql::exec(m_db, QStringLiteral("SELECT c.relname, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid "
                                                 "AND a.attname = 'account_id' AND NOT a.attisdropped) "
                                                 "FROM pg_class c WHERE c.relkind IN ('r', 'p') AND c.relnamespace = %1 "
                                                 "ORDER BY c.relname")
                                      .arg(kSchemaOf));
    if (!tables)
        return tables.error();
    QList<TableInfo> infos;
    QHash<QString, bool> hasAccount;
    while (tables.value().next()) {
        TableInfo info;
        info.name = tables.value().value(0).toString();
        hasAccount.insert(info.name, tables.value().value(1).toBool());
        infos << info;
    }
    auto keys = Sql::exec(m_db, QStringLiteral("SELECT child.relname, parent.relname, ca.attname, pa.attname FROM pg_constraint k "
                                               "JOIN pg_class child ON child.oid = k.conrelid "
                                               "JOIN pg_class parent ON parent.oid = k.confrelid "
                                               "JOIN pg_attribute ca ON ca.attrelid = k.conrelid AND ca.attnum = k.conkey[1] "
                                               "JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1] "
                                               "WHERE k.contype = 'f' AND array_length(k.conkey, 1) = 1 "
                                               "AND child.relnamespace = %1 ORDER BY k.conname")
                                    .arg(kSchemaOf));
    if (!keys)
        return keys.error();
    QHash<QString, TableInfo> parentOf;
    while (keys.value().next()) {
        const QString child = keys.value().value(0).toString();
        const QString parent = keys.value().value(1).toString();
        if (parentOf.contains(child) || (!hasAccount.value(parent) && parent != QLatin1String("accounts")))
            continue;
        TableInfo link;
        link.parent = parent;
        link.childColumn = keys.value().value(2).toString();
        link.parentKey = keys.value().value(3).toString();
        parentOf.insert(child, link);
    }
    for (TableInfo &info : infos) {
        if (info.name == QLatin1String("accounts"))
            info.kind = TableKind::Accounts;
        else if (info.name == QLatin1String("users") || info.name == QLatin1String("account_members"))
            info.kind = TableKind::Membership;
        else if (hasAccount.value(info.name))
            info.kind = info.name.startsWith(QLatin1String("catalogue_")) ? TableKind::ReadOnly : TableKind::Account;
        else if (parentOf.contains(info.name)) {
            const TableInfo link = parentOf.value(info.name);
            info.kind = TableKind::Child;
            info.parent = link.parent;
            info.parentKey = link.parentKey;
            info.childColumn = link.childColumn;
        }
    }

    // 3. Every table belongs to the NOLOGIN owner; nobody keeps a right setup did not give.
    for (const TableInfo &info : std::as_const(infos)) {
        exec(QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(ident(info.name), ident(kSchemaOwnerRole)));
        exec(QStringLiteral("REVOKE ALL ON TABLE %1 FROM PUBLIC, %2").arg(ident(info.name), groups));
    }

    // 4. The accounts the connected login may read and write, as arrays. SECURITY DEFINER: they run as
    // the table owner, who is not subject to the membership tables' own row security, so a policy can
    // call them without recursing. A policy compares account_id with "(SELECT …)": the array is
    // computed once per statement (an InitPlan) and indexes on account_id still serve, however many
    // rows the table holds.
    const QString membership = QStringLiteral(
        "SELECT coalesce(array_agg(m.account_id), '{}') FROM account_members m JOIN users u ON u.id = m.user_id "
        "WHERE u.login = session_user%1");
    const QList<QPair<QString, QString>> functions{
        {QStringLiteral("linedesk_readable_accounts"), membership.arg(QString())},
        {QStringLiteral("linedesk_writable_accounts"), membership.arg(QStringLiteral(" AND m.role IN ('owner', 'admin')"))}};
    for (const auto &function : functions) {
        const QString signature = QStringLiteral("%1.%2()").arg(schema, ident(function.first));
        exec(QStringLiteral("CREATE OR REPLACE FUNCTION %1 RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER "
                            "SET search_path = pg_catalog, %2 AS $fn$ %3 $fn$")
                 .arg(signature, schema, function.second));
        exec(QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(signature, ident(kSchemaOwnerRole)));
        exec(QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(signature));
        exec(QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(signature, groups));
    }
    const auto readable = [](const QString &key) {
        return QStringLiteral("%1 = ANY ((SELECT linedesk_readable_accounts())::bigint[])").arg(key);
    };
    const auto writable = [](const QString &key) {
        return QStringLiteral("%1 = ANY ((SELECT linedesk_writable_accounts())::bigint[])").arg(key);
    };

    // 5. Rights and row-level security, table by table.
    Report report;
    for (const TableInfo &info : std::as_const(infos)) {
        if (!failure.isEmpty())
            return failure.first();
        const QString table = ident(info.name);
        auto old = Sql::exec(m_db, QStringLiteral("SELECT policyname FROM pg_policies WHERE schemaname = current_schema() "
                                                  "AND tablename = ? AND policyname LIKE 'linedesk%'"),
                             {info.name});
        if (!old)
            return old.error();
        QStringList oldPolicies;
        while (old.value().next())
            oldPolicies << old.value().value(0).toString();
        for (const QString &policy : std::as_const(oldPolicies))
            exec(QStringLiteral("DROP POLICY %1 ON %2").arg(ident(policy), table));

        const auto policy = [&](const QString &name, const QString &command, const QString &readKey,
                                const QString &writeKey) {
            QString sql = QStringLiteral("CREATE POLICY %1 ON %2 FOR %3").arg(ident(name), table, command);
            if (!readKey.isEmpty())
                sql += QStringLiteral(" USING (%1)").arg(readKey);
            if (!writeKey.isEmpty())
                sql += QStringLiteral(" WITH CHECK (%1)").arg(writeKey);
            exec(sql);
        };
        const auto readWrite = [&](const QString &key) {
            const QString canRead = readable(key);
            const QString canWrite = writable(key);
            policy(QStringLiteral("linedesk_read"), QStringLiteral("SELECT"), canRead, {});
            policy(QStringLiteral("linedesk_insert"), QStringLiteral("INSERT"), {}, canWrite);
            policy(QStringLiteral("linedesk_update"), QStringLiteral("UPDATE"), canWrite, canWrite);
            policy(QStringLiteral("linedesk_delete"), QStringLiteral("DELETE"), canWrite, {});
            exec(QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(table, groups));
            exec(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON TABLE %1 TO %2").arg(table, writers));
        };
        const auto secure = [&](bool force) {
            exec(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
            exec(QStringLiteral("ALTER TABLE %1 %2 FORCE ROW LEVEL SECURITY").arg(table, force ? QString() : QStringLiteral("NO")));
        };

        switch (info.kind) {
        case TableKind::Account:
            secure(true);
            readWrite(QStringLiteral("account_id"));
            report.accountTables << info.name;
            break;
        case TableKind::Child: {
            secure(true);
            const QString key = info.parent == QLatin1String("accounts")
                                    ? QStringLiteral("%1.%2").arg(table, ident(info.childColumn))
                                    : QStringLiteral("(SELECT p.account_id FROM %1 p WHERE p.%2 = %3.%4)")
                                          .arg(ident(info.parent), ident(info.parentKey), table, ident(info.childColumn));
            readWrite(key);
            report.accountTables << info.name;
            break;
        }
        case TableKind::ReadOnly:
            secure(true);
            policy(QStringLiteral("linedesk_read"), QStringLiteral("SELECT"), readable(QStringLiteral("account_id")), {});
            exec(QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(table, groups));
            report.readOnlyTables << info.name;
            break;
        case TableKind::Accounts:
            secure(true);
            policy(QStringLiteral("linedesk_read"), QStringLiteral("SELECT"), readable(QStringLiteral("id")), {});
            policy(QStringLiteral("linedesk_update"), QStringLiteral("UPDATE"), writable(QStringLiteral("id")),
                   writable(QStringLiteral("id")));
            exec(QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(table, groups));
            exec(QStringLiteral("GRANT UPDATE ON TABLE %1 TO %2").arg(table, writers));
            report.accountTables << info.name;
            break;
        case TableKind::Membership:
            // Not forced: the membership checks read these as their owner (see 4.).
            secure(false);
            policy(QStringLiteral("linedesk_read"), QStringLiteral("SELECT"),
                   info.name == QLatin1String("users")
                       ? QStringLiteral("login = session_user OR id IN (SELECT m.user_id FROM account_members m)")
                       : readable(QStringLiteral("account_id")),
                   {});
            exec(QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(table, groups));
            report.accountTables << info.name;
            break;
        case TableKind::Shared:
            exec(QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(table, groups));
            report.sharedTables << info.name;
            break;
        }
    }
    exec(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, writers));

    if (!failure.isEmpty())
        return failure.first();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}
