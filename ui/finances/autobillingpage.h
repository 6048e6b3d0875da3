#pragma once

#include "financespage.h"

#include "finances/autobilling.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Automatic Billing: the stored card (brand and last four), the mode with its threshold and
// amount (or floor and target), the on/off slider that keeps the card, Update Settings, and the
// log of every attempt.
class AutoBillingPage final : public FinancesPage
{
    Q_OBJECT

public:
    AutoBillingPage(AccountSession *session, PaymentGateway *gateway, QWidget *parent = nullptr);

    void refresh() override;
    void applyRole(bool canChange) override;
    bool hasDraft() const override;

private:
    AutoBilling engine() const;
    void updateSettings();
    // Saves, and on a conflict asks the user (ConflictDialog). True when saved.
    bool saveSettings(AutoBilling::Settings wanted);
    void toggle(bool on);
    void showMode();

    AutoBilling::Settings m_settings;
    bool m_canChange = true;
    QCheckBox *m_enabled;
    QLabel *m_card;
    QComboBox *m_mode;
    QLineEdit *m_threshold;
    QLineEdit *m_amount;
    QLineEdit *m_floor;
    QLineEdit *m_target;
    QPushButton *m_update;
    QTableWidget *m_attempts;
};
