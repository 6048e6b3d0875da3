#pragma once

#include "subscription/subscriptionservice.h"

#include <QDialog>

class QCheckBox;

// The review every subscription change goes through before it is confirmed: each change with what
// it charges now and when it takes effect, the total charged now, today's and next month's price,
// and "Inform the customer" (a confirmation to the billing e-mail).
class SubscriptionReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    SubscriptionReviewDialog(const SubscriptionService::Review &review, const QString &paymentText, QWidget *parent = nullptr);

    bool informCustomer() const;

private:
    QCheckBox *m_inform;
};
