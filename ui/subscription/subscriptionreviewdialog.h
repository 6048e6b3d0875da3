#pragma once

#include "subscription/subscriptionservice.h"

#include <QDialog>

#include <optional>

class QCheckBox;

// The review every subscription change goes through before it is confirmed: each change with what
// it charges now and when it takes effect, the total charged now, today's and next month's price,
// and "Inform the customer" (a confirmation to the billing e-mail).
class SubscriptionReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // cardQuote: what the card pays when the charge goes on a card (sales taxes of a Canadian account
    // on top); without it, or without taxes, the card pays the charge itself.
    SubscriptionReviewDialog(const SubscriptionService::Review &review, const QString &paymentText,
                             const std::optional<TaxedDeposit::Quote> &cardQuote = std::nullopt, QWidget *parent = nullptr);

    bool informCustomer() const;

private:
    QCheckBox *m_inform;
};
