#pragma once

#include "financespage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Payment Methods: the stored cards as brand, last four digits and expiry (tokens from the
// gateway, never a card number or a CVV); add, remove with confirmation, choose the default.
class PaymentMethodsPage final : public FinancesPage
{
    Q_OBJECT

public:
    PaymentMethodsPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool canChange) override;

private:
    qint64 selectedId() const;
    int selectedVersion() const;
    void addCard();
    void removeCard();
    void makeDefault();

    QTableWidget *m_table;
    QComboBox *m_brand;
    QLineEdit *m_last4;
    QSpinBox *m_month;
    QSpinBox *m_year;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_default;
};
