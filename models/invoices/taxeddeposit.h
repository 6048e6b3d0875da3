#pragma once

#include "canadiantaxes.h"

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/result.h"
#include "finances/ledger.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class Transaction;

// A deposit with its Canadian taxes recorded at the time of the deposit (issue 7, rule 12). Taxes
// come on top of the amount credited: depositing $100.00 in Ontario charges $113.00, the ledger
// gets the deposit of $113.00 and an HST row of −$13.00 whose parent is the deposit, and the
// balance grows by $100.00. Accounts outside Canada (no province) pay no tax and get the deposit alone.
class TaxedDeposit final
{
    Q_DECLARE_TR_FUNCTIONS(TaxedDeposit)

public:
    struct Quote
    {
        Money credited;                     // what the balance gains
        QList<CanadianTaxes::Line> taxes;
        Money charged;                      // credited + taxes: what the payment is for
    };

    TaxedDeposit(QSqlDatabase db, Account account, AccessRole role = AccessRole::Owner, const TaxTable &table = TaxTable::canada());

    // The taxes a deposit crediting this amount on this date (the account's local date) carries.
    Result<Quote> quote(const Money &credited, const QDate &date) const;
    // Posts deposit (its amount replaced by quote.charged) and one tax row per line, in one
    // transaction (the caller's when outer is given). A retried request id posts nothing new.
    Result<Ledger::Posted> post(const Quote &quote, Ledger::Posting deposit, Transaction *outer, const QDateTime &now);

private:
    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
    const TaxTable &m_table;
};
