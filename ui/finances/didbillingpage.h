#pragma once

#include "financespage.h"

#include "numbers/numberrecord.h"

#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

// DID Billing: each number's rate centre, plan, fee, order date and next billing date (the note as a
// tooltip), with the plan switch of the selected number (PlanSwitchPolicy through NumberRepository:
// once a calendar month, never for toll-free or international numbers; the reason shows on the
// disabled button before anyone tries) and Delete (release) with a confirmation.
class DidBillingPage final : public FinancesPage
{
    Q_OBJECT

public:
    DidBillingPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool canChange) override;

private:
    NumberRecord selectedNumber() const;
    void updateActions();
    void switchPlan();
    void releaseNumber();

    QTableWidget *m_table;
    QLabel *m_note;
    QPushButton *m_switchButton;
    QPushButton *m_releaseButton;
    QLabel *m_reasonLabel;
    QList<NumberRecord> m_numbers;
    bool m_canChange = true;
};
