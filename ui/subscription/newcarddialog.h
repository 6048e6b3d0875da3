#pragma once

#include "subscription/subscriptionservice.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

// A new card for one checkout. LineDesk never sees a card number (rule 14): the provider's hosted
// page returns a token, and only the token, brand, last four digits and expiry are entered here.
class NewCardDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewCardDialog(QWidget *parent = nullptr);

    SubscriptionService::Payment payment() const;

private:
    QLineEdit *m_token;
    QLineEdit *m_brand;
    QLineEdit *m_last4;
    QSpinBox *m_month;
    QSpinBox *m_year;
};
