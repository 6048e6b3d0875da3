#pragma once

#include "financespage.h"

class QLabel;

// Account Balance: the balance and the DID charges due Tomorrow / in the Next 3 Days / Next 7
// Days, with the note that the windows overlap (a charge is in every window it falls in).
class BalancePage final : public FinancesPage
{
    Q_OBJECT

public:
    BalancePage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool) override {}

private:
    QLabel *m_balance;
    QLabel *m_tomorrow;
    QLabel *m_next3;
    QLabel *m_next7;
    QLabel *m_pending;
};
