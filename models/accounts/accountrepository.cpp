#include "accountrepository.h"

#include "db/sql.h"

#include <QSqlQuery>

namespace {

const QString kSelectAccount = QStringLiteral(
    "SELECT id, name, account_number, billing_mode, currency, timezone, locale, invoice_day, min_deposit_minor "
    "FROM accounts");

Account readAccount(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.name = query.value(1).toString();
    account.accountNumber = query.value(2).toString();
    account.billingMode = query.value(3).toString();
    account.currency = query.value(4).toString().trimmed();
    account.timezone = query.value(5).toString();
    account.locale = query.value(6).toString();
    account.invoiceDay = query.value(7).toInt();
    account.minDepositMinor = query.value(8).toLongLong();
    return account;
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<Account>> AccountRepository::all() const
{
    auto query = Sql::exec(m_db, kSelectAccount + QStringLiteral(" ORDER BY id"));
    if (!query)
        return query.error();
    QList<Account> accounts;
    while (query.value().next())
        accounts << readAccount(query.value());
    return accounts;
}

Result<Account> AccountRepository::find(qint64 id) const
{
    auto query = Sql::exec(m_db, kSelectAccount + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{Error::Kind::NotFound, tr("There is no account %1 in this database").arg(id)};
    return readAccount(query.value());
}

Result<Account> AccountRepository::resolve(qint64 id) const
{
    if (id > 0)
        return find(id);
    auto query = Sql::exec(m_db, kSelectAccount + QStringLiteral(" ORDER BY id LIMIT 1"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error{Error::Kind::NotFound, tr("This database holds no account yet; create one with “init --demo”")};
    return readAccount(query.value());
}

Result<Money> AccountRepository::balance(const Account &account) const
{
    // The sum of the posted ledger rows, kept by migration 0004's triggers; no row yet means nothing posted.
    auto sum = Sql::scalar(m_db,
                           QStringLiteral("SELECT COALESCE((SELECT posted_minor FROM account_balances WHERE account_id = ?), 0)"),
                           {account.id});
    if (!sum)
        return sum.error();
    return Money(sum->toLongLong(), account.currency);
}

Result<AccountRepository::Counts> AccountRepository::counts(qint64 accountId) const
{
    auto query = Sql::exec(m_db,
                           QStringLiteral("SELECT (SELECT COUNT(*) FROM numbers WHERE account_id = ?),"
                                          " (SELECT COUNT(*) FROM calls WHERE account_id = ?),"
                                          " (SELECT COUNT(*) FROM ledger_transactions WHERE account_id = ?),"
                                          " (SELECT COUNT(*) FROM routing_rules WHERE account_id = ?)"),
                           {accountId, accountId, accountId, accountId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Counts{};
    const QSqlQuery &q = query.value();
    return Counts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
}
