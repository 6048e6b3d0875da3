#pragma once

#include "paymentgateway.h"

#include "accounts/accessrole.h"
#include "accounts/account.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// The account's stored cards as tokens (rule 14): brand, last four digits and expiry, one of them
// the default. Never a card number or a CVV: adding goes through the gateway, which returns a token.
class PaymentMethods final
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMethods)

public:
    struct Method
    {
        qint64 id = 0;
        QString token;
        QString brand;
        QString last4;
        int expMonth = 0;
        int expYear = 0;
        bool isDefault = false;
        int version = 0;

        QString label() const;               // "Visa •••• 4242"
        QDate lastValidDay() const;          // the last day of the expiry month
        bool isExpiredOn(const QDate &date) const { return lastValidDay() < date; }
    };

    PaymentMethods(QSqlDatabase db, Account account, AccessRole role = AccessRole::Owner);

    static QStringList brands();
    // True when the text holds a run of 13 to 19 digits (spaces and dashes ignored) that passes the
    // Luhn check: something that could be a card number and must never be stored.
    static bool containsCardNumber(const QString &text);

    Result<QList<Method>> list() const;
    Result<Method> find(qint64 id) const;
    // The default card, or nothing when the account has none.
    Result<std::optional<Method>> defaultMethod() const;

    Result<Method> add(PaymentGateway &gateway, const QString &brand, const QString &last4, int expMonth, int expYear,
                       const QDate &today, bool makeDefault);
    // Removes a card; when it was the default, the newest remaining card becomes the default.
    // Both check `version`, the card's version when it was read: a card someone else changed since
    // is left as it is (Conflict: "changed by NAME at TIME"; NotFound when it is gone).
    Result<void> remove(qint64 id, int version);
    Result<void> setDefault(qint64 id, int version);

private:
    Result<void> checkRole() const;
    Error conflictOrMissing(qint64 id) const;

    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
};
