#pragma once

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/result.h"
#include "finances/billingprofile.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Billing Options of the subscription (seed 004): monthly invoices or credit card (the card method
// needs a saved card), and the billing address, every field of which is mandatory here. The address
// is the Finances tab's BillingProfile (read, checked and written through it, in one transaction with
// the method); this class keeps only what the subscription adds.
class BillingOptions final
{
    Q_DECLARE_TR_FUNCTIONS(BillingOptions)

public:
    struct Settings
    {
        QString method = QStringLiteral("invoice"); // invoice, card
        qint64 paymentMethodId = 0;
        QString company;
        QString addressLine1;
        QString addressLine2; // the only optional line: a suite or floor
        QString city;
        QString region;
        QString postalCode;
        QString country;      // ISO 3166 alpha-2
        QString billingEmail;
        int profileVersion = 0;      // 0: no billing profile row yet
        int subscriptionVersion = 1;
    };

    struct Card
    {
        qint64 id = 0;
        QString brand;
        QString last4;
        int expMonth = 0;
        int expYear = 0;
    };

    BillingOptions(QSqlDatabase db, Account account, AccessRole role);

    Result<Settings> load() const;
    Result<QList<Card>> cards() const;
    // Checks every field; names the first wrong one.
    Result<void> validate(const Settings &settings) const;
    // Validates and writes both rows; Conflict when someone else changed them since load().
    Result<void> save(const Settings &settings);

private:
    // The stored profile with this page's address fields over it (currency and time zone unchanged).
    Result<BillingProfile::Fields> profileFields(const Settings &settings) const;

    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
};
