#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// What performs card and PayPal charges and turns a card into a token. LineDesk never sees a card
// number or a CVV (rule 14): a real gateway collects them on the provider's hosted page and returns
// a token with the brand, the last four digits and the expiry.
class PaymentGateway
{
public:
    virtual ~PaymentGateway() = default;

    struct ChargeRequest
    {
        QString method;          // "card" or "paypal"
        QString token;           // the card's token (empty for PayPal)
        QDate cardExpiry;        // last valid day of the card (invalid for PayPal)
        Money amount;
        QString idempotencyKey;  // the same key twice is one charge
        QDateTime at;
    };

    struct ChargeOutcome
    {
        bool approved = false;
        QString reference;       // the gateway's id for an approved charge
        QString declineReason;
    };

    struct CardToken
    {
        QString token;
        QString brand;
        QString last4;
        int expMonth = 0;
        int expYear = 0;
    };

    virtual Result<ChargeOutcome> charge(const ChargeRequest &request) = 0;
    // Stands for the hosted card page: the gateway returns a token for the card it was given.
    virtual Result<CardToken> registerCard(const QString &brand, const QString &last4, int expMonth, int expYear) = 0;
};
