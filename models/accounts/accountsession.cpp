#include "accountsession.h"

#include "accountrepository.h"
#include "demodatagenerator.h"

#include "db/databasemonitor.h"
#include "server/servermembers.h"

AccountSession::AccountSession(QObject *parent) : QObject(parent) {}

AccountSession::~AccountSession()
{
    stopMonitor();
}

bool AccountSession::isConnected() const
{
    return m_monitor ? m_monitor->isConnected() : isOpen();
}

void AccountSession::startMonitor()
{
    m_monitor = new DatabaseMonitor(m_database.get(), this);
    connect(m_monitor, &DatabaseMonitor::changed, this, [this](const QString &table, qint64 accountId, qint64 key) {
        if (accountId == 0 || accountId == m_account.id)
            emit changedElsewhere(table, key);
    });
    connect(m_monitor, &DatabaseMonitor::connectionLost, this, &AccountSession::connectionLost);
    connect(m_monitor, &DatabaseMonitor::retryScheduled, this, &AccountSession::reconnectScheduled);
    connect(m_monitor, &DatabaseMonitor::reconnected, this, &AccountSession::connectionRestored);
    m_monitor->start();
}

void AccountSession::stopMonitor()
{
    // Before the Database it watches goes away.
    delete m_monitor;
    m_monitor = nullptr;
}

QSqlDatabase AccountSession::connection() const
{
    return m_database ? m_database->connection() : QSqlDatabase();
}

Result<void> AccountSession::open(const DatabaseLocation &location)
{
    return openCreatingDemo(location, nullptr);
}

Result<void> AccountSession::openCreatingDemo(const DatabaseLocation &location, const std::function<void(int)> &progress)
{
    auto database = std::make_unique<Database>();
    if (auto opened = database->open(location); !opened)
        return opened;
    AccountRepository accounts(database->connection());
    auto account = accounts.resolve(0);
    if (!account && account.errorKind() == Error::Kind::NotFound && progress) {
        DemoDataGenerator generator(database->connection(), m_clock, 1);
        generator.setProgressHandler(progress);
        auto created = generator.generate();
        if (!created)
            return created.error();
        account = accounts.find(created.value());
    }
    if (!account && account.errorKind() != Error::Kind::NotFound)
        return account.error();

    stopMonitor();
    m_database = std::move(database);
    m_account = account ? account.value() : Account();
    startMonitor();
    refreshRole();
    emit databaseChanged();
    emit accountChanged();
    return {};
}

void AccountSession::close()
{
    stopMonitor();
    m_database.reset();
    m_account = Account();
    emit databaseChanged();
    emit accountChanged();
}

Result<void> AccountSession::setAccount(qint64 accountId)
{
    if (!m_database)
        return databaseError(tr("No database is open"));
    auto account = AccountRepository(m_database->connection()).find(accountId);
    if (!account)
        return account.error();
    if (account->id != m_account.id) {
        m_account = account.value();
        if (m_database->location().isServer())
            refreshRole();
        emit accountChanged();
    }
    return {};
}

QList<Account> AccountSession::accounts() const
{
    if (!m_database)
        return {};
    auto all = AccountRepository(m_database->connection()).all();
    return all ? all.value() : QList<Account>();
}

Result<Money> AccountSession::balance() const
{
    if (!m_database || !hasAccount())
        return Error{Error::Kind::NotFound, tr("No account is open")};
    return AccountRepository(m_database->connection()).balance(m_account);
}

void AccountSession::setRole(AccessRole role)
{
    if (role == m_role)
        return;
    m_role = role;
    emit roleChanged();
}

void AccountSession::refreshRole()
{
    if (!m_database || !m_database->location().isServer() || !hasAccount()) {
        setRole(AccessRole::Owner);
        return;
    }
    const auto member = ServerMembers::roleOf(m_database->connection(), m_account.id);
    // Unreadable membership: view only; the server decides anyway.
    setRole(!member ? AccessRole::Employee : member->value_or(AccessRole::Owner));
}
