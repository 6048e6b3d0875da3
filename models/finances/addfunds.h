#pragma once

#include "paymentgateway.h"

#include "accounts/accessrole.h"
#include "accounts/account.h"
#include "core/clock.h"
#include "core/money.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Add Funds (PRODUCT.md rule 5): card and PayPal deposits of at least the account's minimum
// (accounts.min_deposit_minor, $15 by default), charged through the gateway and posted to the
// ledger; a bank wire becomes a pending deposit with a generated reference number and the
// instructions, expected in 2–3 business days and overdue after 7 days until marked received.
class AddFunds final
{
    Q_DECLARE_TR_FUNCTIONS(AddFunds)

public:
    enum class Method { Card, PayPal, Wire };

    struct Receipt
    {
        qint64 transactionId = 0;
        Money amount;
        QString reference;
    };

    struct WireInstructions
    {
        qint64 transactionId = 0;
        Money amount;
        QString reference;
        QDate sentOn;
        QDate expectedFrom;      // 2 business days later
        QDate expectedBy;        // 3 business days later
        QDate overdueAfter;      // 7 days later
        QString instructions;    // translated text for the user
    };

    struct PendingWire
    {
        qint64 transactionId = 0;
        Money amount;
        QString reference;
        QDate sentOn;
        QDate expectedBy;
        bool overdue = false;
    };

    AddFunds(QSqlDatabase db, Account account, AccessRole role, PaymentGateway *gateway, Clock clock);

    static std::optional<Method> methodFromName(const QString &name);
    static QDate addBusinessDays(const QDate &date, int days);
    static constexpr int kOverdueDays = 7;

    Money minimum() const { return Money(m_account.minDepositMinor, m_account.currency); }
    // Refuses a card or PayPal amount below the minimum, naming it.
    Result<void> checkAmount(Method method, const Money &amount) const;

    // paymentMethodId 0: the default card. requestId: a retry with the same id deposits once.
    Result<Receipt> byCard(const Money &amount, qint64 paymentMethodId, const QString &requestId = QString());
    Result<Receipt> byPayPal(const Money &amount, const QString &requestId = QString());
    Result<WireInstructions> byWire(const Money &amount);

    Result<QList<PendingWire>> pendingWires() const;
    Result<void> markReceived(qint64 transactionId);

private:
    Result<Receipt> charge(const QString &method, const Money &amount, const QString &token, const QDate &expiry,
                           const QString &description, const QString &requestId);

    QSqlDatabase m_db;
    Account m_account;
    AccessRole m_role;
    PaymentGateway *m_gateway;
    Clock m_clock;
};
