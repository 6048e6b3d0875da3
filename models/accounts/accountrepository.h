#pragma once

#include "account.h"

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Reads accounts and the figures every screen shows about one (balance, counts).
class AccountRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    explicit AccountRepository(QSqlDatabase db);

    Result<QList<Account>> all() const;
    Result<Account> find(qint64 id) const;
    // The account to work on: the given id, or the first one when id is 0.
    Result<Account> resolve(qint64 id) const;

    // Posted ledger rows summed: what the account holds now.
    Result<Money> balance(const Account &account) const;

    struct Counts
    {
        qint64 numbers = 0;
        qint64 calls = 0;
        qint64 transactions = 0;
        qint64 routingRules = 0;
    };
    Result<Counts> counts(qint64 accountId) const;

private:
    QSqlDatabase m_db;
};
