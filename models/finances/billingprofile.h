#pragma once

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

class Transaction;

// The Billing Profile (seed 002): company, billing address, currency, time zone and the billing
// e-mail every payment notification goes to. Each field is validated; saving checks the version so
// that two people editing at once cannot overwrite each other.
class BillingProfile final
{
    Q_DECLARE_TR_FUNCTIONS(BillingProfile)

public:
    struct Fields
    {
        QString company;
        QString addressLine1;
        QString addressLine2;
        QString city;
        QString region;
        QString postalCode;
        QString country;      // ISO 3166 alpha-2
        QString billingEmail;
        QString currency;     // ISO 4217; kept on the account
        QString timezone;     // IANA; kept on the account
        int version = 0;      // 0: no profile saved yet
    };

    BillingProfile(QSqlDatabase db, Account account, AccessRole role = AccessRole::Owner);

    // Field name ("company", "billing_email"…) → what is wrong with it; empty when all is well.
    static QHash<QString, QString> problems(const Fields &fields);

    Result<Fields> load() const;
    // Saves when fields.version is still the stored one. The currency cannot change once the
    // account has transactions in another currency. With `outer`, the writes join the caller's open
    // transaction (the caller commits, or a failure of either rolls both back); otherwise save() opens
    // and commits its own.
    Result<Fields> save(const Fields &fields, Transaction *outer = nullptr);

private:
    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
};
