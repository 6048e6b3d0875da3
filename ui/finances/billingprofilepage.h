#pragma once

#include "financespage.h"

#include "finances/billingprofile.h"

#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;

// Billing Profile: company, address, currency, time zone and billing e-mail, each field checked
// with a message beside it; saving refuses a copy someone else changed meanwhile.
class BillingProfilePage final : public FinancesPage
{
    Q_OBJECT

public:
    BillingProfilePage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool canChange) override;

private:
    void save();
    BillingProfile::Fields fields() const;

    BillingProfile::Fields m_loaded;
    QHash<QString, QLineEdit *> m_edits;
    QLabel *m_problems;
    QPushButton *m_save;
};
