#pragma once

#include "paymentgateway.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

// The gateway LineDesk ships for the demo account and the tests: no network. It approves every
// charge except those its rule declines (by default: an expired card), and answers a repeated
// idempotency key with the first outcome, as a real gateway does.
class OfflinePaymentGateway final : public PaymentGateway
{
    Q_DECLARE_TR_FUNCTIONS(OfflinePaymentGateway)

public:
    // Returns the decline reason, or an empty string to approve.
    using DeclineRule = std::function<QString(const ChargeRequest &)>;

    OfflinePaymentGateway();

    void setDeclineRule(DeclineRule rule) { m_rule = std::move(rule); }
    // Declines the next count charges with the given reason, then goes back to the rule.
    void declineNext(int count, const QString &reason);
    int chargesMade() const { return m_charges; }

    Result<ChargeOutcome> charge(const ChargeRequest &request) override;
    Result<CardToken> registerCard(const QString &brand, const QString &last4, int expMonth, int expYear) override;

private:
    DeclineRule m_rule;
    int m_declineNext = 0;
    QString m_declineReason;
    int m_charges = 0;
    QHash<QString, ChargeOutcome> m_seen;
};
