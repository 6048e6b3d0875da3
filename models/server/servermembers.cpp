#include "servermembers.h"

#include "serversetup.h"

#include "db/sql.h"
#include "db/transaction.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDriver>

namespace {

Error failed(const Error &error)
{
    return {error.kind, ServerMembers::tr("Nothing was changed: %1").arg(error.message)};
}

} // namespace

ServerMembers::ServerMembers(QSqlDatabase db) : m_db(std::move(db)) {}

bool ServerMembers::isValidUserName(const QString &user)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_.@-]{0,62}$"));
    return pattern.match(user).hasMatch() && !user.startsWith(QLatin1String("pg_"))
           && !user.startsWith(QLatin1String("linedesk_"));
}

Result<std::optional<AccessRole>> ServerMembers::roleOf(const QSqlDatabase &db, qint64 accountId)
{
    auto role = Sql::scalar(db, QStringLiteral("SELECT m.role FROM account_members m JOIN users u ON u.id = m.user_id "
                                               "WHERE m.account_id = ? AND u.login = session_user"),
                            {accountId});
    if (!role && role.errorKind() == Error::Kind::NotFound)
        return std::optional<AccessRole>();
    if (!role)
        return role.error();
    return std::optional<AccessRole>(accessRoleFromName(role->toString()));
}

Result<void> ServerMembers::requireRow(const QString &countSql, const QVariantList &bindings, const QString &missing) const
{
    if (!ServerSetup::isSetUp(m_db))
        return invalidInput(tr("This server is not set up for LineDesk users yet; run “linedesk-cli server setup” first"));
    auto count = Sql::scalar(m_db, countSql, bindings);
    if (!count)
        return count.error();
    if (count->toLongLong() == 0)
        return invalidInput(missing);
    return {};
}

Result<void> ServerMembers::syncGroups(const QString &user)
{
    QSqlDriver *driver = m_db.driver();
    const QString login = driver->escapeIdentifier(user, QSqlDriver::TableName);
    for (AccessRole role : {AccessRole::Owner, AccessRole::Admin, AccessRole::Employee}) {
        auto held = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM account_members m JOIN users u ON u.id = m.user_id "
                                                     "WHERE u.login = ? AND m.role = ?"),
                                {user, accessRoleName(role)});
        if (!held)
            return held.error();
        auto member = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_auth_members am "
                                                       "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles u ON u.oid = am.member "
                                                       "WHERE g.rolname = ? AND u.rolname = ?"),
                                  {ServerSetup::groupRole(role), user});
        if (!member)
            return member.error();
        const bool wanted = held->toLongLong() > 0;
        if (wanted == (member->toLongLong() > 0))
            continue; // already right (and no server warning about revoking what was never granted)
        const QString group = driver->escapeIdentifier(ServerSetup::groupRole(role), QSqlDriver::TableName);
        auto done = Sql::exec(m_db, wanted ? QStringLiteral("GRANT %1 TO %2").arg(group, login)
                                           : QStringLiteral("REVOKE %1 FROM %2").arg(group, login));
        if (!done)
            return done.error();
    }
    return {};
}

Result<ServerMembers::Added> ServerMembers::add(const QString &user, AccessRole role, qint64 accountId,
                                                const std::optional<QString> &password)
{
    if (!isValidUserName(user)) {
        return invalidInput(tr("“%1” is not a user name LineDesk accepts: use lower-case letters, digits, _ . - or @, "
                               "starting with a letter (at most 63 characters, not pg_… or linedesk_…)")
                                .arg(user));
    }
    if (password && password->isEmpty())
        return invalidInput(tr("The password for “%1” is empty").arg(user));
    if (auto known = requireRow(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {accountId},
                                tr("There is no account %1 on this server").arg(accountId));
        !known)
        return known.error();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    Added added{user, role, accountId, false};
    auto exists = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {user});
    if (!exists)
        return failed(exists.error());
    added.createdRole = exists->toLongLong() == 0;
    const QString login = m_db.driver()->escapeIdentifier(user, QSqlDriver::TableName);
    auto loginDone = Sql::exec(m_db, QStringLiteral("%1 ROLE %2 LOGIN").arg(added.createdRole ? QStringLiteral("CREATE")
                                                                                                : QStringLiteral("ALTER"),
                                                                             login));
    if (!loginDone)
        return failed(loginDone.error());
    if (password) {
        // The server quotes the password itself (format %L): no quoting by hand.
        auto statement = Sql::scalar(m_db, QStringLiteral("SELECT format('ALTER ROLE %I PASSWORD %L', ?::text, ?::text)"),
                                     {user, *password});
        if (!statement)
            return failed(statement.error());
        if (auto set = Sql::exec(m_db, statement->toString()); !set)
            return failed(set.error());
    }
    auto userRow = Sql::exec(m_db, QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES (?, ?, ?) "
                                                  "ON CONFLICT (login) DO NOTHING"),
                             {user, user, QDateTime::currentSecsSinceEpoch()});
    if (!userRow)
        return failed(userRow.error());
    auto member = Sql::exec(m_db, QStringLiteral("INSERT INTO account_members (account_id, user_id, role) "
                                                 "SELECT ?, id, ? FROM users WHERE login = ? "
                                                 "ON CONFLICT (account_id, user_id) DO UPDATE SET role = excluded.role"),
                            {accountId, accessRoleName(role), user});
    if (!member)
        return failed(member.error());
    if (auto synced = syncGroups(user); !synced)
        return failed(synced.error());
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<int> ServerMembers::remove(const QString &user, qint64 accountId)
{
    if (!isValidUserName(user))
        return invalidInput(tr("“%1” is not a LineDesk user name").arg(user));
    if (auto known = requireRow(QStringLiteral("SELECT count(*) FROM users WHERE login = ?"), {user},
                                tr("“%1” is not a LineDesk user on this server").arg(user));
        !known)
        return known.error();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return databaseError(transaction.startError());
    QString sql = QStringLiteral("DELETE FROM account_members WHERE user_id = (SELECT id FROM users WHERE login = ?)");
    QVariantList bindings{user};
    if (accountId > 0) {
        sql += QStringLiteral(" AND account_id = ?");
        bindings << accountId;
    }
    auto removed = Sql::exec(m_db, sql, bindings);
    if (!removed)
        return failed(removed.error());
    const int count = removed->numRowsAffected();
    if (accountId > 0 && count == 0)
        return invalidInput(tr("“%1” is not a member of account %2").arg(user).arg(accountId));
    auto left = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM account_members m JOIN users u ON u.id = m.user_id "
                                                 "WHERE u.login = ?"),
                            {user});
    if (!left)
        return failed(left.error());
    if (auto synced = syncGroups(user); !synced)
        return failed(synced.error());
    if (left->toLongLong() == 0) {
        // No account left: the login stays (it may own nothing, but other databases may know it) but
        // can no longer connect.
        auto gone = Sql::exec(m_db, QStringLiteral("DELETE FROM users WHERE login = ?"), {user});
        if (!gone)
            return failed(gone.error());
        auto nologin = Sql::exec(m_db, QStringLiteral("ALTER ROLE %1 NOLOGIN")
                                           .arg(m_db.driver()->escapeIdentifier(user, QSqlDriver::TableName)));
        if (!nologin)
            return failed(nologin.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return count;
}
