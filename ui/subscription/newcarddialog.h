#pragma once

#include "finances/paymentgateway.h"
#include "subscription/subscriptionservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// A new card for one checkout. LineDesk never sees a card number (rule 14): the payment gateway
// (its hosted card page) registers the card and returns a token; only the token, brand, last four
// digits and expiry are kept. OK asks the gateway for the token and closes only when it has one.
class NewCardDialog final : public QDialog
{
    Q_OBJECT

public:
    NewCardDialog(PaymentGateway *gateway, const QDate &today, QWidget *parent = nullptr);

    // Valid after the dialog was accepted: the gateway's token with what may be kept of the card.
    SubscriptionService::Payment payment() const { return m_payment; }

    void accept() override;

private:
    PaymentGateway *m_gateway;
    QComboBox *m_brand;
    QLineEdit *m_last4;
    QSpinBox *m_month;
    QSpinBox *m_year;
    QLabel *m_error;
    SubscriptionService::Payment m_payment;
};
