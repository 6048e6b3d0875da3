#pragma once

#include "financespage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Add Funds: an amount by card or PayPal (at least the account's minimum) or by bank wire (a
// reference number and instructions); pending wires can be marked received.
class AddFundsPage final : public FinancesPage
{
    Q_OBJECT

public:
    AddFundsPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool canChange) override;

private:
    void addFunds();
    void markReceived();

    QLineEdit *m_amount;
    QComboBox *m_method;
    QLabel *m_minimum;
    QPushButton *m_add;
    QLabel *m_result;
    QTableWidget *m_wires;
    QPushButton *m_received;
    // The card or PayPal deposit whose outcome is not known yet (it failed with the connection):
    // repeating it reuses its request id.
    struct PendingDeposit
    {
        QString requestId;
        QString method;
        qint64 minor = 0;
    };
    PendingDeposit m_pending;
};
