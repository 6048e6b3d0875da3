#pragma once

#include "accessrole.h"
#include "account.h"

#include "core/clock.h"
#include "core/money.h"
#include "core/result.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class DatabaseMonitor;

// The open database and the account the user works on: what every tab reads from. Opening a new
// database only replaces the current one when it succeeded, so a failed open loses nothing.
class AccountSession final : public QObject
{
    Q_OBJECT

public:
    explicit AccountSession(QObject *parent = nullptr);
    ~AccountSession() override;

    // Opens (and migrates) the database; on success it becomes current and its first account is chosen.
    Result<void> open(const DatabaseLocation &location);
    // Like open(), and when the database holds no account yet, adds the demo account.
    Result<void> openCreatingDemo(const DatabaseLocation &location, const std::function<void(int)> &progress);
    void close();

    bool isOpen() const { return m_database != nullptr; }
    Database *database() const { return m_database.get(); }
    QSqlDatabase connection() const;
    const Account &account() const { return m_account; }
    bool hasAccount() const { return m_account.id != 0; }
    Result<void> setAccount(qint64 accountId);
    QList<Account> accounts() const;

    Result<Money> balance() const;

    // The user's right in the account. On a local SQLite file the user is the owner; on a team
    // server it comes from the membership table (issue 9). Employees view only.
    AccessRole role() const { return m_role; }
    bool canChange() const { return ::canChange(m_role); }
    void setRole(AccessRole role);
    const Clock &clock() const { return m_clock; }
    void setClock(const Clock &clock) { m_clock = clock; }

    // Tabs that change data call this so that the status bar and other tabs refresh.
    void notifyDataChanged() { emit dataChanged(); }

    // Live updates and connection loss (issue 9): null when no database is open.
    DatabaseMonitor *monitor() const { return m_monitor; }
    bool isConnected() const;

signals:
    void databaseChanged();
    void accountChanged();
    void dataChanged();
    void roleChanged();
    // Someone else changed the current account's data: `table` as in the schema, or "*" when
    // anything may have changed (SQLite, after a reconnect); `key` the number's id for numbers and
    // routing rows, else 0. Tabs refresh what they show without discarding the user's draft.
    void changedElsewhere(const QString &table, qint64 key);
    void connectionLost();
    void reconnectScheduled(int attempt, int delayMs);
    void connectionRestored();

private:
    void startMonitor();
    void stopMonitor();
    // On a server, the role comes from the membership table; a non-member (an administrator, or a
    // server without LineDesk users) works as the owner, and the server's rights still apply.
    void refreshRole();

    std::unique_ptr<Database> m_database;
    DatabaseMonitor *m_monitor = nullptr;
    Account m_account;
    Clock m_clock;
    AccessRole m_role = AccessRole::Owner;
};
