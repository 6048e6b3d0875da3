#include "accountsession.h"

#include "accountrepository.h"
#include "demodatagenerator.h"

AccountSession::AccountSession(QObject *parent) : QObject(parent) {}

AccountSession::~AccountSession() = default;

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

    m_database = std::move(database);
    m_account = account ? account.value() : Account();
    emit databaseChanged();
    emit accountChanged();
    return {};
}

void AccountSession::close()
{
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
