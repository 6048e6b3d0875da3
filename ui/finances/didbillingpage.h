#pragma once

#include "financespage.h"

class QLabel;
class QTableWidget;

// DID Billing: each number's rate centre, plan, fee, order date and next billing date (the note
// as a tooltip). Plans are shown read-only here until the numbers area's plan-switch rule exists.
class DidBillingPage final : public FinancesPage
{
    Q_OBJECT

public:
    DidBillingPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool) override {}

private:
    QTableWidget *m_table;
    QLabel *m_note;
};
