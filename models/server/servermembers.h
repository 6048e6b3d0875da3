#pragma once

#include "accounts/accessrole.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The people who use a LineDesk team server (`linedesk-cli server add-user / remove-user`): each is
// a PostgreSQL login role, a row in users (login = the role's name) and one account_members row per
// account with their right there. Their group roles follow their memberships. Also answers which
// right the connected user has in an account (the session's role).
class ServerMembers final
{
    Q_DECLARE_TR_FUNCTIONS(ServerMembers)

public:
    explicit ServerMembers(QSqlDatabase db);

    struct Added
    {
        QString user;
        AccessRole role = AccessRole::Employee;
        qint64 accountId = 0;
        bool createdRole = false; // a new PostgreSQL login was created
    };

    // Adds the user to the account with the role (or changes their role there). The password, when
    // given, becomes the login's password. Needs `server setup` first; runs in one transaction.
    Result<Added> add(const QString &user, AccessRole role, qint64 accountId, const std::optional<QString> &password);
    // Removes the user from one account (accountId > 0) or from all; with no account left the login
    // can no longer connect. Returns the number of memberships removed.
    Result<int> remove(const QString &user, qint64 accountId = 0);

    // The connected user's right in the account from the membership table, or nothing when the
    // user is no member (a local administrator, or a server without LineDesk users).
    static Result<std::optional<AccessRole>> roleOf(const QSqlDatabase &db, qint64 accountId);

    // PostgreSQL role names LineDesk accepts: lower-case letters, digits, _ . - and @, 1 to 63 characters.
    static bool isValidUserName(const QString &user);

private:
    // Setup done, and the count query finds a row; else InvalidInput with the missing message.
    Result<void> requireRow(const QString &countSql, const QVariantList &bindings, const QString &missing) const;
    Result<void> syncGroups(const QString &user);

    QSqlDatabase m_db;
};
